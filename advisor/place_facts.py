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
