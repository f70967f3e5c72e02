"""Misspelt words find the same names difflib.get_close_matches finds (names, spelling and page search rely on
it), only faster."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from oncoguide.search.close import CloseWords

# few letters, so words share many and the cutoffs are met often; "é" and "-" as names have them
WORD = st.text(alphabet="aeilnomdé- ", max_size=12)


@settings(max_examples=400, deadline=None)
@given(words=st.lists(WORD, max_size=40), word=st.text(alphabet="aeilnomdéxz- ", max_size=12),
       n=st.one_of(st.none(), st.integers(1, 5)), cutoff=st.sampled_from([0.0, 0.3, 0.6, 0.8, 0.85, 1.0]))
def test_same_matches_as_difflib(words: list[str], word: str, n: int | None, cutoff: float) -> None:
    expected = difflib.get_close_matches(word, words, n=n or len(words) + 1, cutoff=cutoff)
    assert CloseWords(words).matches(word, n=n, cutoff=cutoff) == expected


def test_a_misspelt_drug_name() -> None:
    names = ["lenalidomide", "pomalidomide", "thalidomide", "dexamethasone", "lenalidomid"]
    assert CloseWords(names).matches("lenalidamide", n=2, cutoff=0.85) == ["lenalidomide", "lenalidomid"]
    assert CloseWords(names).matches("aspirin", cutoff=0.85) == []
