"""A plan named by all its drugs beside one more (a premedication, or the drug given before) is that plan, for the
cancer named: "carbo, Alimta and Keytruda for lung cancer, and dexamethasone the day before" is the carboplatin,
pemetrexed and pembrolizumab plan. Not when the plan holds the drug said as what was set against ("Abraxane with
carboplatin instead of regular Taxol" is not the carboplatin and paclitaxel plan)."""

from oncoguide.answer.understand import understand


def test_all_the_plans_drugs_and_a_premedication_name_the_plan(kb) -> None:  # noqa: ANN001
    q = understand(kb, "i get carbo, alimta and keytruda for my lung cancer, plus dexamethasone pills. why the dex?")
    assert q.regimens == ["carboplatin-pemetrexed-pembrolizumab-nsclc"]


def test_the_drug_given_before_is_no_part_of_the_plan(kb) -> None:  # noqa: ANN001
    q = understand(kb, "my endometrial cancer came back after carboplatin. now it is keytruda plus lenvima. does it help?")
    assert q.regimens == ["pembrolizumab-lenvatinib-endometrial"]


def test_a_drug_set_against_keeps_its_plan_out(kb) -> None:  # noqa: ANN001
    q = understand(kb, "my lung cancer plan is abraxane with carboplatin instead of regular taxol. is it better?")
    assert "carboplatin-paclitaxel-nsclc" not in q.regimens
