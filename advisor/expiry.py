""""哪些政策明年到期", "有哪些已经失效了": questions about when policies end, answered from the records' end dates
and statuses rather than from passages that happen to mention a date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from advisor.details import AFTER_TERM, asked_details, asked_part
from corpus.records import Policy, has_lapsed

_ASKS = re.compile(r"(哪些|什么(?!时候)|哪个|哪几|有没有|有哪|多少)[^，。？?！!]{0,12}(到期|过期|失效|废止|结束)|"
                   # (not "这政策到哪年底结束": when one policy ends)
                   r"(快|即将|马上|近期|最近|(?<![哪几])年底|(?<![哪几])年内|明年|今年)[^，。？?！!]{0,6}(到期|过期|失效|结束)")
# about policies, not a staff contract ("谁的合同快到期都不知道")
_POLICIES = re.compile(r"政策|文件|规定|公告|条例|办法|通知|优惠|补贴|扶持|奖补|方案|规划")
_SOON = re.compile(r"快|即将|马上|近期|最近|明年|今年|年底|年内|要到期")
_PAST = re.compile(r"已经|已(?=[^，。？?！!]{0,4}(到期|过期|失效|废止))|(到期|过期|失效|废止)了")
_YEAR = re.compile(r"(20\d\d)\s*年")
# "2027年底到期以后…": what follows one policy's end, not which ones end (nor "到2027年底就结束了，还会不会继续延",
# which asks the detail AFTER_TERM)
_AFTER_END = re.compile(r"(到期|过期|结束|期满)(以后|之后|后)")


@dataclass(frozen=True)
class Window:
    """The period a question asks about, ``label`` saying it ("2027年内到期"); ``past``: policies that have
    already ended."""

    start: date
    end: date
    label: str
    past: bool = False

    def holds(self, p: Policy, today: date) -> bool:
        if p.superseded_by or p.status == "失效":
            return self.past
        if not p.expires:
            return False
        if self.past:
            return has_lapsed(p.expires, today)
        return self.start.isoformat() <= p.expires[:10] <= self.end.isoformat()


def expiry_window(question: str, today: date) -> Window | None:
    """The period the question asks which policies end in, if it asks that."""
    # (asked, not the setting: "…到2026年底就结束了，2027年还会不会再出一轮")
    if not _ASKS.search(asked_part(question)) or not _POLICIES.search(question) or _AFTER_END.search(question) \
            or any(d.name == AFTER_TERM for d in asked_details(question)):
        return None
    if _PAST.search(question) and not _SOON.search(question):
        return Window(date.min, today - timedelta(days=1), "已经到期或失效", past=True)
    if "明年" in question:
        y = today.year + 1
        return Window(date(y, 1, 1), date(y, 12, 31), f"{y}年内到期")
    if "今年" in question or "年底" in question or "年内" in question:
        return Window(today, date(today.year, 12, 31), f"今年年底前（{today.year}-12-31前）到期")
    m = _YEAR.search(question)
    if m:
        y = int(m.group(1))
        return Window(date(y, 1, 1), date(y, 12, 31), f"{y}年内到期")
    end = today + timedelta(days=180)
    return Window(today, end, f"今后半年内（{end.isoformat()}前）到期")


def ending_in(policies: list[Policy], window: Window, today: date) -> list[Policy]:
    """The policies that end in the window, soonest (or, for the past, most recent) first."""
    hits = [p for p in policies if window.holds(p, today)]
    return sorted(hits, key=lambda p: p.expires or "", reverse=window.past)


def ending_line(p: Policy, names: dict[str, str]) -> str:
    """One policy's end as the answer states it; ``names`` gives each policy as "《title》（文号）"."""
    if p.superseded_by:
        return f"{names[p.id]}已失效，已被{names.get(p.superseded_by, p.superseded_by)}取代"
    if p.status == "失效":
        return f"{names[p.id]}已失效" + (f"（有效期至{p.expires}）" if p.expires else "")
    return f"{names[p.id]}有效期至{p.expires}"


def cited_name(p: Policy) -> str:
    """"《title》（文号）", or with the issue date when there is no 文号: two versions of a law share a title."""
    mark = p.doc_number or (f"{_chinese_date(p.issued)}发布" if p.issued else "")
    return f"《{p.title}》" + (f"（{mark}）" if mark else "")


def _chinese_date(iso: str) -> str:
    """"2021-12" → "2021年12月", "2024" → "2024年"."""
    return "".join(f"{int(part)}{unit}" for part, unit in zip(iso.split("-"), "年月日", strict=False))
