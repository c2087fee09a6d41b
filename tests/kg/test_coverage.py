"""Policy coverage by industry × province, gaps, expiring policies and superseded ones still cited, with the
expected counts recomputed straight from policies.yaml."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date

import pytest

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
import kg.build
from corpus.documents import DocMeta, Document
from corpus.records import has_lapsed
from kg.coverage import CoverageReport, coverage
from kg.gazetteer import shipped_gazetteer
from kg.store import MemoryGraphStore

TODAY = date(2027, 6, 1)  # before 2027-12-31, when 财政部 税务总局公告2023年第12号 expires


def _store(kb, extra_docs=()) -> MemoryGraphStore:
    return MemoryGraphStore(advisor.indexing.records_graph(advisor.config.Settings(), kb, extra_docs)[0])


@pytest.fixture(scope="module")
def kb():
    return corpus.records.shipped_knowledge_base()


@pytest.fixture(scope="module")
def store(kb) -> MemoryGraphStore:
    return _store(kb)


@pytest.fixture(scope="module")
def report(store) -> CoverageReport:
    return coverage(store, within_days=365, today=TODAY)


def _province(name: str) -> str:
    return shipped_gazetteer().places[f"region:{name}"].province


def expected_count(kb, industry: str, province: str, support: str | None = None, size: str | None = None) -> int:
    """Current policies covering one cell on TODAY, straight from the records."""
    n = 0
    for p in kb.policies:
        e = p.eligibility
        if p.status == "失效" or p.superseded_by or has_lapsed(p.expires, TODAY):
            continue
        if "all" not in e.industries and industry not in e.industries:
            continue
        regions = [r for r in e.regions if r != "全国"]
        if regions and province not in {_province(r) for r in regions}:
            continue
        if support and support not in p.support:
            continue
        if size and e.sizes and size not in e.sizes:
            continue
        n += 1
    return n


def test_axes(report, kb):
    assert len(report.provinces) == 34 and "浙江省" in report.provinces and "香港特别行政区" in report.provinces
    assert [c for c, _ in report.industries] == [i["code"] for i in sorted(kb.taxonomy["industries"], key=lambda x: x["code"])]
    assert report.sizes == ["大型", "中型", "小型", "微型"]
    assert "政府采购" in report.supports and "税费减免" in report.supports


@pytest.mark.parametrize("industry, province", [("C", "浙江省"), ("H", "浙江省"), ("H", "北京市"), ("H", "广东省"),
                                                ("C", "上海市"), ("A", "西藏自治区")])
def test_counts_by_industry_and_province(report, kb, industry, province):
    assert report.matrix()[(industry, province)] == expected_count(kb, industry, province)


def test_matrix_is_complete_and_regional_policies_add_up(report, kb):
    m = report.matrix()
    assert len(m) == 20 * 34
    assert m[("H", "北京市")] == m[("H", "广东省")] + 2  # 北京 has two local laws on top of the national ones
    assert m[("C", "浙江省")] == m[("H", "浙江省")] + 1  # the 制造业-only 数字化转型城市试点 policy
    for (ind, prov), n in list(m.items())[::37]:
        assert n == expected_count(kb, ind, prov), (ind, prov)


def test_support_filter_narrows_counts(report, kb):
    full, gp = report.matrix(), report.matrix(support="政府采购")
    assert all(gp[k] <= full[k] for k in full)
    assert gp[("H", "北京市")] == expected_count(kb, "H", "北京市", support="政府采购") == 2
    assert gp[("H", "广东省")] == expected_count(kb, "H", "广东省", support="政府采购") == 1


def test_size_filter_narrows_counts(report, kb):
    full, big = report.matrix(), report.matrix(size="大型")
    assert all(big[k] <= full[k] for k in full)
    assert big[("H", "浙江省")] < full[("H", "浙江省")]
    assert big[("H", "浙江省")] == expected_count(kb, "H", "浙江省", size="大型")
    small = report.matrix(size="小型")
    assert small[("H", "浙江省")] == expected_count(kb, "H", "浙江省", size="小型")


def test_no_gaps_overall_but_gaps_for_a_combination_nobody_covers(report, kb):
    assert report.gaps() == []
    gaps = report.gaps(support="政府采购", size="大型")  # public procurement preferences are for SMEs only
    assert len(gaps) == 20 * 34
    assert all(expected_count(kb, i, p, "政府采购", "大型") == 0 for i, p in gaps[::50])


def test_gaps_where_only_regional_policies_exist(kb):
    regional = [p for p in kb.policies if p.eligibility.regions != ["全国"]]
    assert {p.id for p in regional} >= {"pol-zj-szjj-2020", "pol-bj-sme-2020"}
    rep = coverage(MemoryGraphStore(kg.build.build_graph(dataclasses.replace(kb, policies=regional), [], [])[0]),
                   today=TODAY)
    covered = {_province(r) for p in regional if p.status != "失效" for r in p.eligibility.regions}
    assert covered == {"北京市", "上海市", "浙江省"}
    gaps = set(rep.gaps())
    assert len(gaps) == 20 * (34 - len(covered))
    assert ("H", "广东省") in gaps and ("H", "浙江省") not in gaps and ("A", "北京市") not in gaps
    assert rep.matrix()[("H", "北京市")] == 2
    # 政府采购 only comes from the 北京 law here
    assert set(rep.gaps(support="政府采购")) == {(i, p) for i, _ in rep.industries for p in rep.provinces if p != "北京市"}


def test_expiring_within_days(store, kb):
    rep = coverage(store, within_days=365, today=TODAY)
    assert [e["policy"] for e in rep.expiring] == sorted(p.id for p in kb.policies if p.status != "失效" and p.expires
                                                         and "2027-06-01" <= p.expires <= "2028-05-31")
    assert {"pol-tax-xiaowei-2023-12", "pol-szh-funeng-2025"} <= {e["policy"] for e in rep.expiring}
    e = next(x for x in rep.expiring if x["policy"] == "pol-tax-xiaowei-2023-12")
    assert e["expires"] == "2027-12-31" and e["days_left"] == (date(2027, 12, 31) - TODAY).days == 213
    # 公告2023年第19号 also says 2027-12-31 but is already 失效: not listed
    assert kb.policy("pol-vat-xgm-2023-19").expires == "2027-12-31"
    assert coverage(store, within_days=212, today=TODAY).expiring == []
    assert {x["days_left"] for x in coverage(store, within_days=0, today=date(2027, 12, 31)).expiring} == {0}
    assert coverage(store, within_days=365, today=date(2028, 1, 1)).expiring == []


def test_a_policy_past_its_end_date_is_listed_as_lapsed_and_covers_nothing(store):
    before, after = coverage(store, today=date(2025, 6, 1)), coverage(store, today=TODAY)
    lapsed = {e["policy"] for e in after.lapsed}
    assert {"pol-sme-14th-2021", "pol-szjj-14th-2021", "pol-zjtx-caizheng-2021"} <= lapsed
    assert not {e["policy"] for e in before.lapsed} & lapsed  # in 2025 their periods had not ended
    counted = lambda rep: {p for pols in rep.cells.values() for p in pols}  # noqa: E731
    assert lapsed <= counted(before) and not lapsed & counted(after)
    assert "## 已过有效期" in after.render("md") and "十四五" in after.render("md").split("## 已过有效期")[1]


def test_render_md(report):
    md = report.render("md")
    assert md.startswith("# 政策覆盖 Coverage")
    assert "| H | 住宿和餐饮业 |" in md
    assert "2027-12-31，剩 213 天" in md
    assert "缺口（行业×省份无现行政策）: 0 个" in md
    filtered = report.render("md", support="政府采购", size="大型")
    assert "支持方式=政府采购，规模=大型" in filtered and f"缺口（行业×省份无现行政策）: {20 * 34} 个" in filtered


def test_render_csv(report, kb):
    rows = list(csv.DictReader(io.StringIO(report.render("csv"))))
    assert report.render("csv").splitlines()[0] == "industry,industry_label,province,policies"
    assert len(rows) == 20 * 34
    row = next(r for r in rows if r["industry"] == "H" and r["province"] == "北京市")
    assert row["industry_label"] == "住宿和餐饮业"
    assert int(row["policies"]) == expected_count(kb, "H", "北京市")
    gp = list(csv.DictReader(io.StringIO(report.render("csv", support="政府采购"))))
    assert int(next(r for r in gp if r["industry"] == "H" and r["province"] == "广东省")["policies"]) == 1


def test_render_json(report):
    data = json.loads(report.render("json", support="政府采购"))
    assert set(data) == {"filter", "cells", "gaps", "expiring", "lapsed", "superseded_still_mentioned"}
    assert data["filter"] == {"support": "政府采购", "size": None}
    assert len(data["cells"]) == 20 * 34
    assert set(data["cells"][0]) == {"industry", "industry_label", "province", "policies"}
    assert "pol-tax-xiaowei-2023-12" in [e["policy"] for e in data["expiring"]]
    assert "pol-zjtx-caizheng-2024" in [e["policy"] for e in data["lapsed"]]  # its 2024—2026 period is over
    assert data["superseded_still_mentioned"] == []


def test_render_rejects_unknown_format(report):
    with pytest.raises(ValueError):
        report.render("xlsx")


def _notice(doc_id: str, title: str, text: str) -> Document:
    return Document(doc_id, text, DocMeta(title=title, issuer="某市工业和信息化局", kind="地方规范性文件"))


def test_superseded_policy_mentioned_by_an_ingested_document_is_reported(kb):
    old = kb.policy("pol-kuanxiang-2020")
    assert old.status == "失效" and old.doc_number == "中华人民共和国国务院令第728号"
    cites_old = _notice("doc-test-old-citation", "某市关于清理拖欠中小企业账款的通知",
                        "各有关单位：\n根据《保障中小企业款项支付条例》（中华人民共和国国务院令第728号），"
                        "机关、事业单位应当自货物交付之日起30日内支付款项。\n")
    cites_new = _notice("doc-test-new-citation", "某市关于落实款项支付条例的通知",
                        "依据《保障中小企业款项支付条例》（中华人民共和国国务院令第802号），大型企业应在60日内付款。\n")
    rep = coverage(_store(kb, [cites_old, cites_new]), today=TODAY)
    assert rep.superseded_mentions == [{"policy": "pol-kuanxiang-2020", "title": "保障中小企业款项支付条例",
                                        "doc_number": "中华人民共和国国务院令第728号",
                                        "mentioned_in": "某市关于清理拖欠中小企业账款的通知"}]
    md = rep.render("md")
    assert "保障中小企业款项支付条例（中华人民共和国国务院令第728号）被《某市关于清理拖欠中小企业账款的通知》引用" in md
    assert json.loads(rep.render("json"))["superseded_still_mentioned"][0]["policy"] == "pol-kuanxiang-2020"


def test_records_alone_mention_no_superseded_policy(report):
    assert report.superseded_mentions == []


def test_local_only_leaves_national_policies_out(kb, report):
    """Only policies with a region condition count; provinces without one are gaps for every industry."""
    local = {}
    for p in kb.policies:
        regions = [r for r in p.eligibility.regions if r != "全国"]
        if regions and p.status != "失效" and not p.superseded_by:
            for r in regions:
                local.setdefault(_province(r), set()).add(p.id)
    matrix = report.matrix(local_only=True)
    for (_code, prov), n in matrix.items():
        assert n == len(local.get(prov, set())), prov
    gaps = report.gaps(local_only=True)
    assert len(gaps) == len(report.industries) * (len(report.provinces) - len(local))
    assert not report.gaps()  # national policies reach every cell
    assert '"local_only": true' in report.render("json", local_only=True)
