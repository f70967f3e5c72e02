""""They're giving her the red devil", "she gets Truxima", "how often is Kanjinti given": a drug called by its
nickname or by a biosimilar's brand is that drug's page (doxorubicin, rituximab, trastuzumab, bevacizumab), not
a medicine we do not cover; and "what drug is that?" asks what the named drug is. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


def shown(answer) -> str:  # noqa: ANN001
    return " ".join(i.text for i in answer.cited()).lower()


@pytest.mark.parametrize(("question", "drug", "said"), [
    ("what is the red devil chemo", "doxorubicin", "doxorubicin"),
    ("is the red devil chemo hard on the heart", "doxorubicin", "cardiomyopathy"),
    ("they said she gets truxima, what medicine is that", "rituximab", "rituximab"),
    ("how often is kanjinti given", "trastuzumab", "every 3 weeks"),
    ("zirabev side effects", "bevacizumab", "bleeding"),
])
def test_the_drug_meant_answers(composer, question, drug, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.drugs == [drug]
    assert check(answer) == []
    assert not any("does not cover" in n.text for n in answer.notices)
    assert said in shown(answer)


def test_what_drug_is_that_asks_what_the_named_drug_is(composer) -> None:  # noqa: ANN001
    answer = composer.answer("the nurse said ruxience today, what drug is that")
    assert answer.intents == ["definition"]
    assert "antibody" in shown(answer)
