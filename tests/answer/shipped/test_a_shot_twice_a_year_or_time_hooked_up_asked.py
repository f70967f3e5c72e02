"""Everyday ways of asking for one schedule or one drip: a shot "twice a year" is the strength given every 24 weeks
(leuprolide 45 mg, not the default 3-month 22.5 mg); "how long is he hooked up to the drip" asks how long one drip
takes, not the plan's days."""

from oncoguide.answer.spans import every_weeks


def test_so_many_times_a_year_is_a_span() -> None:
    assert every_weeks("a shot twice a year") == {24}
    assert every_weeks("four times a year") == {12}


def test_the_shot_twice_a_year_gets_its_strength(first_line) -> None:  # noqa: ANN001
    lead = first_line("my husband wants the lupron shot that is given twice a year. what dose is that one?")
    assert "45 mg" in lead and "22.5 mg" not in lead


def test_hooked_up_to_the_drip_asks_the_drip_time(first_line) -> None:  # noqa: ANN001
    assert "1 hour" in first_line("my first taxotere is tomorrow. how long will i be hooked up to the drip?")
