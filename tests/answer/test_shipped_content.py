"""The headline questions of issue 5 on the content that ships (skips when content/ has no drugs yet)."""

from pathlib import Path

import pytest
from shippedkb import shipped_composer

from oncoguide.answer import check

CONTENT = Path(__file__).resolve().parents[2] / "content"
pytestmark = pytest.mark.skipif(not (CONTENT / "drugs" / "lenalidomide.yaml").exists(),
                                reason="the shipped content has no lenalidomide page yet")


@pytest.fixture(scope="module")
def composer():

    return shipped_composer()


def _ask(composer, q):
    answer = composer.answer(q)
    assert check(answer) == []
    return answer


def test_is_lenalidomide_chemotherapy(composer):
    a = _ask(composer, "Is lenalidomide chemotherapy?")
    assert a.direct[0].text.startswith("No. ")
    assert a.references[a.direct[0].refs[0] - 1].kind == "fda_label"
    # a patient website that calls it chemotherapy is shown beside the label, never as guidance
    kinds = {a.references[n - 1].kind for d in a.disagreements for c in d.claims for n in c.refs}
    assert {"fda_label", "website"} <= kinds


@pytest.mark.parametrize("q, fact", [
    ("Can Revlimid give me blood clots?", "venous thromboembolism"),
    ("Does dexamethasone cause trouble sleeping?", "insomnia"),
    ("I missed a dose of Revlimid", "12 hours"),
    ("Is azacitidine chemotherapy?", "Yes."),
])
def test_answers_hold_the_fact(composer, q, fact):
    a = _ask(composer, q)
    assert fact.lower() in " ".join(i.text for i in a.cited()).lower()


@pytest.mark.parametrize("q, reply", [
    ("Can I take tamoxifen if I am pregnant?", "Tamoxifen can harm an unborn baby."),
    ("Can I donate blood on thalidomide?", "Do not donate blood"),
    ("What is imatinib used for?", "It is used for CML"),
])
def test_one_sided_questions_get_a_direct_reply_not_a_list_of_side_effects(composer, q, reply):
    a = _ask(composer, q)
    assert a.direct and reply in a.direct[0].text
    assert "side_effects" not in a.intents  # "pregnant" and "donate blood" are not symptoms
