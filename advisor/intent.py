""""我是…，有什么补贴/政策？": questions that ask what applies to the asker rather than about one thing.

Such a question is mostly a description of the enterprise, so its own wording matches the policy texts
poorly; the advisor searches a second time with a question rebuilt from the profile. (Which details a question
asks for is `advisor.details`.)"""

from __future__ import annotations

import re

from advisor.profile import EnterpriseProfile

_WHAT_APPLIES = re.compile(r"(有什么|有啥|有哪些|能享受|可以享受|能申请|可以申请|能拿|适合)[^，。,？?！!]{0,4}?"
                           r"(补贴|补助|政策|扶持|优惠|支持|奖励|奖补)"
                           # "政策上有啥好处"; not "上链到底有啥好处", what doing a thing brings
                           r"|(政策|国家|政府)[^，。,？?！!]{0,4}(有什么|有啥|有哪些|能给)[^，。,？?！!]{0,2}好处"
                           # "有没有补贴": support at large; not one named benefit ("有没有社保补贴") nor rules
                           # ("有没有政策规定…")
                           r"|(有没有|有无|给不给|能不能给|能给|会不会给|能不能拿|能不能享受|能不能申请|能否享受|能否申请)"
                           r"(什么|啥|些|点)?"
                           r"(补贴|补助|扶持|奖励|奖补)"
                           # "有补贴吗", "国家有补贴能沾点光吗", "有补贴能申请不"
                           r"|有(补贴|补助|扶持|奖补|奖励)(吗|没有|没|不|能|可以|可)"
                           # "数字化这块有钱补不", "国家推人工智能我们能沾上光不"
                           r"|有钱补|(补|给)(点)?钱(吗|不|没)|(能|可以|能不能|可不可以)沾(上|点|到|得上)?光"
                           # "国家有没有免费帮企业摸摸底的东西": help from the state at large
                           r"|(国家|政府)有没有[^，。,？?！!]{0,8}(帮|扶|指导|服务)")
_SUPPORT_WORDS = {"资金奖补": "补贴", "税费减免": "税费优惠", "融资信贷": "贷款融资", "政府采购": "政府采购",
                  "人才培训": "培训", "公共服务": "公共服务"}


# "效果咋样", "管不管用", "有没有用": how it turned out for a peer (not "还管用吗", whether a rule is in force)
_ASKS_OUTCOME = re.compile(r"效果|成效|见效|(?<!还)管不管用|好不好使|有没有用|有用吗|结果(咋样|怎么样|如何)")


def asks_outcome(question: str) -> bool:
    return bool(_ASKS_OUTCOME.search(question))


def asks_what_applies(question: str, prof: EnterpriseProfile) -> bool:
    """The question asks which support fits the asker, and says something about the asker to match on."""
    known = prof.industry or prof.size or prof.size_group or prof.region or prof.employees
    return bool(known) and bool(_WHAT_APPLIES.search(question))


# What the support is for, when the question says it is for going digital ("想上个系统", "数字化这块", "上云")
_DIGITAL = re.compile(r"数字化|信息化|上云|系统|软件|智能|线上|互联网|小程序|物联网|工业互联网|人工智能|AI|数据")


def profile_query(prof: EnterpriseProfile, wanted_support: frozenset[str] = frozenset(), question: str = "") -> str:
    """The question rebuilt from the profile: "<行业><规模>企业[数字化转型]可以享受哪些<支持>政策"."""
    trade = prof.size_group or prof.industry_label or ""
    size = prof.size or "小微"
    support = "和".join(_SUPPORT_WORDS[s] for s in sorted(wanted_support) if s in _SUPPORT_WORDS) or "补贴和扶持"
    aim = "数字化转型" if _DIGITAL.search(question) else ""
    return f"{trade}{size}企业{aim}可以享受哪些{support}政策"


# "想在地头盖个冷库，能申请啥补助": what the money would pay for, the thing after a verb of building or buying
_PURPOSE = re.compile(r"(建|盖|修|买|购置|购买|装|添|换|搭|上(?![云线市班网门报传涨下链]))(个|一个|一座|一台|几台|台|套|一套|座|间|些|点|一批|批)?"
                      # (the thing holds no asking word: "上云有没有补贴" buys no "云有没")
                      r"((?:(?![有没不吗能可是])[A-Za-z\u4e00-\u9fff]){2,6}?)(?=[，。,？?！!、\s]|的|有|能|可以|可|要|想|需要|补|申请|$)")


def uncovered_purpose(question: str, cited_texts: list[str]) -> str | None:
    """What the question asks support for ("盖个冷库"), when no cited record names it: the policies found may
    fit the asker, but none says it pays for that. A digital purpose ("上个系统") is named by any record on
    going digital."""
    for m in _PURPOSE.finditer(question):
        thing = m.group(3)
        if len(thing) > 2 and thing[0] in "新旧老小大":  # "换一批新设备": 设备
            thing = thing[1:]
        if any(thing in t for t in cited_texts):
            return None
        if (_DIGITAL.search(thing) or thing.isascii()) and any("数字化" in t for t in cited_texts):  # "上个ERP"
            return None
        return thing
    return None
