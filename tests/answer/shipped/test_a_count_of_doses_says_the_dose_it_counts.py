""""How many doses of Keytruda alone for melanoma after surgery?": the count says the amount each dose is, so the
reader knows which schedule it counts. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("how many doses of keytruda alone for melanoma after surgery", "200 mg each"),
    ("how many bendeka doses with rituxan for lymphoma", "90 mg/m² each"),
])
def test_the_count_names_each_dose(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    reply = answer.direct[0].text if answer.direct else ""
    assert said in reply, reply


def test_no_amount_when_the_doses_differ(composer) -> None:  # noqa: ANN001
    # a loading dose first: no one amount is each dose's
    reply = composer.answer("how many doses of herceptin after surgery in total").direct[0].text
    assert "doses of trastuzumab in all" in reply and " each)" not in reply, reply
