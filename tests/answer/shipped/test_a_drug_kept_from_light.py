"""A drip bag or vial kept covered ("why is the bag wrapped in foil?", "does it have to be protected from light?")
asks why the drug is kept from light: the named drug's line that says so answers first, wherever its page writes it
(how it is stored, or how it is given). Shipped knowledge base."""

from oncoguide.answer import check


def test_a_covered_bag_gets_the_light_rule(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how come the nurse covers up my velcade bag?")
    assert check(answer) == []
    assert answer.direct and "light" in answer.direct[0].text.lower()
    assert answer.direct[0].where.startswith("drug bortezomib")


def test_a_wrapped_bag_leads_with_light_not_a_line_sharing_other_words(composer) -> None:  # noqa: ANN001
    # "iv" is read as "infusion", which a line on medicines before the infusion also holds: it must not lead
    answer = composer.answer("why do they wrap the opdivo iv bag in foil")
    assert answer.direct and "light" in answer.direct[0].text.lower()


def test_a_cover_on_the_drip_gets_the_light_rule(shown) -> None:  # noqa: ANN001
    assert "keep out light" in shown("why does the cyramza drip have a cover on it")
