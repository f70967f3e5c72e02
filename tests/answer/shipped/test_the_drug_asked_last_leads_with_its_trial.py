"""A question that tells of two treatments and then asks how one did ("the options are Brukinsa or BR ... did
Brukinsa keep it in check longer?", "the doctor mentioned Yervoy too ... did Keytruda beat Yervoy?") leads with the
trial of the drug its last sentence asks about, set against the other; "how did it do in its main study?" asks how
well it worked. Shipped knowledge base."""

import pytest
from shippedkb import shipped_kb

from oncoguide.answer import check
from oncoguide.answer.trial_pool import compared_with
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("for my cll the options are brukinsa or bendamustine with rituxan. in the trial, did brukinsa keep it in check "
     "longer?", "sequoia"),
    ("my husband has melanoma that spread. the doctor mentioned yervoy too, but he starts keytruda. did keytruda beat "
     "yervoy in the trial?", "keynote-006"),
    ("he starts sutent for kidney cancer that spread. how did it do in its main study?", "750 people"),
    # the drug asked alone has its own trial: not the trial of its plan with a drug never named (nivolumab)
    ("his kidney cancer got worse on his first pill and now he takes cabometyx. how did cabometyx do against the "
     "other pill in the trial?", "meteor"),
    # the drug set against is told of before as a past treatment, and named again after "than"
    ("my dad has had velcade before for his myeloma and now the plan is kyprolis and dex. is kyprolis better than "
     "going back to velcade? what did the trial find", "endeavor"),
    # "compared with no Perjeta": Perjeta is what was added, Herceptin and docetaxel were given with it
    ("in the main perjeta study for her2 breast cancer that spread (given with herceptin and docetaxel), how long did "
     "people live compared with no perjeta?", "cleopatra"),
])
def test_the_first_line_is_the_trial_of_the_drug_asked(composer, question: str, said: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    line = answer.direct[0].text.lower() if answer.direct else ""
    assert said in line, line


@pytest.mark.parametrize(("question", "against"), [
    # told of first as a past treatment, then set against after "than": Velcade is what Kyprolis was compared with
    ("my dad has had velcade before for his myeloma and now the plan is kyprolis and dex. is kyprolis better than "
     "going back to velcade? what did the trial find", {"bortezomib"}),
    # "compared with no Perjeta": nothing named was the other arm; Herceptin and docetaxel were given with Perjeta
    ("in the main perjeta study for her2 breast cancer that spread (given with herceptin and docetaxel), how long did "
     "people live compared with no perjeta?", set()),
])
def test_what_the_drug_asked_was_set_against(question: str, against: set[str]) -> None:
    kb = shipped_kb()
    assert compared_with(kb, understand(kb, question)) == against
