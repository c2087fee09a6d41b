"""corpus.chunking: structure-aware chunks with exact offsets (real 中小企业促进法 + synthetic text)."""

from __future__ import annotations

import re

import pytest

from corpus.chunking import ChunkOptions, chunk_document, heading_level, sentence_spans
from corpus.documents import Chunk, DocMeta, Document
from corpus.loaders import load_file
from tests.conftest import shared_path

ARTICLE_LINE = re.compile(r"^第[一二三四五六七八九十百零〇]+条", re.M)
CHAPTER_LINE = re.compile(r"^#*\s*(第[一二三四五六七八九十]+章\s*\S.*)$", re.M)
SENTENCE_END = "。！？；"


@pytest.fixture(scope="module")
def sme_law() -> Document:
    return load_file(shared_path("policies", "zhongxiao-qiye-cujin-fa-2017.md"))


def _articles(text: str) -> list[tuple[str, int, int, str]]:
    """(label, start, end, chapter) for every 条 in the law, found independently of the chunker."""
    chapters = [(m.start(), m.group(1).strip()) for m in CHAPTER_LINE.finditer(text)]
    starts = [(m.group(0), m.start()) for m in ARTICLE_LINE.finditer(text)]
    out = []
    for i, (label, start) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        next_chapter = next((pos for pos, _ in chapters if pos > start), len(text))
        chapter = [name for pos, name in chapters if pos < start][-1]
        out.append((label, start, min(end, next_chapter), chapter))
    return out


def _check_offsets(doc: Document, chunks: list[Chunk]) -> None:
    for n, c in enumerate(chunks):
        assert c.text == doc.text[c.start : c.end]
        assert c.text and c.text == c.text.strip()
        assert c.doc_id == doc.doc_id and c.ordinal == n and c.chunk_id == f"{doc.doc_id}#{n}"
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start >= a.start and b.end > a.end, (a, b)  # every chunk adds new text


def _check_coverage(doc: Document, chunks: list[Chunk]) -> None:
    covered = bytearray(len(doc.text))
    for c in chunks:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    missing = [i for i, ch in enumerate(doc.text) if not covered[i] and not ch.isspace()]
    assert missing == []


# --- the real law ------------------------------------------------------------------------------------

LAW_OPTIONS = [
    ChunkOptions(),
    ChunkOptions(max_chars=120, overlap=30, min_chars=20),
    ChunkOptions(max_chars=60, overlap=0, min_chars=0),
]


@pytest.mark.parametrize(
    "opts", LAW_OPTIONS, ids=lambda o: f"max{o.max_chars}-ov{o.overlap}-min{o.min_chars}"
)
def test_law_chunks_are_exact_slices_covering_the_text(sme_law: Document, opts: ChunkOptions) -> None:
    chunks = chunk_document(sme_law, opts)
    _check_offsets(sme_law, chunks)
    _check_coverage(sme_law, chunks)


@pytest.mark.parametrize(
    "opts", LAW_OPTIONS, ids=lambda o: f"max{o.max_chars}-ov{o.overlap}-min{o.min_chars}"
)
def test_law_chunks_respect_max_chars(sme_law: Document, opts: ChunkOptions) -> None:
    # A chunk may exceed max_chars only when a too-short tail (< min_chars) was merged into it.
    for c in chunk_document(sme_law, opts):
        assert len(c.text) <= opts.max_chars + opts.min_chars, (len(c.text), c.heading)


def test_law_default_chunks_fit_in_max_chars(sme_law: Document) -> None:
    assert max(len(c.text) for c in chunk_document(sme_law)) <= ChunkOptions().max_chars


@pytest.mark.parametrize(
    "opts", LAW_OPTIONS, ids=lambda o: f"max{o.max_chars}-ov{o.overlap}-min{o.min_chars}"
)
def test_no_chunk_spans_two_articles(sme_law: Document, opts: ChunkOptions) -> None:
    arts = _articles(sme_law.text)
    assert len(arts) == 61  # the 2017 law has 61 articles
    for c in chunk_document(sme_law, opts):
        inside = [a for a in arts if a[1] < c.end and c.start < a[2]]
        assert len(inside) <= 1, (c.heading, [a[0] for a in inside])


def test_law_heading_paths_name_chapter_and_article(sme_law: Document) -> None:
    chunks = chunk_document(sme_law)
    arts = _articles(sme_law.text)
    for label, start, end, chapter in arts:
        owners = [c for c in chunks if c.start < end and start < c.end]
        assert owners, label
        for c in owners:
            assert c.heading == f"{chapter} > {label}", (label, c.heading)
    first = next(c for c in chunks if "第一条" in c.text)
    assert first.heading == "第一章 总则 > 第一条"
    eighth = next(c for c in chunks if re.search(r"^第八条", c.text, re.M))
    assert eighth.heading == "第二章 财税支持 > 第八条"
    last = chunks[-1]
    assert last.heading.endswith("> 第六十一条") and "2018年1月1日" in last.text


def test_law_title_chunk_carries_the_markdown_title(sme_law: Document) -> None:
    first = chunk_document(sme_law)[0]
    assert first.start == 0 and first.heading == "中华人民共和国中小企业促进法"
    assert "第一条" not in first.text


# --- synthetic text with （一）/一、 headings -------------------------------------------------------------


def _long_section() -> str:
    sents = []
    for i in range(1, 16):
        sents.append(
            f"支持中小企业开展第{i}轮数字化改造吗？"
            if i % 3 == 0
            else f"第{i}项措施要求各地加强统筹协调并落实责任。"
        )
    return "".join(sents)


SYNTHETIC = (
    "一、总体要求\n"
    "（一）指导思想。\n" + _long_section() + "\n"
    "（二）主要目标。\n"
    "到2025年，中小企业数字化水平明显提升；服务体系更加完善！\n"
    "二、重点任务\n"
    "（一）推进上云用数赋智。鼓励平台企业降低使用门槛。\n" + "甲" * 230 + "\n"
    "（二）强化资金支持。对符合条件的项目给予奖补。\n"
)
SYN_OPTS = ChunkOptions(max_chars=100, overlap=30, min_chars=10)
HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


@pytest.fixture(scope="module")
def synthetic() -> tuple[Document, list[Chunk]]:
    doc = Document("doc-synthetic", SYNTHETIC, DocMeta(title="测试"))
    return doc, chunk_document(doc, SYN_OPTS)


def _is_hard_split(c: Chunk) -> bool:
    return "甲" * 20 in c.text


def test_synthetic_offsets_and_coverage(synthetic: tuple[Document, list[Chunk]]) -> None:
    doc, chunks = synthetic
    _check_offsets(doc, chunks)
    _check_coverage(doc, chunks)


def test_synthetic_chunks_end_on_sentence_or_section_boundaries(
    synthetic: tuple[Document, list[Chunk]],
) -> None:
    doc, chunks = synthetic
    for c in chunks:
        assert len(c.text) <= SYN_OPTS.max_chars
        if _is_hard_split(c):
            continue
        rest = doc.text[c.end :].lstrip()
        at_section_end = rest == "" or bool(HEADING_START.match(rest))
        assert c.text[-1] in SENTENCE_END or at_section_end, c.text
        # and they start on a sentence start (after 。！？； or a line break)
        before = doc.text[: c.start].rstrip(" ")
        assert before == "" or before[-1] in SENTENCE_END + "\n", c.text


def test_synthetic_heading_paths(synthetic: tuple[Document, list[Chunk]]) -> None:
    _, chunks = synthetic
    headings = [c.heading for c in chunks]
    assert headings[0] == "一、总体要求 > （一）指导思想。"
    assert "一、总体要求 > （二）主要目标。" in headings
    assert any(h.startswith("二、重点任务 > （一）推进上云用数赋智。") for h in headings)
    assert headings[-1].startswith("二、重点任务 > （二）强化资金支持。")
    # a heading line with no body of its own travels with the next section's text
    assert chunks[0].text.startswith("一、总体要求\n（一）指导思想。\n第1项")


def test_long_section_windows_overlap_on_whole_sentences(synthetic: tuple[Document, list[Chunk]]) -> None:
    doc, chunks = synthetic
    long_section = [c for c in chunks if c.heading == "一、总体要求 > （一）指导思想。"]
    assert len(long_section) >= 3
    for a, b in zip(long_section, long_section[1:], strict=False):
        assert b.start < a.end, "consecutive windows of one section should overlap"
        shared = doc.text[b.start : a.end]
        assert len(shared) <= SYN_OPTS.overlap
        assert shared[-1] in SENTENCE_END and doc.text[b.start - 1] in SENTENCE_END


def test_sections_do_not_overlap_each_other(synthetic: tuple[Document, list[Chunk]]) -> None:
    _, chunks = synthetic
    for a, b in zip(chunks, chunks[1:], strict=False):
        if a.heading != b.heading:
            assert b.start >= a.end


def test_overlong_sentence_is_hard_split_with_overlap(synthetic: tuple[Document, list[Chunk]]) -> None:
    doc, chunks = synthetic
    pieces = [c for c in chunks if _is_hard_split(c)]
    start = doc.text.index("甲")
    end = start + 230
    # windows of max_chars stepping by max_chars - overlap: 0-100, 70-170, 140-230
    assert [(c.start - start, c.end - start) for c in pieces] == [(0, 100), (70, 170), (140, 230)]
    assert pieces[-1].end == end


def test_short_tail_is_merged_into_previous_chunk() -> None:
    text = "（一）总则。\n" + "这是一句足够长的测试句子，用来填满窗口。" * 4 + "好。"
    doc = Document("doc-tail", text, DocMeta())
    opts = ChunkOptions(max_chars=80, overlap=0, min_chars=5)
    chunks = chunk_document(doc, opts)
    assert all(len(c.text) >= opts.min_chars for c in chunks)
    assert chunks[-1].text.endswith("填满窗口。好。")
    assert len(chunks[-1].text) <= opts.max_chars + opts.min_chars


def test_empty_and_whitespace_documents_give_no_chunks() -> None:
    assert chunk_document(Document("d0", "", DocMeta())) == []
    assert chunk_document(Document("d1", " \n\n \n", DocMeta())) == []


def test_heading_levels() -> None:
    assert heading_level("第一章 总则") == (1, "第一章 总则")
    assert heading_level("## 第二章 财税支持") == (1, "第二章 财税支持")
    assert heading_level("第十二条 国家支持中小企业……") == (3, "第十二条")
    assert heading_level("一、总体要求") == (4, "一、总体要求")
    assert heading_level("（三）发展目标。") == (5, "（三）发展目标。")
    assert heading_level("# 中华人民共和国中小企业促进法") == (6, "中华人民共和国中小企业促进法")
    assert heading_level("国家支持中小企业发展。") is None


# --- options ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_chars": 49},
        {"max_chars": 0},
        {"max_chars": 100, "overlap": -1},
        {"max_chars": 100, "overlap": 50},
        {"max_chars": 100, "overlap": 100},
        {"max_chars": 400, "overlap": 200},
    ],
)
def test_bad_chunk_options_raise(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        ChunkOptions(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [{"max_chars": 50, "overlap": 24}, {"max_chars": 100, "overlap": 49}, {"max_chars": 100, "overlap": 0}],
)
def test_edge_chunk_options_are_accepted(kwargs: dict[str, int]) -> None:
    ChunkOptions(**kwargs)


def test_a_bracketed_aside_ends_no_sentence() -> None:
    text = "法定付款期限（自交付起算；合同约定最长60日）（30日）\n大型企业（60日）。第二句；第三（未闭合；好。"
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == [
        "法定付款期限（自交付起算；合同约定最长60日）（30日）", "大型企业（60日）。", "第二句；", "第三（未闭合；", "好。"]
