"""`sme-advisor` command line: build, ask, classify, coverage, sparql, graph, eval."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from advisor.config import load_settings


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def cmd_build(args) -> int:
    from advisor.indexing import build_index

    settings = load_settings(index_dir=args.index_dir)
    report = build_index(settings, args.paths, progress=not args.quiet, log=lambda m: print(m, file=sys.stderr),
                         keep_previous_files=not args.fresh)
    if args.json:
        _print_json({"documents": report.documents, "chunks": report.chunks, "embedded": report.embedded,
                     "reused": report.reused, "triples": report.triples, "bundle": report.bundle,
                     "rejected": [{"path": e.path, "reason": e.reason} for e in report.rejected],
                     "timings": report.timings})
    else:
        print(report.summary())
    return 0


COMMANDS: dict[str, Callable] = {"build": cmd_build}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sme-advisor", description="数实通：中小企业政策与数字化顾问 / SME policy advisor")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="构建索引 / build the index bundle from the shipped corpus plus given files")
    p.add_argument("paths", nargs="*", help="extra files or folders (TXT, MD, HTML, PDF, DOCX)")
    p.add_argument("--index-dir", default=None)
    p.add_argument("--fresh", action="store_true", help="do not keep files indexed by earlier builds/uploads")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--json", action="store_true")

    for extra in _EXTRA_PARSERS:
        extra(sub)
    return parser


_EXTRA_PARSERS: list[Callable] = []


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("已中断 / interrupted", file=sys.stderr)
        return 130
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2


# ---- ask / classify / coverage / sparql / graph -----------------------------------------------------

def _load_advisor(args):
    from advisor.service import Advisor

    return Advisor.load(load_settings(index_dir=getattr(args, "index_dir", None)))


def _explicit_profile(args):
    from advisor.profile import EnterpriseProfile

    region = args.region
    industry = args.industry
    prof = EnterpriseProfile(employees=args.employees, revenue_wan=args.revenue, assets_wan=args.assets)
    if region:
        from kg.counties import place_named
        from kg.extract import shipped_extractor

        g = shipped_extractor().gazetteer
        place = place_named(region, g)
        if place is None and region != "全国":
            raise ValueError(f"无法识别地区“{region}” / unknown region")
        prof.region = place.name if place else None
    if industry:
        from kg.extract import shipped_extractor

        g = shipped_extractor().gazetteer
        if industry.upper() in g.industry_labels:
            prof.industry = industry.upper()
        else:
            eid = g.industries.get(industry)
            if eid is None:
                labels = {v: k for k, v in g.industry_labels.items()}
                eid = f"industry:{labels[industry]}" if industry in labels else None
            if eid is None and industry not in g.size_groups:
                raise ValueError(f"无法识别行业“{industry}” / unknown industry")
            prof.industry = eid.split(":")[1] if eid else None
        prof.size_group = g.size_groups.get(industry)
    return prof


def _print_advice(advice) -> None:
    print(advice.answer)
    if advice.citations:
        print("\n引用 Citations:")
        for c in advice.citations:
            num = f"（{c.doc_number}）" if c.doc_number else ""
            print(f"[{c.n}] {c.title}{num} {c.heading}\n    “{c.text[:160]}{'…' if len(c.text) > 160 else ''}”")
    if advice.policies:
        print("\n政策 Policies:")
        for p in advice.policies:
            print(f"- {p['title']}（{p['doc_number'] or '无文号'}，{p['issuer']}，状态：{p['status']}）支持：{'、'.join(p['support'])}")
            for m in p["matched"]:
                print(f"    ✓ {m}")
            for u in p["unmet"]:
                print(f"    ? {u}")
            print(f"    来源：{p['source']}")
    if advice.saas:
        print("\n数字化工具 SaaS:")
        for s in advice.saas:
            ex = f"（案例：{s['example_case']}）" if s["example_case"] else ""
            print(f"- {s['name']}：{s['why']}{ex}")
    if advice.cases:
        print("\n同行案例 Cases:")
        for c in advice.cases:
            print(f"- {c['title']}：{c['why']}")
    print("\n提示：政策信息请以发文机关最新文件和解释为准。")


def cmd_ask(args) -> int:
    explicit = _explicit_profile(args)  # reject a bad --region/--industry before loading anything
    advice = _load_advisor(args).ask(args.question, explicit, top_k=args.top_k)
    if args.json:
        print(json.dumps(advice.to_json(), ensure_ascii=False))
    else:
        _print_advice(advice)
    return 0


def _store_for(args):
    from kg.build import GRAPH_FILE
    from kg.store import MemoryGraphStore
    from retrieval.bundle import BundleStore

    settings = load_settings(index_dir=getattr(args, "index_dir", None))
    bundle_store = BundleStore(settings.index_dir)
    if bundle_store.exists():
        return MemoryGraphStore.load(bundle_store.current_path() / GRAPH_FILE)
    # No index yet: the graph of the shipped records needs no embedding model.
    from advisor.indexing import records_graph

    return MemoryGraphStore(records_graph(settings)[0])


def cmd_classify(args) -> int:
    from kg.classify import SizeClassifier

    result = SizeClassifier(_store_for(args)).classify(args.industry, args.employees, args.revenue, args.assets)
    if args.json:
        _print_json(result.to_dict() | ({"missing": result.missing} if result.missing else {}))
    else:
        print(result.size or "无法确定 / undetermined")
        print(result.rule)
        print(f"依据：{result.standard}")
    return 0 if result.size else 1


def cmd_coverage(args) -> int:
    from kg.coverage import coverage

    report = coverage(_store_for(args), within_days=args.days)
    print(report.render(args.format, support=args.support, size=args.size, local_only=args.local_only))
    return 0


def cmd_sparql(args) -> int:
    store = _store_for(args)
    rows = store.query(args.query, timeout=args.timeout)
    if args.json:
        _print_json([{k: (str(v) if v is not None else None) for k, v in r.items()} for r in rows])
    else:
        for r in rows:
            print("\t".join(str(v) if v is not None else "" for v in r.values()))
        print(f"({len(rows)} rows)", file=sys.stderr)
    return 0


def cmd_graph(args) -> int:
    store = _store_for(args)
    if args.action == "validate":
        from kg.validate import validate

        violations = validate(store.graph)
        for v in violations:
            print(v)
        print(f"{len(store)} triples, {len(violations)} SHACL violations")
        return 1 if violations else 0
    if args.action == "export":
        fmt = {"turtle": "turtle", "ttl": "turtle", "json-ld": "json-ld", "jsonld": "json-ld", "nt": "nt"}.get(args.format)
        if fmt is None:
            raise ValueError("format must be turtle, json-ld or nt")
        if args.output:
            from pathlib import Path

            store.save(Path(args.output), fmt=fmt)
        else:
            sys.stdout.write(store.graph.serialize(format=fmt))
        return 0
    if args.action == "neighbours":
        from kg.namespaces import entity_iri
        from kg.neighbourhood import neighbourhood

        target = args.entity if args.entity.startswith("http") else str(entity_iri(args.entity))
        hood = neighbourhood(store, target)
        _print_json({"center": hood.center, "label": hood.label, "nodes": hood.nodes, "edges": hood.edges})
        return 0
    raise ValueError(f"unknown graph action {args.action}")


def _more_parsers(sub) -> None:
    p = sub.add_parser("ask", help="提问 / ask a question")
    p.add_argument("question")
    p.add_argument("--region")
    p.add_argument("--industry")
    p.add_argument("--employees", type=int)
    p.add_argument("--revenue", type=float, help="年营业收入（万元）")
    p.add_argument("--assets", type=float, help="资产总额（万元）")
    p.add_argument("--top-k", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--index-dir", default=None)

    p = sub.add_parser("classify", help="企业划型 / SME size classification")
    p.add_argument("--industry", required=True)
    p.add_argument("--employees", type=float)
    p.add_argument("--revenue", type=float, help="营业收入（万元）")
    p.add_argument("--assets", type=float, help="资产总额（万元）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--index-dir", default=None)

    p = sub.add_parser("coverage", help="政策覆盖 / policy coverage for government staff")
    p.add_argument("--format", choices=["md", "csv", "json"], default="md")
    p.add_argument("--support")
    p.add_argument("--size")
    p.add_argument("--days", type=int, default=180, help="expiring within N days")
    p.add_argument("--local-only", action="store_true", help="leave national policies out, so regional gaps show")
    p.add_argument("--index-dir", default=None)

    p = sub.add_parser("sparql", help="只读 SPARQL / read-only SPARQL query")
    p.add_argument("query")
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--json", action="store_true")
    p.add_argument("--index-dir", default=None)

    p = sub.add_parser("graph", help="图谱 / knowledge graph: validate, export, neighbours")
    p.add_argument("action", choices=["validate", "export", "neighbours"])
    p.add_argument("entity", nargs="?", default="", help="for neighbours: an IRI or id like tech:区块链")
    p.add_argument("--format", default="turtle")
    p.add_argument("--output")
    p.add_argument("--index-dir", default=None)


_EXTRA_PARSERS.append(_more_parsers)
COMMANDS.update({"ask": cmd_ask, "classify": cmd_classify, "coverage": cmd_coverage, "sparql": cmd_sparql,
                 "graph": cmd_graph})


def cmd_eval(args) -> int:
    from pathlib import Path

    from eval.datasets import dev_set_path, load_beir, load_jsonl_questions
    from eval.runner import RETRIEVERS, context_for, evaluate, render_table
    from retrieval.embedder import load_embedder

    settings = load_settings(index_dir=args.index_dir)
    target = args.dataset or str(dev_set_path())
    path = Path(target)
    dataset = load_beir(path, args.max_queries) if path.is_dir() else load_jsonl_questions(path)
    if args.max_queries and path.is_file():
        dataset.queries = dataset.queries[: args.max_queries]
    retrievers = tuple(args.retriever) if args.retriever else RETRIEVERS
    unknown = set(retrievers) - set(RETRIEVERS)
    if unknown:
        raise ValueError(f"unknown retriever(s) {sorted(unknown)}; choose from {', '.join(RETRIEVERS)}")
    embedder = load_embedder(settings.embed_model, settings.cache_dir)
    ctx = context_for(dataset, settings, embedder, log=lambda m: print(m, file=sys.stderr))
    result = evaluate(dataset, ctx, retrievers, progress=lambda m: print(m, file=sys.stderr))
    print(json.dumps(result, ensure_ascii=False) if args.json else render_table(result))
    return 0


def _eval_parser(sub) -> None:
    p = sub.add_parser("eval", help="评测 / evaluate retrievers on the dev set or a BEIR folder")
    p.add_argument("dataset", nargs="?", help="a JSONL question file or a BEIR folder (default: the dev set)")
    p.add_argument("--retriever", action="append", help="limit to one retriever (repeatable)")
    p.add_argument("--max-queries", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument("--index-dir", default=None)


_EXTRA_PARSERS.append(_eval_parser)
COMMANDS["eval"] = cmd_eval


if __name__ == "__main__":
    sys.exit(main())
