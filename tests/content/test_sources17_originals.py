"""A reader who follows a citation lands on the original (a label, the EU product information, the trial's DOI),
not on a drug-database reprint of it."""

from urllib.parse import urlparse

import pytest
from shippedkb import shipped_kb

from oncoguide.model import cited_items

# Reprint and drug-database sites: where a fact may have been read, never the source a reader is sent to.
REPRINT_HOSTS = ("mims.com", "drugs.com", "rxlist.com")


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def reader_links(kb, page) -> set[str]:  # noqa: ANN001
    """The host of every link a reader of this page can follow from a citation."""
    links = {kb.sources[c.source].link for item in cited_items(page) for c in item.cite}
    return {urlparse(link).hostname or "" for link in links if link}


@pytest.mark.parametrize("page", ["drugs/trifluridine-tipiracil", "regimens/trifluridine-tipiracil-colorectal",
                                  "regimens/trifluridine-tipiracil-bevacizumab-colorectal", "drugs/acalabrutinib"])
def test_page_sends_no_reader_to_a_reprint_site(kb, page: str) -> None:  # noqa: ANN001
    kind, slug = page.split("/")
    hosts = reader_links(kb, getattr(kb, kind)[slug])
    assert not {h for h in hosts if h.endswith(REPRINT_HOSTS)}, hosts


def test_lonsurf_side_effect_figures_link_to_the_eu_product_information(kb) -> None:  # noqa: ANN001
    nausea = next(s for s in kb.drugs["trifluridine-tipiracil"].common_side_effects if s.term == "nausea")
    assert [kb.sources[c.source].link for c in nausea.cite] == ["https://www.ema.europa.eu/en/medicines/human/EPAR/lonsurf"]


def test_heartburn_faq_for_acalabrutinib_cites_the_capsule_label_on_dailymed(kb) -> None:  # noqa: ANN001
    faq = next(f for f in kb.drugs["acalabrutinib"].faqs if "heartburn" in f.question)
    links = [kb.sources[c.source].link or "" for c in faq.cite]
    assert any(link.startswith("https://dailymed.nlm.nih.gov/") and "dd4835ef" in link for link in links), links


@pytest.mark.parametrize(("source", "doi"), [("destiny-breast04-2022", "10.1056/NEJMoa2203690"),
                                             ("imbrave150-nejm-2020", "10.1056/NEJMoa1915745")])
def test_trial_reports_link_to_their_pubmed_record(kb, source: str, doi: str) -> None:  # noqa: ANN001
    src = kb.sources[source]
    assert src.doi == doi and src.link == f"https://pubmed.ncbi.nlm.nih.gov/{src.pmid}/"


def test_osimertinib_missed_dose_gives_the_european_rule_from_the_eu_leaflet(kb) -> None:  # noqa: ANN001
    missed = kb.drugs["osimertinib"].missed_dose
    assert "within 12 hours" in missed.text
    assert {c.source for c in missed.cite} == {"tagrisso-label", "tagrisso-eu-leaflet"}
