"""Documents named outright in a question: by 文号 in its loose spoken forms, or by full title."""

from __future__ import annotations

import pytest

from advisor.naming import ItemNames, ShortNames, named_documents
from corpus.metadata import doc_number_keys
from corpus.record_docs import record_documents
from corpus.records import shipped_knowledge_base


@pytest.mark.parametrize("text,keys", [
    ("财政部 税务总局公告2023年第6号", {(2023, 6)}),
    ("2023年6号公告还能用吗", {(2023, 6)}),
    ("23年6号那个", {(2023, 6)}),
    ("国发〔2021〕29号", {(2021, 29)}),
    ("财库[2020]46号", {(2020, 46)}),
    ("财库［２０２０］４６号", {(2020, 46)}),  # full-width digits and brackets
    ("2026年3月6号开的会", set()),  # a date, not a 文号
    ("他住在123号", set()),
    ("主席令第七十四号", set()),  # no year: matched by title instead
])
def test_doc_number_keys(text, keys):
    assert doc_number_keys(text) == keys


@pytest.fixture(scope="module")
def documents():
    return {d.doc_id: {"meta": d.meta.to_dict()} for d in record_documents(shipped_knowledge_base())}


def test_every_shipped_number_with_a_year_names_its_policy(documents):
    for p in shipped_knowledge_base().policies:
        keys = doc_number_keys(p.doc_number)
        if not keys:
            continue
        year, serial = next(iter(keys))
        assert p.id in named_documents(f"{year}年{serial}号文件现在还有效吗", documents), p.doc_number


def test_a_title_shared_by_versions_names_the_one_in_force(documents):
    kb = shipped_knowledge_base()
    by_title: dict[str, list] = {}
    for p in kb.policies:
        by_title.setdefault(p.title, []).append(p)
    shared = [ps for ps in by_title.values() if len(ps) > 1 and any(p.status == "失效" for p in ps)]
    assert shared, "the shipped data has an old and a revised version under one title"
    for ps in shared:
        named = named_documents(f"{ps[0].title}现在怎么规定", documents)
        assert named == {p.id for p in ps if p.status != "失效"}


def test_nothing_named(documents):
    assert named_documents("奶茶店怎么做会员", documents) == set()


def test_saas_categories_are_named_by_name_or_alias_case_insensitively():
    items = ItemNames((s.id, (s.name, *s.aliases)) for s in shipped_knowledge_base().saas)
    assert "saas-mes" in items.named("小工厂上mes要花多少钱")
    assert "saas-traceability" in items.named("一物一码防窜货 费用咋算")
    assert "saas-traceability" in items.named("卖哈密瓜的网店，想做溯源")
    assert items.named("今天天气怎么样") == set()


def test_a_bare_name_another_items_alias_ends_with_names_that_item_when_its_stem_comes_first():
    items = ItemNames([("saas-pms", ["民宿管理系统"]), ("saas-erp", ["管理系统"])])
    assert items.named("开民宿想上个管理系统，要注意啥") == {"saas-pms"}
    assert items.named("想上个管理系统") == {"saas-erp"}
    assert items.named("民宿生意一般，想上个管理系统") == {"saas-erp"}  # (a clause apart: not said as one name)


def test_a_word_for_software_at_an_aliass_end_may_be_said_another_way():
    items = ItemNames([("saas-booking", ["预约系统"]), ("saas-x", ["OA系统"])])
    assert items.named("预约软件有免费的吗") == {"saas-booking"}
    assert items.named("有没有好用的预约app") == {"saas-booking"}
    assert items.named("预约一下系统演示") == set()  # the stem must stand right before the word
    assert items.named("oa软件") == {"saas-x"}
    assert ItemNames([("saas-y", ["AI系统"])]).named("ai软件") == {"saas-y"}
    assert ItemNames([("saas-z", ["X系统"])]).named("X软件") == set()  # a one-character stem is too loose


def test_single_character_aliases_name_nothing():
    items = ItemNames([("saas-x", ["码", "OA"])])
    assert items.named("扫码") == set()
    assert items.named("oa审批") == {"saas-x"}


SHORT = ShortNames([(p.id, p.title, p.short_title, p.gives_way, p.doc_number) for p in shipped_knowledge_base().policies],
                   {p.id: p.issued for p in shipped_knowledge_base().policies})


@pytest.mark.parametrize("question, ids", [
    ("携手行动什么时候结束", {"pol-xieshou-2022"}), ("数据二十条什么时候发布的", {"pol-shuju-ershitiao-2022"}),
    ("个人信息保护法哪天生效", {"pol-pipl-2021"}),  # a law without "中华人民共和国"
    ("款项支付条例还有效吗", {"pol-kuanxiang-2025"}),  # the revised version, not the one it replaced
    ("梯度培育暂行办法还管用吗", {"pol-tidu-zanxing-2022"}),  # the bracketed year is not part of the name
    ("老版款项支付条例还有效吗", {"pol-kuanxiang-2020"}),  # the old version, when asked for
    ("19号公告免增值税还执行吗", {"pol-vat-xgm-2023-19"}),  # a 公告's serial without its year
    ("2023年19号公告还执行吗", set()),  # with its year it is a 文号, which DocumentNames reads
    ("数字化转型城市试点有什么要求", set()), ("小程序开发以后还吃香吗", set())])
def test_policies_are_named_by_their_short_names(question, ids):
    assert SHORT.named(question) == ids


def test_a_title_with_its_years_said_first_names_that_version(documents):
    # "中小企业数字化赋能专项行动方案" is the 2020 title; the 2025 one adds "（2025—2027年）" after it.
    assert named_documents("2025—2027年中小企业数字化赋能专项行动方案的文号是什么", documents) == {"pol-szh-funeng-2025"}
    assert named_documents("中小企业数字化赋能专项行动方案（2025—2027年）的文号", documents) == {"pol-szh-funeng-2025"}
    assert named_documents("中小企业数字化赋能专项行动方案的文号是什么", documents) == {"pol-szh-funeng-2020"}


def test_a_short_name_no_other_policy_holds_names_one_text():
    names = ShortNames([("a", "优质中小企业梯度培育管理办法", "梯度培育办法（2026）", False, ""),
                        ("b", "财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", "中小企业数字化转型城市试点", False, ""),
                        ("c", "关于做好2025年中小企业数字化转型城市试点工作的通知", "第三批数字化转型城市试点", False, "")])
    assert names.own == {"a", "c"}  # b's short name is also in c's title: any round of the programme


def test_a_titles_tail_no_other_title_holds_names_its_policy():
    names = ShortNames([("a", "优质中小企业梯度培育管理办法", "梯度培育办法（2026）", False, ""),
                        ("z", "优质中小企业梯度培育管理暂行办法", "梯度培育暂行办法（2022）", True, ""),
                        ("b", "财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", "数转试点框架", False, ""),
                        ("c", "关于做好2025年中小企业数字化转型城市试点工作的通知", "第三批数转试点", False, "")])
    assert names.named("2026年新的梯度培育管理办法中营收门槛是多少") == {"a"}
    assert names.named("城市试点工作的通知是哪年发的") == set()  # a tail both rounds' titles hold names neither
    assert names.named("管理办法里怎么说") == set()  # (too short to name anything)


def test_the_round_of_a_programme_is_named_by_its_years():
    # "数字化赋能专项行动" is the 2020 round's short name; the years said pick the 2025—2027 round
    assert SHORT.named("2025到2027年那一轮中小企业数字化赋能专项行动，文号是多少") == {"pol-szh-funeng-2025"}
    assert SHORT.named("数字化赋能专项行动2020年版的文号") == {"pol-szh-funeng-2020"}
    assert SHORT.named("数字化赋能专项行动的文号") == {"pol-szh-funeng-2020"}


def test_a_version_is_named_by_the_year_of_its_edition(documents):
    # both versions of the payment regulation share one title; "2020年版" is the replaced one
    assert named_documents("2020年版的保障中小企业款项支付条例是国务院令第几号", documents) == {"pol-kuanxiang-2020"}
    assert named_documents("保障中小企业款项支付条例是国务院令第几号", documents) == {"pol-kuanxiang-2025"}


def test_a_round_is_named_by_a_year_its_title_says_outright():
    assert SHORT.years["pol-szh-chengshi-2025"] >= {"2025"}


def test_a_places_own_law_is_named_with_the_place_said_short(documents):
    assert named_documents("上海的促进中小企业发展条例现在有效的是哪一版", documents) == {"pol-sh-sme-2020"}
    assert named_documents("浙江数字经济促进条例是哪年通过的", documents) == {"pol-zj-szjj-2020"}
    assert named_documents("促进中小企业发展条例", documents) == set()


@pytest.mark.parametrize("question, ids", [
    # the short name said in two pieces, words between; of two rounds so named, the one carrying the other on
    ("专精特新小巨人新一轮的中央财政奖补管的是哪几年", {"pol-zjtx-caizheng-2024"}),
    # a round's years said short
    ("25到27年那轮中小企业数字化赋能专项行动是哪几个部委印发的", {"pol-szh-funeng-2025"}),
    # pieces in different clauses are not the name
    ("专精特新小巨人，新一轮奖补", set())])
def test_a_short_name_said_apart_or_with_short_years_names_its_round(question, ids):
    assert SHORT.named(question) == ids


def test_two_rounds_each_named_by_its_years_are_both_named():
    question = "2020年那个中小企业数字化赋能专项行动，和2025到2027年新一轮的方案，发文单位分别是谁？"
    assert SHORT.named(question) == {"pol-szh-funeng-2020", "pol-szh-funeng-2025"}


def test_a_new_round_said_with_a_title_names_the_latest_round(documents):
    # the 2020 方案's full title is inside the question; "新一轮" points at the round after it
    question = "方案里到2027年上云率目标多少？新一轮中小企业数字化赋能专项行动方案怎么说"
    assert named_documents(question, documents) == {"pol-szh-funeng-2025"}
    assert named_documents("中小企业数字化赋能专项行动方案是哪年发的", documents) == {"pol-szh-funeng-2020"}


@pytest.mark.parametrize("question, ids", [
    ("2020年那版款项支付条例，对大型企业付款有没有规定多少天", {"pol-kuanxiang-2020"}),
    ("2020年施行的那版款项支付条例", {"pol-kuanxiang-2020"}),
    ("款项支付条例对大型企业付款规定多少天", set()),  # no version said: retrieval and the record in force decide
    ("2020年以来款项支付条例改过几次", set())])
def test_a_version_said_by_short_name_and_year_is_its_edition(question, ids):
    assert SHORT.edition(question) == ids


def test_the_first_of_rounds_is_the_earliest_issued_and_a_years_revision_is_that_edition():
    from advisor.naming import edition_years
    assert SHORT.named("中小企业数字化转型城市试点最早那份通知的文号是多少") == {"pol-szh-chengshi-2023"}
    assert edition_years("上海中小企业条例2018年那次修正是几月几号通过的") == ["2018"]
