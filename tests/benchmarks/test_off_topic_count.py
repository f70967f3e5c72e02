"""Issue 11: the held-out scorer counts as off-topic only statements about a drug or regimen the question did not
name; a drug's own single-drug plans, a cancer named in a question without `about`, and the definition of the word
asked about are on topic."""

import sys
from pathlib import Path

import pytest

from oncoguide.model import Answer, Cited, Reference

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import heldout_answers  # noqa: E402
from shippedkb import shipped_kb  # noqa: E402


@pytest.fixture(scope="module")
def names():  # noqa: ANN201
    return heldout_answers.Names(shipped_kb())


def _stray(names, about: set[str], *items: tuple[str, str]) -> list[str]:  # noqa: ANN001
    answer = Answer(question="q", direct=[Cited(text=t, refs=[1], where=w) for w, t in items],
                    references=[Reference(number=1, source_id="s", kind="fda_label", citation="L")])
    return [i.where for i in names.off_topic(answer, names.named(about))]


def test_a_drugs_single_drug_plan_answers_a_question_about_that_drug(names) -> None:  # noqa: ANN001
    assert _stray(names, {"ibrutinib"}, ("regimen ibrutinib-cll: schedules", "In Ibrutinib: 420 mg a day.")) == []


def test_a_plan_made_only_of_the_drugs_named_is_on_topic_and_one_with_another_drug_is_not(names) -> None:  # noqa: ANN001
    both = {"nivolumab", "ipilimumab"}
    assert _stray(names, both, ("regimen nivolumab-ipilimumab-kidney: duration", "4 doses.")) == []
    assert _stray(names, {"nivolumab"}, ("regimen nivolumab-ipilimumab-kidney: duration", "4 doses.")) == \
        ["regimen nivolumab-ipilimumab-kidney: duration"]


def test_a_cancer_named_in_a_question_without_about_brings_its_regimens(names) -> None:  # noqa: ANN001
    about = names.in_question("Is lenalidomide used for MDS?")
    assert "myelodysplastic-syndromes" in about
    assert "lenalidomide-del5q-mds" in names.named(about)


def test_a_cancer_abbreviation_that_is_an_everyday_word_is_found_only_as_written(names) -> None:  # noqa: ANN001
    assert "acute-lymphoblastic-leukemia" in names.in_question("Is dasatinib used for ALL?")
    assert "acute-lymphoblastic-leukemia" not in names.in_question("Can I take all my pills at once?")


def test_a_cancer_abbreviation_typed_in_lower_case_names_it_as_oncoguide_reads_it(names) -> None:  # noqa: ANN001
    # a question typed in lower case names the cancer, so the cancer page's lines answering it are on topic
    assert "chronic-lymphocytic-leukemia" in names.in_question("my dad has cll, what does unmutated ighv mean")
    item = ("cancer chronic-lymphocytic-leukemia: what_is_it", "CLL is a cancer of white blood cells.")
    assert _stray(names, names.in_question("is cll hereditary"), item) == []


def test_a_cancer_whose_page_name_holds_brackets_is_named_by_either_part(names) -> None:  # noqa: ANN001
    # the page is "Bladder cancer (urothelial cancer)"
    assert "bladder-cancer" in names.in_question("my wife's bladder cancer is back, what now")
    assert "bladder-cancer" in names.in_question("is urothelial cancer the same thing")


def test_the_definition_of_the_word_asked_about_is_not_about_the_drug_it_gives_as_an_example(names) -> None:  # noqa: ANN001
    item = ("glossary parp-inhibitor", "PARP inhibitor: A targeted drug that blocks PARP. Olaparib is one.")
    assert _stray(names, set(), item) == []


def test_a_cancer_page_statement_is_about_its_cancer(names) -> None:  # noqa: ANN001
    item = ("cancer chronic-myeloid-leukemia: treatment_note", "Most people take a pill every day.")
    assert _stray(names, {"chronic-myeloid-leukemia"}, item) == []
    assert _stray(names, {"lenalidomide"}, item) == ["cancer chronic-myeloid-leukemia: treatment_note"]


def test_a_drug_the_question_names_by_brand_counts_as_named_where_about_forgot_it(names) -> None:  # noqa: ANN001
    about = names.asked_about({"q": "what makes abraxane different from regular taxol", "about": ["nab-paclitaxel"]})
    assert {"nab-paclitaxel", "paclitaxel"} <= about
    assert _stray(names, about, ("drug paclitaxel: summary", "Paclitaxel is a chemo drug.")) == []
