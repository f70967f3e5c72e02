"""cont21's new facts send a reader to the originals, not to the copies, Q&A reprints or news reports they were first
read in: trial papers link to their PubMed record or DOI, EU text to the EMA's page, and a fact no original was found
for (irinotecan birth control after the last dose, seen only in MIMS summaries) is gone from the page."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from shippedkb import shipped_kb

COPY_HOSTS = ("mims.com", "mimsdev.com", "themednet.org", "healthbooktimes.org", "medluna.com", "rxreasoner.com",
              "contemporaryobgyn.net", "drugs.com", "rxlist.com", "scilit.com", "oddb.org", "convoke.bio")
CONT21_SOURCES = Path(__file__).parents[2] / "content" / "sources" / "cont21.yaml"


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def _host(address: str | None) -> str:
    return urlparse(address or "").hostname or ""


@pytest.mark.parametrize("source", [s["id"] for s in yaml.safe_load(CONT21_SOURCES.read_text())["sources"]])
def test_no_cont21_source_points_at_a_copy_or_a_report(kb, source: str) -> None:  # noqa: ANN001
    src = kb.sources[source]
    for address in (src.url, src.link):
        assert not _host(address).endswith(COPY_HOSTS), (source, address)


@pytest.mark.parametrize(("source", "link"), [
    ("tsuboi-2023-adaura-os", "https://pubmed.ncbi.nlm.nih.gov/37272535/"),
    ("thurlimann-2005-big-1-98", "https://pubmed.ncbi.nlm.nih.gov/16382061/"),
    ("von-minckwitz-2017-aphinity", "https://doi.org/10.1056/NEJMoa1703643"),
])
def test_trial_results_link_to_the_paper(kb, source: str, link: str) -> None:  # noqa: ANN001
    assert kb.sources[source].link == link


@pytest.mark.parametrize("source", ["tibsovo-eu-smpc-2024", "enhertu-eu-smpc-handling"])
def test_eu_text_links_to_the_ema(kb, source: str) -> None:  # noqa: ANN001
    assert _host(kb.sources[source].link) == "www.ema.europa.eu"


def test_irinotecan_pregnancy_lines_cite_no_summary_copy(kb) -> None:  # noqa: ANN001
    # The after-last-dose spans (6 or 1 month for women) were read only in MIMS summaries; the line is gone.
    lines = kb.drugs["irinotecan"].pregnancy
    cited = {c.source for line in lines for c in line.cite}
    assert not {s for s in cited if _host(kb.sources[s].url).endswith(COPY_HOSTS)}, cited
    assert not any("1 month for women" in line.text for line in lines)
