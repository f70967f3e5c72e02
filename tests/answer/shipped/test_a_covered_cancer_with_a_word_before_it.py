"""A cancer we cover, said with a word for its stage or course before it ("recurrent", "relapsed", "refractory",
"metastatic", "stage 4"), is that cancer's page: never "oncoguide's sources do not cover recurrent ovarian cancer",
and never no answer where the same question without the word gets one. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "cancer"), [
    ("how long is carboplatin given for recurrent ovarian cancer", "ovarian-cancer"),
    ("is there any cure for relapsed myeloma", "multiple-myeloma"),
    ("is there a cure for recurrent hodgkin lymphoma", "hodgkin-lymphoma"),
    ("can venetoclax help with refractory CLL", "chronic-lymphocytic-leukemia"),
    ("what is the treatment for stage 4 metastatic breast cancer", "breast-cancer"),
])
def test_the_cancer_is_named_not_declined(kb, composer, question, cancer) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert cancer in q.cancers and q.unknown_conditions == [] and q.unknown_cancers == []
    answer = composer.answer(question)
    assert check(answer) == []
    assert not any("do not cover" in n.text for n in answer.notices), answer.notices
    assert answer.direct, question
