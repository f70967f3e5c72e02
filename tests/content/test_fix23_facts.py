"""Facts canc23 put on plan pages now also show where the answer reads a drug page or the glossary: Venclexta's
70 mg with posaconazole, the amniotic fluid and oligohydramnios on Herceptin, Enhertu's delayed nausea, no
grapefruit juice with Gleevec, a GnRH agonist with Verzenio before menopause, CheckMate 238 for Opdivo after
melanoma surgery, and what a LEEP is."""

from __future__ import annotations

from collections.abc import Callable


def test_venclexta_is_lowered_to_70_mg_with_posaconazole(cited_answer_text: Callable[[str], str]) -> None:
    """A dose rule from the VENCLEXTA label's table for CYP3A inhibitors: at the steady daily dose, 70 mg with
    posaconazole (100 mg with other strong ones), back to the usual dose 2 to 3 days after it stops."""
    shown = cited_answer_text("my mother takes venclexta with azacitidine for aml. her doctor started posaconazole "
                              "to prevent fungus infections. will the venclexta dose be changed?")
    assert "lowered to 70 mg a day while you take posaconazole" in shown, shown[:900]
    assert "lowered to 100 mg a day" in shown and "2 to 3 days after" in shown, shown[:900]


def test_herceptin_in_pregnancy_names_amniotic_fluid_and_oligohydramnios(
        cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("could herceptin hurt my baby if i became pregnant while getting it after breast "
                              "surgery?")
    assert "oligohydramnios" in shown and "too little amniotic fluid" in shown, shown[:900]


def test_enhertu_names_delayed_nausea(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my sister feels sick to her stomach for several days after every enhertu drip. is "
                              "that expected?")
    assert "delayed nausea" in shown, shown[:900]


def test_gleevec_answer_says_no_grapefruit_juice(cited_answer_text: Callable[[str], str]) -> None:
    """Asked for a GIST, so the answer reads the drug page and not the CML plan, which already said it."""
    shown = cited_answer_text("my wife takes gleevec pills for her gist. are there any foods or drinks she should "
                              "stay away from?")
    assert "do not drink grapefruit juice while you take imatinib" in shown, shown[:900]


def test_verzenio_before_menopause_adds_a_gnrh_agonist(cited_answer_text: Callable[[str], str],
                                                       cited_lead: Callable[[str], str]) -> None:
    """The VERZENIO label's 2.1: before menopause, a GnRH agonist goes with fulvestrant or an aromatase inhibitor."""
    lead = cited_lead("i still get my periods and my doctor wants verzenio plus a hormone pill for spread breast "
                      "cancer. do i need another medicine since i am not in menopause?")
    assert "women who have not gone through menopause also get a gnrh agonist" in lead, lead
    assert "fulvestrant or an aromatase inhibitor" in lead and "ovarian suppression" in lead, lead
    shown = cited_answer_text("i'm premenopausal. do i need a shot to shut down my ovaries with verzenio and "
                              "fulvestrant?")
    assert "goserelin (zoladex) and leuprolide (lupron) are gnrh agonists" in shown, shown[:900]


def test_opdivo_alone_after_melanoma_surgery_gives_checkmate_238(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my dad's stage 3 melanoma was cut out and he will get opdivo for a year instead of "
                              "yervoy. how much better was opdivo in the study?")
    assert "checkmate 238" in shown, shown[:900]
    assert all(f in shown for f in ["50 in 100", "39 in 100", "hazard ratio 0.72"]), shown[:900]


def test_leep_is_defined(definition_says: Callable[[str, list[str]], None],
                         cited_lead: Callable[[str], str]) -> None:
    definition_says("leep", ["electric current", "thin wire loop", "checked in a lab"])
    lead = cited_lead("my doctor says i need a leep on my cervix. what is that?")
    assert "thin wire loop" in lead and "electric current" in lead, lead
