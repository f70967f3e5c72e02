"""Questions from the tuning set and the gap list of issue 11 that the knowledge base could not answer before stop 26.

Each fact is one a reader needs (a missed-dose rule, a storage rule, a rate, a wait before surgery); the answer must
show it with a citation, not only hold it somewhere in content/.
"""

from pathlib import Path

import pytest

from oncoguide.answer import Composer, check

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer() -> Composer:
    from oncoguide.content import load

    return Composer(load(CONTENT))


@pytest.mark.parametrize(("q", "fact"), [
    ("why was my first rituxan infusion so slow, took all day", "50 mg per hour"),
    ("dad has surgery coming up, does he stop his nexavar before", "at least 10 days before"),
    ("since starting prednisone with chemo i cant sleep", "hard to sleep"),
    ("I forgot my Jaypirca this morning, what do I do", "more than 12 hours"),
    ("missed a dose of temozolomide", "same day"),
    ("how should I store Lynparza", "protect them from moisture"),
    ("how do I store my Stivarga tablets", "drying packet"),
    ("can I take zidovudine with Lonsurf", "HIV medicine"),
    ("my eyes are red and irritated on vectibix", "keratitis"),
])
def test_the_answer_shows_the_fact_the_page_now_holds(composer: Composer, q: str, fact: str) -> None:
    answer = composer.answer(q)
    assert check(answer) == []
    assert fact.lower() in " ".join(item.text for item in answer.cited()).lower(), q
