"""corpus.records and corpus.record_docs: the shipped knowledge base is complete and consistent."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from corpus.metadata import find_doc_numbers
from corpus.record_docs import record_documents
from corpus.records import (
    PAPER_AUTHORS,
    PAPER_TITLE,
    KnowledgeBase,
    RecordError,
    load_knowledge_base,
    shipped_knowledge_base,
)
from tests.conftest import shared_path

SEED_AUTHORS = ["赵亮员", "吕鹏", "薛品", "李振华"]
STATUSES = {"有效", "失效", "unknown"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def _iso(value: str) -> bool:
    """An ISO 8601 calendar date of year, month or day precision that really exists."""
    for fmt, pattern in (("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y", r"\d{4}")):
        if re.fullmatch(pattern, value):
            try:
                dt.datetime.strptime(value, fmt)
            except ValueError:
                return False
            return 1949 <= int(value[:4]) <= 2100
    return False


def _labels(kb: KnowledgeBase, key: str) -> set[str]:
    return {item["label"] for item in kb.taxonomy[key]}


# --- sizes of the shipped data -------------------------------------------------------------------------


def test_knowledge_base_loads_and_is_cached(kb: KnowledgeBase) -> None:
    assert shipped_knowledge_base() is shipped_knowledge_base()
    assert [p.id for p in shipped_knowledge_base().policies] == [p.id for p in kb.policies]


def test_policy_count(kb: KnowledgeBase) -> None:
    assert len(kb.policies) >= 20


def test_case_count(kb: KnowledgeBase) -> None:
    assert len(kb.cases) >= 20


def test_saas_category_count(kb: KnowledgeBase) -> None:
    assert len(kb.saas) >= 20


def test_size_standard_has_sixteen_industries(kb: KnowledgeBase) -> None:
    assert len(kb.size_standard["industries"]) == 16


def test_record_ids_are_unique_across_all_files(kb: KnowledgeBase) -> None:
    ids = [r.id for r in [*kb.policies, *kb.cases, *kb.statistics, *kb.saas]]
    assert len(ids) == len(set(ids))  # record_docs uses them as doc ids


# --- policies ----------------------------------------------------------------------------------------


def test_every_policy_has_title_and_issuer(kb: KnowledgeBase) -> None:
    bad = [
        p.id
        for p in kb.policies
        if not p.title.strip() or not p.issuer or not all(str(i).strip() for i in p.issuer)
    ]
    assert bad == []


def test_every_policy_has_an_iso_issue_date(kb: KnowledgeBase) -> None:
    bad = {p.id: p.issued for p in kb.policies if not _iso(p.issued)}
    assert bad == {}, f"policies without an ISO issued date: {bad}"


def test_optional_policy_dates_are_iso_and_ordered(kb: KnowledgeBase) -> None:
    bad = {}
    for p in kb.policies:
        for field in ("effective", "expires"):
            value = getattr(p, field)
            if value and not _iso(value):
                bad[f"{p.id}.{field}"] = value
        if p.effective and p.expires and p.expires < p.effective:
            bad[f"{p.id}.expires<effective"] = (p.effective, p.expires)
    assert bad == {}


def test_every_policy_has_a_source(kb: KnowledgeBase) -> None:
    bad = [p.id for p in kb.policies if not p.source_label.strip()]
    assert bad == []
    bad_urls = [p.id for p in kb.policies if p.source_url and not re.match(r"https?://\S+$", p.source_url)]
    assert bad_urls == []


def test_every_policy_has_a_valid_status_and_as_of(kb: KnowledgeBase) -> None:
    assert {p.id: p.status for p in kb.policies if p.status not in STATUSES} == {}
    assert {
        p.id: p.as_of
        for p in kb.policies
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.as_of or "") or not _iso(p.as_of)
    } == {}


def test_superseded_policies_point_to_an_existing_newer_policy(kb: KnowledgeBase) -> None:
    superseded = [p for p in kb.policies if p.superseded_by]
    assert superseded, "the knowledge base should model at least one replaced policy"
    for p in superseded:
        target = kb.policy(p.superseded_by)
        assert target is not None, f"{p.id} -> {p.superseded_by} does not exist"
        assert target.id != p.id
        assert p.status == "失效", f"{p.id} is superseded but has status {p.status}"
        n = min(len(p.issued), len(target.issued))
        assert target.issued[:n] >= p.issued[:n], f"{p.id} is replaced by an older policy {target.id}"


def test_supersession_chains_end(kb: KnowledgeBase) -> None:
    for p in kb.policies:
        seen = {p.id}
        cur = p
        while cur.superseded_by:
            nxt = kb.policy(cur.superseded_by)
            assert nxt is not None and nxt.id not in seen, f"cycle or dangling link from {p.id}"
            seen.add(nxt.id)
            cur = nxt


def test_replaced_2020_payment_regulation_is_not_current(kb: KnowledgeBase) -> None:
    # ../shared/README.md: the 2020 保障中小企业款项支付条例 (国务院令第728号)
    # was replaced by the 2025 revision (第802号).
    old = [p for p in kb.policies if p.doc_number == "中华人民共和国国务院令第728号"]
    new = [p for p in kb.policies if p.doc_number == "中华人民共和国国务院令第802号"]
    assert len(old) == 1 and len(new) == 1
    assert old[0].status == "失效" and old[0].superseded_by == new[0].id
    assert new[0].status == "有效"


def test_policy_doc_numbers_are_recognised_by_the_detector(kb: KnowledgeBase) -> None:
    for p in kb.policies:
        if not p.doc_number:
            continue
        found = find_doc_numbers(p.doc_number)
        assert len(found) == 1, (p.id, p.doc_number, found)
        assert re.sub(r"\s", "", found[0][2]) == re.sub(r"\s", "", p.doc_number), p.id


def test_policies_agree_with_shared_official_texts(kb: KnowledgeBase) -> None:
    """Where a policy's 文号 is one of ../shared/policies, the official text's title must match."""
    index = shared_path("policies", "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    header = index[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=False)) for line in index[1:] if line.strip()]
    by_number = {r["doc_number"]: r for r in rows if r.get("doc_number")}
    matched = 0
    for p in kb.policies:
        row = by_number.get(p.doc_number)
        if row is None:
            continue
        matched += 1
        assert p.title in row["title"] or row["title"] in p.title, (p.id, p.title, row["title"])
    assert matched >= 5


# --- taxonomy labels ------------------------------------------------------------------------------------


def test_every_label_exists_in_the_taxonomy(kb: KnowledgeBase) -> None:
    support, needs, techs = _labels(kb, "support_types"), _labels(kb, "needs"), _labels(kb, "technologies")
    stages = _labels(kb, "digital_stages")
    industries = {item["code"] for item in kb.taxonomy["industries"]}
    sizes = set(kb.taxonomy["sizes"])
    problems: list[str] = []

    def check(owner: str, field: str, values: list[str], allowed: set[str]) -> None:
        problems.extend(f"{owner}.{field}: {v}" for v in values if v not in allowed)

    for p in kb.policies:
        check(p.id, "support", p.support, support)
        check(p.id, "needs", p.needs, needs)
        check(p.id, "technologies", p.technologies, techs)
        check(p.id, "eligibility.industries", p.eligibility.industries, industries | {"all"})
        check(p.id, "eligibility.sizes", p.eligibility.sizes, sizes)
    for c in kb.cases:
        check(c.id, "needs", c.needs, needs)
        check(c.id, "technologies", c.technologies, techs)
        check(c.id, "industry", [c.industry], industries)
        check(c.id, "digital_stage", [c.digital_stage] if c.digital_stage else [], stages)
        check(c.id, "saas_categories", c.saas_categories, {s.id for s in kb.saas})
    for s in kb.saas:
        check(s.id, "needs", s.needs, needs)
        check(s.id, "technologies", s.technologies, techs)
        check(s.id, "stages", s.stages, stages)
        check(s.id, "industries", s.industries, industries | {"all"})
        check(s.id, "example_cases", s.example_cases, {c.id for c in kb.cases})
    assert problems == []


def test_taxonomy_uses_the_20_gbt4754_2017_sections(kb: KnowledgeBase) -> None:
    codes = [item["code"] for item in kb.taxonomy["industries"]]
    assert codes == list("ABCDEFGHIJKLMNOPQRST")  # GB/T 4754-2017 门类 A (农、林、牧、渔业) .. T (国际组织)
    assert len({item["label"] for item in kb.taxonomy["industries"]}) == 20
    assert kb.taxonomy["sizes"] == ["大型", "中型", "小型", "微型"]


# --- cases and statistics cite the seed paper ---------------------------------------------------------


def test_paper_constants() -> None:
    assert list(PAPER_AUTHORS) == SEED_AUTHORS
    assert "数实融合" in PAPER_TITLE and PAPER_TITLE.startswith("以小")


def test_every_case_cites_the_seed_paper(kb: KnowledgeBase) -> None:
    bad = [
        c.id
        for c in kb.cases
        if c.source.get("title") != PAPER_TITLE or list(c.source.get("authors") or []) != SEED_AUTHORS
    ]
    assert bad == []


def test_every_statistic_cites_the_seed_paper(kb: KnowledgeBase) -> None:
    bad = [
        s.id
        for s in kb.statistics
        if s.source.get("title") != PAPER_TITLE or list(s.source.get("authors") or []) != SEED_AUTHORS
    ]
    assert bad == []


def test_cases_have_problem_solution_outcome(kb: KnowledgeBase) -> None:
    bad = [
        c.id
        for c in kb.cases
        if not (c.title.strip() and c.problem.strip() and c.solution.strip() and c.outcome.strip())
    ]
    assert bad == []


def test_saas_categories_say_what_they_solve(kb: KnowledgeBase) -> None:
    assert [s.id for s in kb.saas if not (s.name.strip() and s.solves.strip())] == []
    names = [s.name for s in kb.saas]
    assert len(names) == len(set(names))


# --- regions ----------------------------------------------------------------------------------------------


def test_regions_have_34_provincial_divisions(kb: KnowledgeBase) -> None:
    provinces = kb.regions["provinces"]
    assert len(provinces) == 34
    kinds = [p["type"] for p in provinces]
    assert (kinds.count("省"), kinds.count("自治区"), kinds.count("直辖市"), kinds.count("特别行政区")) == (
        23,
        5,
        4,
        2,
    )
    names = [p["name"] for p in provinces]
    assert len(set(names)) == 34
    for must in ("北京市", "广东省", "广西壮族自治区", "新疆维吾尔自治区", "香港特别行政区", "台湾省"):
        assert must in names
    codes = [p["adcode"] for p in provinces]
    assert len(set(codes)) == 34 and all(re.fullmatch(r"\d{2}0000", c) for c in codes)


def test_municipalities_have_no_prefecture_cities(kb: KnowledgeBase) -> None:
    for p in kb.regions["provinces"]:
        if p["type"] == "直辖市":
            assert p["cities"] == [], p["name"]


def test_prefecture_level_count(kb: KnowledgeBase) -> None:
    # 333 地级行政区 since 莱芜市 merged into 济南 (2019): 293 地级市, 7 地区, 30 自治州, 3 盟.
    assert sum(len(p["cities"]) for p in kb.regions["provinces"]) == 333


# --- size standard (工信部联企业〔2011〕300号) -----------------------------------------------------------


def test_size_standard_rows_are_well_formed(kb: KnowledgeBase) -> None:
    std = kb.size_standard
    assert std["standard"]["doc_number"] == "工信部联企业〔2011〕300号"
    for row in std["industries"]:
        ind = row["indicators"]
        assert set(row["thresholds"]) == {"大型", "中型", "小型"}, row["name"]
        for size in ("大型", "中型", "小型"):
            assert set(row["thresholds"][size]) == set(ind), (row["name"], size)
        for key in ind:
            big, mid, small = (row["thresholds"][s][key] for s in ("大型", "中型", "小型"))
            assert big > mid > small > 0, (row["name"], key)


@pytest.mark.parametrize(
    ("name", "middle", "small"),
    [
        # lower bounds from the 2011 规定: 中型 and 小型 (从业人员 X 人, 营业收入 Y 万元, 资产总额 Z 万元)
        ("工业", {"employees": 300, "revenue": 2000}, {"employees": 20, "revenue": 300}),
        ("零售业", {"employees": 50, "revenue": 500}, {"employees": 10, "revenue": 100}),
        ("建筑业", {"revenue": 6000, "assets": 5000}, {"revenue": 300, "assets": 300}),
        ("软件和信息技术服务业", {"employees": 100, "revenue": 1000}, {"employees": 10, "revenue": 50}),
        ("农、林、牧、渔业", {"revenue": 500}, {"revenue": 50}),
        ("其他未列明行业", {"employees": 100}, {"employees": 10}),
    ],
)
def test_size_standard_spot_checks(
    kb: KnowledgeBase, name: str, middle: dict[str, int], small: dict[str, int]
) -> None:
    row = next(r for r in kb.size_standard["industries"] if r["name"] == name)
    assert row["thresholds"]["中型"] == middle
    assert row["thresholds"]["小型"] == small


# --- loader errors -------------------------------------------------------------------------------------


def _write(folder: Path, name: str, data: object) -> None:
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


MINIMAL_POLICY = {
    "id": "pol-x",
    "title": "测试办法",
    "issuer": "测试局",
    "status": "有效",
    "as_of": "2026-01-01",
    "source": {"name": "测试"},
    "issued": "2025-01-01",
}


def test_minimal_folder_loads_and_scalar_issuer_becomes_a_list(tmp_path: Path) -> None:
    _write(tmp_path, "policies.yaml", [MINIMAL_POLICY])
    kb = load_knowledge_base(tmp_path)
    assert kb.policies[0].issuer == ["测试局"]
    assert kb.policies[0].eligibility.regions == ["全国"]
    assert kb.cases == [] and kb.saas == [] and kb.taxonomy == {}


def test_unknown_field_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "policies.yaml", [{**MINIMAL_POLICY, "titel": "拼错的字段"}])
    with pytest.raises(RecordError, match="titel"):
        load_knowledge_base(tmp_path)


def test_duplicate_ids_are_named(tmp_path: Path) -> None:
    _write(tmp_path, "policies.yaml", [MINIMAL_POLICY, MINIMAL_POLICY])
    with pytest.raises(RecordError, match="pol-x"):
        load_knowledge_base(tmp_path)


def test_missing_required_field_is_named(tmp_path: Path) -> None:
    data = {k: v for k, v in MINIMAL_POLICY.items() if k != "title"}
    _write(tmp_path, "policies.yaml", [data])
    with pytest.raises(RecordError, match="title"):
        load_knowledge_base(tmp_path)


def test_invalid_yaml_is_reported(tmp_path: Path) -> None:
    (tmp_path / "cases.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(RecordError, match="cases.yaml"):
        load_knowledge_base(tmp_path)


def test_yaml_dates_become_strings(tmp_path: Path) -> None:
    (tmp_path / "policies.yaml").write_text(
        "- id: pol-d\n  title: 日期测试\n  issuer: [测试局]\n  status: unknown\n  as_of: 2026-01-01\n"
        "  issued: 2024-12-12\n  source: {name: 测试}\n",
        encoding="utf-8",
    )
    p = load_knowledge_base(tmp_path).policies[0]
    assert p.issued == "2024-12-12" and p.as_of == "2026-01-01"


# --- record documents -------------------------------------------------------------------------------


def test_every_record_renders_to_a_document_with_its_title(kb: KnowledgeBase) -> None:
    docs = {d.doc_id: d for d in record_documents(kb)}
    assert len(docs) == len(kb.policies) + len(kb.cases) + len(kb.statistics) + len(kb.saas)
    for p in kb.policies:
        d = docs[p.id]
        assert p.title in d.text and d.meta.title == p.title
        assert d.meta.status == p.status and d.meta.date == p.issued and d.meta.doc_number == p.doc_number
        assert d.meta.kind == "政策" and d.origin == "record" and d.path == ""
        assert f"状态：{p.status}" in d.text
    for c in kb.cases:
        d = docs[c.id]
        assert c.title in d.text and d.meta.title == c.title
        assert PAPER_TITLE in d.meta.source and all(a in d.meta.source for a in SEED_AUTHORS)
    for s in kb.statistics:
        assert s.topic in docs[s.id].text and s.statement in docs[s.id].text
    for s in kb.saas:
        assert s.name in docs[s.id].text and s.solves in docs[s.id].text


def test_policy_document_spells_out_eligibility(kb: KnowledgeBase) -> None:
    docs = {d.doc_id: d for d in record_documents(kb)}
    labels = {i["code"]: i["label"] for i in kb.taxonomy["industries"]}
    for p in kb.policies:
        text = docs[p.id].text
        if p.eligibility.sizes:
            assert "、".join(p.eligibility.sizes) in text
        if "all" in p.eligibility.industries or not p.eligibility.industries:
            assert "不限行业" in text
        else:
            assert all(labels[c] in text for c in p.eligibility.industries)
        if p.superseded_by:
            assert "状态：失效" in text


def test_a_record_gives_way_when_lapsed_replaced_or_carried_on():
    kb = shipped_knowledge_base()
    assert kb.policy("pol-zjtx-caizheng-2021").gives_way  # carried on by the 2024 round
    assert kb.policy("pol-kuanxiang-2020").gives_way  # replaced by the 2025 条例
    assert not kb.policy("pol-zjtx-caizheng-2024").gives_way
