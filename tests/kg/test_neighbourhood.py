"""An entity's neighbourhood and the entity picker, on the records-only graph."""

from __future__ import annotations

import pytest

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
from kg.namespaces import entity_iri, iri
from kg.neighbourhood import neighbourhood, pickable_entities
from kg.store import MemoryGraphStore

TECH_BLOCKCHAIN = str(entity_iri("tech:区块链"))


@pytest.fixture(scope="module")
def kb():
    return corpus.records.shipped_knowledge_base()


@pytest.fixture(scope="module")
def store(kb) -> MemoryGraphStore:
    return MemoryGraphStore(advisor.indexing.records_graph(advisor.config.Settings(), kb)[0])


@pytest.fixture(scope="module")
def blockchain(store):
    return neighbourhood(store, TECH_BLOCKCHAIN)


def test_blockchain_neighbourhood_has_the_tea_case_and_traceability_saas(blockchain):
    assert blockchain.center == TECH_BLOCKCHAIN and blockchain.label == "区块链"
    nodes = {n["id"]: n for n in blockchain.nodes}
    tea = str(iri("case", "case-fucha-tea-blockchain"))
    assert nodes[tea] == {"id": tea, "label": "福茶网用区块链给茶叶做溯源", "kind": "案例"}
    saas = str(iri("saas", "saas-traceability"))
    assert nodes[saas]["kind"] == "SaaS" and "溯源" in nodes[saas]["label"]
    assert {"source": tea, "target": TECH_BLOCKCHAIN, "relation": "usesTechnology"} in blockchain.edges
    assert {"source": saas, "target": TECH_BLOCKCHAIN, "relation": "usesTechnology"} in blockchain.edges


def test_blockchain_neighbourhood_matches_the_records(blockchain, kb):
    ids = {n["id"] for n in blockchain.nodes}
    expected = ({str(iri("case", c.id)) for c in kb.cases if "区块链" in c.technologies}
                | {str(iri("saas", s.id)) for s in kb.saas if "区块链" in s.technologies}
                | {str(iri("policy", p.id)) for p in kb.policies if "区块链" in p.technologies})
    assert len(expected) >= 4
    assert ids == expected
    assert blockchain.center not in ids
    kinds = {n["kind"] for n in blockchain.nodes}
    assert kinds <= {"政策", "案例", "SaaS"}
    for e in blockchain.edges:
        assert TECH_BLOCKCHAIN in (e["source"], e["target"])
        assert e["source"] in ids | {TECH_BLOCKCHAIN} and e["target"] in ids | {TECH_BLOCKCHAIN}


def test_case_neighbourhood_points_outwards(store):
    tea = str(iri("case", "case-fucha-tea-blockchain"))
    hood = neighbourhood(store, tea)
    assert hood.label == "福茶网用区块链给茶叶做溯源"
    by_id = {n["id"]: n for n in hood.nodes}
    assert by_id[TECH_BLOCKCHAIN]["kind"] == "技术"
    assert by_id[str(iri("industry", "A"))]["kind"] == "行业"
    assert by_id[str(iri("need", "质量追溯"))]["kind"] == "需求"
    assert {"source": tea, "target": TECH_BLOCKCHAIN, "relation": "usesTechnology"} in hood.edges


def test_limit_caps_the_nodes(store):
    hood = neighbourhood(store, str(iri("industry", "C")), limit=3)
    assert len(hood.nodes) == 3
    assert len({n["id"] for n in hood.nodes}) == 3


def test_unknown_entity_has_an_empty_neighbourhood(store):
    hood = neighbourhood(store, "https://w3id.org/sme-advisor/id/tech/不存在的技术")
    assert hood.nodes == [] and hood.edges == [] and hood.label == "不存在的技术"


@pytest.mark.parametrize("bad", ["https://w3id.org/sme-advisor/id/tech/a b",
                                 "https://x/a> } ; DROP ALL ; SELECT * WHERE { <https://x/b",
                                 "https://x/a>?p?o}",
                                 'https://x/"quoted"',
                                 "https://x/{a}", "https://x/a|b", "https://x/a\\b", "https://x/a^b", "https://x/a`b"])
def test_invalid_iri_is_rejected(store, bad):
    with pytest.raises(ValueError):
        neighbourhood(store, bad)


def test_pickable_entities_lists_policies_cases_and_saas(store, kb):
    items = pickable_entities(store)
    by_kind: dict[str, set[str]] = {}
    for it in items:
        assert set(it) == {"id", "kind", "label"} and it["label"]
        by_kind.setdefault(it["kind"], set()).add(it["id"])
    assert by_kind["政策"] == {str(iri("policy", p.id)) for p in kb.policies}
    assert by_kind["案例"] == {str(iri("case", c.id)) for c in kb.cases}
    assert by_kind["SaaS"] == {str(iri("saas", s.id)) for s in kb.saas}
    assert TECH_BLOCKCHAIN in by_kind["技术"] and str(iri("industry", "H")) in by_kind["行业"]
    assert items == sorted(items, key=lambda d: (d["kind"], d["label"]))
    labels = {it["id"]: it["label"] for it in items}
    assert labels[str(iri("case", "case-fucha-tea-blockchain"))] == "福茶网用区块链给茶叶做溯源"
    assert labels[str(iri("policy", "pol-zj-szjj-2020"))] == "浙江省数字经济促进条例"
