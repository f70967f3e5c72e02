""""Imfinzi plus a second immunotherapy, what is the other drug?", "what other chemo drugs is oxaliplatin given
with?": the drug's use naming what it is given with is shown, also when that partner has no page of ours
(tremelimumab). Shipped knowledge base."""

import pytest

from oncoguide.answer.intents import PARTNERS_ASKED


def test_a_partner_without_a_page_is_named(shown) -> None:  # noqa: ANN001
    assert "tremelimumab" in shown("dad has liver cancer and the plan is imfinzi plus a one-time dose of a second "
                                   "immunotherapy. what is the other drug?")


def test_the_other_chemo_asked_leads_with_the_partners(first_line) -> None:  # noqa: ANN001
    assert "5-fu" in first_line("what other chemo drugs is oxaliplatin usually given with for colon cancer")


@pytest.mark.parametrize(("question", "asked"), [
    ("what is the other drug?", True),
    ("which other chemo drugs is it usually given with?", True),
    ("what other side effects can it cause?", False),
])
def test_which_questions_ask_for_the_partner(question, asked) -> None:  # noqa: ANN001
    assert bool(PARTNERS_ASKED.search(question)) is asked
