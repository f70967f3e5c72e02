"""How long one drug goes on, asked for a case its plans do not cover (a GIST taken out, Keytruda after a kidney is
removed), is answered by the drug page's line for that case, not by the cycle count of a plan for another disease
or setting. A plan that fits the case asked still answers with its own length. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("they took out my GIST last month and said it is high risk. for how many years will i be on imatinib", "3 years"),
    ("after the surgery to take out his kidney the oncologist wants keytruda so the cancer stays away. for how long",
     "up to 1 year"),
])
def test_the_drug_page_line_for_the_case_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_chronic_myeloid_leukemia_is_not_the_answer_for_a_gist(first_line) -> None:  # noqa: ANN001
    assert "myeloid" not in first_line("they took out my GIST last month and said it is high risk. for how many years "
                                       "will i be on imatinib")


def test_a_plan_that_fits_the_case_still_answers(first_line) -> None:  # noqa: ANN001
    assert "12 months" in first_line("how long will I be on keytruda for melanoma after surgery")
