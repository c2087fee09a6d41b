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


if __name__ == "__main__":
    sys.exit(main())
