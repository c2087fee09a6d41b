"""Uncovered topics: the catalogue's shape, the cue gate, the coverage lift, the rule and the vector cache."""

from __future__ import annotations

import numpy as np
import pytest

from advisor.answer import refusal
from advisor.topics import TopicError, UncoveredTopics, parse_topics, shipped_topics_text
from corpus.documents import Chunk
from corpus.record_docs import record_documents
from corpus.records import shipped_knowledge_base
from retrieval.search import Hit

SMALL = """
topics:
  - id: patent
    name: 专利申请与费用
    ask: 请咨询国家知识产权局。
    terms: [专利]
    cues: [专利]
    examples: [申请专利要多少钱, 专利官费能减免吗]
  - id: listing
    name: 股票上市
    ask: 请查看证券交易所官网。
    terms: [北交所, 上市条件]
    cues: [上市, 北交所, IPO]
    unless: [新三板挂牌补贴]
    examples: [公司想去北交所上市要什么条件, IPO要花多少钱]
"""


def hit(text: str, row: int = 0) -> Hit:
    return Hit(row, Chunk(f"d{row}#0", f"d{row}", text, "", 0, len(text), 0), 1.0)


@pytest.fixture
def topics(fake_embedder, tmp_path) -> UncoveredTopics:
    return UncoveredTopics(parse_topics(SMALL), fake_embedder, tmp_path, SMALL)


def test_a_question_naming_no_cue_matches_no_topic(topics, fake_embedder):
    q = "小公司申请一下要多少钱"  # close in characters to an example, but names neither 专利 nor 上市
    assert topics.nearest(q, fake_embedder.embed_queries([q])[0], []) is None


def test_only_cued_topics_compete(topics, fake_embedder):
    q = "IPO的专利要多少钱"  # names cues of both topics: the nearer example decides
    m = topics.nearest(q, fake_embedder.embed_queries([q])[0], [])
    assert m is not None and m.topic.id in {"patent", "listing"}
    q2 = "ipo 要准备什么"  # cues match case-insensitively
    m2 = topics.nearest(q2, fake_embedder.embed_queries([q2])[0], [])
    assert m2 is not None and m2.topic.id == "listing"
    assert -1.0 <= m2.similarity <= 1.0


def test_a_passage_naming_a_term_means_the_topic_is_covered(topics, fake_embedder):
    q = "申请专利要花多少钱"
    qvec = fake_embedder.embed_queries([q])[0]
    assert topics.nearest(q, qvec, [hit("小微企业的所得税优惠。")]).covered is False
    assert topics.nearest(q, qvec, [hit("小微企业的所得税优惠。"), hit("专利费用减缴办法：…", 1)]).covered is True


def test_a_question_naming_a_term_is_marked(topics, fake_embedder):
    for q, named in [("北交所上市条件是什么", True), ("公司想上市要准备多久", False)]:
        m = topics.nearest(q, fake_embedder.embed_queries([q])[0], [])
        assert m is not None and m.topic.id == "listing" and m.named is named


def test_a_cue_said_across_two_words_is_not_said(fake_embedder, tmp_path):
    text = SMALL.replace("cues: [专利]", "cues: [专利, 规上]")
    topics = UncoveredTopics(parse_topics(text), fake_embedder, tmp_path, text)
    q = "顾客要把资料转走，法规上我们要配合吗"  # 法规|上, not 规上
    assert topics.nearest(q, fake_embedder.embed_queries([q])[0], []) is None
    q2 = "成了规上企业以后要做什么"
    assert topics.nearest(q2, fake_embedder.embed_queries([q2])[0], []).topic.id == "patent"


def test_vectors_are_cached_per_model_and_file(fake_embedder, tmp_path):
    first = UncoveredTopics(parse_topics(SMALL), fake_embedder, tmp_path, SMALL)
    n = fake_embedder.queried
    again = UncoveredTopics(parse_topics(SMALL), fake_embedder, tmp_path, SMALL)
    assert fake_embedder.queried == n  # read back, not embedded again
    np.testing.assert_allclose(again.vectors, first.vectors)
    changed = SMALL.replace("IPO要花多少钱", "IPO 一般多久")
    UncoveredTopics(parse_topics(changed), fake_embedder, tmp_path, changed)
    assert fake_embedder.queried == n + 4  # another file content is another cache entry


def test_a_damaged_cache_file_is_recomputed(fake_embedder, tmp_path):
    UncoveredTopics(parse_topics(SMALL), fake_embedder, tmp_path, SMALL)
    (cached,) = (tmp_path / "topics").glob("*.npy")
    cached.write_bytes(b"not an array")
    rebuilt = UncoveredTopics(parse_topics(SMALL), fake_embedder, tmp_path, SMALL)
    assert rebuilt.vectors.shape == (4, fake_embedder.dim)
    assert np.load(cached).shape == (4, fake_embedder.dim)  # and written back whole
    assert list((tmp_path / "topics").glob("*.tmp")) == []


@pytest.mark.parametrize("broken, message", [
    (SMALL.replace("    cues: [专利]\n", ""), "needs exactly"),
    (SMALL.replace("cues: [专利]", "cues: []"), "must not be empty"),
    (SMALL.replace("id: listing", "id: patent"), "duplicate id"),
    (SMALL.replace("    ask: 请查看证券交易所官网。\n", "    ask: 请查看证券交易所官网。\n    why: x\n"), "needs exactly"),
])
def test_malformed_catalogue_is_rejected_with_the_topic_named(broken, message):
    with pytest.raises(TopicError, match=message):
        parse_topics(broken)


def test_refusal_names_the_topic_and_where_to_ask():
    topic = parse_topics(SMALL)[0]
    text = refusal("申请专利要多少钱", [], None, topic)
    assert "专利申请与费用" in text and "国家知识产权局" in text


# ---- the shipped catalogue ---------------------------------------------------------------------------

def test_shipped_catalogue_parses_and_every_example_names_a_cue_of_its_topic():
    topics = parse_topics(shipped_topics_text())
    assert len(topics) >= 20
    for t in topics:
        for example in t.examples:
            assert any(c in example.lower() for c in t.cues), f"{t.id}: {example!r} names none of its cues"


def test_no_shipped_record_names_a_term_of_an_uncovered_topic():
    """A term in our own documents would mean the topic is covered after all (or the term is ambiguous)."""
    texts = [d.text for d in record_documents(shipped_knowledge_base())]
    for t in parse_topics(shipped_topics_text()):
        found = [(term, text[:40]) for term in t.terms for text in texts if term in text]
        assert not found, f"{t.id}: shipped documents name {found[:3]}"



def test_a_question_naming_a_covered_subject_escapes_the_topic(topics, fake_embedder):
    q = "公司想上市，新三板挂牌补贴有多少"
    assert topics.nearest(q, fake_embedder.embed_queries([q])[0], []) is None
    q2 = "公司想上市，要准备什么"
    assert topics.nearest(q2, fake_embedder.embed_queries([q2])[0], []) is not None
