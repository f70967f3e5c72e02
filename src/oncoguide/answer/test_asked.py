"""The test a question names: "does Kadcyla need heart tests?" asks about the heart, and "tests" is said of every
monitoring line. A line naming the test asked (the heart's pumping) beats one sharing only the words of any test
(liver blood tests), however the rest of the words fall."""

from __future__ import annotations

from .evidence import match_count

# Words of any test, which say no test in particular: "blood tests" is no reason to show a line on blood in the stool
ANY_TEST = frozenset({"blood", "test", "tests", "testing", "tested", "check", "checks", "checked", "checking", "level",
                      "levels", "scan", "scans", "work", "done"})
# Words of when or by whose wish a test is done, which name no test either: "before every new bottle", "since he
# started", "they want a test" (not the row on "not wanting to eat")
WHEN_DONE = frozenset({"every", "each", "new", "first", "before", "after", "start", "starts", "started", "starting",
                       "again", "still", "all", "want", "wants", "wanted", "ordered", "ordering", "keep", "keeps"})


def test_words(intents: list[str], wanted: list[str]) -> list[str]:
    """The words asked that say which test ("heart", "electrolytes" and the salts it means), when a test is asked."""
    return [w for w in wanted if w not in ANY_TEST and w not in WHEN_DONE] if "monitoring" in intents else []


def names_test(text: str, words: list[str]) -> int:
    """How many of the words naming the test asked a line holds."""
    return match_count(text, words) if words else 0
