"""A question on a medicine we do not cover is declined, not answered from the pages beside it.

"Halaven for my wife's breast cancer, how many days apart are the shots?", "Zejula for ovarian cancer, does it lower
platelets?": no page of ours says anything of Halaven or Zejula, so a breast cancer line on where it spreads, an
ovarian cancer line on Pap tests or what "infusion" means would sit where the reply belongs and answer nothing
asked. The answer then says oncoguide does not cover the medicine and points to the nearest pages; only what a word
the question asks about means ("what is HIPEC, and what is PCP pneumonia?") may still be said.
"""

from __future__ import annotations

from .evidence import Evidence
from .understand import Question


def about_a_drug_we_lack(q: Question) -> bool:
    """Whether the question names a medicine we have no page for and no drug or plan of ours."""
    return bool(q.unknown_drugs) and not (q.drugs or q.regimens)


def words_asked(q: Question, items: list[Evidence]) -> list[Evidence]:
    """Of the lines gathered for a question on a medicine we lack, the meanings of the words it asks about."""
    asked = {f"glossary {t}" for t in q.asked_terms}
    return [e for e in items if e.where in asked]
