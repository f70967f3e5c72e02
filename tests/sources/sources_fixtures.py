"""Small hand-written documents for tests (invented names and ids, not real labels or citations)."""

from __future__ import annotations

from pathlib import Path

import pytest


def _shared_data() -> Path:
    """The nearest `shared/data` above this checkout: ../shared from main, ../../shared from a worktree in wt/."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


SHARED = _shared_data()


def shared_file(*parts: str) -> Path:
    """A file from ../shared/data, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (tests read real labels and PubMed files from ../shared)")
    return path

SPL_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:hl7-org:v3">
  <id root="doc-{version}"/>
  <title>TESTAMIDE (testamide) capsules<br/>Initial U.S. Approval: 2001</title>
  <effectiveTime value="2023031{version}"/>
  {setid}
  <versionNumber value="{version}"/>
  <component><structuredBody>
    <component><section>
      <code code="48780-1"/>
      <subject><manufacturedProduct>
        <manufacturedProduct><name>Testamide</name><formCode displayName="CAPSULE"/>
          <asEntityWithGeneric><genericMedicine><name>testamide</name></genericMedicine></asEntityWithGeneric>
        </manufacturedProduct>
        <consumedIn><substanceAdministration><routeCode displayName="ORAL"/></substanceAdministration></consumedIn>
      </manufacturedProduct></subject>
    </section></component>
    <component><section>
      <code code="34066-1"/><title>WARNING: TEST HARM</title>
      <text><paragraph>Can cause test harm.</paragraph></text>
    </section></component>
    <component><section>
      <code code="34068-7"/><title>2 DOSAGE AND ADMINISTRATION</title>
      <component><section>
        <code code="42229-5"/><title>2.1 Recommended Dosage</title>
        <text>
          <paragraph>The recommended starting dose is {dose} mg orally once daily
            on Days 1-21 of repeated 28-day cycles.</paragraph>
          <list listType="ordered"><item>Take with water.</item><item>Do not open the capsules.</item></list>
          <table><caption>Table 1. Dose levels</caption>
            <thead><tr><th>Level</th><th>Dose</th></tr></thead>
            <tbody><tr><td>Starting</td><td>{dose} mg</td></tr><tr><td>Level -1</td><td>5 mg</td></tr></tbody>
          </table>
        </text>
      </section></component>
    </section></component>
  </structuredBody></component>
</document>
"""


def spl(version: int = 1, dose: int = 25, set_id: str | None = "0000-test-set") -> str:
    setid = f'<setId root="{set_id}"/>' if set_id else ""
    return SPL_TEMPLATE.format(version=version, dose=dose, setid=setid)


PUBMED = """<?xml version="1.0"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation><PMID Version="1">900000001</PMID>
  <Article><Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue>
  <Title>Journal of Tests</Title></Journal>
  <ArticleTitle>A <i>test</i> article.</ArticleTitle>
  <Abstract><AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Why.</AbstractText>
  <AbstractText Label="RESULTS" NlmCategory="RESULTS">What we found.</AbstractText></Abstract>
  <AuthorList><Author><LastName>Doe</LastName><Initials>J</Initials></Author>
  <Author><CollectiveName>Test Study Group</CollectiveName></Author></AuthorList>
  <PublicationTypeList><PublicationType>Journal Article</PublicationType></PublicationTypeList></Article>
  <MeshHeadingList><MeshHeading><DescriptorName>Humans</DescriptorName></MeshHeading></MeshHeadingList>
</MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="doi">10.0000/test.1</ArticleId></ArticleIdList></PubmedData>
</PubmedArticle>
<PubmedArticle><MedlineCitation><PMID Version="1">900000002</PMID>
  <Article><Journal><Title>Journal of Tests</Title></Journal><ArticleTitle>No abstract here.</ArticleTitle></Article>
</MedlineCitation></PubmedArticle>
</PubmedArticleSet>
"""
