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
          "申抱": "申报", "申保": "申报", "个题户": "个体户", "起正点": "起征点", "起蒸点": "起征点", "企叶": "企业", "水平平测": "水平评测", "画型": "划型"}
_SLIP = re.compile("|".join(_SLIPS))
_OLD_ZHANG = re.compile(r"帐(?=[上户期号本款目])|(?<=[到对记算欠转入挂结])帐")


def fix_slips(question: str) -> str:
    """The question with common typing slips mended, for matching (the asker's own text is shown as typed)."""
    return _OLD_ZHANG.sub("账", _SLIP.sub(lambda m: _SLIPS[m.group(0)], question))


# Dialect function words owners type (Cantonese, Sichuanese, northeastern, Shanghainese) and their Mandarin forms,
# so the question's asking words ("几多" = 多少, "好久" = 多久 before a verb) reach the rules written for Mandarin.
# Only forms that are not Mandarin words themselves: "仲裁" keeps its 仲, "好久没" its 好久. Both 係 and its t2s
# form 系 are listed because the question is converted to simplified script first.
_DIALECT = {
    "係唔係": "是不是", "系唔系": "是不是", "係咪": "是不是", "系咪": "是不是", "唔係": "不是", "唔系": "不是",
    "有冇": "有没有", "使唔使": "要不要", "要唔要": "要不要", "得唔得": "行不行", "可唔可以": "可不可以",
    "会唔会": "会不会", "能唔能": "能不能", "啱唔啱": "对不对", "几多": "多少", "几耐": "多久", "几钿": "多少钱", "乜嘢": "什么",
    "咩": "什么", "点样": "怎样", "点解": "为什么", "边度": "哪里", "边个": "哪个", "边间": "哪家", "边啲": "哪些",
    "佢哋": "他们", "我哋": "我们", "你哋": "你们", "佢": "他", "咗": "了", "嘅": "的", "冇": "没有", "唔": "不",
    "啲": "些", "喺": "在", "揾": "找", "睇": "看", "畀": "给", "俾": "给", "嘢": "东西", "咁": "这么",
    "个巴仙": "个百分点", "巴仙": "百分比", "啥子": "什么", "咋个": "怎么", "啷个": "怎么", "莫得": "没有",
    "晓不晓得": "知不知道", "晓得": "知道", "屋头": "家里", "要得不": "行不行", "咋整": "怎么办", "嘎哈": "干什么",
    "干哈": "干什么", "老鼻子": "很多", "阿拉": "我们", "侬": "你", "哪能办": "怎么办", "搁哪": "在哪",
}
_DIALECT_WORD = re.compile("|".join(sorted(map(re.escape, _DIALECT), key=len, reverse=True)))
# ("有效期是好久？": 好久 asked, at the clause's end)
_HOW_LONG = re.compile(r"(?<![了等很太么真])好久(?=[能可办批审到下出拿放才得]|[？?]|$)")
_STILL = re.compile(r"仲(?=[有要是系可能会未])")
_SHANGHAI_MA = re.compile(r"(?<=[\u4e00-\u9fff])伐(?=[？?]|$)")


def to_mandarin(question: str) -> str:
    """The question with dialect function words in their Mandarin forms, for matching."""
    text = _DIALECT_WORD.sub(lambda m: _DIALECT[m.group(0)], question)
    text = _HOW_LONG.sub("多久", text)
    text = _STILL.sub("还", text)
    return _SHANGHAI_MA.sub("吗", text)
