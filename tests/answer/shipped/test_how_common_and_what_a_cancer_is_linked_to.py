"""A question on how common a cancer is, or on what it is linked to, gets the cancer page statement that says it,
also when that statement is in the page's note on treatment; not how its plans' drugs work. Shipped knowledge
base."""


def test_how_common_a_cancer_is(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how common is dlbcl compared to other lymphomas")
    assert "most common" in answer.direct[0].text
    assert answer.direct[0].where.startswith("cancer diffuse-large-b-cell-lymphoma")


def test_what_a_cancer_is_linked_to(composer) -> None:  # noqa: ANN001
    # the page says it on what the disease is and again in its note on treatment; either answers
    answer = composer.answer("can a stomach infection cause marginal zone lymphoma")
    assert "pylori" in answer.direct[0].text
    assert answer.direct[0].where.startswith("cancer marginal-zone-lymphoma: ")


def test_what_a_cancer_is_still_comes_from_what_its_page_says_it_is(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is marginal zone lymphoma")
    assert answer.direct[0].where == "cancer marginal-zone-lymphoma: what_is_it"
