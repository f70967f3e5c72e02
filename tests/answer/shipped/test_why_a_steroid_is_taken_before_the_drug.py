""""Why the steroid pills the night before Taxotere?" asks what the steroid given before each dose does: the drug's
line that names the steroid and says what it lowers (fluid buildup, allergic reactions) leads, not a trial line that
happens to name a steroid taken with the drug. A steroid asked of by its own name ("dexamethasone") is a page of its
own, whose lines on sleep are no reason it is given before another drug. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "she gets docetaxel for her breast cancer. why does she have to start steroid tablets the day before?",
    "my husband is on taxotere with his hormone shots for prostate cancer, why the steroid pills the night before",
])
def test_the_steroid_line_saying_what_it_prevents_leads(first_line, question) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "dexamethasone" in line and "fluid" in line and "trial" not in line


def test_a_steroid_named_by_its_own_name_is_not_answered_by_its_page_on_sleep(first_line) -> None:  # noqa: ANN001
    assert "sleep" not in first_line("why do i take dexamethasone the day before my alimta")
