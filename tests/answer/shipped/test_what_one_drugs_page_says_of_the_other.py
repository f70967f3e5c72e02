"""Two of our drugs asked about together ("can my wife take Arimidex with tamoxifen?"): when the fields the intent
reads say nothing of the other drug (what each one is), the line of one page that names the other answers, its rule
on taking them together first. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("can my wife take arimidex with tamoxifen", "together with tamoxifen"),
    ("can I get adriamycin with herceptin", "not given together with trastuzumab"),
    ("can i get libtayo with prednisone", "prednisone"),
])
def test_the_line_naming_the_other_drug_answers(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text
