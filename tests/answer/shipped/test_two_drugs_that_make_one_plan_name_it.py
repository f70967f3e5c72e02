"""Naming the drugs of a plan names the plan, as its short name does: "what is bendamustine with rituximab" is
answered by what BR is (with its cancers), not by two separate drug summaries. Only when the drugs make exactly one
plan (for the cancer named, if any): carboplatin with paclitaxel makes several plans, so it names none until a
cancer picks one. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "plan", "short_name"), [
    ("what is bendamustine with rituximab", "bendamustine-rituximab-lymphoma", "BR"),
    ("tell me about gemcitabine plus carboplatin for ovarian cancer", "gemcitabine-carboplatin-ovarian", "Gem/Carbo"),
    ("what is carboplatin and paclitaxel for lung cancer", "carboplatin-paclitaxel-nsclc", "Carbo/Taxol"),
])
def test_the_plan_is_named(kb, composer, question, plan, short_name) -> None:  # noqa: ANN001
    assert understand(kb, question).regimens == [plan]
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].text.startswith(short_name), answer.direct[:1]


def test_drugs_of_several_plans_name_none(kb) -> None:  # noqa: ANN001
    assert understand(kb, "what is carboplatin and paclitaxel").regimens == []
