"""Properties of the append-only log for any sequence of entries and undos (hypothesis)."""

from hypothesis import given
from hypothesis import strategies as st

from oncoguide.tracker.log import UNDO, current, history

UIDS = ["a", "b", "c"]
steps = st.lists(st.tuples(st.sampled_from(UIDS), st.sampled_from(["taken", "missed", "skipped", "vomited", UNDO])),
                 max_size=40)


def rows(seq: list[tuple[str, str]]) -> list[dict]:
    return [{"id": n, "status": status, "event": {"uid": uid, "date": "2026-01-05", "kind": "dose", "title": uid},
             "logged_at": "2026-01-05T09:00:00", "taken_at": None, "note": f"entry {n}"} for n, (uid, status) in enumerate(seq)]


@given(steps)
def test_latest_entry_wins_undo_steps_back_and_nothing_is_lost(seq: list[tuple[str, str]]) -> None:
    log = rows(seq)
    expected: dict[str, list[str]] = {}
    for n, (uid, status) in enumerate(seq):  # a plain stack per event: what a person expects of "undo"
        stack = expected.setdefault(uid, [])
        if status == UNDO:
            if stack:
                stack.pop()
        else:
            stack.append(f"entry {n}")
    standing = current(log)
    assert {uid: e.note for uid, (_, e) in standing.items()} == {u: s[-1] for u, s in expected.items() if s}
    shown = history(log)
    assert len(shown) == len(log)  # every entry, undos included, stays in the history
    assert sorted(r.entry.note for r in shown if r.current) == sorted(s[-1] for s in expected.values() if s)
