"""Retrieval and answer metrics: Recall@k, MRR@k, nDCG@k (binary relevance), hit@k, Chinese EM/F1."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Sequence


def dedupe(ids: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def recall_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def hit_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return 1.0 if set(ranked[:k]) & relevant else 0.0


def mrr_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    for i, d in enumerate(ranked[:k], start=1):
        if d in relevant:
            return 1.0 / i
    return 0.0


def ndcg_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(i + 1) for i, d in enumerate(ranked[:k], start=1) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), k) + 1))
    return dcg / ideal if ideal else 0.0


def normalize_answer(text: str) -> str:
    """Chinese-aware: NFKC (full-width → half-width), lower-case, drop punctuation and spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not (unicodedata.category(ch).startswith(("P", "Z", "S")) or ch.isspace()))


def exact_match(prediction: str, truth: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(truth))


def char_f1(prediction: str, truth: str) -> float:
    """Character-level F1, the usual CMRC metric for Chinese (no word segmentation needed)."""
    pred, gold = Counter(normalize_answer(prediction)), Counter(normalize_answer(truth))
    common = sum((pred & gold).values())
    if common == 0:
        return 0.0
    p, r = common / sum(pred.values()), common / sum(gold.values())
    return 2 * p * r / (p + r)


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def trap_split(by_trap: dict[str, dict[str, int]]) -> str:
    """"off-topic 20/20, detail 46/59": refusals of unanswerable questions by their labelled kind."""
    return ", ".join(f"{k} {v['refused']}/{v['questions']}" for k, v in by_trap.items())
