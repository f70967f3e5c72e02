"""List the medical words the shipped pages use for side effects, warnings and tests, and which of them no plain
phrase of search/synonyms.yaml reaches (`python tools/vocab_terms.py [--all]`).

A question reaches a side effect only through words the row holds; a patient who says "can't sleep" reaches the
"insomnia" row only when synonyms.yaml maps the phrase there. This lists the rows to find everyday words for,
most-used first, so a vocabulary pass covers what the pages say rather than one question at a time.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from oncoguide.answer.evidence import match_count  # noqa: E402
from oncoguide.content import load  # noqa: E402
from oncoguide.search.synonyms import synonyms  # noqa: E402


def page_terms(content: Path) -> dict[str, set[str]]:
    """Medical term (with its plain name) -> the pages using it: side effects, boxed warnings, monitoring tests
    and glossary terms."""
    kb = load(content)
    found: dict[str, set[str]] = defaultdict(set)
    for page in (*kb.drugs.values(), *kb.regimens.values()):
        for field in ("common_side_effects", "serious_side_effects"):
            for effect in getattr(page, field, None) or []:
                found[f"{effect.term.lower()} | {effect.plain.lower()}"].add(page.slug)
        for warning in getattr(page, "boxed_warnings", None) or []:
            found[f"{warning.label.lower()} | (boxed warning)"].add(page.slug)
        plan = getattr(page, "monitoring", None)
        for test in getattr(plan, "items", None) or []:
            found[f"{test.name.lower()} | (test)"].add(page.slug)
    for term in kb.glossary.values():
        found[f"{term.term.lower()} | (glossary)"].add(term.slug)
    return found


def reached(term: str) -> list[str]:
    """The plain phrases of synonyms.yaml whose meanings the term's words hold."""
    return [phrase for phrase, meant in synonyms().items() if match_count(term, [phrase, *meant])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="also list the terms some phrase already reaches")
    args = parser.parse_args()
    for term, pages in sorted(page_terms(ROOT / "content").items(), key=lambda kv: (-len(kv[1]), kv[0])):
        phrases = reached(term)
        if args.all or not phrases:
            print(f"{len(pages):3d}  {term}" + (f"  <- {', '.join(phrases[:4])}" if phrases else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
