from oncoguide.answer import check
from oncoguide.model import Answer, Cited, Group, Reference


def _ref(n, sid):
    return Reference(number=n, source_id=sid, kind="fda_label", citation="x.")


def test_sound_answer_has_no_defects():
    a = Answer(question="q", direct=[Cited(text="No.", refs=[1])],
               guidelines=[Group(items=[Cited(text="A.", refs=[1, 2])])], references=[_ref(1, "a"), _ref(2, "b")])
    assert check(a) == []


def test_each_defect_is_named():
    a = Answer(question="q", guidelines=[Group(items=[Cited(text="Uncited.", refs=[]), Cited(text="B.", refs=[3])])],
               references=[_ref(1, "a"), _ref(1, "b"), _ref(2, "a")])
    defects = "\n".join(check(a))
    for expected in ("no citation", "[3] does not resolve", "listed 2 times", "source a has more than one number",
                     "never cited"):
        assert expected in defects


def test_numbering_must_follow_first_use():
    a = Answer(question="q", direct=[Cited(text="A.", refs=[2])], guidelines=[Group(items=[Cited(text="B.", refs=[1])])],
               references=[_ref(1, "a"), _ref(2, "b")])
    assert any("order of first use" in d for d in check(a))
