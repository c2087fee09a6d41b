"""Confidence (advisor/service.py): the evidence rules and the uncovered-topic rule, without a model."""

from __future__ import annotations

import numpy as np

from advisor.service import Confidence, Evidence, content_words, evidence
from corpus.documents import Chunk
from retrieval.search import Hit


def hit(text: str, row: int = 0) -> Hit:
    return Hit(row, Chunk(f"d{row}#0", f"d{row}", text, "", 0, len(text), 0), 1.0)


def test_the_rule_needs_nearness_and_no_covering_passage():
    conf = Confidence(min_topic=0.9, topic_margin=0.0)
    assert conf.off_topic(0.93, False, 0.92)
    assert not conf.off_topic(0.93, True, 0.92)  # a retrieved passage covers the topic
    assert not conf.off_topic(0.93, False, 0.95)  # the evidence is nearer than the topic
    assert not conf.off_topic(0.89, False, 0.80)  # not near enough to any topic
    got = conf.off_topic(np.array([0.93, 0.93, 0.89]), np.array([False, True, False]), np.array([0.92, 0.92, 0.8]))
    assert got.tolist() == [True, False, False]


def test_a_term_of_the_topic_in_the_question_outweighs_nearer_evidence():
    conf = Confidence(min_topic=0.9, topic_margin=0.0)
    assert conf.off_topic(0.91, False, 0.95, named=True)  # "劳动仲裁" named, no passage speaks of it
    assert not conf.off_topic(0.91, True, 0.95, named=True)  # …unless a passage does
    assert not conf.off_topic(0.85, False, 0.80, named=True)  # still needs nearness to the topic


def test_a_named_document_keeps_its_question_unless_a_topic_term_is_named_too():
    conf = Confidence(min_topic=0.9, topic_margin=0.0)
    assert not conf.off_topic(0.93, False, 0.92, document_named=True)  # near a topic, but about the document
    assert conf.off_topic(0.93, False, 0.92, named=True, document_named=True)  # "…19号公告停了，发票怎么红冲"
    got = conf.off_topic(np.array([0.93, 0.93]), np.array([False, False]), np.array([0.92, 0.92]),
                         np.array([False, True]), np.array([True, True]))
    assert got.tolist() == [False, True]


def test_a_named_category_among_the_passages_lowers_the_bar():
    conf = Confidence(min_sentence=0.906, min_sentence_named=0.89)
    assert not conf.accepts(Evidence(0.895, 0.0, 0.0, named=0.0))
    assert conf.accepts(Evidence(0.895, 0.0, 0.0, named=1.0))
    assert not conf.accepts(Evidence(0.885, 0.0, 0.0, named=1.0))
    mes = hit("MES 关注二次开发费用。")
    assert evidence([mes], {"d0"}).named == 1.0
    assert evidence([mes], {"saas-erp"}).named == 0.0  # named, but not among the passages


def test_every_word_found_with_the_graph_lowers_the_bar_for_a_telegraphic_question():
    conf = Confidence(min_sentence=0.906, min_sentence_with_graph=0.904, min_sentence_worded=0.884)
    assert not conf.accepts(Evidence(0.896, 2.6, 1.0, worded=0.0))  # "饭店小型标准": too few words for BM25
    assert conf.accepts(Evidence(0.896, 2.6, 1.0, worded=1.0))
    assert not conf.accepts(Evidence(0.896, 2.6, 0.5, worded=1.0))  # the graph links only some of its entities
    assert not conf.accepts(Evidence(0.88, 2.6, 1.0, worded=1.0))
    words = content_words("饭店小型标准是多少")
    assert "多少" not in words and {"饭店", "小型", "标准"} <= set(words)
    size = hit("餐饮业小型企业：从业人员10人及以上，饭店、餐馆按此标准划分。")
    assert evidence([size], words=words).worded == 1.0
    assert evidence([size], words=content_words("快递驿站开办条件")).worded == 0.0  # 驿站, 开办: not there
    assert evidence([size]).worded == 0.0  # no words, nothing to find
