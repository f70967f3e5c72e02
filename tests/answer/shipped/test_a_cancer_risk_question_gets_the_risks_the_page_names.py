"""What raises the risk of a cancer, who gets it and which names mean the same cancer, asked as people ask it, gets
the facts the cancer page now holds (NCI, ACS, Cancer.Net, MedlinePlus, IMWG 2010, Hashibe 2009): each was missing
from its page before, so the answer could not show it. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("besides hpv, what else makes cervical cancer more likely", ["smok", "hiv", "birth-control", "children"]),
    ("my son had a testicle that didnt come down when he was a baby. does that make testicular cancer more likely",
     ["undescended", "20 to 35"]),
    ("i was told i have mgus. what are the odds it turns into myeloma", ["1 in 100", "year"]),
    ("does drinking make head and neck cancer more likely if you also smoke", ["together"]),
    ("my husband has cirrhosis. what signs of liver cancer should i watch for at home", ["jaundice"]),
    ("is uterine cancer always the same thing as endometrial cancer? my report says uterine", ["sarcoma"]),
    ("is cml hereditary", ["does not run in families"]),
])
def test_the_answer_shows_the_risk_facts_the_page_names(shown, question, facts) -> None:  # noqa: ANN001
    text = shown(question)
    assert [f for f in facts if f not in text] == []
