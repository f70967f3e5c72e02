"""Which medicines a glossary word stands for ("which drugs are PARP inhibitors?", "what shots are GnRH agonists?",
"ALK positive, what medicines are there?"): the answer leads with every drug page that says the word of the drug
itself, then what the word means; not when the word's meaning is asked ("what counts as a birth defect?"), nor for a
word nearly every page says ("chemotherapy"). Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "named"), [
    ("which medicines are PARP inhibitors", ["olaparib"]),
    ("what pills are the cdk4/6 inhibitors", ["ribociclib"]),  # the definition names two others, not this one
    ("which injections are GnRH agonists", ["goserelin", "leuprolide"]),
    ("the biopsy says ALK positive, which medicines are there for it", ["alectinib", "lorlatinib"]),
])
def test_the_medicines_a_word_stands_for_lead(composer, question: str, named: list[str]) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    lead = answer.direct[0].text.lower()
    assert all(n in lead for n in named), lead
    # what the word means follows the list
    assert any(i.where.startswith("glossary ") for g in answer.guidelines for i in g.items)


@pytest.mark.parametrize("question", [
    "what counts as a birth defect, the chemo sheet warns about them",
    "they want a dpd test before my chemo. which chemo drugs is it for",
])
def test_no_list_when_the_word_is_what_is_asked(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not any(d.text.startswith("Medicines here") for d in answer.direct)


def test_a_drug_given_with_the_family_is_not_one_of_it(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.term_members import members

    # ribociclib is taken with an aromatase inhibitor; it is no aromatase inhibitor itself
    slugs = {d.slug for d, _ in members(kb, "aromatase-inhibitor")}
    assert "ribociclib" not in slugs and "letrozole" in slugs


@pytest.mark.parametrize("question", [
    "my report says pT2 N1 M0. what do the T, N and M stand for",
    "the scan letters were T3N0M0, what does M0 mean",
])
def test_a_tnm_stage_on_a_report_gets_what_the_letters_mean(first_line, question: str) -> None:  # noqa: ANN001
    assert "metastasis" in first_line(question)
