from oncoguide.model.article import AbstractPart, Article
from oncoguide.search.passages import StorePassages
from oncoguide.sources.ingest import article_document
from oncoguide.store import open_engine
from oncoguide.store.documents import store_document


def _article(pmid, title, text):
    return Article(pmid=pmid, title=title, abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text)],
                   authors=["Doe J", "Roe R"], journal="Blood", year=2020)


def test_passages_are_found_cited_and_the_index_file_is_reused(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store_document(engine, article_document(_article("111", "Lenalidomide in myeloma",
                                                     "Neutropenia was the most common severe event.")))
    store_document(engine, article_document(_article("222", "Rituximab infusions", "Infusion reactions were mild.")))
    index_file = tmp_path / "search" / "passages.sqlite"
    hits = StorePassages(engine, index_file).search(["neutropenia"], k=5)
    assert hits[0].text == "Neutropenia was the most common severe event."
    assert hits[0].source.id == "pmid:111" and "Doe J et al. Lenalidomide in myeloma. Blood. 2020. PMID 111." == hits[0].source.citation
    built = index_file.stat().st_mtime_ns
    StorePassages(engine, index_file)
    assert index_file.stat().st_mtime_ns == built  # unchanged store: the file is opened, not rebuilt

    store_document(engine, article_document(_article("333", "Dexamethasone and sleep", "Insomnia was common.")))
    hits = StorePassages(engine, index_file).search(["insomnia"], k=5)
    assert hits and hits[0].source.id == "pmid:333"  # a new ingest rebuilds the index


def test_light_table_views_match_the_store_schema():
    from oncoguide.search.passages import _tables
    from oncoguide.store import tables as t

    for light, real in zip(_tables(), (t.documents, t.passages)):
        assert light.name == real.name and set(light.c.keys()) <= set(real.c.keys())
