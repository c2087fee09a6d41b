"""The size-class intent and the standard's bound line it quotes."""

from __future__ import annotations

import pytest

from advisor.size_answer import asked_bounds, asks_size_class, asks_standard_figures, bound_sentence


@pytest.mark.parametrize("question", ["18个工人一年营收两百多万，算不算微型企业", "算小型还是微型", "开个小超市，5个人，算什么规模",
                                      "我们属于哪种规模的企业", "按划型标准我们是中型吗", "这样算微型企业吗",
                                      "算小型企业还是微型企业", "淘宝网店，12个员工，划型上算啥规模",
                                      "有人跟我讲人数不到十个的一律只能算微型，对不对"])
def test_size_class_asked(question):
    assert asks_size_class(question)


@pytest.mark.parametrize("question", ["我们20人，算不算小型微利企业", "小微企业所得税能减多少", "有什么小微企业补贴",
                                      "划型和小规模纳税人有什么区别，税怎么交", "我们厂20个人，算小微企业，有什么补贴"])
def test_tax_terms_and_other_questions_are_not_the_size_class(question):
    assert not asks_size_class(question)


TABLE = ["工业（常见如工厂）：从业人员1000人以下的为中小微型企业。工业中型企业：从业人员300人及以上。"
         "工业微型企业：从业人员20人以下或营业收入300万元以下。", "零售业微型企业：从业人员10人以下或营业收入100万元以下。"]


def test_the_bound_of_the_group_and_size_is_found():
    assert bound_sentence(TABLE, "零售业", "微型") == (1, "零售业微型企业：从业人员10人以下或营业收入100万元以下。")
    assert bound_sentence(TABLE, "工业", "微型") == (0, "工业微型企业：从业人员20人以下或营业收入300万元以下。")
    assert bound_sentence(TABLE, "工业", "小型") is None
    assert bound_sentence(TABLE, "餐饮业", "微型") is None


@pytest.mark.parametrize("question, sizes", [("零售业营业收入多少以下算小型企业", ("小型", "中型")),
                                             ("开饭店的多少人以下算微型", ("微型",)), ("工厂中型企业的标准是多少", ("中型", "中小微型")),
                                             ("我们20人算小型吗", ()), ("小型微利企业标准是多少", ()),
                                             ("零售业小型、微型两档的划型标准是多少人、多少营收", ("微型", "小型", "中型")),
                                             ("建筑业划为小型企业的各项下限分别是多少", ("小型", "中型")),
                                             ("工业企业要同时达到什么条件才算大型企业", ("中小微型",))])
def test_the_bounds_of_a_class_are_its_lines_and_the_next_class_up(question, sizes):
    assert asked_bounds(question) == sizes


def test_the_upper_bound_of_all_three_classes_is_found():
    assert bound_sentence(TABLE, "工业", "中小微型") == (0, "工业（常见如工厂）：从业人员1000人以下的为中小微型企业。")
    assert bound_sentence(TABLE, "零售业", "中小微型") is None


def test_the_standards_figures_asked_without_a_class():
    assert asks_standard_figures("金融业企业划型标准具体是多少人多少钱")
    assert asks_standard_figures("划型的门槛怎么划")
    assert not asks_standard_figures("划型标准是哪个部门发的")



def test_which_tier_asked_is_the_size_class():
    assert asks_size_class("包装盒印刷厂，60来号工人，年营业收入1500万，划型的话是哪一档？")
    assert not asks_size_class("小规模纳税人的税率是哪一档")


def test_a_group_named_with_enumeration_commas_finds_its_line():
    # the table says "农林牧渔业微型企业：", the classifier's group is "农、林、牧、渔业"
    table = ["农林牧渔业小型企业：营业收入50万元及以上。农林牧渔业微型企业：营业收入50万元以下。"]
    assert bound_sentence(table, "农、林、牧、渔业", "微型") == (0, "农林牧渔业微型企业：营业收入50万元以下。")
    assert bound_sentence(table, "农、林、牧、渔业", "中型") is None


def test_which_tier_of_size_asks_the_class():
    assert asks_size_class("做直播带货的公司，15个员工，一年营收600万左右，算哪一档规模")


@pytest.mark.parametrize("question", ["云仓公司，200个人，年营收3个亿，到大型了没有", "营收这么高应该能算小型了吧",
                                      "够得上中型吗"])
def test_whether_the_numbers_reach_a_class_asks_the_class(question):
    assert asks_size_class(question)
