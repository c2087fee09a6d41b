"""Graph building from the shipped records (and one real ingested file), checked with SHACL and SPARQL-free
triple lookups against the YAML the records come from."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
import kg.build
from corpus.loaders import load_file
from kg.build import CURATED, EXTRACTED
from kg.gazetteer import shipped_gazetteer
from kg.namespaces import ID, SME, entity_iri, iri
from kg.validate import validate
from tests.conftest import shared_path

DATA = corpus.records.data_dir()


def _build(kb, extra_docs=()):
    docs = corpus.record_docs.record_documents(kb) + list(extra_docs)
    chunks = advisor.indexing.chunk_all(docs, advisor.config.Settings())
    graph, chunk_entities = kg.build.build_graph(kb, docs, chunks)
    return graph, chunk_entities, docs, chunks


@pytest.fixture(scope="module")
def kb():
    return corpus.records.shipped_knowledge_base()


@pytest.fixture(scope="module")
def built(kb):
    return _build(kb)


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    return built[0]


@pytest.fixture(scope="module")
def policies_yaml() -> list[dict]:
    return yaml.safe_load((DATA / "policies.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regions_yaml() -> dict:
    return yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))


def _copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


# ---- SHACL ---------------------------------------------------------------------------------------------

def test_shipped_graph_has_no_shacl_violations(graph):
    violations = validate(graph)
    assert violations == [], "\n".join(map(str, violations[:20]))


@pytest.fixture(scope="module")
def broken_violations(graph):
    """One copy of the shipped graph with three independent defects, validated once."""
    g = _copy(graph)
    no_title = iri("policy", "pol-zj-szjj-2020")
    assert g.value(no_title, DCTERMS.title) is not None
    g.remove((no_title, DCTERMS.title, None))

    amount = iri("amount", "pol-zfcg-46-2020-1")
    assert (None, SME.hasAmount, amount) in g
    g.remove((amount, SME.amountValue, None))
    g.add((amount, SME.amountValue, Literal("约两百")))  # a plain string, not an xsd:decimal

    superseded = iri("policy", "pol-kuanxiang-2020")
    assert g.value(superseded, DCTERMS.isReplacedBy) == iri("policy", "pol-kuanxiang-2025")
    g.set((superseded, SME.status, Literal("有效")))
    return validate(g)


def _hits(violations, focus, path):
    return [v for v in violations if v.focus == str(focus) and v.path == path]


def test_policy_without_title_is_a_violation(broken_violations):
    hits = _hits(broken_violations, iri("policy", "pol-zj-szjj-2020"), "title")
    assert len(hits) == 1
    assert "标题" in hits[0].message and hits[0].severity == "Violation"


def test_non_numeric_amount_is_a_violation(broken_violations):
    hits = _hits(broken_violations, iri("amount", "pol-zfcg-46-2020-1"), "amountValue")
    assert hits and all("金额必须是数字" in v.message for v in hits)


def test_superseded_policy_must_be_expired(broken_violations):
    hits = _hits(broken_violations, iri("policy", "pol-kuanxiang-2020"), "status")
    assert hits and "失效" in hits[0].message


def test_broken_graph_has_only_the_planted_violations(broken_violations):
    foci = {v.focus for v in broken_violations}
    assert foci == {str(iri("policy", "pol-zj-szjj-2020")), str(iri("amount", "pol-zfcg-46-2020-1")),
                    str(iri("policy", "pol-kuanxiang-2020"))}


def test_record_amount_that_is_not_a_number_is_left_out_and_flagged(kb):
    """Through build_graph: an amount whose value cannot be parsed gets no sme:amountValue, and SHACL names it."""
    pol = kb.policy("pol-zfcg-46-2020")
    bad_amounts = [dict(pol.amounts[0], value="两百左右")] + list(pol.amounts[1:])
    kb2 = dataclasses.replace(kb, policies=[dataclasses.replace(pol, amounts=bad_amounts)])
    g, *_ = _build(kb2)
    amount = iri("amount", "pol-zfcg-46-2020-1")
    assert (amount, RDF.type, SME.MonetaryAmount) in g
    assert g.value(amount, SME.amountValue) is None
    sub = Graph()  # validating only the amount node keeps this test fast
    for t in g.triples((amount, None, None)):
        sub.add(t)
    hits = _hits(validate(sub), amount, "amountValue")
    assert hits and "金额必须是数字" in hits[0].message


def test_amounts_and_thresholds_are_canonical_decimals(graph):
    """Decimals carry a canonical lexical form ("300.0"), so a Turtle export parses back to the same terms."""
    bound = graph.value(iri("threshold", "零售业-中型-employees"), SME.lowerBound)
    assert bound == Literal("50.0", datatype=XSD.decimal)
    assert bound.toPython() == Decimal(50)
    value = graph.value(iri("amount", "pol-zfcg-46-2020-1"), SME.amountValue)
    assert value.datatype == XSD.decimal and value.toPython() == Decimal(200)


# ---- policies ------------------------------------------------------------------------------------------

def test_every_policy_record_is_a_policy_with_core_facts(graph, policies_yaml):
    assert len(policies_yaml) == len(set(graph.subjects(RDF.type, SME.Policy)))
    for rec in policies_yaml:
        node = iri("policy", rec["id"])
        assert (node, RDF.type, SME.Policy) in graph, rec["id"]
        assert graph.value(node, DCTERMS.title) == Literal(rec["title"], lang="zh"), rec["id"]
        publishers = {str(graph.value(a, SKOS.prefLabel)) for a in graph.objects(node, DCTERMS.publisher)}
        assert publishers == set(rec["issuer"]), rec["id"]
        for agency in graph.objects(node, DCTERMS.publisher):
            assert (agency, RDF.type, SME.Agency) in graph
        issued = list(graph.objects(node, DCTERMS.issued))
        assert len(issued) == 1 and str(issued[0]) == str(rec["issued"]), rec["id"]
        assert graph.value(node, SME.status) == Literal(rec["status"]), rec["id"]
        if rec.get("doc_number"):
            assert graph.value(node, DCTERMS.identifier) == Literal(rec["doc_number"]), rec["id"]
        if rec.get("superseded_by"):
            new = iri("policy", rec["superseded_by"])
            assert graph.value(node, DCTERMS.isReplacedBy) == new
            assert (new, RDF.type, SME.Policy) in graph
        if rec.get("continued_by"):  # a later round; the earlier one is not repealed
            later = iri("policy", rec["continued_by"])
            assert graph.value(node, SME.continuedBy) == later and (later, RDF.type, SME.Policy) in graph
            assert graph.value(node, DCTERMS.isReplacedBy) is None


def test_issued_dates_are_typed_by_precision(graph):
    assert graph.value(iri("policy", "pol-kuanxiang-2025"), DCTERMS.issued).datatype == XSD.date
    assert graph.value(iri("policy", "pol-szh-zhinan-2022"), DCTERMS.issued).datatype == XSD.gYearMonth
    assert graph.value(iri("policy", "pol-szh-funeng-2020"), DCTERMS.issued).datatype == XSD.gYear


def test_region_condition_points_at_the_region(graph):
    node = iri("policy", "pol-zj-szjj-2020")
    conds = [c for c in graph.objects(node, SME.hasCondition) if (c, RDF.type, SME.RegionCondition) in graph]
    assert len(conds) == 1
    assert set(graph.objects(conds[0], SME.requiresRegion)) == {iri("region", "浙江省")}


def test_curated_facts_are_attributed_to_the_curated_records(graph, kb):
    assert (CURATED, RDF.type, PROV.Agent) in graph
    nodes = ([iri("policy", p.id) for p in kb.policies] + [iri("case", c.id) for c in kb.cases]
             + [iri("saas", s.id) for s in kb.saas] + [iri("statistic", s.id) for s in kb.statistics])
    assert len(nodes) > 80
    missing = [n for n in nodes if (n, PROV.wasAttributedTo, CURATED) not in graph]
    assert missing == []
    # Nothing curated is presented as machine-extracted.
    assert not list(graph.subjects(PROV.wasGeneratedBy, EXTRACTED))


# ---- regions ------------------------------------------------------------------------------------------

def test_provinces_and_cities_are_regions_chained_to_the_country(graph, regions_yaml):
    country = iri("region", "全国")
    provinces = regions_yaml["provinces"]
    assert len(provinces) == 34
    for prov in provinces:
        p = iri("region", prov["name"])
        assert (p, RDF.type, SME.Region) in graph, prov["name"]
        assert list(graph.objects(p, SKOS.broader)) == [country], prov["name"]
        assert graph.value(p, SME.regionLevel) == Literal("省")
        for city in prov.get("cities", []):
            c = iri("region", city["name"])
            assert (c, RDF.type, SME.Region) in graph, city["name"]
            assert list(graph.objects(c, SKOS.broader)) == [p], city["name"]
            assert list(graph.transitive_objects(c, SKOS.broader))[-1] == country
    provinces_in_graph = set(graph.subjects(SKOS.broader, country))
    assert len(provinces_in_graph) == 34


def test_counties_chain_through_their_city(graph):
    chain = [str(graph.value(n, SKOS.prefLabel)) for n in graph.transitive_objects(iri("region", "义乌市"), SKOS.broader)]
    assert chain == ["义乌市", "金华市", "浙江省", "全国"]


def test_size_standard_rows_and_short_names_are_in_the_graph(graph, kb):
    rows = kb.size_standard["industries"]
    assert len(rows) == 16
    for row in rows:
        node = iri("sizegroup", row["name"])
        assert (node, RDF.type, SME.SizeIndustryGroup) in graph
        alt = {str(a) for a in graph.objects(node, SKOS.altLabel)}
        assert set(row.get("aliases", [])) <= alt
        if row.get("short"):
            assert row["short"] in alt
        n_bounds = sum(len(v) for v in row["thresholds"].values())
        assert len(list(graph.objects(node, SME.hasThreshold))) == n_bounds


# ---- record chunks ----------------------------------------------------------------------------------

def test_record_chunks_carry_the_records_entities(built):
    _graph, chunk_entities, _docs, chunks = built
    assert set(chunk_entities) == set(range(len(chunks)))
    by_doc: dict[str, list[frozenset]] = {}
    for row, c in enumerate(chunks):
        by_doc.setdefault(c.doc_id, []).append(chunk_entities[row])
    zj = by_doc["pol-zj-szjj-2020"]
    assert zj and all({"region:浙江省", "tech:云计算", "tech:工业互联网", "support:规划引导"} <= e for e in zj)
    tea = by_doc["case-fucha-tea-blockchain"]
    assert tea and all({"tech:区块链", "industry:A", "need:质量追溯"} <= e for e in tea)
    # a policy open to every trade carries the wildcard; one for some trades names them
    assert all("industry:*" in e for e in zj + by_doc["pol-tax-xiaowei-2023-12"])
    assert all("industry:*" not in e and "industry:C" in e for e in by_doc["pol-szh-chengshi-2023"])
    assert all("industry:*" not in e for e in tea)
    # Entities come from the record's fields, not from free-text extraction of its rendering.
    assert all(not any(x.startswith(("money:", "doc_number:", "agency:")) for x in e) for e in zj)


def test_record_chunks_are_linked_to_their_document(graph, built):
    _g, _ce, _docs, chunks = built
    chunk = next(c for c in chunks if c.doc_id == "pol-kuanxiang-2025")
    cnode = iri("chunk", chunk.chunk_id)
    dnode = graph.value(cnode, DCTERMS.isPartOf)
    assert dnode == iri("doc", "pol-kuanxiang-2025")
    assert (iri("policy", "pol-kuanxiang-2025"), SME.describedBy, dnode) in graph
    assert graph.value(cnode, SME.startOffset).toPython() == chunk.start


# ---- an ingested real file --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ingested(kb):
    path = shared_path("policies", "shiwuwu-shuzi-jingji-guihua.md")
    doc = load_file(path)
    graph, chunk_entities, docs, chunks = _build(kb, [doc])
    return doc, graph, chunk_entities, chunks


def _statements(g: Graph, subject, predicate=None, obj=None):
    out = []
    for st in g.subjects(RDF.type, RDF.Statement):
        if g.value(st, RDF.subject) != subject:
            continue
        if predicate is not None and g.value(st, RDF.predicate) != predicate:
            continue
        if obj is not None and g.value(st, RDF.object) != obj:
            continue
        out.append(st)
    return out


def test_ingested_document_mentions_its_doc_number_and_technologies(ingested):
    doc, g, _ce, _chunks = ingested
    dnode = iri("doc", doc.doc_id)
    assert (dnode, RDF.type, SME.Document) in g
    assert g.value(dnode, DCTERMS.identifier) == Literal("国发〔2021〕29号")
    assert (dnode, SME.mentionsDocNumber, Literal("国发〔2021〕29号")) in g
    techs = set(g.objects(dnode, SME.mentionsTechnology))
    assert {entity_iri("tech:区块链"), entity_iri("tech:人工智能")} <= techs
    for t in techs:
        assert (t, RDF.type, SME.Technology) in g, t


def test_every_extracted_fact_has_chunk_provenance_and_confidence(ingested):
    doc, g, _ce, chunks = ingested
    dnode = iri("doc", doc.doc_id)
    own_chunks = {iri("chunk", c.chunk_id) for c in chunks if c.doc_id == doc.doc_id}
    statements = list(g.subjects(RDF.type, RDF.Statement))
    assert len(statements) > 50
    for st in statements:
        assert g.value(st, RDF.subject) == dnode
        sources = list(g.objects(st, PROV.wasDerivedFrom))
        assert len(sources) == 1 and sources[0] in own_chunks
        assert (sources[0], RDF.type, SME.Chunk) in g
        assert g.value(sources[0], DCTERMS.isPartOf) == dnode
        assert g.value(st, PROV.wasGeneratedBy) == EXTRACTED
        conf = g.value(st, SME.confidence)
        assert conf is not None and conf.datatype == XSD.decimal
        assert Decimal(0) <= conf.toPython() <= Decimal(1)
        # the reified triple is asserted too
        assert (dnode, g.value(st, RDF.predicate), g.value(st, RDF.object)) in g


def test_blockchain_mention_points_at_a_chunk_that_says_it(ingested):
    doc, g, _ce, chunks = ingested
    text_of = {iri("chunk", c.chunk_id): c.text for c in chunks}
    sts = _statements(g, iri("doc", doc.doc_id), SME.mentionsTechnology, entity_iri("tech:区块链"))
    assert sts
    for st in sts:
        chunk = g.value(st, PROV.wasDerivedFrom)
        surface = str(g.value(st, SME.surfaceForm))
        assert surface and surface in text_of[chunk]
    doc_number = _statements(g, iri("doc", doc.doc_id), SME.mentionsDocNumber, Literal("国发〔2021〕29号"))
    assert doc_number and "国发〔2021〕29号" in text_of[g.value(doc_number[0], PROV.wasDerivedFrom)]


def test_ingested_chunks_get_extracted_entities(ingested):
    doc, _g, chunk_entities, chunks = ingested
    rows = [i for i, c in enumerate(chunks) if c.doc_id == doc.doc_id]
    assert rows
    union = frozenset().union(*(chunk_entities[r] for r in rows))
    assert {"tech:区块链", "tech:人工智能"} <= union
    gaz = shipped_gazetteer()
    for eid in union:
        kind, _, key = eid.partition(":")
        assert kind in {"region", "industry", "size", "support", "tech", "need"}, eid
        assert eid in gaz.labels or kind == "region", eid
    # a chunk's entities are those its own text yields
    row = next(r for r in rows if "区块链" in chunks[r].text)
    assert "tech:区块链" in chunk_entities[row]


def test_ingested_triples_conform(ingested, graph):
    """SHACL over what the file added (document, chunks, mentions, statements, agencies); the records part
    is validated above."""
    _doc, g, _ce, _chunks = ingested
    added = g - graph
    assert len(added) > 1000
    for obj in set(added.objects()):  # plus the description of every node the new triples point at
        if isinstance(obj, URIRef):
            for t in g.triples((obj, None, None)):
                added.add(t)
    violations = validate(added)
    assert violations == [], "\n".join(map(str, violations[:20]))


def test_graph_file_round_trip(tmp_path, built):
    graph, chunk_entities, _docs, chunks = built
    path = tmp_path / kg.build.GRAPH_FILE
    kg.build.write_graph(graph, path)
    back = Graph().parse(str(path), format="nt")
    assert len(back) == len(graph)
    ents = tmp_path / kg.build.ENTITIES_FILE
    kg.build.write_chunk_entities(chunk_entities, chunks, ents)
    row_of = {c.chunk_id: i for i, c in enumerate(chunks)}
    assert kg.build.read_chunk_entities(ents, row_of) == {r: e for r, e in chunk_entities.items() if e}
    assert kg.build.read_chunk_entities(tmp_path / "missing.json", row_of) == {}


def test_namespace_iri_escapes_unsafe_characters():
    node = iri("saas", "溯源/防伪 #1")
    assert str(node) == str(ID) + "saas/溯源%2F防伪%20%231"
    assert entity_iri("region:浙江省") == iri("region", "浙江省")
