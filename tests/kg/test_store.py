"""The in-memory graph store: read-only SPARQL guard, query timeout, result shapes, atomic save, export."""

from __future__ import annotations

import time

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
import kg.build
from kg.namespaces import SME, iri
from kg.store import MemoryGraphStore, QueryError, QueryTimeout, check_read_only


@pytest.fixture(scope="module")
def graph() -> Graph:
    return advisor.indexing.records_graph(advisor.config.Settings())[0]


@pytest.fixture(scope="module")
def store(graph) -> MemoryGraphStore:
    return MemoryGraphStore(graph)


# ---- read-only guard ----------------------------------------------------------------------------------

@pytest.mark.parametrize("update", [
    'INSERT DATA { <http://x/a> <http://x/b> "c" }',
    "DELETE WHERE { ?s ?p ?o }",
    "delete { ?s ?p ?o } where { ?s ?p ?o }",
    "PREFIX ex: <http://x/>\nDeLeTe DATA { ex:a ex:b ex:c }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "DROP GRAPH <http://x/g>",
    "CREATE GRAPH <http://x/g>",
    "COPY DEFAULT TO <http://x/g>",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }",
    'SELECT * WHERE { ?s ?p "x" } ;\nDROP ALL',
])
def test_updates_and_federation_are_refused(store, graph, update):
    before = len(graph)
    with pytest.raises(QueryError) as exc:
        store.query(update)
    msg = str(exc.value)
    assert "只允许只读查询" in msg and "read-only" in msg
    assert len(graph) == before


def test_delete_is_refused_before_it_reaches_the_engine(store, graph, monkeypatch):
    def boom(*a, **k):
        raise AssertionError("the engine must not see an update")

    monkeypatch.setattr(store.graph, "query", boom)
    monkeypatch.setattr(store.graph, "update", boom)
    with pytest.raises(QueryError):
        store.query("DELETE WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("query", [
    'SELECT ?t WHERE { ?p dcterms:title ?t FILTER(CONTAINS(?t, "DELETE")) }',
    "SELECT ?t WHERE { ?p dcterms:title ?t FILTER(CONTAINS(?t, 'INSERT DATA')) }",
    'SELECT ?t WHERE { ?p dcterms:title ?t FILTER(?t != """DROP ALL""") } LIMIT 1',
    'SELECT ?t WHERE { ?p dcterms:title ?t FILTER(?t != "say \\"CLEAR\\" twice") } LIMIT 1',
    "SELECT ?s WHERE { ?s a <http://example.org/LOAD> }",
    "# DELETE nothing, just a comment\nSELECT ?s WHERE { ?s a sme:Policy } LIMIT 1",
    "SELECT ?s WHERE { ?s dcterms:created ?d } LIMIT 1",  # 'created' is not CREATE
])
def test_forbidden_words_inside_strings_iris_and_comments_are_allowed(store, query):
    check_read_only(query)
    assert isinstance(store.query(query), list)


def test_string_filter_with_keyword_really_runs(store):
    rows = store.query('SELECT ?p WHERE { ?p a sme:Policy ; dcterms:title ?t FILTER(CONTAINS(?t, "款项支付")) }')
    assert {str(r["p"]) for r in rows} == {str(iri("policy", "pol-kuanxiang-2020")), str(iri("policy", "pol-kuanxiang-2025"))}
    assert store.query('SELECT ?t WHERE { ?p dcterms:title ?t FILTER(CONTAINS(?t, "DELETE")) }') == []


def test_variables_named_like_keywords_are_allowed(store):
    rows = store.query("SELECT ?add WHERE { ?add a sme:Policy } LIMIT 1")
    assert len(rows) == 1


# ---- query results and timeout ------------------------------------------------------------------------

def test_select_rows_are_dicts_of_python_terms(store, graph):
    rows = store.query("SELECT (COUNT(?p) AS ?n) WHERE { ?p a sme:Policy }")
    assert rows == [{"n": rows[0]["n"]}]
    assert int(rows[0]["n"]) == len(set(graph.subjects(RDF.type, SME.Policy))) == 37


def test_ask(store):
    assert store.query("ASK { ?p a sme:Policy ; sme:status \"失效\" }") == [{"ask": True}]
    assert store.query("ASK { ?p a sme:Policy ; sme:status \"作废\" }") == [{"ask": False}]


def test_construct_and_describe(store):
    rows = store.query("CONSTRUCT { ?p a sme:Policy } WHERE { ?p a sme:Policy }")
    assert len(rows) == 37 and set(rows[0]) == {"s", "p", "o"}
    assert all(r["p"] == RDF.type and r["o"] == SME.Policy for r in rows)
    described = store.query(f"DESCRIBE <{iri('policy', 'pol-kuanxiang-2025')}>")
    assert any(r["s"] == iri("policy", "pol-kuanxiang-2025") for r in described)


def test_own_prefixes_are_respected(store):
    rows = store.query("PREFIX s: <https://w3id.org/sme-advisor/ontology#>\nSELECT ?p WHERE { ?p a s:CaseStudy }")
    assert len(rows) == 23


def test_syntax_error_is_a_query_error(store):
    with pytest.raises(QueryError) as exc:
        store.query("SELECT ?p WHERE { ?p a sme:Policy ")
    assert not isinstance(exc.value, QueryTimeout)
    assert "SPARQL" in str(exc.value)


def test_cartesian_product_times_out_quickly(store):
    start = time.monotonic()
    with pytest.raises(QueryTimeout) as exc:
        store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    elapsed = time.monotonic() - start
    assert elapsed < 10, elapsed
    assert "超时" in str(exc.value) and "0.5" in str(exc.value)
    # the store is still usable afterwards
    assert store.query("ASK { ?p a sme:Policy }") == [{"ask": True}]


# ---- save / load / export ----------------------------------------------------------------------------

def test_save_is_atomic_and_leaves_no_temp_files(tmp_path, store, graph):
    target = tmp_path / "graph.nt"
    store.save(target)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]
    assert isomorphic(Graph().parse(str(target), format="nt"), graph)
    store.save(target)  # overwriting works too
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


def test_failed_save_keeps_the_previous_file(tmp_path, graph, monkeypatch):
    target = tmp_path / "graph.nt"
    target.write_text("<http://x/a> <http://x/b> <http://x/c> .\n", encoding="utf-8")
    before = target.read_bytes()
    small = MemoryGraphStore(Graph())
    small.graph.add((URIRef("http://x/new"), RDF.type, SME.Policy))

    def half_written(destination=None, **kwargs):
        with open(destination, "w", encoding="utf-8") as fh:
            fh.write("<http://x/partial")  # a torn write ...
        raise OSError("disk full")  # ... then the failure

    monkeypatch.setattr(small.graph, "serialize", half_written)
    with pytest.raises(OSError, match="disk full"):
        small.save(target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


def test_failed_first_save_creates_nothing(tmp_path, monkeypatch):
    store = MemoryGraphStore(Graph())
    monkeypatch.setattr(store.graph, "serialize", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        store.save(tmp_path / "graph.ttl", fmt="turtle")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt, suffix", [("turtle", ".ttl"), ("json-ld", ".jsonld"), ("nt", ".nt")])
def test_export_round_trip(tmp_path, store, graph, fmt, suffix):
    text = graph.serialize(format=fmt)
    back = Graph().parse(data=text, format=fmt)
    assert len(back) == len(graph)
    assert isomorphic(back, graph)
    path = tmp_path / f"export{suffix}"
    store.save(path, fmt=fmt)
    loaded = MemoryGraphStore.load(path)
    assert len(loaded) == len(graph)
    assert isomorphic(loaded.graph, graph)


def test_export_round_trip_with_extracted_statements(tmp_path):
    """Blank-node statements (extraction provenance) survive Turtle and JSON-LD too."""
    from corpus.documents import DocMeta, Document

    kb = corpus.records.shipped_knowledge_base()
    doc = Document("doc-test-rt", "浙江省鼓励中小企业上云，运用区块链技术，给予最高50万元补助，补贴比例30%。",
                   DocMeta(title="测试文件"))
    chunks = advisor.indexing.chunk_all([doc], advisor.config.Settings())
    g, _ = kg.build.build_graph(kb, [doc], chunks)
    assert len(list(g.subjects(RDF.type, RDF.Statement))) >= 4
    for fmt in ("turtle", "json-ld", "nt"):
        back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert isomorphic(back, g), fmt
