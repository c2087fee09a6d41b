"""The graph commands of the CLI (classify, coverage, sparql, graph validate|export|neighbours).

Every run passes --index-dir pointing at an empty temporary folder, so the records-only graph is built and a
user's own index, config file or environment never comes into play.
"""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
from advisor.cli import main
from kg.namespaces import iri


@pytest.fixture
def index_dir(tmp_path, monkeypatch):
    empty_config = tmp_path / "config.toml"
    empty_config.write_text("", encoding="utf-8")
    monkeypatch.setenv("SME_ADVISOR_CONFIG", str(empty_config))
    for name in list(os.environ):
        if name.startswith("SME_ADVISOR_") and name != "SME_ADVISOR_CONFIG":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "index"
    folder.mkdir()
    yield folder
    assert list(folder.iterdir()) == [], "graph commands must not write into the index folder"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def records_graph() -> Graph:
    return advisor.indexing.records_graph(advisor.config.Settings())[0]


def test_classify_prints_size_and_rule(capsys, index_dir):
    code, out, _ = run(capsys, "classify", "--industry", "零售业", "--employees", "50", "--revenue", "3000",
                       "--index-dir", str(index_dir))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "中型"
    assert lines[1].startswith("零售业：") and "同时达到中型下限" in lines[1]
    assert lines[2].startswith("依据：") and "工信部联企业〔2011〕300号" in lines[2]


def test_classify_json(capsys, index_dir):
    code, out, _ = run(capsys, "classify", "--industry", "奶茶店", "--employees", "12", "--revenue", "150", "--json",
                       "--index-dir", str(index_dir))
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"size", "industry", "rule", "standard"}
    assert data["size"] == "小型" and data["industry"] == "餐饮业"


def test_classify_undetermined_exits_1_and_names_the_missing_number(capsys, index_dir):
    code, out, _ = run(capsys, "classify", "--industry", "零售业", "--employees", "50", "--json",
                       "--index-dir", str(index_dir))
    assert code == 1
    data = json.loads(out)
    assert data["size"] is None and data["missing"] == ["营业收入"]


def test_classify_ambiguous_industry_exits_2(capsys, index_dir):
    code, out, err = run(capsys, "classify", "--industry", "F", "--employees", "20", "--revenue", "200",
                         "--index-dir", str(index_dir))
    assert code == 2 and out == ""
    assert "批发业" in err and "零售业" in err


def test_sparql_count(capsys, index_dir):
    code, out, err = run(capsys, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?p a sme:Policy }",
                         "--index-dir", str(index_dir))
    assert code == 0
    assert out.strip() == str(len(corpus.records.shipped_knowledge_base().policies)) == "37"
    assert "(1 rows)" in err


def test_sparql_json(capsys, index_dir):
    code, out, _ = run(capsys, "sparql", 'SELECT ?t WHERE { ?p a sme:Policy ; dcterms:identifier "财库〔2020〕46号" ; '
                       "dcterms:title ?t }", "--json", "--index-dir", str(index_dir))
    assert code == 0
    assert json.loads(out) == [{"t": "政府采购促进中小企业发展管理办法"}]


def test_sparql_update_is_refused_with_exit_2(capsys, index_dir):
    code, out, err = run(capsys, "sparql", "DELETE WHERE {?s ?p ?o}", "--index-dir", str(index_dir))
    assert code == 2
    assert out == ""
    assert "只允许只读查询" in err and "read-only" in err and "DELETE" in err


def test_graph_validate(capsys, index_dir, records_graph):
    code, out, _ = run(capsys, "graph", "validate", "--index-dir", str(index_dir))
    assert code == 0
    assert out.strip().endswith("0 SHACL violations")
    assert out.strip() == f"{len(records_graph)} triples, 0 SHACL violations"


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("json-ld", "json-ld"), ("nt", "nt")])
def test_graph_export_round_trips(capsys, index_dir, tmp_path, records_graph, fmt, parse_as):
    target = tmp_path / f"f.{fmt}"
    code, out, _ = run(capsys, "graph", "export", "--format", fmt, "--output", str(target),
                       "--index-dir", str(index_dir))
    assert code == 0 and out == ""
    back = Graph().parse(str(target), format=parse_as)
    assert len(back) == len(records_graph)
    assert isomorphic(back, records_graph)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["config.toml", "index", target.name])


def test_graph_export_to_stdout_and_bad_format(capsys, index_dir):
    code, out, _ = run(capsys, "graph", "export", "--format", "nt", "--index-dir", str(index_dir))
    assert code == 0
    assert len(Graph().parse(data=out, format="nt")) > 5000
    code, _, err = run(capsys, "graph", "export", "--format", "rdfxml", "--index-dir", str(index_dir))
    assert code == 2 and "format" in err


def test_graph_neighbours(capsys, index_dir):
    code, out, _ = run(capsys, "graph", "neighbours", "tech:区块链", "--index-dir", str(index_dir))
    assert code == 0
    data = json.loads(out)
    assert data["label"] == "区块链"
    ids = {n["id"] for n in data["nodes"]}
    assert str(iri("case", "case-fucha-tea-blockchain")) in ids
    assert str(iri("saas", "saas-traceability")) in ids


def test_coverage_json(capsys, index_dir):
    code, out, _ = run(capsys, "coverage", "--format", "json", "--support", "政府采购", "--index-dir", str(index_dir))
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"filter", "cells", "gaps", "expiring", "lapsed", "superseded_still_mentioned"}
    assert data["filter"]["support"] == "政府采购"
    assert len(data["cells"]) == 20 * 34
    cell = next(c for c in data["cells"] if c["industry"] == "H" and c["province"] == "北京市")
    assert cell["policies"] == 2


def test_coverage_csv_and_md(capsys, index_dir):
    code, out, _ = run(capsys, "coverage", "--format", "csv", "--index-dir", str(index_dir))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["industry", "industry_label", "province", "policies"] and len(rows) == 680
    code, out, _ = run(capsys, "coverage", "--index-dir", str(index_dir))
    assert code == 0 and out.startswith("# 政策覆盖 Coverage")
