import pytest

from oncoguide.search.index import LexicalIndex
from oncoguide.search.synonyms import expansions
from oncoguide.search.text import fts_any, terms

PASSAGES = [
    ("a", "Lenalidomide increases the risk of deep vein thrombosis and pulmonary embolism."),
    ("b", "Thrombocytopenia was the most common grade 3 event."),
    ("c", "Patients received rituximab infusions every week."),
]


@pytest.fixture(scope="module")
def index():
    return LexicalIndex.build(PASSAGES)


def test_plain_words_find_the_medical_passage(index):
    assert index.search("Does it cause blood clots?", k=1)[0].position == 0
    assert index.search("low platelets", k=1)[0].position == 1


def test_porter_stemming_matches_word_forms(index):
    assert index.search("rituximab infusion", k=1)[0].position == 2


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b)", "text: AND OR NOT *", "col:rituximab -x ^"])
def test_fts_syntax_in_user_text_is_never_an_error(index, query):
    index.search(query, k=5)  # quoted and bound: no sqlite3.OperationalError


def test_terms_drop_stopwords_and_quote_safely():
    assert terms("What is the dose of Revlimid?") == ["dose", "revlimid"]
    assert fts_any(['say "hi"']) == '"say ""hi"""'


def test_synonyms_longest_phrase_first():
    assert "thrombocytopenia" in expansions("I have low platelets")
    assert expansions("nothing here") == []


def test_best_passages_are_scored_with_passage_bm25_plus_their_document(monkeypatch):
    """The ranking users get: BM25 with k1 0.9, b 0.4 for the passage (Anserini's passage defaults, scored
    again from the text of Tantivy's best candidates) plus half its document's BM25 (Tantivy's k1 1.2, b 0.75).
    Here each document is one passage, so both scores come from the same words; feedback terms are off."""
    import math

    monkeypatch.setattr("oncoguide.search.index.FEEDBACK_WEIGHT", 0.0)

    from oncoguide.search.index import _analyzer

    passages = [("x", "Neutropenia, neutropenia and more neutropenia were seen in this trial."),
                ("y", "Fever with neutropenia needs a call to the care team."),
                ("z", "Rituximab was given every week.")] + [(f"f{i}", f"Filler passage number {i} about dosing.")
                                                         for i in range(20)]
    hits = LexicalIndex.build(passages).search("neutropenia fever", k=2)
    assert [h.position for h in hits] == [1, 0]
    lengths = [len(_analyzer().analyze(t)) for _, t in passages]
    mean, n = sum(lengths) / len(lengths), len(passages)

    def bm25(tf: int, df: int, length: int, k1: float, b: float) -> float:
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / mean))

    def expected(counts: dict[str, tuple[int, int]], length: int) -> float:  # word -> (tf, df)
        return sum(bm25(tf, df, length, 0.9, 0.4) + 0.5 * bm25(tf, df, length, 1.2, 0.75)
                   for tf, df in counts.values())

    assert hits[0].score == pytest.approx(expected({"neutropenia": (1, 2), "fever": (1, 1)}, lengths[1]), rel=1e-3)
    assert hits[1].score == pytest.approx(expected({"neutropenia": (3, 2)}, lengths[0]), rel=1e-3)


def test_rank_orders_the_given_passages_by_the_rarity_of_the_words_they_hold():
    index = LexicalIndex.build([
        ("drug x", "Take it with a glass of water every day."),
        ("drug x", "A booster shot (G-CSF) is given from the first cycle."),
        ("drug x", "Blood counts are checked before each cycle."),
        ("drug y", "Drink water every day."),
        ("drug y", "Water and rest help every day."),
    ])
    # "g-csf" is in one statement, "day" and "water" in most: the G-CSF one comes first; the one holding none
    # of the words is left out, and only the positions given are ranked
    hits = index.rank(["g-csf", "water", "day"], [0, 1, 2])
    assert [h.position for h in hits] == [1, 0]
    assert index.rank(["water"], []) == [] and index.rank([], [0, 1]) == []
