from __future__ import annotations

import pytest

from oncoguide.tracker.printable import to_html, to_pdf
from oncoguide.tracker.schedule import make_plan


def test_month_pages_list_doses_rest_days_and_tests(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 2}, mds)
    html = to_html(plan, mds)
    assert "<h2>January 2026</h2>" in html and "<h2>March 2026</h2>" in html  # cycle 2 ends March 1
    assert html.count('class="ev dose"') == 42 and html.count('class="ev rest"') == 14
    assert "lenalidomide 10 mg 09:00" in html and "Complete blood count" in html
    assert "@media print" in html and "break-after: page" in html


def test_pdf_has_one_page_per_month(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 2}, mds)
    assert to_pdf(plan, mds).startswith(b"%PDF")
    weasyprint = pytest.importorskip("weasyprint")
    assert len(weasyprint.HTML(string=to_html(plan, mds)).render().pages) == 3
