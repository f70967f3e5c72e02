"""The last facts that rested on copy sites (MIMS summaries of foreign labels, Scilit and convoke.bio abstract pages,
drugs.com's list of label changes, oddb.org's reprints of Swiss labels) now send a reader to the original: the US
label on DailyMed, the paper's PubMed record or search, or Swissmedic's own site. Figures only a copy gave are gone."""

from urllib.parse import urlparse

import pytest
from shippedkb import shipped_kb

from oncoguide.model import cited_items

COPY_HOSTS = ("scilit.com", "scilit.net", "mims.com", "mimsdev.com", "drugs.com", "oddb.org", "convoke.bio",
              "rxlist.com", "medthority.com", "druglib.com", "globalrph.com", "120ty.net")


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def test_no_source_address_is_a_copy_site(kb) -> None:  # noqa: ANN001
    # a copy's address may be named in a note (where it was read), never as the address a reader is given
    copies = {s.id: s.url for s in kb.sources.values()
              if (urlparse(s.url or "").hostname or "").endswith(COPY_HOSTS)}
    assert not copies, copies


@pytest.mark.parametrize("sid", ["mekinist-ch-fachinfo", "ninlaro-eu-label", "cisplatin-mepha-ch-fachinfo-57529",
                                 "vincristine-pfizer-ch-fachinfo-53640", "oxaliplatin-ch-fachinfo-61688",
                                 "jaypirca-ch-product-info"])
def test_swiss_label_links_to_swissmedic_and_names_its_registration(kb, sid: str) -> None:  # noqa: ANN001
    src = kb.sources[sid]
    assert urlparse(src.link or "").hostname == "www.swissmedicinfo.ch"
    assert "registration no." in (src.publisher or "")


def test_tagrisso_lung_inflammation_rate_is_the_us_labels(kb) -> None:  # noqa: ANN001
    # 3.7% of 1,479 was read only on a MIMS copy of the Singapore text; the US label gives 3.3% of 813
    for rows in (kb.drugs["osimertinib"].serious_side_effects, kb.regimens["osimertinib-nsclc"].side_effects):
        row = next(r for r in rows if r.term.startswith("interstitial lung disease"))
        assert (row.frequency.low, row.frequency.high) == (3.3, 3.3), row.frequency
        assert "813" in row.frequency.context and row.call_now
        assert "tagrisso-label-older-warnings" in {c.source for c in row.cite}


def test_erlotinib_and_smoking_cites_the_reviews_pubmed_record(kb) -> None:  # noqa: ANN001
    line = next(i for i in kb.drugs["erlotinib"].interactions if i.text.startswith("Smoking"))
    assert "300 mg" in line.text and "150 mg" in line.text
    assert {c.source for c in line.cite} == {"tarceva-label", "erlotinib-smokers-review-2010"}
    assert kb.sources["erlotinib-smokers-review-2010"].link == "https://pubmed.ncbi.nlm.nih.gov/19762110/"


@pytest.mark.parametrize(("kind", "slug", "term"), [("drugs", "selinexor", "nausea"),
                                                    ("regimens", "selinexor-dexamethasone-myeloma", "fatigue"),
                                                    ("regimens", "selinexor-bortezomib-dexamethasone-myeloma",
                                                     "upper respiratory tract infection")])
def test_selinexor_rows_say_what_the_us_label_says(kb, kind: str, slug: str, term: str) -> None:  # noqa: ANN001
    # per-reaction figures came from a MIMS copy of the Malaysian text; the US label lists them among the most common
    page = getattr(kb, kind)[slug]
    row = next(item for item in cited_items(page) if getattr(item, "term", None) == term)
    assert "20 in 100 people or more" in row.text and row.frequency is None
    assert "xpovio-label § 6" in {f"{c.source} § {c.section}" for c in row.cite}


@pytest.mark.parametrize("sid", ["hydroxyurea-macrocytosis-1987", "bleomycin-dlco-1979", "kidney-rcc-subtypes-metastasis",
                                 "leuprolide-depot-study-group", "cepheus-design-abstract"])
def test_abstract_read_on_a_copy_sends_the_reader_to_pubmed(kb, sid: str) -> None:  # noqa: ANN001
    assert (kb.sources[sid].url or "").startswith("https://pubmed.ncbi.nlm.nih.gov/?term=")
