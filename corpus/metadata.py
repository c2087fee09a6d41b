"""Detect policy metadata (文号, dates, title, issuer) in Chinese document text."""

from __future__ import annotations

import re
from datetime import date

from corpus.normalize import to_halfwidth_alnum

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}

DOC_NUMBER_PATTERNS = (
    # 国发〔2021〕29号, 工信部联企业〔2011〕300号, 财库[2020]46号
    re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号"),
    # 中华人民共和国国务院令第728号, 主席令第七十四号
    re.compile(r"(?:中华人民共和国)?(?:国务院令|主席令)第[0-9零〇一二三四五六七八九十百]+号"),
    # 财政部 税务总局公告2023年第12号
    re.compile(r"[\u4e00-\u9fa5]{2,12}(?:[ \u3000、][\u4e00-\u9fa5]{2,12})*公告(?:19|20)\d{2}年第\d{1,3}号"),
)
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
ISSUER_SUFFIXES = ("国务院", "办公厅", "人民政府", "委员会", "常务委员会", "部", "总局", "局", "银行", "院", "署", "中心")
_DOC_TYPES = ("通知", "办法", "规划", "条例", "意见", "方案", "规定", "指南", "决定", "法", "公告", "细则", "措施", "指引", "规范")


_LEAD_WORDS = re.compile(r"^.*(?:[按据照依见及与由在的了即、《（(根]|(?<!发展)和|贯彻|落实|执行|参照|印发)")
_LEAD_VERBS = re.compile(r"^(?:根据|按照|依据|依照|参照|落实|贯彻|执行|认真|请|按|各地要|要)+")


def canonical_doc_number(raw: str) -> str:
    text = re.sub(r"\s+", "", raw)
    bracket = re.search(r"[〔\[［【(（]\d{4}", text)
    if bracket and bracket.start() > 0:  # "可按国发〔2021〕29号" -> "国发〔2021〕29号"
        prefix = _LEAD_WORDS.sub("", text[: bracket.start()])
        text = (prefix or text[: bracket.start()]) + text[bracket.start():]
    elif "公告" in text:
        text = _LEAD_VERBS.sub("", text)
    text = re.sub(r"[\[［【(（](\d{4})[\]］】)）]", r"〔\1〕", text)
    return text


def find_doc_numbers(text: str) -> list[tuple[int, int, str]]:
    """All 文号 occurrences as (start, end, canonical form), in text order."""
    hits = []
    for pattern in DOC_NUMBER_PATTERNS:
        for m in pattern.finditer(text):
            canon = canonical_doc_number(m.group(0))
            raw = re.sub(r"\s", "", m.group(0))
            head = canon[: max(2, min(len(canon), canon.find("〔") if "〔" in canon else 4))]
            pos = m.group(0).rfind(head)
            start = m.start() + pos if pos >= 0 and raw.endswith(canon) else m.start()
            hits.append((start, m.end(), canon))
    hits.sort()
    merged: list[tuple[int, int, str]] = []
    for hit in hits:
        if merged and hit[0] < merged[-1][1]:
            continue
        merged.append(hit)
    return merged


def _cn_number(s: str) -> int:
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGITS[s[1]]
    if s.endswith("十"):
        return _CN_DIGITS[s[0]] * 10
    tens, ones = s.split("十")
    return _CN_DIGITS[tens] * 10 + _CN_DIGITS[ones]


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written as 2021年12月12日 or 二〇二一年十二月十二日, as ISO strings."""
    found = []
    for m in _DATE.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid_date(y, mo, d):
            found.append((m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}"))
    for m in _CN_DATE.finditer(text):
        try:
            y, mo, d = (_cn_number(g) for g in m.groups())
        except (KeyError, ValueError):
            continue
        if _valid_date(y, mo, d):
            found.append((m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}"))
    return sorted(found)


def _valid_date(y: int, mo: int, d: int) -> bool:
    try:
        date(y, mo, d)
    except ValueError:
        return False
    return True


def guess_title(text: str) -> str:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:6]
    if not lines:
        return ""
    title = lines[0].strip("#").strip()
    # Official titles are often broken over two lines: "国务院关于印发" / "“十四五”……规划的通知".
    if len(lines) > 1 and not title.endswith(_DOC_TYPES) and lines[1].endswith(_DOC_TYPES) and len(lines[1]) < 60:
        title += lines[1]
    return title[:120]


def guess_issuer(text: str) -> str:
    head = [ln.strip() for ln in text.split("\n")[:60] if ln.strip()]
    for i, line in enumerate(head):
        if _DATE.fullmatch(line) or _CN_DATE.fullmatch(line):
            prev = head[i - 1] if i else ""
            if 2 <= len(prev) <= 40 and prev.endswith(ISSUER_SUFFIXES) and "，" not in prev:
                return prev
    return ""


def detect_metadata(text: str) -> dict[str, str]:
    """Best-effort metadata from the first part of a document; empty strings when unsure."""
    head = text[:3000]
    numbers = find_doc_numbers(head)
    dates = find_dates(head)
    return {
        "title": guess_title(text),
        "doc_number": numbers[0][2] if numbers else "",
        "date": dates[0][2] if dates else "",
        "issuer": guess_issuer(text),
    }


# 〔2021〕29号 / [2021]29号 / 2023年第6号 / 23年6号: a year and a serial number.
_DOC_NO_REF = re.compile(r"[〔\[［【（(](\d{4})[〕\]］】）)]\s*第?(\d{1,4})号|(\d{4}|(?<!\d)\d{2})年第?(\d{1,4})号")


def doc_number_keys(text: str) -> set[tuple[int, int]]:
    """(year, serial) pairs of the 文号 written in ``text``; two-digit years are read as 20xx."""
    keys = set()
    for m in _DOC_NO_REF.finditer(to_halfwidth_alnum(text)):
        year, serial = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        y = int(year)
        keys.add((y + 2000 if y < 100 else y, int(serial)))
    return keys
