"""Facts that leaned on reprints and reports (a nursing society's reprint of an FDA notice, an EMA-review table, a
second entry for the same trial, trial papers known only through news reports) now send a reader to the trial paper
itself: its PubMed record or DOI, with the figures the paper gives."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

from oncoguide.model import cited_items


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def test_aml17_is_one_source_a_reader_can_find_on_pubmed(kb) -> None:  # noqa: ANN001
    # The same Blood 2015 paper was listed twice, once without PMID or DOI; both pages now point to its PubMed record.
    aml17 = {s for s in kb.sources if "aml17" in s}
    assert aml17 == {"burnett-2015-aml17-daunorubicin"}
    for kind, slug in (("drugs", "daunorubicin"), ("regimens", "daunorubicin-cytarabine-7-3-aml")):
        cited = {c.source for item in cited_items(getattr(kb, kind)[slug]) for c in item.cite}
        assert "burnett-2015-aml17-daunorubicin" in cited, slug
    assert kb.sources["burnett-2015-aml17-daunorubicin"].link == "https://pubmed.ncbi.nlm.nih.gov/25833957/"


def test_keynote_426_result_gives_the_papers_figures(cited_answer_text: Callable[[str], str], kb) -> None:  # noqa: ANN001
    # The EMA-review table printed 11.0 months for sunitinib; the NEJM paper says 11.1, and the line cites the paper.
    text = cited_answer_text("does keytruda and inlyta work better than sunitinib")
    assert "15.1 months" in text and "11.1 months" in text, text[:600]
    line = next(g for g in kb.regimens["pembrolizumab-axitinib-kidney"].goals if "15.1 months" in g.text)
    assert {c.source for c in line.cite} == {"keynote-426-nejm-2019"}
    assert kb.sources["keynote-426-nejm-2019"].link == "https://doi.org/10.1056/NEJMoa1816714"


def test_cepheus_paper_links_to_its_pubmed_record(kb) -> None:  # noqa: ANN001
    # it linked to a PubMed title search before; the Nature Medicine paper's record is known now
    assert kb.sources["cepheus-2025"].link == "https://pubmed.ncbi.nlm.nih.gov/39910273/"


@pytest.mark.parametrize("fact", ["40 mg/m²", "sixth weekly dose"])
def test_cervical_chemoradiation_cisplatin_dose_cites_the_trial_paper(kb, fact: str) -> None:  # noqa: ANN001
    # The weekly cisplatin dose rested on a nursing society's reprint of the FDA notice; the KEYNOTE-A18 papers give it.
    plan = kb.regimens["pembrolizumab-chemoradiation-cervical"]
    cisplatin = next(c for p in plan.schedules[0].phases for c in p.components if c.drug == "cisplatin")
    shown = f"{cisplatin.dose:g} {cisplatin.unit.value} {cisplatin.note}"
    assert fact in shown, shown
    cited = {c.source for c in cisplatin.cite}
    assert "randall-2025-keynote-a18-pro" in cited and "fda-keytruda-cervical-crt-2024" not in cited


def test_cervical_plan_schedule_lines_cite_the_trial_not_the_reprint(kb) -> None:  # noqa: ANN001
    plan = kb.regimens["pembrolizumab-chemoradiation-cervical"]
    for line in (plan.summary, *plan.duration, *plan.dispensing):
        cited = {c.source for c in line.cite}
        assert "lorusso-2024-keynote-a18-os" in cited and "fda-keytruda-cervical-crt-2024" not in cited, line.text


def test_r_chop_vincristine_cap_cites_the_national_regimen_library(kb) -> None:  # noqa: ANN001
    # The 2 mg cap rested on a trial record read on a mirror site; New Zealand's regimen library gives it itself.
    plan = kb.regimens["r-chop-dlbcl"]
    vincristine = next(c for p in plan.schedules[0].phases for c in p.components if c.drug == "vincristine")
    assert "2 mg" in (vincristine.note or "")
    assert {c.source for c in vincristine.cite} == {"nz-srl-r-chop21", "vincristine-pfizer-label"}


def test_perseus_sixty_percent_cites_the_fda_notice_that_gives_it(kb) -> None:  # noqa: ANN001
    # The paper's own hazard ratio is 0.42; the 60% lower risk is the FDA's figure, so only the FDA notice backs it.
    line = next(g for g in kb.regimens["dara-vrd-myeloma"].goals if "PERSEUS" in g.text)
    assert "60%" in line.text and {c.source for c in line.cite} == {"ecancer-fda-perseus-2024"}


def test_bep_low_count_figures_cite_the_us_etoposide_label_not_a_mims_copy(kb) -> None:  # noqa: ANN001
    effect = next(s for s in kb.regimens["bep-testicular"].side_effects if s.term == "myelosuppression")
    assert (effect.frequency.low, effect.frequency.high) == (60, 91)
    cited = {c.source for c in effect.cite}
    assert "etoposide-label" in cited
    assert not any("MIMS" in (kb.sources[s].publisher or "") for s in cited), cited


COPY_HOSTS = ("120ty.net", "convoke.bio", "knowcancer.com", "scilit.net", "scilit.com")


def test_no_citation_sends_a_reader_to_a_label_or_abstract_copy_site(kb) -> None:  # noqa: ANN001
    # Older US labels read on 120ty.net are now label entries (readers get DailyMed); the copy is named in the note.
    from urllib.parse import urlparse

    copies = {s.id for s in kb.sources.values() if (urlparse(s.link or "").hostname or "").endswith(COPY_HOSTS)}
    assert not copies, copies


def test_older_us_label_figures_link_to_dailymed(kb) -> None:  # noqa: ANN001
    for sid in ("yervoy-label-older-study1", "adcetris-label-older-table1", "revlimid-label-older-mm009-010",
                "gleevec-label-older"):
        assert (kb.sources[sid].link or "").startswith("https://dailymed.nlm.nih.gov/"), sid


def test_etoposide_capsule_dose_rule_cites_the_capsule_label(kb) -> None:  # noqa: ANN001
    # "Twice the IV dose" rested on an index copy of an unsigned review; the VePesid capsule label gives the rule.
    line = next(a for a in kb.drugs["etoposide"].administration if "capsules" in a.text and "twice" in a.text)
    assert "nearest 50 mg" in line.text
    assert "vepesid-capsules-label" in {c.source for c in line.cite}
    assert "oral-etoposide-review" not in kb.sources


def test_trastuzumab_breastfeeding_rule_cites_an_eu_leaflet_not_a_mims_copy(kb) -> None:  # noqa: ANN001
    line = next(p for p in kb.drugs["trastuzumab"].pregnancy if "breastfeed" in p.text)
    assert "7 months" in line.text
    cited = {c.source for c in line.cite}
    assert "kanjinti-eu-leaflet" in cited
    assert not any("MIMS" in (kb.sources[s].publisher or "") or "mims" in (kb.sources[s].url or "") for s in cited)


def test_pemetrexed_kidney_and_ibuprofen_rule_cites_the_us_label_and_lilly(cited_answer_text: Callable[[str], str],
                                                                          kb) -> None:  # noqa: ANN001
    # It rested on a MIMS summary of the Philippine label; the US label and the labeler's own answer give it.
    line = next(i for i in kb.drugs["pemetrexed"].interactions if "45 to 79" in i.text)
    assert {c.source for c in line.cite} == {"alimta-label", "lilly-alimta-nsaids"}
    text = cited_answer_text("can i take ibuprofen with alimta if my kidneys are weak")
    assert "2 days before" in text, text[:600]
