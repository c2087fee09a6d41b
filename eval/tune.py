"""Tune on the development sets only, never on eval/datasets/test.jsonl or test2.jsonl.

    python -m eval.tune            # refusal rules on dev + holdout + calib + calib2: most answered, >= 95% refused
    python -m eval.tune --fusion   # RRF weights and graph-boost weight on dev: best MRR@10 + hit@5

Refusal uses the best sentence cosine, BM25 score and graph link of the top passages, and the nearest
uncovered topic; a question whose answer would decline it (it asks only for a detail no cited record states)
counts as refused whatever the thresholds. Its thresholds are set on dev.jsonl together with holdout, calib and
calib2 (266 off-topic questions in all): dev alone has only 15 near-domain traps, too few to place a threshold (it picked the lowest
one that refused them all, and let a tenth of held-out traps through). Fusion tuning retrieves each
question's dense and BM25 candidates once and re-fuses them for every grid point.
"""

from __future__ import annotations

import itertools
import json
import sys
from dataclasses import asdict, dataclass

import numpy as np

from advisor.config import load_settings
from advisor.service import Advisor, Confidence, Evidence, content_words, evidence
from eval.datasets import dev_set_path, load_jsonl_questions, tuning_set_paths
from eval.metrics import dedupe, hit_at, mrr_at
from retrieval.fusion import apply_boost, ranked, rrf, weighted_sum


@dataclass(frozen=True)
class Signals:
    """What the advisor judges one question on."""

    evidence: Evidence
    gap: bool  # a scope gap refuses it whatever the thresholds
    topic_similarity: float  # nearness to the closest uncovered topic (advisor/topics.py)
    topic_covered: bool  # …unless a retrieved passage names that topic's terms
    topic_named: bool  # the question names one of that topic's terms
    named: bool  # the question names a document: the topic rule applies only when it names a topic's term
    unstated: bool = False  # if answered, the answer would say that the one detail asked for is not stated


def signals(advisor: Advisor, question: str, k: int) -> Signals:
    j = advisor.judge(question, k=max(k * 4, 20))
    m, top = j.topic_match, j.hits[:k]
    _, composed = advisor.compose(question, j.profile, j.hits, j.named, j.qvec, advisor.settings.top_k)
    return Signals(evidence(top, j.items, content_words(question)), j.gap is not None,
                   m.similarity if m else 0.0, m.covered if m else True, m.named if m else False, bool(j.named), composed.misses_the_ask(question))


MIN_REFUSED = 0.95


COSINES = tuple(x / 1000 for x in range(870, 940, 2))


def calibrate(rows: list[tuple[bool, Signals]], cosines: tuple[float, ...] = COSINES) -> dict:
    """Grid search over Confidence thresholds: answering an off-topic question risks a made-up subsidy, so
    at least MIN_REFUSED of them must be refused; among the settings that do, answer the most real questions."""
    answerable = np.array([r[0] for r in rows])
    sig = [r[1] for r in rows]
    gap = np.array([s.gap for s in sig])
    named = np.array([s.named for s in sig])
    unstated = np.array([s.unstated for s in sig])
    ev = Evidence(*(np.array([getattr(s.evidence, f) for s in sig]) for f in ("sentence", "bm25", "graph", "named", "worded")))
    t_sim, t_cov = np.array([s.topic_similarity for s in sig]), np.array([s.topic_covered for s in sig])
    t_named = np.array([s.topic_named for s in sig])
    cos = list(cosines)
    best: dict = {}
    for min_topic, margin in [(2.0, 0.0), *itertools.product([0.88, 0.9, 0.92], [-0.01, 0.0, 0.01, 0.02, 0.03])]:
        base = Confidence(min_topic=min_topic, topic_margin=margin)
        kept = ~gap & ~unstated & ~base.off_topic(t_sim, t_cov, ev.sentence, t_named, named)
        for hi, lo, b, lg, g, ln in itertools.product(cos, cos, [4.0, 5.0, 6.0, 8.0, 10.0], cos, [0.5, 0.67, 1.0],
                                                      [2.0, 0.9, 0.89, 0.88]):
            if lo > hi or lg > hi or hi < ln < 2.0:  # 2.0: the named-item path off (tried first: ties keep it off)
                continue
            conf = Confidence(min_sentence=hi, min_sentence_with_bm25=lo, min_bm25=b, min_sentence_with_graph=lg,
                              min_graph=g, min_sentence_named=ln, min_topic=min_topic, topic_margin=margin)
            ok = conf.accepts(ev) & kept
            answered, refused = ok[answerable].mean(), (~ok[~answerable]).mean()
            score = answered + (refused if refused >= MIN_REFUSED else -1.0)
            if not best or score > best["score"]:
                best = {"score": round(float(score), 4), **{k: v for k, v in asdict(conf).items() if k != "top_n"},
                        "answered": round(float(answered), 4), "refused_offtopic": round(float(refused), 4)}
    return best


def tune_fusion(advisor: Advisor, queries) -> dict:
    searcher, chunks = advisor.searcher, advisor.bundle.chunks
    n = searcher.config.candidates
    prepared = []
    for q in queries:
        if not q.relevant:
            continue
        ents = advisor.extractor.entities(q.text) | advisor._profile_entities(advisor.profile_for(q.text))
        d_ids, d_sc = searcher.dense_scores(q.text, n)
        b_ids, b_sc = searcher.bm25_scores(q.text, n)
        prepared.append((q.relevant, d_ids.tolist(), b_ids.tolist(), dict(zip(d_ids.tolist(), d_sc.tolist(), strict=True)),
                         dict(zip(b_ids.tolist(), b_sc.tolist(), strict=True)), frozenset(ents)))
    best = None
    grid = [("rrf", dw, bw, gw, k) for dw, bw, gw, k in itertools.product(
        [0.5, 1.0, 1.5, 2.0], [0.5, 1.0, 1.5, 2.0], [0.0, 0.001, 0.004], [20, 60])]
    grid += [("score", dw, 1.0 - dw, gw, 60) for dw, gw in itertools.product(
        [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], [0.0, 0.05, 0.1, 0.15, 0.2, 0.3])]
    for method, dw, bw, gw, k in grid:
        mrr = hit = 0.0
        for relevant, d_ids, b_ids, d_sc, b_sc, ents in prepared:
            if method == "rrf":
                fused = rrf({"dense": d_ids, "bm25": b_ids}, {"dense": dw, "bm25": bw}, k=k)
            else:
                fused = weighted_sum({"dense": d_sc, "bm25": b_sc}, {"dense": dw, "bm25": bw})
            fused = apply_boost(fused, searcher.graph_boosts(ents, list(fused)), gw)
            docs = dedupe([chunks[r].doc_id for r, _ in ranked(fused, 40)])
            mrr += mrr_at(docs, relevant, 10)
            hit += hit_at(docs, relevant, 5)
        key = (round((mrr + hit) / len(prepared), 4), round(mrr / len(prepared), 4), round(hit / len(prepared), 4))
        if best is None or key > best["key"]:
            best = {"key": key, "method": method, "dense_weight": dw, "bm25_weight": round(bw, 2), "graph_weight": gw,
                    "rrf_k": k}
    _, mrr, hit = best.pop("key")
    return {**best, "mrr@10": mrr, "hit@5": hit, "queries": len(prepared)}


def main() -> int:
    advisor = Advisor.load(load_settings())
    data = load_jsonl_questions(dev_set_path())
    if "--fusion" in sys.argv[1:]:
        print(json.dumps(tune_fusion(advisor, data.queries), ensure_ascii=False, indent=1))
        return 0
    queries = [q for p in tuning_set_paths() for q in load_jsonl_questions(p).queries]
    rows = [(bool(q.relevant), signals(advisor, q.text, advisor.confidence.top_n)) for q in queries]
    print(json.dumps(calibrate(rows), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
