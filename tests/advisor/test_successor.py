"""Whether a later version or round follows a record, from the records' superseded_by / continued_by links."""

from __future__ import annotations

import pytest

from advisor.successor import asks_old_version, asks_successor, lineage, replaced_version
from corpus.records import shipped_knowledge_base

KB = shipped_knowledge_base()


@pytest.mark.parametrize("question", ["携手行动2025年就结束了，还有下一轮吗", "小巨人奖补2026年以后还接着搞吗", "那个办法出新版了没有",
                                      "条例后来又修订过没", "十五五的出来没", "小规模1%征收率 2027年以后还延续不",
                                      "网信办出台了没", "这个数字以后有更新的吗", "第三批以后还有第四批城市试点吗",
                                      "小规模纳税人2028年起征点还是月销10万吗", "那个就业数有没有2023年的最新数据",
                                      "有没有最新的数", "第三批之后，明年还会有第四批吗", "十五五数字经济规划发了没有",
                                      "划型标准的修订版预计什么时候正式发布实施", "修订征求意见稿是什么时候发布的",
                                      "携手行动结束了，有没有出2026年以后的接续文件"])
def test_successor_asked(question):
    assert asks_successor(question)


@pytest.mark.parametrize("question", ["新一轮赋能行动说要建垂直行业大模型，首批有哪些", "国家新一轮推小厂数字改造的方案定了啥目标",
                                      "暂行办法还管用吗", "小巨人奖补能拿多少", "山里的荔枝运得出吗",
                                      "上海条例2020年修订过的那版有什么新规定", "新版评测指标有什么变化",
                                      "新一轮赋能行动有什么支持", "还有没有新的补贴政策", "新版好不好用", "有没有这方面的数据",
                                      "有没有最新的数量要求", "要是被查出来没履行数据安全保护义务，一般罚多少钱",
                                      # whether it was ever revised, which the record's history tells
                                      "实施条例是哪年公布的，后来修订过没有"])
def test_other_questions_do_not_ask_for_a_successor(question):
    assert not asks_successor(question)


def test_a_replaced_or_continued_record_leads_to_its_successor():
    assert lineage("暂行办法出新版了没", "pol-tidu-zanxing-2022", KB).later.id == "pol-tidu-2026"
    assert lineage("2020年那个赋能行动后来有新的吗", "pol-szh-funeng-2020", KB).later.id == "pol-szh-funeng-2025"


def test_a_record_nothing_follows_has_no_successor():
    line = lineage("携手行动还有下一轮吗", "pol-xieshou-2022", KB)
    assert line is not None and line.later is None
    assert lineage("这个数据以后有更新的吗", "stat-wechat-ecosystem-jobs-2020", KB).later is None


def test_a_year_asked_past_needs_a_record_reaching_beyond_it():
    # the 2024 round ends 2026-12-31: it continues the 2021 funding past 2021 but not past 2026
    assert lineage("2021年以后还接着搞吗", "pol-zjtx-caizheng-2021", KB).later.id == "pol-zjtx-caizheng-2024"
    past = lineage("2026年以后还接着搞吗", "pol-zjtx-caizheng-2021", KB)
    assert past.later is None and past.latest.id == "pol-zjtx-caizheng-2024" and past.after == 2026


def test_a_question_about_the_newer_round_itself_is_left_to_retrieval():
    assert lineage("24到26年还有没有新一轮补钱", "pol-zjtx-caizheng-2024", KB) is None
    assert lineage("2021年以后还接着搞吗", "pol-zjtx-caizheng-2024", KB) is None


def test_a_round_past_the_one_named_or_a_year_from_which_asks_for_what_follows():
    # "第三批以后还有第四批吗" asks past the 2025 round, not about it (it continues the 2023 one)
    line = lineage("第三批以后还有第四批城市试点吗", "pol-szh-chengshi-2025", KB)
    assert line is not None and line.later is None
    # "2027年起…还有…吗": the 2024 round ends 2026-12-31, so nothing covers 2027 on; 2026 on it still covers
    line = lineage("2027年起小巨人还有中央奖补吗", "pol-zjtx-caizheng-2024", KB)
    assert line is not None and line.later is None and line.after == 2026
    assert lineage("2026年起小巨人还有中央奖补吗", "pol-zjtx-caizheng-2024", KB) is None
    # a rule without an end date: its passages tell whether it holds from a year on
    assert lineage("小规模纳税人2028年起征点还是月销10万吗", "pol-vat-xianjie-2026-10", KB) is None


@pytest.mark.parametrize("question, asks", [
    ("以前那版防止拖欠货款的规定还管用吗", True),
    ("小规模的老免税文件停了，我该按哪个新的报", True),
    ("老的小微减税办法和现在的有啥区别", True),
    ("以前的老规定里大公司欠款有没有说多少天内要给", False),  # a detail of the old version, not whether it holds
    ("这个规定还管用吗", False),  # no older version spoken of
])
def test_asking_whether_an_older_version_still_holds(question, asks):
    assert asks_old_version(question) is asks


def test_the_replaced_version_is_found_from_either_side_best_first():
    kb = shipped_knowledge_base()
    assert replaced_version(["pol-tidu-2026"], kb).id == "pol-tidu-zanxing-2022"  # from the new version
    assert replaced_version(["saas-erp", "pol-kuanxiang-2020"], kb).id == "pol-kuanxiang-2020"
    assert replaced_version(["pol-zjtx-caizheng-2024"], kb) is None  # a round carried on is not replaced
    assert replaced_version(["pol-tax-xiaowei-2023-12", "pol-tidu-2026"], kb).id == "pol-tax-xiaowei-2023-06"


@pytest.mark.parametrize("question", ["中小企业划型标准的新修订版什么时候正式发布实施？",
                                      "十四五数字经济发展规划到期后，国务院接续印发的新一期规划叫什么"])
def test_a_revised_or_next_issue_asked_for_is_a_successor(question):
    assert asks_successor(question)


def test_a_version_replaced_by_the_year_asked_past_leads_to_its_replacement():
    line = lineage("19号公告2026年以后还执行吗？现在按哪个文件", "pol-vat-xgm-2023-19", KB)
    assert line.later.id == "pol-vat-xianjie-2026-10" and line.after == 2026


@pytest.mark.parametrize("question, asks", [
    ("营业执照一定要亮出来吗", False), ("名单拿出来了吗", False), ("新标准出来了吗", True),
    ("听说划型标准要出新版了，新标准里工业的营收门槛改成多少了？", True),
])
def test_showing_is_not_coming_out_and_a_figure_of_the_new_version_is(question, asks):
    assert asks_successor(question) is asks


def test_a_rule_issued_in_the_year_asked_past_is_itself_what_holds_then():
    # the 2026 VAT notice has no end date; "2026年以后" asks about its own time, for its passages to tell
    assert lineage("以前甲供工程可以选简易计税，2026年以后还能这么弄吗", "pol-vat-xianjie-2026-10", KB) is None
    # an older rule without an end date asked past a later year still has no successor to offer
    line = lineage("2027年以后还能这么弄吗", "pol-vat-xianjie-2026-10", KB)
    assert line is not None and line.later is None


def test_a_revision_named_by_its_year_is_one_that_exists_not_a_successor_asked():
    assert not asks_successor("款项支付条例2025年修订版是哪天通过的")
    assert asks_successor("划型标准的修订版什么时候正式发布")
