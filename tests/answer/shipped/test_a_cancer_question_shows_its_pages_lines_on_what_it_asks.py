"""A question on a cancer alone shows, among the few lines of its page under each heading, those holding the
question's own words ("does hepatitis B lead to liver cancer?": the line on hepatitis B), not the first lines in page
order; and "how often ...?" asked of what treatment does is answered by the line that says it, not by how common
the cancer is. Shipped knowledge base."""


def test_the_page_line_holding_the_words_asked_is_shown(shown) -> None:  # noqa: ANN001
    assert "8 in 10 liver cancers" in shown("does having hepatitis B lead to liver cancer")


def test_how_often_treatment_works_is_not_how_common_the_cancer_is(composer) -> None:  # noqa: ANN001
    answer = composer.answer("in acute myeloid leukemia, how often does induction chemo lead to remission")
    assert answer.direct and "2 in 3" in answer.direct[0].text


def test_which_body_parts_a_cancer_group_covers_leads_with_them(first_line) -> None:  # noqa: ANN001
    # "distant parts of the body" in the survival line holds the same words; the line listing the parts answers
    line = first_line("which parts of the body are included in head and neck cancer")
    assert "voice box" in line and "salivary" in line
