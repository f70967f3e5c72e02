"""A medicine word said as when something happens ("what problems do they check for after the infusion?") asks for
no list of medicines: the answer does not lead with the medicines whose pages name lymphoma. Asking which infusions
there are still lists them. Shipped knowledge base."""

LISTED = "medicines here whose pages name"


def test_after_the_infusion_lists_no_medicines(first_line) -> None:  # noqa: ANN001
    question = "dad is getting car t cells for his lymphoma next week. what problems do they check for after the infusion?"
    assert not first_line(question).startswith(LISTED)


def test_which_infusions_still_lists_them(first_line) -> None:  # noqa: ANN001
    assert first_line("which infusions are used for lymphoma?").startswith(LISTED)
