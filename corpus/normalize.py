"""Text normalisation for Chinese documents: width, whitespace, optional 繁→简; common slips in questions."""

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


# Pinyin-input slips owners make in this domain ("代款" for 贷款, "补帖" for 补贴), and the old 帐 for 账 in money
# words. Only strings that are not words of their own: a question is read as meant, a record is never rewritten.
_SLIPS = {"代款": "贷款", "专精特心": "专精特新", "补帖": "补贴", "发漂": "发票", "申清": "申请", "自侧": "自测",
          "申抱": "申报"}
_SLIP = re.compile("|".join(_SLIPS))
_OLD_ZHANG = re.compile(r"帐(?=[上户期号本款目])|(?<=[到对记算欠转入挂结])帐")


def fix_slips(question: str) -> str:
    """The question with common typing slips mended, for matching (the asker's own text is shown as typed)."""
    return _OLD_ZHANG.sub("账", _SLIP.sub(lambda m: _SLIPS[m.group(0)], question))
