"""Name lists for rule-based extraction, built from the shipped vocabularies (regions, taxonomy, 划型)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.records import KnowledgeBase, shipped_knowledge_base


@dataclass(frozen=True)
class Place:
    name: str  # official name, e.g. 杭州市
    province: str  # its province's official name (itself for a province)
    level: str  # 省 | 市 | 县


@dataclass
class Gazetteer:
    # surface form -> (entity id, confidence)
    regions: dict[str, tuple[str, float]] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)  # entity id -> Place
    province_abbr: dict[str, str] = field(default_factory=dict)  # 浙 -> region:浙江省
    industries: dict[str, str] = field(default_factory=dict)  # keyword -> industry:H
    industry_labels: dict[str, str] = field(default_factory=dict)  # H -> 住宿和餐饮业
    size_groups: dict[str, str] = field(default_factory=dict)  # alias -> 划型 row name
    technologies: dict[str, str] = field(default_factory=dict)
    needs: dict[str, str] = field(default_factory=dict)
    supports: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # entity id -> display label


_ADMIN_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|壮族|回族|维吾尔)+$")


# the peoples named in the 30 自治州' names ("黔东南苗族侗族自治州")
_PREFECTURE = re.compile(r"((朝鲜|土家|苗|藏|羌|彝|布依|侗|壮|哈尼|傣|白|景颇|傈僳|回|蒙古|哈萨克|柯尔克孜)族?)+自治州$")


def place_stem(name: str) -> str:
    """A province's or city's name as said in passing: "广西壮族自治区" → "广西", "杭州市" → "杭州", "大理白族自治州"
    → "大理"."""
    return _ADMIN_SUFFIX.sub("", _PREFECTURE.sub("", name))


def _add(table: dict, key: str, value, overwrite: bool = False) -> None:
    if key and (overwrite or key not in table):
        table[key] = value


def build_gazetteer(kb: KnowledgeBase) -> Gazetteer:
    g = Gazetteer()
    for prov in kb.regions.get("provinces", []):
        pid = f"region:{prov['name']}"
        g.places[pid] = Place(prov["name"], prov["name"], "省")
        g.labels[pid] = prov["name"]
        _add(g.regions, prov["name"], (pid, 1.0), overwrite=True)
        _add(g.regions, prov["short"], (pid, 0.95), overwrite=True)
        abbrs = prov.get("abbr") or []
        for a in [abbrs] if isinstance(abbrs, str) else abbrs:
            g.province_abbr.setdefault(a, pid)
        for city in prov.get("cities", []):
            cid = f"region:{city['name']}"
            g.places[cid] = Place(city["name"], prov["name"], "市")
            g.labels[cid] = city["name"]
            _add(g.regions, city["name"], (cid, 1.0), overwrite=True)
            if len(city["short"]) >= 2:
                _add(g.regions, city["short"], (cid, 0.9))  # a province short wins a collision (吉林, 海南)
            for county in city.get("counties", []) or []:
                kid = f"region:{county['name']}"
                g.places[kid] = Place(county["name"], prov["name"], "县")
                g.labels[kid] = county["name"]
                _add(g.regions, county["name"], (kid, 1.0))
                _add(g.regions, county["short"], (kid, 0.9))
                for town in county.get("towns", []) or []:
                    _add(g.regions, town, (kid, 0.9))
                    _add(g.regions, town.removesuffix("镇"), (kid, 0.8))
    g.regions["全国"] = ("region:全国", 1.0)
    g.labels["region:全国"] = "全国"

    tax = kb.taxonomy
    for ind in tax.get("industries", []):
        iid = f"industry:{ind['code']}"
        g.industry_labels[ind["code"]] = ind["label"]
        g.labels[iid] = ind["label"]
        _add(g.industries, ind["label"], iid)
        for kw in ind.get("keywords", []):
            _add(g.industries, kw, iid)
    for row in kb.size_standard.get("industries", []):
        for alias in [row["name"], row.get("short", "")] + list(row.get("aliases", [])):
            _add(g.size_groups, alias, row["name"])
            letters = row.get("men_lei") or []
            if len(letters) == 1:
                _add(g.industries, alias, f"industry:{letters[0]}")
    for key, table, prefix in (("technologies", g.technologies, "tech"), ("needs", g.needs, "need"),
                               ("support_types", g.supports, "support")):
        for item in tax.get(key, []):
            eid = f"{prefix}:{item['label']}"
            g.labels[eid] = item["label"]
            _add(table, item["label"], eid)
            for kw in item.get("keywords", []):
                _add(table, kw, eid)
    for size in tax.get("sizes", []):
        g.labels[f"size:{size}"] = size
    return g


@lru_cache(maxsize=1)
def shipped_gazetteer() -> Gazetteer:
    return build_gazetteer(shipped_knowledge_base())
