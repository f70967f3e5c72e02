"""Still having periods is being before menopause: asked whether a hormone pill is for her, the answer shows the
lines saying whom the pill is for (women past menopause) rather than declining. Shipped knowledge base."""


def test_still_having_periods_finds_whom_the_pill_is_for(shown) -> None:  # noqa: ANN001
    assert "past menopause" in shown("i am 44 and still get my period, can i take femara alone for my breast cancer")
