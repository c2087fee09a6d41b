"""Text normalisation for Chinese documents: width, whitespace, optional 繁→简."""

from __future__ import annotations

import re
from functools import lru_cache

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def to_halfwidth_alnum(text: str) -> str:
    """Full-width ASCII letters, digits and a few symbols to half-width.

    Chinese punctuation (，。？：；（）) is kept full-width: it is part of correct Chinese text and
    our chunker and 文号 patterns rely on it.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A or ch in "％＋－／．＝＠＃＆":
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def normalize_text(text: str, traditional_to_simplified: bool = False) -> str:
    """Unify line ends, drop zero-width characters, squeeze spaces, half-width alphanumerics."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = to_halfwidth_alnum(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if traditional_to_simplified:
        text = to_simplified(text)
    return text
