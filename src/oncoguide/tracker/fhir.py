"""FHIR R4 export: a Bundle with the regimen as a PlanDefinition, the person's CarePlan, one MedicationRequest
per drug (every dose time in Dosage.timing) and one ServiceRequest per test.

Uses fhir.resources' R4B models: version 8 defaults to R5, which EHRs mostly do not accept yet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from ..model import Component, Regimen, Unit
from ..model.plan import Event, TreatmentPlan
from .schedule import cycles, events

# A stop date ends the CarePlan period; status stays active (tests check every code against the R4 value sets).
REQUEST_STATUS = "active"
PUBLICATION_STATUS = "active"
UCUM = {Unit.mg: "mg", Unit.mg_m2: "mg/m2", Unit.mg_kg: "mg/kg", Unit.mcg: "ug", Unit.g_m2: "g/m2"}
NS = uuid.UUID("6f2b1a52-3c0e-4d6a-9a59-0f1d7c2c5e11")  # fixed namespace: same plan, same resource ids


def _urn(plan: TreatmentPlan, name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NS, f'{plan.id}/{name}')}"


def to_fhir(plan: TreatmentPlan, regimen: Regimen, patient: str = "Patient/local") -> dict[str, Any]:
    """The plan as a validated FHIR R4 Bundle (a JSON-ready dict)."""
    evts = events(plan, regimen)
    schedule = regimen.schedule(plan.variant)
    subject = {"reference": patient}
    plan_def = _plan_definition(plan, regimen)
    meds = [_medication_request(plan, comp, [e for e in evts if e.drug == comp.drug], subject)
            for comp in {c.drug: c for p in schedule.phases for c in p.components}.values()]
    tests = [_service_request(plan, item.test, item.name, [e for e in evts if e.test == item.test], subject)
             for item in regimen.monitoring.items]
    all_cycles = cycles(plan, schedule)
    period = {"start": plan.start.isoformat()}
    if all_cycles:
        period["end"] = (min(all_cycles[-1].end, plan.stop_date - dt.timedelta(days=1)) if plan.stop_date
                         else all_cycles[-1].end).isoformat()
    care_plan = {
        "resourceType": "CarePlan", "status": REQUEST_STATUS, "intent": "plan",
        "title": f"{regimen.name} from {plan.start:%B %-d, %Y}", "subject": subject, "period": period,
        "instantiatesCanonical": [f"https://oncoguide.org/fhir/PlanDefinition/{regimen.slug}"],
        "activity": [{"reference": {"reference": e["fullUrl"]}} for e in (*meds, *tests)],
    }
    entries = [plan_def, {"fullUrl": _urn(plan, "careplan"), "resource": care_plan}, *meds, *tests]
    bundle = Bundle.model_validate({"resourceType": "Bundle", "type": "collection",
                                    "timestamp": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                                    "entry": entries})
    return bundle.model_dump(mode="json", exclude_none=True)


def _plan_definition(plan: TreatmentPlan, regimen: Regimen) -> dict[str, Any]:
    schedule = regimen.schedule(plan.variant)
    actions = []
    for i, phase in enumerate(schedule.phases):
        repeat: dict[str, Any] = {"period": phase.cycle_length_days, "periodUnit": "d"}
        if phase.cycles:
            repeat["count"] = phase.cycles
        actions.append({
            "title": phase.name or f"Cycle of {phase.cycle_length_days} days",
            "description": f"Repeat every {phase.cycle_length_days} days"
                           + (f", {phase.cycles} times" if phase.cycles else ", until stopped"),
            "timingTiming": {"repeat": repeat},
            "action": [{"title": f"{c.drug} {c.dose_text} {c.route.value}",
                        "description": f"Days {_days_text(c.days)} of each cycle, {c.frequency_text}",
                        "timingTiming": {"repeat": {"frequency": c.times_per_day, "period": 1, "periodUnit": "d",
                                                    "count": len(c.days) * c.times_per_day}}}
                       for c in phase.components],
            "id": f"phase-{i + 1}",
        })
    resource = {"resourceType": "PlanDefinition", "status": PUBLICATION_STATUS,
                "url": f"https://oncoguide.org/fhir/PlanDefinition/{regimen.slug}", "name": regimen.slug.replace("-", "_"),
                "title": regimen.name, "type": {"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/plan-definition-type", "code": "clinical-protocol"}]},
                "action": actions}
    return {"fullUrl": _urn(plan, "plandefinition"), "resource": resource}


def _medication_request(plan: TreatmentPlan, comp: Component, doses: list[Event], subject: dict) -> dict[str, Any]:
    times = [_when(plan, e) for e in doses]
    dosages = []
    for text in sorted({e.dose_text for e in doses if e.dose_text}):
        value = float(text.split()[-1] if comp.unit == Unit.auc else text.split()[0])
        dosage: dict[str, Any] = {"text": f"{comp.drug} {text} {comp.route.value}, {comp.frequency_text} on the dates listed",
                                  "timing": {"event": [t for t, e in zip(times, doses) if e.dose_text == text]},
                                  "route": {"text": comp.route.value}}
        if comp.unit in UCUM:
            dosage["doseAndRate"] = [{"doseQuantity": {"value": value, "unit": comp.unit.value,
                                                       "system": "http://unitsofmeasure.org", "code": UCUM[comp.unit]}}]
        dosages.append(dosage)
    resource = {"resourceType": "MedicationRequest", "status": REQUEST_STATUS, "intent": "order",
                "medicationCodeableConcept": {"text": comp.drug}, "subject": subject, "dosageInstruction": dosages}
    return {"fullUrl": _urn(plan, f"med/{comp.drug}"), "resource": resource}


def _service_request(plan: TreatmentPlan, test: str, name: str, due: list[Event], subject: dict) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "ServiceRequest", "status": REQUEST_STATUS, "intent": "order",
                                "code": {"text": name}, "subject": subject}
    if due:
        resource["occurrenceTiming"] = {"event": [e.date.isoformat() for e in due]}
    return {"fullUrl": _urn(plan, f"test/{test}"), "resource": resource}


def _when(plan: TreatmentPlan, event: Event) -> str:
    if event.time is None:
        return event.date.isoformat()
    return dt.datetime.combine(event.date, event.time, tzinfo=plan.zone).isoformat()


def _days_text(days: list[int]) -> str:
    if days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        return f"{days[0]}–{days[-1]}"
    return ", ".join(map(str, days))

