"""What people ask of a cancer itself, its signs, how it is found, its stages, its outlook and who gets it, is
answered first by the cancer page's section on it, and the rest of that section is shown below, whatever words the
question uses. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


def _section_first(kb, composer, question: str, cancer: str, section: str):  # noqa: ANN001, ANN202
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == f"cancer {cancer}: {section}", question
    shown = {i.text for i in answer.cited()}
    # the whole section, less statements resting on patient websites alone (never shown as evidence)
    sourced = {s.text for s in getattr(kb.cancers[cancer], section)
               if any(kb.sources[c.source].kind.value != "website" for c in s.cite)}
    assert sourced <= shown, question
    return answer


@pytest.mark.parametrize(("question", "cancer"), [
    ("what are the symptoms of breast cancer", "breast-cancer"),
    ("what are the warning signs of ovarian cancer", "ovarian-cancer"),
    ("signs of pancreatic cancer?", "pancreatic-cancer"),
    ("what symptoms does multiple myeloma cause", "multiple-myeloma"),
])
def test_signs(kb, composer, question, cancer) -> None:  # noqa: ANN001
    _section_first(kb, composer, question, cancer, "signs")


@pytest.mark.parametrize(("question", "cancer"), [
    ("how is prostate cancer diagnosed", "prostate-cancer"),
    ("how do they test for colon cancer", "colorectal-cancer"),
    ("what tests find multiple myeloma", "multiple-myeloma"),
    ("how is lung cancer diagnosed", "non-small-cell-lung-cancer"),
])
def test_how_it_is_found(kb, composer, question, cancer) -> None:  # noqa: ANN001
    _section_first(kb, composer, question, cancer, "diagnosis")


@pytest.mark.parametrize(("question", "cancer"), [
    ("how is breast cancer staged", "breast-cancer"),
    ("what are the stages of CLL", "chronic-lymphocytic-leukemia"),
    ("what are the stages of colon cancer", "colorectal-cancer"),
])
def test_stages(kb, composer, question, cancer) -> None:  # noqa: ANN001
    _section_first(kb, composer, question, cancer, "stages")


@pytest.mark.parametrize(("question", "cancer"), [
    ("what is the survival rate for pancreatic cancer", "pancreatic-cancer"),
    ("how long do people live with multiple myeloma", "multiple-myeloma"),
    ("what is the prognosis for kidney cancer", "kidney-cancer"),
    ("what is the 5 year survival for colorectal cancer", "colorectal-cancer"),
])
def test_outlook(kb, composer, question, cancer) -> None:  # noqa: ANN001
    _section_first(kb, composer, question, cancer, "outlook")


@pytest.mark.parametrize(("question", "cancer"), [
    ("does breast cancer run in families", "breast-cancer"),
    ("is ovarian cancer hereditary", "ovarian-cancer"),
    ("what are the risk factors for prostate cancer", "prostate-cancer"),
    ("what raises the risk of getting bladder cancer", "bladder-cancer"),
])
def test_who_gets_it(kb, composer, question, cancer) -> None:  # noqa: ANN001
    _section_first(kb, composer, question, cancer, "risk")


@pytest.mark.parametrize("question", [
    "what are the side effects of Revlimid",  # a drug's signs are its side effects
    "what tests are done before each cycle of R-CHOP",  # a plan's tests are its monitoring
])
def test_a_cancers_sections_are_asked_only_of_a_cancer(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not {"signs", "diagnosis", "stages", "risk"} & set(answer.intents), answer.intents


@pytest.mark.parametrize("question", [
    "my son is 22 with testicular cancer, should he bank sperm before treatment",  # who has it, not who gets it
    "my husband has low-risk prostate cancer and they said no treatment for now. is that normal?",  # its risk group
])
def test_saying_who_has_the_cancer_asks_nothing_of_its_risks(composer, question) -> None:  # noqa: ANN001
    assert "risk" not in composer.answer(question).intents


def test_whether_it_is_cured_is_read_off_a_line_that_says_so(composer) -> None:  # noqa: ANN001
    # the outlook section holds survival figures that never say "cure"; the note on treatment does
    answer = composer.answer("can multiple myeloma be cured")
    assert answer.direct and "cured" in answer.direct[0].text


@pytest.mark.parametrize(("question", "said"), [
    ("what is limited stage small cell lung cancer", "limited stage"),  # its stages section says it
    ("who is at risk for liver cancer", "hepatitis"),  # its risks section says it
])
def test_a_question_in_no_aspects_words_still_finds_the_section_that_says_it(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text.lower(), question
