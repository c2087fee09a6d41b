"""Extractive, cited answers: the sentences of the retrieved passages that best match the question."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from advisor.details import (
    DOC_NUMBER,
    Asked,
    asked_about,
    asked_as_question,
    asks_more,
    specific_words,
    subject_words,
    unstated,
)
from advisor.record_facts import revision_asked
from corpus.chunking import sentence_spans
from corpus.records import has_lapsed
from corpus.tokenize import tokenize
from retrieval.sentences import is_quotable

if TYPE_CHECKING:
    from advisor.scope import ScopeGap
    from advisor.topics import Topic


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
    expires: str = ""  # a policy's end date, when its record gives one


    def to_dict(self) -> dict:
        return asdict(self)


def _sentences(passage: str) -> list[str]:
    return [t for s, e in sentence_spans(passage) if (t := passage[s:e].strip())]


def best_sentences(question: str, passage: str, limit: int = 2, min_overlap: int = 1) -> list[str]:
    """Sentences of ``passage`` sharing the most question words (ties keep passage order)."""
    q = set(tokenize(question))
    scored = []
    for i, sent in enumerate(_sentences(passage)):
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


@dataclass
class Composed:
    """An extractive answer's parts. ``not_stated`` names details the question asks for that no cited record
    states anywhere (not only not in the quoted sentences)."""

    points: list[str]
    profile_line: str = ""
    notes: list[str] = field(default_factory=list)
    not_stated: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)  # asked details a cited record states, not where quoted

    def text(self) -> str:
        """The answer: what the passages say, and what they leave out."""
        if not self.points:
            return ""
        head = [self.profile_line] if self.profile_line else []
        return "\n".join([*head, "根据检索到的资料：", *self.points, *self.notes,
                          "以上内容摘自所引资料，政策以发文机关的最新解释为准。"])

    def misses_the_ask(self, question: str) -> bool:
        """What the question asks for is only details, and no cited record states one of them: the points do
        not answer it, though another detail asked is stated somewhere in a cited record ("第一批支持了多少家？名单
        哪天公布": a count elsewhere in the notice does not make up for a day no record gives)."""
        return bool(self.points) and bool(self.not_stated) and not asks_more(question)

    def leaves_out(self, question: str) -> bool:
        """A part of the question, put as a question, that no cited record answers: the answer gives what the
        records say of the rest and names what they leave out, but does not stand as an answer to the whole
        (a figure in the asker's telling, "今天产了多少、废了多少，我得挨个问班长", is no such part)."""
        return bool(self.not_stated) and asked_as_question(question, self.not_stated)

    def told_after_all(self, details: set[str]) -> None:
        """Details a line added after composing states (the step "可向…专班提出" tells whom to turn to): no longer
        said to be missing."""
        if not details & set(self.not_stated):
            return
        self.notes = [n for n in self.notes if n != not_stated_note(self.not_stated)]
        self.not_stated = [d for d in self.not_stated if d not in details]
        if self.not_stated:
            self.notes.append(not_stated_note(self.not_stated))

    def partial_text(self) -> str:
        """The answer when the detail asked for is the whole question and no record states it: that comes
        first, the related passages after, as pointers rather than an answer."""
        profile = [self.profile_line] if self.profile_line else []
        return "\n".join([f"没有找到您问的{'和'.join(self.not_stated)}：已收录的资料没有写明，为避免误导，这里不作推测。"
                          "请向发文机关、当地主管部门或服务商核实。", *profile, "相关的资料（不是答案，仅供查阅）：",
                          *self.points])


def compose_answer(question: str, citations: list[Citation], profile_line: str = "", max_points: int = 3,
                   min_share: float = MIN_POINT_SHARE, details: dict[str, list[tuple[int, str]]] | None = None,
                   records: dict[str, str] | None = None,
                   outcomes: dict[str, tuple[int, str]] | None = None) -> Composed:
    """A short Chinese answer; every statement ends with the [n] of the passage it comes from.

    A citation's ``quote`` (closest in meaning) is preferred over word overlap, which colloquial questions
    rarely share with the passage. After the first point, passages scored far below the first still stand as
    citations but give no point of their own: a sentence about payment deadlines does not belong in an answer
    about MES costs. (The first point may come from a weaker chunk when the best one holds nothing quotable,
    e.g. only a record's title and field line.)

    ``details`` maps a record to the cited sentences (each with its citation's n) that give the figures, steps or
    address the question asks for; a point on that record that lacks them adds them. ``records`` maps a record to
    its whole text, to tell a detail the points lack from one the records lack; a cited record left out of it
    (another year's statistic, a national rule asked of a province's) neither gives nor lacks the detail.
    ``outcomes`` maps a case to the sentence (with its citation's n) telling how it turned out, which its point
    adds when the question asks ("效果咋样")."""
    points: list[str] = []
    said: list[tuple[str, str, str]] = []  # what the points say, each with its record's title and id
    used_docs: list[str] = []
    floor = min_share * citations[0].score if citations else 0.0
    wanted = asked_about(question)
    details = details or {}
    for c in citations:
        if len(points) >= max_points:
            break
        if c.doc_id in used_docs or (points and c.score < floor):
            continue
        sents = [c.quote.strip()] if is_quotable(c.quote) else best_sentences(question, c.text, limit=1)
        extras = details.get(c.doc_id, [])
        last_n = c.n
        if not sents and extras:  # nothing of this passage to quote, but its record gives what is asked
            (last_n, first), *extras = extras
            sents = [first]
        if not sents:
            continue
        used_docs.append(c.doc_id)
        prefix = f"《{c.title}》" if c.kind in ("政策", "") and c.title else f"{c.title}："
        # ("用的是哪个办法，文号多少"; not "2019年修订时是国务院令第几号" of a record numbered for another year)
        if c.doc_number and any(a.detail.name == DOC_NUMBER for a in wanted) \
                and not ((year := revision_asked(question)) and not _is_revision(c, records, year)):
            prefix += f"（{c.doc_number}）"
        named_as = prefix
        if c.status == "失效":
            prefix += "（已失效，仅供了解，不能再作为依据）"
        elif has_lapsed(c.expires):
            prefix += f"（有效期至{c.expires[:10]}，已到期，仅供了解）"
        point = sents[0].rstrip("。；")
        if records is None or c.doc_id in records:  # a record left out of ``records`` cannot give the detail
            # (the title speaks too: "浙江瓦楞纸行业用"聚好单"拼单生产" names the platform; the status note does
            # not: its "有效期至2025-12-31" is no year a figure asked of 2020 is stated for)
            said.append((named_as + point, c.title, c.doc_id))
        # The sentence closest in meaning may lack the figure or steps asked for while the same record states
        # them ("多少天之内付款": "…自交付之日起30日内付款"): the point adds that sentence.
        lacks = any(not a.stated_in(point) for a in wanted)
        told = [(n, e) for n, e in extras if lacks]
        if outcomes and c.doc_id in outcomes:
            told.append(outcomes[c.doc_id])
        for n, extra in told:  # one per detail lacking, each picked for its own; then how a case turned out
            if extra.rstrip("。；") not in point:
                said.append((extra, c.title, c.doc_id))
                point += (f"[{last_n}]" if n != last_n else "") + f"；{extra.rstrip('。；')}"
                last_n = n
        points.append(f"{prefix}{point}。[{last_n}]")
    # A point that gives the detail asked for leads ("…多少天内必须付钱": the 条例's 60日 before a peer's story).
    points.sort(key=lambda p: not (wanted and all(a.stated_in(p) for a in wanted)))
    points = [f"{i}. {p}" for i, p in enumerate(points, 1)]
    out = Composed(points, profile_line)
    if not points:
        return out
    # (a record's lines together: a sentence added from it is of the years its point line names)
    by_doc: dict[str, list[str]] = {}
    for text, _, doc_id in said:
        by_doc.setdefault(doc_id, []).append(text.rstrip("。；"))
    missing = unstated(wanted, ["。".join(lines) for lines in by_doc.values()])
    missing += [a for a in wanted if a.detail.worded and a not in missing
                and not any(a.answered_by(text, title) for text, title, _ in said)]
    # "2028年以后…是多少": a record whose periods all end before that year does not say, whichever line is quoted
    missing += [a for a in wanted if a.after and a not in missing and records
                and not any(a.stated_in(records[d]) for d in used_docs if d in records)]
    titles = {c.doc_id: c.title for c in citations}
    # one firm's share said by records none of which names what the question asks it of ("试点企业每家补多少"
    # and the 小巨人 notice's "每家企业…600万元") is not said
    missing += [a for a in wanted if a.per_firm and a not in missing and records
                and not any(a.stated_in(text) and _names_asking(a, records.get(d, ""), title) for text, title, d in said)]
    missing += [a for a in wanted if a.offence and a not in missing and records
                and not any(a.stated_in(text) and _names_offence(a, records.get(d, ""), title) for text, title, d in said)]
    # (one name for a detail asked in two units: "多少个基地…多少人")
    out.not_stated = list(dict.fromkeys(
        a.detail.name for a in missing
        if not any(_record_gives(a, records.get(d, ""), titles[d], revision_asked(question))
                   for d in used_docs if records)))
    out.elsewhere = elsewhere = list(dict.fromkeys(a.detail.name for a in missing if a.detail.name not in out.not_stated))
    # The passages speak of the thing asked about but not of the detail asked for: say so rather than let the
    # answer read as if it had it.
    if out.not_stated:
        out.notes.append(not_stated_note(out.not_stated))
    if elsewhere:
        out.notes.append(f"注意：所引文件另有写到{'和'.join(elsewhere)}的内容，但不能确定哪一处对应您的问题，"
                         "请查阅所引文件原文核实。")
    return out


def _is_revision(c: Citation, records: dict[str, str] | None, year: str) -> bool:
    """The cited record is the revision of that year (its title, 文号 or issue date says so)."""
    return year in c.title + c.doc_number or f"发布日期：{year}" in (records or {}).get(c.doc_id, "")


def not_stated_note(details: list[str]) -> str:
    """The note under an answer whose passages speak of the thing asked about but not of the detail asked for."""
    return (f"注意：所引资料没有写明您问的{'和'.join(details)}，以上只是相关规定或做法；"
            "具体请向发文机关、当地主管部门或服务商核实。")


def _names_offence(asked: Asked, text: str, title: str) -> bool:
    """The record (text or title) names the act the question asks the fine of."""
    return any(w in text or w in title for w in asked.offence)


def _names_asking(asked: Asked, text: str, title: str) -> bool:
    """The record (text or title) names a word of the asking clause, or the clause names nothing specific."""
    asking = {w for w in subject_words(asked.about) if len(w) >= 2}
    return not asking or any(w in text or w in title for w in asking)


def _record_gives(asked: Asked, text: str, title: str, revision: str | None = None) -> bool:
    """The record states the detail somewhere: a figure of the kind asked anywhere ("另有写到" then says so),
    unless the record names what the question asks the figure of and no figure stands beside it (the 北京条例
    says 首贷 "可获财政贴息" and gives no rate: its 40% procurement quota is not the rate asked); the steps, a
    name or a place to look only in a sentence about what is asked (a record's "向…专班提出" says how to seek a
    loan, not how to register a company). A record naming nothing the question names is judged by the words of the asking clause ("北京服务券一家最多领
    多少": the 条例 names 服务券 and gives no sum beside it)."""
    spans = sentence_spans(text)
    # (a revision's number, "2019年修订时是国务院令第几号", only in a sentence of that year)
    if asked.detail.name == DOC_NUMBER and revision and f"发布日期：{revision}" not in text \
            and not any(revision in text[s:e] and asked.stated_in(text[s:e]) for s, e in spans):
        return False
    if asked.detail.figure:
        # One firm's share asked of a record that names none of the asking clause's words, title included, is
        # another scheme's: the 小巨人 notice's "按每家企业…600万元测算" is no sum for "试点城市里单个企业最多能拿多少补贴".
        if asked.per_firm and not _names_asking(asked, text, title):
            return False
        if asked.offence and not _names_offence(asked, text, title):
            return False
        named = {w for w in specific_words(asked.near, title) if len(w) >= 2 and w in text} \
            or {w for w in specific_words(asked.about, title) if w in text}
        return asked.stated_in(text) and (not named or any(
            asked.stated_in(text[s:e]) and any(asked.speaks_of(w, text[s:e]) for w in named) for s, e in spans))
    # (the whole text first: "起征点2028年要提到十五万" is not told by a record whose periods all end in 2027)
    return asked.stated_in(text) and any(asked.answered_by(text[s:e], title) for s, e in spans)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{3,}")


def refusal(question: str, missing: list[str], gap: ScopeGap | None = None, topic: Topic | None = None) -> str:
    tips = "；".join(missing[:3]) if missing else ""
    text = ("没有找到可靠的依据来回答这个问题，为避免误导，这里不作推测。"
            "数实通目前收录的是中小企业相关的政策法规、数实融合案例和数字化工具类别。")
    if _LATIN.search(question) and not _CJK.search(question):
        text += "\n数实通的资料和检索都是中文的，请用中文提问。/ 数实通 reads Chinese only: please ask in Chinese."
    if gap is not None and gap.period:
        text += (f"\n已收录的资料中没有“{gap.place}”时期的规划或政策，不能拿其他时期的文件代替回答；"
                 "请以国务院和有关部门发布的文件为准。")
    elif gap is not None and gap.foreign:
        text += f"\n数实通只收录中国内地的政策法规，没有{gap.place}的资料；{gap.place}的规定请查阅当地官方渠道。"
    elif gap is not None:
        text += f"\n已收录的资料中没有{gap.place}的具体规定，金额、比例等请以{gap.place}主管部门发布的文件为准。"
    if topic is not None:
        return text + f"\n这个问题属于“{topic.name}”，数实通没有收录这方面的资料。{topic.ask}"
    if tips and not (gap is not None and gap.period):  # (the asker's size does not bring a plan into the corpus)
        text += f"\n如果您是在问企业经营相关的问题，可以补充：{tips}。"
    text += "\n也可以直接咨询当地工信/中小企业主管部门、税务 12366 热线或政务服务网。"
    return text
