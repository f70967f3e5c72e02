"""The held-out benchmark sets and their scorers: the sets keep their promised coverage, the scorers count right."""

import sys
from pathlib import Path

import pytest
import yaml

from oncoguide.model import Answer, Cited, Notice, Reference
from oncoguide.search.pages import Ref

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import emergency_recognition  # noqa: E402
import heldout_answers  # noqa: E402
import page_search  # noqa: E402
from shippedkb import shipped_kb  # noqa: E402


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.fixture(scope="module")
def names(kb):  # noqa: ANN001, ANN201
    return heldout_answers.Names(kb)


def _sets(name: str) -> dict:
    return yaml.safe_load((BENCHMARKS / name).read_text(encoding="utf-8"))


def _answer(question: str, *texts: str, where: str | None = None, notice: str | None = None) -> Answer:
    items = [Cited(text=t, refs=[1], where=where) for t in texts]
    return Answer(question=question, direct=items,
                  notices=[Notice(level=notice, text="Call 911 now.")] if notice else [],
                  references=[Reference(number=1, source_id="s", kind="fda_label", citation="Label.")])


def test_a_fact_matches_whatever_the_typography() -> None:
    text = heldout_answers.shown_text(_answer("q", "Take 25mg on days 1 to 21 of each 28‑day cycle."))
    assert heldout_answers.missing_facts(["25 mg", ["days 1-21", "21 days"], "28-day"], text) == []


def test_a_share_matches_as_a_percent_or_as_so_many_in_100_but_not_per_100000() -> None:
    text = heldout_answers.shown_text(_answer("q", "About 98 in 100 are alive 5 years later; 1 in 100,000 get it."))
    assert heldout_answers.missing_facts(["98%", ["98 percent"], "1 in 100,000", "1%"], text) == ["1%"]


def test_a_fact_any_of_whose_wordings_appears_is_present_and_others_are_missing() -> None:
    text = heldout_answers.shown_text(_answer("q", "Take it with a meal."))
    assert heldout_answers.missing_facts([["with food", "with a meal"], "400 mg"], text) == ["400 mg"]


def test_the_echoed_question_and_the_references_do_not_count_as_an_answer() -> None:
    text = heldout_answers.shown_text(_answer("Is the dose 400 mg?", "Ask your team."))
    assert heldout_answers.missing_facts(["400 mg", "label"], text) == ["400 mg", "label"]


def test_an_item_from_another_drug_is_off_topic_and_from_the_named_drug_is_not(names) -> None:  # noqa: ANN001
    answer = Answer(question="q", references=[Reference(number=1, source_id="s", kind="fda_label", citation="L")],
                    direct=[Cited(text="a", refs=[1], where="drug dasatinib: summary"),
                            Cited(text="b", refs=[1], where="drug nilotinib: summary")])
    stray = names.off_topic(answer, names.named({"dasatinib"}))
    assert [i.where for i in stray] == ["drug nilotinib: summary"]


def test_a_named_regimen_brings_its_drugs_and_a_named_cancer_its_regimens(names) -> None:  # noqa: ANN001
    assert {"rituximab", "doxorubicin", "r-chop-dlbcl"} <= names.named({"r-chop-dlbcl"})
    assert {"imatinib-cml", "imatinib"} <= names.named({"chronic-myeloid-leukemia"})


def test_a_regimen_holding_the_named_drug_is_off_topic_only_in_the_strict_column(names) -> None:  # noqa: ANN001
    item = Cited(text="x", refs=[1], where="regimen pomalidomide-dexamethasone-myeloma: schedules")
    answer = Answer(question="q", direct=[item],
                    references=[Reference(number=1, source_id="s", kind="fda_label", citation="L")])
    named = names.named({"pomalidomide"})
    assert names.off_topic(answer, named) == [item]
    assert names.off_topic(answer, names.with_named_drugs(named)) == []


def test_a_quoted_passage_is_about_the_drugs_its_text_names(names) -> None:  # noqa: ANN001
    assert names.subjects(Cited(text="In the trial, Tasigna was given twice a day.", refs=[1])) == {"nilotinib"}


def test_names_in_a_question_include_brands_and_short_regimen_names_as_written(names) -> None:  # noqa: ANN001
    assert "lenalidomide" in names.in_question("is revlimid a chemo pill?")
    assert "r-chop-dlbcl" in names.in_question("how many cycles of R-CHOP")
    assert "lenalidomide-dexamethasone-myeloma" in names.in_question("what is Rd for myeloma")
    assert "lenalidomide-dexamethasone-myeloma" not in names.in_question("the third dose")


def test_the_held_out_questions_cover_every_drug_regimen_and_cancer(kb) -> None:  # noqa: ANN001
    questions = _sets("heldout_questions.yaml")["questions"]
    about = {slug for q in questions for slug in q["about"]}
    assert len(questions) >= 448
    # All 246 pages have blind questions (the 50 pages added in stop 17, e.g. ABVD, BEP, FOLFIRINOX, got theirs in s19).
    pages = set(kb.drugs) | set(kb.regimens) | set(kb.cancers)
    assert len(pages & about) >= 246
    assert about <= set(kb.drugs) | set(kb.regimens) | set(kb.cancers) | set(kb.glossary)
    for q in questions:
        assert 1 <= len(q["facts"]) <= 3, q["q"]
        assert all(isinstance(f, str) or all(isinstance(w, str) for w in f) for f in q["facts"]), q["q"]


def test_the_emergency_set_has_enough_of_each_kind_and_an_urgent_first_notice_counts() -> None:
    data = _sets("emergency_questions.yaml")
    assert len(data["emergency"]) >= 90 and len(data["ordinary"]) >= 110
    assert not set(data["emergency"]) & set(data["ordinary"])
    assert emergency_recognition.urgent(_answer("q", "x", notice="emergency"))
    assert not emergency_recognition.urgent(_answer("q", "x", notice="ask_team"))
    assert not emergency_recognition.urgent(_answer("q", "x"))


def test_every_wanted_page_exists(kb) -> None:  # noqa: ANN001
    queries = _sets("page_search_queries.yaml")["queries"]
    pages = ({f"drug:{s}" for s in kb.drugs} | {f"regimen:{s}" for s in kb.regimens}
             | {f"cancer:{s}" for s in kb.cancers} | {f"term:{s}" for s in kb.glossary})
    assert len(queries) >= 70
    for item in queries:
        wants = item["want"] if isinstance(item["want"], list) else [item["want"]]
        assert set(wants) <= pages, item["q"]


def test_a_glossary_hit_is_named_by_its_term_and_rank_looks_at_the_first_ten() -> None:
    glossary = Ref(kind="glossary", slug="", title="Neutropenia", anchor="neutropenia")
    assert page_search.key(glossary) == "term:neutropenia"
    assert page_search.key(Ref(kind="drug", slug="imatinib", title="Imatinib")) == "drug:imatinib"
    found = [f"drug:d{i}" for i in range(12)]
    assert page_search.rank(found, {"drug:d3"}) == 4
    assert page_search.rank(found, {"drug:d11"}) is None
    assert page_search.summary([1, 2, None, 4]) == (0.25, (1 + 0.5 + 0.25) / 4)
