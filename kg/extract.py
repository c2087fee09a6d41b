"""Rule- and gazetteer-based entity extraction from Chinese policy text (no LLM).

Surface forms are matched longest-first with one regular expression per entity type built from the
gazetteer; money amounts, percentages, dates and 文号 use small patterns tested in tests/kg.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.metadata import find_dates, find_doc_numbers
from kg.gazetteer import Gazetteer, shipped_gazetteer

ENTITY_TYPES = ("region", "industry", "size", "support", "technology", "need", "money", "percent", "date",
                "deadline", "doc_number", "agency")


@dataclass(frozen=True)
class Mention:
    type: str
    entity: str  # entity id (region:浙江省) or a normalised literal (money:50万元)
    text: str
    start: int
    end: int
    confidence: float


_SIZE_WORDS = {"大型企业": ("大型",), "中型企业": ("中型",), "小型企业": ("小型",), "微型企业": ("微型",),
               "小微企业": ("小型", "微型"), "小型微利企业": ("小型", "微型"), "中小企业": ("中型", "小型", "微型"),
               "中小微企业": ("中型", "小型", "微型"), "个体工商户": ("微型",), "小微": ("小型", "微型"),
               "中型": ("中型",), "小型": ("小型",), "微型": ("微型",), "大型": ("大型",)}
_AMBIGUOUS_ABBR = set("新台青宁云黑吉甘贵秦蒙港澳晋津京辽")
# Set phrases that hold a place's name without naming the place: "真金白银" (real money) is not 白银市, a
# "三明治店" is a sandwich shop, "大理石" a stone, "阿里云" a cloud vendor.
_NOT_PLACES = re.compile("真金白银|长治久安|大同小异|大理石|大理岩|三明治|中山装|阿里(?!地区)|出海口|东躲西藏|哈密瓜|普洱茶|大连锁|大连续|大连接")
# Dishes and goods named after a place are sold everywhere: who runs a "重庆火锅" or "兰州拉面" shop has not
# said where it is.
_PLACE_NAMED_GOODS = re.compile("火锅|小面|拉面|牛肉面|米粉|米线|烤鸭|麻花|凉皮|肉夹馍|刀削面|热干面|炒饭|螺蛳粉|扒鸡|"
                                "冷面|大盘鸡|酸汤鱼|臭豆腐|菜馆|风味|小吃|烧烤|火腿|白茶|毛峰|毛尖|龙井|铁观音|啤酒|白药|枸杞")
_MONEY = re.compile(
    r"(?P<qual>不超过|不高于|最高不超过|最高|最多|上限为?|不低于|至少|达到|给予|奖励|补助|补贴)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)\s*(?P<unit>亿元|万元|千元|元|万美元|亿美元)")
_PERCENT = re.compile(r"(?:按[^，。；]{0,20}?的|减按|按照|的)?\s*(\d+(?:\.\d+)?)\s*[%％]")
_DEADLINE = re.compile(r"(截至|截止(?:到|至)?|执行至|执行期限至|有效期至|延续(?:执行)?至|实施至|到期日为?)\s*")
_AGENCY = re.compile(
    r"(?:国务院办公厅|国务院|全国人民代表大会常务委员会|工业和信息化部(?:办公厅)?|财政部|国家税务总局|税务总局|"
    r"国家发展和改革委员会|国家发展改革委|中国人民银行|国家统计局|国家数据局|国家市场监督管理总局|市场监管总局|"
    r"人力资源和社会保障部|人力资源社会保障部|商务部|科学技术部|科技部|农业农村部|国家金融监督管理总局|"
    r"中国银保监会|中国证监会|国家知识产权局|中央网信办)")
# Local agencies: a full region name followed by one of these.
_LOCAL_AGENCY_SUFFIX = (r"(?:人民政府(?:办公厅)?|经济和信息化(?:厅|局|委员会)|工业和信息化(?:厅|局)|财政(?:厅|局)|"
                        r"商务(?:厅|局)|发展和改革委员会|数据(?:管理)?局|中小企业(?:局|服务中心)|市场监督管理局|税务局)")


def _alternation(words) -> re.Pattern[str]:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered)) if ordered else re.compile(r"(?!x)x")


@dataclass
class Extractor:
    gazetteer: Gazetteer

    def __post_init__(self) -> None:
        g = self.gazetteer
        self._region = _alternation(g.regions)
        # One-character 简称 only where they are unambiguous in running text (浙企, 闽商, 粤货).
        safe = "".join(a for a in g.province_abbr if a not in _AMBIGUOUS_ABBR)
        self._abbr = re.compile(f"([{safe}])(?=企|商|货|籍)") if safe else None
        self._industry = _alternation(g.industries)
        self._size = _alternation(_SIZE_WORDS)
        self._tech = _alternation(g.technologies)
        self._need = _alternation(g.needs)
        self._support = _alternation(g.supports)
        full_names = [p.name for p in g.places.values()]
        self._local_agency = re.compile(f"(?:{_alternation(full_names).pattern}){_LOCAL_AGENCY_SUFFIX}")

    def extract(self, text: str, types: tuple[str, ...] = ENTITY_TYPES) -> list[Mention]:
        g = self.gazetteer
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        if "region" in types:
            phrases = [m.span() for m in _NOT_PLACES.finditer(text)]
            for m in self._region.finditer(text):
                if any(a <= m.start() < b for a, b in phrases) or _PLACE_NAMED_GOODS.match(text, m.end()):
                    continue
                eid, conf = g.regions[m.group(0)]
                out.append(Mention("region", eid, m.group(0), m.start(), m.end(), conf))
                taken.append(m.span())
            if self._abbr:
                for m in self._abbr.finditer(text):
                    if free(*m.span(1)):
                        out.append(Mention("region", g.province_abbr[m.group(1)], m.group(1), m.start(1), m.end(1), 0.6))
        if "size" in types:
            for m in self._size.finditer(text):
                for size in _SIZE_WORDS[m.group(0)]:
                    out.append(Mention("size", f"size:{size}", m.group(0), m.start(), m.end(), 0.9))
        for typ, pattern, table, conf in (("industry", self._industry, g.industries, 0.8),
                                          ("technology", self._tech, g.technologies, 0.9),
                                          ("need", self._need, g.needs, 0.6),
                                          ("support", self._support, g.supports, 0.8)):
            if typ in types:
                for m in pattern.finditer(text):
                    if typ == "industry" and not free(*m.span()):
                        continue  # "杭州" is a place, not the 门类 keyword hidden inside a region name
                    word = m.group(0)
                    out.append(Mention(typ, table[word], word, m.start(), m.end(), conf if len(word) > 1 else conf - 0.3))
        if "money" in types:
            for m in _MONEY.finditer(text):
                num = m.group("num").replace(",", "")
                out.append(Mention("money", f"money:{num}{m.group('unit')}", m.group(0).strip(), m.start(), m.end(),
                                   0.9 if num[0].isdigit() else 0.7))
        if "percent" in types:
            for m in _PERCENT.finditer(text):
                out.append(Mention("percent", f"percent:{m.group(1)}", m.group(0).strip(), m.start(), m.end(), 0.9))
        dates = find_dates(text) if {"date", "deadline"} & set(types) else []
        for s, e, iso in dates:
            before = text[max(0, s - 12):s]
            is_deadline = bool(_DEADLINE.search(before)) and before.rstrip().endswith(
                ("至", "止", "为", "截至", "截止"))
            typ = "deadline" if is_deadline else "date"
            if typ in types:
                out.append(Mention(typ, f"{typ}:{iso}", text[s:e], s, e, 0.95))
        if "doc_number" in types:
            for s, e, num in find_doc_numbers(text):
                out.append(Mention("doc_number", f"doc_number:{num}", text[s:e], s, e, 0.95))
        if "agency" in types:
            for pattern in (self._local_agency, _AGENCY):
                for m in pattern.finditer(text):
                    if any(x.type == "agency" and x.start <= m.start() < x.end for x in out):
                        continue
                    name = m.group(0)
                    out.append(Mention("agency", f"agency:{name}", name, m.start(), m.end(), 0.85))
        return sorted(out, key=lambda x: (x.start, x.type))

    def entities(self, text: str, types: tuple[str, ...] = ("region", "industry", "technology", "need", "support", "size")) -> frozenset[str]:
        """Entity ids for graph linking; a city also implies its province."""
        ids = set()
        for m in self.extract(text, types):
            ids.add(m.entity)
            place = self.gazetteer.places.get(m.entity)
            if place is not None and place.level != "省":
                ids.add(f"region:{place.province}")
        return frozenset(ids)


@lru_cache(maxsize=1)
def shipped_extractor() -> Extractor:
    return Extractor(shipped_gazetteer())
