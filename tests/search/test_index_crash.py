"""An ingest killed at any moment leaves the store and the search index consistent: the next reader catches up
from the highest passage id the index holds, and finds every stored passage exactly once."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from oncoguide.model.article import AbstractPart, Article
from oncoguide.search.passages import StorePassages
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document
from oncoguide.store.documents import store_documents

ARTICLES = 30
SRC = Path(__file__).parents[2] / "src"

# Runs in a child process: index the stored articles, committing every 10 passages, and die (os._exit: no
# cleanup, no unlock, as a kill does) at the chosen moment.
CHILD = """
import os, sys
from pathlib import Path
from oncoguide.search import index, passages
from oncoguide.store import open_engine

moment, db, index_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
passages.COMMIT_EVERY = 10
commits, adds = [0], [0]
commit, add = index.IndexWriter.commit, index.IndexWriter.add

def dying_commit(self):
    commit(self)
    commits[0] += 1
    if moment == "after a commit" and commits[0] == 2:
        os._exit(9)

def dying_add(self, documents, replace=False):
    adds[0] += 1
    if moment == "before a commit" and adds[0] == 2:
        os._exit(9)
    return add(self, documents, replace)

index.IndexWriter.commit, index.IndexWriter.add = dying_commit, dying_add
passages.update_index(open_engine(f"sqlite:///{db}"), index_dir)
"""


def _article(n: int) -> Article:
    return Article(pmid=str(1000 + n), title=f"Study {n} of lenalidomide",
                   abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=f"Marker word{n} was common.")],
                   authors=["Doe J"], journal="Blood", year=2020)


def _store(db: Path, numbers: range):
    engine = open_engine(f"sqlite:///{db}")
    store_documents(engine, [article_document(_article(n)) for n in numbers])
    return engine


@pytest.mark.parametrize("moment", ["after a commit", "before a commit"])
def test_an_index_update_killed_half_way_is_caught_up_with_no_passage_lost_or_doubled(tmp_path, moment):
    db, index_dir = tmp_path / "db.sqlite", tmp_path / "search" / "passages"
    engine = _store(db, range(ARTICLES // 2))
    StorePassages(engine, index_dir)  # an index that holds the first half
    _store(db, range(ARTICLES // 2, ARTICLES))  # the ingest stored the second half, then indexing was killed
    child = subprocess.run([sys.executable, "-c", CHILD, moment, str(db), str(index_dir)],
                           env={**os.environ, "PYTHONPATH": str(SRC)}, capture_output=True, text=True)
    assert child.returncode == 9, child.stderr

    reader = StorePassages(engine, index_dir)
    assert reader.searched_by_meaning[1] == 2 * ARTICLES  # title and abstract of each, once
    for n in range(ARTICLES):
        hits = reader.search([f"word{n}"], k=5)
        assert (hits[0].source.id, hits[0].text) == (f"pmid:{1000 + n}", f"Marker word{n} was common."), n
        assert len({h.text for h in hits}) == len(hits)  # no passage twice


def test_the_index_lock_is_released_when_its_holder_is_killed(tmp_path):
    db, index_dir = tmp_path / "db.sqlite", tmp_path / "search" / "passages"
    engine = _store(db, range(3))
    child = subprocess.run([sys.executable, "-c", CHILD, "after a commit", str(db), str(index_dir)],
                           env={**os.environ, "PYTHONPATH": str(SRC)}, capture_output=True, text=True)
    assert child.returncode in (0, 9), child.stderr
    assert StorePassages(engine, index_dir).search(["word2"], k=1)[0].source.id == "pmid:1002"
