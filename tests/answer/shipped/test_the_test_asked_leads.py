"""A question naming one test leads with the line on that test. "Heart tests on Kadcyla?" leads with the heart
line, not the liver tests line, which shares only the word "tests". "Why the electrolyte tests on Tasigna?" leads
with a line naming the salts (potassium, magnesium), not the heart tracing line. "Why so many EKGs?" on a plan of two
drugs leads with the EKG line, not a row that only names the other drug. Shipped knowledge base."""

from oncoguide.answer import check


def _first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == [], question
    assert answer.direct, question
    return answer.direct[0].text.lower()


def test_heart_tests_lead_with_the_heart_line(composer) -> None:  # noqa: ANN001
    first = _first(composer, "will they run heart tests on me during kadcyla")
    assert "heart" in first and "liver" not in first


def test_why_electrolytes_are_tested_names_the_salts(composer) -> None:  # noqa: ANN001
    first = _first(composer, "why the electrolyte tests on tasigna")
    assert "potassium" in first or "magnesium" in first


def test_why_ekgs_on_a_plan_of_two_leads_with_the_ekg_line(composer) -> None:  # noqa: ANN001
    first = _first(composer, "on tibsovo and vidaza, why so many ekgs")
    assert "ecg" in first and "qt" in first


def test_why_ekgs_still_leads_with_the_harm_they_watch_for(composer) -> None:  # noqa: ANN001
    # the line on the test gives way to the harm that gives the reason, when that harm names the test asked
    first = _first(composer, "why do i need ekgs on kisqali")
    assert "qt" in first and "rhythm" in first


def test_why_a_test_is_kept_up_leads_with_the_harm_named_by_it(composer) -> None:  # noqa: ANN001
    # "testing" asks about a test, and the row named by the test asked ("protein in the urine") beats a row that
    # says the word only in passing ("dark urine" among the signs of liver damage)
    first = _first(composer, "why is the clinic always testing my urine on lenvatinib")
    assert "protein" in first and "liver" not in first


def test_testing_and_checking_ask_about_tests_but_tested_against_does_not(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    assert "monitoring" in understand(kb, "why do they keep checking my thyroid on keytruda").intents
    assert "monitoring" in understand(kb, "do i need eye exams on mekinist").intents
    assert "monitoring" not in understand(kb, "was inlyta tested against another pill").intents
