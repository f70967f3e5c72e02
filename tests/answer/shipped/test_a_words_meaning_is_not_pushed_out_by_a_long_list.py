"""The meaning of a glossary word shown beside a page's lines is listed apart from them ("Related information"):
a cancer page with many lines on what is asked used to fill the list, and the meaning, added last, was cut."""


def test_the_meaning_shows_beside_a_full_cancer_page(kb, composer) -> None:  # noqa: ANN001
    answer = composer.answer("she has a mammogram every year, would that catch ovarian cancer?")
    shown = [i.text for g in answer.guidelines for i in g.items]
    assert any(kb.glossary["mammogram"].definition in t for t in shown)
