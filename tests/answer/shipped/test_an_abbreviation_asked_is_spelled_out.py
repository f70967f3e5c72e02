"""A glossary word asked by a short name of its own ("EIN" for atypical endometrial hyperplasia) gets, in the first
line, what that short name stands for: the reader asked about the letters, and the word's main name alone does not
say them. Shipped knowledge base."""


def test_an_abbreviation_asked_is_spelled_out_in_the_first_line(first_line) -> None:  # noqa: ANN001
    line = first_line("my womb biopsy came back as EIN. what does EIN mean?")
    assert "endometrial intraepithelial neoplasia" in line, line


def test_a_word_asked_by_its_main_name_is_left_as_it_is(first_line) -> None:  # noqa: ANN001
    line = first_line("what is atypical endometrial hyperplasia?")
    assert line.startswith("atypical endometrial hyperplasia:"), line
