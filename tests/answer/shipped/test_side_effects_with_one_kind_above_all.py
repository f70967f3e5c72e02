""""Exemestane side effects? esp bones": the side effects in general are asked, one kind above all. The common ones
lead, by their plain names, and the page's line on the bones is still shown. Without "especially", a question
naming one kind ("exemestane and my bones") gets the lines on that kind alone. Shipped knowledge base."""


def test_the_common_side_effects_lead_and_the_bones_follow(composer) -> None:  # noqa: ANN001
    answer = composer.answer("exemestane side effects? esp bones")
    assert answer.direct and answer.direct[0].text.startswith("Side effects of exemestane include")
    assert "joint pain" in answer.direct[0].text
    assert any("bone" in i.text.lower() for i in answer.cited()[1:])


def test_one_kind_named_alone_gets_its_lines(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does exemestane cause thinner bones")
    assert answer.direct and not answer.direct[0].text.startswith("Side effects of exemestane include")
