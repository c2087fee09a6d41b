"""Extractive answers: one cited point per document, far weaker passages give no point, refusals say why."""

from __future__ import annotations

import re

import pytest

from advisor.answer import (
    Citation,
    Composed,
    _record_gives,
    best_sentences,
    compose_answer,
    not_stated_note,
    refusal,
)
from advisor.details import asked_about
from advisor.scope import ScopeGap


def cite(n: int, doc: str, text: str, score: float, quote: str = "", status: str = "", kind: str = "SaaS") -> Citation:
    return Citation(n, doc, f"标题{doc}", "来源", "", text, score, kind=kind, status=status, quote=quote)


MES = cite(1, "saas-mes", "MES 适合多品种小批量的工厂。关注现场网络、工人操作门槛和后续二次开发费用。", 0.91,
           quote="关注现场网络、工人操作门槛和后续二次开发费用。")
MES_2 = cite(2, "saas-mes", "实施一般分车间试点再推广。", 0.85, quote="实施一般分车间试点再推广。")
PAY = cite(3, "pol-pay", "处理部门一般30日内书面反馈处理结果。", 0.50, quote="处理部门一般30日内书面反馈处理结果。", kind="政策")
IOT = cite(4, "saas-iot", "设备联网后可以实时看到开停机和故障。", 0.70, quote="设备联网后可以实时看到开停机和故障。")


def text_of(question: str, citations: list[Citation], **kwargs) -> str:
    return compose_answer(question, citations, **kwargs).text()


def markers(answer: str) -> list[int]:
    return [int(m) for m in re.findall(r"\[(\d+)\]", answer)]


def test_each_point_cites_its_passage_and_quotes_it():
    answer = text_of("MES贵不贵", [MES, IOT])
    assert markers(answer) == [1, 4]
    assert "关注现场网络、工人操作门槛和后续二次开发费用。[1]" in answer


def test_one_point_per_document():
    assert markers(text_of("MES贵不贵", [MES, MES_2, IOT])) == [1, 4]


def test_a_passage_far_below_the_first_gives_no_point():
    answer = text_of("MES实施要多久，贵不贵", [MES, PAY, IOT])
    assert markers(answer) == [1, 4]  # 0.50 < 0.6 × 0.91; 0.70 is kept
    assert "30日" not in answer
    assert markers(text_of("MES实施要多久，贵不贵", [MES, PAY, IOT], min_share=0.0)) == [1, 3, 4]


def test_an_expired_policy_is_marked():
    old = cite(1, "pol-old", "月销售额10万元以下免征增值税。", 1.0, quote="月销售额10万元以下免征增值税。", status="失效",
               kind="政策")
    assert "（已失效" in text_of("2023年19号公告还能用吗", [old])


def test_no_statement_no_answer():
    heading_only = cite(1, "pol-x", "# 总则\n附则", 1.0)
    assert text_of("总则说了啥", [heading_only]) == ""


def test_best_sentences_prefer_shared_words():
    text = "小规模纳税人按季申报。起征点为按季30万元。其他事项另行规定。"
    assert best_sentences("起征点是多少", text, limit=1) == ["起征点为按季30万元。"]


def test_refusal_names_the_missing_place_or_foreign_scope():
    assert "深圳" in refusal("深圳补多少", [], ScopeGap("深圳市"))
    assert "中国内地" in refusal("德国补贴", [], ScopeGap("德国", foreign=True))
    assert "所在地区" in refusal("有啥补贴", ["所在地区（省/市）"])


def test_a_short_field_line_is_not_quoted_as_the_answer():
    case = cite(1, "case-tea", "技术：区块链。\n把茶叶从产地到销售的关键信息记到区块链上，买家扫码就能查来源。", 1.0,
                quote="技术：区块链。", kind="案例")
    answer = text_of("茶叶怎么用区块链溯源", [case])
    assert "把茶叶从产地到销售的关键信息记到区块链上" in answer and "技术：区块链" not in answer


def test_the_first_point_may_come_from_a_weaker_chunk_when_the_best_holds_nothing_quotable():
    header = cite(1, "case-auto", "案例：工程师进驻主机厂\n数字化阶段：集成协同。", 0.99, kind="案例")
    body = cite(2, "case-auto", "## 做法\n中小技术企业派工程师进驻主机厂，一起开发、落地。", 0.55,
                quote="中小技术企业派工程师进驻主机厂，一起开发、落地。", kind="案例")
    assert markers(text_of("有没有派人驻场给车厂干活的例子", [header, body])) == [2]


def test_a_figure_asked_for_but_not_in_the_points_is_called_missing():
    cost = cite(1, "saas-mes", "轻量云版多按年订阅；定制部署按项目一次性收费外加年度维护费。", 0.9,
                quote="定制部署按项目一次性收费外加年度维护费。")
    composed = compose_answer("上一套MES大概要多少钱", [cost])
    assert "没有写明您问的具体金额或价格" in composed.text() and markers(composed.text()) == [1]
    assert composed.not_stated == ["具体金额或价格"]
    # the same passage answers a question that asks for no figure without the note
    assert "没有写明" not in text_of("MES一般怎么收费", [cost])
    # and a point that states a number needs no note
    assert "没有写明" not in text_of("实施要多久", [PAY])


def test_every_missing_detail_is_named_in_one_note():
    grant = cite(1, "pol-bj", "获得首次贷款的中小企业可获财政贴息。", 0.9, kind="政策",
                 quote="获得首次贷款的中小企业可获财政贴息。")  # (no office named: "通过…服务中心" says where to go)
    answer = text_of("首贷贴息能贴多少，怎么申请", [grant])
    assert answer.count("注意：") == 1
    assert "具体金额或价格和办理流程、所需材料或受理部门" in answer


PAY_TERMS = cite(1, "pol-pay", "机关、事业单位应当及时支付中小企业款项。", 0.9, kind="政策",
                 quote="机关、事业单位应当及时支付中小企业款项。")
PAY_DAYS = cite(6, "pol-pay", "机关、事业单位自交付之日起30日内付款。", 0.0, kind="政策",
                quote="机关、事业单位自交付之日起30日内付款。")


def test_a_detail_sentence_of_the_same_record_joins_the_point_with_its_own_marker():
    composed = compose_answer("多少天之内必须付款", [PAY_TERMS, PAY_DAYS],
                              details={"pol-pay": [(6, "机关、事业单位自交付之日起30日内付款。")]})
    assert "及时支付中小企业款项[1]；机关、事业单位自交付之日起30日内付款。[6]" in composed.text()
    assert composed.not_stated == [] and "没有写明" not in composed.text()


def test_each_detail_asked_adds_its_own_sentence():
    figures = cite(6, "case-loan", "首批推广到690个县区。\n试用期用过的农户为5万户。", 0.0, kind="案例")
    story = cite(1, "case-loan", "银行用卫星图像估产量再放贷。", 0.9, kind="案例", quote="银行用卫星图像估产量再放贷。")
    composed = compose_answer("铺到了多少个县？试用的农户有多少", [story, figures],
                              details={"case-loan": [(6, "首批推广到690个县区。"), (6, "试用期用过的农户为5万户。")]})
    assert "估产量再放贷[1]；首批推广到690个县区；试用期用过的农户为5万户。[6]" in composed.text()
    assert composed.not_stated == []


def test_a_detail_the_record_states_elsewhere_is_not_called_missing():
    records = {"pol-pay": "机关、事业单位应当及时支付中小企业款项。\n大型企业自交付之日起60日内付款。"}
    composed = compose_answer("多少天之内必须付款", [PAY_TERMS], records=records)
    assert composed.not_stated == []
    assert "所引文件另有写到具体期限或日期的内容" in composed.text() and "没有写明" not in composed.text()
    bare = compose_answer("多少天之内必须付款", [PAY_TERMS], records={"pol-pay": PAY_TERMS.text})
    assert bare.not_stated == ["具体期限或日期"]


def test_a_partial_answer_says_first_that_the_detail_is_not_stated():
    partial = compose_answer("上一套MES大概要多少钱", [MES]).partial_text()
    first, *rest = partial.splitlines()
    assert first.startswith("没有找到您问的具体金额或价格") and "不作推测" in first
    assert any(line.endswith("[1]") for line in rest)  # the related passage stays cited, as a pointer


LOAN = cite(1, "pol-loan", "专班走访小微企业，了解融资需求。\n可向所在区县的融资协调专班提出融资需求。", 0.9, kind="政策",
            quote="专班走访小微企业，了解融资需求。")


def test_steps_a_record_gives_for_something_else_are_not_the_steps_asked():
    records = {"pol-loan": LOAN.text}
    other = compose_answer("个体户转成公司要跑哪些手续", [LOAN], records=records)
    assert other.not_stated == ["办理流程、所需材料或受理部门"] and other.misses_the_ask("个体户转成公司要跑哪些手续")
    own = compose_answer("融资需求去哪里申请", [LOAN], records=records)  # "融资需求": the record's steps are for this
    assert own.not_stated == []


def test_a_detail_stated_elsewhere_does_not_make_up_for_one_no_record_states():
    records = {"pol-pay": "机关、事业单位应当及时支付中小企业款项。\n大型企业自交付之日起60日内付款。"}
    composed = compose_answer("多少天之内必须付款，具体怎么申请", [PAY_TERMS], records=records)
    assert composed.not_stated == ["办理流程、所需材料或受理部门"] and composed.elsewhere == ["具体期限或日期"]
    assert composed.misses_the_ask("多少天之内必须付款，具体怎么申请")
    alone = compose_answer("多少天之内必须付款", [PAY_TERMS], records=records)  # stated elsewhere only: answered
    assert alone.not_stated == [] and alone.elsewhere == ["具体期限或日期"] and not alone.misses_the_ask("多少天之内必须付款")


def test_a_passage_with_nothing_to_quote_speaks_by_its_records_detail_sentence():
    head = cite(4, "pol-std", "## 适用对象", 0.6, kind="政策")
    how = "通过梯度培育平台（zjtx.miit.gov.cn）了解标准和填报。"
    composed = compose_answer("新标准在哪个网站看", [head], details={"pol-std": [(6, how)]})
    assert composed.points == [f"1. 《标题pol-std》{how.rstrip('。')}。[6]"]


def test_a_refusal_of_a_question_without_chinese_asks_for_chinese():
    assert "请用中文提问" in refusal("How can a small restaurant get subsidies?", [])
    assert "请用中文提问" not in refusal("SaaS 是什么", [])  # Chinese with a Latin word
    assert "请用中文提问" not in refusal("？？？", [])


def test_a_policy_past_its_end_date_is_marked_in_its_point():
    c = Citation(1, "pol-x", "某规划", "", "概要", "规划期到2025年。", 1.0, kind="政策", status="unknown",
                 quote="规划期到2025年。", expires="2025-12-31")
    assert "（有效期至2025-12-31，已到期，仅供了解）" in compose_answer("规划期到哪年", [c]).text()
    current = Citation(1, "pol-y", "某公告", "", "概要", "政策延续到2099年。", 1.0, kind="政策", status="有效",
                       quote="政策延续到2099年。", expires="2099-12-31")
    assert "已到期" not in compose_answer("政策延续到哪年", [current]).text()


def test_a_record_left_out_of_records_neither_gives_nor_lacks_the_detail():
    other_year = Citation(1, "stat-a", "就业统计", "", "", "2020年带来约3684万个就业机会。", 1.0, kind="统计",
                          quote="2020年带来约3684万个就业机会。")
    full = compose_answer("微信生态带动了多少就业", [other_year], records={"stat-a": other_year.text})
    assert full.not_stated == []  # the point states a count
    kept_out = compose_answer("微信生态带动了多少就业", [other_year], records={})
    assert kept_out.not_stated == ["具体数量"] and kept_out.misses_the_ask("微信生态带动了多少就业")
    # (asked of another year, the point itself does not state it: test_intent's year tests)
    assert compose_answer("2023年带动了多少就业", [other_year], records={"stat-a": other_year.text}).not_stated


def test_how_a_case_turned_out_joins_its_point_when_asked():
    case = cite(1, "case-pos", "案例：小餐馆用扫码点餐\n顾客扫码点单、在线付款，订单直接进收银系统。", 0.9,
                quote="顾客扫码点单、在线付款，订单直接进收银系统。", kind="案例")
    outcome = {"case-pos": (2, "论文把点餐收银工具看作小店数字化最常见的起点。具体数字未核实。")}
    told = compose_answer("有没有人这么干过，效果咋样", [case], outcomes=outcome)
    assert "订单直接进收银系统[1]；论文把点餐收银工具看作小店数字化最常见的起点。具体数字未核实。[2]" in told.text()
    assert told.not_stated == []  # how it turned out is told, not a detail that can be missing
    assert "论文把点餐" not in compose_answer("有没有人这么干过", [case]).text()


def test_points_giving_the_detail_asked_lead():
    story = cite(1, "case-x", "工程师进驻主机厂，一起开发落地。", 0.9, quote="工程师进驻主机厂，一起开发落地。", kind="案例")
    terms = cite(2, "pol-pay", "大型企业自交付之日起60日内付款。", 0.8, quote="大型企业自交付之日起60日内付款。", kind="政策")
    points = [ln for ln in compose_answer("大企业多少天内必须付钱", [story, terms]).text().splitlines() if ln[:2] in ("1.", "2.")]
    assert points[0].startswith("1. 《标题pol-pay》") and "60日" in points[0]
    assert points[1].startswith("2. 标题case-x")


FIRST_LOAN = cite(1, "pol-bj", "通过首贷服务中心获得首次贷款的中小企业可获财政贴息。", 0.9, kind="政策",
                  quote="通过首贷服务中心获得首次贷款的中小企业可获财政贴息。")


def test_a_figure_the_record_gives_only_for_something_else_it_names_is_not_stated():
    # The record names 贴息 and gives no rate: its procurement quota's 40% is not the rate asked.
    records = {"pol-bj": FIRST_LOAN.text + "\n各部门预留采购份额不低于40%。"}
    rate = compose_answer("财政贴息能贴几个点", [FIRST_LOAN], records=records)
    assert rate.not_stated == ["具体比例或倍数"] and rate.misses_the_ask("财政贴息能贴几个点")
    # A figure beside the word asked about is stated; so is one of a record that never names it ("另有写到").
    tied = {"pol-bj": FIRST_LOAN.text + "\n贴息比例为贷款利息的50%。"}
    assert compose_answer("财政贴息能贴几个点", [FIRST_LOAN], records=tied).not_stated == []
    other = compose_answer("一家能拿几个点", [FIRST_LOAN], records=records)
    assert other.not_stated == [] and other.elsewhere == ["具体比例或倍数"]


def test_a_period_the_corpus_holds_nothing_of_is_said_in_the_refusal():
    text = refusal("十五五规划定了哪些目标", ["所在地区（省/市）"], ScopeGap("十五五", period=True))
    assert "没有“十五五”时期的规划或政策" in text and "主管部门发布的文件为准" not in text
    assert "可以补充" not in text  # the asker's region would not bring the plan into the corpus


def test_a_documents_number_asked_for_joins_its_title():
    rule = Citation(1, "pol-huafen", "统计上大中小微型企业划分办法", "来源", "", "国家统计局区分大、中、小、微型企业的办法。",
                    0.9, doc_number="国统字〔2017〕213号", kind="政策", quote="国家统计局区分大、中、小、微型企业的办法。")
    asked = compose_answer("统计上划分企业大小用哪个办法，文号多少", [rule])
    assert "《统计上大中小微型企业划分办法》（国统字〔2017〕213号）" in asked.text() and not asked.not_stated
    assert "国统字" not in compose_answer("统计上划分企业大小用哪个办法", [rule]).text()


def test_the_day_a_list_comes_out_is_not_told_by_a_records_term():
    rule = cite(1, "pol-zjtx", "有效期至：2026-12-31\n中央财政分三批支持小巨人企业。", 0.9, kind="政策",
                quote="中央财政分三批支持小巨人企业。")
    assert compose_answer("新一批小巨人名单什么时候公布", [rule]).not_stated == ["具体时间（公布、申报或发放）"]
    told = cite(1, "pol-zjtx", "第二批名单于2025年6月公布。", 0.9, kind="政策", quote="第二批名单于2025年6月公布。")
    assert compose_answer("第二批名单什么时候公布", [told]).not_stated == []


@pytest.mark.parametrize("not_stated, elsewhere, question", [
    ("具体金额或价格", "具体数字", "服务券一张面额多少？一年最多能用多少？"),
    ("具体金额或价格", "具体期限或日期", "服务券一张面额多少？有效期几年？"),
    ("具体比例或倍数", "具体金额或价格", "服务券每年最多用多少金额？补贴比例是多少？"),
    ("办理流程、所需材料或受理部门", "具体金额或价格", "服务券每年最多用多少金额？怎么申请？"),
])
def test_a_detail_no_record_states_declines_whatever_figure_is_elsewhere(not_stated, elsewhere, question):
    composed = Composed(["1. 《条例》设中小企业服务券。[1]"], "")
    composed.not_stated, composed.elsewhere = [not_stated], [elsewhere]
    assert composed.misses_the_ask(question)
    composed.not_stated = []  # the figure elsewhere alone keeps the answer, with its note
    assert not composed.misses_the_ask(question)


def test_the_day_another_document_comes_out_is_not_told_by_the_records_own_date():
    plan = cite(1, "pol-plan", "发布机关：工业和信息化部；发布日期：2024-12-12\n发布面向中小企业的人工智能应用指引。", 0.9,
                kind="政策", quote="发布面向中小企业的人工智能应用指引。")
    records = {"pol-plan": plan.text}
    composed = compose_answer("面向中小企业的人工智能应用指引是哪天正式发布的", [plan], records=records)
    assert composed.not_stated == ["发布日期"] and composed.misses_the_ask("面向中小企业的人工智能应用指引是哪天正式发布的")


def test_a_period_elsewhere_does_not_keep_an_answer_lacking_a_detail_no_record_states():
    # "过渡期有几年，要不要重新申报": the record's three-year batches name no 过渡期, and no record tells re-applying
    batches = cite(1, "pol-tidu", "优质中小企业分为三个层级，完善认定标准。", 0.9, kind="政策",
                   quote="优质中小企业分为三个层级，完善认定标准。")
    records = {"pol-tidu": batches.text + "\n分三批（每批不超过三年）重点支持。"}
    question = "新办法下有几年过渡期？要不要重新申报"
    composed = compose_answer(question, [batches], records=records)
    assert composed.elsewhere == ["具体期限或日期"] and composed.misses_the_ask(question)
    # a period the record gives beside what is asked keeps the answer
    tied = compose_answer("新办法下过渡期有几年", [batches], records={"pol-tidu": batches.text + "\n过渡期为三年。"})
    assert tied.not_stated == [] and not tied.misses_the_ask("新办法下过渡期有几年")


def test_the_words_of_the_asking_clause_judge_a_record_naming_nothing_near_the_ask():
    coupons = cite(1, "pol-bj", "主管部门可用服务券等形式给予补贴。", 0.9, kind="政策", quote="主管部门可用服务券等形式给予补贴。")
    records = {"pol-bj": coupons.text + "\n预留份额不低于40%。"}
    assert compose_answer("北京服务券一家最多领多少", [coupons], records=records).not_stated == ["具体金额或价格"]


def test_a_lapsed_plans_status_note_states_no_year_for_a_figure():
    plan = Citation(1, "pol-plan", "规划", "来源", "", "2025年核心产业增加值占GDP比重目标（10%）。", 0.9, kind="政策",
                    quote="2025年核心产业增加值占GDP比重目标（10%）。", expires="2025-12-31")
    composed = compose_answer("核心产业增加值占GDP比重在2020年是多少？", [plan])
    assert "有效期至2025-12-31" in composed.text()  # the note is still shown
    assert composed.not_stated == ["具体比例或倍数"]


def test_one_firms_share_is_not_given_by_a_record_naming_none_of_the_asking_words():
    giant = Citation(1, "pol-giant", "专精特新小巨人奖补", "来源", "", "分三批重点扶持小巨人企业。\n按每家企业连续支持3年、合计600万元测算奖补额。",
                     0.9, kind="政策", quote="分三批重点扶持小巨人企业。")
    records = {"pol-giant": giant.text}
    other = compose_answer("试点城市里做数字化改造，单个企业最多能拿多少补贴", [giant], records=records)
    assert other.not_stated == ["具体金额或价格"]
    own = compose_answer("小巨人企业每家最多能拿多少", [giant], records=records)
    assert own.not_stated == [] and own.elsewhere == ["具体金额或价格"]
    # (only of one firm's share: a sum asked at large stays "elsewhere" in a record that names nothing asked)
    broad = compose_answer("试点城市里做数字化改造最多能拿多少补贴", [giant], records=records)
    assert broad.not_stated == [] and broad.elsewhere == ["具体金额或价格"]


def test_one_firms_share_quoted_from_a_record_naming_none_of_the_asking_words_is_not_said():
    # the quoted sentence states the 小巨人 notice's 600万元 per firm, but the question asks it of 试点企业
    giant = Citation(1, "pol-giant", "专精特新小巨人奖补", "来源", "", "按每家企业连续支持3年、合计600万元测算奖补额。",
                     0.9, kind="政策", quote="按每家企业连续支持3年、合计600万元测算奖补额。")
    pilot = Citation(2, "pol-pilot", "城市试点通知", "来源", "", "企业所在城市须入选试点。", 0.8, kind="政策",
                     quote="企业所在城市须入选试点。")
    records = {"pol-giant": giant.text, "pol-pilot": pilot.text}
    assert compose_answer("试点企业每家补多少", [giant, pilot], records=records).not_stated == ["具体金额或价格"]
    assert compose_answer("小巨人企业每家补多少", [giant, pilot], records=records).not_stated == []


def test_a_record_whose_periods_end_before_the_year_heard_does_not_give_the_figure():
    question = "听别人说小规模纳税人的起征点2028年要提到十五万了，有这个消息吗"
    text = "2026年1月1日至2027年12月31日，小规模纳税人增值税起征点为按月销售额10万元。执行到2027年底。"
    [asked] = asked_about(question)
    assert not _record_gives(asked, text, "增值税优惠衔接公告")
    assert _record_gives(asked, text.replace("2027", "2029"), "增值税优惠衔接公告")


def test_a_detail_a_later_line_states_is_no_longer_said_to_be_missing():
    composed = Composed(["1. 某机制：各地设工作专班。[1]"], not_stated=["查询渠道", "具体金额或价格"])
    composed.notes.append(not_stated_note(composed.not_stated))
    composed.told_after_all({"查询渠道"})
    assert composed.not_stated == ["具体金额或价格"]
    assert composed.notes == [not_stated_note(["具体金额或价格"])]
    composed.told_after_all({"具体金额或价格"})
    assert composed.not_stated == [] and composed.notes == []
