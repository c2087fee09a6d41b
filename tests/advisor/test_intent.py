"""'我是…，有什么补贴' questions: detected only with something known about the asker; rebuilt from the profile."""

from __future__ import annotations

import pytest

from advisor.intent import asks_outcome, asks_what_applies, profile_query, uncovered_purpose
from advisor.profile import EnterpriseProfile, extract_profile
from kg.extract import shipped_extractor


def prof_of(question: str) -> EnterpriseProfile:
    return extract_profile(question, shipped_extractor())


@pytest.mark.parametrize("question", ["我在杭州开了家20人的奶茶店，有什么补贴？", "我开了个小饭馆，国家有啥扶持政策",
                                      "做服装加工的小厂能享受哪些优惠",
                                      "我在东莞开了个20人的五金厂，想上个系统管生产，有没有补贴",
                                      "苏州做注塑的小厂，国家有没有什么扶持",
                                      "湖南做物流的小公司，三十来辆车，国家给不给补贴？",
                                      "北京顺义做配件的小厂，市里能给点补贴吗",
                                      "贵州安顺开民宿的，十来个员工，想把订房弄成数字化的，有补贴能申请不？",
                                      "开奶茶店的，有补贴吗",
                                      "浙江安吉开农家乐，十来个人，想搞线上预订和会员，数字化这块有钱补不？",
                                      "武汉做少儿编程培训的，三十来人，国家推人工智能这块我们能沾上光不？",
                                      "温州鞋厂老板，不知道从哪下手，国家有没有免费帮企业摸摸底的东西？"])
def test_what_applies_to_me(question):
    assert asks_what_applies(question, prof_of(question))


@pytest.mark.parametrize("question", [
    "有什么补贴",  # nothing known about the asker to match on
    "小微企业招应届毕业生有没有社保补贴可以领",  # asks about one named benefit
    "上海那部促进中小企业的条例里有没有房租补贴",
    "做外贸的小厂，有没有政策规定必须开发票",  # asks about a rule, not support
    "我在杭州开了家奶茶店，老顾客来一次就不来了",  # not asking for support
    "我是做高空作业车租赁的，把设备使用记录上链到底有啥好处？",  # what doing a thing brings
])
def test_not_what_applies(question):
    assert not asks_what_applies(question, prof_of(question))


def test_profile_query_names_trade_size_and_support():
    prof = EnterpriseProfile(industry="H", industry_label="住宿和餐饮业", size_group="餐饮业", size="小型")
    assert profile_query(prof, frozenset({"税费减免"})) == "餐饮业小型企业可以享受哪些税费优惠政策"
    assert profile_query(EnterpriseProfile(industry_label="制造业")) == "制造业小微企业可以享受哪些补贴和扶持政策"
    # what the support is for, when the question says it is for going digital
    assert profile_query(prof, frozenset(), "想搞线上预订和会员，数字化这块有钱补不") == \
        "餐饮业小型企业数字化转型可以享受哪些补贴和扶持政策"




@pytest.mark.parametrize("question, asks", [("开饭馆的，想用扫码点餐，有没有人这么干过，效果咋样", True),
                                            ("同行把设备记录上链了，管不管用", True), ("那个条例现在还管用吗", False),
                                            ("有没有人这么干过", False)])
def test_how_a_peer_fared_is_asked_but_not_whether_a_rule_is_in_force(question, asks):
    assert asks_outcome(question) is asks


@pytest.mark.parametrize("question, texts, thing", [
    ("合作社想在地头盖个冷库，能申请啥补助", ["中央财政支持入选城市开展数字化改造。"], "冷库"),
    ("厂里想换一批新设备，有补贴吗", ["支持设备更新和技术改造。"], None),
    ("想上个ERP，国家有补贴吗", ["由城市组织服务商为中小企业做数字化改造。"], None),
    ("我们想建厂房，有补贴吗", ["支持设备更新和技术改造。"], "厂房"),
    ("我在杭州开了家20人的奶茶店，有什么补贴", ["支持小微企业。"], None),
    # (not a thing made of the asking words or of 上云: "云有没", "云费用")
    ("浙江企业上云有没有补贴？按上云费用的百分之几补", ["支持小微企业。"], None),
    ("想在厂里装个光伏有没有补贴", ["支持小微企业。"], "光伏")])
def test_a_purpose_no_cited_record_names(question, texts, thing):
    assert uncovered_purpose(question, texts) == thing


def test_support_asked_as_what_policy_brings():
    assert asks_what_applies("我是开奶茶店的小微企业，国家政策上有啥好处", prof_of("我是开奶茶店的小微企业，国家政策上有啥好处"))
