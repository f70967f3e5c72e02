"""A change in mood said as the reader sees it ("cranky", "irritable", "snappy", "on edge") on a steroid whose page
lists no mood line gets, below the drug's lines, the meaning of corticosteroid, which says steroids can cause mood
changes. Shipped knowledge base."""


def test_the_steroids_meaning_tells_of_mood_changes(composer, shown) -> None:  # noqa: ANN001
    question = "mom is cranky and short-tempered on prednisone. is that the steroid"
    answer = composer.answer(question)
    assert "glossary corticosteroid" in [i.where for i in answer.cited()]
    assert "mood changes" in shown(question)
