"""retrieval.sentences: statement spans, sentence/probe vectors, their bundle storage and use in search."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from corpus.chunking import sentence_spans
from corpus.documents import Chunk, DocMeta, Document
from corpus.tokenize import tokenize
from retrieval.bundle import (
    SENTENCES_DIR,
    BundleError,
    BundleStore,
    IndexBundle,
    embed_incrementally,
    lexical_text,
)
from retrieval.search import FusionConfig, HybridSearcher
from retrieval.sentences import (
    MIN_CHARS,
    SCHEME,
    SentenceIndex,
    chunk_units,
    embed_sentences,
    is_quotable,
    is_statement,
    quotable_sentences,
    statement_spans,
    unit_text,
)
from tests.conftest import CountingEmbedder


def spans_of(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Where each piece occurs in ``text``, searching left to right (independent of the splitter)."""
    out, pos = [], 0
    for piece in pieces:
        start = text.index(piece, pos)
        out.append((start, start + len(piece)))
        pos = start + len(piece)
    return out


# ---- statement_spans ---------------------------------------------------------------------------------

def test_statement_spans_are_exact_stripped_sentences() -> None:
    text = "  企业可以申请数字化转型补贴。 \n扫码点餐系统支持自助下单；后厨自动出单！\n"
    spans = statement_spans(text)
    assert [text[s:e] for s, e in spans] == ["企业可以申请数字化转型补贴。", "扫码点餐系统支持自助下单；", "后厨自动出单！"]
    for s, e in spans:
        assert text[s:e] == text[s:e].strip()
    assert spans == spans_of(text, [text[s:e] for s, e in spans])


def test_headings_and_short_pieces_are_skipped() -> None:
    short = "好的好的。"  # MIN_CHARS - 1 characters
    just_long_enough = "真的很好啊。"
    assert len(short) == MIN_CHARS - 1 and len(just_long_enough) == MIN_CHARS
    text = f"# 第一章 总则\n## 申请条件。\n一、\n注：\n{short}{just_long_enough}\n   # 缩进的标题\n企业应当依法纳税。"
    got = [text[s:e] for s, e in statement_spans(text)]
    assert got == [just_long_enough, "企业应当依法纳税。"]
    # The raw splitter does see the skipped pieces: they are dropped by statement_spans, not lost earlier.
    raw = [text[s:e].strip() for s, e in sentence_spans(text)]
    for piece in ("# 第一章 总则", "## 申请条件。", "一、", "注：", short):
        assert piece in raw


def test_title_and_label_lines_are_not_statements() -> None:
    text = "《中小企业促进法》（主席令第七十四号）\n关键词：补贴、贷款\n行业：制造业。\n国家支持中小企业发展。"
    got = [text[s:e] for s, e in statement_spans(text)]
    assert got == ["行业：制造业。", "国家支持中小企业发展。"]  # a label line ending in 。 is a statement
    assert not is_statement("《中小企业促进法》") and not is_statement("关键词：补贴、贷款")
    assert is_statement("国家支持中小企业发展。")


def test_short_field_lines_are_evidence_but_not_quotable() -> None:
    for field_line in ("技术：区块链。", "数字化阶段：集成协同。", "行业：制造业。"):
        assert is_statement(field_line) and not is_quotable(field_line)
    for sentence in ("其他条件：在上海市依法设立并符合国家中小企业划分标准的企业。", "国家支持中小企业发展。",
                     "注意：先梳理工艺和编码再上线，避免把混乱流程搬进系统。"):
        assert is_quotable(sentence)
    assert not is_quotable("关键词：补贴、贷款")  # not a statement at all


def test_quotable_sentences_keep_order_and_skip_field_lines() -> None:
    text = "## 成效\n技术：区块链。论文以此说明上链能让设备成为可信的数字资产。具体数字未核实。"
    assert quotable_sentences(text) == ["论文以此说明上链能让设备成为可信的数字资产。", "具体数字未核实。"]
    assert quotable_sentences("技术：区块链。") == []


def test_closing_quotes_and_punctuation_stay_with_their_sentence() -> None:
    pieces = ["他说：“补贴已经到账。”", "这是真的吗？！", "请见附件「申请表。」", "Is it free?!”", "到此为止结束"]
    text = "".join(pieces)
    assert statement_spans(text) == spans_of(text, pieces)
    assert sentence_spans(text) == spans_of(text, pieces)


def test_offsets_are_exact_on_multiline_chinese_text() -> None:
    text = ("# 第一章 总则\n"
            "  为了促进中小企业发展，制定本办法。国家鼓励企业上云用云！\n"
            "\n"
            "一、\n"
            "他说：“补贴已经到账。”企业负责人表示满意。\n"
            "## 第二节 申请\n"
            "申请人应当提交哪些材料？请见附件「申请表。」注：\n"
            "\t小微企业可以享受减半征收；\n"
            "关键词：补贴、贷款 \n"
            "最后一行没有句号")
    expected = ["为了促进中小企业发展，制定本办法。", "国家鼓励企业上云用云！", "他说：“补贴已经到账。”", "企业负责人表示满意。",
                "申请人应当提交哪些材料？", "请见附件「申请表。」", "小微企业可以享受减半征收；",
                "最后一行没有句号"]  # "关键词：…" is a label line, not a statement
    spans = statement_spans(text)
    assert [text[s:e] for s, e in spans] == expected
    assert spans == spans_of(text, expected)


def test_sentence_spans_cover_every_non_space_character_once() -> None:
    text = "第一句。第二句！\n\n  第三句？”第四句；\n# 标题\n没有结尾"
    spans = sentence_spans(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # ordered, no overlap
    covered = "".join(text[s:e] for s, e in spans)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)
    # A window [start, end) yields only spans inside it.
    start, end = text.index("第二句"), text.index("第四句")
    inner = sentence_spans(text, start, end)
    assert inner and all(start <= s < e <= end for s, e in inner)
    assert [text[s:e].strip() for s, e in inner] == ["第二句！", "第三句？”"]


def test_no_statements_in_empty_or_heading_only_text() -> None:
    assert statement_spans("") == []
    assert statement_spans("   \n\n") == []
    assert statement_spans("# 只有标题\n## 第二个标题") == []


# ---- embed_sentences and SentenceIndex ------------------------------------------------------------------

def make_chunk(chunk_id: str, text: str, probes: list[str] | None = None, heading: str = "") -> Chunk:
    doc_id = chunk_id.split("#")[0]
    return Chunk(chunk_id, doc_id, text, heading, 0, len(text), int(chunk_id.split("#")[1]), list(probes or []))


def sample_chunks() -> list[Chunk]:
    return [
        make_chunk("doc-dining#0", "餐饮企业可以申请数字化转型补贴。扫码点餐系统支持顾客自助下单。",
                   ["饭店点餐系统有补贴吗", "扫码点餐怎么申请补贴"]),
        make_chunk("doc-tax#0", "# 税收优惠\n小型微利企业减按百分之二十五计入应纳税所得额。增值税小规模纳税人月销售额十万元以下免征增值税。"),
        make_chunk("doc-loan#0", "创业担保贷款额度最高三十万元。财政给予贴息。", ["开店贷款能贴息吗"]),
        make_chunk("doc-empty#0", "# 只有标题\n注："),  # no statement, no probe: no units
        make_chunk("doc-cloud#0", "一、", ["云服务券怎么领"]),  # a probe but nothing quotable
    ]


def unit_vec(embedder: CountingEmbedder, text: str) -> np.ndarray:
    return embedder.embed_queries([text])[0]  # the fake embeds queries and passages alike


def test_offsets_spans_and_texts_follow_chunk_units(fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    index, n = embed_sentences(chunks, fake_embedder)
    units = [chunk_units(c) for c in chunks]
    total = sum(len(u) for u in units)
    assert n == total == fake_embedder.embedded + fake_embedder.queried == len(index.vectors) == len(index.spans)
    assert fake_embedder.queried == sum(len(c.probes) for c in chunks)  # probes are embedded like questions
    assert index.vectors.shape == (total, fake_embedder.dim) and index.vectors.dtype == np.float32
    assert len(index.offsets) == len(chunks) + 1 and index.offsets[0] == 0 and index.offsets[-1] == total
    texts = index.texts(chunks)
    assert len(texts) == total
    for i, (c, u) in enumerate(zip(chunks, units, strict=True)):
        lo, hi = int(index.offsets[i]), int(index.offsets[i + 1])
        assert hi - lo == len(u)
        assert [tuple(sp) for sp in index.spans[lo:hi].tolist()] == u
        statements = [c.text[s:e] for s, e in statement_spans(c.text)]
        assert texts[lo:hi] == statements + c.probes
        # Statements come first, then one (-1, j) unit per probe, in order.
        assert u[len(statements):] == [(-1, j) for j in range(len(c.probes))]
        for k, (s, e) in enumerate(u):
            assert unit_text(c, s, e) == texts[lo + k]
            np.testing.assert_allclose(index.vectors[lo + k], unit_vec(fake_embedder, texts[lo + k]), atol=1e-6)
    assert units[3] == [] and units[4] == [(-1, 0)]
    assert texts[index.offsets[4]] == "云服务券怎么领"


def test_unchanged_units_are_reused(fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    first, _ = embed_sentences(chunks, fake_embedder)
    before = fake_embedder.embedded

    # One sentence of one chunk changes: only that unit is embedded again.
    changed = sample_chunks()
    old_sentence = "增值税小规模纳税人月销售额十万元以下免征增值税。"
    new_sentence = "个体工商户年应纳税所得额不超过二百万元的部分减半征收。"
    tax = changed[1]
    changed[1] = make_chunk(tax.chunk_id, tax.text.replace(old_sentence, new_sentence))
    second, n = embed_sentences(changed, fake_embedder, previous=(first, chunks))
    assert n == 1 and fake_embedder.embedded - before == 1
    old_vectors = dict(zip(first.texts(chunks), first.vectors, strict=True))
    new_texts = second.texts(changed)
    assert new_sentence in new_texts and old_sentence not in new_texts
    for text, vec in zip(new_texts, second.vectors, strict=True):
        if text == new_sentence:
            np.testing.assert_allclose(vec, unit_vec(fake_embedder, new_sentence), atol=1e-6)
        else:
            np.testing.assert_array_equal(vec, old_vectors[text])

    # A changed probe is a changed unit too.
    before, asked = fake_embedder.embedded, fake_embedder.queried
    reprobed = [*changed]
    dining = reprobed[0]
    reprobed[0] = make_chunk(dining.chunk_id, dining.text, [dining.probes[0], "点餐小程序能报销吗"])
    third, n = embed_sentences(reprobed, fake_embedder, previous=(second, changed))
    assert n == 1 and fake_embedder.embedded == before and fake_embedder.queried - asked == 1
    assert "点餐小程序能报销吗" in third.texts(reprobed)

    # Reuse goes by text, not by position: reordering the chunks embeds nothing.
    before = fake_embedder.embedded
    shuffled = reprobed[::-1]
    fourth, n = embed_sentences(shuffled, fake_embedder, previous=(third, reprobed))
    assert n == 0 and fake_embedder.embedded == before
    assert sorted(fourth.texts(shuffled)) == sorted(third.texts(reprobed))


def test_best_is_the_max_over_probes_but_quotes_only_sentences() -> None:
    # Hand-made unit vectors: the probe matches the query best, the second sentence is the best statement.
    index = SentenceIndex(vectors=np.eye(3, dtype=np.float32), offsets=np.array([0, 3]),
                          spans=np.array([[0, 5], [6, 10], [-1, 0]], dtype=np.int32))
    query = np.array([0.1, 0.2, 0.97], dtype=np.float32)
    score, quote = index.best(0, query)
    assert score == pytest.approx(0.97)
    assert quote == (6, 10)
    # When a sentence beats the probe, it is both the score and the quote.
    score, quote = index.best(0, np.array([0.9, 0.2, 0.1], dtype=np.float32))
    assert (score, quote) == (pytest.approx(0.9), (0, 5))
    # A sentence the caller will not quote still scores, and the next-best quotable one is the quote.
    score, quote = index.best(0, np.array([0.9, 0.2, 0.1], dtype=np.float32), lambda s, e: s != 0)
    assert (score, quote) == (pytest.approx(0.9), (6, 10))
    assert index.best(0, np.array([0.9, 0.2, 0.1], dtype=np.float32), lambda s, e: False)[1] is None


def test_best_with_embedded_chunks(fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    index, _ = embed_sentences(chunks, fake_embedder)
    dining = chunks[0]
    probe = dining.probes[1]
    q = unit_vec(fake_embedder, probe)
    score, quote = index.best(0, q)
    statements = statement_spans(dining.text)
    sims = [float(unit_vec(fake_embedder, dining.text[s:e]) @ q) for s, e in statements]
    assert score == pytest.approx(1.0, abs=1e-5)  # the probe itself
    assert max(sims) < score - 1e-3  # ... which no statement reaches
    assert quote == statements[int(np.argmax(sims))]
    assert quote[0] >= 0 and dining.text[quote[0]:quote[1]] in [dining.text[s:e] for s, e in statements]

    # Nothing quotable: a score from the probe but no quote; no units at all: None.
    cloud_score, cloud_quote = index.best(4, unit_vec(fake_embedder, "云服务券怎么领"))
    assert cloud_score == pytest.approx(1.0, abs=1e-5) and cloud_quote is None
    assert index.best(3, q) is None


@pytest.mark.parametrize("mmap", [True, False])
def test_save_load_round_trip(tmp_path: Path, fake_embedder: CountingEmbedder, mmap: bool) -> None:
    chunks = sample_chunks()
    index, _ = embed_sentences(chunks, fake_embedder)
    index.save(tmp_path / "s")
    loaded = SentenceIndex.load(tmp_path / "s", mmap=mmap)
    np.testing.assert_array_equal(loaded.vectors, index.vectors)
    np.testing.assert_array_equal(loaded.offsets, index.offsets)
    np.testing.assert_array_equal(loaded.spans, index.spans)
    assert loaded.vectors.dtype == np.float32 and loaded.spans.shape == index.spans.shape
    assert loaded.texts(chunks) == index.texts(chunks)
    q = unit_vec(fake_embedder, "开店贷款贴息")
    for row in range(len(chunks)):
        assert loaded.best(row, q) == index.best(row, q)


def test_no_chunks_gives_an_empty_index(fake_embedder: CountingEmbedder) -> None:
    index, n = embed_sentences([], fake_embedder)
    assert n == 0 and fake_embedder.embedded == 0
    assert index.vectors.shape == (0, fake_embedder.dim) and index.spans.shape == (0, 2)
    assert index.offsets.tolist() == [0]


# ---- the bundle stores sentences ------------------------------------------------------------------------

def documents_for(chunks: list[Chunk]) -> list[Document]:
    return [Document(c.doc_id, c.text, DocMeta(title=f"标题 {c.doc_id}", kind="部委文件", status="有效"),
                     probes=list(c.probes)) for c in chunks]


def write_bundle(store: BundleStore, chunks: list[Chunk], embedder: CountingEmbedder,
                 sentences: SentenceIndex | None) -> IndexBundle:
    vectors, _ = embed_incrementally(chunks, embedder, None)
    store.write(documents_for(chunks), chunks, vectors, embedder.model_id,
                [tokenize(lexical_text(c)) for c in chunks], sentences=sentences)
    return store.load()


@pytest.fixture
def store(tmp_path: Path) -> BundleStore:
    return BundleStore(tmp_path / "index")


def test_bundle_round_trips_sentences(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    index, _ = embed_sentences(chunks, fake_embedder)
    b = write_bundle(store, chunks, fake_embedder, index)
    assert (b.path / SENTENCES_DIR).is_dir()
    assert b.sentences is not None
    np.testing.assert_array_equal(b.sentences.vectors, index.vectors)
    np.testing.assert_array_equal(b.sentences.offsets, index.offsets)
    np.testing.assert_array_equal(b.sentences.spans, index.spans)
    assert b.manifest["n_sentences"] == len(index.vectors)
    assert b.chunks == chunks  # probes survive chunks.jsonl
    assert b.sentences.texts(b.chunks) == index.texts(chunks)


def test_mismatched_sentences_are_refused(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    first = write_bundle(store, chunks, fake_embedder, embed_sentences(chunks, fake_embedder)[0])
    pointer = (store.root / "CURRENT").read_text()
    bundles_before = sorted(p.name for p in store.bundles.iterdir())

    stale, _ = embed_sentences(chunks[:-1], fake_embedder)  # one chunk short
    with pytest.raises(BundleError, match="sentence"):
        write_bundle(store, chunks, fake_embedder, stale)
    assert (store.root / "CURRENT").read_text() == pointer
    assert sorted(p.name for p in store.bundles.iterdir()) == bundles_before  # no .tmp- or half bundle left
    again = store.load()
    assert again.path == first.path
    assert again.sentences is not None and len(again.sentences.offsets) == len(chunks) + 1


def test_bundle_without_sentences_loads_none(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    b = write_bundle(store, sample_chunks(), fake_embedder, None)
    assert b.sentences is None
    assert not (b.path / SENTENCES_DIR).exists()
    assert b.manifest["n_sentences"] == 0


# ---- search uses the sentences ----------------------------------------------------------------------

SEARCH_CORPUS = [
    make_chunk("doc-dining#0", "餐饮企业可以申请数字化转型补贴。扫码点餐系统支持顾客自助下单。后厨自动出单。",
               ["饭店点餐系统有补贴吗"]),
    make_chunk("doc-tax#0", "小型微利企业减按百分之二十五计入应纳税所得额。增值税小规模纳税人月销售额十万元以下免征增值税。"),
    make_chunk("doc-loan#0", "银行为科技型中小企业提供知识产权质押贷款。创业担保贷款额度最高三十万元，财政给予贴息。",
               ["开店贷款能贴息吗"]),
    make_chunk("doc-tea#0", "茶叶企业利用区块链技术实现溯源。消费者扫码即可查看茶园信息。"),
    make_chunk("doc-cloud#0", "制造业企业上云用云可以获得云服务券。云服务券可以降低信息化投入成本。"),
]
QUERY = "餐馆扫码点餐系统补贴"


@pytest.fixture
def sentence_bundle(store: BundleStore, fake_embedder: CountingEmbedder) -> IndexBundle:
    return write_bundle(store, SEARCH_CORPUS, fake_embedder, embed_sentences(SEARCH_CORPUS, fake_embedder)[0])


def expected_sentence(embedder: CountingEmbedder, chunk: Chunk, query: str) -> tuple[float, tuple[int, int]]:
    """Best cosine over statements and probes, and the best statement, computed without SentenceIndex."""
    q = unit_vec(embedder, query)
    statements = statement_spans(chunk.text)
    sims = [float(unit_vec(embedder, chunk.text[s:e]) @ q) for s, e in statements]
    probe_sims = [float(unit_vec(embedder, p) @ q) for p in chunk.probes]
    return max(sims + probe_sims), statements[int(np.argmax(sims))]


@pytest.mark.parametrize("mode", ["hybrid", "hybrid+graph", "dense", "ensemble"])
def test_top_hits_carry_sentence_signal_and_quote(sentence_bundle: IndexBundle, fake_embedder: CountingEmbedder,
                                                  mode: str) -> None:
    searcher = HybridSearcher(sentence_bundle, fake_embedder, config=FusionConfig(sentence_hits=2))
    hits = searcher.search(QUERY, k=4, mode=mode)
    assert len(hits) == 4 and hits[0].chunk.doc_id == "doc-dining"
    for h in hits[:2]:
        score, quote = expected_sentence(fake_embedder, h.chunk, QUERY)
        assert h.signals["sentence"] == pytest.approx(score, abs=1e-5)
        assert h.quote == quote
        s, e = h.quote
        assert h.chunk.text[s:e] in [h.chunk.text[a:b] for a, b in statement_spans(h.chunk.text)]
    for h in hits[2:]:  # beyond FusionConfig.sentence_hits
        assert "sentence" not in h.signals and h.quote is None


def test_probe_match_scores_but_is_not_quoted(sentence_bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    probe = "开店贷款能贴息吗"
    hits = HybridSearcher(sentence_bundle, fake_embedder).search(probe, k=3, mode="hybrid")
    top = hits[0]
    assert top.chunk.doc_id == "doc-loan"
    assert top.signals["sentence"] == pytest.approx(1.0, abs=1e-5)  # the probe itself
    assert top.quote is not None and top.quote[0] >= 0
    s, e = top.quote
    quoted = top.chunk.text[s:e]
    assert quoted in [top.chunk.text[a:b] for a, b in statement_spans(top.chunk.text)]
    assert quoted != probe and probe not in top.chunk.text


def test_bm25_mode_has_no_sentence_signal(sentence_bundle: IndexBundle, fake_embedder: CountingEmbedder) -> None:
    hits = HybridSearcher(sentence_bundle, fake_embedder).search(QUERY, k=3, mode="bm25")
    assert hits
    for h in hits:
        assert set(h.signals) == {"bm25"} and h.quote is None


def test_bundle_without_sentences_has_no_sentence_signal(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    b = write_bundle(store, SEARCH_CORPUS, fake_embedder, None)
    hits = HybridSearcher(b, fake_embedder).search(QUERY, k=3, mode="hybrid")
    assert hits and hits[0].chunk.doc_id == "doc-dining"
    for h in hits:
        assert "sentence" not in h.signals and h.quote is None


def test_hits_without_quotable_units(store: BundleStore, fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    b = write_bundle(store, chunks, fake_embedder, embed_sentences(chunks, fake_embedder)[0])
    searcher = HybridSearcher(b, fake_embedder, config=FusionConfig(sentence_hits=len(chunks)))
    hits = {h.chunk.doc_id: h for h in searcher.search("云服务券怎么领", k=len(chunks), mode="dense")}
    assert set(hits) == {c.doc_id for c in chunks}
    assert "sentence" not in hits["doc-empty"].signals and hits["doc-empty"].quote is None
    assert hits["doc-cloud"].signals["sentence"] == pytest.approx(1.0, abs=1e-5)
    assert hits["doc-cloud"].quote is None


@pytest.mark.model
def test_real_model_quotes_the_answering_sentence(store: BundleStore, real_embedder) -> None:
    answer = "员工排班可以按客流高峰自动生成每周班表。"
    mixed = make_chunk("doc-shop#0", f"收银系统可以自动对账并打印小票。银行为小微企业提供信用贷款，额度最高一百万元。{answer}")
    chunks = [
        mixed,
        make_chunk("doc-tax#0", "增值税小规模纳税人月销售额十万元以下免征增值税。小型微利企业减按百分之二十五计入应纳税所得额。"),
        make_chunk("doc-cloud#0", "制造业企业上云用云可以获得云服务券。云服务券可以降低信息化投入成本。"),
    ]
    index, n = embed_sentences(chunks, real_embedder)
    assert n == 7
    b = write_bundle(store, chunks, real_embedder, index)
    hits = HybridSearcher(b, real_embedder).search("员工排班怎么安排", k=3, mode="hybrid")
    top = hits[0]
    assert top.chunk.doc_id == "doc-shop"
    assert top.quote is not None
    assert top.chunk.text[top.quote[0]:top.quote[1]] == answer
    assert "sentence" in top.signals


def test_vectors_from_another_embedding_scheme_are_not_reused(fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    first, total = embed_sentences(chunks, fake_embedder)
    assert first.scheme == SCHEME
    _, n = embed_sentences(chunks, fake_embedder, previous=(first, chunks))
    assert n == 0
    older = SentenceIndex(first.vectors, first.offsets, first.spans, scheme="")  # e.g. probes embedded as passages
    _, n = embed_sentences(chunks, fake_embedder, previous=(older, chunks))
    assert n == total


def test_sentence_scores_give_each_statement_its_cosine_and_leave_probes_out(fake_embedder: CountingEmbedder) -> None:
    chunks = sample_chunks()
    index, _ = embed_sentences(chunks, fake_embedder)
    query = unit_vec(fake_embedder, "创业担保贷款额度最高三十万元。")
    scores = index.sentence_scores(2, query)
    assert [chunks[2].text[s:e] for _, s, e in scores] == ["创业担保贷款额度最高三十万元。", "财政给予贴息。"]
    assert scores[0][0] == pytest.approx(1.0, abs=1e-5) and scores[1][0] < scores[0][0]
    assert index.sentence_scores(4, query) == []  # a probe only
