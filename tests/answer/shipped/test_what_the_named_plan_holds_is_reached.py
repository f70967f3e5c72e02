"""Lines a named plan holds that answers missed (s42 ans32). Shipped knowledge base.

- A trial line that gives its share of people as "N in 100 people" is a trial line, though it names its trial only by
  name and says no outcome word ("In CLL14, ... no leukemia left ... in 76 in 100 people").
- How long a response lasted ("for those it helped, how long did it keep working?") is a trial's result, not how
  long treatment goes on.
- "How long after the transplant do they begin it?" is answered by the line saying when it started after the
  transplant, though "transplant" is a word of the plan's own name.
- One drug asked of several named ("when should she take the lenalidomide, and why?") is not answered by another
  drug's line (dexamethasone in the morning)."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_a_trial_share_told_in_people_per_100_answers_how_many(first_line) -> None:  # noqa: ANN001
    lead = first_line("he took venetoclax and obinutuzumab for a year for his cll. in the trial, how many people had "
                      "no leukemia the sensitive test could still find?")
    assert "76" in lead and "mrd" in lead


def test_how_long_a_response_lasted_is_a_result_not_the_length_of_treatment(kb, shown) -> None:  # noqa: ANN001
    question = ("her myeloma no longer responds to anything and she now takes selinexor with dexamethasone. in the "
                "ones it worked for, how long did it keep working?")
    q = understand(kb, question)
    assert "results" in q.intents and "duration" not in q.intents
    assert "4.4 months" in shown(question)


def test_when_maintenance_starts_after_the_transplant_is_the_line_saying_so(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my husband had a stem cell transplant for myeloma. how long after the transplant does "
                             "the lenalidomide maintenance begin?")
    assert check(answer) == []
    assert answer.direct and "100 days" in answer.direct[0].text


def test_one_drug_of_a_plan_asked_is_not_answered_by_another_drugs_line(first_line) -> None:  # noqa: ANN001
    lead = first_line("my mother gets daratumumab, lenalidomide and dexamethasone. when in the day should she take "
                      "the lenalidomide, and why?")
    assert "bedtime" in lead and "dexamethasone" not in lead


def test_a_plans_drugs_taken_at_the_same_time_gets_how_the_plan_gives_them(first_line) -> None:  # noqa: ANN001
    # the plan's schedule says how both are taken; a missed-dose line shares only the word "time"
    for question, both in (("is it ok for me to take my abiraterone and prednisone at the same time?",
                            ("abiraterone", "prednisone")),
                           ("can my wife take lenalidomide and dexamethasone at the same time?",
                            ("lenalidomide", "dexamethasone"))):
        lead = first_line(question)
        assert all(d in lead for d in both) and "missed" not in lead, question


def test_what_a_word_is_asked_beside_a_drug_leads_with_the_word(first_line) -> None:  # noqa: ANN001
    # the word asked of comes first, not the drug's summary that says nothing of it
    for question, word in (("what is thrombocytopenia on venetoclax?", "thrombocytopenia"),
                           ("what's anemia on revlimid?", "anemia")):
        lead = first_line(question)
        assert lead.startswith(word), question


def test_staying_on_a_drug_while_it_keeps_working_is_how_long_treatment_lasts(kb) -> None:  # noqa: ANN001
    # (the response's length is asked in the past: "how long did it keep working?")
    q = understand(kb, "how long will he stay on pembrolizumab if it keeps working for his lung cancer?")
    assert "duration" in q.intents and "results" not in q.intents
