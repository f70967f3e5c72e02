"""How long someone has taken a drug ("for a couple of years") is no condition it was taken for: the answer does not
say oncoguide lacks it. "What is the dexamethasone doing for her?" asks what the drug is given for. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "mom has been on imatinib for a couple years and her ankles swell. is that the imatinib",
    "he took tamoxifen for a few months and now has leg cramps, is that from it",
])
def test_a_time_span_is_no_condition_we_lack(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not any("do not cover" in n.text or "does not cover" in n.text for n in answer.notices)


def test_what_a_drug_is_doing_for_someone_asks_its_use(shown) -> None:  # noqa: ANN001
    text = shown("my husband with a brain tumour is on dexamethasone now. what is the dexamethasone doing for him")
    assert "swelling in the brain" in text
