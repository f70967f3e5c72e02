"""Each plain phrase of synonyms.yaml is written once. YAML keeps the last of two equal keys without a word, so a
phrase added again further down (two people editing the table) would silently drop the first meaning."""

from pathlib import Path

import yaml

from oncoguide.search.synonyms import SYNONYMS_FILE


def repeated_keys(text: str) -> list[str]:
    """The keys of the top-level mapping that appear more than once, as written (lower-cased)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    keys = [str(key.value).lower() for key, _ in (root.value if root is not None else [])]
    return sorted({k for k in keys if keys.count(k) > 1})


def test_no_phrase_is_written_twice() -> None:
    assert repeated_keys(Path(SYNONYMS_FILE).read_text(encoding="utf-8")) == []


def test_a_phrase_written_twice_is_found() -> None:
    assert repeated_keys("tired: [fatigue]\nrash: [rash]\nTired: [asthenia]\n") == ["tired"]


def test_phrases_are_lower_case_and_without_hyphens() -> None:
    # questions are matched lower-cased with hyphens read as spaces: "Hand-foot" as a phrase could never match
    keys = [str(k) for k in yaml.safe_load(Path(SYNONYMS_FILE).read_text(encoding="utf-8"))]
    assert [k for k in keys if k != k.lower() or "-" in k] == []
