"""RDF namespaces and IRI helpers shared by the ontology, graph building and queries."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

SME = Namespace("https://w3id.org/sme-advisor/ontology#")
ID = Namespace("https://w3id.org/sme-advisor/id/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES = {"sme": SME, "id": ID, "dcterms": DCTERMS, "skos": SKOS, "prov": PROV, "org": ORG, "rdf": RDF,
            "rdfs": RDFS, "xsd": XSD}
SPARQL_PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


_IRI_UNSAFE = set(' <>"{}|\\^`#%?/')


def iri(kind: str, key: str):
    """IRI for an entity; keeps Chinese readable but escapes characters IRIs forbid."""
    safe = "".join(c if c not in _IRI_UNSAFE and ord(c) > 0x20 else f"%{ord(c):02X}" for c in key)
    return ID[f"{kind}/{safe}"]


def entity_iri(entity_id: str):
    """'region:浙江省' -> id:region/浙江省 ; the same ids the extractor emits."""
    kind, _, key = entity_id.partition(":")
    return iri(kind, key)


def bind_all(graph) -> None:
    for p, ns in PREFIXES.items():
        graph.bind(p, ns, override=True)
