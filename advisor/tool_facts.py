""""OA审批有免费的吗", "ERP实施费用高吗", "社群群发会被封号吗": a question naming one tool category and asking what
it costs or what to watch out for is answered from the category's own line for that (费用方式, 注意), not from
whichever passage is nearest a four-word question (short questions seldom clear the evidence bar)."""

from __future__ import annotations

import re

from advisor.details import BESIDES_PRICE
from corpus.tokenize import tokenize

# The facet asked and the record line (by its label in the category's passage) that tells it.
FACETS: tuple[tuple[str, re.Pattern], ...] = (
    # (not "最高能罚多少钱": a fine)
    ("费用方式", re.compile(r"(?<![罚赔])多少钱|费用|收费|计费|免费|价格|价钱|贵不贵|贵吗|很贵|便宜|花多少|成本|年费|月费|实施费|"
                        r"(怎么|如何|咋)收(?!集|款|银|货)")),
    # (not "违规…罚多少": a law's penalty, which a tool's caution line does not give)
    ("注意", re.compile(r"注意|留意|当心|提防|风险|坑|封号|被封|靠谱吗|安全吗|会不会被|要小心")),
)


def asked_tool_facets(question: str) -> list[str]:
    """The labels of the category lines the question asks for, in FACETS order."""
    question = BESIDES_PRICE.sub("", question)  # "除了价格以外还要留意什么": the price set aside
    return [label for label, pattern in FACETS if pattern.search(question)]


def facet_lines(text: str, labels: list[str]) -> list[str]:
    """The passage's lines for ``labels`` ("费用方式：多按年订阅…"), in passage order; a 注意 line that speaks of
    cost also tells what drives the cost ("…后续二次开发费用")."""
    out = []
    for line in text.splitlines():
        label, sep, rest = line.partition("：")
        if sep and rest and (label in labels or (label == "注意" and "费用方式" in labels and "费用" in rest)):
            out.append(line.strip())
    return out


# "进销存能不能做多单位换算", "考勤软件能不能直接连指纹机": a capability asked of a named category
_MODAL = r"(能不能|可不可以|能否|可否|支不支持|支持不支持|是否支持|是否可以|是否能|还能|还可以)"
# (not "能沾点光吗", "能带来客流吗": support or a benefit, asked with a bare 能)
_CAPABILITY = re.compile(rf"{_MODAL}(直接|自动|顺便|同时|也)?(?P<cap>[^，。？?！!]{{2,30}}?)(吗|么|呢)?[？?]?$")
# words of a capability that say nothing of it ("能不能装在我们自己的服务器上": 服务器 is the capability)
_NOT_CAPABILITY = frozenset({"我们", "自己", "现在", "直接", "系统", "软件", "工具", "功能", "这种", "那种", "一下", "就是",
                             "用的", "东西", "这个", "那个", "一起", "厂里", "店里", "公司", "平台"})


def asked_capability(clause: str) -> frozenset[str]:
    """The words naming the capability a clause asks a tool about (empty when it asks none): "做多单位换算" →
    单位, 换算."""
    m = _CAPABILITY.search(clause)
    if m is None:
        return frozenset()
    # (with the pieces a search tokenizer also gives: "外卖单" is named by a record's "外卖")
    return frozenset(w for w in tokenize(m.group("cap")) if len(w) >= 2 and w not in _NOT_CAPABILITY
                     and not re.search(r"[吗么呢啥什哪几多怎]", w))
