"""Run a dataset through retrievers and the full advisor; report the metrics as a stable JSON object."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from advisor.config import Settings
from eval.datasets import Dataset
from eval.metrics import dedupe, hit_at, mrr_at, ndcg_at, percentile, recall_at, trap_split
from kg.build import ENTITIES_FILE, read_chunk_entities
from kg.extract import shipped_extractor
from retrieval.bundle import IndexBundle, lexical_text
from retrieval.lexical import BM25Index, regex_tokenize, top_k
from retrieval.search import FusionConfig, HybridSearcher

RETRIEVERS = ("bm25-regex", "bm25", "dense", "ensemble", "hybrid", "hybrid+graph", "advisor")
BASELINES = ("bm25-regex", "bm25", "dense", "ensemble")


@dataclass
class EvalContext:
    bundle: IndexBundle
    searcher: HybridSearcher
    advisor: object | None = None  # advisor.service.Advisor for the shipped corpus
    _regex_bm25: BM25Index | None = None

    def regex_bm25(self) -> BM25Index:
        if self._regex_bm25 is None:
            self._regex_bm25 = BM25Index.build([regex_tokenize(lexical_text(c)) for c in self.bundle.chunks])
        return self._regex_bm25


def ranked_docs(ctx: EvalContext, name: str, question: str, k: int = 10) -> list[str]:
    if name == "bm25-regex":
        rows, _ = top_k(ctx.regex_bm25().scores(regex_tokenize(question)), k * 4)
        return dedupe([ctx.bundle.chunks[r].doc_id for r in rows.tolist()])[:k]
    if name == "advisor":
        advice = ctx.advisor.ask(question, top_k=k)
        return dedupe([c.doc_id for c in advice.citations])[:k] if advice.confident else []
    ents = shipped_extractor().entities(question) if name == "hybrid+graph" else frozenset()
    hits = ctx.searcher.search(question, k=k * 4, mode=name, query_entities=ents)
    return dedupe([h.chunk.doc_id for h in hits])[:k]


def evaluate(dataset: Dataset, ctx: EvalContext, retrievers: tuple[str, ...] = RETRIEVERS,
             progress: Callable[[str], None] | None = None) -> dict:
    out = {"dataset": dataset.name, "queries": sum(1 for q in dataset.queries if q.relevant), "retrievers": {}}
    for name in retrievers:
        if name == "advisor" and ctx.advisor is None:
            continue
        if progress:
            progress(f"{dataset.name}: {name}")
        sums = {"recall@1": 0.0, "recall@5": 0.0, "recall@10": 0.0, "mrr@10": 0.0, "ndcg@10": 0.0, "hit@5": 0.0}
        latencies, n, refused, offtopic = [], 0, 0, 0
        by_trap: dict[str, list[int]] = {}  # labelled kind -> [refused, questions]
        for q in dataset.queries:
            t0 = time.perf_counter()
            ranked = ranked_docs(ctx, name, q.text)
            latencies.append((time.perf_counter() - t0) * 1000)
            if not q.relevant:
                offtopic += 1
                refused += int(not ranked)
                if q.trap:
                    tally = by_trap.setdefault(q.trap, [0, 0])
                    tally[0] += int(not ranked)
                    tally[1] += 1
                continue
            n += 1
            for k in (1, 5, 10):
                sums[f"recall@{k}"] += recall_at(ranked, q.relevant, k)
            sums["mrr@10"] += mrr_at(ranked, q.relevant, 10)
            sums["ndcg@10"] += ndcg_at(ranked, q.relevant, 10)
            sums["hit@5"] += hit_at(ranked, q.relevant, 5)
        row = {k: round(v / n, 4) if n else 0.0 for k, v in sums.items()}
        row["latency_ms_p50"] = round(percentile(latencies, 50), 2)
        row["latency_ms_p95"] = round(percentile(latencies, 95), 2)
        if name == "advisor" and offtopic:
            row["refusal_rate_offtopic"] = round(refused / offtopic, 4)
            if by_trap:
                row["refused_by_trap"] = {k: {"refused": r, "questions": t} for k, (r, t) in sorted(by_trap.items())}
        out["retrievers"][name] = row
    return out


def context_for(dataset: Dataset, settings: Settings, embedder, advisor=None, fusion: FusionConfig | None = None,
                log: Callable[[str], None] | None = None) -> EvalContext:
    """The shipped index (with the advisor) for our own sets; a cached on-the-fly index for BEIR folders."""
    if dataset.documents is None:
        if advisor is None:
            from advisor.service import Advisor

            advisor = Advisor.load(settings, embedder=embedder)
        bundle = advisor.bundle
        ents = read_chunk_entities(bundle.file(ENTITIES_FILE), {c.chunk_id: i for i, c in enumerate(bundle.chunks)})
        return EvalContext(bundle, HybridSearcher(bundle, embedder, ents, fusion), advisor)
    from advisor.indexing import index_documents

    key = hashlib.sha1(f"{dataset.content_hash}:{embedder.model_id}:{settings.chunk_chars}".encode()).hexdigest()[:12]
    bundle = index_documents(dataset.documents, settings.cache_dir / "eval" / f"{dataset.name}-{key}", embedder,
                             settings, log)
    ents = read_chunk_entities(bundle.file(ENTITIES_FILE), {c.chunk_id: i for i, c in enumerate(bundle.chunks)})
    return EvalContext(bundle, HybridSearcher(bundle, embedder, ents, fusion))


def render_table(result: dict) -> str:
    cols = ["recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10", "hit@5", "latency_ms_p50", "latency_ms_p95"]
    lines = [f"数据集 dataset: {result['dataset']}  ({result['queries']} answerable queries)",
             "| retriever | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for name, row in result["retrievers"].items():
        lines.append(f"| {name} | " + " | ".join(f"{row.get(c, 0):.3f}" if "latency" not in c else f"{row.get(c, 0):.1f}"
                                                for c in cols) + " |")
        if "refusal_rate_offtopic" in row:
            lines.append(f"|  ↳ off-topic refused | {row['refusal_rate_offtopic']:.3f} |")
        if "refused_by_trap" in row:
            lines.append(f"|  ↳ refused by kind | {trap_split(row['refused_by_trap'])} |")
    return "\n".join(lines)

