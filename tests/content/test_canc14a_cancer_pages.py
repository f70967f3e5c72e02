"""Cancer pages answer what people ask about the cancer itself (issue #11, canc14a): survival by age or stage, whether
it can be cured, who gets it, where it spreads, its main types, whether it runs in families, its signs. Each fact
shows in the answer with a reference to the source it came from. Shipped knowledge base."""


import pytest
from shippedkb import shipped_composer

from oncoguide.answer import Composer
from oncoguide.model.answer import Answer

# question (our own words) -> words of the new line it must show, and the source that line is cited to
ASKED = [
    ("how many people survive aml at different ages", "62 in 100 (62%)", "ccs-aml-survival"),
    ("what are the odds with stage 4 hodgkin lymphoma", "73 in 100 (73%) for stage 4",
     "cancernet-hodgkin-statistics-2019"),
    ("is chronic lymphocytic leukemia curable", "only rarely", "acs-cll-after-treatment"),
    ("how old is the typical person with bladder cancer", "average age when it is found is 73",
     "acs-bladder-key-statistics-2015"),
    ("where does breast cancer usually spread", "bones, lungs, liver or brain", "mayo-where-breast-cancer-spreads"),
    ("what kinds of cervical cancer are there", "squamous cell carcinoma", "canceraustralia-cervical-types"),
    ("is glioblastoma hereditary", "li-fraumeni", "moffitt-gbm-hereditary"),
    ("what symptoms does chronic myeloid leukemia cause", "under the left ribs", "acs-cml-signs-2015"),
    ("where does head and neck cancer go when it spreads", "lymph nodes in the neck", "premierhealth-head-neck-spread"),
    ("what is the 5 year survival rate for follicular lymphoma", "91.6%", "xie-2022-nhl-relative-survival"),
    ("what are the types of endometrial cancer", "endometrioid adenocarcinoma", "columbia-uterine-classification"),
    ("what are the signs of acute lymphoblastic leukemia", "liver and spleen", "acs-all-signs"),
    ("what is the 5 year survival for colon cancer in people under 50", "95.8%", "mayo-colon-survival-2025"),
    ("my sisters breast cancer went to her hip bone, is it bone cancer now", "still breast cancer", "nci-metastatic-cancer"),
    ("does hpv throat cancer do better than the smoking kind", "65 in 100 (65%)", "goodman-2015-hpv-oropharynx-survival"),
    ("is there a urine screening test for bladder cancer", "not for people without signs", "uspstf-bladder-2011"),
]


@pytest.fixture(scope="module")
def composer() -> Composer:
    return shipped_composer()


def sources_of(answer: Answer, words: str) -> set[str]:
    """The source ids cited by the shown items that say `words` (empty when no shown item says them)."""
    ids = {r.number: r.source_id for r in answer.references}
    return {ids[n] for item in answer.cited() if words in item.text.lower() for n in item.refs}


@pytest.mark.parametrize(("question", "words", "source"), ASKED)
def test_the_answer_shows_the_fact_with_its_source(composer: Composer, question: str, words: str, source: str) -> None:
    assert source in sources_of(composer.answer(question), words.lower())


@pytest.mark.parametrize(("question", "words"), [
    ("what is the survival rate for aml by age", "62 in 100"),
    ("survival rate for stage 3 hodgkin lymphoma", "83 in 100 (83%) for stage 3"),
    ("can cll be cured", "only rarely"),
    ("does glioblastoma run in families", "almost never"),
    ("what are the types of cervical cancer", "squamous cell carcinoma"),
])
def test_the_reply_leads_with_it(composer: Composer, question: str, words: str) -> None:
    answer = composer.answer(question)
    assert answer.direct and words in answer.direct[0].text.lower()
