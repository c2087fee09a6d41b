"""corpus.metadata: 文号 and date detection, title and issuer guesses."""

from __future__ import annotations

import re

import pytest

from corpus.metadata import canonical_doc_number, detect_metadata, find_dates, find_doc_numbers


def _numbers(text: str) -> list[str]:
    return [canon for _, _, canon in find_doc_numbers(text)]


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- 文号 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国发〔2021〕29号", "国发〔2021〕29号"),
        ("工信部联企业〔2011〕300号", "工信部联企业〔2011〕300号"),
        ("财库[2020]46号", "财库〔2020〕46号"),
        ("财库［2020］46号", "财库〔2020〕46号"),
        ("财库【2020】46号", "财库〔2020〕46号"),
        ("财库(2020)46号", "财库〔2020〕46号"),
        ("财库（2020）46号", "财库〔2020〕46号"),
        ("中华人民共和国国务院令第728号", "中华人民共和国国务院令第728号"),
        ("中华人民共和国主席令第七十四号", "中华人民共和国主席令第七十四号"),
        ("国务院令第802号", "国务院令第802号"),
    ],
)
def test_doc_number_forms_are_found_and_canonicalised(text: str, expected: str) -> None:
    assert _numbers(text) == [expected]
    assert _numbers(f"根据有关规定，{text}。") == [expected]


def test_joint_announcement_number_is_found_whole() -> None:
    found = find_doc_numbers("财政部 税务总局公告2023年第12号")
    assert len(found) == 1
    start, end, canon = found[0]
    assert (start, end) == (0, len("财政部 税务总局公告2023年第12号"))
    assert _nows(canon) == "财政部税务总局公告2023年第12号"


def test_joint_announcement_separators_give_one_canonical_form() -> None:
    forms = [
        "财政部 税务总局公告2023年第12号",
        "财政部\u3000税务总局公告2023年第12号",
        "财政部税务总局公告2023年第12号",
    ]
    canon = {c for f in forms for c in _numbers(f)}
    assert len(canon) == 1


def test_brackets_canonicalise_to_liuhao_brackets() -> None:
    assert canonical_doc_number("财库 [ 2020 ] 46 号") == "财库〔2020〕46号"


@pytest.mark.parametrize("lead", ["可按", "按照", "依据", "根据", "参照", "详见", "依照", "可以按"])
def test_lead_words_before_a_doc_number_are_trimmed(lead: str) -> None:
    text = f"企业{lead}国发〔2021〕29号规定申请补贴。"
    found = find_doc_numbers(text)
    assert [c for _, _, c in found] == ["国发〔2021〕29号"]
    start, end, _ = found[0]
    assert text[start:end] == "国发〔2021〕29号"


def test_doc_number_inside_book_title_brackets() -> None:
    text = "按照《国务院关于印发“十四五”数字经济发展规划的通知》（国发〔2021〕29号）要求"
    assert _numbers(text) == ["国发〔2021〕29号"]


def test_several_doc_numbers_in_text_order() -> None:
    text = "依据财库〔2020〕46号和工信部联企业〔2011〕300号，参照中华人民共和国国务院令第728号执行。"
    assert _numbers(text) == [
        "财库〔2020〕46号",
        "工信部联企业〔2011〕300号",
        "中华人民共和国国务院令第728号",
    ]


def test_no_false_doc_number_in_plain_text() -> None:
    assert _numbers("2021年全国中小企业数量超过4800万户，其中第3号仓库已建成。") == []


def test_lead_words_before_an_announcement_number_are_trimmed() -> None:
    assert [_nows(c) for c in _numbers("根据财政部 税务总局公告2023年第12号")] == [
        "财政部税务总局公告2023年第12号"
    ]


@pytest.mark.parametrize("lead", ["落实", "贯彻", "执行"])
def test_verbs_before_a_doc_number_are_trimmed(lead: str) -> None:
    assert _numbers(f"请各地认真{lead}国发〔2021〕29号文件要求") == ["国发〔2021〕29号"]


def test_span_starts_at_the_doc_number_when_the_prefix_repeats() -> None:
    text = "工信部根据工信部联企业〔2011〕300号"
    ((start, end, canon),) = find_doc_numbers(text)
    assert canon == "工信部联企业〔2011〕300号"
    assert text[start:end] == canon


# --- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2021年12月12日", "2021-12-12"),
        ("二〇二一年十二月十二日", "2021-12-12"),
        ("二○二一年十二月十二日", "2021-12-12"),
        ("2022年1月5日", "2022-01-05"),
        ("二〇二二年一月五日", "2022-01-05"),
        ("二〇二〇年十月二十一日", "2020-10-21"),
        ("二〇一七年九月一日", "2017-09-01"),
        ("2017 年 9 月 1 日", "2017-09-01"),
        ("2024年2月29日", "2024-02-29"),
    ],
)
def test_dates_are_iso(text: str, iso: str) -> None:
    assert [d for _, _, d in find_dates(f"本通知自{text}起施行。")] == [iso]


@pytest.mark.parametrize(
    "text", ["2021年13月1日", "2021年0月5日", "2021年12月32日", "2021年12月0日", "二〇二一年十三月一日"]
)
def test_invalid_month_or_day_is_rejected(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["2021年2月30日", "2023年4月31日", "二〇二一年二月二十九日"])
def test_impossible_calendar_day_is_rejected(text: str) -> None:
    assert find_dates(text) == []


def test_dates_offsets_point_at_the_date() -> None:
    text = "国务院\n2021年12月12日\n（此件公开发布）"
    ((start, end, iso),) = find_dates(text)
    assert text[start:end] == "2021年12月12日" and iso == "2021-12-12"


# --- whole-document guesses ------------------------------------------------------------------------

NOTICE = """国务院关于印发
“十四五”数字经济发展规划的通知
国发〔2021〕29号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
现将《“十四五”数字经济发展规划》印发给你们，请认真贯彻执行。
国务院
2021年12月12日
（此件公开发布）"""


def test_detect_metadata_on_an_official_notice() -> None:
    meta = detect_metadata(NOTICE)
    assert meta["title"] == "国务院关于印发“十四五”数字经济发展规划的通知"
    assert meta["doc_number"] == "国发〔2021〕29号"
    assert meta["date"] == "2021-12-12"
    assert meta["issuer"] == "国务院"


def test_detect_metadata_leaves_unknowns_empty() -> None:
    meta = detect_metadata("今天天气不错，我们去公园散步吧。")
    assert meta["doc_number"] == "" and meta["date"] == "" and meta["issuer"] == ""


def test_issuer_is_not_taken_from_a_sentence() -> None:
    text = (
        "关于支持小微企业的通知\n各区人民政府，市政府各委办局：\n"
        "现就有关事项通知如下，请遵照执行。\n2023年6月5日"
    )
    assert detect_metadata(text)["issuer"] == ""
