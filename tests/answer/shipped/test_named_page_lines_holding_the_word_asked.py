""""Does Tagrisso need any heart monitoring?": the monitoring field holds a heart tracing line, but the page's lines
on what the tests watch for (a weaker heart muscle, heart failure) hold the word asked as often, so they are shown
too. A word that only says when or how much ("week" in "Kyprolis once a week, what dose?") brings in no line the
schedule does not already answer. Shipped knowledge base."""


def shown(composer, question: str) -> str:  # noqa: ANN001
    return " ".join(i.text for i in composer.answer(question).cited()).lower()


def test_the_heart_lines_reach_a_heart_monitoring_question(composer) -> None:  # noqa: ANN001
    text = shown(composer, "does tagrisso need any heart monitoring")
    assert "heart tracing" in text or "ecg" in text
    assert "heart failure" in text or "heart muscle" in text


def test_the_spine_warning_reaches_a_question_on_the_spine(composer) -> None:  # noqa: ANN001
    text = shown(composer, "my son gets a spinal tap with chemo on the same day as his vincristine. "
                           "could the vincristine ever go in the spine")
    assert "fatal" in text


def test_a_word_of_when_brings_in_no_unrelated_line(composer) -> None:  # noqa: ANN001
    text = shown(composer, "kyprolis once a week with dex, what dose is that")
    assert "70 mg/m²" in text and "breastfeed" not in text
