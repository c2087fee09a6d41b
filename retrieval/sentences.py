"""Sentence vectors for a bundle's chunks: how well the single best sentence of a passage matches a question.

A chunk's cosine averages the sentence that answers with everything around it, so on the dev set it
separates answerable from off-topic questions worse (AUC 0.935) than the best sentence does (0.966).
The best sentence is also what an extractive answer should quote.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus.chunking import sentence_spans
from corpus.documents import Chunk

MIN_CHARS = 6  # shorter pieces ("一、", "注：见下") carry no statement
_LABEL = re.compile(r"^[^，。]{2,12}：")
_TITLE_LINE = re.compile(r"^《[^》]+》(（[^）]*）)?$")


def is_statement(sent: str) -> bool:
    """A sentence an answer can quote: not a heading, a title line or a "label：value" line (关键词：…)."""
    sent = sent.strip()
    if len(sent) < MIN_CHARS or sent.startswith("#") or _TITLE_LINE.match(sent):
        return False
    return not (_LABEL.match(sent) and not sent.rstrip("”’」』）)").endswith(("。", "！", "？", "!", "?")))


# "技术：区块链。", "数字化阶段：集成协同。": a record's field line closes with a full stop but says little alone.
_SHORT_FIELD = re.compile(r"^[^，。：]{2,12}：[^，。；：]{1,10}[。；]?$")


def is_quotable(sent: str) -> bool:
    """A statement an answer may quote: not a short "字段：值" line, which still counts as evidence."""
    return is_statement(sent) and not _SHORT_FIELD.match(sent.strip())


def quotable_sentences(text: str) -> list[str]:
    """The chunk's sentences an answer may quote, in order."""
    return [text[s:e] for s, e in sentence_spans(text) if is_quotable(text[s:e])]


def statement_spans(text: str) -> list[tuple[int, int]]:
    """Stripped spans of the chunk's sentences that are statements (see ``is_statement``)."""
    out = []
    for s, e in sentence_spans(text):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if is_statement(text[s:e]):
            out.append((s, e))
    return out


def unit_text(chunk: Chunk, start: int, end: int) -> str:
    return chunk.probes[end] if start < 0 else chunk.text[start:end]


def chunk_units(chunk: Chunk) -> list[tuple[int, int]]:
    """The chunk's statements, then one (-1, j) unit per probe."""
    return statement_spans(chunk.text) + [(-1, j) for j in range(len(chunk.probes))]


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class SentenceIndex:
    vectors: np.ndarray  # (n_sentences, dim), unit length like the chunk vectors
    offsets: np.ndarray  # (n_chunks + 1,): chunk i owns vectors[offsets[i]:offsets[i + 1]]
    spans: np.ndarray  # (n_sentences, 2): offsets into the chunk's text, or (-1, j) for the chunk's probe j
    scheme: str = ""  # how units were embedded; vectors are reused only under the same scheme

    def texts(self, chunks: Sequence[Chunk]) -> list[str]:
        return [unit_text(chunks[i], s, e) for i in range(len(chunks))
                for s, e in self.spans[self.offsets[i]:self.offsets[i + 1]].tolist()]

    def best(self, row: int, query: np.ndarray,
             quotable: Callable[[int, int], bool] | None = None) -> tuple[float, tuple[int, int] | None] | None:
        """The best cosine over the chunk's sentences and probes, and the span of its closest *sentence*
        (probes match but are never quoted; nor are spans ``quotable(start, end)`` rejects); None if the
        chunk has no units."""
        lo, hi = int(self.offsets[row]), int(self.offsets[row + 1])
        if hi <= lo:
            return None
        sims = self.vectors[lo:hi] @ query
        spans = self.spans[lo:hi]
        candidates = np.flatnonzero(spans[:, 0] >= 0)
        if quotable is not None:
            candidates = np.array([i for i in candidates if quotable(*spans[i].tolist())], dtype=np.int64)
        quote = None
        if candidates.size:
            s, e = spans[candidates[int(np.argmax(sims[candidates]))]].tolist()
            quote = (s, e)
        return float(sims.max()), quote

    def sentence_scores(self, row: int, query: np.ndarray) -> list[tuple[float, int, int]]:
        """(cosine, start, end) for each sentence of the chunk (probes left out)."""
        lo, hi = int(self.offsets[row]), int(self.offsets[row + 1])
        sims = self.vectors[lo:hi] @ query
        return [(float(c), s, e) for c, (s, e) in zip(sims.tolist(), self.spans[lo:hi].tolist(), strict=True)
                if s >= 0]

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "vectors.npy", np.ascontiguousarray(self.vectors, dtype=np.float32))
        np.save(folder / "offsets.npy", self.offsets.astype(np.int64))
        np.save(folder / "spans.npy", self.spans.astype(np.int32))
        (folder / "scheme.txt").write_text(self.scheme, encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> SentenceIndex:
        mode = "r" if mmap else None
        scheme = folder / "scheme.txt"
        return cls(np.load(folder / "vectors.npy", mmap_mode=mode), np.load(folder / "offsets.npy"),
                   np.load(folder / "spans.npy"), scheme.read_text(encoding="utf-8") if scheme.is_file() else "")


SCHEME = "sentences-as-passages+probes-as-queries/1"


def _unit_keys(index_spans: np.ndarray, texts: list[str]) -> list[str]:
    # Probes are questions, embedded like the user's question ("query: "), sentences as passages: the
    # vector of a text depends on its role, so the role is part of the reuse key.
    return [("q:" if s < 0 else "p:") + _key(t) for (s, _e), t in zip(index_spans.tolist(), texts, strict=True)]


def embed_sentences(chunks: Sequence[Chunk], embedder, previous: tuple[SentenceIndex, Sequence[Chunk]] | None = None,
                    progress: Callable[[str], None] | None = None) -> tuple[SentenceIndex, int]:
    """Split every chunk into statements (plus its probes) and embed them, reusing vectors seen in ``previous``.

    E5-style models match a question to a question best with the query prefix on both sides, so probes
    are embedded as queries and sentences as passages."""
    spans_per_chunk = [chunk_units(c) for c in chunks]
    spans = np.array([sp for spans in spans_per_chunk for sp in spans], dtype=np.int32).reshape(-1, 2)
    texts = [unit_text(c, s, e) for c, spans_ in zip(chunks, spans_per_chunk, strict=True) for s, e in spans_]
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(s) for s in spans_per_chunk])
    reuse: dict[str, np.ndarray] = {}
    if previous is not None and previous[0].scheme == SCHEME:
        old, old_chunks = previous
        reuse = dict(zip(_unit_keys(old.spans, old.texts(old_chunks)), old.vectors, strict=True))
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    todo: dict[str, list[int]] = {}  # boilerplate repeats across documents: embed each text once
    for i, (key, t) in enumerate(zip(_unit_keys(spans, texts), texts, strict=True)):
        vec = reuse.get(key)
        if vec is None:
            todo.setdefault(key[:2] + t, []).append(i)
        else:
            vectors[i] = vec
    if todo:
        if progress:
            progress(f"embedding {len(todo)} new/changed sentences (reused {len(texts) - len(todo)})")
        def passages(batch: list[str]) -> np.ndarray:
            return embedder.embed_passages(batch, batch_size=64, progress=progress is not None)

        for role, embed in (("q:", embedder.embed_queries), ("p:", passages)):
            keys = [k for k in todo if k.startswith(role)]
            if keys:
                new = embed([k[2:] for k in keys])
                for vec, key in zip(new, keys, strict=True):
                    vectors[todo[key]] = vec
    return SentenceIndex(vectors, offsets, spans, SCHEME), len(todo)
