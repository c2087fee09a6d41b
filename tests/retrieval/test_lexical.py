"""BM25 over jieba tokens: Chinese matching, agreement with reference formulas, top_k, persistence."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from corpus.tokenize import tokenize
from retrieval.lexical import BM25Index, regex_tokenize, top_k

DOCS = [
    "餐饮企业可以申请数字化转型补贴，用于购买扫码点餐和收银系统。",
    "小型微利企业减按百分之二十五计入应纳税所得额，按百分之二十的税率缴纳企业所得税。",
    "银行为科技型中小企业提供知识产权质押贷款，贷款额度最高一千万元。",
    "茶叶企业利用区块链技术实现溯源，消费者扫码即可查看茶园信息。",
    "制造业企业上云用云可获得云服务券，降低信息化投入成本。",
    "政府采购应当为中小企业预留采购份额，并给予价格扣除优惠。",
    "专精特新中小企业认定需要满足研发投入和营业收入等条件。",
    "跨境电商企业可以享受出口退税政策，退税时限缩短到五个工作日。",
]
TOKENS = [tokenize(d) for d in DOCS]

# Every term of these queries is in the vocabulary and in fewer than half the documents, so
# BM25Okapi's epsilon floor for negative idf never applies; "贷款" repeats to test query term counts.
QUERIES = [
    ["扫码点餐", "收银"],
    ["扫码", "茶园"],
    ["贷款", "贷款", "知识产权"],
    ["退税", "跨境电商", "数字化转型"],
    ["投入", "百分", "采购"],
]


def test_jieba_tokens_match_chinese_where_regex_does_not() -> None:
    query = "餐馆想用扫码点餐收银"
    regex_index = BM25Index.build([regex_tokenize(d) for d in DOCS])
    assert regex_tokenize(query) == [query]  # one "word": the whole sentence
    assert not regex_index.scores(regex_tokenize(query)).any()
    assert regex_index.search(query, 5, tokenizer=regex_tokenize)[0].size == 0

    jieba_index = BM25Index.build(TOKENS)
    scores = jieba_index.scores(tokenize(query))
    assert scores[0] > 0 and int(np.argmax(scores)) == 0
    ids, _ = jieba_index.search(query, 5)
    assert ids.tolist() == [0]


def test_query_terms_are_rare() -> None:
    df = Counter(t for toks in TOKENS for t in set(toks))
    for query in QUERIES:
        for term in query:
            assert 0 < df[term] < len(DOCS) / 2, term


@pytest.mark.parametrize("k1", [1.2, 1.5])
@pytest.mark.parametrize("query", QUERIES, ids=["-".join(q) for q in QUERIES])
def test_robertson_matches_rank_bm25_okapi(query: list[str], k1: float) -> None:
    # bm25s' "robertson" term-frequency part omits Okapi's constant (k1 + 1) factor; idf is the same.
    ours = BM25Index.build(TOKENS, k1=k1, b=0.75, method="robertson").scores(query)
    ref = BM25Okapi(TOKENS, k1=k1, b=0.75).get_scores(query)
    assert ref.max() > 0 and (ref == 0).any()
    np.testing.assert_allclose(ours * (k1 + 1), ref, rtol=1e-4, atol=1e-6)


def _lucene_reference(docs: list[list[str]], query: list[str], k1: float, b: float) -> np.ndarray:
    n = len(docs)
    avgdl = sum(map(len, docs)) / n
    df = Counter(t for d in docs for t in set(d))
    out = np.zeros(n)
    for i, doc in enumerate(docs):
        tf = Counter(doc)
        for term in query:
            if tf[term]:
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                out[i] += idf * tf[term] / (tf[term] + k1 * (1 - b + b * len(doc) / avgdl))
    return out


@pytest.mark.parametrize("query", [*QUERIES, ["企业", "中小企业"]])
def test_default_lucene_matches_formula(query: list[str]) -> None:
    ours = BM25Index.build(TOKENS).scores(query)  # defaults: k1=1.2, b=0.75, lucene idf (never negative)
    np.testing.assert_allclose(ours, _lucene_reference(TOKENS, query, 1.2, 0.75), rtol=1e-4, atol=1e-6)


def test_unknown_terms_and_empty_documents() -> None:
    index = BM25Index.build([["扫码"], [], ["贷款", "扫码"]])
    assert index.size == 3
    assert index.scores(["不存在"]).tolist() == [0.0, 0.0, 0.0]
    assert index.scores([]).shape == (3,)
    scores = index.scores(["不存在", "贷款"])
    assert scores[2] > 0 and scores[0] == scores[1] == 0
    empty = BM25Index.build([])
    assert empty.size == 0 and empty.scores(["扫码"]).shape == (0,)
    assert empty.search("扫码", 5)[0].size == 0


def test_top_k_orders_and_drops_non_positive() -> None:
    scores = np.array([0.5, 0.0, 2.0, -1.0, 1.0, 2.0, 0.1], dtype=np.float32)
    ids, vals = top_k(scores, 4)
    assert ids.tolist() == [2, 5, 4, 0]
    assert vals.tolist() == [2.0, 2.0, 1.0, 0.5]
    assert ids.dtype == np.int64
    ids, vals = top_k(scores, 100)  # more than there are: every positive score, best first
    assert ids.tolist() == [2, 5, 4, 0, 6]
    assert np.all(np.diff(vals) <= 0)
    assert top_k(scores, 0)[0].size == 0
    assert top_k(np.zeros(0, dtype=np.float32), 3)[0].size == 0
    assert top_k(np.zeros(5, dtype=np.float32), 3)[0].size == 0


def test_top_k_matches_full_sort_on_random_scores() -> None:
    rng = np.random.default_rng(7)
    scores = rng.normal(size=1000).astype(np.float32)
    ids, vals = top_k(scores, 25)
    expected = np.argsort(-scores, kind="stable")[:25]
    assert ids.tolist() == expected.tolist()
    np.testing.assert_array_equal(vals, scores[expected])


def test_save_load_round_trip(tmp_path: Path) -> None:
    index = BM25Index.build(TOKENS)
    folder = tmp_path / "bm25"
    folder.mkdir()
    index.save(folder)
    loaded = BM25Index.load(folder)
    assert loaded.size == index.size == len(DOCS)
    for query in QUERIES:
        np.testing.assert_array_equal(loaded.scores(query), index.scores(query))
    assert loaded.search("跨境电商出口退税", 3)[0].tolist() == [7]
