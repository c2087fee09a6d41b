"""Scope gaps: a question about a place's rules or figures needs a retrieved rule text about that place."""

from __future__ import annotations

import pytest

from advisor.profile import extract_profile
from advisor.scope import (
    SPECIFICS,
    ScopeGap,
    asks_rules_of,
    district_of,
    foreign_places,
    local_rules_missing,
    only_where_the_asker_is,
    plan_periods,
    scope_gap,
    unheld_period,
)
from corpus.documents import Chunk
from kg.extract import shipped_extractor
from retrieval.search import Hit

KINDS = {"pol-national": "政策", "pol-bj": "政策", "pol-bj-chaoyang": "政策", "case-lingshan": "案例", "saas-booking": "SaaS"}
TEXTS = {
    "pol-national": "中央财政对试点城市给予奖补，支持中小企业数字化改造。",
    "pol-bj": "在北京市依法设立的中小企业，首次贷款可获财政贴息。",
    "case-lingshan": "广西灵山县的荔枝种植户用上云平台管理果园，产量和销路都有改善。",
    "saas-booking": "顾客通过小程序预约，系统自动排班；适合成都、杭州等地的美业门店。",
    "pol-bj-chaoyang": "北京市朝阳区对首次获得贷款的中小企业按利息的一定比例给予贴息。",
}


def hits(*doc_ids: str) -> list[Hit]:
    return [Hit(i, Chunk(f"{d}#0", d, TEXTS[d], "", 0, len(TEXTS[d]), 0), 1.0 - i / 10) for i, d in enumerate(doc_ids)]


def kind_of(doc_id: str) -> str:
    return KINDS[doc_id]


def gap(question: str, *doc_ids: str):
    prof = extract_profile(question, shipped_extractor())
    return scope_gap(question, prof, hits(*doc_ids), kind_of)


def test_figures_about_a_place_without_its_rules_are_a_gap():
    g = gap("深圳对中小企业数字化改造的补贴每家具体能拿多少钱", "pol-national")
    assert g is not None and g.place.startswith("深圳") and not g.foreign


def test_a_rule_of_that_place_closes_the_gap():
    assert gap("北京首次贷款贴息比例是多少", "pol-bj", "pol-national") is None


def test_a_case_or_tool_mentioning_the_place_is_not_a_rule_of_it():
    # the booking category names 成都 but says nothing about what 成都 pays
    g = gap("成都对美业门店数字化的补贴是多少", "saas-booking", "pol-national")
    assert g is not None and g.place.startswith("成都")


def test_figures_about_a_peer_there_only_need_a_passage_about_it():
    assert gap("灵山那个荔枝案例里种了多大面积", "case-lingshan") is None


def test_the_askers_hometown_is_not_a_gap_when_asking_about_tools_or_national_help():
    assert gap("我在成都开了个瑜伽馆，会员约课老是超员，有啥办法", "saas-booking") is None
    assert gap("我在杭州开了家奶茶店，国家有什么补贴", "pol-national") is None


def test_a_tax_figure_asked_from_where_the_shop_is_is_not_a_gap():
    # tax relief is national; a subsidy figure from the same place still needs the place's rules
    assert gap("我在杭州开奶茶店，小微企业所得税能减多少", "pol-national") is None
    assert gap("杭州的奶茶店增值税起征点是多少", "pol-national") is None
    assert gap("我在杭州开奶茶店，杭州对奶茶店的减税比例是多少", "pol-national") is not None
    assert gap("我在深圳开了个厂，能拿多少补贴", "pol-national") is not None


def test_a_national_or_peer_figure_asked_by_someone_located_there_is_not_a_gap():
    # where the asker works is said by who they are; the figure asked is a national rule's, a statistic's or a peer's
    assert gap("常州做机加工的，三十来人，老被大客户压款。听说国家定了大企业多少天内必须付钱", "pol-national") is None
    assert gap("太原做门窗的，二十几个人，全国中小企业有多大比例也还在起步摸索？", "pol-national") is None
    assert gap("绥化望奎种玉米的大户，听说有银行看卫星图就给农户放贷，这事推广到多少个县了", "pol-national") is None
    assert gap("洛阳做农机配件的，听说国家挑城市搞数字化，一个城市最多能拿多少", "pol-national") is None
    # …but what the asker's own business gets is for the place's rules to say
    assert gap("襄阳做汽车零部件的，要是城市进了数字化试点，我们一家企业能分到多少钱", "pol-national") is not None
    assert gap("常州做机加工的，常州对数字化改造补贴多少", "pol-national") is not None


def test_staff_naming_their_office_ask_national_figures_from_where_they_work():
    assert gap("我们是湖南一个普通地级市的工信局，中央财政给到试点城市的奖补最多能有多少？", "pol-national") is None
    assert gap("内蒙古包头就业服务中心，想知道2020年整个微信生态一共带动了多少就业机会？", "pol-national") is None
    assert gap("我们是四川绵阳涪城区财政局，工程项目至少要预留多少给中小企业？", "pol-national") is None
    # …but not a place's office whose own figure is asked, nor one named inside the question
    assert gap("我们是湖南一个地级市的工信局，湖南省对试点企业补贴多少？", "pol-national") is not None
    assert gap("深圳市场监管局对开业的小店补贴多少", "pol-national") is not None


def test_a_figure_the_asker_cannot_keep_track_of_is_not_asked():
    q = "广州沙河做服装批发档口，库存老对不上，哪个客户欠多少也记不清，该上啥系统？"
    assert gap(q, "saas-booking") is None
    assert gap("广州做服装批发的，广州对档口补贴多少", "saas-booking") is not None


def test_the_size_class_asked_from_where_the_factory_is_is_not_a_gap():
    # 划型 is one national standard
    assert gap("我在东莞做五金加工，十几个工人，营业额两百来万，算不算微型企业", "pol-national") is None
    assert gap("我在东莞做五金加工，东莞对微型企业补贴多少", "pol-national") is not None


@pytest.mark.parametrize("question, where_only", [
    ("我在杭州开奶茶店，所得税能减多少", True), ("温州的鞋厂能拿多少补贴", True), ("杭州一家小超市", True),
    ("武汉2026年对企业上云有没有补贴", False), ("苏州做纺织的小厂，苏州这边补贴比例是多少", False),
    ("杭州对奶茶店补贴多少", False), ("常州做机加工的，三十来人", True), ("绥化望奎种玉米的大户", True),
    ("苏州做纺织的，苏州补贴多少", False), ("长沙做公众号和视频号代运营的，七八个人", True),
    ("我们合肥一个小装修公司，政府采购的工程项目多少钱以下留给中小企业", True), ("我们在南昌有个小印刷厂，十几个人", True),
    ("我在安徽阜阳承包了800亩地种小麦", True)])
def test_where_the_asker_works_versus_whose_rules_are_asked(question, where_only):
    prof = extract_profile(question, shipped_extractor())
    names = {n for n in (prof.region, prof.province, (prof.region or "")[:2]) if n}
    assert only_where_the_asker_is(question, names) is where_only


def test_asking_for_a_places_own_rules_is_a_gap_without_them():
    g = gap("江苏省自己的促进中小企业条例是哪年修订的", "pol-national")
    assert g is not None and g.place.startswith("江苏")
    assert asks_rules_of("北京有没有地方法规管平台压价", {"北京"})
    assert not asks_rules_of("我在北京开了家面馆，想弄个会员系统", {"北京"})
    # a place's regulation named by its title, without "自己"
    assert asks_rules_of("江苏省促进中小企业发展条例对小微企业有哪些具体优惠", {"江苏省", "江苏"})
    assert gap("江苏省促进中小企业发展条例对小微企业有哪些具体优惠", "pol-national") is not None
    assert not asks_rules_of("江苏的店铺享受国家的所得税政策吗", {"江苏"})


@pytest.mark.parametrize("question,place", [("德国政府对中小企业数字化有什么补贴项目", "德国"),
                                            ("在越南开鞋厂，外资企业所得税有啥优惠", "越南")])
def test_foreign_rules_are_out_of_scope(question, place):
    g = gap(question, "pol-national", "case-lingshan")
    assert g is not None and g.foreign and g.place == place


def test_a_foreign_market_is_fine_when_not_asking_about_its_rules():
    assert gap("在美国亚马逊卖货，回款怎么换成人民币", "saas-booking") is None


def test_foreign_list_is_loaded_longest_first():
    names = foreign_places()
    assert "德国" in names and "印度尼西亚" in names
    assert names.index("印度尼西亚") < names.index("印度")


def test_local_rules_missing_flags_answers_resting_on_national_texts_only():
    prof = extract_profile("我在北京开了家面馆，有什么补贴", shipped_extractor())
    assert local_rules_missing(prof, hits("pol-national"), kind_of)
    assert not local_rules_missing(prof, hits("pol-national", "pol-bj"), kind_of)
    nowhere = extract_profile("开面馆有什么补贴", shipped_extractor())
    assert not local_rules_missing(nowhere, hits("pol-national"), kind_of)


@pytest.mark.parametrize("question, district", [
    ("杭州市萧山区对省级专精特新企业奖励标准是什么", "萧山区"),
    ("深圳宝安区小微企业升规奖励多少", "宝安区"),
    ("我在成都武侯区开了家火锅店，有什么补贴", "武侯区"),
    ("杭州小区门口开超市有补贴吗", None),  # 小区 is a kind of place, not a district
    ("杭州市区开个奶茶店有补贴吗", None),
    ("北京开发区里的工厂能拿多少补贴", "开发区"),  # the zone has rules of its own, which the corpus lacks
    ("我在杭州开了家20人的奶茶店，有什么补贴", None),
    ("在北京开社区小超市，北京对传统小店数字化升级有啥补贴", None),  # "开社区" is what the asker does there
    ("沧州下面县里收废品的个体户，税上能少点不", None),  # some county of 沧州, not one named
    ("我是重庆一个区经信委的，区县入选试点最多给多少", None),  # "一个区": some district, not one named
])
def test_district_named_after_the_city(question, district):
    assert district_of(question, extract_profile(question, shipped_extractor())) == district


def test_a_districts_figures_need_a_rule_naming_that_district():
    # the city's rule does not say what one of its districts pays
    g = gap("北京市海淀区首贷贴息能贴多少", "pol-bj", "pol-national")
    assert g is not None and g.place == "海淀区"
    assert gap("北京朝阳区首贷贴息比例多少", "pol-bj-chaoyang", "pol-national") is None
    # a district named without asking for rules or figures is only where the asker works
    assert gap("我在北京海淀区开了个瑜伽馆，会员约课老超员咋办", "saas-booking") is None


def test_asking_how_a_peer_helps_is_no_local_gap():
    # "具体是怎么帮的" asks how, not a figure: a place named in passing is no gap
    assert not SPECIFICS.search("想把义乌的小商品卖到国外去，听说万里汇有在帮小商家出海，具体是怎么帮的？")
    assert SPECIFICS.search("义乌具体补多少")


@pytest.mark.parametrize("question, asks", [
    ("山东寿光种大棚的合作社，想再扩几个棚，有啥政策能帮着对接贷款", False),  # a few more greenhouses
    ("大理开民宿的，挂了好几个订房平台，老是一间房卖给两拨人", False),
    ("深圳的专精特新奖补分几个档", True),
    ("上海今年有几个名额", True),
])
def test_a_few_of_the_askers_own_things_are_no_count_asked(question, asks):
    assert bool(SPECIFICS.search(question)) == asks


def test_a_plan_period_no_document_names_is_a_gap():
    held = plan_periods(["“十四五”数字经济发展规划，规划期到2025年", "“十三五”以来"])
    assert held == {"十四五", "十三五"}
    gap = unheld_period("十五五数字经济规划定了哪些目标", held)
    assert gap == ScopeGap("十五五", period=True)
    assert unheld_period("十四五规划里中小企业的目标", held) is None
    assert unheld_period("数字经济规划定了哪些目标", held) is None


@pytest.mark.parametrize("question, place", [
    ("郑州做高空作业车、剪叉式升降机租赁的，用了多少小时没法核实，有同行把设备数据上链的吗", "郑州"),
    ("天津开水暖建材批发门市，进了多少卖了多少全靠脑子记，弄个啥软件合适", "天津"),
    ("沈阳电线电缆厂，今天产了多少、废了多少得挨个问，这类系统叫啥", "沈阳")])
def test_a_clause_opening_with_the_place_and_the_trade_says_where_the_asker_works(question, place):
    assert only_where_the_asker_is(question, {place})
    assert not only_where_the_asker_is(f"{place}对小微企业贷款贴息多少", {place})


def test_a_county_where_the_asker_farms_is_named_short_in_the_question():
    question = "绥化望奎种玉米的大户，听说有银行看卫星图就给农户放贷，这事推广到多少个县了？"
    assert extract_profile(question, shipped_extractor()).region == "望奎县"
    assert gap(question, "case-lingshan") is None  # a peer's figure, not 望奎's rules


@pytest.mark.parametrize("question, names", [
    ("湖州吴兴织里做童装的，厂里年轻人干不了几个月就走", {"湖州"}), ("我在台州黄岩做汽车车灯配件，厂里60多号人", {"黄岩", "黄岩区"}),
    ("我在汉中城固县开个菜籽油榨油坊，一年卖两百来万", {"城固", "城固县"})])
def test_a_town_or_a_city_between_the_place_and_the_trade_still_says_where_the_asker_works(question, names):
    assert only_where_the_asker_is(question, names)


@pytest.mark.parametrize("question, place", [
    ("我是重庆一个区经信委的，区县入选试点中央奖补最多给多少？", "重庆"), ("甘肃这边在写数字化材料，上云率目标是多少", "甘肃"),
    ("我在合肥某个区的经信部门上班，想核实试点的事", "合肥"), ("合肥作为省会要是入选了试点，中央奖补最高多少", "合肥"),
    ("像合肥这种省会城市，中央奖补最多多少钱", "合肥"), ("重庆下面的区县能单独申报城市试点吗", "重庆")])
def test_staff_at_work_there_or_the_place_as_one_of_a_programmes_kind(question, place):
    assert only_where_the_asker_is(question, {place})


def test_a_place_asked_of_its_own_rule_a_few_words_on():
    assert asks_rules_of("四川省有没有出台自己的数字经济促进条例？", {"四川", "四川省"})


def test_a_place_that_support_is_asked_of_is_not_where_the_asker_works():
    assert not only_where_the_asker_is("湖州对做童装的补贴多少", {"湖州"})


def test_a_county_the_asker_only_works_in_is_no_gap_for_a_national_scheme():
    assert gap("我在汉中城固县开个榨油坊，听说现在有政策专门帮小微企业对接贷款，咋个弄法", "pol-national") is None
    assert gap("我在成都武侯区开了家火锅店，有什么补贴", "pol-national") is not None  # what the district pays


@pytest.mark.parametrize("question, owns", [("我们公司在海南，海南本地还有没有额外的税费减免？", True),
                                            ("当地有没有另外的补贴", True),
                                            ("给本地的餐馆做配送，有啥数字化工具", False)])
def test_whether_the_place_itself_adds_support_asks_its_own_rules(question, owns):
    assert asks_rules_of(question, {"海南"}) is owns


@pytest.mark.parametrize("question", ["做弱电工程的小公司，在合肥，二十来个人，小型微利企业所得税到哪年截止",
                                      "人在合肥这边，所得税优惠到哪年"])
def test_a_clause_saying_only_where_the_asker_is_says_where_the_asker_works(question):
    assert only_where_the_asker_is(question, {"合肥", "合肥市"})
    assert not only_where_the_asker_is("合肥对小微企业贷款贴息多少", {"合肥", "合肥市"})


def test_a_national_title_the_asker_holds_is_asked_of_the_nation_not_the_asker_city():
    question = "常州做精密轴承的，去年评上了小巨人。新一轮专精特新奖补2024年第一批支持了多少家？"
    assert gap(question, "pol-national") is None
    assert gap("常州对中小企业数字化改造每家补多少钱", "pol-national") is not None


def test_what_government_procurement_reserves_is_national_wherever_the_asker_is():
    assert gap("我们合肥一个小装修公司，政府采购的工程项目多少钱以下是专门留给中小企业做的？", "pol-national") is None
    assert gap("合肥政府采购给中小企业预留多少比例", "pol-national") is not None


def test_a_procurement_threshold_asked_from_where_the_printer_is_is_not_a_gap():
    # what procurement reserves for SMEs is set nationally, whoever the buyer is
    question = "我们在南昌有个小印刷厂，想投政府部门的印刷采购项目。货物和服务类项目多少钱以下要专门面向中小企业？"
    assert gap(question, "pol-national") is None


def test_where_the_asker_is_said_with_a_longer_trade_or_as_an_office():
    # "宁波一家给车企做线束的小厂": the trade between the place and 厂 may run long
    assert gap("我们是宁波一家给整车厂做线束的小厂，大企业最迟多少天内要付款？", "pol-national") is None
    # staff of an office said as 部门: a national programme's figure is asked, not the city's own
    assert gap("我们是上海一个区的经信部门，区里能不能申报数字化转型城市试点？中央最多给多少", "pol-national") is None
    # a procurement preference is the national rule's, wherever the firm is
    assert gap("我们做桌椅的小厂在南昌，没预留份额的项目，小微报价有什么优惠", "pol-national") is None
