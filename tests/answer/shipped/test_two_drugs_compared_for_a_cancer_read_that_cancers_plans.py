"""Two drugs set side by side for the cancer named, with no plan of both: the trial lines come from each drug's own
plans for that cancer, never from its plan for another cancer ("Sprycel over Gleevec for CML" is not answered by a
study of Sprycel in ALL)."""


def test_a_plan_for_another_cancer_does_not_lead(first_line) -> None:  # noqa: ANN001
    lead = first_line("my wife has CML and her doctor picked Sprycel over Gleevec. does Sprycel really do better than "
                      "Gleevec?")
    assert "lymphoblastic" not in lead and " all " not in f" {lead} "
    assert "cml" in lead
