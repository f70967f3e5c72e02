"""Names people use for a plan that its page does not give (RVD for VRd, Dara-Rd for DRd) name that plan, and "what
are the pills in <plan>" asks what it is made of. "Dara-Rd" was read as Rd plus daratumumab. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "slug", "drugs"), [
    ("what are the pills in the rvd combo", "vrd-myeloma", ["bortezomib", "lenalidomide"]),
    ("my wife just got put on dara-rd, what's that", "drd-myeloma", ["daratumumab", "lenalidomide"]),
    # the "A" of A+AVD said as the drug: read as brentuximab alone before
    ("my son got bv-avd for hodgkin lymphoma, how many cycles is it", "brentuximab-avd-hodgkin", ["dacarbazine"]),
    ("brentuximab avd, how long is each cycle", "brentuximab-avd-hodgkin", ["dacarbazine"]),
])
def test_a_nickname_names_the_plan(composer, question, slug, drugs) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where.startswith(f"regimen {slug}")
    assert all(d in answer.direct[0].text for d in drugs)
