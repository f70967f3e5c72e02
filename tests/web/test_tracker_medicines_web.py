"""Other medicines on the plan page: add, see the cited rule, remove; bad input is a clear 4xx, never a 500."""

import copy
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from kbfixture import DRUG, write_kb
from test_tracker_web import csrf, new_plan, sign_up

from oncoguide.settings import Settings
from oncoguide.web import create_app

RULE = "Blood thinners raise the risk of bleeding with lenalidomide."
MEDICINES = {"classes": [{"id": "blood-thinner", "name": "blood thinner", "terms": ["blood thinner", "blood thinners"]}],
             "medicines": [{"name": "apixaban", "other_names": ["Eliquis"], "classes": ["blood-thinner"],
                            "cite": ["revlimid-label § 7.3"]}]}


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    drug = copy.deepcopy(DRUG) | {"interactions": [{"text": RULE, "cite": ["revlimid-label § 7.3"]}]}
    root = write_kb(tmp_path / "content", drug=drug)
    (root / "medicines.yaml").write_text(yaml.safe_dump(MEDICINES), encoding="utf-8")
    return create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root,
                               public_url="http://testserver"))


def add(client: TestClient, plan: str, name: str, note: str = "") -> object:
    token = csrf(client, f"/tracker/{plan}")
    return client.post(f"/tracker/{plan}/medicines", data={"csrf": token, "action": "add", "name": name, "note": note})


def section(client: TestClient, plan: str) -> str:
    html = client.get(f"/tracker/{plan}").text
    return html.split('id="medicines"', 1)[1].split('id="downloads"', 1)[0]


def test_a_blood_thinner_shows_the_drugs_cited_rule_and_an_unknown_medicine_says_ask(app) -> None:  # noqa: ANN001
    client = sign_up(app, "meds@example.org")
    plan = new_plan(client)
    assert add(client, plan, "eliquis", "5 mg twice a day").status_code == 303
    assert add(client, plan, "Zzyzx tonic").status_code == 303
    shown = section(client, plan)
    eliquis, tonic = shown.split("<strong>eliquis</strong>")[1].split("<strong>Zzyzx tonic</strong>")
    assert "(5 mg twice a day)" in eliquis and "eliquis is a blood thinner" in eliquis
    assert RULE in eliquis and "This rule is about blood thinner" in eliquis
    assert "REVLIMID (lenalidomide) capsules" in eliquis and "§ 7.3" in eliquis  # the rule's own citation
    assert "No rule in our sources; ask your pharmacist." in tonic and RULE not in tonic


def test_remove_takes_it_off_the_list(app) -> None:  # noqa: ANN001
    client = sign_up(app, "remove@example.org")
    plan = new_plan(client)
    add(client, plan, "apixaban")
    medicine = section(client, plan).split('name="medicine" value="', 1)[1].split('"', 1)[0]
    token = csrf(client, f"/tracker/{plan}")
    gone = client.post(f"/tracker/{plan}/medicines", data={"csrf": token, "action": "remove", "medicine": medicine})
    assert gone.status_code == 303 and "apixaban" not in section(client, plan)
    again = client.post(f"/tracker/{plan}/medicines", data={"csrf": token, "action": "remove", "medicine": medicine})
    assert again.status_code == 404


@pytest.mark.parametrize(("name", "note", "status", "message"), [
    ("", "", 400, "Give the medicine&#39;s name"),
    ("a" * 300, "", 400, "100 characters at most"),
    ("aspirin", "n" * 300, 400, "A note can be 200 characters"),
    ("{{7*7}}<b>", "", 400, "does not look like a medicine name"),
    ("APIXABAN", "", 400, "APIXABAN is already on your list"),
])
def test_bad_input_is_one_clear_4xx(app, name: str, note: str, status: int, message: str) -> None:  # noqa: ANN001
    client = sign_up(app, "bad@example.org")
    plan = new_plan(client)
    add(client, plan, "apixaban")
    response = add(client, plan, name, note)
    assert response.status_code == status and message in response.text
    assert section(client, plan).count("<strong>") == section(client, plan).count("<strong>apixaban</strong>") + 1


def test_someone_elses_plan_is_not_found(app) -> None:  # noqa: ANN001
    owner = sign_up(app, "owner@example.org")
    plan = new_plan(owner)
    other = sign_up(app, "other@example.org")
    token = csrf(other, "/tracker/new?regimen=rd")
    response = other.post(f"/tracker/{plan}/medicines", data={"csrf": token, "action": "add", "name": "aspirin"})
    assert response.status_code == 404 and "aspirin" not in section(owner, plan)


def test_my_data_holds_the_list_and_deleting_the_plan_removes_it(app) -> None:  # noqa: ANN001
    client = sign_up(app, "data@example.org")
    plan = new_plan(client)
    add(client, plan, "apixaban", "5 mg")
    exported = client.get("/account/data.json").json()["plans"][0]["other_medicines"]
    assert [(m["name"], m["note"]) for m in exported] == [("apixaban", "5 mg")]
    token = csrf(client, f"/tracker/{plan}/delete")
    assert client.post(f"/tracker/{plan}/delete", data={"csrf": token, "confirm": "yes"}).status_code == 303
    with app.state.engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from other_medicines").scalar() == 0
