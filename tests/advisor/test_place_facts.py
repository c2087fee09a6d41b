"""Which larger place a case's place lies in, read from its 地区 field (advisor/place_facts.py)."""

from __future__ import annotations

import pytest

from advisor.place_facts import cases_in_place, places_asked

REGIONS = [("case-lychee", "广西壮族自治区钦州市灵山县"), ("case-gz", "广东省广州市"),
           ("case-jj", "福建省泉州市晋江市"), ("case-ds", "福建省泉州市晋江市东石镇"), ("case-zj", "浙江省")]


@pytest.mark.parametrize("question, ids", [
    ("灵山县是归哪个市管的？钦州还是北海", ["case-lychee"]),
    ("灵山县是广西哪个市管的？", ["case-lychee"]),
    ("灵山县是归钦州管还是北海管的啊，老搞混", ["case-lychee"]),
    ("晋江是福建哪个市下面的？东石镇又归哪里管", ["case-jj", "case-ds"]),
    ("东石镇属于泉州下面哪个县级市", ["case-ds"]),
    ("广州是哪个省的", ["case-gz"]),
    ("晋江东石镇是属于泉州的吗", ["case-ds"]),
])
def test_the_larger_place_of_a_case_place_is_asked(question, ids):
    assert [d for d, _ in places_asked(question, REGIONS)] == ids


@pytest.mark.parametrize("question", ["我在广州开店，营业执照归哪个区管", "广州哪个区的补贴多", "我在广州哪个区办执照",
                                      "灵山荔枝是哪里产的", "西安那个一线工人是哪个厂的"])
def test_a_place_merely_named_or_a_part_of_it_is_not_asked(question):
    assert places_asked(question, REGIONS) == []


@pytest.mark.parametrize("question, ids", [
    ("灵山县是钦州管的还是北海管的？", ["case-lychee"]),
    ("晋江是归泉州还是厦门管的啊", ["case-jj"]),
    ("案例里的灵山县，行政上归广西哪个地级市管辖？", ["case-lychee"]),
    ("晋江是县级市吧？它属于福建哪个地级市", ["case-jj"]),
])
def test_the_larger_place_asked_as_a_choice_or_after_a_comma(question, ids):
    assert [d for d, _ in places_asked(question, REGIONS)] == ids


@pytest.mark.parametrize("question", ["在晋江开店好还是去泉州好", "晋江做鞋还是做伞赚钱", "晋江是做鞋还是做伞出名"])
def test_a_choice_not_about_which_place_governs_is_not_asked(question):
    assert places_asked(question, REGIONS) == []


@pytest.mark.parametrize("question, place, ids", [
    ("福建有哪些数实融合案例？分别在福建哪里", "福建", ["case-jj", "case-ds"]),
    ("广西有没有数实融合的例子", "广西", ["case-lychee"]),
    ("浙江的数实融合案例都有哪些？", "浙江", ["case-zj"]),
    ("哪些案例是在泉州的", "泉州", ["case-jj", "case-ds"]),
])
def test_the_cases_recorded_in_a_place(question, place, ids):
    assert cases_in_place(question, REGIONS) == (place, [(d, r) for d, r in REGIONS if d in ids])


@pytest.mark.parametrize("question", ["我在晋江开鞋厂，有没有同行的案例", "江苏有哪些数实融合案例", "广州开餐馆有什么补贴",
                                      "灵山县是归哪个市管的"])
def test_a_place_named_without_asking_its_cases(question):
    assert cases_in_place(question, REGIONS) == ("", [])


@pytest.mark.parametrize("question, place, ids", [
    ("案例库里有哪些是福建的？", "福建", ["case-jj", "case-ds"]),
    # the asker's own place, the smallest unit named
    ("我们在福建泉州这边，案例里有没有我们本地的", "泉州", ["case-jj", "case-ds"]),
    ("人在广西，例子里有没有本地的？", "广西", ["case-lychee"]),
])
def test_the_cases_of_a_place_asked_after_the_word_for_cases(question, place, ids):
    assert cases_in_place(question, REGIONS) == (place, [(d, r) for d, r in REGIONS if d in ids])


def test_cases_of_ones_own_place_need_a_place_named():
    assert cases_in_place("案例里有没有我们本地的", REGIONS) == ("", [])
