"""A question on a medicine we have no page for, said beside a cancer we do cover, or on a tumor we have no page
for ("a thymoma"), is declined: no reply line and no line of the cancer's page stands where the answer belongs (where
a breast cancer spreads does not say how often eribulin is given), only the notice that oncoguide does not cover it
and the nearest pages. Shipped knowledge base."""

import pytest


def _declined(composer, question: str, name: str) -> tuple[list, object]:  # noqa: ANN001
    """The lines shown for a question that must be declined as one on `name`, and the answer."""
    answer = composer.answer(question)
    assert f"does not cover {name}" in " ".join(n.text for n in answer.notices).lower()
    return [*answer.direct, *(i for g in (*answer.guidelines, *answer.research) for i in g.items)], answer


@pytest.mark.parametrize(("question", "name"), [
    ("my sister started niraparib for her ovarian cancer, can it drop her platelets", "niraparib"),
    ("eribulin for my mom's breast cancer that spread, how many days between doses", "eribulin"),
    ("my dad was put on selpercatinib for his lung cancer and his ankles are puffy, is that from it", "selpercatinib"),
])
def test_drug_we_lack_gets_the_decline_not_a_cancer_line(composer, question, name) -> None:  # noqa: ANN001
    shown, answer = _declined(composer, question, name)
    assert not shown, [i.where for i in shown]
    assert any(link.title.lower().endswith("cancer") for link in answer.see_also)


@pytest.mark.parametrize(("question", "name"), [
    ("my dad has a thymoma, will he need chemo after the operation", "thymoma"),
    ("my daughter was diagnosed with chondrosarcoma in her hip. is surgery the main treatment", "chondrosarcoma"),
])
def test_tumor_we_lack_named_by_its_own_word_is_declined(composer, question, name) -> None:  # noqa: ANN001
    shown, _ = _declined(composer, question, name)
    assert not shown


def test_a_bruise_word_is_no_tumor(composer) -> None:  # noqa: ANN001
    notices = " ".join(n.text for n in composer.answer("a hematoma formed where my port went in, is that ok").notices)
    assert "hematoma" not in notices.lower()
