"""The missed-dose advisor follows the drug's cited rule: lenalidomide, 12 hours."""

import datetime as dt

import pytest

from oncoguide.tracker.missed import NEVER_DOUBLE, Action, advise


@pytest.mark.parametrize(("now", "action", "late"), [
    (dt.datetime(2026, 5, 1, 20, 30), Action.take_now, 11.5),   # 9:00 usual, 20:30 now
    (dt.datetime(2026, 5, 1, 21, 0), Action.take_now, 12.0),
    (dt.datetime(2026, 5, 1, 21, 30), Action.skip, 12.5),
])
def test_lenalidomide_twelve_hour_rule(kb, now, action, late) -> None:  # noqa: ANN001
    advice = advise(kb.drugs["lenalidomide"], dt.time(9, 0), now)
    assert advice.action == action and advice.hours_late == pytest.approx(late)
    assert NEVER_DOUBLE in advice.lines()
    assert advice.cite and advice.cite[0].source == "revlimid-label"


def test_drug_without_rule_says_ask(kb) -> None:  # noqa: ANN001
    advice = advise(kb.drugs["rituximab"], dt.time(9, 0), dt.datetime(2026, 5, 1, 10, 0))
    assert advice.action == Action.ask and "Call your care team or pharmacist" in advice.message


def test_before_the_usual_time_it_asks_which_dose_and_answers_both(kb) -> None:  # noqa: ANN001
    # 08:00 with a 09:00 dose: yesterday's dose is 23 hours late, today's is due in an hour. Say both, decide neither.
    advice = advise(kb.drugs["lenalidomide"], dt.time(9, 0), dt.datetime(2026, 5, 2, 8, 0))
    assert advice.action == Action.which_dose and advice.hours_late == pytest.approx(23.0)
    assert "Which dose did you miss?" in advice.message and "in 1 hour" in advice.message
    assert "23 hours late" in advice.message and "skip it" in advice.message


def test_lateness_reads_in_hours_and_minutes(kb) -> None:  # noqa: ANN001
    advice = advise(kb.drugs["lenalidomide"], dt.time(9, 0), dt.datetime(2026, 5, 1, 9, 6))
    assert "6 minutes late" in advice.message and "0.1 hours" not in advice.message
    advice = advise(kb.drugs["lenalidomide"], dt.time(9, 0), dt.datetime(2026, 5, 1, 12, 20))
    assert "3 hours 20 minutes late" in advice.message and "within 12 hours" in advice.message


def test_advice_never_claims_the_label_has_no_rule(kb) -> None:  # noqa: ANN001
    for drug in kb.drugs.values():
        advice = advise(drug, dt.time(9, 0), dt.datetime(2026, 5, 1, 15, 0))
        assert "label gives no" not in advice.message and "no hour limit" not in advice.message
        if drug.missed_dose is not None:
            assert advice.rule == drug.missed_dose.text  # the label's own rule is always shown


def test_advice_names_the_rule_not_the_label(kb) -> None:  # noqa: ANN001
    # Some rules come from an EU leaflet or a hospital sheet (their citation says so): the advice must not call every
    # rule "the label's", in any of its wordings (take now, skip, no hour count, no rule at all, which dose).
    times = [dt.datetime(2026, 5, 1, h, 0) for h in (8, 10, 23)]
    for drug in kb.drugs.values():
        for now in times:
            advice = advise(drug, dt.time(9, 0), now)
            assert "label" not in " ".join(advice.lines()).lower(), (drug.slug, advice.lines())
