"""Issue 11: *Where sources disagree* appears only when sources do disagree, never repeats the reply, and shows
a conflict recorded on a regimen page the answer draws on.

Questions are built from every drug of the shipped knowledge base, so new pages are tested as they land.
"""

import pytest
from test_replies import KB, ask

TEMPLATES = ["What should I do if I miss a dose of {}?", "Can {} harm my baby?", "Is {} chemo?",
             "What are the side effects of {}?", "How does {} work?", "What should I avoid while taking {}?"]


def cites_website(answer, item) -> bool:
    return any(answer.references[n - 1].kind == "website" for n in item.refs)


def cites_other(answer, item) -> bool:
    return any(answer.references[n - 1].kind != "website" for n in item.refs)


@pytest.mark.parametrize("drug", KB.drugs.values(), ids=lambda d: d.slug)
def test_a_disagreement_sets_a_website_against_another_source_and_never_repeats_the_reply(drug):
    for template in TEMPLATES:
        a = ask(template.format(drug.generic_name))
        reply = a.direct[0].text if a.direct else ""
        for d in a.disagreements:
            website = [c for c in d.claims if cites_website(a, c)]
            assert website, (a.question, d)
            assert all(c.text not in reply for c in website), f"{a.question!r}: the reply is repeated as a disagreement"
            other_side = [c for c in d.claims if c not in website or cites_other(a, c)] + a.direct
            assert any(cites_other(a, c) for c in other_side), f"{a.question!r}: a disagreement needs two sides"


def test_a_conflict_recorded_on_the_regimen_page_an_answer_draws_on_is_shown():
    a = ask("How often are blood counts checked on lenalidomide for MDS?")
    shown = [c.text for d in a.disagreements for c in d.claims]
    assert any("patient site" in t and "label" in t for t in shown)
