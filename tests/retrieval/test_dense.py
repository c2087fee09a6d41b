"""faiss dense index: exact search, HNSW above the threshold, persistence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.dense import DenseIndex


def _unit_vectors(n: int, dim: int, seed: int) -> np.ndarray:
    vecs = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def _exact_top(vecs: np.ndarray, query: np.ndarray, k: int) -> np.ndarray:
    return np.argsort(-(vecs @ query), kind="stable")[:k]


def test_exact_search_finds_true_nearest_neighbours() -> None:
    vecs = _unit_vectors(300, 32, seed=1)
    index = DenseIndex.build(vecs)
    assert index.kind == "flat" and len(index) == 300
    rng = np.random.default_rng(2)
    for target in (0, 17, 299):
        query = vecs[target] + 0.05 * rng.normal(size=32).astype(np.float32)
        ids, scores = index.search(query, 10)
        assert ids[0] == target
        assert ids.tolist() == _exact_top(vecs, query, 10).tolist()
        np.testing.assert_allclose(scores, (vecs @ query)[ids], rtol=1e-5)
        assert np.all(np.diff(scores) <= 0)


def test_k_larger_than_index_and_empty_index() -> None:
    vecs = _unit_vectors(4, 8, seed=3)
    ids, scores = DenseIndex.build(vecs).search(vecs[0], 10)
    assert sorted(ids.tolist()) == [0, 1, 2, 3] and ids[0] == 0 and len(scores) == 4
    empty = DenseIndex.build(np.zeros((0, 8), dtype=np.float32))
    assert len(empty) == 0
    ids, scores = empty.search(vecs[0], 5)
    assert ids.size == 0 and scores.size == 0
    assert DenseIndex.build(vecs).search(vecs[0], 0)[0].size == 0


def test_hnsw_above_threshold_keeps_recall() -> None:
    vecs = _unit_vectors(500, 32, seed=4)
    index = DenseIndex.build(vecs, threshold=100)
    assert index.kind == "hnsw" and len(index) == 500
    queries = _unit_vectors(50, 32, seed=5)
    hits = 0
    for q in queries:
        ids, _ = index.search(q, 10)
        hits += len(set(ids.tolist()) & set(_exact_top(vecs, q, 10).tolist()))
    assert hits / (10 * len(queries)) >= 0.9
    assert DenseIndex.build(vecs[:99], threshold=100).kind == "flat"
    assert DenseIndex.build(vecs[:100], threshold=100).kind == "hnsw"


@pytest.mark.parametrize("threshold", [10_000, 100], ids=["flat", "hnsw"])
def test_save_load_round_trip(tmp_path: Path, threshold: int) -> None:
    vecs = _unit_vectors(300, 16, seed=6)
    index = DenseIndex.build(vecs, threshold=threshold)
    index.save(tmp_path / "dense.faiss")
    loaded = DenseIndex.load(tmp_path / "dense.faiss")
    assert loaded.kind == index.kind and len(loaded) == 300
    for q in _unit_vectors(5, 16, seed=7):
        ids_a, sc_a = index.search(q, 10)
        ids_b, sc_b = loaded.search(q, 10)
        assert ids_a.tolist() == ids_b.tolist()
        np.testing.assert_allclose(sc_a, sc_b, rtol=1e-6)
