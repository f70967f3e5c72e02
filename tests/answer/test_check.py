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


def test_enforce_drops_an_item_that_fails_the_check_renumbers_and_logs(caplog):
    from oncoguide.answer.check import enforce
    from oncoguide.model import Answer, Cited, Group, Reference

    bad = Answer(question="q", direct=[Cited(text="uncited reply", refs=[])],
                 guidelines=[Group(items=[Cited(text="backed", refs=[2])])],
                 references=[Reference(number=1, source_id="a", kind="fda_label", citation="A."),
                             Reference(number=2, source_id="b", kind="fda_label", citation="B.")])
    assert check(bad)
    with caplog.at_level("WARNING", logger="oncoguide.answer"):
        fixed = enforce(bad)
    assert check(fixed) == []
    assert fixed.direct == [] and [i.text for i in fixed.cited()] == ["backed"]
    assert [(r.number, r.source_id) for r in fixed.references] == [(1, "b")] and fixed.cited()[0].refs == [1]
    assert "uncited reply" in caplog.text


def test_every_served_answer_passes_the_check(composer):
    # the Composer itself enforces the check: no caller has to remember to
    for q in ["Is lenalidomide chemotherapy?", "What is MDS?", "Does lenalidomide cause rash?", "What is CBC?"]:
        assert check(composer.answer(q)) == []


def test_enforce_keeps_a_notices_citation_first():
    from oncoguide.answer.check import enforce
    from oncoguide.model import Notice

    bad = Answer(question="q", notices=[Notice(level="call_now", text="Call now.", refs=[1])],
                 direct=[Cited(text="uncited", refs=[])], guidelines=[Group(items=[Cited(text="backed", refs=[2])])],
                 references=[_ref(1, "rules"), _ref(2, "label")])
    fixed = enforce(bad)
    assert check(fixed) == [] and fixed.notices[0].refs == [1] and fixed.cited()[0].refs == [2]
