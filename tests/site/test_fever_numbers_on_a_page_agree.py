"""On a page whose treatment lowers white cells, the box's call-now list opens with the fever rule's own temperature,
and the sentence above it says why that number is lower than the 38.0 °C (100.4 °F) some labels give, without
writing a number of its own that could drift from the rule. Shipped knowledge base and templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from shippedkb import shipped_kb

from oncoguide.model.triage import Risk
from oncoguide.settings import CHECKOUT_CONTENT, Settings
from oncoguide.site.context import drug_context
from oncoguide.web import create_app


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def _chemo_fever_sign(kb) -> str:  # noqa: ANN001
    return next(r.sign for r in kb.triage.symptoms["fever"].rules
                if r.risk == Risk.lowers_white_cells and "temperature_at_least" in r.when)


def test_every_box_that_explains_the_fever_line_opens_its_call_now_list_with_the_rules_temperature(kb) -> None:  # noqa: ANN001
    sign = _chemo_fever_sign(kb)
    boxes = [drug_context(kb, slug).when_to_call for slug in kb.drugs]
    explained = [b for b in boxes if b.fever_line]
    assert explained
    assert all(b.call_now[0].text == sign for b in explained)


def test_the_page_says_why_its_number_is_lower_than_the_labels(kb, tmp_path: Path) -> None:  # noqa: ANN001
    app = create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                              content_dir=CHECKOUT_CONTENT))
    page = TestClient(app).get("/drugs/doxorubicin").text
    box = page[page.index('id="when-to-call"'):page.index("</section>", page.index('id="when-to-call"'))]
    call_now = box[box.index("Call your care team now"):]
    said, first = call_now.index("first line below"), call_now.index("<li>")
    assert said < first, "the reason is read before the list it points to"
    assert _chemo_fever_sign(kb).split(" or ")[0] in call_now[first:call_now.index("</li>")]
    assert "38.0 °C (100.4 °F)" in call_now[said:first]
    assert "37.5" not in call_now[said:first]  # no second copy of the rule's number
