""""现在还有效的税收优惠有哪些", "融资方面的政策有哪些": which current policies give one kind of support, listed
from the records' support types (complete over the corpus) rather than from the five passages nearest the
question, which a qualifier like "现在还有效的" can push below the evidence bar."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from corpus.records import Policy

_ASKS = re.compile(r"有哪些|哪些|有什么|有啥|都有啥|都有什么|有几项|列一下|列出")
# Words that leave the question about the kind of support alone: when, for whom in general, and how it is asked.
_FILLER = re.compile(r"现在|目前|现行|当前|如今|眼下|还|仍然|有效的?|在执行的?|能用的?|国家|全国|中央|中小微?企业|小微企业|"
                     r"中小微|小微|企业|公司|方面|相关|政策|文件|措施|支持|扶持|优惠|方面的|有哪些|哪些|有什么|有啥|"
                     r"都有啥|都有什么|有几项|列一下|列出|的|呢|吗|都|了|[？?。！!，,、\s]|"
                     # a staff member's framing: "帮企业解决贷款难，库里能引用的政策依据有哪些"
                     r"帮助?|解决|库里|库中|收录|引用|依据|可以|能")


def asks_support_list(question: str, supports: Mapping[str, str]) -> frozenset[str]:
    """The support types ("税费减免") whose policies the question asks to list; empty when it asks anything else
    too (a topic, a business, a detail: "数字化转型有哪些补贴" is about digital transformation)."""
    if not _ASKS.search(question):
        return frozenset()
    words = sorted((kw for kw in supports if kw in question), key=len, reverse=True)
    if not words:
        return frozenset()
    residual = question
    for kw in words:
        residual = residual.replace(kw, "")
    if len(_FILLER.sub("", residual)) > 1:
        return frozenset()
    return frozenset(supports[kw].split(":", 1)[1] for kw in words)


def giving(policies: Iterable[Policy], kinds: frozenset[str], current: set[str]) -> list[Policy]:
    """The policies among ``current`` (neither repealed, replaced nor past their end date) giving any of
    ``kinds``: national ones first, then those giving fewest other kinds (a 融资协调机制 before a basic law that
    also covers financing), then the newest."""
    found = [p for p in policies if p.id in current and kinds & set(p.support)]
    return sorted(found, key=lambda p: ("全国" not in p.eligibility.regions, len(p.support), _negated(p.issued or "")))


def _negated(iso: str) -> tuple[int, ...]:
    return tuple(-int(x) for x in re.findall(r"\d+", iso))
