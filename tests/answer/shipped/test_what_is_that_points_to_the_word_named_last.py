""""I'm on Tagrisso and they said I need an EKG, what is that?": "that" points back to the last thing named, so the
reply is what an EKG is, not what Tagrisso is; when the drug is named last ("I need an EKG for Tagrisso, what is that
drug?"), the drug's own line leads as before. Shipped knowledge base."""


def test_the_word_named_last_is_explained_first(first_line) -> None:  # noqa: ANN001
    assert first_line("im on tagrisso and they said i need an ekg, what is that").startswith("ecg (electrocardiogram):")


def test_a_drug_named_last_keeps_its_own_line(first_line) -> None:  # noqa: ANN001
    assert first_line("i need an ekg for tagrisso, what is that drug").startswith("osimertinib")
