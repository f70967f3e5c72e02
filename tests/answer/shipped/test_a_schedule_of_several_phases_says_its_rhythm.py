""""Temodar with radiation, what's the schedule?": a schedule of several phases is named by its rhythm in words
("6 weeks with radiation, 4 weeks off, then 6 monthly cycles") before its phases' days. Shipped knowledge base."""


def test_the_schedule_name_says_the_rhythm(composer) -> None:  # noqa: ANN001
    reply = composer.answer("what is the schedule for temodar with radiation").direct[0].text
    assert "4 weeks off" in reply, reply


def test_a_one_phase_schedule_keeps_its_days_only(composer) -> None:  # noqa: ANN001
    reply = composer.answer("r-chop dose").direct[0].text
    assert reply.startswith("In R-CHOP: rituximab 375 mg/m²"), reply
