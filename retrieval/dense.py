"""Dense vector search with faiss: exact inner product when small, HNSW above a measured threshold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

# Below this many vectors exact search is both fast and exact (see docs/BENCHMARKS.md);
# above it HNSW keeps p50 latency flat with recall@10 vs exact reported by the benchmark.
HNSW_THRESHOLD = 50_000


@dataclass
class DenseIndex:
    index: faiss.Index
    kind: str  # "flat" | "hnsw"

    @classmethod
    def build(cls, vectors: np.ndarray, threshold: int = HNSW_THRESHOLD, hnsw_m: int = 32) -> DenseIndex:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[0] else 1
        if len(vectors) >= threshold:
            index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = 96
            kind = "hnsw"
        else:
            index = faiss.IndexFlatIP(dim)
            kind = "flat"
        if len(vectors):
            index.add(vectors)
        return cls(index, kind)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Row ids and scores for the best ``k`` (fewer if the index is smaller)."""
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores, ids = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        index = faiss.read_index(str(path))
        return cls(index, "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat")
