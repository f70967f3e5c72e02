"""A plan's short name from its page (DKd, KRd, Isa-Kd, R-CHOP, Ven-Aza...) names the plan however it is typed: any
case, with or without its hyphens or slashes; and the short names people use for a plan ("pom dex") also written as
one word. Read from the shipped regimen pages, not from a list. Shipped knowledge base."""

import re

import pytest

from oncoguide.answer.names import names
from oncoguide.answer.understand import understand


def _abbreviations(kb):  # noqa: ANN001, ANN202
    drugs = names(kb).drugs.index
    return [(r.slug, r.short_name) for r in kb.regimens.values() if r.short_name
            and sum(c.isupper() for c in r.short_name) >= 2 and r.short_name.lower() not in drugs]


def _same_plan(kb, slug: str, found: list[str]) -> bool:  # noqa: ANN001
    return slug in found or bool(set(found) & set(names(kb).namesakes[slug]))  # "Carbo/Taxol" is several pages


def test_every_short_name_is_found_in_any_case_and_without_hyphens(kb) -> None:  # noqa: ANN001
    missed = []
    for slug, short in _abbreviations(kb):
        joined = re.sub(r"[-/]", "", short).lower()  # "R-CHOP" -> "rchop"; a name with spaces is no one word
        hyphenated = re.fullmatch(r"[A-Za-z0-9]+([-/][A-Za-z0-9]+)+", short) and len(joined) >= 4
        for typed in {short.lower(), short.upper(), *([joined] if hyphenated else [])}:
            if not _same_plan(kb, slug, understand(kb, f"how many cycles of {typed} for my mom").regimens):
                missed.append((slug, typed))
    assert len(_abbreviations(kb)) > 20 and not missed


@pytest.mark.parametrize(("typed", "slug"), [("pomdex", "pomalidomide-dexamethasone-myeloma"),
                                             ("lendex", "lenalidomide-dexamethasone-myeloma")])
def test_a_spaced_nickname_typed_as_one_word_names_the_plan(kb, typed, slug) -> None:  # noqa: ANN001
    assert understand(kb, f"side effects of {typed}?").regimens == [slug]
