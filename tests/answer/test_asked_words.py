"""Issue 11: when the page fields of the intent found say nothing on the words the question asks about, the named
pages' statements that do are shown (the named pages only, so the answer stays on what was asked)."""

import pytest
from test_replies import KB, ask


@pytest.mark.parametrize("q, word, drug", [
    ("why do i need so much iv fluid with my cisplatin", "kidney", "cisplatin"),
    ("velban how is it given, can it go in the spine", "spine", "vinblastine"),
])
def test_a_statement_of_the_named_page_holding_the_words_asked_is_shown(q, word, drug):
    a = ask(q)
    assert any(word in i.text.lower() for i in a.cited()), q
    assert all((i.where or "").startswith(f"drug {drug}") for i in a.cited() if (i.where or "").startswith("drug "))


def test_the_added_statements_come_only_from_the_pages_named():
    a = ask("why do i need so much iv fluid with my cisplatin")
    pages = {(i.where or "").split(":")[0] for i in a.cited()}
    assert pages <= {"drug cisplatin"} | {f"regimen {r.slug}" for r in KB.regimens_with_drug("cisplatin")}
