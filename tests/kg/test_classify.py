"""Enterprise size (划型) from the thresholds stored in the graph, checked against size_standard.yaml."""

from __future__ import annotations

import pytest
import yaml
from rdflib import Graph, Literal
from rdflib.namespace import XSD

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
from kg.classify import ClassifyError, SizeClassifier
from kg.namespaces import SME, iri
from kg.store import MemoryGraphStore

STANDARD = yaml.safe_load((corpus.records.data_dir() / "size_standard.yaml").read_text(encoding="utf-8"))
ROWS = STANDARD["industries"]


@pytest.fixture(scope="module")
def graph() -> Graph:
    return advisor.indexing.records_graph(advisor.config.Settings())[0]


@pytest.fixture(scope="module")
def clf(graph) -> SizeClassifier:
    return SizeClassifier(MemoryGraphStore(graph))


def _row(name: str) -> dict:
    return next(r for r in ROWS if r["name"] == name)


def test_thresholds_loaded_from_graph_match_the_yaml(clf):
    assert len(ROWS) == 16
    assert set(clf.thresholds) == {r["name"] for r in ROWS}
    for row in ROWS:
        expected = {size: {k: float(v) for k, v in limits.items()} for size, limits in row["thresholds"].items()}
        assert clf.thresholds[row["name"]] == expected, row["name"]


def test_cli_example_retail_50_people_30m_is_medium(clf):
    r = clf.classify("零售业", employees=50, revenue=3000)
    assert (r.size, r.industry, r.missing) == ("中型", "零售业", [])
    assert "中型" in r.rule and "从业人员≥50人" in r.rule and "营业收入≥500万元" in r.rule
    assert "300号" in r.standard


@pytest.mark.parametrize("employees, revenue, size", [
    (10, 100, "小型"),  # exactly at the 小型 lower bounds counts as reaching them
    (9, 100, "微型"),
    (10, 99.99, "微型"),
    (50, 500, "中型"),
    (49, 20000, "小型"),  # a high revenue cannot lift the head count
    (300, 20000, "大型"),
    (300, 19999, "中型"),
    (299, 20000, "中型"),
    (100000, 10 ** 7, "大型"),
])
def test_retail_boundaries(clf, employees, revenue, size):
    assert clf.classify("零售业", employees, revenue).size == size


def test_micro_when_any_one_indicator_is_below_small(clf):
    r = clf.classify("工业", employees=15, revenue=5000)
    assert r.size == "微型"
    assert "从业人员15人低于小型下限20人" in r.rule
    assert "营业收入" not in r.rule.split("，任一")[0]  # only the failing indicator is blamed
    both = clf.classify("工业", employees=5, revenue=100)
    assert both.size == "微型" and "从业人员" in both.rule and "营业收入" in both.rule


def test_micro_is_decided_even_when_another_indicator_is_unknown(clf):
    r = clf.classify("零售业", employees=5)
    assert r.size == "微型" and r.missing == []


def test_agriculture_uses_revenue_only(clf):
    assert clf.classify("农、林、牧、渔业", revenue=600).size == "中型"
    assert clf.classify("农、林、牧、渔业", employees=1, revenue=20000).size == "大型"
    assert clf.classify("农、林、牧、渔业", employees=100000, revenue=49).size == "微型"
    r = clf.classify("农、林、牧、渔业", employees=3)
    assert r.size is None and r.missing == ["营业收入"]
    assert "从业人员" not in r.rule


@pytest.mark.parametrize("name", ["农林牧渔业", "A", "家庭农场", "茶园"])
def test_agriculture_short_name_code_and_aliases_resolve(clf, name):
    """size_standard.yaml gives 农林牧渔业 as the row's short name; the gazetteer accepts it, so must 划型."""
    assert clf.resolve(name) == "农、林、牧、渔业"
    assert clf.classify(name, revenue=50).size == "小型"


def test_construction_uses_revenue_and_assets(clf):
    assert clf.classify("建筑业", employees=1, revenue=7000, assets=6000).size == "中型"
    assert clf.classify("建筑业", revenue=7000, assets=4999).size == "小型"
    assert clf.classify("建筑业", revenue=80000, assets=80000).size == "大型"
    assert clf.classify("建筑业", employees=100000, revenue=299, assets=90000).size == "微型"
    r = clf.classify("建筑业", employees=200, revenue=7000)
    assert r.size is None and r.missing == ["资产总额"]
    assert "资产总额" in r.rule


def test_missing_revenue_is_reported_when_needed(clf):
    r = clf.classify("零售业", employees=50)
    assert r.size is None
    assert r.missing == ["营业收入"]
    assert "营业收入未知" in r.rule
    d = r.to_dict()
    assert d["missing"] == ["营业收入"] and d["size"] is None
    full = clf.classify("零售业", employees=50, revenue=3000).to_dict()
    assert set(full) == {"size", "industry", "rule", "standard"}


def test_other_industries_use_head_count_only(clf):
    assert clf.classify("其他未列明行业", employees=100).size == "中型"
    assert clf.classify("美容院", employees=9).size == "微型"
    assert clf.classify("美容院", employees=10, revenue=1).size == "小型"


@pytest.mark.parametrize("alias, group", [("餐馆", "餐饮业"), ("奶茶店", "餐饮业"), ("民宿", "住宿业"),
                                          ("便利店", "零售业"), ("快递网点", "邮政业"), ("零售", "零售业")])
def test_aliases(clf, alias, group):
    if alias in {a for r in ROWS for a in r.get("aliases", [])}:
        assert group == next(r["name"] for r in ROWS if alias in r.get("aliases", []))
    assert clf.resolve(alias) == group
    assert clf.classify(alias, employees=20, revenue=200).industry == group


def test_letter_shared_by_two_rows_is_ambiguous(clf):
    with pytest.raises(ClassifyError) as exc:
        clf.classify("F", employees=20, revenue=200)
    msg = str(exc.value)
    assert "批发业" in msg and "零售业" in msg
    assert "餐饮业" not in msg  # only the candidates, not the whole table
    assert clf.resolve("C") == "工业"


def test_unknown_industry_lists_the_choices(clf):
    with pytest.raises(ClassifyError) as exc:
        clf.resolve("火星采矿队")
    assert "零售业" in str(exc.value) and "建筑业" in str(exc.value)


@pytest.mark.parametrize("industry", ["金融业", "J", "小额贷款", "村镇银行", "保险代理"])
def test_a_financial_industry_is_told_the_standard_leaves_it_out(clf, industry):
    with pytest.raises(ClassifyError) as exc:
        clf.classify(industry, employees=20, revenue=200)
    assert "金融业企业划型标准规定" in str(exc.value) and "零售业" not in str(exc.value)


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_every_row_classifies_all_four_sizes_from_its_thresholds(clf, row):
    th = row["thresholds"]
    inds = list(th["大型"])
    assert set(inds) == set(row["indicators"])

    def at(size, scale=1.0):
        return {i: th[size][i] * scale for i in inds}

    assert clf.classify(row["name"], **at("大型")).size == "大型"
    assert clf.classify(row["name"], **at("大型", 10)).size == "大型"
    assert clf.classify(row["name"], **at("中型")).size == "中型"
    assert clf.classify(row["name"], **at("小型")).size == "小型"
    for i in inds:  # one indicator just below the bound drops one size; below 小型 is 微型
        just_below = dict(at("大型"), **{i: th["大型"][i] - 0.5})
        assert clf.classify(row["name"], **just_below).size == "中型", i
        micro = dict(at("大型"), **{i: th["小型"][i] - 0.5})
        assert clf.classify(row["name"], **micro).size == "微型", i


@pytest.mark.parametrize("row", [r for r in ROWS if len(r["indicators"]) > 1], ids=lambda r: r["name"])
def test_an_undecided_size_keeps_only_the_sizes_its_known_indicator_allows(clf, row):
    th = row["thresholds"]
    known, other = list(th["大型"])[:2]
    for size, allowed in (("大型", ("大型", "中型", "小型", "微型")), ("中型", ("中型", "小型", "微型")),
                          ("小型", ("小型", "微型"))):
        r = clf.classify(row["name"], **{known: th[size][known]})
        assert r.size is None and r.possible == allowed, size
    # just under the 中型 bound: it cannot be 中型 or 大型, whatever the other indicator says
    assert clf.classify(row["name"], **{known: th["中型"][known] - 0.5}).possible == ("小型", "微型")
    decided = clf.classify(row["name"], **{known: th["中型"][known], other: th["中型"][other]})
    assert decided.possible == (decided.size,) == ("中型",)
    assert "possible" not in decided.to_dict()  # the CLI's JSON stays as documented


def test_classifier_is_driven_by_the_graph(graph):
    g = Graph()
    for t in graph:
        g.add(t)
    g.set((iri("threshold", "零售业-中型-employees"), SME.lowerBound, Literal("60.0", datatype=XSD.decimal)))
    clf = SizeClassifier(MemoryGraphStore(g))
    assert clf.classify("零售业", employees=50, revenue=3000).size == "小型"
    assert clf.classify("零售业", employees=60, revenue=3000).size == "中型"


def test_graph_without_standard_is_refused():
    with pytest.raises(ClassifyError):
        SizeClassifier(MemoryGraphStore(Graph()))
