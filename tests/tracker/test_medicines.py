"""Other medicines: which cited interaction rules of the plan's cancer drugs concern each one, and nothing uncited."""

from pathlib import Path

import pytest
import yaml
from kbfixture import write_kb
from shippedkb import shipped_kb

from oncoguide.content import load_with_problems
from oncoguide.errors import InputError
from oncoguide.model import KnowledgeBase
from oncoguide.tracker.medicines import MOST, NO_RULE, advice, checked_entry


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return shipped_kb()


def rules_for(kb: KnowledgeBase, regimen: str, name: str) -> list[tuple[str, str, list[str]]]:
    found = advice(kb, kb.regimens[regimen].drugs, 1, name, None)
    return [(r.drug, r.because, [c.source for c in r.cite]) for r in found.rules]


def test_a_stomach_acid_medicine_brings_up_dasatinibs_cited_rule(shipped: KnowledgeBase) -> None:
    found = advice(shipped, shipped.regimens["dasatinib-cml"].drugs, 1, "Omeprazole", "20 mg each morning")
    assert [k.name for k in found.kinds] == ["medicine that lowers stomach acid"]
    assert {c.source for c in found.kinds[0].cite} >= {"openfda-ndc-omeprazole"}
    assert [(r.drug, r.because) for r in found.rules] == [("dasatinib", "medicine that lowers stomach acid")]
    assert "stomach acid" in found.rules[0].text and found.rules[0].cite[0].source == "sprycel-label"
    assert found.message == ""


def test_a_brand_name_and_a_name_the_rule_itself_gives_are_both_found(shipped: KnowledgeBase) -> None:
    assert [d for d, _, _ in rules_for(shipped, "ibrutinib-cll", "ELIQUIS")] == ["ibrutinib"]
    # Phenytoin is not in medicines.yaml, but capecitabine's own statement names it.
    assert rules_for(shipped, "capox-colorectal", "phenytoin") == [("capecitabine", "phenytoin", ["xeloda-label"])]
    assert rules_for(shipped, "capox-colorectal", "Warfarin")[0][:2] == ("capecitabine", "warfarin")


def test_no_rule_means_ask_your_pharmacist(shipped: KnowledgeBase) -> None:
    unknown = advice(shipped, shipped.regimens["dasatinib-cml"].drugs, 1, "acetaminophen", None)
    assert (unknown.kinds, unknown.rules, unknown.message) == ([], [], NO_RULE)
    # A known kind whose drugs give no rule about it: the kind is shown, no rule is made up.
    known = advice(shipped, shipped.regimens["capox-colorectal"].drugs, 1, "omeprazole", None)
    assert known.kinds and not known.rules and known.message == NO_RULE


def test_inducers_and_blockers_are_not_mixed_up(shipped: KnowledgeBase) -> None:
    # Abemaciclib has a blocker rule and an inducer rule: rifampin (an inducer) gets only the second.
    rules = advice(shipped, ["abemaciclib"], 1, "rifampin", None).rules
    assert [r.text.split(",")[0] for r in rules] == ["Strong CYP3A inducers"]


def test_every_rule_and_kind_shown_for_every_regimen_is_cited(shipped: KnowledgeBase) -> None:
    assert shipped.medicines is not None
    names = [n for m in shipped.medicines.medicines for n in m.names] + ["phenytoin", "Seville oranges"]
    shown = 0
    for regimen in shipped.regimens.values():
        for name in names:
            found = advice(shipped, regimen.drugs, 1, name, None)
            for item in [*found.rules, *found.kinds]:
                assert item.cite and all(c.source in shipped.sources for c in item.cite)
            shown += len(found.rules)
    assert shown > 20


@pytest.mark.parametrize(("name", "note", "existing", "message"), [
    ("   ", None, [], "Give the medicine's name"),
    ("x" * 101, None, [], "100 characters at most; this one has 101"),
    ("<script>", None, [], "does not look like a medicine name"),
    ("aspirin", "n" * 201, [], "A note can be 200 characters"),
    ("st john's wort", None, ["St. John’s wort"], "already on your list"),
    ("aspirin", None, [f"m{i}" for i in range(MOST)], "30 other medicines at most"),
])
def test_bad_entries_get_one_clear_message(name: str, note: str | None, existing: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        checked_entry(name, note, existing)


def test_entries_are_tidied(tmp_path: Path) -> None:
    assert checked_entry("  Vitamin   B12 (1000 mcg) ", "  once a day ", ["aspirin"]) == ("Vitamin B12 (1000 mcg)", "once a day")


def _medicines_file(root: Path, body: dict) -> list[str]:
    (root / "medicines.yaml").write_text(yaml.safe_dump(body), encoding="utf-8")
    _, problems = load_with_problems(root)
    return [str(p) for p in problems]


def test_validate_fails_on_an_unknown_kind_or_a_missing_citation(tmp_path: Path) -> None:
    root = write_kb(tmp_path / "content")
    kinds = [{"id": "blood-thinner", "name": "blood thinner", "terms": ["blood thinner"]}]
    ok = {"classes": kinds, "medicines": [{"name": "warfarin", "classes": ["blood-thinner"], "cite": ["revlimid-label § 7.3"]}]}
    assert _medicines_file(root, ok) == []
    unknown = {"classes": kinds, "medicines": [{"name": "warfarin", "classes": ["blod-thinner"], "cite": ["revlimid-label"]}]}
    assert any("medicines.yaml" in p and "unknown kind of medicine 'blod-thinner'" in p for p in _medicines_file(root, unknown))
    uncited = {"classes": kinds, "medicines": [{"name": "warfarin", "classes": ["blood-thinner"]}]}
    assert any("medicines[0].cite: required field is missing" in p for p in _medicines_file(root, uncited))
    bad_source = {"classes": kinds, "medicines": [{"name": "warfarin", "classes": ["blood-thinner"], "cite": ["nowhere"]}]}
    assert any("unknown source 'nowhere'" in p for p in _medicines_file(root, bad_source))
