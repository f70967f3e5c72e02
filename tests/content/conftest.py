"""Shared checks on the shipped knowledge base: glossary definitions, and what an answer shows with a citation."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.content.readability import grade


@pytest.fixture(scope="session")
def definition_says() -> Callable[[str, list[str]], None]:
    """A check that a glossary word's definition says each fact, reads at grade 8 or below and stays under 700
    characters: a definition that grows to answer the next question must stay short and plain."""
    kb = shipped_kb()

    def check(slug: str, facts: list[str]) -> None:
        text = kb.glossary[slug].definition
        assert all(f in text for f in facts), (slug, text)
        assert grade(text) <= 8 and len(text) <= 700, (slug, grade(text), len(text))
    return check


@pytest.fixture(scope="session")
def cited_answer_text() -> Callable[[str], str]:
    """What an answer to a question shows as cited evidence, lower-cased: the echoed question never counts, so a
    fact passes only when a cited line says it."""
    composer = shipped_composer()

    def text(question: str) -> str:
        answer = composer.answer(question)
        items = [*answer.direct, *(i for g in (*answer.guidelines, *answer.research) for i in g.items)]
        return " ".join(i.text for i in items if i.refs).lower()
    return text


@pytest.fixture(scope="session")
def answer_shows(cited_answer_text: Callable[[str], str]) -> Callable[[str, list[str]], None]:
    """A check that the cited lines answering a question say every one of the facts (written lower-case)."""
    def check(question: str, facts: list[str]) -> None:
        text = cited_answer_text(question)
        assert all(f in text for f in facts), (question, text[:3000])
    return check


@pytest.fixture(scope="session")
def cited_lead() -> Callable[[str], str]:
    """The line an answer leads with, lower-cased, when it carries a citation ("" otherwise)."""
    composer = shipped_composer()

    def lead(question: str) -> str:
        answer = composer.answer(question)
        return answer.direct[0].text.lower() if answer.direct and answer.direct[0].refs else ""
    return lead
