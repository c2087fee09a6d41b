"""Tune on the development set only (never on a test set).

    python -m eval.tune            # refusal thresholds: best balanced accuracy of "answer vs refuse"
    python -m eval.tune --fusion   # RRF weights and graph-boost weight: best MRR@10 + hit@5

Refusal uses the best dense cosine, BM25 score and word coverage of the top passages. Fusion tuning
retrieves each question's dense and BM25 candidates once and re-fuses them for every grid point.
"""

from __future__ import annotations

import itertools
import json
import sys

from advisor.config import load_settings
from advisor.service import Advisor, evidence
from eval.datasets import dev_set_path, load_jsonl_questions
from eval.metrics import dedupe, hit_at, mrr_at
from retrieval.fusion import apply_boost, ranked, rrf


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


def tune_fusion(advisor: Advisor, queries) -> dict:
    searcher, chunks = advisor.searcher, advisor.bundle.chunks
    n = searcher.config.candidates
    prepared = []
    for q in queries:
        if not q.relevant:
            continue
        ents = advisor.extractor.entities(q.text) | advisor._profile_entities(advisor.profile_for(q.text))
        d_ids, _ = searcher.dense_scores(q.text, n)
        b_ids, _ = searcher.bm25_scores(q.text, n)
        prepared.append((q.relevant, d_ids.tolist(), b_ids.tolist(), frozenset(ents)))
    best = None
    for dw, bw, gw, k in itertools.product([0.5, 1.0, 1.5, 2.0], [0.5, 1.0, 1.5, 2.0],
                                           [0.0, 0.0005, 0.001, 0.002, 0.004, 0.008], [20, 60]):
        mrr = hit = 0.0
        for relevant, d_ids, b_ids, ents in prepared:
            fused = rrf({"dense": d_ids, "bm25": b_ids}, {"dense": dw, "bm25": bw}, k=k)
            fused = apply_boost(fused, searcher.graph_boosts(ents, list(fused)), gw)
            docs = dedupe([chunks[r].doc_id for r, _ in ranked(fused, 40)])
            mrr += mrr_at(docs, relevant, 10)
            hit += hit_at(docs, relevant, 5)
        key = (round((mrr + hit) / len(prepared), 4), round(mrr / len(prepared), 4), round(hit / len(prepared), 4))
        if best is None or key > best["key"]:
            best = {"key": key, "dense_weight": dw, "bm25_weight": bw, "graph_weight": gw, "rrf_k": k}
    _, mrr, hit = best.pop("key")
    return {**best, "mrr@10": mrr, "hit@5": hit, "queries": len(prepared)}


def main() -> int:
    advisor = Advisor.load(load_settings())
    data = load_jsonl_questions(dev_set_path())
    if "--fusion" in sys.argv[1:]:
        print(json.dumps(tune_fusion(advisor, data.queries), ensure_ascii=False, indent=1))
        return 0
    rows = [(bool(q.relevant), *signals(advisor, q.text, advisor.settings.top_k)) for q in data.queries]
    print(json.dumps(calibrate(rows), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
