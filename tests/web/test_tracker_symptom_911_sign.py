"""The tracker's symptom check for a swollen leg: a breath question left unanswered is not counted as yes (NHS, Irish
Cancer Society: a swollen, painful leg is a call to the team now; 999 only with breathlessness or chest pain). The
form says so, and the answer names the 911 signs; answering yes is a 911 call."""

from test_tracker_web import csrf, make_app, new_plan, sign_up


def _symptom_form(tmp_path, email: str, symptom: str):  # noqa: ANN001, ANN202
    """A new user's plan and the tracker's form for one symptom."""
    client = sign_up(make_app(tmp_path), email)
    plan_id = new_plan(client)
    return client, plan_id, client.get(f"/tracker/{plan_id}/symptom", params={"symptom": symptom}).text


def test_a_swollen_leg_with_breath_unanswered_is_a_call_now_that_names_911(tmp_path) -> None:  # noqa: ANN001
    client, plan_id, form = _symptom_form(tmp_path, "leg@example.org", "leg_swelling")
    assert "Are you also short of breath, or do you have chest pain? (Left blank, this counts as no.)" in form
    token = csrf(client, f"/tracker/{plan_id}")
    ask = {"csrf": token, "symptom": "leg_swelling", "one_leg": "yes"}
    unsure = client.post(f"/tracker/{plan_id}/symptom", data={**ask, "short_of_breath": "unsure"}).text
    assert "Call your care team now" in unsure and "Call 911 if you are also short of breath or have chest pain" in unsure
    assert "We counted it as yes" not in unsure
    breathless = client.post(f"/tracker/{plan_id}/symptom", data={**ask, "short_of_breath": "yes"}).text
    assert "Call 911" in breathless and "clot has moved to the lung" in breathless


def test_the_form_of_a_symptom_without_such_a_sign_keeps_the_plain_note(tmp_path) -> None:  # noqa: ANN001
    _, _, form = _symptom_form(tmp_path, "fever@example.org", "shortness_of_breath")
    assert "counts as the more serious answer" in form and "counts as no" not in form


def test_bleeding_or_a_racing_heart_left_unsure_is_a_call_now_that_names_911(tmp_path) -> None:  # noqa: ANN001
    # HSE: bleeding gums or nose on chemo go to the hotline now; NHS: 999 for bleeding past 10-15 minutes of pressure,
    # and for palpitations with chest pain, breathlessness or feeling faint.
    app = make_app(tmp_path)
    client = sign_up(app, "bleed@example.org")
    plan_id = new_plan(client)
    for symptom, sign, said in (("bleeding", "heavy", "does not stop after 10 to 15 minutes of pressure"),
                                ("heartbeat", "faint_or_chest_pain", "Call 911 if you also feel faint")):
        assert "(Left blank, this counts as no.)" in client.get(
            f"/tracker/{plan_id}/symptom", params={"symptom": symptom}).text
        token = csrf(client, f"/tracker/{plan_id}")
        unsure = client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": symptom, sign: "unsure"}).text
        assert "Call your care team now" in unsure and said in unsure and "We counted it as yes" not in unsure
        token = csrf(client, f"/tracker/{plan_id}")
        yes = client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": symptom, sign: "yes"}).text
        assert "Call 911 (or your local emergency number) now" in yes


def test_the_fever_form_marks_the_chills_question_that_counts_as_no(tmp_path) -> None:  # noqa: ANN001
    # Cancer Research UK: chills or shivers with a normal temperature are a call now on a drug that lowers white cells
    # (levels pinned in tests/tracker/test_triage.py); left blank, the question counts as no, and the form says so
    # instead of calling it a 911 sign.
    _, _, form = _symptom_form(tmp_path, "chills@example.org", "fever")
    assert "even with a normal temperature? (Left blank, this counts as no.)" in form and "911 sign" not in form
