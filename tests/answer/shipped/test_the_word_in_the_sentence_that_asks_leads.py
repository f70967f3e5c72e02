"""A question naming no page and saying several glossary words leads with the word of the sentence that asks, not
with a longer word of the sentence that sets the scene ("had a sentinel lymph node biopsy last spring. can
lymphedema still show up?" asks about lymphedema). Shipped knowledge base."""


def test_the_asked_word_leads_over_a_longer_word_before_it(first_line) -> None:  # noqa: ANN001
    lead = first_line("my wife had a sentinel lymph node biopsy last spring. can lymphedema still show up")
    assert lead.startswith("lymphedema:")


def test_a_last_sentence_naming_no_word_keeps_the_word_said_nearest(first_line) -> None:  # noqa: ANN001
    # "what is that?" names no word: the stent, said last before it, as before
    assert first_line("the tumor is pressing on the airway and they want a stent. what is that?").startswith("stent:")
