""""灵山县归哪个市管", "晋江是福建哪个市下面的": which larger place a place in a case record lies in, answered from
the record's 地区 field. The field is a line of the record's head, which evidence read sentence by sentence
does not reach, so such questions were refused though the record says."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The record's own place: the last unit of its 地区 field ("广西壮族自治区钦州市灵山县" → 灵山).
_TAIL = re.compile(r"([^省市县区镇旗]{2,4})(县|区|镇|旗|市)$")


def _asks_parent(stem: str) -> re.Pattern:
    """The place named and, right after it, which larger place it belongs to ("灵山县是广西哪个市管的",
    "东石镇又归哪里管", "灵山县是归钦州管还是北海管", "东石镇是属于泉州的吗"); not a place merely mentioned ("我在广州开店，执照归哪个区管")
    nor a part of it ("广州哪个区的补贴多")."""
    place = rf"{re.escape(stem)}[县区镇市旗]?"
    unit = r"哪(个|一个)?(省|地级市|县级市|市|县|区|地区)"
    # (and "案例里的灵山县，行政上归广西哪个地级市管辖", "晋江是县级市吧？它属于福建哪个地级市")
    then = r"([，,]?(在)?行政上|[^？?。]{0,12}[？?，,]\s*(它|这里|那里|这个地方))?"
    return re.compile(rf"{place}{then}(又|到底)?(是|归|属于|隶属于?)[^，。？?！!\s]{{0,6}}{unit}|"
                      # "灵山县是钦州管的还是北海管的", "晋江是归泉州还是厦门管的"
                      rf"{place}(是)?归[\u4e00-\u9fff]{{2,4}}?(管的?)?还是|{place}(是)?[\u4e00-\u9fff]{{2,4}}?管的?还是|"
                      rf"{place}[^，。？?！!\s]{{0,6}}{unit}(管|下面|下辖|管辖|的)(?=[的吗呢啊？?，。！!]|$)|"
                      rf"{place}(是|又|到底)?(归|属于|隶属于?)哪(里|儿)|{place}[^，。？?！!\s]{{0,2}}归[\u4e00-\u9fff]{{2,4}}管还是|"
                      # "东石镇是属于泉州的吗": a guess at it, which the field confirms or not
                      rf"{place}(又|到底)?(是)?(归|属于|隶属于?)[\u4e00-\u9fff]{{2,5}}?(的|管的?)?(吗|么|吧)")


def places_asked(question: str, regions: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (record id, 地区) of the records whose own place the question asks the larger place of."""
    out = []
    for doc_id, region in regions:
        tail = _TAIL.search(region or "")
        if tail and _asks_parent(tail.group(1)).search(question):
            out.append((doc_id, region))
    return out


def _stems(region: str) -> list[str]:
    """The short names of a 地区 field's units, largest first ("福建省泉州市晋江市" → 福建, 泉州, 晋江)."""
    units = re.findall(r".+?(?:自治区|省|市|县|区|镇|旗)", region or "")
    stems = (re.sub(r"(壮族|回族|维吾尔)?(自治区|省|市|县|区|镇|旗)$", "", u) for u in units)
    return [s for s in stems if len(s) >= 2]


def cases_in_place(question: str, regions: Iterable[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """"福建有哪些数实融合案例": the place whose recorded cases the question asks for, and the (record id, 地区) of
    those whose 地区 field lies in it; ("", []) when the question asks no such list."""
    regions = list(regions)
    stems = sorted({s for _, r in regions for s in _stems(r)}, key=len, reverse=True)
    for stem in stems:
        place = rf"{re.escape(stem)}(省|市|县|镇|壮族自治区|自治区)?"
        asks = re.compile(rf"{place}(的|这边|那边|地区|这里|那里|本地)?[^，。？?！!\s]{{0,4}}(有哪些|有什么|有啥|有没有|哪几个|都有哪些)"
                          r"[^，。？?！!\s]{0,8}(案例|例子)|"
                          rf"{place}的[^，。？?！!\s]{{0,6}}(案例|例子)[^，。？?！!\s]{{0,3}}(有哪些|有什么|有啥|都有哪些|有几个)|"
                          rf"(哪些|哪几个)[^，。？?！!\s]{{0,8}}案例[^，。？?！!\s]{{0,4}}(在|是|来自){place}|"
                          # "案例库里有哪些是福建的"
                          rf"(案例|例子)[^，。？?！!\s]{{0,6}}(有哪些|哪些|哪几个)(是|在|来自){place}")
        if asks.search(question):
            return stem, [(d, r) for d, r in regions if stem in _stems(r)]
    # "我们在福建泉州这边，案例里头有没有我们本地的": the asker's own place, the smallest unit named
    if _OWN_PLACE_CASES.search(question):
        depth = {s: i for _, r in regions for i, s in enumerate(_stems(r))}
        named = [s for s in stems if s in question]
        if named:
            stem = max(named, key=lambda s: depth[s])
            return stem, [(d, r) for d, r in regions if stem in _stems(r)]
    return "", []


_OWN_PLACE_CASES = re.compile(r"(案例|例子)[^，。？?！!\s]{0,6}(有没有|有无|有哪些|有啥)(我们|咱们?|俺们)?(本地|当地|这边|这里|本省|本市|附近)的")
