""""What dose are the etoposide capsules?", "how long does the Herceptin shot take?": a drug that comes in more than
one form answers from the lines on the form the question names, not from its drip's doses and times. Shipped
knowledge base."""

import pytest

from oncoguide.answer.form_asked import form_asked, forms_said


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("what dose are the etoposide capsules?", "50 mg capsules", "vein"),
    ("how are etoposide capsules stored?", "fridge", "vein"),
    ("how long does the herceptin shot take?", "2 to 5 minutes", "cycles"),
])
def test_a_form_named_leads_with_that_forms_line(first_line, question, said, not_said) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert said in lead and not_said not in lead


def test_the_asked_forms_lines_come_before_the_drips(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what dose are the etoposide capsules?")
    shown = [i.text for g in answer.guidelines for i in g.items]
    capsules = next(n for n, t in enumerate(shown) if "capsules" in t)
    assert all("IV" not in t for t in shown[:capsules]), shown


def test_the_form_said_first_is_kept(first_line) -> None:  # noqa: ANN001
    """A reply already on the form asked stays: the IV question keeps the drip's time."""
    assert "30 to 60 minutes" in first_line("my dad gets the IV etoposide. how long is the drip?")


@pytest.mark.parametrize(("question", "form"), [
    ("what dose are the navelbine capsules?", "mouth"),
    ("is the lupron depot shot monthly?", "shot"),
    ("how long is the IV etoposide?", "vein"),
    ("do i need folic acid and b12 shots with etoposide?", None),  # the shots are another medicine's
    ("can dad take xeloda pills instead of the IV 5-FU?", None),  # two forms: a comparison, no one form
    ("what dose of etoposide?", None),
])
def test_which_form_a_question_names(question, form) -> None:  # noqa: ANN001
    assert form_asked(question, ["etoposide", "navelbine", "lupron", "xeloda", "5-fu"]) == form


def test_an_injection_into_a_vein_is_the_drip_not_a_shot() -> None:
    assert forms_said("It is a short injection into a vein, over about 6 to 10 minutes.") == {"vein"}
