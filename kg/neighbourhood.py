"""An entity's neighbourhood: linked policies, cases, SaaS categories, technologies (for the graph view)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.store import GraphStore

_KINDS = {"Policy": "政策", "CaseStudy": "案例", "SaaSCategory": "SaaS", "Technology": "技术", "Industry": "行业",
          "Region": "地区", "Need": "需求", "SupportType": "支持方式", "EnterpriseSize": "规模", "Agency": "机关",
          "DigitalStage": "阶段"}
_NEIGHBOURS = """
SELECT DISTINCT ?n ?p ?dir ?type ?label WHERE {
  { <%(e)s> ?p ?n . BIND("out" AS ?dir) } UNION { ?n ?p <%(e)s> . BIND("in" AS ?dir) }
  ?n a ?type . FILTER(STRSTARTS(STR(?type), STR(sme:)))
  OPTIONAL { ?n skos:prefLabel ?pl } OPTIONAL { ?n dcterms:title ?tl }
  BIND(COALESCE(?pl, ?tl) AS ?label) FILTER(BOUND(?label))
}
"""
_ENTITY = """
SELECT ?e ?type ?label WHERE {
  ?e a ?type . FILTER(?type IN (sme:Policy, sme:CaseStudy, sme:SaaSCategory, sme:Technology, sme:Industry))
  OPTIONAL { ?e skos:prefLabel ?pl } OPTIONAL { ?e dcterms:title ?tl } BIND(COALESCE(?pl, ?tl) AS ?label)
}
"""


@dataclass
class Neighbourhood:
    center: str
    label: str
    nodes: list[dict] = field(default_factory=list)  # {"id", "label", "kind"}
    edges: list[dict] = field(default_factory=list)  # {"source", "target", "relation"}


def pickable_entities(store: GraphStore) -> list[dict]:
    """Policies, cases, SaaS categories, technologies and industries, for a picker in the app."""
    rows = store.query(_ENTITY)
    return sorted(({"id": str(r["e"]), "kind": _KINDS.get(str(r["type"]).split("#")[-1], ""), "label": str(r["label"])}
                   for r in rows if r.get("label") is not None), key=lambda d: (d["kind"], d["label"]))


def neighbourhood(store: GraphStore, entity_iri: str, limit: int = 60) -> Neighbourhood:
    if any(c in entity_iri for c in "<>\"{}|\\^` "):
        raise ValueError("invalid entity IRI")
    label_rows = store.query(f"SELECT ?l WHERE {{ {{ <{entity_iri}> skos:prefLabel ?l }} UNION {{ <{entity_iri}> dcterms:title ?l }} }} LIMIT 1")
    label = str(label_rows[0]["l"]) if label_rows else entity_iri.rsplit("/", 1)[-1]
    hood = Neighbourhood(entity_iri, label)
    seen = set()
    for r in store.query(_NEIGHBOURS % {"e": entity_iri}):
        kind = _KINDS.get(str(r["type"]).split("#")[-1])
        node = str(r["n"])
        if kind is None or node == entity_iri:
            continue
        if node not in seen:
            if len(seen) >= limit:
                break
            seen.add(node)
            hood.nodes.append({"id": node, "label": str(r["label"]), "kind": kind})
        rel = str(r["p"]).split("#")[-1].split("/")[-1]
        src, dst = (entity_iri, node) if str(r["dir"]) == "out" else (node, entity_iri)
        hood.edges.append({"source": src, "target": dst, "relation": rel})
    return hood
