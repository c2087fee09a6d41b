"""Chinese word segmentation for BM25 and extraction: jieba + our domain dictionary + stop words."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources

_PUNCT_OR_SPACE = re.compile(r"^[\s\W_]+$", re.U)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("corpus").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


@lru_cache(maxsize=1)
def _segmenter():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    seg = jieba.Tokenizer()
    with resources.as_file(resources.files("corpus").joinpath("data/userdict.txt")) as path:
        seg.load_userdict(str(path))
    seg.initialize()
    return seg


def add_words(words: list[str]) -> None:
    """Teach the segmenter extra domain words (e.g. gazetteer names) at run time."""
    seg = _segmenter()
    with _lock:
        for w in words:
            seg.add_word(w, freq=2000)


def tokenize(text: str, drop_stopwords: bool = True) -> list[str]:
    """Search-mode tokens (long words plus their sub-words), lower-cased, punctuation dropped."""
    seg = _segmenter()
    stops = stopwords() if drop_stopwords else frozenset()
    out = []
    for tok in seg.cut_for_search(text):
        tok = tok.strip().lower()
        if not tok or _PUNCT_OR_SPACE.match(tok) or tok in stops:
            continue
        out.append(tok)
    return out


def tokenize_many(texts: list[str], drop_stopwords: bool = True) -> list[list[str]]:
    return [tokenize(t, drop_stopwords) for t in texts]
