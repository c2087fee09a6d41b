""""哪些行业没有扶持政策", "政策覆盖有哪些空白": a government officer's coverage question, answered from the
coverage report (each policy's eligible industries and provinces) rather than from passages."""

from __future__ import annotations

import re

from advisor.details import asked_part
from kg.coverage import CoverageReport

_ASKS = re.compile(r"(哪些|什么|哪个|哪几个)(行业|省|省份|地区|地方|领域)[^，。？?！!]{0,12}(没有|缺|空白|不足|覆盖)|"
                   r"覆盖(情况|面|了哪些|哪些|不到)|缺口|空白")
_ABOUT_POLICY = re.compile(r"政策|扶持|补贴|支持|奖补|优惠")


def asks_coverage(question: str) -> bool:
    """Coverage asked, not the asker's task ("正在梳理…覆盖情况，请问第三批选多少个城市")."""
    return bool(_ASKS.search(asked_part(question)) and _ABOUT_POLICY.search(question))


def coverage_points(report: CoverageReport) -> tuple[list[str], list[list[str]]]:
    """The answer's statements, and for each the policies it rests on (to cite)."""
    reach = report.reach()
    all_industries = {code for code, _ in report.industries}
    all_provinces = set(report.provinces)
    labels = dict(report.industries)
    title = report.policy_titles
    narrow = sorted(p for p, (inds, _) in reach.items() if inds != all_industries)
    broad = [p for p, (inds, _) in reach.items() if inds == all_industries]
    local: dict[str, list[str]] = {}
    for p, (_, provs) in reach.items():
        if provs != all_provinces:
            for prov in provs:
                local.setdefault(prov, []).append(p)
    points, grounds = [], []
    points.append(f"不限行业的现行政策有 {len(broad)} 项（多为全国性的法律、税费和融资政策），所以每个行业都至少有这些政策覆盖。")
    grounds.append([])
    if narrow:
        names = "；".join(f"《{title[p]}》（{'、'.join(labels[i] for i in sorted(reach[p][0]))}）" for p in narrow)
        points.append(f"只面向部分行业的政策：{names}。")
        grounds.append(narrow)
    if local:
        have = "、".join(f"{prov}（{len(pols)} 项）" for prov, pols in sorted(local.items()))
        rest = len(all_provinces) - len(local)
        points.append(f"收录了地方政策的省份：{have}；其余 {rest} 个省份只有全国性政策"
                      "（已收录资料中没有它们的地方政策，不代表当地没有）。")
        grounds.append(sorted({p for pols in local.values() for p in pols}))
    return points, grounds
