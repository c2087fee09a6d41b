"""The evaluation runner over a small BEIR folder, indexed on the fly with the fake embedder."""

from __future__ import annotations

from types import SimpleNamespace

from advisor.config import Settings
from eval.datasets import Dataset, Query, load_beir
from eval.runner import EvalContext, context_for, evaluate, render_table
from tests.conftest import write_beir

DOCS = [
    {"_id": "wage", "title": "工资支付", "text": "用人单位应当以货币形式按月支付劳动者工资，不得克扣或者无故拖欠。"},
    {"_id": "contract", "title": "劳动合同", "text": "建立劳动关系应当订立书面劳动合同，试用期包含在合同期限内。"},
    {"_id": "tax", "title": "小微企业所得税", "text": "小型微利企业年应纳税所得额不超过三百万元的部分减按百分之二十五计入。"},
    {"_id": "vat", "title": "增值税起征点", "text": "小规模纳税人月销售额十万元以下免征增值税。"},
]
QUERIES = [{"_id": "q1", "text": "老板拖欠工资怎么办"}, {"_id": "q2", "text": "试用期算不算在劳动合同里"},
           {"_id": "q3", "text": "小型微利企业所得税怎么算"}, {"_id": "q4", "text": "增值税起征点是多少"}]
QRELS = [("q1", "wage", 1), ("q2", "contract", 1), ("q3", "tax", 1), ("q4", "vat", 1)]


def test_evaluate_reports_every_metric_and_jieba_beats_the_regex_tokeniser(tmp_path, fake_embedder):
    write_beir(tmp_path / "mini", DOCS, QUERIES, QRELS)
    data = load_beir(tmp_path / "mini")
    settings = Settings(index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    ctx = context_for(data, settings, fake_embedder)
    result = evaluate(data, ctx, ("bm25-regex", "bm25", "dense", "hybrid"))
    assert result["queries"] == 4 and set(result["retrievers"]) == {"bm25-regex", "bm25", "dense", "hybrid"}
    bm25, regex = result["retrievers"]["bm25"], result["retrievers"]["bm25-regex"]
    assert bm25["hit@5"] == 1.0 and bm25["mrr@10"] == 1.0
    assert regex["recall@1"] < bm25["recall@1"]  # whole Chinese clauses as "words" rarely match
    for row in result["retrievers"].values():
        assert {"recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10", "hit@5", "latency_ms_p50"} <= set(row)
        assert all(0.0 <= row[k] <= 1.0 for k in ("recall@1", "recall@10", "mrr@10", "ndcg@10", "hit@5"))
    table = render_table(result)
    assert "| bm25 |" in table and "mini" in table


def test_the_bundle_is_cached_by_content(tmp_path, fake_embedder):
    write_beir(tmp_path / "mini", DOCS, QUERIES, QRELS)
    data = load_beir(tmp_path / "mini")
    settings = Settings(index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    context_for(data, settings, fake_embedder)
    embedded = fake_embedder.embedded
    context_for(load_beir(tmp_path / "mini"), settings, fake_embedder)
    assert fake_embedder.embedded == embedded


class _WeatherShy:
    """An advisor that refuses only questions about the weather (the runner's counting is what is tested)."""

    def ask(self, question: str, top_k: int = 10):
        cites = [SimpleNamespace(doc_id="tax")]
        return SimpleNamespace(confident="天气" not in question, citations=cites)


def test_refusals_are_counted_by_labelled_kind():
    queries = [Query("a", "小微企业所得税", {"tax"}), Query("t1", "明天天气", answerable=False, trap="off-topic"),
               Query("t2", "所得税哪天交", answerable=False, trap="detail"),
               Query("t3", "所得税的天气", answerable=False, trap="detail"), Query("t4", "写首诗", answerable=False)]
    ctx = EvalContext(bundle=None, searcher=None, advisor=_WeatherShy())
    row = evaluate(Dataset("mini", queries), ctx, ("advisor",))["retrievers"]["advisor"]
    assert row["hit@5"] == 1.0 and row["refusal_rate_offtopic"] == 0.5  # 2 of 4 refused, t4 unlabelled
    assert row["refused_by_trap"] == {"detail": {"refused": 1, "questions": 2}, "off-topic": {"refused": 1, "questions": 1}}
    assert "refused by kind | detail 1/2, off-topic 1/1" in render_table({"dataset": "mini", "queries": 1,
                                                                           "retrievers": {"advisor": row}})
