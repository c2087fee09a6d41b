"""Chinese word segmentation for BM25 and extraction: jieba + our domain dictionary + stop words."""

from __future__ import annotations

import hashlib
import re
import threading
from functools import lru_cache
from importlib import resources

from corpus.normalize import to_halfwidth_alnum

_PUNCT_OR_SPACE = re.compile(r"^[\s\W_]+$", re.U)
_lock = threading.Lock()


# Bump when tokenize() itself changes; the dictionary, stop words and jieba version are hashed in.
TOKENIZER_VERSION = "1"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What decides the tokens. An index built with other tokens has a stale BM25 and is re-tokenised."""
    import jieba

    digest = hashlib.sha1(f"{TOKENIZER_VERSION}:{jieba.__version__}".encode())
    for name in ("userdict.txt", "stopwords.txt"):
        digest.update(resources.files("corpus").joinpath(f"data/{name}").read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("corpus").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


@lru_cache(maxsize=1)
def domain_words() -> tuple[str, ...]:
    text = resources.files("corpus").joinpath("data/userdict.txt").read_text(encoding="utf-8")
    return tuple(line.split()[0] for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _segmenter():
    import io
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    seg = jieba.Tokenizer()
    data = resources.files("corpus").joinpath("data/userdict.txt").read_bytes()
    seg.load_userdict(io.BytesIO(data))
    seg.initialize()
    return seg


def add_words(words: list[str]) -> None:
    """Teach the segmenter extra domain words (e.g. gazetteer names) at run time."""
    seg = _segmenter()
    with _lock:
        for w in words:
            seg.add_word(w, freq=2000)


def tokenize(text: str, drop_stopwords: bool = True) -> list[str]:
    """Search-mode tokens (long words plus their sub-words), lower-cased, punctuation dropped.

    Text is width-normalised first, as documents are at load time, so a query typed with full-width
    letters matches. Domain words inside a longer token (专精特新 in 专精特新小巨人) are added too:
    jieba's search mode only emits 2- and 3-character sub-words."""
    seg = _segmenter()
    stops = stopwords() if drop_stopwords else frozenset()
    out = []
    for tok in seg.cut_for_search(to_halfwidth_alnum(text)):
        tok = tok.strip().lower()
        if not tok or _PUNCT_OR_SPACE.match(tok) or tok in stops:
            continue
        out.append(tok)
        if len(tok) > 4:
            out.extend(w for w in domain_words() if len(w) >= 4 and w != tok and w in tok)
    return out


# Locative particles that follow a noun ("法规上", "合同里"): with the noun's tail they make no word of their own
_LOCATIVES = frozenset("上下里中内外")


def splits_a_word(text: str, start: int, end: int) -> bool:
    """The span text[start:end] is a dictionary word's tail and the locative after it: "规上" in "法规上" is 法规 +
    上, not the word 规上 (规上企业). Not "限行" in "有限行" (有 + 限行, though the segmenter cuts 有限|行), nor a word
    the segmenter only guessed ("想升|规入统")."""
    seg = _segmenter()
    at = 0
    for tok in seg.cut(text, HMM=False):
        tok_end = at + len(tok)
        if at < start < tok_end and end == tok_end + 1 and text[tok_end] in _LOCATIVES \
                and len(tok) >= 2 and seg.FREQ.get(tok):
            return True
        if at >= end:
            break
        at = tok_end
    return False


def tokenize_many(texts: list[str], drop_stopwords: bool = True) -> list[list[str]]:
    return [tokenize(t, drop_stopwords) for t in texts]
