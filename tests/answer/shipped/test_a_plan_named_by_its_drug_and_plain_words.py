""""Cetuximab and radiotherapy", "herceptin every week": a plan whose short name is its drug and a word ("Cetuximab +
RT", "Weekly trastuzumab") is named when the question says that word in plain words, so the plan's page is read
and linked. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "plan"), [
    ("what side effects come with cetuximab and radiotherapy for head and neck cancer", "cetuximab-radiation-head-neck"),
    ("is cisplatin once a week with radiation hard on the kidneys", "weekly-cisplatin-radiation-head-neck"),
    ("herceptin every week for breast cancer that spread, how long is the drip", "trastuzumab-weekly-metastatic-breast"),
])
def test_the_plan_is_read(composer, question, plan) -> None:  # noqa: ANN001
    links = [(link.kind, link.slug) for link in composer.answer(question).see_also]
    assert ("regimen", plan) in links, links
