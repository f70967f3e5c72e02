"""Pages whose facts leaned on reprints (MIMS copies of Asian labels, RxList, MarketScreener, summary and abstract-copy
sites) now send a reader to the originals: the US label on DailyMed, the labeler's own tables, the EU leaflet, the
trial report; the figures are the ones those originals give."""

from collections.abc import Callable
from urllib.parse import urlparse

import pytest
from shippedkb import shipped_kb

from oncoguide.model import cited_items
from oncoguide.model.triage import Level, Risk, triage

REPRINT_HOSTS = ("mims.com", "mimsdev.com", "drugs.com", "rxlist.com", "marketscreener.com", "morningglorysciences.com",
                 "paperexplained.cn", "acemap.info", "issuu.com", "convoke.bio", "druglib.com", "globalrph.com",
                 "themeditary.com", "medthority.com", "candrug.com", "rxreasoner.com")


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.mark.parametrize("page", ["drugs/darolutamide", "drugs/exemestane", "drugs/lenvatinib",
                                  "regimens/darolutamide-prostate", "regimens/exemestane-breast",
                                  "regimens/pembrolizumab-lenvatinib-kidney", "drugs/pertuzumab", "drugs/pirtobrutinib",
                                  "regimens/pirtobrutinib-cll-mcl", "regimens/acalabrutinib-obinutuzumab-cll",
                                  "regimens/docetaxel-cyclophosphamide-breast", "regimens/ivosidenib-azacitidine-aml",
                                  "drugs/docetaxel", "drugs/anastrozole", "regimens/anastrozole-breast", "drugs/nilotinib",
                                  "regimens/nilotinib-cml", "drugs/prednisone", "drugs/leuprolide", "drugs/ibrutinib",
                                  "drugs/capecitabine", "regimens/capecitabine-colorectal", "regimens/atezolizumab-nsclc",
                                  "drugs/bicalutamide", "drugs/obinutuzumab"])
def test_page_cites_no_reprint_of_a_foreign_label(kb, page: str) -> None:  # noqa: ANN001
    kind, slug = page.split("/")
    sources = {c.source for item in cited_items(getattr(kb, kind)[slug]) for c in item.cite}
    reprints = {s for s in sources
                if (urlparse(kb.sources[s].url or "").hostname or "").endswith(REPRINT_HOSTS)
                or "reprinted by" in (kb.sources[s].publisher or "") or "MIMS" in (kb.sources[s].publisher or "")}
    assert not reprints, reprints


@pytest.mark.parametrize(("question", "facts"), [
    # US AROMASIN Highlights (early breast cancer, vs tamoxifen), not the Malaysian 18%
    ("how common is joint pain on exemestane", ["15 in 100", "9 in 100"]),
    # Bayer's ARAMIS table: fatigue alone, darolutamide vs placebo, not the Hong Kong "asthenic conditions" 15.8%
    ("does darolutamide make you tired", ["12.1%", "8.7%"]),
])
def test_side_effect_figure_is_the_originals(answer_shows: Callable[[str, list[str]], None], question: str,
                                             facts: list[str]) -> None:
    answer_shows(question, facts)


def test_fever_on_darolutamide_still_means_call_now(kb) -> None:  # noqa: ANN001
    # The neutrophil drop now rests on the US label's Highlights; losing the risk would turn a fever into a
    # call-today.
    risks = kb.risks(["darolutamide"])
    assert Risk.lowers_white_cells in risks
    assert triage(kb.triage, "fever", {"temperature": 38.3}, risks).level == Level.call_now


def test_agile_trial_links_to_its_pubmed_record(kb) -> None:  # noqa: ANN001
    # it was a summary page's address before; a reader checks the NEJM report on PubMed now
    src = kb.sources["agile-2022"]
    assert src.doi == "10.1056/NEJMoa2117344" and src.link == "https://pubmed.ncbi.nlm.nih.gov/35443108/"


def test_tc_fever_risk_is_the_everyday_care_figure_with_its_journal_source(
        cited_answer_text: Callable[[str], str]) -> None:
    # the 5% and 8% trial figures rested on a copy of a meeting abstract; the Korean cohort (KoreaMed) gives 15.7%
    text = cited_answer_text("how likely is a fever with low white cells on TC chemo for breast cancer")
    assert "15.7%" in text and "call right away" in text, text[:600]


@pytest.mark.parametrize("page", ["drugs/selinexor", "drugs/pomalidomide", "regimens/selinexor-bortezomib-dexamethasone-myeloma",
                                  "regimens/selinexor-dexamethasone-myeloma",
                                  "regimens/isatuximab-pomalidomide-dexamethasone-myeloma"])
def test_page_cites_no_booklet_read_on_issuu(kb, page: str) -> None:  # noqa: ANN001
    # birth control, breastfeeding and Isa-Pd's dexamethasone now cite the EU leaflets and the ICARIA-MM abstract
    kind, slug = page.split("/")
    sources = {c.source for item in cited_items(getattr(kb, kind)[slug]) for c in item.cite}
    assert not {s for s in sources if "issuu.com" in (kb.sources[s].url or "")}


def test_bicalutamide_flare_answer_cites_the_urology_society(kb) -> None:  # noqa: ANN001
    # the anti-androgen against the LHRH flare rested on a copy of a New Zealand data sheet; the EAU's patient pages
    # say it in their own right
    faq = next(f for f in kb.drugs["bicalutamide"].faqs if "testosterone shot starts" in f.question)
    assert "flare" in faq.answer and "eau-patients-hormone-drugs" in {c.source for c in faq.cite}


def test_obinutuzumab_birth_control_gives_the_eu_leaflets_18_months(kb) -> None:  # noqa: ANN001
    # it rested on a MIMS copy of the Thai label; the EU Gazyvaro leaflet says the same 18 months in its own right
    line = next(p for p in kb.drugs["obinutuzumab"].pregnancy if "birth control" in p.text)
    assert "18 months" in line.text and {c.source for c in line.cite} == {"gazyvaro-eu-leaflet"}
