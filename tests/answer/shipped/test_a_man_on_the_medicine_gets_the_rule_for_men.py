"""A question on a man taking the medicine ("my husband is on it", "does he need a condom?", "can I get my wife
pregnant?") is answered first by the page's rule for men, not by its rule for women who could get pregnant. Shipped
knowledge base."""


def test_a_husband_on_the_pills_gets_the_rule_for_men(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my husband is on xeloda, do we need birth control")
    assert answer.direct and "men with a partner" in answer.direct[0].text.lower()


def test_a_boyfriend_asking_about_condoms_hears_what_the_rule_says_of_men(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my boyfriend is on keytruda, does he need to use a condom")
    assert answer.direct and "rule for men" in answer.direct[0].text.lower()


def test_a_woman_asking_still_gets_the_rule_for_women(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can i get pregnant while on xeloda")
    assert answer.direct and "men with a partner" not in answer.direct[0].text.lower()
