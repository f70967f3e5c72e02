"""The lexical passage index: Tantivy (on-disk segments, BM25), plus the query expansion that ranks better.

Why Tantivy and not SQLite FTS5 (issue #16, measured on 2 shared cores, same queries: the BioASQ questions'
words OR-ed): at 200k replicated MEDLINE passages FTS5 bm25() took p50 13 ms / p95 52 ms and Tantivy
p50 0.2 ms / p95 0.6 ms, on a 15 MB index against FTS5's 124 MB file; on BioASQ both rank alike (nDCG@10
0.7716 each). At 1M passages (benchmarks/search_scale.py, load average ~12 on the 2 cores) the whole passage
search (expansion, feedback, store lookup) took p95 72 ms wall / 13 ms CPU where FTS5 alone took p95 1,140 ms
wall / 39 ms CPU at 200k already. Tantivy scores with block-max WAND
over compressed on-disk postings, so a search reads a few blocks instead of every matching row, and a
process maps the segments instead of loading them (nothing the size of the corpus is read at start).

Score of passage p for the query terms Q (the question's words, their synonyms and any extra terms):
    BM25(p, Q)  +  DOC_WEIGHT * BM25(document of p, Q)         (passage and its whole document)
with a second pass that adds RM3-like feedback: the FEEDBACK_TERMS best new terms of the FEEDBACK_DOCS first
passages, each weighted by tf/length x idf, boosted by FEEDBACK_WEIGHT. Documents are a second Tantivy index
of whole documents (one entry per document). Tantivy's BM25 has k1 1.2, b 0.75, fixed; it picks the candidates,
and the RESCORE best are scored again in Python with k1 0.9, b 0.4 (Anserini's defaults for short passages:
short texts gain less from repeating a word and are penalised less for length), from their text and Tantivy's
document frequencies. Weights are the usual defaults from the literature, not fitted to any benchmark.
On BioASQ (benchmarks/bioasq_retrieval.py) the second scoring took nDCG@10 from 0.782 to 0.790.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tantivy

from .synonyms import expansions
from .text import terms

DOC_WEIGHT = 0.5
FEEDBACK_DOCS, FEEDBACK_TERMS, FEEDBACK_WEIGHT = 10, 10, 0.3
DEPTH = 100  # passages and documents taken from each search before they are combined
K1, B = 0.9, 0.4  # BM25 of the passages re-scored (Anserini's passage defaults)
RESCORE = 200  # best candidates scored again from their text: ~4 ms of CPU a query (BioASQ)
LENGTH_SAMPLE = 1000  # passages whose mean length stands for the whole index's (BM25's average length)
ANALYZER = "oncoguide_en"
WRITER_HEAP = 128_000_000  # bytes the writer buffers before it writes a segment


@dataclass(frozen=True)
class Hit:
    """A passage (by its position: the store's passage id, or the order it was added in) and its score."""

    position: int
    score: float


@dataclass(frozen=True)
class IndexedDocument:
    """One document to index: `key` names it across versions, `number` is this version, passages by position."""

    key: str
    number: int
    passages: Sequence[tuple[int, str]]


def _analyzer() -> tantivy.TextAnalyzer:
    """Words as Tantivy's en_stem tokenizer cuts them: simple tokens, long ones dropped, lower case, Snowball."""
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("english")).build())


def _schema(level: str) -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("text", tokenizer_name=ANALYZER, index_option="freq")
    b.add_text_field("key", tokenizer_name="raw", index_option="basic")  # deletes every version of a document
    b.add_integer_field("number", fast=True)  # read per hit from columns, never searched
    if level == "passages":
        b.add_integer_field("position", fast=True)
    return b.build()


def _open(level: str, path: Path | None) -> tantivy.Index:
    if path is not None:
        (path / level).mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(_schema(level), path=str(path / level) if path else None, reuse=True)
    index.register_tokenizer(ANALYZER, _analyzer())
    return index


class LexicalIndex:
    """Passages and their documents in two Tantivy indexes, in memory or in a folder; `texts` gives back a
    passage's text by position (feedback terms are read from it; the index keeps no text)."""

    def __init__(self, path: Path | None, texts: Callable[[list[int]], list[str]], fixed: bool = False):
        self.path = path
        self._passages, self._documents = _open("passages", path), _open("documents", path)
        self._texts = texts
        self._analyzer = _analyzer()
        self._schema = self._passages.schema
        self._mean_length: tuple[int, float] = (0, 1.0)  # (passages in the index then, their mean length)
        # position -> its stems counted, and how many, when no passage's text ever changes (`fixed`: built in memory,
        # the knowledge base's statements): re-scoring read and analysed the same statements at every question
        self._counted: dict[int, tuple[Counter[str], int]] | None = {} if fixed else None

    @classmethod
    def build(cls, passages: Iterable[tuple[str, str]], path: Path | None = None) -> LexicalIndex:
        """Index passages given as (document key, text) in order: position i is the i-th passage."""
        texts: list[str] = []
        docs: dict[str, list[tuple[int, str]]] = {}
        for key, text in passages:
            docs.setdefault(key, []).append((len(texts), text))
            texts.append(text)
        index = cls(path, lambda positions: [texts[p] for p in positions], fixed=True)
        small = len(texts) < 100_000  # the knowledge base's statements: a small buffer, one thread
        with index.writer(heap=16_000_000 if small else WRITER_HEAP, threads=1 if small else 2) as writer:
            writer.add([IndexedDocument(key, n, items) for n, (key, items) in enumerate(docs.items())])
        index.refresh()  # the reader reloads by itself only a moment after a commit: search it now
        return index

    @classmethod
    def kept(cls, folder: Path, passages: Callable[[], Iterable[tuple[str, str]]],
             texts: Callable[[list[int]], list[str]], count: int) -> LexicalIndex:
        """The index `build` makes of `count` passages that never change, kept in `folder` (named by a key of
        them): opened when it is there whole, else built in a folder of its own and renamed into place, so a
        reader never opens one half written. Opening it takes milliseconds where building the knowledge base's
        statements took ~0.3 s of every `oncoguide ask`. Built in memory when the folder cannot be written."""
        try:
            index = cls._opened(folder, texts, count)
            if index is None:
                remove(folder)  # damaged, or left empty by a crash: built again
                folder.parent.mkdir(parents=True, exist_ok=True)
                tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=folder.name, suffix=".tmp"))
                try:
                    cls.build(passages(), tmp)
                    os.rename(tmp, folder)  # fails when another process has just put its copy there: used instead
                except OSError:
                    if not folder.is_dir():
                        raise
                finally:
                    remove(tmp)
                index = cls(folder, texts, fixed=True)
            return index
        except BaseException as exc:
            if not damaged(exc):
                raise
            return cls.build(passages())

    @classmethod
    def _opened(cls, folder: Path, texts: Callable[[list[int]], list[str]], count: int) -> LexicalIndex | None:
        """The index in folder when it holds `count` passages; None when it is missing or damaged."""
        if not folder.is_dir():
            return None
        try:
            index = cls(folder, texts, fixed=True)
        except BaseException as exc:
            if not damaged(exc):
                raise
            return None
        return index if len(index) == count else None

    def writer(self, heap: int = WRITER_HEAP, threads: int = 2) -> IndexWriter:
        """The one writer of this index (ValueError when another process holds it)."""
        return IndexWriter(self._passages, self._documents, heap, threads)

    def refresh(self) -> None:
        """See what has been committed since (Tantivy also reloads by itself shortly after a commit)."""
        self._passages.reload()
        self._documents.reload()

    def max_position(self) -> int:
        """The highest passage position the index holds, 0 when empty."""
        found = self._passages.searcher().search(tantivy.Query.all_query(), 1, count=False,
                                                  order_by_field="position").hits
        return int(found[0][0]) if found else 0

    def __len__(self) -> int:
        return self._passages.searcher().num_docs

    def search(self, query: str, k: int = 10, extra_terms: Sequence[str] = ()) -> list[Hit]:
        """The k best passages for the question's words, its synonyms and extra_terms; best first."""
        words = [*terms(query), *expansions(query), *extra_terms]
        return self.search_terms(list(dict.fromkeys(words)), k)

    def search_terms(self, words: list[str], k: int = 10) -> list[Hit]:
        """The k best passages with a positive score for the words (each stemmed as the index was)."""
        stems = list(dict.fromkeys(self._analyzer.analyze(" ".join(words)))) if words else []
        if not stems or k <= 0:
            return []
        passages, documents = self._passages.searcher(), self._documents.searcher()
        depth = max(k, DEPTH)
        asked = [(s, 1.0) for s in stems]
        doc_scores = self._documents_scores(documents, asked, depth)
        first = self._scored(passages, asked, depth, doc_scores)
        feedback = self._feedback(passages, [p for p, _, _ in first[:FEEDBACK_DOCS]], set(stems))
        final = self._scored(passages, asked + feedback, depth, doc_scores) if feedback else first
        rescored = self._rescored(passages, final[:RESCORE], asked + feedback, doc_scores)
        return [Hit(p, s) for p, s in [*rescored, *((p, s) for p, s, _ in final[RESCORE:])][:k]]

    def rank(self, words: list[str], positions: list[int]) -> list[Hit]:
        """Among the given passages, those holding any of the words, best first by the summed rarity (IDF) of the
        words each holds: for ranking a page's few statements without reading the whole index (search_terms at a
        depth of every passage costs milliseconds a call)."""
        stems = set(self._analyzer.analyze(" ".join(words))) if words else set()
        if not stems or not positions:
            return []
        searcher = self._passages.searcher()
        n = searcher.num_docs
        idf = {s: math.log(1 + (n - df + 0.5) / (df + 0.5)) for s in stems if (df := searcher.doc_freq("text", s))}
        asked = sorted(idf)  # summed in one order, as floats must be for the same ranking every run; the few words
        # asked are looked up in each passage, not each passage's many words in the few asked
        hits = [Hit(p, sum(idf[t] for t in asked if t in counts))
                for p, (counts, _) in zip(positions, self._stems(positions))]
        return sorted((h for h in hits if h.score > 0), key=lambda h: (-h.score, h.position))

    def rank_bm25(self, words: list[str], positions: list[int]) -> list[Hit]:
        """Among the given passages, those holding any of the words, best first by BM25 (how often each word is said,
        against the passage's length, as search_terms scores): a page's statements ranked as the whole index ranks
        them, without reading the whole index."""
        stems = list(dict.fromkeys(self._analyzer.analyze(" ".join(words)))) if words else []
        if not stems or not positions:
            return []
        scored = self._rescored(self._passages.searcher(), [(p, 0.0, -1) for p in positions], [(s, 1.0) for s in stems], {})
        return [Hit(p, s) for p, s in scored if s > 0]

    def _query(self, weighted: list[tuple[str, float]]) -> tantivy.Query:
        clauses = []
        for stem, weight in weighted:
            q = tantivy.Query.term_query(self._schema, "text", stem)  # a bound term: never query syntax
            clauses.append((tantivy.Occur.Should, q if weight == 1.0 else tantivy.Query.boost_query(q, weight)))
        return tantivy.Query.boolean_query(clauses)

    def _documents_scores(self, searcher: tantivy.Searcher, weighted: list[tuple[str, float]],
                          depth: int) -> dict[int, float]:
        hits = searcher.search(self._query(weighted), depth, count=False).hits
        numbers = searcher.fast_field_values("number", [a for _, a in hits])
        return {int(n): float(s) for (s, _), n in zip(hits, numbers) if n is not None}

    def _scored(self, searcher: tantivy.Searcher, weighted: list[tuple[str, float]], depth: int,
                doc_scores: dict[int, float]) -> list[tuple[int, float, int]]:
        """(position, score, document number) of the best passages by Tantivy's BM25 and their document's."""
        hits = searcher.search(self._query(weighted), depth, count=False).hits
        addresses = [a for _, a in hits]
        positions = searcher.fast_field_values("position", addresses)
        numbers = searcher.fast_field_values("number", addresses)
        scored = [(int(p), float(s) + DOC_WEIGHT * doc_scores.get(int(n), 0.0), int(n))
                  for (s, _), p, n in zip(hits, positions, numbers) if p is not None and n is not None]
        return sorted(scored, key=lambda ps: (-ps[1], ps[0]))

    def _rescored(self, searcher: tantivy.Searcher, candidates: list[tuple[int, float, int]],
                  weighted: list[tuple[str, float]], doc_scores: dict[int, float]) -> list[tuple[int, float]]:
        """The candidates scored again with BM25 (K1, B) from their text, plus their document's score."""
        if not candidates:
            return []
        n, mean = searcher.num_docs, self._mean_passage_length(searcher)
        idf = {stem: _idf(n, searcher.doc_freq("text", stem)) for stem, _ in weighted}
        out = []
        for (position, _, number), (counts, length) in zip(candidates, self._stems([p for p, _, _ in candidates])):
            norm = K1 * (1 - B + B * length / mean)
            score = sum(w * idf[stem] * tf * (K1 + 1) / (tf + norm)
                        for stem, w in weighted if (tf := counts.get(stem, 0)))
            out.append((position, score + DOC_WEIGHT * doc_scores.get(number, 0.0)))
        return sorted(out, key=lambda ps: (-ps[1], ps[0]))

    def _mean_passage_length(self, searcher: tantivy.Searcher) -> float:
        """Words per passage on average, from the LENGTH_SAMPLE latest passages (Tantivy keeps its own average
        to itself); measured again when the index has grown or shrunk by a tenth."""
        n = searcher.num_docs
        known, mean = self._mean_length
        if abs(n - known) * 10 > known or not known:
            hits = searcher.search(tantivy.Query.all_query(), LENGTH_SAMPLE, count=False,
                                   order_by_field="position").hits
            lengths = [len(self._analyzer.analyze(t)) for t in self._texts([int(p) for p, _ in hits])]
            lengths = [x for x in lengths if x]  # a passage the store no longer has
            mean = sum(lengths) / len(lengths) if lengths else 1.0
            self._mean_length = (n, mean)
        return mean

    def _stems(self, positions: list[int]) -> list[tuple[Counter[str], int]]:
        """Each passage's stems counted, and how many there are; kept for next time when the texts are fixed."""
        if self._counted is None:
            return [self._count(text) for text in self._texts(positions)]
        missing = [p for p in dict.fromkeys(positions) if p not in self._counted]
        for p, text in zip(missing, self._texts(missing)):
            self._counted[p] = self._count(text)
        return [self._counted[p] for p in positions]

    def _count(self, text: str) -> tuple[Counter[str], int]:
        tokens = self._analyzer.analyze(text)
        return Counter(tokens), len(tokens)

    def _feedback(self, searcher: tantivy.Searcher, positions: list[int], asked: set[str]) -> list[tuple[str, float]]:
        """The best new terms of the first passages, weights summing to FEEDBACK_WEIGHT."""
        if not positions:
            return []
        n = searcher.num_docs
        idf: dict[str, float] = {}
        weight: dict[str, float] = {}
        for counts, length in self._stems(positions):
            for stem, count in counts.items():
                if stem in asked:
                    continue
                if stem not in idf:
                    idf[stem] = _idf(n, searcher.doc_freq("text", stem))
                weight[stem] = weight.get(stem, 0.0) + count / length * idf[stem]
        best = sorted(weight, key=lambda s: (-weight[s], s))[:FEEDBACK_TERMS]
        total = sum(weight[s] for s in best)
        return [(s, FEEDBACK_WEIGHT * weight[s] / total) for s in best if weight[s] > 0] if total else []


def _idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5)) if df else 0.0


class IndexWriter:
    """Adds and replaces whole documents; nothing is visible (or kept after a crash) before `commit`."""

    def __init__(self, passages: tantivy.Index, documents: tantivy.Index, heap: int, threads: int):
        self._passages = passages.writer(heap_size=heap, num_threads=threads)
        self._documents = documents.writer(heap_size=max(heap // 2, 15_000_000), num_threads=1)

    def add(self, documents: Iterable[IndexedDocument], replace: bool = False) -> int:
        """Add documents (replacing every earlier version of each when `replace`); returns passages added."""
        added = 0
        for doc in documents:
            if replace:
                self._passages.delete_documents_by_term("key", doc.key)
                self._documents.delete_documents_by_term("key", doc.key)
            for position, text in doc.passages:
                self._passages.add_document(tantivy.Document(text=text, key=doc.key, number=doc.number,
                                                             position=position))
            self._documents.add_document(tantivy.Document(text=" ".join(t for _, t in doc.passages), key=doc.key,
                                                          number=doc.number))
            added += len(doc.passages)
        return added

    def commit(self) -> None:
        """Documents first, then passages: the passages' highest position is what a restart catches up from,
        so it must never run ahead of the documents."""
        self._documents.commit()
        self._passages.commit()

    def close(self) -> None:
        self._passages.wait_merging_threads()
        self._documents.wait_merging_threads()

    def __enter__(self) -> IndexWriter:
        return self

    def __exit__(self, exc_type, *_: object) -> None:  # noqa: ANN001
        if exc_type is None:
            self.commit()
        else:
            self._passages.rollback()
            self._documents.rollback()
        self.close()


def damaged(exc: BaseException) -> bool:
    """Whether an exception from Tantivy means its files are damaged: it reports them as ValueError or OSError,
    or panics (pyo3's PanicException derives from BaseException, so it is matched by name)."""
    return isinstance(exc, (ValueError, OSError)) or type(exc).__name__ == "PanicException"


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def bioasq_ranker(passages: list[tuple[str, str]], vectors: Path | None = None):  # noqa: ANN201
    """Ranker factory for the reference BioASQ scorer: `make(passages) -> search(query, k) -> [index]`.

    Lexical and semantic rankings fused when the embedding model is installed, lexical alone otherwise. The
    passages' vectors are cached in `vectors` (default: oncoguide-bioasq/search/vectors.sqlite in the temporary
    folder): the first run embeds every passage (20,767: about 12 minutes on a quiet 2-core machine), later
    runs read them.
    """
    import tempfile

    from .hybrid import HybridIndex
    from .vectors import VectorCache

    path = vectors or Path(tempfile.gettempdir()) / "oncoguide-bioasq" / "search" / "vectors.sqlite"
    index = HybridIndex.build(passages, VectorCache(path), embed_missing=True)

    def search(query: str, k: int) -> list[int]:
        return index.search(query, k)

    return search
