"""A lower-case "all" after a list of people who all did something is the word, not acute lymphoblastic leukemia:
"my dad and my aunt all had stomach cancer" asks about stomach cancer alone, and its answer leads with it."""

from oncoguide.answer.understand import understand

QUESTION = ("my grandmother, my dad and my aunt all had stomach cancer young, the diffuse kind. which gene could it be "
            "and what do they suggest for people who carry it?")


def test_the_list_of_people_names_no_leukemia(kb) -> None:  # noqa: ANN001
    assert understand(kb, QUESTION).cancers == ["stomach-cancer"]
    assert "acute-lymphoblastic-leukemia" not in understand(
        kb, "my brother and my sister all had lymphoma, does it run in families?").cancers


def test_all_as_a_name_is_still_read(kb) -> None:  # noqa: ANN001
    assert understand(kb, "is all more common in kids than adults?").cancers == ["acute-lymphoblastic-leukemia"]


def test_the_answer_leads_with_the_stomach_cancer_gene(first_line) -> None:  # noqa: ANN001
    assert "cdh1" in first_line(QUESTION)
