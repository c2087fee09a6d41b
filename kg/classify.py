"""Enterprise size (划型) from industry, employees, revenue and assets, driven by the size-standard data
in the graph: 大/中/小 need every listed indicator at or above the bound, 微型 needs only one below 小型."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from kg.store import GraphStore

SIZES = ("大型", "中型", "小型")
INDICATOR_LABELS = {"employees": ("从业人员", "人"), "revenue": ("营业收入", "万元"), "assets": ("资产总额", "万元")}

_THRESHOLDS = """
SELECT ?group ?label ?size ?indicator ?bound WHERE {
  ?group a sme:SizeIndustryGroup ; skos:prefLabel ?label ; sme:hasThreshold ?t .
  ?t sme:size/skos:prefLabel ?size ; sme:indicator ?indicator ; sme:lowerBound ?bound .
}
"""
_ALIASES = """
SELECT ?label ?alias ?code WHERE {
  ?group a sme:SizeIndustryGroup ; skos:prefLabel ?label .
  OPTIONAL { ?group skos:altLabel ?alias }
  OPTIONAL { ?group sme:coversIndustry/skos:notation ?code }
}
"""


class ClassifyError(ValueError):
    pass


@dataclass
class SizeResult:
    size: str | None  # 大型 | 中型 | 小型 | 微型, or None when the numbers given cannot decide
    industry: str
    rule: str
    standard: str = "中小企业划型标准规定（工信部联企业〔2011〕300号）；统计上大中小微型企业划分办法（2017）"
    missing: list[str] = field(default_factory=list)
    # Sizes the numbers given still allow, largest first: 50 employees in 工业 and no revenue allow only 小型
    # and 微型 (中型 needs 100). Just the size when it is decided.
    possible: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """The CLI's stable JSON: size, industry, rule, standard (and missing, when some indicator is)."""
        d = asdict(self)
        d.pop("possible")
        d.pop("missing") if not self.missing else None
        return d


# The standard leaves 金融业 to one of its own (its record's note says so).
_FINANCE = re.compile(r"金融|银行|保险|证券|期货|信托|典当|小贷|小额贷款|融资担保")


class SizeClassifier:
    def __init__(self, store: GraphStore):
        self.thresholds: dict[str, dict[str, dict[str, float]]] = {}
        for row in store.query(_THRESHOLDS):
            group = str(row["label"])
            self.thresholds.setdefault(group, {}).setdefault(str(row["size"]), {})[str(row["indicator"])] = float(row["bound"].toPython())
        self.aliases: dict[str, set[str]] = {}
        for row in store.query(_ALIASES):
            group = str(row["label"])
            for key in (group, row.get("alias"), row.get("code")):
                if key is not None:
                    self.aliases.setdefault(str(key), set()).add(group)
        if not self.thresholds:
            raise ClassifyError("图谱中没有划型标准数据 / the graph holds no size-standard thresholds")

    def resolve(self, industry: str) -> str:
        name = industry.strip()
        if name in self.thresholds:
            return name
        groups = self.aliases.get(name) or self.aliases.get(name.removesuffix("业")) or set()
        if not groups:
            groups = {g for g in self.thresholds if name and (name in g or g.removesuffix("业") in name)}
        if len(groups) == 1:
            return next(iter(groups))
        if not groups and (name == "J" or _FINANCE.search(name)):
            raise ClassifyError("金融业企业不适用《中小企业划型标准规定》，请按《金融业企业划型标准规定》划型"
                                " / financial firms are classified by a standard of their own")
        options = "、".join(sorted(groups or self.thresholds))
        raise ClassifyError(f"无法确定划型行业“{industry}”，可选：{options} / ambiguous or unknown industry")

    def classify(self, industry: str, employees: float | None = None, revenue: float | None = None,
                 assets: float | None = None) -> SizeResult:
        group = self.resolve(industry)
        table = self.thresholds[group]
        values = {"employees": employees, "revenue": revenue, "assets": assets}
        used = sorted({ind for limits in table.values() for ind in limits})

        def show(ind: str) -> str:
            label, unit = INDICATOR_LABELS[ind]
            v = values[ind]
            return f"{label}{v:g}{unit}" if v is not None else f"{label}未知"

        def bounds(size: str) -> str:
            return "且".join(f"{INDICATOR_LABELS[i][0]}≥{b:g}{INDICATOR_LABELS[i][1]}" for i, b in table[size].items())

        given = "，".join(show(i) for i in used)
        missing = [INDICATOR_LABELS[i][0] for i in used if values[i] is None]
        # 微型 is decided by any single known indicator below the 小型 bound.
        below_small = [i for i, b in table["小型"].items() if values[i] is not None and values[i] < b]
        if below_small:
            why = "、".join(f"{show(i)}低于小型下限{table['小型'][i]:g}{INDICATOR_LABELS[i][1]}" for i in below_small)
            return SizeResult("微型", group, f"{group}：{why}，任一指标低于小型下限即为微型。", possible=("微型",))
        for size in SIZES:
            limits = table[size]
            unknown = [i for i in limits if values[i] is None]
            failed = [i for i in limits if values[i] is not None and values[i] < limits[i]]
            if failed:
                continue
            if unknown:
                return SizeResult(None, group, f"{group}：已知{given}；要判断是否为{size}还需要"
                                  f"{'、'.join(INDICATOR_LABELS[i][0] for i in unknown)}（{size}须{bounds(size)}）。",
                                  missing=missing, possible=(*SIZES[SIZES.index(size):], "微型"))
            higher = SIZES[SIZES.index(size) - 1] if size != "大型" else None
            note = f"；未同时达到{higher}下限（{bounds(higher)}）" if higher else ""
            return SizeResult(size, group, f"{group}：{given}，同时达到{size}下限（{bounds(size)}）{note}，故为{size}。",
                              possible=(size,))
        return SizeResult("微型", group, f"{group}：{given}，未同时达到小型下限（{bounds('小型')}）。", possible=("微型",))
