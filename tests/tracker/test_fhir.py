from __future__ import annotations

import datetime as dt

from fhir.resources.R4B.bundle import Bundle

from oncoguide.model.plan import DoseChange
from oncoguide.tracker.fhir import to_fhir
from oncoguide.tracker.schedule import make_plan

# FHIR R4 value sets: request-status, publication-status, care-plan-intent, request-intent.
REQUEST_STATUS = {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
PUBLICATION_STATUS = {"draft", "active", "retired", "unknown"}


def resources(bundle, kind):
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_bundle_validates_and_holds_every_dose_and_test(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 2, "tz": "America/Chicago"}, mds)
    plan = plan.with_change(DoseChange(drug="lenalidomide", start=dt.date(2026, 2, 2), dose=5))
    bundle = to_fhir(plan, mds)
    Bundle.model_validate(bundle)  # round-trips through the R4B models
    (pd,) = resources(bundle, "PlanDefinition")
    assert pd["status"] in PUBLICATION_STATUS
    assert pd["action"][0]["timingTiming"]["repeat"]["period"] == 28
    assert pd["action"][0]["action"][0]["description"].startswith("Days 1–21")
    (med,) = resources(bundle, "MedicationRequest")
    assert med["status"] in REQUEST_STATUS and med["intent"] == "order"
    by_dose = {d["doseAndRate"][0]["doseQuantity"]["value"]: d["timing"]["event"] for d in med["dosageInstruction"]}
    assert len(by_dose[10.0]) == 21 and len(by_dose[5.0]) == 21
    assert by_dose[10.0][0] == "2026-01-05T09:00:00-06:00"
    services = {s["code"]["text"]: s for s in resources(bundle, "ServiceRequest")}
    assert all(s["status"] in REQUEST_STATUS for s in services.values())
    assert services["Complete blood count"]["occurrenceTiming"]["event"][:2] == ["2026-01-05", "2026-01-12"]
    (care,) = resources(bundle, "CarePlan")
    assert care["status"] in REQUEST_STATUS | {"completed"} and care["intent"] == "plan"
    assert care["period"] == {"start": "2026-01-05", "end": "2026-03-01"}
    urls = {e["fullUrl"] for e in bundle["entry"]}
    assert {a["reference"]["reference"] for a in care["activity"]} <= urls


def test_resource_ids_are_stable_for_the_same_plan(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 1}, mds)
    assert [e["fullUrl"] for e in to_fhir(plan, mds)["entry"]] == [e["fullUrl"] for e in to_fhir(plan, mds)["entry"]]
