"""Issue 11: "his liver cancer grew on Nexavar, can Stivarga be used?" names two drugs but asks about one. The drug said
as the treatment that stopped working ("grew on X", "X failed", "after X stopped working", "was on X before", "already had X") is
not asked about: its page does not lead or fill the answer, and the plan asked about is the new drug's own, not a
first plan that adds other drugs to it. A question that names it again, to compare, still asks about both. Shipped
knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "asked", "before"), [
    ("my wife's liver cancer grew on nexavar. is stivarga an option now?", ["regorafenib"], ["sorafenib"]),
    ("tagrisso failed, what side effects does alecensa have?", ["alectinib"], ["osimertinib"]),
    ("the gleevec for his cml stopped working. what dose of sprycel?", ["dasatinib"], ["imatinib"]),
    ("he progressed on xtandi, how is zytiga taken?", ["abiraterone"], ["enzalutamide"]),
    ("ibrance didn't work for her, how does verzenio work?", ["abemaciclib"], ["palbociclib"]),
    ("she was on tarceva before. is tagrisso chemo?", ["osimertinib"], ["erlotinib"]),
    ("after lenvima failed, how long do people stay on cabometyx?", ["cabozantinib"], ["lenvatinib"]),
    # "already had": a treatment done with
    ("he already had taxotere, is xtandi an option now?", ["enzalutamide"], ["docetaxel"]),
    # two drugs before, said in one breath
    ("his gist grew on gleevec and then on sutent. is stivarga used for that?", ["regorafenib"],
     ["imatinib", "sunitinib"]),
])
def test_the_drug_that_stopped_working_is_not_asked(kb, question, asked, before) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.drugs == asked
    assert sorted(q.past_drugs) == before


@pytest.mark.parametrize(("question", "drugs"), [
    # named again to compare: both are asked
    ("nexavar stopped working. is stivarga better than nexavar for liver cancer?", {"regorafenib", "sorafenib"}),
    # no other drug named: the one that stopped working is what is asked
    ("revlimid stopped working, what happens now?", {"lenalidomide"}),
    # a clause between the drug and "failed" makes it no past treatment
    ("can tasigna be used when the first pill failed?", {"nilotinib"}),
    # still taken, not done with: both are asked
    ("she already takes dexamethasone, can she take revlimid with it?", {"dexamethasone", "lenalidomide"}),
])
def test_a_drug_asked_about_stays_asked(kb, question, drugs) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert set(q.drugs) == drugs
    assert q.past_drugs == []


def test_the_past_drugs_page_does_not_fill_the_answer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my husband's liver cancer grew on nexavar. can stivarga be used for liver cancer?")
    pages = {(i.where or "").split(":")[0] for i in [*answer.direct, *(i for g in answer.guidelines for i in g.items)]}
    assert "drug sorafenib" not in pages, pages
    assert "drug regorafenib" in pages, pages


def test_the_new_drug_alone_after_the_old_one_leads_with_its_own_trial(first_line) -> None:  # noqa: ANN001
    # AXIS gave axitinib alone after a first treatment; KEYNOTE-426 (with pembrolizumab) was a first treatment
    line = first_line("his kidney cancer progressed on sutent and now he is on inlyta. how did inlyta do in its trial?")
    assert "axis" in line and "keynote" not in line, line


def test_a_plain_ask_after_a_drug_that_failed_gets_the_new_drugs_uses(composer) -> None:  # noqa: ANN001
    # nothing else asked: whether the new drug is used after the old one is what its uses say
    answer = composer.answer("ibrance didn't work, can she take verzenio?")
    assert "uses" in answer.intents
    wheres = [i.where or "" for g in answer.guidelines for i in g.items]
    assert any(w.startswith("drug abemaciclib: uses") for w in wheres), wheres


def test_the_trial_after_the_drugs_that_failed_leads(composer) -> None:  # noqa: ANN001
    # GRID gave regorafenib after imatinib and sunitinib; CORRECT, the trial of its colorectal plan, is another
    # cancer; the pages of the two drugs that failed answer nothing asked
    answer = composer.answer("his gist grew on gleevec and then sutent, now stivarga. how well did it work in the study?")
    line = answer.direct[0].text.lower()
    assert "grid" in line and "correct" not in line, line
    pages = {(i.where or "").split(":")[0] for g in (*answer.guidelines, *answer.research) for i in g.items}
    assert not pages & {"drug imatinib", "drug sunitinib", "regimen imatinib-cml"}, pages


def test_the_dose_after_a_drug_that_failed_is_the_plans_schedule_for_after(first_line) -> None:  # noqa: ANN001
    # bosutinib's plan gives 500 mg "after earlier treatment", 400 mg for newly found CML (before: imatinib's dose led)
    line = first_line("my cml progressed on gleevec. what is the bosulif dose?").split(" other schedule")[0]
    assert "bosutinib 500 mg" in line, line
