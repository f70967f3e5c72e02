"""A question on a medicine or a cancer we do not cover is declined, not answered from the pages beside it.

"Halaven for my wife's breast cancer, how many days apart are the shots?", "Zejula for ovarian cancer, does it lower
platelets?": no page of ours says anything of Halaven or Zejula, so a breast cancer line on where it spreads, an
ovarian cancer line on Pap tests or what "infusion" means would sit where the reply belongs and answer nothing
asked. So too "a thymoma in his chest, will he need radiation after?": what radiation therapy is does not say. The
answer then says oncoguide does not cover it and points to the nearest pages; only what a word the question asks
about means ("what is HIPEC?") may still be said.
"""

from __future__ import annotations

from .evidence import Evidence
from .understand import TUMOR_WORD, Question


def about_what_we_lack(q: Question) -> bool:
    """Whether the question names a medicine we have no page for and no drug or plan of ours, or a tumor we have no
    page for by its own word and no drug, plan or cancer of ours ("a thymoma in his chest, will he need radiation?";
    a phrase read as a cancer's name, "real cancer", may be a glossary word's question)."""
    return bool(q.unknown_drugs) and not (q.drugs or q.regimens) or \
        any(TUMOR_WORD.fullmatch(u) for u in q.unknown_cancers) and not (q.drugs or q.regimens or q.cancers)


def words_asked(q: Question, items: list[Evidence]) -> list[Evidence]:
    """Of the lines gathered for a question on a medicine we lack, the meanings of the words it asks about."""
    asked = {f"glossary {t}" for t in q.asked_terms}
    return [e for e in items if e.where in asked]
