"""On treatment that lowers white cells, a temperature of 37.5 °C (99.5 °F) is already a call now: Cancer Research UK
and the HSE say to call the 24-hour line from 37.5 °C, US pages from 38.0 °C, and the earlier call is the safer one.
Treatments that keep white cells keep 38.0 °C as the fever line. Before, 37.5 to 37.9 °C on chemo waited for the
next visit."""

import pytest


@pytest.mark.parametrize(("question", "headline"), [
    ("my temp is 37.6 and I had FOLFOX last week", "Call your care team now"),
    ("temperature 99.7 F on docetaxel", "Call your care team now"),
    ("my temp is 37.3 and I had FOLFOX last week", "Tell your care team at your next visit"),
    ("my temp is 37.6, I'm on anastrozole", "Tell your care team at your next visit"),
])
def test_the_line(composer, question, headline) -> None:  # noqa: ANN001
    notice = composer.answer(question).notices[0]
    assert notice.text.startswith(headline), (question, notice.text)


def test_the_reason_names_both_lines(composer) -> None:  # noqa: ANN001
    text = composer.answer("my temp is 37.8 on FOLFOX").notices[0].text
    assert "37.5 °C" in text and "38.0 °C" in text
