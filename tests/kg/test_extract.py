"""Focused behaviours of the rule-based extractor (kg/extract.py) on short policy-style inputs."""

from __future__ import annotations

from kg.extract import Extractor, shipped_extractor
from kg.gazetteer import Gazetteer, Place


def ids(text: str, typ: str | None = None) -> set[str]:
    return {m.entity for m in shipped_extractor().extract(text) if typ is None or m.type == typ}


def test_province_abbreviation_and_short_names():
    assert "region:浙江省" in ids("支持浙企开拓国际市场", "region")
    assert "region:福建省" in ids("闽企赴境外参展给予补贴", "region")
    # the short name of a province is matched as a whole, not as 简称
    assert ids("浙江省对中小企业给予奖励", "region") == {"region:浙江省"}
    # a city's full name beats the colliding province short name; the bare short name is the province
    assert ids("吉林市对汽车零部件企业给予补助", "region") == {"region:吉林市"}
    assert ids("吉林对汽车零部件企业给予补助", "region") == {"region:吉林省"}  # province wins the collision


def test_a_set_phrase_holding_a_place_name_is_not_the_place():
    assert ids("评上小巨人以后，国家有没有真金白银奖励", "region") == set()  # not 白银市
    assert ids("白银市对中小企业给予补助", "region") == {"region:白银市"}
    for text in ("我开了家三明治店", "做大理石加工的小厂", "服务器用的阿里云", "各家软件大同小异", "卖哈密瓜的网店", "给一家大连锁超市供货"):
        assert ids(text, "region") == set(), text
    assert ids("我在三明开了家店", "region") == {"region:三明市"}
    assert ids("阿里地区的牧民合作社", "region") == {"region:阿里地区"}


def test_a_dish_named_after_a_place_does_not_say_where_the_shop_is():
    assert ids("开了家重庆火锅店", "region") == set()
    assert ids("我们卖桂林米粉和柳州螺蛳粉", "region") == set()
    assert ids("我在杭州开兰州拉面馆", "region") == {"region:杭州市"}
    assert ids("重庆的火锅店", "region") == {"region:重庆市"}


def test_county_and_town_imply_their_province_in_entities():
    ex = shipped_extractor()
    assert {"region:晋江市", "region:福建省"} <= ex.entities("晋江鞋服企业数字化改造")
    # extract() reports only what is written; the province is added by entities()
    assert {m.entity for m in ex.extract("晋江鞋服企业数字化改造", ("region",))} == {"region:晋江市"}
    assert {"region:晋江市", "region:福建省"} <= ex.entities("东石镇制伞企业")
    assert {"region:杭州市", "region:浙江省"} <= ex.entities("杭州市餐饮企业")


def test_doc_number_lead_words_trimmed_and_brackets_canonical():
    assert ids("依据国发〔2021〕29号文件", "doc_number") == {"doc_number:国发〔2021〕29号"}
    assert ids("根据工信部联企业[2022]54号要求", "doc_number") == {"doc_number:工信部联企业〔2022〕54号"}
    assert ids("依照粤工信融资函(2024)15号执行", "doc_number") == {"doc_number:粤工信融资函〔2024〕15号"}
    assert ids("《保障中小企业款项支付条例》（中华人民共和国国务院令第728号）", "doc_number") == {
        "doc_number:中华人民共和国国务院令第728号"}


def test_deadline_vs_date_and_chinese_numeral_dates():
    found = {(m.type, m.entity) for m in shipped_extractor().extract("本办法自2024年1月1日起施行，有效期至2026年12月31日。")}
    assert ("date", "date:2024-01-01") in found
    assert ("deadline", "deadline:2026-12-31") in found
    assert ("date", "date:2026-12-31") not in found
    assert ids("截至2026年6月30日免征增值税", "deadline") == {"deadline:2026-06-30"}
    assert ids("政策延续执行至2027年12月31日", "deadline") == {"deadline:2027-12-31"}
    # 中文数字 dates
    assert ids("二〇二四年一月十日印发", "date") == {"date:2024-01-10"}
    assert ids("自二〇二三年八月一日起施行", "date") == {"date:2023-08-01"}


def test_money_arabic_and_chinese_numerals():
    assert ids("单家企业最高不超过20万元", "money") == {"money:20万元"}
    assert ids("给予一次性奖励一万元", "money") == {"money:一万元"}  # kept as written, not normalised
    assert ids("不超过二百万元的部分减半征收", "money") == {"money:二百万元"}
    assert ids("安排专项资金2亿元、3.6亿元", "money") == {"money:2亿元", "money:3.6亿元"}
    assert ids("最高不超过300万美元", "money") == {"money:300万美元"}


def test_percent_forms():
    assert ids("按实际支付费用的30%给予补助", "percent") == {"percent:30"}
    assert ids("减按25%计入应纳税所得额，按20%的税率缴纳", "percent") == {"percent:25", "percent:20"}
    assert ids("担保费率不超过1.5％", "percent") == {"percent:1.5"}  # full-width ％


def test_size_words_expand():
    assert ids("小微企业", "size") == {"size:小型", "size:微型"}
    assert ids("中小企业", "size") == {"size:中型", "size:小型", "size:微型"}
    assert ids("个体工商户", "size") == {"size:微型"}


def test_agency_with_region_prefix_and_national_agencies():
    found = ids("杭州市财政局会同浙江省经济和信息化厅、财政部 税务总局发布通知")
    assert {"agency:杭州市财政局", "agency:浙江省经济和信息化厅", "agency:财政部", "agency:税务总局"} <= found
    assert {"region:杭州市", "region:浙江省"} <= found
    assert ids("工业和信息化部办公厅印发通知", "agency") == {"agency:工业和信息化部办公厅"}
    assert ids("国家税务总局发布公告", "agency") == {"agency:国家税务总局"}  # not also 税务总局


def test_industry_keyword_inside_region_name_not_extracted():
    # The shipped gazetteer has no place whose name holds an industry keyword, so use a tiny one.
    g = Gazetteer(regions={"茶园镇": ("region:茶园县", 0.9)},
                  places={"region:茶园县": Place("茶园县", "某省", "县")},
                  industries={"茶园": "industry:A", "餐饮": "industry:H"})
    ex = Extractor(g)
    found = {(m.type, m.entity) for m in ex.extract("茶园镇对餐饮企业给予补贴")}
    assert ("region", "region:茶园县") in found
    assert ("industry", "industry:H") in found
    assert ("industry", "industry:A") not in found
    assert ("industry", "industry:A") in {(m.type, m.entity) for m in ex.extract("支持茶园数字化管理")}


# Known bugs, documented so they flip to XPASS (and fail, strict) once fixed: then drop the marker.
def test_abbreviation_false_positives():
    assert "region:新疆维吾尔自治区" not in ids("重点支持专精特新企业", "region")
    assert "region:新疆维吾尔自治区" not in ids("对创新产品首次进入市场的企业给予奖励", "region")
    assert "region:台湾省" not in ids("鼓励平台企业向中小企业开放资源", "region")


def test_money_with_thousands_separator():
    assert ids("年营业收入不超过3,000万元", "money") == {"money:3000万元"}


def test_doc_number_after_verb_without_lead_char():
    assert ids("各地要认真贯彻国办发〔2020〕24号文件精神", "doc_number") == {"doc_number:国办发〔2020〕24号"}
