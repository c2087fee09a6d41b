""""我是…，有什么补贴/政策？": questions that ask what applies to the asker rather than about one thing.

Such a question is mostly a description of the enterprise, so its own wording matches the policy texts
poorly; the advisor searches a second time with a question rebuilt from the profile."""

from __future__ import annotations

import re

from advisor.profile import EnterpriseProfile

_WHAT_APPLIES = re.compile(r"(有什么|有啥|有哪些|能享受|可以享受|能申请|可以申请|能拿|适合)[^，。,？?！!]{0,4}?"
                           r"(补贴|补助|政策|扶持|优惠|支持|奖励|奖补|好处)")
# "补多少", "多少钱", "比例", "价格"…: the asker wants a number, not only the rule that a number exists.
_FIGURE = re.compile(r"多少|几成|几个点|几折|比例|百分之|费率|价格|报价|收费标准|费用|补贴标准|奖励标准|金额|额度|上限|"
                     r"多大|多高|多久|几年|几天|几个月")
# A figure in an answer: arabic digits, or a Chinese numeral with a unit ("三年", "百分之五十", "一倍").
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万亿半]个?(年|月|天|日|倍|成|元|万|亿|人|%|％|家|次(?!性)|期|项|档|折)|百分之")
_SUPPORT_WORDS = {"资金奖补": "补贴", "税费减免": "税费优惠", "融资信贷": "贷款融资", "政府采购": "政府采购",
                  "人才培训": "培训", "公共服务": "公共服务"}


def asks_what_applies(question: str, prof: EnterpriseProfile) -> bool:
    """The question asks which support fits the asker, and says something about the asker to match on."""
    known = prof.industry or prof.size or prof.size_group or prof.region or prof.employees
    return bool(known) and bool(_WHAT_APPLIES.search(question))


def profile_query(prof: EnterpriseProfile, wanted_support: frozenset[str] = frozenset()) -> str:
    """The question rebuilt from the profile: "<行业><规模>企业可以享受哪些<支持>政策"."""
    trade = prof.size_group or prof.industry_label or ""
    size = prof.size or "小微"
    support = "和".join(_SUPPORT_WORDS[s] for s in sorted(wanted_support) if s in _SUPPORT_WORDS) or "补贴和扶持"
    return f"{trade}{size}企业可以享受哪些{support}政策"


def asks_for_figure(question: str) -> bool:
    """The question asks for an amount, ratio, price, limit or duration."""
    return bool(_FIGURE.search(question))


def states_figure(text: str) -> bool:
    """The text gives a number (digits or a Chinese numeral with a unit)."""
    return bool(_NUMBER.search(text))
