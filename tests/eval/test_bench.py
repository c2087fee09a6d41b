"""The benchmark report: rendering (off-topic-only sets get one refusal line) and the in-place rewrite."""

from __future__ import annotations

import eval.bench as bench

ROW = {"recall@1": 0.5, "recall@5": 0.9, "recall@10": 1.0, "mrr@10": 0.7, "ndcg@10": 0.75, "hit@5": 1.0,
       "latency_ms_p50": 20.0, "latency_ms_p95": 30.0}
SPLIT = {"detail": {"refused": 46, "questions": 59}, "off-topic": {"refused": 20, "questions": 20}}
QUALITY = [{"dataset": "dev", "queries": 4, "retrievers": {"bm25": ROW, "advisor": {**ROW, "refusal_rate_offtopic": 1.0}}},
           {"dataset": "calib4", "queries": 41,
            "retrievers": {"advisor": {**ROW, "refusal_rate_offtopic": 0.8354, "refused_by_trap": SPLIT}}},
           {"dataset": "calib", "queries": 0, "retrievers": {"advisor": {**ROW, "refusal_rate_offtopic": 0.9375}}}]


def test_render_tables_and_refusal_lines():
    block = bench.render(QUALITY, {}, {"quality": "2026-11-26 21:09", "speed": "2026-11-26 20:45"})
    assert block.startswith(bench.START) and block.endswith(bench.END)
    assert "quality 2026-11-26 21:09; speed 2026-11-26 20:45" in block
    assert "| bm25 | 0.500 | 0.900 | 1.000 | 0.700 | 0.750 | 1.000 | 20.0 | 30.0 |" in block
    assert "### Refusal: calib (off-topic questions only)" in block and "0.938" in block
    assert "### Quality: calib " not in block  # no table of zeros for a set with nothing to find
    assert "| ↳ refused, by labelled kind | detail 46/59, off-topic 20/20 |" in block


def test_write_report_replaces_only_the_marked_block(tmp_path, monkeypatch):
    report = tmp_path / "BENCHMARKS.md"
    report.write_text(f"# B\n\nprose before\n\n{bench.START}\nold figures\n{bench.END}\n\nprose after\n", encoding="utf-8")
    monkeypatch.setattr(bench, "REPORT", report)
    bench.write_report(f"{bench.START}\nnew figures\n{bench.END}")
    text = report.read_text(encoding="utf-8")
    assert "new figures" in text and "old figures" not in text
    assert text.startswith("# B\n\nprose before") and text.rstrip().endswith("prose after")
    assert not list(tmp_path.glob("*.tmp"))
