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
