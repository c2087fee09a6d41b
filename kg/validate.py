"""SHACL validation of the graph against kg/shapes.ttl (pyshacl), with readable violations."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import Graph
from rdflib.namespace import RDF, SH


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        return f"[{self.severity}] {self.focus} {self.path}: {self.message}"


def load_shapes() -> Graph:
    g = Graph()
    g.parse(data=resources.files("kg").joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def load_ontology() -> Graph:
    g = Graph()
    g.parse(data=resources.files("kg").joinpath("ontology.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def validate(graph: Graph) -> list[Violation]:
    """All SHACL results; empty means the graph conforms."""
    from pyshacl import validate as shacl

    _conforms, report, _text = shacl(graph, shacl_graph=load_shapes(), ont_graph=load_ontology(),
                                     inference="rdfs", allow_warnings=True)
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def one(pred, result=result):
            value = report.value(result, pred)
            return "" if value is None else str(value)
        out.append(Violation(one(SH.focusNode), one(SH.resultPath).split("#")[-1].split("/")[-1],
                             one(SH.resultMessage), one(SH.resultSeverity).split("#")[-1]))
    return out
