"""The shipped, hand-curated knowledge base in corpus/data/*.yaml, as typed records."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

PAPER_TITLE = '以小"建"大：中小企业"数实融合"的新趋势与新特点'
PAPER_AUTHORS = ("赵亮员", "吕鹏", "薛品", "李振华")


def has_lapsed(expires: str | None, today: date | None = None) -> bool:
    """A record's end date ("2025-12-31", or a prefix of one) is past."""
    return bool(expires) and str(expires)[:10] < (today or date.today()).isoformat()


class RecordError(ValueError):
    """A record file is malformed; the message names the file and record."""


def _from_dict(cls, data: dict[str, Any], where: str):
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise RecordError(f"{where}: unknown field(s) {sorted(unknown)}")
    kwargs = {k: (str(v) if isinstance(v, int | float) and k in ("issued", "effective", "expires", "as_of") else v)
              for k, v in data.items()}
    for k in ("issued", "effective", "expires", "as_of"):
        if k in kwargs and kwargs[k] is not None and not isinstance(kwargs[k], str):
            kwargs[k] = str(kwargs[k])
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise RecordError(f"{where}: {exc}") from exc


@dataclass
class Eligibility:
    sizes: list[str] = field(default_factory=list)  # empty = any size
    industries: list[str] = field(default_factory=lambda: ["all"])  # 门类 letters or "all"
    regions: list[str] = field(default_factory=lambda: ["全国"])
    other: list[str] = field(default_factory=list)


@dataclass
class Policy:
    id: str
    title: str
    issuer: list[str]
    status: str
    as_of: str
    source: dict[str, Any]
    # how many issued it jointly, when ``issuer`` lists only the lead ones ("会同…等19个部门和单位")
    issuers_total: int = 0
    issued: str = ""  # required by the SHACL shapes; kept optional here so validation can name the gap
    kind: str = ""
    level: str = "国家"
    short_title: str = ""
    doc_number: str = ""
    effective: str = ""
    expires: str = ""
    superseded_by: str = ""
    continued_by: str = ""  # a later round that carries this one on (this one is not repealed by it)
    support: list[str] = field(default_factory=list)
    eligibility: Eligibility = field(default_factory=Eligibility)
    needs: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    summary: str = ""
    measures: list[str] = field(default_factory=list)
    amounts: list[dict[str, Any]] = field(default_factory=list)
    how_to_apply: str = ""
    notes: str = ""
    asks: list[str] = field(default_factory=list)  # how owners would ask for it; indexed, never quoted

    def __post_init__(self) -> None:
        if isinstance(self.eligibility, dict):
            self.eligibility = _from_dict(Eligibility, self.eligibility, f"policy {self.id} eligibility")
        if isinstance(self.issuer, str):
            self.issuer = [self.issuer]

    @property
    def source_url(self) -> str:
        return str(self.source.get("url") or "")

    @property
    def source_label(self) -> str:
        return str(self.source.get("url") or self.source.get("name") or "")

    @property
    def is_current(self) -> bool:
        return self.status == "有效"

    @property
    def gives_way(self) -> bool:
        """Lapsed, replaced, or carried on by a later round: a name it shares with a later record names that one."""
        return bool(self.superseded_by or self.continued_by) or self.status == "失效"


@dataclass
class CaseStudy:
    id: str
    title: str
    industry: str
    problem: str
    solution: str
    outcome: str
    source: dict[str, Any]
    industry_detail: str = ""
    region: str = ""
    size: str = ""
    enablers: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    digital_stage: str = ""
    saas_categories: list[str] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    references: list[dict[str, Any]] = field(default_factory=list)  # reports that confirm the paper's facts
    notes: str = ""
    asks: list[str] = field(default_factory=list)


@dataclass
class Statistic:
    id: str
    topic: str
    statement: str
    source: dict[str, Any]
    values: list[dict[str, Any]] = field(default_factory=list)
    original_source: str = ""
    keywords: list[str] = field(default_factory=list)
    references: list[dict[str, Any]] = field(default_factory=list)
    notes: str = ""
    asks: list[str] = field(default_factory=list)


@dataclass
class SaaSCategory:
    id: str
    name: str
    solves: str
    description: str = ""
    aliases: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    cost_model: str = ""
    example_cases: list[str] = field(default_factory=list)
    cautions: str = ""
    asks: list[str] = field(default_factory=list)


@dataclass
class KnowledgeBase:
    policies: list[Policy]
    cases: list[CaseStudy]
    statistics: list[Statistic]
    saas: list[SaaSCategory]
    taxonomy: dict[str, Any]
    size_standard: dict[str, Any]
    regions: dict[str, Any]

    def policy(self, pid: str) -> Policy | None:
        return next((p for p in self.policies if p.id == pid), None)

    def case(self, cid: str) -> CaseStudy | None:
        return next((c for c in self.cases if c.id == cid), None)

    def saas_category(self, sid: str) -> SaaSCategory | None:
        return next((s for s in self.saas if s.id == sid), None)

    def cases_for_saas(self, sid: str) -> list[CaseStudy]:
        cat = self.saas_category(sid)
        linked = set(cat.example_cases) if cat else set()
        return [c for c in self.cases if c.id in linked or sid in c.saas_categories]


def data_dir() -> Path:
    return Path(str(resources.files("corpus").joinpath("data")))


def _read_yaml(folder: Path, name: str) -> Any:
    path = folder / name
    if not path.is_file():
        return None
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RecordError(f"{path}: YAML 格式错误 / invalid YAML: {exc}") from exc


def _records(folder: Path, name: str, cls) -> list:
    raw = _read_yaml(folder, name) or []
    if not isinstance(raw, list):
        raise RecordError(f"{folder / name}: expected a list of records")
    out = [_from_dict(cls, item, f"{name} #{i} ({item.get('id', '?')})") for i, item in enumerate(raw)]
    ids = [r.id for r in out]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise RecordError(f"{name}: duplicate ids {sorted(dup)}")
    return out


def load_knowledge_base(folder: Path | None = None) -> KnowledgeBase:
    folder = folder or data_dir()
    return KnowledgeBase(
        policies=_records(folder, "policies.yaml", Policy),
        cases=_records(folder, "cases.yaml", CaseStudy),
        statistics=_records(folder, "statistics.yaml", Statistic),
        saas=_records(folder, "saas.yaml", SaaSCategory),
        taxonomy=_read_yaml(folder, "taxonomy.yaml") or {},
        size_standard=_read_yaml(folder, "size_standard.yaml") or {},
        regions=_read_yaml(folder, "regions.yaml") or {},
    )


@lru_cache(maxsize=1)
def shipped_knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()
