"""Fixtures for the sources tests: the real files in ../shared (skipped when absent) and a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest
from sources_fixtures import shared_file


@pytest.fixture
def humira() -> Path:
    return shared_file("openfda", "humira.xml")


@pytest.fixture
def lipitor() -> Path:
    return shared_file("openfda", "lipitor-orig.xml")


@pytest.fixture
def baseline() -> Path:
    return shared_file("pubmed", "medline16n0902.xml.gz")


@pytest.fixture
def engine(tmp_path: Path):  # noqa: ANN201
    from oncoguide.store import open_engine

    return open_engine(f"sqlite:///{tmp_path / 'test.sqlite'}")
