"""FHIR R4 export: the regimen as a PlanDefinition, the person's CarePlan, MedicationRequests and ServiceRequests,
and what the person logged: MedicationAdministrations for doses and infusions, Observations for symptom checks,
and a CareTeam with the contacts kept on the plan.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from fhir.resources.R4B.bundle import Bundle

from ..model import Event, EventKind, KnowledgeBase, LogStatus, Route, TreatmentPlan
from . import log as dose_log
from .schedule import cycles, resolve

ROUTE_SNOMED = {Route.oral: ("26643006", "Oral route"), Route.iv: ("47625008", "Intravenous route"),
                Route.subcutaneous: ("34206005", "Subcutaneous route"), Route.intramuscular: ("78421000", "Intramuscular route")}
UNIT_UCUM = {"mg": "mg", "mg/m²": "mg/m2", "mg/kg": "mg/kg", "mcg": "ug", "g/m²": "g/m2", "units": "[iU]", "units/m²": "[iU]/m2"}
# Codes this export writes; fhir.resources checks structure only, so the allowed values are checked here.
ALLOWED = {"CarePlan.status": {"active", "completed", "revoked"}, "MedicationRequest.intent": {"plan", "order"},
           "ServiceRequest.status": {"active", "completed", "revoked"}, "PlanDefinition.status": {"active"},
           "MedicationAdministration.status": {"completed", "not-done"}, "Observation.status": {"final"},
           "CareTeam.status": {"active"}}
GIVEN = {LogStatus.taken.value, LogStatus.vomited.value, LogStatus.attended.value}


def _ref(kind: str, rid: str) -> dict[str, str]:
    return {"reference": f"{kind}/{rid}"}


def to_fhir(kb: KnowledgeBase, plan: TreatmentPlan, events: list[Event], today: dt.date | None = None,
            log: list[dict[str, Any]] = (), symptoms: list[dict[str, Any]] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    regimen, schedule = resolve(kb, plan)
    today = today or dt.date.today()
    zone = ZoneInfo(plan.timezone)
    spans = cycles(plan, schedule)
    stopped = plan.stop is not None and plan.stop <= today
    status = "revoked" if stopped else "active"
    pd_id, cp_id = f"regimen-{regimen.slug}", f"careplan-{plan.id}"
    actions = []
    for phase in schedule.phases:
        actions.append({
            "title": phase.name or f"{phase.cycle_length_days}-day cycle",
            "description": f"{phase.cycles or 'Repeat'} cycle(s) of {phase.cycle_length_days} days",
            "timingTiming": {"repeat": {"period": phase.cycle_length_days, "periodUnit": "d",
                                        **({"count": phase.cycles} if phase.cycles else {})}},
            "action": [{
                "title": f"{c.drug} {c.dose_text} {c.route.value} on day(s) {', '.join(map(str, c.days))}",
                "timingTiming": {"repeat": {"frequency": c.times_per_day, "period": 1, "periodUnit": "d"}},
            } for c in phase.components],
        })
    resources: list[dict[str, Any]] = [{
        "resourceType": "PlanDefinition", "id": pd_id, "status": "active", "title": regimen.name,
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/plan-definition-type", "code": "clinical-protocol"}]},
        "action": actions,
    }, {
        "resourceType": "CarePlan", "id": cp_id, "status": status, "intent": "plan", "title": regimen.name,
        "subject": {"display": "Tracker owner"}, "instantiatesCanonical": [f"PlanDefinition/{pd_id}"],
        "period": {"start": plan.start.isoformat(), **({"end": (plan.stop or spans[-1].end).isoformat()} if spans else {})},
    }]
    first_phase = schedule.phases[0]
    for comp in {c.drug: c for p in schedule.phases for c in p.components}.values():
        name = kb.drugs[comp.drug].generic_name if comp.drug in kb.drugs else comp.drug
        dose = plan.doses.get(comp.drug, comp.dose)
        route_code, route_name = ROUTE_SNOMED[comp.route]
        dosage: dict[str, Any] = {
            "text": f"{name} {comp.dose_text} {' '.join(filter(None, [comp.route.value, comp.how_often]))} on day(s) "
                    f"{', '.join(map(str, comp.days))} of each {first_phase.cycle_length_days}-day cycle",
            "route": {"coding": [{"system": "http://snomed.info/sct", "code": route_code, "display": route_name}]},
            # FHIR dateTimes with a time need an offset: doses are at the plan's local time.
            "timing": {"event": [(dt.datetime.combine(e.date, e.time, tzinfo=zone).isoformat() if e.time
                                  else e.date.isoformat()) for e in events if e.drug == comp.drug][:500],
                       "repeat": {"frequency": comp.times_per_day, "period": 1, "periodUnit": "d"}},
        }
        if comp.unit.value in UNIT_UCUM:
            dosage["doseAndRate"] = [{"doseQuantity": {"value": dose, "unit": comp.unit.value,
                                                       "system": "http://unitsofmeasure.org", "code": UNIT_UCUM[comp.unit.value]}}]
        resources.append({
            "resourceType": "MedicationRequest", "id": f"{plan.id}-{comp.drug}", "status": "active" if not stopped else "stopped",
            "intent": "plan", "medicationCodeableConcept": {"text": name}, "subject": {"display": "Tracker owner"},
            "basedOn": [_ref("CarePlan", cp_id)], "dosageInstruction": [dosage],
        })
    for event in events:
        if event.kind in (EventKind.test, EventKind.biopsy, EventKind.imaging):
            resources.append({
                "resourceType": "ServiceRequest", "id": event.uid, "status": "completed" if event.date < today else "active",
                "intent": "plan", "code": {"text": event.title}, "subject": {"display": "Tracker owner"},
                "basedOn": [_ref("CarePlan", cp_id)], "occurrenceDateTime": event.date.isoformat(),
            })
    resources += _logged(kb, plan, list(log), cp_id) + _symptoms(plan, list(symptoms)) + _care_team(plan, cp_id)
    for resource in resources:
        for field, allowed in ALLOWED.items():
            kind, attr = field.split(".")
            if resource["resourceType"] == kind and resource.get(attr) not in allowed:
                raise ValueError(f"{field} {resource.get(attr)!r} is not one of {sorted(allowed)}")
    bundle = Bundle.model_validate({
        "resourceType": "Bundle", "type": "collection",
        "entry": [{"fullUrl": f"urn:oncoguide:{r['resourceType']}/{r['id']}", "resource": r} for r in resources],
    })
    return bundle.model_dump(mode="json", exclude_none=True)


def _logged(kb: KnowledgeBase, plan: TreatmentPlan, log: list[dict[str, Any]], cp_id: str) -> list[dict[str, Any]]:
    """One MedicationAdministration per dose or infusion as it stands in the log: given, or not done and why."""
    zone = ZoneInfo(plan.timezone)
    out = []
    for uid, (event, entry) in dose_log.current(log).items():
        if event.kind not in (EventKind.dose, EventKind.infusion) or not event.drug:
            continue
        moment = entry.at.replace(tzinfo=zone).isoformat() if entry.at else event.date.isoformat()
        resource: dict[str, Any] = {
            "resourceType": "MedicationAdministration", "id": f"{uid}-given",
            "status": "completed" if entry.status in GIVEN else "not-done",
            "medicationCodeableConcept": {"text": kb.drugs[event.drug].generic_name if event.drug in kb.drugs else event.drug},
            "subject": {"display": "Tracker owner"}, "effectiveDateTime": moment,
            "supportingInformation": [_ref("CarePlan", cp_id)],
            "dosage": {"text": event.title},
        }
        if entry.status not in GIVEN:
            resource["statusReason"] = [{"text": entry.status}]
        notes = [n for n in ("Vomited after taking it." if entry.status == LogStatus.vomited.value else "", entry.note or "") if n]
        if notes:
            resource["note"] = [{"text": " ".join(notes)}]
        out.append(resource)
    return out


def _symptoms(plan: TreatmentPlan, symptoms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One Observation per symptom check: the symptom, the level the tracker gave (who to call, how soon) and, as
    components, when it started and the CTCAE grade the answers meant, where known."""
    return [{
        "resourceType": "Observation", "id": f"{plan.id}-symptom-{n}", "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "survey"}]}],
        "code": {"text": row["symptom"].replace("_", " ")}, "subject": {"display": "Tracker owner"},
        "effectiveDateTime": dt.datetime.fromisoformat(row["at"]).replace(tzinfo=dt.UTC).isoformat(),
        "valueString": row["level"].replace("_", " "),
        **({"component": _components(row)} if _components(row) else {}),
    } for n, row in enumerate(symptoms, 1)]


def _components(row: dict[str, Any]) -> list[dict[str, Any]]:
    """When the symptom started and its CTCAE grade, where the person's check gave them."""
    parts: list[dict[str, Any]] = []
    if row.get("started"):
        parts.append({"code": {"text": "Symptom started"},
                      "valueDateTime": dt.datetime.fromisoformat(row["started"]).replace(tzinfo=dt.UTC).isoformat()})
    if row.get("grade"):
        parts.append({"code": {"text": "NCI CTCAE v5.0 grade, from the person's answers"}, "valueString": row["grade"]})
    return parts


def _care_team(plan: TreatmentPlan, cp_id: str) -> list[dict[str, Any]]:
    if not plan.care_team:
        return []
    return [{
        "resourceType": "CareTeam", "id": f"{plan.id}-care-team", "status": "active", "name": "Care team",
        "subject": {"display": "Tracker owner"},
        "participant": [{"member": {"display": c.name}} for c in plan.care_team],
        "telecom": [{"system": "phone", "value": c.daytime, "use": "work"} for c in plan.care_team],
        "note": [{"text": c.text()} for c in plan.care_team],
    }]
