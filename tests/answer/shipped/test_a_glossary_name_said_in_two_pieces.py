""""A bone marrow aspirate and biopsy": a glossary name said in two pieces is that name (bone marrow biopsy), not
its pieces read apart ("bone marrow", "biopsy"). Shipped knowledge base."""


def test_a_name_said_in_two_pieces_is_that_name(first_line) -> None:  # noqa: ANN001
    lead = first_line("they're doing a bone marrow aspirate and biopsy tomorrow. aren't those the same thing?")
    assert lead.startswith("bone marrow biopsy:")


def test_pieces_said_apart_stay_apart(first_line) -> None:  # noqa: ANN001
    """Words of a longer name said but not all of them: each piece is its own word."""
    assert first_line("what is bone marrow?").startswith("bone marrow:")
