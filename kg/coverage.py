"""Policy coverage for government staff: counts by industry × region × support type × size, gaps,
policies expiring soon, and superseded policies that documents still mention."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from corpus.records import has_lapsed
from kg.store import GraphStore

_POLICY_FACETS = """
SELECT ?p ?title ?status ?expires ?replaced ?cond ?kind ?value WHERE {
  ?p a sme:Policy ; dcterms:title ?title ; sme:status ?status .
  OPTIONAL { ?p sme:expires ?expires }
  OPTIONAL { ?p dcterms:isReplacedBy ?replaced }
  OPTIONAL { ?p sme:hasCondition ?cond . ?cond a ?kind .
             OPTIONAL { ?cond sme:requiresSize|sme:requiresIndustry|sme:requiresRegion ?value } }
}
"""
_SUPPORTS = "SELECT ?p ?label WHERE { ?p a sme:Policy ; sme:supportType/skos:prefLabel ?label }"
_INDUSTRIES = "SELECT ?i ?code ?label WHERE { ?i a sme:Industry ; skos:notation ?code ; skos:prefLabel ?label }"
_PROVINCES = ("SELECT ?r ?label WHERE { ?r a sme:Region ; sme:regionLevel \"省\" ; skos:prefLabel ?label ; "
              "skos:broader ?c . ?c sme:regionLevel \"国家\" }")
_SIZES = "SELECT ?s ?label WHERE { ?s a sme:EnterpriseSize ; skos:prefLabel ?label }"
_PARENTS = "SELECT ?r ?parent WHERE { ?r a sme:Region ; skos:broader ?parent }"
_MENTIONS = """
SELECT DISTINCT ?old ?title ?docno ?doc ?doctitle WHERE {
  ?old a sme:Policy ; dcterms:title ?title .
  { ?old dcterms:isReplacedBy ?new } UNION { ?old sme:status "失效" }
  ?old dcterms:identifier ?docno .
  ?doc a sme:Document ; sme:mentionsDocNumber ?docno ; dcterms:title ?doctitle .
  FILTER NOT EXISTS { ?old sme:describedBy ?doc }
}
"""


@dataclass
class CoverageReport:
    industries: list[tuple[str, str]]  # (code, label)
    provinces: list[str]
    supports: list[str]
    sizes: list[str]
    # (industry code, province, support, size) -> policy ids (current policies only)
    cells: dict[tuple[str, str, str, str], list[str]] = field(default_factory=dict)
    expiring: list[dict] = field(default_factory=list)
    # past their end date though not marked 失效 (a plan whose period is over): counted nowhere as support
    lapsed: list[dict] = field(default_factory=list)
    superseded_mentions: list[dict] = field(default_factory=list)
    policy_titles: dict[str, str] = field(default_factory=dict)
    national: set[str] = field(default_factory=set)  # policies with no region condition

    def matrix(self, support: str | None = None, size: str | None = None,
               local_only: bool = False) -> dict[tuple[str, str], int]:
        """Distinct current policies per (industry, province), optionally for one support type / size.

        National policies cover every province; ``local_only`` leaves them out, so regional gaps show."""
        acc: dict[tuple[str, str], set[str]] = {}
        for (ind, prov, sup, sz), pols in self.cells.items():
            if (support and sup != support) or (size and sz != size):
                continue
            acc.setdefault((ind, prov), set()).update(p for p in pols if not (local_only and p in self.national))
        return {(i, p): len(acc.get((i, p), ())) for i, _ in self.industries for p in self.provinces}

    def reach(self) -> dict[str, tuple[set[str], set[str]]]:
        """Per current policy, the industry codes and provinces it covers."""
        out: dict[str, tuple[set[str], set[str]]] = {}
        for (ind, prov, _sup, _size), pols in self.cells.items():
            for p in pols:
                industries, provinces = out.setdefault(p, (set(), set()))
                industries.add(ind)
                provinces.add(prov)
        return out

    def gaps(self, support: str | None = None, size: str | None = None, local_only: bool = False) -> list[tuple[str, str]]:
        return [k for k, v in self.matrix(support, size, local_only).items() if v == 0]

    def to_rows(self, support: str | None = None, size: str | None = None, local_only: bool = False) -> list[dict]:
        labels = dict(self.industries)
        return [{"industry": code, "industry_label": labels[code], "province": prov, "policies": n}
                for (code, prov), n in self.matrix(support, size, local_only).items()]

    def render(self, fmt: str = "md", support: str | None = None, size: str | None = None,
               local_only: bool = False) -> str:
        rows = self.to_rows(support, size, local_only)
        if fmt == "json":
            flt = {"support": support, "size": size} | ({"local_only": True} if local_only else {})
            return json.dumps({"filter": flt, "cells": rows,
                               "gaps": [{"industry": i, "province": p} for i, p in self.gaps(support, size, local_only)],
                               "expiring": self.expiring, "lapsed": self.lapsed,
                               "superseded_still_mentioned": self.superseded_mentions},
                              ensure_ascii=False, indent=1)
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=["industry", "industry_label", "province", "policies"])
            writer.writeheader()
            writer.writerows(rows)
            return buf.getvalue()
        if fmt != "md":
            raise ValueError("format must be md, csv or json")
        by_ind: dict[str, int] = {}
        for r in rows:
            by_ind[r["industry"]] = max(by_ind.get(r["industry"], 0), r["policies"])
        scope = "仅地方政策" if local_only else "含全国性政策"
        lines = [f"# 政策覆盖 Coverage（现行政策，{scope}；支持方式={support or '全部'}，规模={size or '全部'}）", "",
                 "| 门类 | 行业 | 覆盖政策数（最多的省） | 缺口省份数 |", "|---|---|---|---|"]
        gaps = self.gaps(support, size, local_only)
        for code, label in self.industries:
            n_gap = sum(1 for i, _ in gaps if i == code)
            lines.append(f"| {code} | {label} | {by_ind.get(code, 0)} | {n_gap} |")
        lines += ["", f"缺口（行业×省份无现行政策）: {len(gaps)} 个", "", "## 即将到期 Expiring soon"]
        lines += [f"- {e['title']}（{e['expires']}，剩 {e['days_left']} 天）" for e in self.expiring] or ["- 无"]
        lines += ["", "## 已过有效期 Past their end date（不计入覆盖）"]
        lines += [f"- {e['title']}（{e['expires']} 到期）" for e in self.lapsed] or ["- 无"]
        lines += ["", "## 已被取代但仍被引用 Superseded but still mentioned"]
        lines += [f"- {m['title']}（{m['doc_number']}）被《{m['mentioned_in']}》引用" for m in self.superseded_mentions] or ["- 无"]
        return "\n".join(lines)


def _local(iri) -> str:
    return str(iri).rsplit("/", 1)[-1]


def coverage(store: GraphStore, within_days: int = 180, today: date | None = None) -> CoverageReport:
    today = today or date.today()
    industries = sorted((str(r["code"]), str(r["label"])) for r in store.query(_INDUSTRIES))
    provinces = sorted(str(r["label"]) for r in store.query(_PROVINCES))
    sizes = [s for s in ("大型", "中型", "小型", "微型") if s in {str(r["label"]) for r in store.query(_SIZES)}]
    parent = {str(r["r"]): str(r["parent"]) for r in store.query(_PARENTS)}
    label_of = {}
    for r in store.query("SELECT ?r ?l WHERE { ?r a sme:Region ; skos:prefLabel ?l }"):
        label_of[str(r["r"])] = str(r["l"])

    def province_of(region_iri: str) -> str | None:
        cur = region_iri
        while cur in parent and label_of.get(parent[cur]) != "全国":
            cur = parent[cur]
        return label_of.get(cur)

    policies: dict[str, dict] = {}
    for r in store.query(_POLICY_FACETS):
        pid = _local(r["p"])
        pol = policies.setdefault(pid, {"title": str(r["title"]), "status": str(r["status"]),
                                        "expires": r.get("expires"), "replaced": r.get("replaced"),
                                        "sizes": set(), "industries": set(), "regions": set()})
        kind = str(r.get("kind") or "").split("#")[-1]
        value = r.get("value")
        if value is None:
            continue
        if kind == "SizeCondition":
            pol["sizes"].add(_local(value))
        elif kind == "IndustryCondition":
            pol["industries"].add(_local(value))
        elif kind == "RegionCondition":
            prov = province_of(str(value))
            if prov:
                pol["regions"].add(prov)
    supports: dict[str, set[str]] = {}
    for r in store.query(_SUPPORTS):
        supports.setdefault(_local(r["p"]), set()).add(str(r["label"]))
    all_supports = sorted({s for v in supports.values() for s in v})
    report = CoverageReport(industries, provinces, all_supports, sizes,
                            policy_titles={k: v["title"] for k, v in policies.items()},
                            national={k for k, v in policies.items() if not v["regions"]})
    horizon = today + timedelta(days=within_days)
    for pid, pol in policies.items():
        if pol["expires"] is not None and pol["status"] != "失效":
            try:
                exp = date.fromisoformat(str(pol["expires"]))
            except ValueError:
                exp = None
            if exp and today <= exp <= horizon:
                report.expiring.append({"policy": pid, "title": pol["title"], "expires": exp.isoformat(),
                                        "days_left": (exp - today).days})
            elif exp and has_lapsed(exp.isoformat(), today):
                report.lapsed.append({"policy": pid, "title": pol["title"], "expires": exp.isoformat()})
                continue
        if pol["status"] == "失效" or pol["replaced"] is not None:
            continue
        inds = pol["industries"] or {c for c, _ in industries}
        provs = pol["regions"] or set(provinces)
        szs = pol["sizes"] or set(sizes)
        for sup in supports.get(pid, set()) or {"未标注"}:
            for i in inds:
                for p in provs:
                    for s in szs:
                        report.cells.setdefault((i, p, sup, s), []).append(pid)
    report.expiring.sort(key=lambda e: e["expires"])
    report.lapsed.sort(key=lambda e: e["expires"])
    for r in store.query(_MENTIONS):
        report.superseded_mentions.append({"policy": _local(r["old"]), "title": str(r["title"]),
                                           "doc_number": str(r["docno"]), "mentioned_in": str(r["doctitle"])})
    return report
