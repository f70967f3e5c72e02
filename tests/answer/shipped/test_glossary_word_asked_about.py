"""A glossary word asked about gets what it means, also when the question asks what it does, where it comes from
or what its signs are, or names a drug beside it; the definition says what an abbreviation stands for; the named
pages' statements that do not say the word are not shown under it. Shipped knowledge base."""

import pytest

from oncoguide.answer.defined import spelled_out


@pytest.mark.parametrize(("question", "term"), [
    ("my alkaline phosphatase came back high, where does alp come from", "glossary alp"),
    ("why are they watching my calcium level, what does calcium do", "glossary calcium"),
    ("my sodium is 129, what does sodium do in the body", "glossary sodium"),
    ("what does a cdk4/6 inhibitor do to cancer cells", "glossary cdk4-6-inhibitor"),
    ("what counts as contraception", "glossary contraception"),
    ("what are signs of an infusion reaction", "glossary infusion-reaction"),
    # the word said with the longest name, not "chemo"
    ("which chemo drugs are platinum drugs", "glossary platinum-chemotherapy"),
    # stop 26: the breast cancer word behind T-DM1 after surgery
    ("my surgeon said there was residual invasive disease, what does that mean", "glossary residual-disease"),
])
def test_a_word_asked_about_with_no_page_named_gets_its_meaning(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term
    assert not [n for n in answer.notices if n.level == "no_answer"]


def test_what_is_a_word_beside_a_drug_is_the_word_not_the_drug(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is cd38, the nurse said darzalex goes after it")
    assert answer.direct[0].where == "glossary cd38"
    assert "myeloma" in answer.direct[0].text
    # not Darzalex's infusion reactions, which say nothing of CD38; its mechanism (it attaches to CD38) may follow
    assert all("CD38" in item.text for group in answer.guidelines for item in group.items)


def test_a_word_asked_about_beside_a_medicine_we_lack(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is pcp pneumonia, why am i on bactrim for it")
    assert answer.direct[0].where == "glossary pneumocystis-pneumonia"
    # and why Bactrim: the definition names it as the usual medicine to prevent PCP (or we say we do not cover it)
    assert "bactrim" in answer.direct[0].text.lower() or any("bactrim" in n.text.lower() for n in answer.notices)


@pytest.mark.parametrize("question", [
    "does talzenna cause anemia",  # a medicine we do not cover: what anemia is does not answer it
    "How much does chemo cost at Mayo Clinic?",  # a cost: what chemo is does not answer it
])
def test_a_word_is_not_an_answer_to_another_question(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not answer.direct
    assert [n for n in answer.notices if n.level == "no_answer"]


@pytest.mark.parametrize(("question", "spelled"), [
    ("what does egfr stand for in lung cancer", "epidermal growth factor receptor"),
    ("what does hpv stand for", "human papillomavirus"),
])
def test_an_abbreviation_says_what_it_stands_for(composer, question, spelled) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert spelled in answer.direct[0].text


def test_what_an_abbreviation_stands_for_is_not_another_name_holding_it() -> None:
    assert spelled_out("PD-L1", "programmed death-ligand 1")
    assert spelled_out("REMS", "Risk Evaluation and Mitigation Strategy")
    assert not spelled_out("PD-L1", "PD-L1 inhibitor")
    assert not spelled_out("CD20", "CD20 protein")
    assert not spelled_out("Neutropenia", "low white blood cells")


@pytest.mark.parametrize("question", [
    "my chart says de novo mds, what does de novo mean",
    "what is secondary mds",
])
def test_a_kind_of_a_cancer_asked_about_is_not_followed_by_what_the_cancer_is(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct[0].where.startswith("glossary ")
    assert not answer.guidelines  # "MDS is a group of diseases of the bone marrow" does not say what de novo means


def test_a_page_statement_that_says_the_word_stays_under_it(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what does del 5q mean in mds")
    assert answer.direct[0].where == "glossary del-5q"
    assert [i.text for g in answer.guidelines for i in g.items] and all(
        "5q" in i.text for g in answer.guidelines for i in g.items)


def test_an_antimetabolite_is_explained_as_a_look_alike_building_block(composer) -> None:  # noqa: ANN001
    # Stop 26: the definition said only that it "gets in the way"; the NCI dictionary says it is so like the cell's own
    # chemicals that the cell uses it, and so it jams the making of DNA.
    answer = composer.answer("whats an antimetabolite chemo")
    assert answer.direct[0].where == "glossary antimetabolite"
    text = answer.direct[0].text
    assert "building blocks" in text and "by mistake" in text and "DNA" in text
