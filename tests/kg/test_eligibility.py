"""Matching an enterprise profile to policies, checked against the eligibility written in policies.yaml."""

from __future__ import annotations

from datetime import date

import pytest

import advisor.config
import advisor.indexing
import corpus.record_docs
import corpus.records
from kg.eligibility import EligibilityIndex, PolicyMatch, Profile
from kg.gazetteer import shipped_gazetteer
from kg.store import MemoryGraphStore

HANGZHOU_HOTEL = Profile(region="杭州市", industry="H", size="小型")


@pytest.fixture(scope="module")
def kb():
    return corpus.records.shipped_knowledge_base()


@pytest.fixture(scope="module")
def index(kb) -> EligibilityIndex:
    return EligibilityIndex(MemoryGraphStore(advisor.indexing.records_graph(advisor.config.Settings(), kb)[0]))


def _by_id(matches: list[PolicyMatch]) -> dict[str, PolicyMatch]:
    return {m.policy: m for m in matches}


def _current(p) -> bool:
    return p.status != "失效" and not p.superseded_by and not (p.expires and p.expires < date.today().isoformat())


def test_index_holds_every_policy(index, kb):
    assert len(index.policies) == len(kb.policies)


def test_national_sme_policies_match_a_small_hangzhou_hotel(index, kb):
    got = _by_id(index.match(HANGZHOU_HOTEL))
    national_sme = [p for p in kb.policies if _current(p) and p.eligibility.regions == ["全国"]
                    and "小型" in p.eligibility.sizes and "all" in p.eligibility.industries]
    assert len(national_sme) >= 10
    for p in national_sme:
        m = got[p.id]
        assert m.eligible, (p.id, m.unmet)
        assert any(r.startswith("规模符合：小型") for r in m.matched), (p.id, m.matched)
        assert "全国适用" in m.matched
    law = got["pol-cujinfa-2017"]
    assert law.title == "中华人民共和国中小企业促进法" and law.doc_number == "中华人民共和国主席令第七十四号"
    assert "权益保障" in law.support


def test_every_unmet_condition_comes_from_the_records(index, kb):
    """For the hotel profile, a policy is unmet exactly when its YAML eligibility excludes 小型, H or 浙江."""
    got = _by_id(index.match(HANGZHOU_HOTEL))
    for p in kb.policies:
        if not _current(p):
            assert p.id not in got
            continue
        e = p.eligibility
        should_fail = ((e.sizes and "小型" not in e.sizes)
                       or ("all" not in e.industries and "H" not in e.industries)
                       or (e.regions != ["全国"] and "浙江省" not in e.regions))
        assert got[p.id].eligible is (not should_fail), (p.id, got[p.id].unmet)


def test_zhejiang_policy_reaches_hangzhou_through_the_region_hierarchy(index, kb):
    zj = [p for p in kb.policies if p.eligibility.regions == ["浙江省"]]
    assert "pol-zj-szjj-2020" in {p.id for p in zj}
    places = shipped_gazetteer().places
    for p in zj:
        for region in ("杭州市", "浙江省", "义乌市"):  # city, the province itself, a county under 金华市
            m = _by_id(index.match(Profile(region=region, industry="C", size="小型")))[p.id]
            assert m.eligible, (region, m.unmet)
            assert any("地区符合" in r and "浙江省" in r for r in m.matched)
            assert "全国适用" not in m.matched
        assert places["region:义乌市"].province == "浙江省"
        m = _by_id(index.match(Profile(region="北京市", industry="C", size="小型")))[p.id]
        assert not m.eligible
        assert any("地区不符" in u and "北京市" in u for u in m.unmet)


def test_beijing_policy_is_unmet_in_hangzhou_and_met_in_beijing(index):
    hz = _by_id(index.match(HANGZHOU_HOTEL))["pol-bj-sme-2020"]
    assert any("地区不符" in u and "杭州市" in u for u in hz.unmet)
    bj = _by_id(index.match(Profile(region="北京市", industry="H", size="小型")))["pol-bj-sme-2020"]
    assert bj.eligible and any("地区符合" in r for r in bj.matched)


def test_unknown_size_is_reported_not_guessed(index):
    got = _by_id(index.match(Profile(region="杭州市", industry="H")))
    m = got["pol-kuanxiang-2025"]
    assert m.eligible
    assert any("无法从您的信息判断" in u and "企业规模" in u for u in m.unknown)
    assert not any("规模" in r for r in m.matched)


def test_an_undecided_size_is_judged_on_the_sizes_still_possible(index):
    """50 people in 餐饮 with no revenue: 小型 or 微型, so any 中小微 or 小微 condition is met; between 大型 and 中型
    nothing is known about a 小微-only one."""
    small = _by_id(index.match(Profile(region="杭州市", industry="H", possible_sizes=("小型", "微型"))))
    for pid in ("pol-kuanxiang-2025", "pol-xiaowei-rongzi-2024"):
        assert any(r.startswith("规模符合：按已知数字只可能是小型或微型") for r in small[pid].matched), pid
        assert not any("请提供行业、员工数和营业收入" in u for u in small[pid].unknown), pid
    wide = _by_id(index.match(Profile(region="杭州市", industry="H", possible_sizes=("中型", "小型", "微型"))))
    assert any("规模" in r for r in wide["pol-kuanxiang-2025"].matched)  # 中小微
    assert any("请提供行业、员工数和营业收入" in u for u in wide["pol-xiaowei-rongzi-2024"].unknown)  # 小微 only
    big = _by_id(index.match(Profile(region="杭州市", industry="H", possible_sizes=("大型",))))
    assert any(u.startswith("规模不符：按已知数字只可能是大型") for u in big["pol-xiaowei-rongzi-2024"].unmet)


def test_unknown_region_asks_for_the_province(index):
    m = _by_id(index.match(Profile(size="小型")))["pol-zj-szjj-2020"]
    assert m.eligible and any("请告诉我所在省市" in u for u in m.unknown)
    m = _by_id(index.match(Profile(region="火星市", size="小型")))["pol-zj-szjj-2020"]
    assert any("无法从您的信息判断" in u for u in m.unknown)


def test_large_company_fails_sme_only_policies(index, kb):
    got = _by_id(index.match(Profile(region="杭州市", industry="H", size="大型")))
    restricted = [p for p in kb.policies if _current(p) and p.eligibility.sizes and "大型" not in p.eligibility.sizes]
    assert len(restricted) >= 10
    for p in restricted:
        m = got[p.id]
        assert not m.eligible
        assert any(u.startswith("规模不符：您是大型") for u in m.unmet), (p.id, m.unmet)
    # policies with no size condition still apply to a large company
    assert got["pol-qysds-shishi"].eligible
    assert got["pol-pipl-2021"].eligible


def test_medium_company_fails_small_and_micro_only_policy(index):
    m = _by_id(index.match(Profile(region="杭州市", industry="H", size="中型")))["pol-xiaowei-rongzi-2024"]
    assert not m.eligible and any("规模不符" in u for u in m.unmet)


def test_industry_condition(index):
    hotel = _by_id(index.match(HANGZHOU_HOTEL))["pol-szh-chengshi-2023"]
    assert any("行业不在范围内" in u and "制造业" in u for u in hotel.unmet)
    factory = _by_id(index.match(Profile(region="杭州市", industry="C", size="小型")))["pol-szh-chengshi-2023"]
    assert factory.eligible and any("行业符合" in r for r in factory.matched)


def test_expired_and_superseded_policies_are_excluded_by_default(index, kb):
    old = {p.id for p in kb.policies if not _current(p)}
    assert {"pol-kuanxiang-2020", "pol-tax-xiaowei-2023-06", "pol-vat-xgm-2023-19"} <= old
    default = _by_id(index.match(HANGZHOU_HOTEL))
    assert not old & set(default)
    everything = _by_id(index.match(HANGZHOU_HOTEL, include_expired=True))
    assert old <= set(everything)
    assert len(everything) == len(kb.policies)
    m = everything["pol-kuanxiang-2020"]
    assert not m.current and m.status == "失效" and m.replaced_by == "pol-kuanxiang-2025"
    assert all(x.current for x in default.values())


def test_a_policy_past_its_end_date_is_not_current(index, kb):
    lapsed = {p.id for p in kb.policies if p.expires and p.expires < date.today().isoformat() and p.status != "失效"}
    assert {"pol-sme-14th-2021", "pol-szjj-14th-2021", "pol-zjtx-caizheng-2021"} <= lapsed  # periods ended 2025
    assert not lapsed & set(_by_id(index.match(HANGZHOU_HOTEL)))
    assert PolicyMatch("p", "t", "有效", None, expires="2099-12-31").current
    assert not PolicyMatch("p", "t", "有效", None, expires="2025-12-31").current
    assert PolicyMatch("p", "t", "unknown", None).current


def test_shared_needs_are_named(index):
    m = _by_id(index.match(Profile(region="杭州市", size="小型", needs=["账款拖欠"])))["pol-kuanxiang-2025"]
    assert "对应您的需求：账款拖欠" in m.matched
    other = _by_id(index.match(Profile(region="杭州市", size="小型", needs=["账款拖欠"])))["pol-szh-zhinan-2022"]
    assert not any(r.startswith("对应您的需求") for r in other.matched)


def test_results_are_sorted_eligible_first(index):
    matches = index.match(HANGZHOU_HOTEL)
    unmet_counts = [len(m.unmet) for m in matches]
    assert unmet_counts == sorted(unmet_counts)
    assert matches[0].eligible and not matches[-1].eligible
