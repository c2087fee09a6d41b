""""OA审批有免费的吗", "ERP实施费用高吗", "社群群发会被封号吗": a question naming one tool category and asking what
it costs or what to watch out for is answered from the category's own line for that (费用方式, 注意), not from
whichever passage is nearest a four-word question (short questions seldom clear the evidence bar)."""

from __future__ import annotations

import re

from advisor.details import BESIDES_PRICE

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
