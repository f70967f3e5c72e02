"""Site search: does the page a person wants come first for what they type into the search box?

    .venv/bin/python benchmarks/page_search.py [--show]

page_search_queries.yaml holds `{q, want}`; want is `kind:slug` (kinds drug, regimen, cancer, term) or a list of
acceptable pages. A glossary term is a `glossary` page whose anchor (or slug) is the term's slug.

Baseline in the same run: "closest title", the page whose title or slug is most alike the query (difflib).

Targets: top-1 >= 90%; MRR@10 is shown beside it.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import yaml

from oncoguide.content import load
from oncoguide.search.pages import Ref, search_pages
from oncoguide.settings import CHECKOUT_CONTENT

QUERIES = Path(__file__).with_name("page_search_queries.yaml")


def key(page: Ref) -> str:
    """`kind:slug` of a page, with glossary pages named `term:<term slug>`."""
    if page.kind == "glossary":
        return f"term:{page.anchor or page.slug}"
    return f"{page.kind}:{page.slug}"


def rank(found: list[str], want: set[str]) -> int | None:
    """1-based rank of the first wanted page among the first ten, else None."""
    return next((i + 1 for i, k in enumerate(found[:10]) if k in want), None)


def closest_titles(kb, query: str) -> list[str]:  # noqa: ANN001
    pages = ([(f"drug:{d.slug}", [d.slug, d.generic_name, *d.brand_names]) for d in kb.drugs.values()]
             + [(f"regimen:{r.slug}", [r.slug, r.name, r.short_name or ""]) for r in kb.regimens.values()]
             + [(f"cancer:{c.slug}", [c.slug, c.name]) for c in kb.cancers.values()]
             + [(f"term:{t.slug}", [t.slug, t.term]) for t in kb.glossary.values()])
    q = query.lower()
    scored = [(max(difflib.SequenceMatcher(None, q, n.lower()).ratio() for n in names if n), k) for k, names in pages]
    return [k for _, k in sorted(scored, reverse=True)]


def summary(ranks: list[int | None]) -> tuple[float, float]:
    n = len(ranks)
    return sum(r == 1 for r in ranks) / n, sum(1 / r for r in ranks if r) / n


def main() -> int:
    kb = load(CHECKOUT_CONTENT)
    items = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    show = "--show" in sys.argv
    ours, base = [], []
    for item in items:
        want = set(item["want"] if isinstance(item["want"], list) else [item["want"]])
        found = [key(h.page) for h in search_pages(kb, item["q"], limit=10)]
        ours.append(rank(found, want))
        base.append(rank(closest_titles(kb, item["q"]), want))
        if show and ours[-1] != 1:
            print(f"--- {item['q']!r} wants {sorted(want)}; rank {ours[-1]}; got {found[:5]}")
    top1, mrr = summary(ours)
    b_top1, b_mrr = summary(base)
    print(f"\n{len(items)} queries over {len(kb.drugs)} drugs, {len(kb.regimens)} regimens, "
          f"{len(kb.cancers)} cancer types, {len(kb.glossary)} glossary terms\n")
    print("| system | top-1 | MRR@10 |\n|---|---|---|")
    print(f"| closest title (baseline) | {b_top1:.1%} | {b_mrr:.3f} |")
    print(f"| oncoguide search_pages | {top1:.1%} | {mrr:.3f} |")
    print("| target | >= 90% | |")
    return 0 if top1 >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
