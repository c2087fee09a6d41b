"""Extractive answers: one cited point per document, far weaker passages give no point, refusals say why."""

from __future__ import annotations

import re

from advisor.answer import Citation, best_sentences, compose_answer, refusal
from advisor.scope import ScopeGap


def cite(n: int, doc: str, text: str, score: float, quote: str = "", status: str = "", kind: str = "SaaS") -> Citation:
    return Citation(n, doc, f"标题{doc}", "来源", "", text, score, kind=kind, status=status, quote=quote)


MES = cite(1, "saas-mes", "MES 适合多品种小批量的工厂。关注现场网络、工人操作门槛和后续二次开发费用。", 0.91,
           quote="关注现场网络、工人操作门槛和后续二次开发费用。")
MES_2 = cite(2, "saas-mes", "实施一般分车间试点再推广。", 0.85, quote="实施一般分车间试点再推广。")
PAY = cite(3, "pol-pay", "处理部门一般30日内书面反馈处理结果。", 0.50, quote="处理部门一般30日内书面反馈处理结果。", kind="政策")
IOT = cite(4, "saas-iot", "设备联网后可以实时看到开停机和故障。", 0.70, quote="设备联网后可以实时看到开停机和故障。")


def markers(answer: str) -> list[int]:
    return [int(m) for m in re.findall(r"\[(\d+)\]", answer)]


def test_each_point_cites_its_passage_and_quotes_it():
    answer = compose_answer("MES贵不贵", [MES, IOT])
    assert markers(answer) == [1, 4]
    assert "关注现场网络、工人操作门槛和后续二次开发费用。[1]" in answer


def test_one_point_per_document():
    assert markers(compose_answer("MES贵不贵", [MES, MES_2, IOT])) == [1, 4]


def test_a_passage_far_below_the_first_gives_no_point():
    answer = compose_answer("MES实施要多久，贵不贵", [MES, PAY, IOT])
    assert markers(answer) == [1, 4]  # 0.50 < 0.6 × 0.91; 0.70 is kept
    assert "30日" not in answer
    assert markers(compose_answer("MES实施要多久，贵不贵", [MES, PAY, IOT], min_share=0.0)) == [1, 3, 4]


def test_an_expired_policy_is_marked():
    old = cite(1, "pol-old", "月销售额10万元以下免征增值税。", 1.0, quote="月销售额10万元以下免征增值税。", status="失效",
               kind="政策")
    assert "（已失效" in compose_answer("2023年19号公告还能用吗", [old])


def test_no_statement_no_answer():
    heading_only = cite(1, "pol-x", "# 总则\n附则", 1.0)
    assert compose_answer("总则说了啥", [heading_only]) == ""


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
    answer = compose_answer("茶叶怎么用区块链溯源", [case])
    assert "把茶叶从产地到销售的关键信息记到区块链上" in answer and "技术：区块链" not in answer


def test_the_first_point_may_come_from_a_weaker_chunk_when_the_best_holds_nothing_quotable():
    header = cite(1, "case-auto", "案例：工程师进驻主机厂\n数字化阶段：集成协同。", 0.99, kind="案例")
    body = cite(2, "case-auto", "## 做法\n中小技术企业派工程师进驻主机厂，一起开发、落地。", 0.55,
                quote="中小技术企业派工程师进驻主机厂，一起开发、落地。", kind="案例")
    assert markers(compose_answer("有没有派人驻场给车厂干活的例子", [header, body])) == [2]


def test_a_figure_asked_for_but_not_in_the_points_is_called_missing():
    cost = cite(1, "saas-mes", "轻量云版多按年订阅；定制部署按项目一次性收费外加年度维护费。", 0.9,
                quote="定制部署按项目一次性收费外加年度维护费。")
    answer = compose_answer("上一套MES大概要多少钱", [cost])
    assert "没有写明您问的具体数字" in answer and markers(answer) == [1]
    # the same passage answers a question that asks for no figure without the note
    assert "没有写明" not in compose_answer("MES一般怎么收费", [cost])
    # and a point that states a number needs no note
    assert "没有写明" not in compose_answer("实施要多久", [PAY])


def test_every_missing_detail_is_named_in_one_note():
    grant = cite(1, "pol-bj", "通过首贷服务中心获得首次贷款的中小企业可获财政贴息。", 0.9, kind="政策",
                 quote="通过首贷服务中心获得首次贷款的中小企业可获财政贴息。")
    answer = compose_answer("首贷贴息能贴多少，怎么申请", [grant])
    assert answer.count("注意：") == 1
    assert "具体数字（金额、比例、价格或期限）和办理流程、所需材料或受理部门" in answer
