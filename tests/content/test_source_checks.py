"""Citations anyone can check: each source rule fails validation with file:line, field and a clear message."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from kbfixture import SOURCES, write_kb
from shippedkb import shipped_kb

from oncoguide.content import load
from oncoguide.errors import ContentError
from oncoguide.model import Source

LABEL = copy.deepcopy(SOURCES["sources"][0])


def sources_with(**changes: Any) -> dict[str, Any]:
    """The fixture's sources with the label source changed (a value of None removes the field)."""
    docs = copy.deepcopy(SOURCES)
    label = docs["sources"][0]
    for key, value in changes.items():
        if value is None:
            label.pop(key, None)
        else:
            label[key] = value
    return docs


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(root)
    return [str(p) for p in info.value.problems]


def line_of(message: str, root: Path) -> str:
    """The text of the line a message points at (`sources.yaml:12: ...`)."""
    number = int(message.split("sources.yaml:")[1].split(":")[0])
    return (root / "sources.yaml").read_text().splitlines()[number - 1]


def test_label_link_is_dailymed_search_by_product_when_set_id_unknown() -> None:
    src = Source.model_validate(LABEL)
    assert src.link == "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=REVLIMID"
    generic = Source.model_validate(LABEL | {"product": "Cisplatin Injection, 1 mg/mL", "title": "Cisplatin Injection"})
    assert generic.link.endswith("query=Cisplatin+Injection")


def test_label_link_is_the_set_id_page_when_known_and_never_a_mirror() -> None:
    set_id = "0dfd0279-ff17-4ea9-89be-9803c71bab44"
    src = Source.model_validate(LABEL | {"set_id": set_id, "url": "https://example.org/mirror"})
    assert src.link == f"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid={set_id}"
    research = Source.model_validate({"id": "x", "kind": "research", "title": "A trial", "pmid": "123", "doi": "10.1/x"})
    assert research.pmid_link == "https://pubmed.ncbi.nlm.nih.gov/123/" and research.doi_link == "https://doi.org/10.1/x"


def test_a_trial_links_to_its_record_never_to_a_copy_on_another_site() -> None:
    trial = {"id": "t", "kind": "research", "title": "FOLFIRINOX (F: 5FU [LV]) versus gemcitabine: a phase III trial"}
    copy_elsewhere = Source.model_validate(trial | {"url": "https://www.acemap.info/paper/323530747"})
    assert copy_elsewhere.link == "https://pubmed.ncbi.nlm.nih.gov/?term=FOLFIRINOX+F+5FU+LV+versus+gemcitabine+a+phase+III+trial"
    registry = Source.model_validate(trial | {"url": "https://clinicaltrials.gov/study/NCT01958021"})
    assert registry.link == "https://clinicaltrials.gov/study/NCT01958021"
    with_doi = Source.model_validate(trial | {"url": "https://example.org/copy", "doi": "10.1/x"})
    assert with_doi.link == "https://doi.org/10.1/x"


def test_mirror_url_on_a_label_fails_at_its_line(tmp_path: Path) -> None:
    root = write_kb(tmp_path, sources=sources_with(url="https://www.rxlist.com/revlimid-drug.htm"))
    [message] = problems(root)
    assert "/sources.yaml:7: sources[0].url:" in message
    assert "is not DailyMed" in message and "move a mirror's address into `note`" in message
    assert line_of(message, root).strip().startswith("url: https://www.rxlist.com")


def test_http_link_fails_at_its_line(tmp_path: Path) -> None:
    docs = sources_with()
    docs["sources"][1]["url"] = "http://www.cancer.gov/publications/dictionaries/cancer-terms"
    root = write_kb(tmp_path, sources=docs)
    [message] = problems(root)
    assert "sources[1].url:" in message and "is an http: link" in message
    assert line_of(message, root).strip().startswith("url: http://www.cancer.gov")


def test_dailymed_search_for_another_product_fails(tmp_path: Path) -> None:
    url = "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=THALOMID"
    root = write_kb(tmp_path, sources=sources_with(url=url))
    [message] = problems(root)
    assert "sources[0].url:" in message and "'THALOMID', a different product" in message
    assert line_of(message, root).strip().startswith("url: https://dailymed")


def test_title_naming_another_product_fails(tmp_path: Path) -> None:
    root = write_kb(tmp_path, sources=sources_with(title="POMALYST (pomalidomide) capsules. Prescribing information"))
    [message] = problems(root)
    assert "sources[0].title:" in message and "title names a different product" in message
    assert line_of(message, root).strip().startswith("title: POMALYST")


def test_set_id_in_url_must_match_set_id(tmp_path: Path) -> None:
    url = "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=0dfd0279-ff17-4ea9-89be-9803c71bab44"
    root = write_kb(tmp_path, sources=sources_with(url=url, set_id="b1409184-3267-4d8c-8f17-4e01f69828b1"))
    [message] = problems(root)
    assert "sources[0].url:" in message and "but set_id is 'b1409184" in message


def test_missing_labeler_fails(tmp_path: Path) -> None:
    root = write_kb(tmp_path, sources=sources_with(publisher=None))
    [message] = problems(root)
    assert "sources[0]" in message and "must name the labeler in `publisher`" in message


def test_article_without_pmid_or_doi_must_say_why(tmp_path: Path) -> None:
    docs = sources_with()
    docs["sources"].append({"id": "some-trial", "kind": "research", "title": "A trial", "url": "https://example.org/t"})
    root = write_kb(tmp_path, sources=docs)
    [message] = problems(root)
    assert "sources[2]" in message and "no PMID or DOI: say why in `no_id_reason`" in message
    docs["sources"][2]["no_id_reason"] = "The PubMed record was not checked yet."
    assert load(write_kb(tmp_path / "ok", sources=docs)).sources["some-trial"].no_id_reason


def test_review_record_needs_a_role_and_a_date(tmp_path: Path) -> None:
    from kbfixture import fixture_docs

    docs = fixture_docs()
    docs["drug"]["reviewed"] = "2026-12-01"
    found = problems(write_kb(tmp_path, drug=docs["drug"]))
    assert any("drugs/lenalidomide.yaml:" in m and "reviewed" in m for m in found)
    docs["drug"]["reviewed"] = {"role": "oncology pharmacist", "date": "2026-12-01"}
    kb = load(write_kb(tmp_path / "ok", drug=docs["drug"]))
    assert kb.drugs["lenalidomide"].reviewed.role == "oncology pharmacist"


def test_shipped_sources_follow_the_rules() -> None:
    """Every shipped label links to DailyMed; no http: link anywhere."""
    shipped = shipped_kb()
    labels = [s for s in shipped.sources.values() if s.kind.value == "fda_label"]
    assert labels and all(s.link.startswith("https://dailymed.nlm.nih.gov/dailymed/") for s in labels)
    assert not [s.id for s in shipped.sources.values() if (s.link or "").startswith("http:")]

