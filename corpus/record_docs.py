"""Render the curated records as Chinese documents so retrieval can cite them like any text."""

from __future__ import annotations

import re

from corpus.documents import DocMeta, Document
from corpus.records import PAPER_TITLE, CaseStudy, KnowledgeBase, Policy, SaaSCategory, Statistic


def industry_labels(kb: KnowledgeBase) -> dict[str, str]:
    return {i["code"]: i["label"] for i in kb.taxonomy.get("industries", [])}


def _industries(codes: list[str], labels: dict[str, str]) -> str:
    if not codes or "all" in codes:
        return "不限行业"
    return "、".join(labels.get(c, c) for c in codes)


def policy_text(p: Policy, labels: dict[str, str]) -> str:
    head = f"《{p.title}》" + (f"（{p.doc_number}）" if p.doc_number else "")
    lines = [head, f"发布机关：{'、'.join(p.issuer)}；发布日期：{p.issued}；状态：{p.status}（截至{p.as_of}）"]
    if p.short_title:
        lines.append(f"简称：{p.short_title}")
    if p.expires:
        lines.append(f"有效期至：{p.expires}")
    if p.summary:
        lines += ["## 概要", p.summary]
    if p.support:
        lines += ["## 支持方式", "、".join(p.support)]
    e = p.eligibility
    cond = [f"企业规模：{'、'.join(e.sizes) if e.sizes else '不限'}",
            f"行业：{_industries(e.industries, labels)}", f"地区：{'、'.join(e.regions) or '全国'}"]
    if e.other:
        cond.append("其他条件：" + "；".join(e.other))
    lines += ["## 适用对象", "；".join(cond) + "。"]
    if p.measures:
        lines += ["## 主要措施"] + [f"{m}" for m in p.measures]
    if p.amounts:
        lines += ["## 金额与标准"] + [f"{a.get('note') or ''}（{a.get('value')}{a.get('unit', '')}）" for a in p.amounts]
    if p.how_to_apply:
        lines += ["## 怎么办理", p.how_to_apply]
    return "\n".join(lines)


def case_text(c: CaseStudy, labels: dict[str, str]) -> str:
    facts = [f"行业：{labels.get(c.industry, c.industry)}" + (f"（{c.industry_detail}）" if c.industry_detail else "")]
    if c.region:
        facts.append(f"地区：{c.region}")
    if c.size:
        facts.append(f"规模：{c.size}")
    if c.digital_stage:
        facts.append(f"数字化阶段：{c.digital_stage}")
    if c.technologies:
        facts.append(f"技术：{'、'.join(c.technologies)}")
    if c.enablers:
        facts.append(f"服务方：{'、'.join(c.enablers)}")
    lines = [f"案例：{c.title}", "；".join(facts) + "。", "## 遇到的问题", c.problem, "## 做法", c.solution,
             "## 成效", c.outcome]
    if c.figures:
        lines += ["## 数字"] + [figure_sentence(f) for f in c.figures]
    if c.keywords:
        lines.append("关键词：" + "、".join(c.keywords))
    return "\n".join(lines)


def figure_sentence(fig: dict) -> str:
    """"2022年，东石镇制伞企业数（…）为470家。": a whole sentence, so a quote of it keeps what it counts."""
    value = fig["value"]
    number = f"{value:g}" if isinstance(value, float) else str(value)
    return (f"{fig['year']}年，" if fig.get("year") else "") + f"{fig['what']}为{number}{fig.get('unit', '')}。"


def statistic_text(s: Statistic) -> str:
    lines = [f"数据：{s.topic}", s.statement]
    if s.original_source:
        lines.append(f"原始来源：{s.original_source}")
    return "\n".join(lines)


def saas_text(s: SaaSCategory, labels: dict[str, str]) -> str:
    lines = [f"数字化工具类别：{s.name}" + (f"（也叫{'、'.join(s.aliases)}）" if s.aliases else ""), s.solves]
    if s.description:
        lines.append(s.description)
    fit = [f"适合行业：{_industries(s.industries, labels)}"]
    if s.needs:
        fit.append(f"对应痛点：{'、'.join(s.needs)}")
    if s.stages:
        fit.append(f"适合阶段：{'、'.join(s.stages)}")
    lines.append("；".join(fit) + "。")
    if s.cost_model:
        lines.append(f"费用方式：{s.cost_model}")
    if s.cautions:
        lines.append(f"注意：{s.cautions}")
    return "\n".join(lines)


def _amount(value: float, unit: str) -> str:
    text = f"{value:g}{unit}"
    if unit == "万元" and value >= 10000:  # "两个亿" is how owners say it
        text += f"（{value / 10000:g}亿元）"
    return text


def _band(bounds: dict, indicators: dict, joiner: str, suffix: str) -> str:
    return joiner.join(f"{indicators[k]['label']}{_amount(v, indicators[k]['unit'])}{suffix}" for k, v in bounds.items())


def _unfold(text: str) -> str:
    """YAML's folded blocks leave a space at each line break; Chinese text has none between characters."""
    return re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])", "", str(text).strip())


def size_table_text(std: dict) -> str:
    """The 划型 table of size_standard.yaml, one line per industry, so "零售业营收多少算微型" finds its numbers."""
    indicators = std.get("indicators", {})
    lines = ["## 各行业划型标准"]
    for row in std.get("industries", []):
        t = row.get("thresholds", {})
        if not {"大型", "中型", "小型"} <= set(t):
            continue
        # (a comma, not "；": a quoted sentence must keep the industry at its head, and "；" ends a sentence)
        note = "，".join(x for x in (_unfold(row.get("scope_note", "")),
                                     "常见如" + "、".join(row.get("aliases", [])[:8]) if row.get("aliases") else "") if x)
        name = row.get("short") or row["name"]
        # Each sentence names its industry: a quoted sentence must not lose which industry its numbers are for.
        lines.append(f"{row['name']}" + (f"（{note}）" if note else "") + "："
                     f"{_band(t['大型'], indicators, '或', '以下')}的为中小微型企业。"
                     f"{name}中型企业：{_band(t['中型'], indicators, '且', '及以上')}。"
                     f"{name}小型企业：{_band(t['小型'], indicators, '且', '及以上')}。"
                     f"{name}微型企业：{_band(t['小型'], indicators, '或', '以下')}。")
    if std.get("rule"):
        lines += ["## 怎么判断", _unfold(std["rule"])]
    if std.get("note"):
        lines += ["## 划型要点", *map(_unfold, std["note"])]
    return "\n".join(lines) if len(lines) > 1 else ""


def _paper_source(src: dict) -> str:
    title = src.get("title") or PAPER_TITLE
    authors = "、".join(src.get("authors") or [])
    return f"《{title}》" + (f"，{authors}" if authors else "")


def record_documents(kb: KnowledgeBase) -> list[Document]:
    labels = industry_labels(kb)
    docs = []
    for p in kb.policies:
        meta = DocMeta(title=p.title, issuer="、".join(p.issuer), doc_number=p.doc_number, date=p.issued,
                       source=p.source_label, kind="政策", status=p.status,
                       extra={"record": "policy", "as_of": p.as_of})
        text = policy_text(p, labels)
        if p.doc_number and p.doc_number == kb.size_standard.get("standard", {}).get("doc_number"):
            text += "\n" + size_table_text(kb.size_standard)
        docs.append(Document(p.id, text, meta, origin="record", probes=list(p.asks)))
    for c in kb.cases:
        meta = DocMeta(title=c.title, source=_paper_source(c.source), kind="案例", status="unknown",
                       extra={"record": "case"})
        docs.append(Document(c.id, case_text(c, labels), meta, origin="record", probes=list(c.asks)))
    for s in kb.statistics:
        meta = DocMeta(title=s.topic, source=_paper_source(s.source), kind="统计", status="unknown",
                       extra={"record": "statistic"})
        docs.append(Document(s.id, statistic_text(s), meta, origin="record", probes=list(s.asks)))
    for s in kb.saas:
        meta = DocMeta(title=f"{s.name}（数字化工具类别）", source="数实通 SaaS 类别目录", kind="SaaS",
                       status="unknown", extra={"record": "saas"})
        docs.append(Document(s.id, saas_text(s, labels), meta, origin="record", probes=list(s.asks)))
    return docs
