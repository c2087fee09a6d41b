"""Rank fusion: reciprocal-rank fusion of several ranked lists, plus an additive graph boost."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def rrf(rankings: Mapping[str, Sequence[int]], weights: Mapping[str, float] | None = None, k: int = 60) -> dict[int, float]:
    """score(d) = sum_r w_r / (k + rank_r(d)), ranks from 1. Unknown weights default to 1."""
    weights = weights or {}
    fused: dict[int, float] = {}
    for name, ranked in rankings.items():
        w = weights.get(name, 1.0)
        if w == 0:
            continue
        for rank, doc in enumerate(ranked, start=1):
            fused[doc] = fused.get(doc, 0.0) + w / (k + rank)
    return fused


def weighted_sum(scores: Mapping[str, Mapping[int, float]], weights: Mapping[str, float]) -> dict[int, float]:
    """Min-max normalise each retriever's scores, then add them with weights (Langchain-style ensemble)."""
    fused: dict[int, float] = {}
    for name, per_doc in scores.items():
        if not per_doc:
            continue
        lo, hi = min(per_doc.values()), max(per_doc.values())
        span = (hi - lo) or 1.0
        for doc, s in per_doc.items():
            fused[doc] = fused.get(doc, 0.0) + weights.get(name, 1.0) * (s - lo) / span
    return fused


def apply_boost(fused: dict[int, float], boosts: Mapping[int, float], weight: float) -> dict[int, float]:
    """Add ``weight * boost`` to documents the graph links to the question's entities."""
    if not boosts or weight == 0:
        return dict(fused)
    out = dict(fused)
    for doc, b in boosts.items():
        if doc in out:
            out[doc] += weight * b
    return out


def ranked(scores: Mapping[int, float], k: int) -> list[tuple[int, float]]:
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
