"""Build the RDF knowledge graph without an LLM: curated records map to triples directly, free text
goes through rule/gazetteer extraction with PROV provenance to its chunk and a confidence."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from corpus.documents import Chunk, Document
from corpus.records import PAPER_AUTHORS, PAPER_TITLE, KnowledgeBase
from kg.extract import Extractor, shipped_extractor
from kg.gazetteer import Gazetteer
from kg.namespaces import ID, SME, bind_all, entity_iri, iri

# A policy open to every trade is linked to whichever the question names (the search reads "kind:*" so).
ANY_INDUSTRY = "industry:*"

GRAPH_FILE = "graph.nt"
ENTITIES_FILE = "chunk_entities.json"
CURATED = SME.CuratedRecords
EXTRACTED = SME.RuleExtraction
PAPER = ID["paper/yixiao-jianda"]
_MENTION_PREDICATES = {"region": SME.mentionsRegion, "industry": SME.mentionsIndustry, "size": SME.mentionsSize,
                       "support": SME.mentionsSupportType, "technology": SME.mentionsTechnology,
                       "need": SME.mentionsNeed, "agency": SME.mentionsAgency}
_LITERAL_PREDICATES = {"money": SME.mentionsAmount, "percent": SME.mentionsPercent, "date": SME.mentionsDate,
                       "deadline": SME.mentionsDeadline, "doc_number": SME.mentionsDocNumber}


def _date_literal(value: str) -> Literal | None:
    value = str(value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return Literal(date.fromisoformat(value), datatype=XSD.date)
        if len(value) == 7:
            return Literal(value, datatype=XSD.gYearMonth)
        if len(value) == 4:
            return Literal(value, datatype=XSD.gYear)
    except ValueError:
        return None
    return None


def _decimal(value) -> Literal | None:
    """An xsd:decimal in canonical lexical form ("100.0", not "100"), so Turtle export round-trips."""
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    text = format(d, "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _region_ids(names: list[str], gaz: Gazetteer) -> list[str]:
    out = []
    for name in names:
        hit = gaz.regions.get(name) or gaz.regions.get(name.removesuffix("省").removesuffix("市"))
        if hit:
            out.append(hit[0])
        else:  # a county or district we do not list: match the longest known name inside it
            inner = [gaz.regions[k][0] for k in sorted(gaz.regions, key=len, reverse=True) if len(k) >= 2 and k in name]
            out.extend(inner[:1])
    return out


def add_vocabularies(g: Graph, kb: KnowledgeBase, gaz: Gazetteer) -> None:
    schemes = {"industry": "GB/T 4754-2017 国民经济行业门类", "size": "企业规模", "support": "支持方式",
               "tech": "技术", "need": "需求与痛点", "stage": "数字化阶段", "region": "行政区划"}
    for key, label in schemes.items():
        scheme = ID[f"scheme/{key}"]
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        g.add((scheme, SKOS.prefLabel, Literal(label, lang="zh")))
    classes = {"industry": SME.Industry, "size": SME.EnterpriseSize, "support": SME.SupportType,
               "tech": SME.Technology, "need": SME.Need, "stage": SME.DigitalStage}
    tax = kb.taxonomy

    def concept(kind: str, key: str, label: str, notation: str | None = None) -> URIRef:
        node = iri(kind, key)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, RDF.type, classes[kind]))
        g.add((node, SKOS.prefLabel, Literal(label, lang="zh")))
        g.add((node, SKOS.inScheme, ID[f"scheme/{kind}"]))
        if notation:
            g.add((node, SKOS.notation, Literal(notation)))
        return node

    for ind in tax.get("industries", []):
        node = concept("industry", ind["code"], ind["label"], ind["code"])
        for kw in ind.get("keywords", []):
            g.add((node, SKOS.altLabel, Literal(kw, lang="zh")))
    for size in tax.get("sizes", []):
        concept("size", size, size)
    for kind, key in (("support", "support_types"), ("tech", "technologies"), ("need", "needs"), ("stage", "digital_stages")):
        for item in tax.get(key, []):
            node = concept(kind, item["label"], item["label"])
            for kw in item.get("keywords", []):
                g.add((node, SKOS.altLabel, Literal(kw, lang="zh")))
            if item.get("note"):
                g.add((node, SKOS.definition, Literal(item["note"], lang="zh")))

    country = iri("region", "全国")
    g.add((country, RDF.type, SME.Region))
    g.add((country, SME.regionLevel, Literal("国家")))
    g.add((country, SKOS.prefLabel, Literal("全国", lang="zh")))
    for pid, place in gaz.places.items():
        node = entity_iri(pid)
        g.add((node, RDF.type, SME.Region))
        g.add((node, SKOS.prefLabel, Literal(place.name, lang="zh")))
        g.add((node, SKOS.inScheme, ID["scheme/region"]))
        g.add((node, SME.regionLevel, Literal({"省": "省", "市": "市", "县": "县"}[place.level])))
        parent = country if place.level == "省" else iri("region", place.province)
        g.add((node, SKOS.broader, parent))
    for prov in kb.regions.get("provinces", []):
        for city in prov.get("cities", []):
            for county in city.get("counties", []) or []:
                g.set((iri("region", county["name"]), SKOS.broader, iri("region", city["name"])))

    std = kb.size_standard
    for row in std.get("industries", []):
        node = iri("sizegroup", row["name"])
        g.add((node, RDF.type, SME.SizeIndustryGroup))
        g.add((node, SKOS.prefLabel, Literal(row["name"], lang="zh")))
        for letter in row.get("men_lei", []):
            g.add((node, SME.coversIndustry, iri("industry", letter)))
        for alias in ([row["short"]] if row.get("short") else []) + list(row.get("aliases", [])):
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for size, limits in (row.get("thresholds") or {}).items():
            for indicator, value in limits.items():
                t = iri("threshold", f"{row['name']}-{size}-{indicator}")
                g.add((node, SME.hasThreshold, t))
                g.add((t, RDF.type, SME.SizeThreshold))
                g.add((t, SME.size, iri("size", size)))
                g.add((t, SME.indicator, Literal(indicator)))
                g.add((t, SME.lowerBound, _decimal(value)))
                g.add((t, SME.unit, Literal(std.get("indicators", {}).get(indicator, {}).get("unit", ""))))


def _agency(g: Graph, name: str) -> URIRef:
    node = iri("agency", name)
    g.add((node, RDF.type, SME.Agency))
    g.add((node, SKOS.prefLabel, Literal(name, lang="zh")))
    return node


def _source(g: Graph, subject: URIRef, src: dict) -> None:
    url = str(src.get("url") or "")
    if url.startswith(("http://", "https://")):
        g.add((subject, DCTERMS.source, URIRef(url)))
    name = src.get("name")
    if name:
        g.add((subject, SME.sourceName, Literal(name, lang="zh")))


def add_policies(g: Graph, kb: KnowledgeBase, gaz: Gazetteer) -> dict[str, frozenset[str]]:
    entities: dict[str, frozenset[str]] = {}
    for p in kb.policies:
        node = iri("policy", p.id)
        g.add((node, RDF.type, SME.Policy))
        g.add((node, DCTERMS.title, Literal(p.title, lang="zh")))
        if p.short_title:
            g.add((node, SKOS.altLabel, Literal(p.short_title, lang="zh")))
        if p.doc_number:
            g.add((node, DCTERMS.identifier, Literal(p.doc_number)))
        for issuer in p.issuer:
            g.add((node, DCTERMS.publisher, _agency(g, issuer)))
        for prop, value in ((DCTERMS.issued, p.issued), (SME.effectiveFrom, p.effective), (SME.expires, p.expires),
                            (SME.asOf, p.as_of)):
            lit = _date_literal(value)
            if lit is not None:
                g.add((node, prop, lit))
        g.add((node, SME.status, Literal(p.status)))
        if p.kind:
            g.add((node, SME.documentKind, Literal(p.kind)))
        if p.level:
            g.add((node, SME.policyLevel, Literal(p.level)))
        if p.superseded_by:
            g.add((node, DCTERMS.isReplacedBy, iri("policy", p.superseded_by)))
        if p.continued_by:
            g.add((node, SME.continuedBy, iri("policy", p.continued_by)))
        if p.summary:
            g.add((node, DCTERMS.abstract, Literal(p.summary, lang="zh")))
        _source(g, node, p.source)
        g.add((node, PROV.wasAttributedTo, CURATED))
        ents: set[str] = set()
        for s in p.support:
            g.add((node, SME.supportType, iri("support", s)))
            ents.add(f"support:{s}")
        for i, text in enumerate(p.measures):
            m = iri("measure", f"{p.id}-{i + 1}")
            g.add((node, SME.offers, m))
            g.add((m, RDF.type, SME.SupportMeasure))
            g.add((m, RDFS.label, Literal(text, lang="zh")))
        for i, amount in enumerate(p.amounts):
            a = iri("amount", f"{p.id}-{i + 1}")
            g.add((node, SME.hasAmount, a))
            g.add((a, RDF.type, SME.MonetaryAmount))
            value = _decimal(amount.get("value"))
            if value is not None:
                g.add((a, SME.amountValue, value))
            g.add((a, SME.unit, Literal(str(amount.get("unit", "")))))
            if amount.get("note"):
                g.add((a, RDFS.label, Literal(str(amount["note"]), lang="zh")))
        e = p.eligibility
        cond_i = 0

        def condition(kind: URIRef, label: str, p=p, node=node) -> URIRef:
            nonlocal cond_i
            cond_i += 1
            c = iri("condition", f"{p.id}-{cond_i}")
            g.add((node, SME.hasCondition, c))
            g.add((c, RDF.type, SME.EligibilityCondition))
            g.add((c, RDF.type, kind))
            g.add((c, RDFS.label, Literal(label, lang="zh")))
            return c

        if e.sizes:
            c = condition(SME.SizeCondition, "企业规模为" + "、".join(e.sizes))
            for s in e.sizes:
                g.add((c, SME.requiresSize, iri("size", s)))
                ents.add(f"size:{s}")
        if "all" in e.industries:  # open to every trade: linked to whichever the question names
            ents.add(ANY_INDUSTRY)
        if e.industries and "all" not in e.industries:
            c = condition(SME.IndustryCondition, "行业：" + "、".join(gaz.industry_labels.get(x, x) for x in e.industries))
            for x in e.industries:
                g.add((c, SME.requiresIndustry, iri("industry", x)))
                ents.add(f"industry:{x}")
        regions = [r for r in e.regions if r != "全国"]
        if regions:
            c = condition(SME.RegionCondition, "地区：" + "、".join(regions))
            for rid in _region_ids(regions, gaz):
                g.add((c, SME.requiresRegion, entity_iri(rid)))
                ents.add(rid)
        for other in e.other:
            condition(SME.OtherCondition, other)
        for need in p.needs:
            g.add((node, SME.addressesNeed, iri("need", need)))
            ents.add(f"need:{need}")
        for tech in p.technologies:
            g.add((node, SME.relatedTechnology, iri("tech", tech)))
            ents.add(f"tech:{tech}")
        entities[p.id] = frozenset(ents)
    return entities


def add_cases_and_saas(g: Graph, kb: KnowledgeBase, gaz: Gazetteer) -> dict[str, frozenset[str]]:
    entities: dict[str, frozenset[str]] = {}
    g.add((PAPER, RDF.type, DCTERMS.BibliographicResource))
    g.add((PAPER, DCTERMS.title, Literal(PAPER_TITLE, lang="zh")))
    for author in PAPER_AUTHORS:
        g.add((PAPER, DCTERMS.creator, Literal(author, lang="zh")))
    saas_cases: dict[str, set[str]] = {}
    for c in kb.cases:
        node = iri("case", c.id)
        g.add((node, RDF.type, SME.CaseStudy))
        g.add((node, DCTERMS.title, Literal(c.title, lang="zh")))
        g.add((node, DCTERMS.source, PAPER))
        g.add((node, PROV.wasAttributedTo, CURATED))
        ents = {f"industry:{c.industry}"}
        g.add((node, SME.industry, iri("industry", c.industry)))
        for rid in _region_ids([c.region] if c.region else [], gaz):
            g.add((node, SME.region, entity_iri(rid)))
            ents.add(rid)
            place = gaz.places.get(rid)
            if place and place.level != "省":
                ents.add(f"region:{place.province}")
        if c.size:
            g.add((node, SME.enterpriseSize, iri("size", c.size)))
            ents.add(f"size:{c.size}")
        for tech in c.technologies:
            g.add((node, SME.usesTechnology, iri("tech", tech)))
            ents.add(f"tech:{tech}")
        for need in c.needs:
            g.add((node, SME.addressesNeed, iri("need", need)))
            ents.add(f"need:{need}")
        if c.digital_stage:
            g.add((node, SME.digitalStage, iri("stage", c.digital_stage)))
        for field_name, prop in (("problem", SME.problem), ("solution", SME.solution), ("outcome", SME.outcome)):
            g.add((node, prop, Literal(getattr(c, field_name), lang="zh")))
        for enabler in c.enablers:
            g.add((node, SME.enabledBy, Literal(enabler, lang="zh")))
        for sid in c.saas_categories:
            saas_cases.setdefault(sid, set()).add(c.id)
        for i, fig in enumerate(c.figures):
            st = iri("statistic", f"{c.id}-{i + 1}")
            g.add((node, SME.reportsFigure, st))
            _statistic_value(g, st, fig)
        entities[c.id] = frozenset(ents)
    for s in kb.saas:
        node = iri("saas", s.id)
        g.add((node, RDF.type, SME.SaaSCategory))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.prefLabel, Literal(s.name, lang="zh")))
        g.add((node, SKOS.definition, Literal(s.solves, lang="zh")))
        g.add((node, PROV.wasAttributedTo, CURATED))
        for alias in s.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        ents = set()
        for x in s.industries:
            g.add((node, SME.suitsIndustry, iri("industry", x)))
            ents.add(f"industry:{x}")
        for need in s.needs:
            g.add((node, SME.addressesNeed, iri("need", need)))
            ents.add(f"need:{need}")
        for tech in s.technologies:
            g.add((node, SME.usesTechnology, iri("tech", tech)))
            ents.add(f"tech:{tech}")
        for stage in s.stages:
            g.add((node, SME.suitsStage, iri("stage", stage)))
        for cid in set(s.example_cases) | saas_cases.get(s.id, set()):
            g.add((node, SME.exampleCase, iri("case", cid)))
            g.add((iri("case", cid), SME.usesSaaS, node))
        entities[s.id] = frozenset(ents)
    for st in kb.statistics:
        node = iri("statistic", st.id)
        g.add((node, RDF.type, SME.Statistic))
        g.add((node, RDFS.label, Literal(st.topic, lang="zh")))
        g.add((node, SME.statement, Literal(st.statement, lang="zh")))
        g.add((node, DCTERMS.source, PAPER))
        g.add((node, PROV.wasAttributedTo, CURATED))
        for v in st.values:
            _statistic_value(g, node, v)
        entities[st.id] = frozenset()
    return entities


def _statistic_value(g: Graph, node: URIRef, fig: dict) -> None:
    g.add((node, RDF.type, SME.Statistic))
    value = _decimal(fig.get("value"))
    if value is not None:
        g.add((node, SME.amountValue, value))
    if fig.get("unit"):
        g.add((node, SME.unit, Literal(str(fig["unit"]))))
    if fig.get("what"):
        g.add((node, RDFS.label, Literal(str(fig["what"]), lang="zh")))
    if fig.get("year"):
        g.add((node, SME.year, Literal(str(fig["year"]), datatype=XSD.gYear)))


def add_documents(g: Graph, docs: list[Document], chunks: list[Chunk], record_entities: dict[str, frozenset[str]],
                  extractor: Extractor) -> dict[int, frozenset[str]]:
    """Documents and chunks; extracted mentions of file documents, each with provenance and confidence."""
    by_doc: dict[str, list[tuple[int, Chunk]]] = {}
    for row, c in enumerate(chunks):
        by_doc.setdefault(c.doc_id, []).append((row, c))
    chunk_entities: dict[int, frozenset[str]] = {}
    record_kind = {"政策": "policy", "案例": "case", "统计": "statistic", "SaaS": "saas"}
    for d in docs:
        dnode = iri("doc", d.doc_id)
        g.add((dnode, RDF.type, SME.Document))
        g.add((dnode, DCTERMS.title, Literal(d.meta.title or d.doc_id, lang="zh")))
        for prop, value in ((DCTERMS.identifier, d.meta.doc_number), (SME.documentKind, d.meta.kind)):
            if value:
                g.add((dnode, prop, Literal(value)))
        if d.meta.issuer:
            g.add((dnode, DCTERMS.publisher, _agency(g, d.meta.issuer.split("、")[0])))
        lit = _date_literal(d.meta.date)
        if lit is not None:
            g.add((dnode, DCTERMS.issued, lit))
        g.add((dnode, SME.status, Literal(d.meta.status or "unknown")))
        if d.meta.source:
            g.add((dnode, SME.sourceName, Literal(d.meta.source[:300])))
        if d.origin == "record":
            kind = record_kind.get(d.meta.kind)
            if kind:
                g.add((iri(kind, d.doc_id), SME.describedBy, dnode))
        for row, c in by_doc.get(d.doc_id, []):
            cnode = iri("chunk", c.chunk_id)
            g.add((cnode, RDF.type, SME.Chunk))
            g.add((cnode, DCTERMS.isPartOf, dnode))
            g.add((cnode, SME.startOffset, Literal(c.start)))
            g.add((cnode, SME.endOffset, Literal(c.end)))
            if c.heading:
                g.add((cnode, SME.headingPath, Literal(c.heading, lang="zh")))
            if d.origin == "record":
                chunk_entities[row] = record_entities.get(d.doc_id, frozenset())
                continue
            ents = set()
            for m in extractor.extract(c.text):
                if m.type in _MENTION_PREDICATES:
                    obj = entity_iri(m.entity)
                    pred = _MENTION_PREDICATES[m.type]
                    if m.type == "agency":
                        _agency(g, m.entity.partition(":")[2])
                    if m.type != "agency":
                        ents.add(m.entity)
                else:
                    pred = _LITERAL_PREDICATES[m.type]
                    obj = Literal(m.entity.partition(":")[2])
                g.add((dnode, pred, obj))
                st = BNode()
                g.add((st, RDF.type, RDF.Statement))
                g.add((st, RDF.subject, dnode))
                g.add((st, RDF.predicate, pred))
                g.add((st, RDF.object, obj))
                g.add((st, PROV.wasDerivedFrom, cnode))
                g.add((st, PROV.wasGeneratedBy, EXTRACTED))
                g.add((st, SME.confidence, Literal(Decimal(str(round(m.confidence, 2))), datatype=XSD.decimal)))
                g.add((st, SME.surfaceForm, Literal(m.text)))
            chunk_entities[row] = frozenset(ents)
    return chunk_entities


def build_graph(kb: KnowledgeBase, docs: list[Document], chunks: list[Chunk],
                extractor: Extractor | None = None) -> tuple[Graph, dict[int, frozenset[str]]]:
    extractor = extractor or shipped_extractor()
    gaz = extractor.gazetteer
    g = Graph()
    bind_all(g)
    g.add((CURATED, RDF.type, PROV.Agent))
    g.add((CURATED, RDFS.label, Literal("数实通团队人工整理并核实的记录", lang="zh")))
    g.add((EXTRACTED, RDF.type, PROV.Activity))
    g.add((EXTRACTED, RDFS.label, Literal("基于规则与地名/词表的自动抽取（无大模型）", lang="zh")))
    add_vocabularies(g, kb, gaz)
    record_entities = add_policies(g, kb, gaz)
    record_entities.update(add_cases_and_saas(g, kb, gaz))
    chunk_entities = add_documents(g, docs, chunks, record_entities, extractor)
    return g, chunk_entities


def write_graph(graph: Graph, path: Path) -> None:
    graph.serialize(destination=str(path), format="nt", encoding="utf-8")


def write_chunk_entities(chunk_entities: dict[int, frozenset[str]], chunks: list[Chunk], path: Path) -> None:
    payload = {chunks[row].chunk_id: sorted(ents) for row, ents in chunk_entities.items() if ents}
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")


def read_chunk_entities(path: Path, row_of: dict[str, int]) -> dict[int, frozenset[str]]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {row_of[cid]: frozenset(ents) for cid, ents in data.items() if cid in row_of}
