"""A named policy's record fields, asked for by name: which fields a question asks for, and how they are told."""

from __future__ import annotations

import pytest

from advisor.expiry import cited_name
from advisor.record_facts import (
    asked_facts,
    asks_day,
    fact_lines,
    field_missing,
    notice_year,
    pointed_elsewhere,
)
from corpus.records import Policy, shipped_knowledge_base


@pytest.mark.parametrize("question, facts", [
    ("保障中小企业款项支付条例的文号是什么", ["文号"]),
    ("中小企业划型标准规定是哪个部门发的", ["发布机关"]),
    ("这个条例是哪年发布的，什么时候施行", ["发布日期", "施行日期"]),
    ("2023年6号公告还有效吗", ["状态"]), ("19号公告还执行吗", ["状态"]), ("那个第6号公告，我今年报税还能按它来么", ["状态"]),
    ("国发〔2021〕29号有效期到什么时候", ["有效期"]), ("携手行动什么时候结束", ["有效期"]),
    ("个体工商户发展条例几号开始实行的", ["施行日期"]), ("款项支付条例规定大企业多少天内付款", []), ("行动方案的文号是什么？落款日期是哪天？", ["文号", "发布日期"]),
    ("赋能专项行动方案具体是哪月哪日印发的？", ["发布日期"]), ("那具体该向哪个部门投诉？", []),
    ("这个办法由哪个部门负责解释", []), ("划型规定是哪些部门联合发的", ["发布机关"]),
    # two asks sharing the issuing verb; the issuer asked as a level of government
    ("数据二十条是什么时候、由哪个层级印发的？", ["发布机关", "发布日期"]), ("这份意见是哪一级发的", ["发布机关"]),
    # (not when something else ends, asked beside who issued it)
    ("携手行动什么时候结束，是谁发的", ["发布机关", "有效期"])])
def test_the_fields_a_question_asks_for(question, facts):
    assert asked_facts(question) == facts


def test_fields_are_told_from_the_record_and_a_missing_one_is_said_to_be_missing():
    kb = shipped_knowledge_base()
    names = {p.id: cited_name(p) for p in kb.policies}
    new = kb.policy("pol-kuanxiang-2025")
    assert fact_lines(new, ["文号", "发布日期"], names) == [f"文号：{new.doc_number}", f"发布日期：{new.issued}"]
    old = fact_lines(kb.policy("pol-kuanxiang-2020"), ["状态"], names)[0]
    assert old.startswith("状态：已失效，已被《保障中小企业款项支付条例》（") and new.doc_number in old
    bare = Policy(id="p", title="某办法", issuer=["某部"], source={"name": "x"}, status="unknown", as_of="2026-11-26")
    assert fact_lines(bare, ["文号", "施行日期", "有效期", "状态"], names) == [
        "记录中没有文号（未编文号或未能核实）", "记录没有写明施行日期", "记录没有写明有效期",
        "状态：未能核实是否仍然有效（截至2026-11-26），请以发文机关公布为准"]
    lapsed = fact_lines(kb.policy("pol-sme-14th-2021"), ["状态", "有效期"], names)
    assert lapsed == ["状态：有效期至2025-12-31，已到期（截至2026-11-26核对）", "有效期至2025-12-31，已到期"]


def test_whether_a_named_document_is_out_is_its_issue_date_and_an_empty_field_is_missing():
    assert asked_facts("个人信息保护法有没有正式出台") == ["发布日期"]
    bare = Policy(id="p", title="某办法", issuer=["某部"], source={"name": "x"}, status="unknown", as_of="2026-11-26")
    assert [field_missing(bare, f) for f in ("文号", "发布日期", "发布机关", "状态")] == [True, True, False, False]
    kb = shipped_knowledge_base()
    assert not field_missing(kb.policy("pol-pipl-2021"), "文号")


def test_a_date_recorded_only_to_the_year_does_not_give_the_day_asked():
    year_only = Policy(id="p", title="某方案", issuer=["某部"], source={"name": "x"}, status="unknown", as_of="2026-11-26",
                       issued="2020")
    assert asks_day("具体是哪月哪日印发的") and not asks_day("是哪年发布的") and not asks_day("以第几号主席令公布")
    assert fact_lines(year_only, ["发布日期"], {}, day=True) == ["发布日期：记录只写到2020，没有写明具体哪一天"]
    assert fact_lines(year_only, ["发布日期"], {}) == ["发布日期：2020"]
    assert field_missing(year_only, "发布日期", day=True) and not field_missing(year_only, "发布日期")


def test_a_document_pointed_at_by_a_kind_the_title_lacks_is_anothers():
    question = "专项行动说要发布人工智能应用指引，这个指引是哪天正式发布的？"
    assert pointed_elsewhere(question, "中小企业数字化赋能专项行动方案（2025—2027年）")
    assert not pointed_elsewhere("这个方案是哪天发布的", "中小企业数字化赋能专项行动方案（2025—2027年）")
    assert not pointed_elsewhere("这个文件哪天发布的", "保障中小企业款项支付条例")
    assert pointed_elsewhere("数据二十条出来后，财政部那个会计处理的规定从哪天开始执行的",
                             "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见")
    assert not pointed_elsewhere("那个条例里的规定是哪天施行的", "保障中小企业款项支付条例")
    assert asked_facts("梯度培育管理办法具体自哪一天起施行？") == ["施行日期"]


def test_a_revision_of_another_year_and_a_document_made_to_carry_out_the_law_are_anothers():
    title = "中华人民共和国企业所得税法实施条例"
    assert pointed_elsewhere("《企业所得税法实施条例》2019年修订时对应的国务院令是第几号？", title, named=True)
    assert pointed_elsewhere("民营经济促进法的配套实施细则什么时候出台？", "中华人民共和国民营经济促进法")
    # a document named by its title is named, whatever else the question points at
    assert not pointed_elsewhere("《中小企业划型标准规定》的文号是什么？统计上用的那个划分办法文号又是多少？",
                                 "中小企业划型标准规定", named=True)


@pytest.mark.parametrize("question, facts", [
    ("我们区经信局在梳理，那一轮专项行动是哪几个部门联合印发的，文号是多少？", ["文号", "发布机关"]),
    ("数据二十条是中发〔2022〕几号？", ["文号"]),
    ("梯度培育管理办法是不是发布当天就开始施行了？", ["施行日期"]),
])
def test_more_ways_of_asking_a_field(question, facts):
    assert asked_facts(question) == facts


def test_a_notice_of_a_year_the_record_neither_names_nor_was_issued_in_is_anothers():
    question = "2024年第二批中小企业数字化转型城市试点的申报通知，文号是多少？"
    assert notice_year(question) == "2024"
    assert pointed_elsewhere(question, "财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", issued="2023-06-08")
    assert not pointed_elsewhere(question.replace("2024", "2023"), "财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知",
                                 issued="2023-06-08")
    assert notice_year("2025年以后还会发通知吗") is None


@pytest.mark.parametrize("question", ["该方案由哪些部门联合印发？", "数据二十条是哪两个机关联合印发的？", "一共几个部门联合发的？"])
def test_the_issuers_asked_by_the_verb_of_issuing(question):
    assert asked_facts(question) == ["发布机关"]
    assert asked_facts("由哪个部门受理投诉") == []


def test_many_issuers_are_counted():
    kb = shipped_knowledge_base()
    [line] = fact_lines(kb.policy("pol-xieshou-2022"), ["发布机关"], {})
    assert line.endswith("（共11个）")


def test_a_record_listing_only_the_lead_issuers_says_how_many_there_were():
    kb = shipped_knowledge_base()
    names = {p.id: cited_name(p) for p in kb.policies}
    plan = fact_lines(kb.policy("pol-sme-14th-2021"), ["发布机关"], names)[0]
    assert plan.endswith("等（共19个部门和单位，记录只列出其中4个）")
    joint = fact_lines(kb.policy("pol-xieshou-2022"), ["发布机关"], names)[0]
    assert joint.endswith("（共11个）")
    assert asked_facts("两版方案的发文单位分别是谁") == ["发布机关"]


@pytest.mark.parametrize("question, pointed", [
    ("中小企业促进法最早2002年那一版，具体是哪天开始施行的？", True),
    ("听说中小企业划型标准出过修订征求意见稿，是哪年发的？", True),
    ("2017年修订的那版中小企业促进法哪天施行", False),
    # the version in force is what is asked, whichever the asker's colleague cites
    ("同事引用的还是2002年版的中小企业促进法，现在应以哪一版为准？", False)])
def test_a_version_or_draft_the_record_is_not_points_elsewhere(question, pointed):
    assert pointed_elsewhere(question, "中华人民共和国中小企业促进法", issued="2017-09-01") is pointed


def test_the_day_a_law_was_passed_is_its_issue_date_and_another_documents_is_not_recorded():
    kb = shipped_knowledge_base()
    assert asked_facts("民营经济促进法是哪天表决通过的") == ["通过日期"]
    assert asked_facts("中小企业促进法是哪天修订通过的") == ["通过日期"]
    law = kb.policy("pol-minying-2025")
    assert fact_lines(law, ["通过日期"], {}) == [f"通过日期：{law.issued}（法律于通过当日由主席令公布）"]
    assert not field_missing(law, "通过日期")
    rule = kb.policy("pol-kuanxiang-2025")  # a State Council regulation: passed at a meeting, issued later
    assert fact_lines(rule, ["通过日期"], {})[0].startswith("记录没有写明通过日期")
    assert field_missing(rule, "通过日期")


def test_when_a_document_stopped_is_its_end_and_status_not_when_it_began():
    kb = shipped_knowledge_base()
    assert asked_facts("那个公告从啥时候开始不执行的") == ["有效期"]
    names = {p.id: cited_name(p) for p in kb.policies}
    line = fact_lines(kb.policy("pol-vat-xgm-2023-19"), ["有效期"], names)[0]
    assert line.startswith("原定有效期至2027-12-31；状态：已失效") and "2026年第10号" in line


def test_a_revisions_number_is_the_records_only_when_the_record_is_that_revision():
    assert pointed_elsewhere("企业所得税法实施条例2019年修订时是国务院令第几号", "中华人民共和国企业所得税法实施条例",
                             issued="2007-12-06")
    assert not pointed_elsewhere("款项支付条例2025年修订版是国务院令第几号", "保障中小企业款项支付条例",
                                 issued="2025-03-17")
    assert pointed_elsewhere("上海中小企业条例2018年那次修正是几月几号通过的", "上海市促进中小企业发展条例",
                             issued="2020-06-18")
