"""BM25 over jieba tokens (bm25s), so Chinese queries score on words, not on whitespace runs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

from corpus.tokenize import tokenize

# What most RAG stacks do for BM25: split on \w+ runs. A Chinese sentence becomes one "word".
_REGEX_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def regex_tokenize(text: str) -> list[str]:
    """The default-regex baseline tokeniser, kept only to measure how badly it treats Chinese."""
    return [t.lower() for t in _REGEX_TOKEN.findall(text)]


@dataclass
class BM25Index:
    retriever: bm25s.BM25
    size: int

    @classmethod
    def build(cls, token_lists: list[list[str]], k1: float = 1.2, b: float = 0.75, method: str = "lucene") -> BM25Index:
        retriever = bm25s.BM25(k1=k1, b=b, method=method)
        # bm25s needs at least one token per document; an empty chunk gets a placeholder.
        retriever.index([toks or ["\u2205"] for toks in token_lists] or [["\u2205"]], show_progress=False)
        return cls(retriever, len(token_lists))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        vocab = self.retriever.vocab_dict
        known = [t for t in query_tokens if t in vocab]
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(known), dtype=np.float32)[: self.size]

    def search(self, query: str, k: int, tokenizer=tokenize) -> tuple[np.ndarray, np.ndarray]:
        scores = self.scores(tokenizer(query))
        return top_k(scores, k)

    def save(self, folder: Path) -> None:
        self.retriever.save(str(folder), show_progress=False)
        (folder / "size.txt").write_text(str(self.size))

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        retriever = bm25s.BM25.load(str(folder), show_progress=False, verbosity=0)
        return cls(retriever, int((folder / "size.txt").read_text()))


def top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of the k largest positive scores, best first."""
    if scores.size == 0 or k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    k = min(k, scores.size)
    idx = np.argpartition(-scores, k - 1)[:k]
    idx = idx[np.argsort(-scores[idx], kind="stable")]
    idx = idx[scores[idx] > 0]
    return idx.astype(np.int64), scores[idx]
