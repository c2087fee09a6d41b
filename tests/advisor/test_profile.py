"""extract_profile: what the question says about the enterprise, and nothing it does not say."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.profile import EnterpriseProfile, chinese_number, extract_profile, missing_fields
from kg.extract import shipped_extractor

REGION, INDUSTRY, EMPLOYEES, REVENUE = "所在地区（省/市）", "所属行业", "员工人数", "年营业收入"


@pytest.fixture(scope="module")
def extractor():
    return shipped_extractor()


def test_milk_tea_shop_in_hangzhou(extractor):
    p = extract_profile("我在杭州开了家20人的奶茶店，能申请什么补贴吗", extractor)
    assert p.region == "杭州市"
    assert p.province == "浙江省"
    assert p.industry == "H"
    assert p.industry_label == "住宿和餐饮业"
    assert p.size_group == "餐饮业"
    assert p.employees == 20
    assert p.revenue_wan is None  # not said, so not guessed
    assert p.size is None  # extract_profile reads the text; 划型 is the service's job


@pytest.mark.parametrize(("question", "employees"), [
    ("我们厂五十来个工人，想上个管理系统", 50),
    ("店里请了十五个店员", 15),
    ("我们有两百多名员工", 200),
    ("员工有 35 个人", 35),
    ("雇了二十个人", 20),
    ("温州鞋厂，80来号工人", 80),
    ("营收两千万，员工六十", 60),
])
def test_employees_in_digits_and_chinese_numerals(extractor, question, employees):
    assert extract_profile(question, extractor).employees == employees


@pytest.mark.parametrize(("question", "revenue"), [
    ("公司年营业额三千万左右", 3000.0),
    ("我们一年流水2亿", 20000.0),
    ("一年营收3000万", 3000.0),
    ("营业收入1.5亿", 15000.0),
    ("年营业额三千五百万", 3500.0),
    ("去年营收80w", 80.0),  # "w" for 万, as owners type it
    ("一年营收600个w", 600.0),
])
def test_revenue_in_wan(extractor, question, revenue):
    assert extract_profile(question, extractor).revenue_wan == pytest.approx(revenue)


def test_revenue_with_approximate_marker(extractor):
    """'两百多万' is the dev set's own example ("18个工人一年营收两百多万"); employees accept 多/来, revenue should too."""
    p = extract_profile("我们是做机械加工的，18个工人一年营收两百多万，算微型企业还是小型企业", extractor)
    assert p.employees == 18
    assert p.revenue_wan == pytest.approx(200.0), "revenue '两百多万' was not read (regex needs 万 right after the number)"


@pytest.mark.parametrize(("text", "value"), [
    ("20", 20.0), ("二十", 20.0), ("两百", 200.0), ("三千五", 3500.0), ("十五", 15.0), ("五十", 50.0),
    ("一百零五", 105.0), ("一千零二十", 1020.0),
])
def test_chinese_number(text, value):
    assert chinese_number(text) == value


def test_chinese_number_rejects_non_numbers():
    assert chinese_number("几") is None
    assert chinese_number("零") is None


@pytest.mark.parametrize("question", ["今天天气怎么样", "你好呀", "帮我写一首关于春天的诗"])
def test_nothing_invented_for_offtopic_text(extractor, question):
    p = extract_profile(question, extractor)
    for f in dataclasses.fields(EnterpriseProfile):
        value = getattr(p, f.name)
        assert value in (None, []), f"{f.name} = {value!r} invented from {question!r}"


@pytest.mark.parametrize("question, industry", [
    ("开了家建材店，有啥软件能管库存", None), ("补贴的钱可以用来买软件吗", None), ("没有IT人员，工人能自己搭小程序吗", None),
    ("2026年专精特新在哪个网站申报", None), ("浙江的中小厂想接入工业互联网平台", "C"),
    ("我们是软件公司，25个人", "I"), ("我们做工业软件的小团队", "I"), ("我们是做网站的小公司", "I"),
    ("佛山开汽修店，七八个师傅，想拉回头客，有啥软件好使", "O"), ("浙江安吉开农家乐，十来个人", "H"),
    # a bank is whom an owner borrows from or a scheme works with, not the asker's trade unless they say so
    ("区发改局要配合推融资协调，给银行推名单的机制谁牵头", None), ("银行不给贷款怎么办", None),
    ("我们是一家村镇银行，想给小微企业放贷", "J"), ("银行业的小微企业划型标准", "J")])
def test_software_an_owner_uses_is_not_their_trade(extractor, question, industry):
    p = extract_profile(question, extractor)
    assert p.industry == industry
    if industry is None:  # nor is the size class group read from it
        assert p.size_group not in ("信息传输业", "软件和信息技术服务业")


def test_a_headcount_needs_its_unit_unless_the_clause_ends(extractor):
    assert extract_profile("员工六十万元工资", extractor).employees is None


def test_money_is_not_read_as_headcount(extractor):
    p = extract_profile("注册资本100万人民币", extractor)
    assert p.employees is None


def test_once_there_are_many_is_no_headcount(extractor):
    assert extract_profile("饭点人一多服务员就点错单、算错账", extractor).employees is None
    assert extract_profile("店里二十多个服务员", extractor).employees == 20
    assert extract_profile("就我一个人干", extractor).employees == 1


def test_merge_explicit_fields_win():
    from_text = EnterpriseProfile(region="杭州市", province="浙江省", industry="H", employees=20,
                                  revenue_wan=None, needs=["获客营销"], missing=["年营业收入"])
    explicit = EnterpriseProfile(region="北京市", employees=35, revenue_wan=800.0, needs=["融资", "获客营销"])
    merged = from_text.merge(explicit)
    assert merged.region == "北京市"
    assert merged.employees == 35
    assert merged.revenue_wan == 800.0
    assert merged.industry == "H"  # unknown in the explicit profile: kept from the text
    assert merged.needs == ["获客营销", "融资"]  # union, order kept, no duplicates
    assert merged.missing == ["年营业收入"]  # missing is recomputed by the caller, never merged
    # neither input is modified
    assert from_text.region == "杭州市" and from_text.needs == ["获客营销"]
    assert explicit.industry is None


def test_merge_empty_explicit_changes_nothing():
    p = EnterpriseProfile(region="杭州市", employees=20, needs=["排班"])
    assert p.merge(EnterpriseProfile()) == p


def test_missing_fields_when_nothing_known():
    missing = missing_fields(EnterpriseProfile())
    for item in (REGION, INDUSTRY, EMPLOYEES, REVENUE):
        assert item in missing
    assert any(m.startswith("最想解决的问题") for m in missing)


def test_missing_fields_lists_only_what_is_unknown(extractor):
    p = extract_profile("我在杭州开了家20人的奶茶店", extractor)
    missing = missing_fields(p)
    assert REVENUE in missing
    assert REGION not in missing and INDUSTRY not in missing and EMPLOYEES not in missing


def test_missing_fields_when_size_known():
    p = EnterpriseProfile(region="北京市", industry="F", size="小型", needs=["融资"])
    assert missing_fields(p) == []


def test_missing_fields_size_group_counts_as_industry():
    p = EnterpriseProfile(size_group="餐饮业")
    assert INDUSTRY not in missing_fields(p)


def test_a_repair_trades_upkeep_is_what_it_sells_not_its_machines_need():
    shop = extract_profile("佛山开汽修店，七八个师傅，客人保养一回就不见了，想拉回头客", shipped_extractor())
    assert shop.industry == "O" and shop.needs == ["获客营销"]
    factory = extract_profile("我们厂设备老坏，保养没记录", shipped_extractor())
    assert "设备运维" in factory.needs
    garage_machines = extract_profile("开汽修店的，举升机老出故障，保养没人管", shipped_extractor())
    assert "设备运维" in garage_machines.needs  # its own equipment named


@pytest.mark.parametrize("question, region, province", [
    ("永嘉做阀门的小巨人企业，今年奖补几号截止", "永嘉县", "浙江省"), ("昆山开纸箱厂，二十几号人", "昆山市", "江苏省"),
    ("我在余杭开了家奶茶店", "余杭区", "浙江省"), ("温州永嘉做阀门的", "永嘉县", "浙江省"),
    ("在越南开鞋厂，外资企业所得税有啥优惠", None, None), ("民宿住客身份登记要接当地公安哪个系统", None, None)])
def test_a_county_says_where_the_asker_works(extractor, question, region, province):
    p = extract_profile(question, extractor)
    assert (p.region, p.province) == (region, province)


def test_a_district_named_like_a_city_elsewhere_is_no_move_to_that_city(extractor):
    # 朝阳 is a district of 北京 and a city of 辽宁: right after 北京 it is the district
    assert extract_profile("公司在北京朝阳，头一回贷款有没有贴息", extractor).region == "北京市"
    assert extract_profile("辽宁朝阳的小厂有什么补贴", extractor).region == "朝阳市"
    assert extract_profile("吉林长春做汽配的", extractor).region == "长春市"  # a city inside the province named


def test_selling_by_live_stream_is_retail(extractor):
    p = extract_profile("我们是做直播带货的公司，15个员工，一年营收600万左右", extractor)
    assert p.industry == "F" and p.size_group == "零售业"


def test_a_firm_the_asker_would_hire_is_not_the_askers_trade(extractor):
    prof = extract_profile("我是一家小机械厂的设备主管，老板舍不得请软件公司定制系统", extractor)
    assert prof.industry == "C"
    assert extract_profile("我们是做软件的小公司，十来个人", extractor).industry == "I"


def test_workers_a_trade_supplies_are_not_the_askers_trade(extractor):
    assert extract_profile("劳务派遣来的工人算不算我们的从业人员？", extractor).industry is None
    assert extract_profile("我们是劳务派遣公司，30个人算什么规模", extractor).industry == "L"


def test_people_counted_with_the_number_after(extractor):
    assert extract_profile("我开了个川菜馆子，连我家里的人一共8个", extractor).employees == 8
    assert extract_profile("店里员工加起来一共12个", extractor).employees == 12
    assert extract_profile("我们一共3个门店", extractor).employees is None  # shops, not people
