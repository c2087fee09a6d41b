"""Calibrate the advisor's refusal thresholds on the development set (never on a test set).

Prints, for answerable and off-topic dev questions, the best dense cosine and BM25 score among the
top passages, and the thresholds that maximise balanced accuracy of "answer vs refuse".
"""

from __future__ import annotations

import itertools
import json
import sys

from advisor.config import load_settings
from advisor.service import Advisor, evidence
from eval.datasets import dev_set_path, load_jsonl_questions


def signals(advisor: Advisor, question: str, k: int) -> tuple[float, float, float]:
    ents = advisor.extractor.entities(question) | advisor._profile_entities(advisor.profile_for(question))
    hits = advisor.searcher.search(question, k=max(k * 4, 20), mode="hybrid+graph", query_entities=ents)[:k]
    return evidence(question, hits)


def calibrate(rows: list[tuple[bool, float, float, float]]) -> dict:
    best = None
    dense_grid = [x / 1000 for x in range(790, 950, 5)]
    bm25_grid = [0.0, 4.0, 6.0, 8.0, 10.0, 12.0, 15.0]
    cov_grid = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7]
    for d_hi, d_lo, b, c in itertools.product(dense_grid, dense_grid, bm25_grid, cov_grid):
        if d_lo > d_hi:
            continue

        def ok(dd, bb, cc, c=c, d_hi=d_hi, d_lo=d_lo, b=b):
            return cc >= c and (dd >= d_hi or (dd >= d_lo and bb >= b))
        pos = [ok(dd, bb, cc) for ans, dd, bb, cc in rows if ans]
        neg = [not ok(dd, bb, cc) for ans, dd, bb, cc in rows if not ans]
        # Balanced accuracy: refusing a good question and answering an off-topic one weigh the same.
        score = 0.5 * sum(pos) / len(pos) + 0.5 * sum(neg) / len(neg)
        if best is None or score > best["score"]:
            best = {"score": round(score, 4), "min_dense": d_hi, "min_dense_with_bm25": d_lo, "min_bm25": b, "min_coverage": c,
                    "answered": round(sum(pos) / len(pos), 4), "refused_offtopic": round(sum(neg) / len(neg), 4)}
    return best or {}


def main() -> int:
    advisor = Advisor.load(load_settings())
    data = load_jsonl_questions(dev_set_path())
    rows = [(bool(q.relevant), *signals(advisor, q.text, advisor.settings.top_k)) for q in data.queries]
    print(json.dumps(calibrate(rows), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
