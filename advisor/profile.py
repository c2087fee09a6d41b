"""The asker's enterprise profile, read from what the question says — never from what it does not."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from kg.counties import CountyNames, shipped_county_names
from kg.extract import Extractor
from kg.gazetteer import Place

_CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)"
# (not "饭点人一多服务员就忙不过来": "一多" is "once there are many", no count)
_EMPLOYEES = re.compile(_NUM + r"(?<!(?<![零一二两三四五六七八九十百千])一(?=多))\s*(?:来|多)?\s*(?:个|名|号)?\s*(?:人|员工|工人|伙计|服务员|店员)(?!民币|口)")
# "连我屋头的人一共8个": people counted, the count after
_EMPLOYEES_TOTAL = re.compile(r"(?:人|员工|伙计|工人)[^，。,；;！!？?\d]{0,4}?(?:一共|总共|共|加起来|合计)(?:有|是)?\s*" + _NUM +
                              r"\s*(?:来|多)?\s*(?:个|名|口)(?![\u4e00-\u9fff])")
# "员工120人", and at a clause's end without the unit: "营收两千万，员工六十"
_EMPLOYEES_AFTER = re.compile(r"(?:员工|工人|从业人员|雇了|招了|请了)\s*(?:有|共|大概|差不多|约)?\s*" + _NUM +
                              r"\s*(?:来|多)?\s*(?:个|名|人|(?=[，。,.；;！!？?\s]|$))")
_REVENUE = re.compile(r"(?:营业?收入?|营收|销售额|流水|营业额|年收入|一年(?:能)?(?:卖|做|收入)?(?:个)?)\D{0,6}?"
                      + _NUM + r"\s*(?:来|多)?\s*个?\s*(万|亿|[wW](?![A-Za-z]))")  # ("80w", "600个w": 万)
_ASSETS = re.compile(r"资产(?:总额)?\D{0,6}?" + _NUM + r"\s*个?\s*(万|亿|[wW](?![A-Za-z]))")
# Words for software or sites that an owner of any trade buys or uses ("有什么软件", "云服务器", "没有IT人员"), or for
# a bank: the asker's own industry only where they describe the firm ("软件公司", "做工业软件的", "我们是一家村镇银行").
_TOOL_WORDS = frozenset({"软件", "SaaS", "云服务", "IT", "网站", "互联网平台", "数据中心",
                         # and those an owner of any trade deals with: "银行不给贷款", "给银行推名单"
                         "银行", "保险", "金融", "小额贷款"})
_OWN_TRADE_AFTER = re.compile(r"公司|企业|团队|行业|业(?!务|主)|这行|开发|厂商|服务商|的(?![^，。？?！!]{0,2}(软件|系统|工具))")
_HIRED = re.compile(r"(请|找|雇|委托|外包给|交给)[^，。？?！!]{0,2}$")
# ("劳务派遣来的工人", "兼职用工": workers a trade supplies, not the asker's trade)
_SUPPLIED = re.compile(r"(派)?来的|用工|的(工人|员工)")
_OWN_TRADE_BEFORE = re.compile(r"(做|是|搞|干)[^，。？?！!买用装选找换推采]{0,4}$")


def _describes_own_trade(question: str, start: int, end: int, text: str) -> bool:
    """An industry mention names the asker's trade, not only a tool they use."""
    if _HIRED.search(question[:start]):  # "老板舍不得请软件公司定制": a firm the asker would hire
        return False
    if _SUPPLIED.match(question, end):  # "劳务派遣来的工人算不算从业人员": whom the asker employs
        return False
    if text not in _TOOL_WORDS:
        return True
    return bool(_OWN_TRADE_AFTER.match(question, end) or _OWN_TRADE_BEFORE.search(question[:start]))


_STAGES = {"起步探索": ("还没用过", "没有系统", "纸质", "手工记账", "手写", "刚起步", "啥都没有", "从零开始"),
           "单点应用": ("用了收银", "用了个", "已经用", "在用"),
           "集成协同": ("打通", "多个系统", "上下游协同"),
           "全面融合": ("数据驱动", "C2M", "全面数字化")}


def chinese_number(text: str) -> float | None:
    """'20' -> 20; '二十' -> 20; '两百' -> 200; '三千五' -> 3500 (simple forms only)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    total, current = 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    last_unit = 1
    for ch in text:
        if ch == "零":
            last_unit = 10  # 一百零五: the digit after 零 is a plain unit digit
            current = 0
        elif ch in _CN:
            current = _CN[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            last_unit = units[ch]
            current = 0
        else:
            return None
    if current:
        total += current * (last_unit // 10 if last_unit >= 10 else 1)
    return float(total) if total else None


@dataclass
class EnterpriseProfile:
    region: str | None = None  # most specific official name found (杭州市)
    province: str | None = None
    industry: str | None = None  # GB/T 4754 门类 letter
    industry_label: str | None = None
    size_group: str | None = None  # the 划型 row, e.g. 餐饮业
    size: str | None = None
    size_rule: str | None = None
    possible_sizes: list[str] = field(default_factory=list)  # undecided size: those the numbers allow (kg.classify)
    employees: int | None = None
    revenue_wan: float | None = None
    assets_wan: float | None = None
    needs: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    stage: str | None = None
    missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def merge(self, other: EnterpriseProfile) -> EnterpriseProfile:
        """Fields known in ``other`` override ours (explicit form fields beat what was read from text)."""
        merged = EnterpriseProfile(**asdict(self))
        for k, v in asdict(other).items():
            if k == "missing":
                continue
            if isinstance(v, list):
                if v:
                    setattr(merged, k, list(dict.fromkeys(getattr(merged, k) + v)))
            elif v is not None:
                setattr(merged, k, v)
        return merged


_OWN_EQUIPMENT = re.compile(r"设备|机器|机床|故障|巡检|运维")


def extract_profile(question: str, extractor: Extractor, counties: CountyNames | None = None) -> EnterpriseProfile:
    """``counties``: the county names to read besides the gazetteer's places (by default the shipped table's)."""
    g = extractor.gazetteer
    prof = EnterpriseProfile()
    mentions = extractor.extract(question, ("region", "industry", "need", "technology"))
    found = [(g.places.get(m.entity), m.start, m.end) for m in mentions if m.type == "region" and m.entity != "region:全国"]
    found = [(p, at, end) for p, at, end in found if p is not None]
    # "北京朝阳": a place right after a province-level one and outside it is a district of that one named like a
    # city elsewhere (辽宁朝阳市), not where the asker is
    places = [(p, at) for p, at, _ in found
              if not any(0 <= at - end <= 1 and q.level == "省" and q.province != p.province for q, _, end in found)]
    counties = shipped_county_names() if counties is None else counties
    places += [(Place(c.name, c.province, "县"), at) for at, c in counties.find(question)]
    if places:
        rank = {"县": 0, "市": 1, "省": 2}
        place, _ = min(places, key=lambda pa: (rank[pa[0].level], pa[1]))
        prof.region, prof.province = place.name, place.province
    industries = [m for m in mentions if m.type == "industry" and _describes_own_trade(question, m.start, m.end, m.text)]
    if industries:
        best = max(industries, key=lambda m: (m.end - m.start, -m.start))
        prof.industry = best.entity.split(":")[1]
        prof.industry_label = g.industry_labels.get(prof.industry)
        prof.size_group = g.size_groups.get(best.text)
    if prof.size_group is None:
        for alias, group in sorted(g.size_groups.items(), key=lambda kv: -len(kv[0])):
            at = question.find(alias)
            if len(alias) >= 2 and at >= 0 and _describes_own_trade(question, at, at + len(alias), alias):
                prof.size_group = group
                break
    prof.needs = list(dict.fromkeys(m.entity.split(":")[1] for m in mentions if m.type == "need"))
    # "开汽修店…客人保养一回就不见了": a repair trade's 保养 and 维修 are what it sells, not its own machines' upkeep
    if industries and "修" in best.text and not _OWN_EQUIPMENT.search(question):
        prof.needs = [n for n in prof.needs if n != "设备运维"]
    prof.technologies = list(dict.fromkeys(m.entity.split(":")[1] for m in mentions if m.type == "technology"))
    for pattern in (_EMPLOYEES_AFTER, _EMPLOYEES, _EMPLOYEES_TOTAL):
        m = pattern.search(question)
        if m:
            n = chinese_number(m.group(1))
            if n is not None and 0 < n < 1_000_000:
                prof.employees = int(n)
                break
    for attr, pattern in (("revenue_wan", _REVENUE), ("assets_wan", _ASSETS)):
        m = pattern.search(question)
        if m:
            n = chinese_number(m.group(1))
            if n is not None:
                setattr(prof, attr, n * (10000 if m.group(2) == "亿" else 1))
    for stage, cues in _STAGES.items():
        if any(c in question for c in cues):
            prof.stage = stage
            break
    return prof


def missing_fields(p: EnterpriseProfile) -> list[str]:
    """What we do not know that would change the advice."""
    out = []
    if not p.region:
        out.append("所在地区（省/市）")
    if not p.industry and not p.size_group:
        out.append("所属行业")
    if p.size is None:
        if p.employees is None:
            out.append("员工人数")
        if p.revenue_wan is None:
            out.append("年营业收入")
    if not p.needs:
        out.append("最想解决的问题（如获客、融资、排班）")
    return out
