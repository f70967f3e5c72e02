""""Her breast cancer went to her liver, is it liver cancer now?": a cancer that spread to another organ keeps the
name of where it started, so the reply says so, from the organ's cancer page when it says it (liver: "secondary
liver cancer"), else from what metastatic means; not the stages of the cancer named first. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("moms breast cancer went to her liver, is it liver cancer now", "secondary liver cancer"),
    ("my husband's pancreatic cancer spread to the liver. is that liver cancer", "not the same disease"),
    ("her breast cancer spread to the bones, does that mean she has bone cancer", "keeps the name of where it started"),
    # the place it spread to said in other words than the cancer asked of ("spine", "hip": bone cancer)
    ("dads prostate cancer moved into his hip, so is it bone cancer now", "keeps the name of where it started"),
    ("my sisters lung cancer spread to her spine. is that bone cancer", "keeps the name of where it started"),
])
def test_the_reply_says_it_keeps_the_name_of_where_it_started(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_the_cancer_it_started_as_asked_again_is_no_renaming(first_line) -> None:  # noqa: ANN001
    assert "keeps the name" not in first_line("his colon cancer spread to the lymph nodes, is colon cancer curable then")
