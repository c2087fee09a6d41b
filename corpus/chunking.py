"""Split Chinese documents along their own structure: 章/节/条 and (一)/一、 headings, then sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.documents import Chunk, Document

_NUM = r"[一二三四五六七八九十百零〇\d]+"
# Heading levels, outermost first. A 条 usually runs on into its text ("第十二条 国家……").
HEADING_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("编", re.compile(rf"^第{_NUM}编(?:\s+\S.*)?$")),
    ("章", re.compile(rf"^第{_NUM}章(?:\s*\S.*)?$")),
    ("节", re.compile(rf"^第{_NUM}节(?:\s*\S.*)?$")),
    ("条", re.compile(rf"^第{_NUM}条")),
    ("一、", re.compile(r"^[一二三四五六七八九十]+、")),
    ("（一）", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("#", re.compile(r"^#{1,6}\s+\S")),
)
# A bracketed aside ends no sentence ("付款期限（自交付起算；合同约定最长60日）（30日）" is one); an
# unclosed bracket is an ordinary character.
_SENTENCE_END = re.compile(r"(?:[^。！？；!?;\n（(]|（[^）\n]{0,300}）|\([^)\n]{0,300}\)|[（(])*"
                           r"(?:[。！？；!?;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
class ChunkOptions:
    max_chars: int = 400
    overlap: int = 40
    min_chars: int = 20

    def __post_init__(self) -> None:
        if self.max_chars < 50 or not 0 <= self.overlap < self.max_chars // 2:
            raise ValueError("max_chars must be >= 50 and overlap in [0, max_chars/2)")


def heading_level(line: str) -> tuple[int, str] | None:
    """(level, label) when a line opens a structural unit; label is the short heading text."""
    bare = line.lstrip("#").strip()
    for level, (_, pattern) in enumerate(HEADING_LEVELS[:-1]):
        m = pattern.match(bare)
        if m:
            return level, (m.group(0) if level == 3 else bare[:30])
    for level, (_, pattern) in enumerate(HEADING_LEVELS[-1:], start=len(HEADING_LEVELS) - 1):
        m = pattern.match(line)
        if m:
            return level, bare[:30]
    return None


def _sections(text: str) -> list[tuple[str, int, int]]:
    """(heading path, start, end) spans that together cover the text."""
    spans: list[tuple[str, int, int]] = []
    stack: list[tuple[int, str]] = []
    cur_start, cur_path = 0, ""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        found = heading_level(stripped) if stripped else None
        if found:
            # A heading with no body of its own is carried into the next section's text.
            body = text[cur_start:pos].strip()
            heading_only = "\n" not in body and (heading_level(body) or (0, ""))[1] == body.strip("# ")
            if pos > cur_start and body and not heading_only:
                spans.append((cur_path, cur_start, pos))
                cur_start = pos
            elif not body:
                cur_start = pos
            level, label = found
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, label))
            cur_path = " > ".join(lbl for _, lbl in stack)
        pos += len(line) + 1
    if len(text) > cur_start:
        spans.append((cur_path, cur_start, len(text)))
    return spans


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]``; closing quotes stay with their sentence."""
    end = len(text) if end is None else end
    out = []
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start():m.end()].strip():
            out.append((m.start(), min(m.end(), end)))
        if m.end() >= end:
            break
    return out


def _pack(text: str, start: int, end: int, opts: ChunkOptions) -> list[tuple[int, int]]:
    """Greedy packing of whole sentences into windows of <= max_chars, with a small overlap."""
    windows: list[tuple[int, int]] = []
    sents = sentence_spans(text, start, end)
    i = 0
    while i < len(sents):
        w_start = sents[i][0]
        j = i
        while j < len(sents) and sents[j][1] - w_start <= opts.max_chars:
            j += 1
        if j == i:  # one sentence longer than the limit: hard split
            s, e = sents[i]
            for k in range(s, e - opts.overlap, opts.max_chars - opts.overlap):
                windows.append((k, min(e, k + opts.max_chars)))
            i += 1
            continue
        windows.append((w_start, sents[j - 1][1]))
        if j >= len(sents):
            break
        # Overlap: restart at the last sentences that fit in `overlap` chars.
        back = j
        while back - 1 > i and sents[j - 1][1] - sents[back - 1][0] <= opts.overlap:
            back -= 1
        i = back if i < back < j and sents[j][1] - sents[back][0] <= opts.max_chars else j
    return windows


def chunk_document(doc: Document, opts: ChunkOptions | None = None) -> list[Chunk]:
    opts = opts or ChunkOptions()
    text = doc.text
    chunks: list[Chunk] = []
    for path, s, e in _sections(text):
        for ws, we in _pack(text, s, e, opts):
            # trim whitespace while keeping offsets exact
            while ws < we and text[ws].isspace():
                ws += 1
            while we > ws and text[we - 1].isspace():
                we -= 1
            if we - ws < opts.min_chars and chunks and chunks[-1].heading == path and we - chunks[-1].start <= opts.max_chars + opts.min_chars:
                prev = chunks[-1]
                chunks[-1] = Chunk(prev.chunk_id, prev.doc_id, text[prev.start:we], prev.heading, prev.start, we, prev.ordinal)
                continue
            if we <= ws:
                continue
            n = len(chunks)
            chunks.append(Chunk(f"{doc.doc_id}#{n}", doc.doc_id, text[ws:we], path, ws, we, n))
    if chunks and doc.probes:
        chunks[0].probes = list(doc.probes)
    return chunks
