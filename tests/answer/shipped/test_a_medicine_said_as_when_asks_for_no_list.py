"""A medicine word said as when something happens ("what problems do they check for after the infusion?") asks for
no list of medicines: the answer does not lead with the medicines whose pages name lymphoma. Asking which infusions
there are still lists them. Shipped knowledge base."""

import pytest

LISTED = "medicines here whose pages name"


def test_after_the_infusion_lists_no_medicines(first_line) -> None:  # noqa: ANN001
    question = "dad is getting car t cells for his lymphoma next week. what problems do they check for after the infusion?"
    assert not first_line(question).startswith(LISTED)


def test_which_infusions_still_lists_them(first_line) -> None:  # noqa: ANN001
    assert first_line("which infusions are used for lymphoma?").startswith(LISTED)


@pytest.mark.parametrize("question", [
    "she has been in remission on her cml pill for 4 years. what are the chances it stays away if she stops the pill?",
    "what is the chance the lymphoma stays in remission after he finishes the last of his infusions?",
])
def test_a_medicine_said_far_after_what_asks_for_no_list(first_line, question):
    # "what are the chances ... the pill": the question asks how likely, not which pills name the word
    assert not first_line(question).startswith(LISTED), question
