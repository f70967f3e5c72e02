"""The web server reads every statement before its first question (Composer.prepare) and remembers each page's cited
items: a reader gets the same answer either way, whatever was asked before."""

from oncoguide.answer import Composer
from oncoguide.model import cited_items

QUESTIONS = ["Can Revlimid make me tired?", "how do I store my lenalidomide capsules",
             "what does a blood clot on this pill feel like?"]


def test_a_prepared_server_gives_the_same_answers(kb) -> None:
    prepared = Composer(kb)
    prepared.prepare()
    for question in QUESTIONS:
        assert prepared.answer(question) == Composer(kb).answer(question), question


def test_a_remembered_page_walk_is_not_changed_by_its_reader(kb) -> None:
    page = next(iter(kb.drugs.values()))
    first = cited_items(page)
    first.clear()  # a caller changing its copy must not change what the next caller gets
    assert cited_items(page) and cited_items(page) == cited_items([page])
