"""Probes (how people ask for a document): on the first chunk only, in the content hash, indexed by BM25."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from corpus.chunking import ChunkOptions, chunk_document
from corpus.documents import Chunk, DocMeta, Document
from corpus.record_docs import record_documents
from corpus.records import KnowledgeBase, load_knowledge_base, shipped_knowledge_base
from corpus.tokenize import tokenize
from retrieval.bundle import lexical_text
from retrieval.lexical import BM25Index

PROBES = ["开店贷款能贴息吗", "创业担保贷款怎么申请"]
LONG_TEXT = "\n".join([
    "创业担保贷款由政府设立担保基金，为创业者提供贷款担保。",
    "个人创业担保贷款额度最高三十万元，贷款期限最长三年。",
    "小微企业创业担保贷款额度最高四百万元，财政按规定给予贴息。",
    "申请人向户籍所在地或经营所在地的人社部门提交申请材料。",
    "经办银行审核通过后，与借款人签订贷款合同并发放贷款。",
])


def make_doc(probes: list[str] | None = None, text: str = LONG_TEXT) -> Document:
    return Document("doc-loan", text, DocMeta(title="创业担保贷款办法", kind="部委文件", status="有效"),
                    probes=list(probes) if probes is not None else [])


def test_probes_ride_on_the_first_chunk_only() -> None:
    doc = make_doc(PROBES)
    chunks = chunk_document(doc, ChunkOptions(max_chars=60, overlap=0))
    assert len(chunks) > 1
    assert chunks[0].probes == PROBES
    assert all(c.probes == [] for c in chunks[1:])
    assert chunks[0].probes is not doc.probes  # a copy: editing the chunk does not edit the document
    # The chunk text itself is unchanged by probes: never quoted, never part of the offsets.
    plain = chunk_document(make_doc(), ChunkOptions(max_chars=60, overlap=0))
    assert [(c.text, c.start, c.end) for c in chunks] == [(c.text, c.start, c.end) for c in plain]
    assert all(c.probes == [] for c in plain)
    for c in chunks:
        assert all(p not in c.text for p in PROBES)


def test_single_chunk_document_keeps_its_probes() -> None:
    doc = make_doc(PROBES, text="创业担保贷款额度最高三十万元，财政给予贴息。")
    chunks = chunk_document(doc)
    assert len(chunks) == 1 and chunks[0].probes == PROBES


def test_content_hash_follows_probes() -> None:
    without = make_doc()
    with_probes = make_doc(PROBES)
    assert without.content_hash != with_probes.content_hash
    assert make_doc(list(PROBES)).content_hash == with_probes.content_hash  # identical probes, new list
    assert make_doc([]).content_hash == without.content_hash
    assert make_doc(PROBES[:1]).content_hash not in {without.content_hash, with_probes.content_hash}
    assert make_doc([*PROBES[:1], "贴息怎么算"]).content_hash != with_probes.content_hash
    # The text still counts as before.
    assert make_doc(PROBES, text=LONG_TEXT + "。").content_hash != with_probes.content_hash


def test_lexical_text_includes_probe_words() -> None:
    probe = "开店贴息怎么申请"
    with_probe = Chunk("doc-a#0", "doc-a", "创业担保贷款额度最高三十万元。", "第三章 融资支持", 0, 15, 0, [probe])
    other = Chunk("doc-b#0", "doc-b", "制造业企业上云用云可以获得云服务券。", "", 0, 18, 0)
    text = lexical_text(with_probe)
    assert "第三章 融资支持" in text and with_probe.text in text and probe in text
    assert lexical_text(other) == f" {other.text}"  # empty heading, no probes: just the text
    assert set(tokenize(probe)) <= set(tokenize(text))

    # BM25 over lexical_text finds the chunk by a word that only its probe contains.
    word = "开店"
    assert word in tokenize(probe) and word not in with_probe.text and word not in with_probe.heading
    ids, scores = BM25Index.build([tokenize(lexical_text(c)) for c in (other, with_probe)]).search(word, 2)
    assert ids.tolist() == [1] and scores[0] > 0
    ids, _ = BM25Index.build([tokenize(f"{c.heading} {c.text}") for c in (other, with_probe)]).search(word, 2)
    assert ids.size == 0


def all_records(kb: KnowledgeBase) -> list:
    return [*kb.policies, *kb.cases, *kb.statistics, *kb.saas]


def test_shipped_record_documents_carry_their_asks() -> None:
    kb = shipped_knowledge_base()
    docs = {d.doc_id: d for d in record_documents(kb)}
    records = all_records(kb)
    assert len(docs) == len(records)
    for r in records:
        assert docs[r.id].probes == list(r.asks), r.id
        assert docs[r.id].origin == "record"
    with_asks = [r for r in records if r.asks]
    assert sum(bool(d.probes) for d in docs.values()) == len(with_asks)
    for r in with_asks:
        chunks = chunk_document(docs[r.id])
        assert chunks[0].probes == list(r.asks)
        assert all(c.probes == [] for c in chunks[1:])


def test_asks_become_probes_for_every_record_kind() -> None:
    kb = shipped_knowledge_base()
    asks = {"policy": ["有没有补贴"], "case": ["别人怎么做的"], "statistic": ["有多少企业"], "saas": ["用什么软件"]}
    edited = dataclasses.replace(
        kb,
        policies=[dataclasses.replace(kb.policies[0], asks=asks["policy"]), *kb.policies[1:]],
        cases=[dataclasses.replace(kb.cases[0], asks=asks["case"]), *kb.cases[1:]],
        statistics=[dataclasses.replace(kb.statistics[0], asks=asks["statistic"]), *kb.statistics[1:]],
        saas=[dataclasses.replace(kb.saas[0], asks=asks["saas"]), *kb.saas[1:]],
    )
    before = {d.doc_id: d for d in record_documents(kb)}
    after = {d.doc_id: d for d in record_documents(edited)}
    for kind, record in (("policy", kb.policies[0]), ("case", kb.cases[0]), ("statistic", kb.statistics[0]),
                         ("saas", kb.saas[0])):
        doc = after[record.id]
        assert doc.probes == asks[kind]
        assert doc.meta.extra["record"] == kind
        assert doc.text == before[record.id].text  # asks are never rendered into the quotable text
        assert (doc.content_hash == before[record.id].content_hash) == (record.asks == asks[kind])
    untouched = {r.id for r in all_records(kb)} - {kb.policies[0].id, kb.cases[0].id, kb.statistics[0].id,
                                                   kb.saas[0].id}
    for doc_id in untouched:
        assert after[doc_id].content_hash == before[doc_id].content_hash


def test_asks_load_from_yaml(tmp_path: Path) -> None:
    policy = {"id": "p-test", "title": "测试政策", "issuer": ["工业和信息化部"], "status": "有效", "as_of": "2025-01",
              "source": {"url": "https://www.miit.gov.cn/"}, "asks": ["小店能拿补贴吗", "怎么申请"]}
    (tmp_path / "policies.yaml").write_text(yaml.safe_dump([policy, {**policy, "id": "p-plain", "asks": []}],
                                                           allow_unicode=True), encoding="utf-8")
    kb = load_knowledge_base(tmp_path)
    assert kb.policies[0].asks == ["小店能拿补贴吗", "怎么申请"]
    assert kb.policies[1].asks == []
    docs = {d.doc_id: d for d in record_documents(kb)}
    assert docs["p-test"].probes == ["小店能拿补贴吗", "怎么申请"] and docs["p-plain"].probes == []
