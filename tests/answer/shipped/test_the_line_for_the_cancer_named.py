""""Is Avastin used for glioblastoma?": the drug's use for the cancer named leads, not the summary that names its
first few uses (and may not name this one). "Bendamustine for CLL, how many rounds?", with no CLL plan for it: the
drug page's line on how it is given for CLL (up to 6 cycles), not a line that only holds "until". Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("is avastin used for glioblastoma", "glioblastoma that has come back"),
    ("Is Tecentriq used for liver cancer?", "liver cancer (HCC)"),
])
def test_the_use_for_the_cancer_named_leads(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text
    assert answer.direct[0].refs  # cited like every line


def test_a_uses_question_naming_no_cancer_keeps_the_summary(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is avastin used for")
    assert answer.direct and answer.direct[0].text.startswith("Bevacizumab is")


def test_a_count_asked_for_a_cancer_with_no_plan_gets_the_drug_pages_line_for_it(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my mom is 78 and getting bendamustine for her cll. how many rounds total do they usually give")
    assert answer.direct and "For CLL" in answer.direct[0].text and "6 cycles" in answer.direct[0].text
