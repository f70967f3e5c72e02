"""Fixtures shared by the symptom-rule tests."""

import pytest
from shippedkb import shipped_kb

from oncoguide.model.triage import TriageRules


@pytest.fixture(scope="module")
def rules() -> TriageRules:
    """The shipped symptom rules, read once per test module."""
    triage = shipped_kb().triage
    assert triage is not None
    return triage
