"""'我是…，有什么补贴' questions: detected only with something known about the asker; rebuilt from the profile."""

from __future__ import annotations

import pytest

from advisor.intent import asks_what_applies, missing_details, profile_query
from advisor.profile import EnterpriseProfile, extract_profile
from kg.extract import shipped_extractor


def prof_of(question: str) -> EnterpriseProfile:
    return extract_profile(question, shipped_extractor())


@pytest.mark.parametrize("question", ["我在杭州开了家20人的奶茶店，有什么补贴？", "我开了个小饭馆，国家有啥扶持政策",
                                      "做服装加工的小厂能享受哪些优惠"])
def test_what_applies_to_me(question):
    assert asks_what_applies(question, prof_of(question))


@pytest.mark.parametrize("question", [
    "有什么补贴",  # nothing known about the asker to match on
    "小微企业招应届毕业生有没有社保补贴可以领",  # asks about one named benefit
    "我在杭州开了家奶茶店，老顾客来一次就不来了",  # not asking for support
])
def test_not_what_applies(question):
    assert not asks_what_applies(question, prof_of(question))


def test_profile_query_names_trade_size_and_support():
    prof = EnterpriseProfile(industry="H", industry_label="住宿和餐饮业", size_group="餐饮业", size="小型")
    assert profile_query(prof, frozenset({"税费减免"})) == "餐饮业小型企业可以享受哪些税费优惠政策"
    assert profile_query(EnterpriseProfile(industry_label="制造业")) == "制造业小微企业可以享受哪些补贴和扶持政策"


FIGURE, STEPS = "具体数字（金额、比例、价格或期限）", "办理流程、所需材料或受理部门"


@pytest.mark.parametrize("question", ["北京服务券一年能领多少钱", "上一套MES要花多少", "贴息比例是多少", "收银机什么价格",
                                      "补贴标准是啥", "这个政策有效期几年"])
def test_a_figure_asked_and_not_given_is_missing(question):
    assert missing_details(question, ["可用服务券等形式给予补贴。"]) == [FIGURE]


@pytest.mark.parametrize("question", ["北京有什么扶持中小企业的条例", "MES适合什么样的工厂", "首贷贴息是什么"])
def test_nothing_is_missing_when_no_detail_is_asked(question):
    assert missing_details(question, ["可用服务券等形式给予补贴。"]) == []


@pytest.mark.parametrize("sentence, given", [
    ("月销售额10万元以下免征增值税。", True),
    ("小型微利企业所得税实际负担约5%。", True),
    ("执行期限延长三年。", True),
    ("个税减半征收，百分之五十。", True),
    ("有首贷、续贷、确权三类融资服务中心，还有中小企业服务券。", False),  # 三类 counts kinds, not an amount
    ("定制或本地部署通常按项目一次性收费外加年度维护费。", False),  # 一次性 is not a count
])
def test_what_counts_as_a_figure(sentence, given):
    assert (missing_details("能补多少钱", [sentence]) == []) is given


@pytest.mark.parametrize("question", ["首贷贴息怎么申请", "申请专精特新要准备哪些材料", "服务券去哪领", "申报流程是怎样的"])
def test_steps_asked_and_not_given_are_missing(question):
    assert missing_details(question, ["通过首贷服务中心获得首次贷款的中小企业可获财政贴息。"]) == [STEPS]
    assert missing_details(question, ["企业登录省中小企业公共服务平台提交申请。"]) == []


def test_both_details_can_be_missing():
    assert missing_details("怎么申请，能补多少", ["可以给予补贴。"]) == [FIGURE, STEPS]


@pytest.mark.parametrize("question", ["声明函模板哪里下载", "投诉平台网址是多少", "收费目录在哪能查到"])
def test_where_to_look_asked_and_not_given_is_missing(question):
    assert missing_details(question, ["政府采购中应当出具中小企业声明函。"]) == ["查询或下载的网址、渠道"]
    assert missing_details(question, ["可在中国政府采购网下载声明函模板。"]) == []
