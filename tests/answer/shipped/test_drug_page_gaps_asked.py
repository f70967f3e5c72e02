"""Drug questions from the blind sets that missed because the page lacked the fact now lead with it (issue #11)."""

import pytest


@pytest.mark.parametrize(("question", "words"), [
    ("since starting mesna everything tastes like metal. is that from the mesna", ["taste", "metal"]),
    ("when are my sons blood counts lowest after his daunorubicin", ["10 to 14 days", "third week"]),
    ("will my son lose his hair on etoposide, and does it come back", ["grows back"]),
    ("dad is on velban for his hodgkins and loves working in the garden. anything about the sun we should know",
     ["sun", "one case"]),
    ("can I get my flu shot while on keytruda", ["flu shot", "no severe side effects"]),
    ("can i get the flu vaccine on opdivo", ["flu shot"]),
    ("are vaccines ok on imbruvica", ["vaccines may work less well"]),
    ("mom's navelbine is capsules now, not the drip. anything special about how she takes them", ["capsules"]),
    ("is there a pill form of vinorelbine", ["soft capsules", "outside the us"]),
])
def test_the_drug_page_fact_leads(first_line, question: str, words: list[str]) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert all(w.lower() in lead for w in words), (question, lead)
