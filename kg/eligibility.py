"""Which policies fit an enterprise profile, with the reasons, the failed and the uncheckable conditions."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.records import has_lapsed
from kg.store import GraphStore

_POLICIES = """
SELECT ?p ?title ?status ?docno ?issued ?expires ?replaced WHERE {
  ?p a sme:Policy ; dcterms:title ?title ; sme:status ?status .
  OPTIONAL { ?p dcterms:identifier ?docno }
  OPTIONAL { ?p dcterms:issued ?issued }
  OPTIONAL { ?p sme:expires ?expires }
  OPTIONAL { ?p dcterms:isReplacedBy ?replaced }
}
"""
_CONDITIONS = """
SELECT ?p ?c ?kind ?label ?value WHERE {
  ?p a sme:Policy ; sme:hasCondition ?c .
  ?c a ?kind ; rdfs:label ?label .
  FILTER(?kind IN (sme:SizeCondition, sme:IndustryCondition, sme:RegionCondition, sme:OtherCondition))
  OPTIONAL { ?c sme:requiresSize|sme:requiresIndustry|sme:requiresRegion ?value }
}
"""
_LINKS = """
SELECT ?p ?prop ?label WHERE {
  ?p a sme:Policy ; ?prop ?o . ?o skos:prefLabel ?label .
  FILTER(?prop IN (sme:supportType, sme:addressesNeed, sme:relatedTechnology))
}
"""
_REGION_PARENTS = """
SELECT ?r ?label ?parent WHERE { ?r a sme:Region ; skos:prefLabel ?label . OPTIONAL { ?r skos:broader ?parent } }
"""


@dataclass
class Profile:
    """What we know about the asking enterprise; None/empty means unknown, never guessed."""

    region: str | None = None  # official name, e.g. 杭州市 or 浙江省
    province: str | None = None  # the region's province: read when the graph does not hold the region (a county)
    industry: str | None = None  # GB/T 4754 门类 letter
    size: str | None = None  # 大型 | 中型 | 小型 | 微型
    # When the size is undecided, the sizes the known numbers still allow (50 工业 employees: 小型 or 微型)
    possible_sizes: tuple[str, ...] = ()
    needs: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    stage: str | None = None


@dataclass
class PolicyMatch:
    policy: str  # record id
    title: str
    status: str
    doc_number: str | None
    matched: list[str] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)  # conditions the profile fails
    unknown: list[str] = field(default_factory=list)  # conditions we cannot check from the profile
    support: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    expires: str | None = None
    replaced_by: str | None = None

    @property
    def eligible(self) -> bool:
        return not self.unmet

    @property
    def current(self) -> bool:
        """Neither repealed, replaced nor past its end date (a plan whose period is over is not current support)."""
        return self.status != "失效" and self.replaced_by is None and not has_lapsed(self.expires)


def _local(iri) -> str:
    return str(iri).rsplit("/", 1)[-1]


class EligibilityIndex:
    """Loads policy conditions once from the graph; matching a profile is then pure Python."""

    def __init__(self, store: GraphStore):
        self.region_label: dict[str, str] = {}
        self.region_parent: dict[str, str] = {}
        for row in store.query(_REGION_PARENTS):
            key = str(row["r"])
            self.region_label[key] = str(row["label"])
            if row.get("parent") is not None:
                self.region_parent[key] = str(row["parent"])
        self.policies: dict[str, dict] = {}
        for row in store.query(_POLICIES):
            self.policies[str(row["p"])] = {
                "title": str(row["title"]), "status": str(row["status"]),
                "docno": str(row["docno"]) if row.get("docno") is not None else None,
                "expires": str(row["expires"]) if row.get("expires") is not None else None,
                "replaced": _local(row["replaced"]) if row.get("replaced") is not None else None,
                "conditions": {}, "support": [], "needs": [], "tech": []}
        for row in store.query(_CONDITIONS):
            pol = self.policies.get(str(row["p"]))
            if pol is None:
                continue
            cond = pol["conditions"].setdefault(str(row["c"]), {"kind": _local(row["kind"]).split("#")[-1],
                                                                  "label": str(row["label"]), "values": []})
            if row.get("value") is not None:
                cond["values"].append(str(row["value"]))
        key_of = {"supportType": "support", "addressesNeed": "needs", "relatedTechnology": "tech"}
        for row in store.query(_LINKS):
            pol = self.policies.get(str(row["p"]))
            if pol is not None:
                pol[key_of[str(row["prop"]).split("#")[-1]]].append(str(row["label"]))

    def _ancestors(self, region_iri: str) -> set[str]:
        seen, cur = set(), region_iri
        while cur and cur not in seen:
            seen.add(cur)
            cur = self.region_parent.get(cur)
        return seen

    def _region_iri(self, name: str) -> str | None:
        return next((k for k, v in self.region_label.items() if v == name), None)

    def match(self, profile: Profile, include_expired: bool = False) -> list[PolicyMatch]:
        from kg.namespaces import iri

        region_iri = (self._region_iri(profile.region) if profile.region else None) \
            or (self._region_iri(profile.province) if profile.province else None)
        region_chain = self._ancestors(region_iri) if region_iri else set()
        out = []
        for p_iri, pol in self.policies.items():
            m = PolicyMatch(_local(p_iri), pol["title"], pol["status"], pol["docno"], support=list(pol["support"]),
                            needs=list(pol["needs"]), expires=pol["expires"], replaced_by=pol["replaced"])
            if not include_expired and not m.current:
                continue
            for cond in pol["conditions"].values():
                kind, label, values = cond["kind"], cond["label"], cond["values"]
                if kind == "SizeCondition":
                    allowed = {s for s in profile.possible_sizes if str(iri("size", s)) in values}
                    maybe = "或".join(profile.possible_sizes)
                    if profile.size is None and profile.possible_sizes and len(allowed) == len(profile.possible_sizes):
                        m.matched.append(f"规模符合：按已知数字只可能是{maybe}（{label}）")
                    elif profile.size is None and profile.possible_sizes and not allowed:
                        m.unmet.append(f"规模不符：按已知数字只可能是{maybe}，{label}")
                    elif profile.size is None:
                        m.unknown.append(f"需满足：{label}——无法从您的信息判断（请提供行业、员工数和营业收入）")
                    elif str(iri("size", profile.size)) in values:
                        m.matched.append(f"规模符合：{profile.size}（{label}）")
                    else:
                        m.unmet.append(f"规模不符：您是{profile.size}，{label}")
                elif kind == "IndustryCondition":
                    if profile.industry is None:
                        m.unknown.append(f"需满足：{label}——无法从您的信息判断")
                    elif str(iri("industry", profile.industry)) in values:
                        m.matched.append(f"行业符合（{label}）")
                    else:
                        m.unmet.append(f"行业不在范围内：{label}")
                elif kind == "RegionCondition":
                    if not region_iri:
                        m.unknown.append(f"需满足：{label}——无法从您的信息判断（请告诉我所在省市）")
                    elif region_chain & set(values):
                        m.matched.append(f"地区符合（{label}）")
                    else:
                        m.unmet.append(f"地区不符：{label}，您在{profile.region}")
                else:
                    m.unknown.append(f"需满足：{label}——无法从您的信息判断")
            if not any(c["kind"] == "RegionCondition" for c in pol["conditions"].values()):
                m.matched.append("全国适用")
            shared = sorted(set(profile.needs) & set(pol["needs"]))
            if shared:
                m.matched.append("对应您的需求：" + "、".join(shared))
            out.append(m)
        out.sort(key=lambda x: (len(x.unmet), -len(x.matched), len(x.unknown), x.policy))
        return out
