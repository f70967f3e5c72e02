""""Does mesna also prevent the confusion that ifosfamide can cause?" asks what mesna is given for: its page's uses
(it protects the bladder, and only that) answer, beside the confusion ifosfamide can cause. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_what_it_is_given_to_prevent_is_its_use(kb, composer) -> None:  # noqa: ANN001
    question = "does mesna also prevent the confusion that ifosfamide can cause"
    assert understand(kb, question).intents == ["uses", "side_effects"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "protects the bladder" in answer.direct[0].text
