"""A log that tells the truth: statuses that fit the event, the time given, back-dating, edits and undo."""

import datetime as dt

import pytest
import sqlalchemy as sa
from pydantic import ValidationError

from oncoguide.errors import InputError
from oncoguide.model import TreatmentPlan
from oncoguide.store import open_engine
from oncoguide.store import tracker as store
from oncoguide.tracker import service
from oncoguide.tracker.log import current, history

NOW = dt.datetime(2026, 1, 20, 10, 30)  # a Tuesday in cycle 1 of the phased plan


@pytest.fixture
def engine(tmp_path) -> sa.Engine:  # noqa: ANN001
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store.save_plan(engine, 1, TreatmentPlan.model_validate(
        {"id": "p", "regimen": "r2", "start": "2026-01-05", "dose_time": "08:00", "timezone": "Europe/Paris"}))
    return engine


def standing(engine: sa.Engine) -> dict[str, tuple[str, dt.datetime | None, str | None]]:
    return {uid: (entry.status, entry.at, entry.note) for uid, (_, entry) in current(store.dose_log(engine, 1, "p")).items()}


def test_taken_at_the_time_given_or_now_or_the_usual_time(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    service.log_dose(engine, kb, 1, "p", dt.date(2026, 1, 20), "taken", now=NOW)
    service.log_dose(engine, kb, 1, "p", dt.date(2026, 1, 19), "taken", at=dt.time(21, 5), note="late, at dinner", now=NOW)
    service.log_dose(engine, kb, 1, "p", dt.date(2026, 1, 18), "taken", now=NOW)  # back-dated, no time given
    assert standing(engine) == {
        "p-lenalidomide-c1d16": ("taken", NOW, None),
        "p-lenalidomide-c1d15": ("taken", dt.datetime(2026, 1, 19, 21, 5), "late, at dinner"),
        "p-lenalidomide-c1d14": ("taken", dt.datetime(2026, 1, 18, 8, 0), None),
    }


def test_doses_and_clinic_visits_take_their_own_statuses(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    day = dt.date(2026, 1, 19)  # day 15: lenalidomide by mouth and a rituximab infusion
    logged = service.log_dose(engine, kb, 1, "p", day, "attended", now=NOW)
    assert [e.drug for e in logged] == ["rituximab"]
    service.log_dose(engine, kb, 1, "p", day, "vomited", at=dt.time(8, 40), now=NOW)
    assert standing(engine) == {"p-rituximab-c1d15": ("attended", None, None),
                                "p-lenalidomide-c1d15": ("vomited", dt.datetime(2026, 1, 19, 8, 40), None)}
    infusion = "p-rituximab-c1d15"
    with pytest.raises(InputError, match="infusion can be logged as attended or moved, not vomited"):
        service.log_dose(engine, kb, 1, "p", day, "vomited", uid=infusion, now=NOW)
    with pytest.raises(InputError, match="no clinic visit or test to log as moved on 20 January 2026"):
        service.log_dose(engine, kb, 1, "p", dt.date(2026, 1, 20), "moved", now=NOW)


def test_edit_and_undo_keep_the_history(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    day, uid = dt.date(2026, 1, 20), "p-lenalidomide-c1d16"
    service.log_dose(engine, kb, 1, "p", day, "taken", at=dt.time(8, 0), now=NOW)
    service.log_dose(engine, kb, 1, "p", day, "skipped", note="team said to skip", now=NOW)
    assert standing(engine)[uid] == ("skipped", None, "team said to skip")
    service.undo(engine, 1, "p", day, uid=uid)
    assert standing(engine)[uid] == ("taken", dt.datetime(2026, 1, 20, 8, 0), None)
    service.undo(engine, 1, "p", day)
    assert uid not in standing(engine)
    with pytest.raises(InputError, match="Nothing logged on 20 January 2026 is left to undo"):
        service.undo(engine, 1, "p", day)
    rows = history(store.dose_log(engine, 1, "p"))
    assert [r.entry.status for r in rows] == ["undo", "undo", "skipped", "taken"]
    assert not any(r.current for r in rows)


@pytest.mark.parametrize(("day", "kw", "message"), [
    (dt.date(2025, 12, 31), {}, "31 December 2025 is not a day of this plan"),
    (dt.date(2027, 6, 1), {}, "is in the future"),
    (dt.date(2026, 1, 20), {"at": dt.time(11, 0)}, "20 January 2026 11:00 is in the future"),
    (dt.date(2026, 1, 20), {"status": "forgot"}, "Status must be one of taken, skipped, missed, vomited"),
    (dt.date(2026, 1, 20), {"note": "x" * 501}, "500 characters at most"),
    (dt.date(2026, 1, 20), {"uid": "p-other-c1d1"}, "no event 'p-other-c1d1'"),
])
def test_bad_entries_are_refused_and_nothing_logged_is_lost(kb, engine: sa.Engine, day, kw, message) -> None:  # noqa: ANN001
    service.log_dose(engine, kb, 1, "p", dt.date(2026, 1, 19), "taken", now=NOW)
    before = store.dose_log(engine, 1, "p")
    with pytest.raises(InputError, match=message):
        service.log_dose(engine, kb, 1, "p", day, kw.pop("status", "taken"), now=NOW, **kw)
    assert store.dose_log(engine, 1, "p") == before


@pytest.mark.parametrize(("field", "value", "message"), [
    ("timezone", "America", "unknown time zone 'America'"),
    ("timezone", "Moon/Base", "unknown time zone"),
    ("start", "9999-01-05", "not a likely treatment start"),
])
def test_plan_values_that_cannot_be_right(field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        TreatmentPlan.model_validate({"id": "p", "regimen": "r2", "start": "2026-01-05", field: value})


def test_a_start_more_than_a_year_ahead_is_refused(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    ahead = dt.date.today() + dt.timedelta(days=400)
    with pytest.raises(InputError, match="more than a year from today"):
        service.new_plan(engine, kb, 1, regimen="r2", start=ahead)
    assert [p.id for p in store.list_plans(engine, 1)] == ["p"]


def test_taken_today_logs_only_the_doses_already_due(kb, tmp_path) -> None:  # noqa: ANN001
    from trackerkb import MDS

    from oncoguide.model import KnowledgeBase, Regimen

    data = MDS.model_dump(mode="json", exclude_none=True)
    data["schedules"][0]["phases"][0]["components"][0]["times_per_day"] = 2
    twice = KnowledgeBase(drugs=kb.drugs, regimens={"len-mds": Regimen.model_validate(data)})
    engine = open_engine(f"sqlite:///{tmp_path / 'twice.sqlite'}")
    store.save_plan(engine, 1, TreatmentPlan.model_validate({"id": "t", "regimen": "len-mds", "start": "2026-01-05",
                                                             "dose_time": "08:00"}))
    morning = dt.datetime(2026, 1, 6, 7, 0)
    with pytest.raises(InputError, match="Your next dose today is at 08:00"):
        service.log_dose(engine, twice, 1, "t", dt.date(2026, 1, 6), "taken", now=morning)
    logged = service.log_dose(engine, twice, 1, "t", dt.date(2026, 1, 6), "taken", now=morning.replace(hour=12))
    assert [e.uid for e in logged] == ["t-lenalidomide-c1d2-1"]  # not the 20:00 dose
    both = service.log_dose(engine, twice, 1, "t", dt.date(2026, 1, 5), "taken", now=morning)  # an earlier day: all
    assert [e.time for e in both] == [dt.time(8), dt.time(20)]
