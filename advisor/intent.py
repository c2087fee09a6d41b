""""我是…，有什么补贴/政策？": questions that ask what applies to the asker rather than about one thing.

Such a question is mostly a description of the enterprise, so its own wording matches the policy texts
poorly; the advisor searches a second time with a question rebuilt from the profile. Also here: which details
a question asks for (a figure, the steps to apply, where to look it up), so an answer can say when its passages do not give them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor.profile import EnterpriseProfile

_WHAT_APPLIES = re.compile(r"(有什么|有啥|有哪些|能享受|可以享受|能申请|可以申请|能拿|适合)[^，。,？?！!]{0,4}?"
                           r"(补贴|补助|政策|扶持|优惠|支持|奖励|奖补|好处)")
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


@dataclass(frozen=True)
class Detail:
    """A kind of detail a question can ask for, and how a sentence that gives it looks."""

    name: str  # as the answer's note names it
    asked: re.Pattern
    given: re.Pattern


DETAILS = (
    # "补多少", "比例", "价格"…: a number, not only the rule that a number exists. A number is arabic digits or
    # a Chinese numeral with a unit ("三年", "一倍"; not "一次性").
    Detail("具体数字（金额、比例、价格或期限）",
           re.compile(r"(?<!网址是)(?<!网址)(?<!电话是)(?<!号码是)多少|几成|几个点|几折|比例|百分之|费率|价格|报价|"
                      r"收费标准|费用|补贴标准|奖励标准|金额|额度|上限|多大|多高|多久|几年|几天|几个月"),
           re.compile(r"\d|[一二两三四五六七八九十百千万亿半]个?(年|月|天|日|倍|成|元|万|亿|人|%|％|家|次(?!性)|期|项|档|折)|百分之")),
    # "怎么申请", "要什么材料", "去哪办": the steps, papers or office, not only that the support exists.
    Detail("办理流程、所需材料或受理部门",
           re.compile(r"(怎么|如何|怎样|去哪|到哪|哪里|找谁)(申请|申报|办理|报名|领取|办|领|报)|申请流程|办理流程|流程|手续|"
                      r"(什么|哪些)材料|找哪个部门"),
           re.compile(r"申请|申报|办理|提交|报名|登录|窗口|材料|受理|向[^。；]{0,12}(部门|机关|局|厅|委|中心|平台)")),
    # "在哪能查到", "模板哪里下载", "网址是多少": where to look it up, not only that it exists.
    Detail("查询或下载的网址、渠道",
           re.compile(r"网址|网站|链接|下载|(在哪|哪里|哪儿|去哪)[^，。？?！!]{0,3}(看|查|找|下|搜)"),
           re.compile(r"https?://|www\.|[\u4e00-\u9fff]网(?![上络点店购友格])|网站|网址|公众号|小程序|客户端|APP|App|app|平台")),
)


def missing_details(question: str, said: list[str]) -> list[str]:
    """The kinds of detail the question asks for that none of the answer's sentences gives."""
    return [d.name for d in DETAILS if d.asked.search(question) and not any(d.given.search(t) for t in said)]
