"""The plan page is built once and then served from memory, yet shows every change at once: never a stale page."""

import datetime as dt
from unittest import mock
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from test_tracker_web import app, csrf, new_plan, sign_up  # noqa: F401  (app is the shared fixture)

from oncoguide.tracker import service


def builds(app) -> int:  # noqa: ANN001, F811
    return app.state.plan_pages.built


def test_each_change_shows_on_the_next_view_and_an_unchanged_page_is_not_rebuilt(app) -> None:  # noqa: ANN001, F811
    client = sign_up(app, "cache@example.org")
    plan = new_plan(client)
    url = f"/tracker/{plan}?month=2026-01"
    first = client.get(url).text
    built = builds(app)
    assert client.get(url).text == first and builds(app) == built  # the same page, from memory
    token = csrf(client, url)

    def changed(path: str, data: dict, seen: str, rebuilt: bool = True) -> None:
        before = builds(app)
        assert client.post(f"/tracker/{plan}/{path}", data={"csrf": token, **data}).status_code == 303
        page = client.get(url).text
        assert seen in page, page[-3000:]
        # Back to a state already shown (a medicine removed again, a feed turned off) may serve that page: it is the same.
        assert builds(app) == before + 1 if rebuilt else builds(app) in (before, before + 1)

    changed("log", {"day": "2026-01-05", "status": "taken"}, "(taken at 08:00)")
    changed("undo", {"day": "2026-01-05"}, "Log or change")
    assert "(taken at 08:00)" not in client.get(url).text
    changed("contacts", {"name": "Night nurse line", "daytime": "555 0101"}, "Night nurse line")
    changed("medicines", {"action": "add", "name": "aspirin"}, "<strong>aspirin</strong>")
    medicine = client.get(url).text.split('name="medicine" value="', 1)[1].split('"', 1)[0]
    changed("medicines", {"action": "remove", "medicine": medicine}, "Your other medicines", rebuilt=False)
    assert "<strong>aspirin</strong>" not in client.get(url).text
    changed("feed", {"action": "new"}, "/tracker/feed/")
    changed("feed", {"action": "off"}, "Make a subscription link", rebuilt=False)
    changed("changes", {"kind": "hold", "drug": "lenalidomide", "start": "2026-01-12", "end": "2026-01-14"}, "January 2026")
    assert "Tuesday 13 January" not in client.get(url).text  # the held day is gone from the agenda


def test_a_new_day_marks_the_new_today(app) -> None:  # noqa: ANN001, F811
    client = sign_up(app, "today@example.org")
    # "today" where the plan's person lives (new_plan uses Europe/Paris), not on this machine's clock: after
    # 23:00 UTC it is already the next day in Paris
    today = dt.datetime.now(ZoneInfo("Europe/Paris")).date()
    plan = new_plan(client, start=today.replace(day=1).isoformat())
    real = service.local_now
    tomorrow = today + dt.timedelta(days=1)
    page = client.get(f"/tracker/{plan}?month={tomorrow:%Y-%m}").text
    assert f'id="h-{tomorrow.isoformat()}">{tomorrow:%A %d %B} (today)' not in page
    with mock.patch.object(service, "local_now", lambda p: real(p) + dt.timedelta(days=1)):
        page = client.get(f"/tracker/{plan}?month={tomorrow:%Y-%m}").text
    assert f"{tomorrow:%A %d %B} (today)" in page


def test_two_people_never_share_a_cached_page(app) -> None:  # noqa: ANN001, F811
    ana, ben = sign_up(app, "ana@example.org"), sign_up(app, "ben@example.org")
    plan = new_plan(ana)
    assert ana.get(f"/tracker/{plan}").status_code == 200
    assert ben.get(f"/tracker/{plan}").status_code == 404
    assert TestClient(app, follow_redirects=False).get(f"/tracker/{plan}").status_code == 303  # to sign-in


def test_the_day_page_shows_each_entry_and_its_undo_at_once(app) -> None:  # noqa: ANN001, F811
    client = sign_up(app, "day@example.org")
    plan = new_plan(client)
    url = f"/tracker/{plan}/day/2026-01-07"
    first = client.get(url).text
    built = builds(app)
    assert client.get(url).text == first and builds(app) == built
    token = csrf(client, url)
    client.post(f"/tracker/{plan}/log", data={"csrf": token, "day": "2026-01-07", "status": "skipped", "back": "day"})
    assert "Logged: <strong>skipped</strong>" in client.get(url).text
    client.post(f"/tracker/{plan}/undo", data={"csrf": token, "day": "2026-01-07", "back": "day"})
    page = client.get(url).text
    assert "Logged: <strong>skipped" not in page and "Not logged yet." in page and builds(app) == built + 2
