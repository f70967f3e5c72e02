import pytest

from oncoguide.answer import Composer, Passage, PassageSource, check


def test_chemo_question_gets_a_direct_cited_no(ask):
    a = ask("Is lenalidomide chemotherapy?")
    assert a.direct[0].text.startswith("No. ")
    label = a.references[a.direct[0].refs[0] - 1]
    assert label.kind == "fda_label" and "REVLIMID" in label.citation and "12.1" in label.sections


def test_website_claim_is_shown_as_a_disagreement_not_as_guidance(ask, kb):
    a = ask("Is Revlimid chemo?")
    assert len(a.disagreements) == 1
    sides = [a.references[c.refs[0] - 1].kind for c in a.disagreements[0].claims]
    assert sides == ["fda_label", "website"]
    guideline_refs = {n for g in a.guidelines for i in g.items for n in i.refs}
    assert all(a.references[n - 1].kind != "website" for n in guideline_refs)


def test_research_statements_go_under_research(ask, kb):
    a = ask("What are the side effects of lenalidomide?")
    research = [i for g in a.research for i in g.items]
    assert any("thrombocytopenia" in i.text for i in research)
    assert all(any(a.references[n - 1].kind == "research" for n in i.refs) for i in research)
    pmid_ref = next(r for r in a.references if r.kind == "research")
    assert "PMID 21715006" in pmid_ref.citation and pmid_ref.link == "https://pubmed.ncbi.nlm.nih.gov/21715006/"


def test_plain_words_find_the_medical_side_effect(ask):
    a = ask("Can Revlimid give me blood clots?")
    shown = " ".join(i.text for i in a.cited())
    assert "thrombo" in shown or "blood clot" in shown
    assert "neutropenia" not in shown  # only the side effects the question is about


def test_several_sides_get_sub_headings(ask):
    a = ask("How does lenalidomide work and what are its side effects?")
    headings = [g.heading for g in (*a.guidelines, *a.research)]
    assert "How it works" in headings and "Side effects" in headings


def test_missed_dose_direct_reply(ask):
    a = ask("I missed my lenalidomide dose this morning, what now?")
    assert "12 hours" in a.direct[0].text


def test_emergency_comes_first(ask):
    # A fever on a drug that lowers white cells: the shared rules say call the care team now, cited, first.
    a = ask("I have a fever and chills on Revlimid")
    assert a.notices[0].level == "call_now" and a.notices[0].text.startswith("Call your care team now")
    assert a.notices[0].refs and not check(a)
    chest = ask("my dad has chest pain right now, he takes lenalidomide")
    assert chest.notices[0].level == "emergency" and "911" in chest.notices[0].text
    assert not any(n.level == "no_answer" for n in chest.notices)  # the rules answered; no "we cannot answer"


@pytest.mark.parametrize("question", ["Can Revlimid cause seizures?", "What is febrile neutropenia?",
                                      "How common are blood clots on lenalidomide?", "What if I get a fever?"])
def test_questions_about_symptoms_are_not_alarms(ask, question):
    assert not any(n.level in ("emergency", "call_now") for n in ask(question).notices)


def test_personal_decision_says_ask_your_care_team_and_gives_sources(ask):
    a = ask("Can I double my dose of lenalidomide if I missed one?")
    assert any(n.level == "ask_team" for n in a.notices)
    assert a.direct and "skip" in a.direct[0].text  # what the label says, not an instruction of ours


def test_unanswerable_question_says_so_and_points_to_pages(ask):
    a = ask("What is the best diet for MDS?")
    assert not a.guidelines and not a.research and not a.direct
    assert a.notices[-1].level == "no_answer"
    assert [p.slug for p in a.see_also] == ["myelodysplastic-syndromes"]


def test_references_numbered_in_order_of_first_use_one_per_source(ask):
    a = ask("What are the side effects of lenalidomide and how does it work?")
    assert [r.number for r in a.references] == list(range(1, len(a.references) + 1))
    assert len({r.source_id for r in a.references}) == len(a.references)


class FakePassages:
    def __init__(self, passages, embedded=None):
        self.passages = passages
        self.searched_by_meaning = (len(passages) if embedded is None else embedded, len(passages))

    def search(self, words, k, text=None):
        return self.passages[:k]


def test_source_passages_are_quoted_with_their_pmid(kb, ask):
    src = PassageSource(id="pmid:123", kind="research", citation="Doe J et al. A trial. 2020. PMID 123.",
                        link="https://pubmed.ncbi.nlm.nih.gov/123/")
    passages = FakePassages([
        Passage("Thalidomide was given to mice.", src),  # does not name the drug asked about: left out
        Passage("Patients took lenalidomide daily. Neutropenia was the most common grade 3 event. "
                "The study was funded by a company. Rash was rare.", src),
    ])
    a = ask("Does lenalidomide cause neutropenia?", Composer(kb, passages))
    quoted = [i for g in a.research for i in g.items if i.origin == "passage"]
    assert len(quoted) == 1 and "Neutropenia was the most common" in quoted[0].text
    assert "funded" not in quoted[0].text
    assert a.references[quoted[0].refs[0] - 1].source_id == "pmid:123"


def test_passages_off_the_question_or_from_another_drugs_label_are_left_out(kb, ask):
    other_label = PassageSource(id="label:x", kind="fda_label", citation="HUMIRA (adalimumab) injection.", link=None)
    own_label = PassageSource(id="label:y", kind="fda_label", citation="REVLIMID (lenalidomide) capsules.", link=None)
    article = PassageSource(id="pmid:9", kind="research", citation="Roe R. 2021. PMID 9.", link=None)
    passages = FakePassages([
        Passage("Neutropenia was reported with lenalidomide given with adalimumab.", other_label),
        Passage("Lenalidomide improved survival in a large trial.", article),  # not about neutropenia
        Passage("Neutropenia occurred in most patients on lenalidomide.", own_label),
    ])
    a = ask("Does lenalidomide cause neutropenia?", Composer(kb, passages))
    quoted = [(i.text, g) for g in (*a.guidelines, *a.research) for i in g.items if i.origin == "passage"]
    assert [t for t, _ in quoted] == ["Neutropenia occurred in most patients on lenalidomide."]
    assert any(i.origin == "passage" for g in a.guidelines for i in g.items)  # a label passage is guidance


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = st.sampled_from(["dose", "what", "is", "the", "of", "how", "many", "cycles", "pill", "food", "with", "stop",
                         "blood", "clots", "Revlimid", "lenalidamide", "MDS", "mean", "?", "7+3", "R-CHOP", "skip"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, min_size=1, max_size=10).map(" ".join) | st.text(max_size=60))
def test_any_question_gets_a_checked_answer_or_a_clear_refusal(composer, question):
    from oncoguide.answer import check
    from oncoguide.errors import InputError

    try:
        answer = composer.answer(question)
    except InputError as exc:
        assert str(exc)
        return
    assert check(answer) == []


def test_an_answer_says_how_many_stored_passages_were_searched_by_meaning(kb, ask):
    src = PassageSource(id="pmid:5", kind="research", citation="Doe J. 2020. PMID 5.", link=None)
    stored = [Passage(f"Lenalidomide study {i}: neutropenia was seen.", src) for i in range(4)]
    partly = ask("Does lenalidomide cause neutropenia?", Composer(kb, FakePassages(stored, embedded=3)))
    assert partly.search_note == "3 of 4 stored source passages are searched by meaning; the others only by their words."
    every = ask("Does lenalidomide cause neutropenia?", Composer(kb, FakePassages(stored)))
    assert every.search_note is None  # all embedded: nothing to say
