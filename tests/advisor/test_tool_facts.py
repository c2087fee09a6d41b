"""A named tool category's cost or cautions, asked: which facet, and the category's own line for it."""

from __future__ import annotations

import pytest

from advisor.tool_facts import asked_capability, asked_tool_facets, facet_lines

PASSAGE = "\n".join(["数字化工具类别：ERP/业财一体化", "把采购、库存、生产和财务连起来。",
                     "费用方式：云版按用户数按年订阅，另有实施费用。", "注意：先理顺流程；关注后续二次开发费用。"])


@pytest.mark.parametrize("question, facets", [
    ("OA审批有免费的吗", ["费用方式"]), ("ERP实施费用高吗", ["费用方式"]), ("MES大概多少钱", ["费用方式"]), ("物流调度SaaS采用什么计费方式", ["费用方式"]),
    ("社群群发会被封号吗", ["注意"]), ("上ERP有什么坑", ["注意"]),
    ("ERP能管库存吗", []), ("会员营销违规最多能罚多少", []),  # a law's penalty is no caution line's
    ("记账软件除了价格以外还要特别留意哪些地方", ["注意"]),  # the price set aside
    ("ERP除了软件订阅费，还会有哪些费用", ["费用方式"]),
    ("ERP实施费一般怎么收？小厂上ERP最容易踩的坑是啥", ["费用方式", "注意"]),
    ("CRM怎么收集客户信息", []),  # collecting, not charging
    ("会员营销收集手机号，没处理好被查，最高能罚多少钱", []),  # a fine, not a price
])
def test_the_facet_asked(question, facets):
    assert asked_tool_facets(question) == facets


def test_the_line_for_the_facet_and_a_caution_about_cost_beside_it():
    assert facet_lines(PASSAGE, ["费用方式"]) == ["费用方式：云版按用户数按年订阅，另有实施费用。", "注意：先理顺流程；关注后续二次开发费用。"]
    assert facet_lines(PASSAGE, ["注意"]) == ["注意：先理顺流程；关注后续二次开发费用。"]
    assert facet_lines("数字化工具类别：OA\n让审批上手机。", ["费用方式"]) == []


@pytest.mark.parametrize("clause, words", [
    ("进销存能不能做多单位换算", {"单位", "换算"}),
    ("低代码平台能不能装在我们自己的服务器上", {"装在", "服务", "务器", "服务器"}),
    ("进销存能提醒补货吗", set()), ("国家有补贴能沾点光吗", set()),
    ("MES适合我们小厂吗", set()), ("有没有免费的版本", set()),
    # (what it still does when something fails)
    ("收银系统断网的时候还能离线收银吗", {"离线", "收银"}),
])
def test_the_capability_asked_of_a_tool(clause, words):
    assert asked_capability(clause) == words
