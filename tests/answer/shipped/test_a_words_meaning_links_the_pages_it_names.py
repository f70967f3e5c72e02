"""A word's meaning given with no page named links, under "See also", the pages its meaning names ("what is an
IMiD?": lenalidomide, thalidomide, pomalidomide), not pages that merely share a word of it (dacarbazine). Shipped
knowledge base."""


def test_the_see_also_names_the_drugs_the_meaning_names(composer) -> None:  # noqa: ANN001
    links = [link.slug for link in composer.answer("what does immunomodulatory drug mean").see_also]
    assert "lenalidomide" in links and "dacarbazine" not in links


def test_a_drug_kind_links_its_drug(composer) -> None:  # noqa: ANN001
    assert "olaparib" in [link.slug for link in composer.answer("what is a PARP inhibitor").see_also]
