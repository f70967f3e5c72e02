""""Is there an end date for the Keytruda?", "is there a stopping point": how long treatment lasts, which the plan's
page says (24 months at most, or until the cancer grows). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("on keytruda plus inlyta for kidney cancer, when is the end date for keytruda", ("24 months",)),
    ("is there a stopping point for calquence alone in cll", ("no set end date",)),
    ("acalabrutinib for cll, will there be an end to it", ("no set end date",)),
])
def test_how_long_the_plan_lasts_is_shown(shown, question, said) -> None:  # noqa: ANN001
    text = shown(question)
    assert all(s in text for s in said), text
