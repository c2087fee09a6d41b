""""携手行动2025年结束了，还有下一轮吗", "那个办法出新版了没": whether a later version or round follows a record.

The records link a version to the one that replaced it (``superseded_by``) and a round to the one that carries
it on (``continued_by``). A question asking for a successor is answered from those links: the later record when
the corpus holds one, and otherwise the plain statement that it holds none, which is not an answer to the
question. Passages cannot say that nothing newer exists: quoting the old plan would read as a yes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.records import KnowledgeBase, Policy

_ASK = r"(吗|没|呢|(?<![什怎那这多])么|不(?=[？?。！!\s]|$)|？|\?)"  # not "有什么", "好不好用"
_SUCCESSOR = re.compile(
    rf"(下一轮|下一批|下一期|新一轮|新版|新的版本|新的一版|后续版本)[^，。,？?！!\s]{{0,6}}?{_ASK}|"
    rf"十五五[^，。,？?！!\s]{{0,10}}?{_ASK}|"
    # "听说要出新版了，新标准里门槛改成多少了": a figure of the new version
    r"(新版|新标准|新规定|新办法|新条例)(里|中|上)[^，。,？?！!]{0,16}(多少|几|什么|啥|哪)|"
    # "划型标准的新修订版什么时候正式发布", "接续印发的新一期规划叫什么"
    # (not "2025年修订版是哪天通过的": a version named by its year is one that exists)
    rf"((?<!年)修订版|新修订的版本|修订稿|修订征求意见稿|新一期|接续印发的?)[^，。,？?！!]{{0,16}}?({_ASK}|叫什么|是什么|什么时候|何时|哪天)|"
    r"(还有|有没有|会不会有|还会有|出没出)[^，。,？?！!\s]{0,4}(下一轮|下一批|新一轮|新版|第[二三四五六七八九十]批)|"
    # not "卖得出吗" nor "2020年修订过的那版条例": the asking must follow
    # (nor "后来修订过没有": whether it was ever revised, which the record's own history tells)
    # (not "被查出来没履行义务": 没 before a verb negates it)
    # (not "营业执照要亮出来吗": 出来 after a verb of showing or finding)
    r"((?<![亮拿晒摆贴挂露示列找查算看写做打])出来|出台|发布|印发|修订)了?(没有?|吗|么)(?=[？?。！!，,\s呢啊]|$)|出了(没|吗|么)(?=[？?。！!，,\s呢啊]|$)|又修订|有更新的(吗|没|么)|"
    # "有没有2023年或者2024年的最新数据": a statistic's later year
    r"(有没有|有)[^，。,？?！!\s]{0,14}(最新|更新|新一年|近两年)的?(数据|数字|统计|数)(?!量)|"
    rf"(以后|之后|到期后|结束后)[^，。,？?！!\s]{{0,6}}(延续|接着|继续|还有|还搞|再搞){_ASK}|"
    rf"还(延续|接着|继续)[^，。,？?！!\s]{{0,3}}{_ASK}|"
    # "有没有出2026年以后的接续文件": a document carrying it on
    r"(有没有|有无|是否|出没出|还有没有)[^，。,？?！!]{0,14}(接续|后续|衔接|接替)的?(文件|政策|方案|通知|行动)|"
    # "2028年起征点还是月销10万吗": whether a rule still holds from a year on
    rf"(20\d\d)年?(起|开始|以后|之后)[^，。,？?！!]{{0,12}}(还|仍|依然|照样|照旧)[^，。,？?！!]{{0,12}}{_ASK}")
_AFTER_YEAR = re.compile(r"(20\d\d)年?(以后|之后|后|结束|到期|起|开始)")
_YEAR = re.compile(r"20\d\d")
# "第三批以后还有第四批吗": past the round the question names, not about it
_BEYOND = re.compile(r"(以后|之后|后面)[，,]?[^，。,？?！!\s]{0,3}(还有|还会有|会不会有|有没有)")


def asks_successor(question: str) -> bool:
    """The question asks whether a newer version, round or figure has come out."""
    return bool(_SUCCESSOR.search(question))


def _successor(p: Policy, kb: KnowledgeBase) -> Policy | None:
    later = p.superseded_by or p.continued_by
    return kb.policy(later) if later else None


def _predecessor(p: Policy, kb: KnowledgeBase) -> Policy | None:
    return next((old for old in kb.policies if p.id in (old.superseded_by, old.continued_by)), None)


def _end_year(p: Policy) -> int | None:
    return int(p.expires[:4]) if p.expires else None


@dataclass(frozen=True)
class Lineage:
    """What the corpus says follows the record a question asks about. ``later`` answers the question (None when
    nothing does); ``latest`` is the newest record of the line, which may not reach past ``after`` (the year the
    question asks past, if any)."""

    subject: str
    later: Policy | None
    latest: Policy | None = None
    after: int | None = None


def lineage(question: str, subject_id: str, kb: KnowledgeBase) -> Lineage | None:
    """The successor asked about, or that there is none; None when the question asks about the newer record
    itself ("24到26年还有没有新一轮": the 2024 round is the answer, told by its passages).

    "2027年以后还延续不" asks past a year: only a record of the line whose end date is later answers it."""
    subject = kb.policy(subject_id)
    if subject is None:  # a case or a statistic: the corpus holds one version of each
        return Lineage(subject_id, None)
    after = _AFTER_YEAR.search(question)
    # "2028年起" asks from 2028 on, which a record ending in 2028 still covers: past 2027
    after_year = int(after.group(1)) - (after.group(2) in ("起", "开始")) if after else None
    years = {int(y) for y in _YEAR.findall(question)}
    start = int(subject.issued[:4]) if subject.issued[:4].isdigit() else None
    if _predecessor(subject, kb) is not None and after_year is None and not _BEYOND.search(question) \
            and (not years or start is None or min(years) <= start + 2):
        return None  # the question names the newer round ("新一轮补钱") and retrieval found it
    latest, seen = subject, {subject.id}
    while (nxt := _successor(latest, kb)) is not None and nxt.id not in seen:
        latest = nxt
        seen.add(nxt.id)
    if after_year is None:
        return Lineage(subject_id, _successor(subject, kb), latest)
    # "19号公告2026年以后还执行吗": a version that would have run past the year but was replaced by then no longer
    # holds; its replacement answers (past its own end, "2028年以后", the line's end decides, below)
    replacement = kb.policy(subject.superseded_by) if subject.superseded_by else None
    own_end = _end_year(subject)
    if replacement is not None and replacement.issued[:4].isdigit() and int(replacement.issued[:4]) <= after_year + 1 \
            and own_end is not None and own_end > after_year:
        return Lineage(subject_id, replacement, latest, after_year)
    end = _end_year(latest)
    # whether a rule without an end date still holds from a year on is for its passages to tell, as is a rule
    # issued in the year asked past ("2026年以后还能这么弄吗" of a 2026 notice): it is itself what holds then
    if end is None and (after.group(2) in ("起", "开始") or (start is not None and start >= after_year)):
        return None
    if end is not None and end > after_year:
        # the line reaches past the year: the newest record answers, or the one asked about is itself that record
        return Lineage(subject_id, latest, latest, after_year) if latest is not subject else None
    return Lineage(subject_id, None, latest, after_year)


# "以前那版防止拖欠货款的规定还管用吗", "小规模的老免税文件停了，我该按哪个新的报": whether an older version of a rule
# still holds. Its record's status line answers, with the version that replaced it.
_OLD = re.compile(r"(以前|之前|原来|原先|老|旧|前几年|前两年)[^，。,？?！!]{0,12}(办法|规定|政策|文件|标准|条例|规矩|版|优惠|免税|认定)")
_STILL = re.compile(r"还(能|管用|算数|有效|适用|作数|这样|照着|用得上|认)|(作废|废了|废止|停了|过期|到期|失效)|"
                    r"按哪(个|版|份)|该看哪|有啥区别|有什么区别|区别是")


def asks_old_version(question: str) -> bool:
    """The question asks whether an older version of a rule still holds, or what replaced it."""
    return bool(_OLD.search(question)) and bool(_STILL.search(question))


def replaced_version(doc_ids: Sequence[str], kb: KnowledgeBase) -> Policy | None:
    """The old rule a question on an older version means: the first of ``doc_ids`` (best first) that is itself a
    replaced version, or the version it replaced (a round carried on by a later one is not replaced)."""
    for doc_id in doc_ids:
        p = kb.policy(doc_id)
        if p is not None and p.superseded_by:
            return p
        old = next((o for o in kb.policies if o.superseded_by == doc_id), None)
        if old is not None:
            return old
    return None
