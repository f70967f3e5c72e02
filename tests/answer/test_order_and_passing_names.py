"""Two things a reader noticed going wrong: asking which medicine goes in first on a shared day got the plan's
schedule instead of the drug's line on the order; and a medicine that a page names only in passing, in brackets
beside its other name, was answered from that line instead of being said to be outside our sources."""

import dataclasses
import gc
import weakref

import pytest
from test_replies import KB, ask, first_line

from oncoguide.answer.passing_names import named_in_passing


@pytest.mark.parametrize("question, said", [
    ("My mother gets Imfinzi plus chemo for her small cell lung cancer. On the same day, which one do they run first?",
     "before chemo"),
    ("Keytruda and chemo are both due tomorrow - which of them goes in first?", "pembrolizumab goes first"),
    ("He gets Opdivo with Yervoy. In what order are they given?", "nivolumab is given first"),
])
def test_which_goes_first_on_a_shared_day_leads_with_the_line_on_order(question, said):
    assert said in first_line(ask(question))


def test_the_order_line_names_the_other_medicine_asked():
    line = first_line(ask("Tecentriq and Avastin for my liver cancer: which one is given first?"))
    assert "atezolizumab first" in line or "after atezolizumab" in line


@pytest.mark.parametrize("question", [
    "Which drug is the first treatment for extensive small cell lung cancer with Imfinzi?",
    "Stivarga for my GIST: which medicine do doctors usually try first?",
])
def test_a_first_treatment_is_not_an_order_within_a_day(question):
    assert "same day" not in first_line(ask(question))


@pytest.mark.parametrize("question, name", [
    ("Do I need vitamin D pills while I get Xgeva injections for my bones?", "xgeva"),
    ("Does denosumab make your jaw hurt?", "denosumab"),
    ("Can I use Benadryl to sleep better at night?", "benadryl"),
])
def test_a_medicine_named_only_in_passing_is_not_covered(question, name):
    assert name in named_in_passing(KB)
    answer = ask(question)
    assert any(f"does not cover {name}" in n.text.lower() for n in answer.notices)


def test_a_medicine_named_in_passing_beside_one_of_ours_is_still_answered():
    answer = ask("Why am I given Benadryl before each Erbitux drip?")
    assert not any("does not cover" in n.text for n in answer.notices)
    assert "reaction" in first_line(answer)


def test_everyday_words_in_brackets_are_no_medicine():
    assert not {"tiredness", "fatigue", "tylenol", "capox"} & named_in_passing(KB)


def test_two_knowledge_bases_keep_their_own_names_in_passing():
    # A server beside a second knowledge base (benchmarks/ask_cpu.py has two) rebuilt the list at every switch:
    # ~70 ms of CPU on each question that asks it, a quarter of a second at the first.
    other = dataclasses.replace(KB)
    ours = named_in_passing(KB)
    assert named_in_passing(other) == ours
    assert named_in_passing(KB) is ours


def test_the_names_in_passing_keep_no_knowledge_base_alive():
    other = dataclasses.replace(KB)
    named_in_passing(other)
    gone = weakref.ref(other)
    del other
    gc.collect()
    assert gone() is None
