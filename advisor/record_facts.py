""""保障中小企业款项支付条例的文号是什么", "…还有效吗": a question naming a policy and asking for a fact its record
holds as a field (文号, issuer, dates, status, end date) is answered from that field, not from passages that
happen to be near the question in meaning (the record's head, which holds the fields, seldom is)."""

from __future__ import annotations

import re

from advisor.details import IS_OUT_ASKED
from advisor.naming import edition_years
from corpus.records import Policy, has_lapsed

_UNTIL = r"[^，。？?！!]{0,4}"
FACTS: tuple[tuple[str, re.Pattern], ...] = (
    ("文号", re.compile(r"文号|发文字号|几号令|令号|第几号|编号是|〔20\d\d〕[^，。？?！!]{0,2}(几|多少)号")),
    # (not "向哪个部门投诉": the office that handles it, which passages tell)
    ("发布机关", re.compile(r"谁发|谁印发|谁出台|谁颁布|谁制定|发布机关|发文机关|发布单位|发文单位|发文部门|印发单位|"
                        # "由哪些部门联合印发": 由 before the issuing verb (not "由哪个部门受理", an office);
                        # "哪两个机关联合印发的", "一共几个部门联合发的": the issuers, or how many, by the issuing verb
                        r"由?(哪个|哪些|哪几个|哪几家|哪[两二三四五六七八九十\d]+个|几个|哪一?级|哪个层级|什么层级|什么级别)(部门|部委|单位|机关)?(联合|共同|牵头)?(印发|发布|发文|出台|制定|颁布|发)|"
                        r"(?<![向去到找跟由给归])(?<!主管部门是)(?<!牵头部门是)(?<!负责部门是)(?<!主管单位是)(哪个部门|哪些部门|哪几个部门|哪个部委|哪些部委|哪几个部委|哪个单位|哪家单位)"
                        r"(?![^，。？?！!]{0,3}(投诉|举报|反映|申请|申报|办|受理|负责|管|咨询|监管|审批|认定|核实))")),
    # ("是什么时候、由哪个层级印发的": two asks sharing the issuing verb)
    ("发布日期", re.compile(rf"(哪年|哪一年|什么时候|啥时候|何时|哪一?天|几月|哪个月|哪月)({_UNTIL}|[、，,和及](由|是)?(哪|谁|什么)[^，。？?！!]{{0,8}})(发布|出台|印发|颁布|公布|发的|出的)|"
                        r"(发布|出台|印发|颁布|公布|落款|成文|发文|签发)(日期|时间)|"
                        # "个人信息保护法有没有正式出台": whether it is out, which its date tells
                        + IS_OUT_ASKED)),
    # "哪天表决通过的": a law is passed and signed into force by the 主席令 on the day it is issued
    ("通过日期", re.compile(r"(哪年|哪一年|什么时候|啥时候|何时|哪一?天|几月几[号日]|哪月哪[日天号])(修订|修正)?(表决|审议)?通过")),
    ("施行日期", re.compile(rf"(哪年|哪一年|什么时候|啥时候|何时|哪一?天|几号|哪个月|哪月){_UNTIL}(?<!不)(?<!停止)(施行|生效|实施|执行|实行)|(施行|生效|实施|实行)(日期|时间)|"
                        # "是不是发布当天就开始施行了"
                        r"(当天|当日|同一天|同日)[^，。？?！!]{0,6}(施行|生效|实施)")),
    ("状态", re.compile(r"有效[吗么]|有效没|失效了?[吗么]|废止了?[吗么]|还能用[吗么]|还在用[吗么]|还管用[吗么]|过时了[吗么]|作废了?[吗么]|"
                      r"是不是现行|现行有效|"
                      # "今年报税还能按它来么": whether one may still go by it
                      r"还能(按|照|依)[^，。？?！!]{0,4}(来|办|执行|算)(吗|么|不|没)|"
                      r"还(在)?执行(吗|不|没)|还执不执行|停了(吗|没)|停止(执行)?了(吗|没)|还算数(吗|不)|还适用(吗|不)")),
    # ("从啥时候开始不执行的": when it stopped)
    ("有效期", re.compile(r"有效期|到期|管到哪年|到什么时候|(什么时候|哪年|哪一年|何时)[^，。？?！!]{0,2}(结束|截止)|"
                       r"(什么时候|啥时候|哪年|哪一年|何时|哪天)[^，。？?！!]{0,4}(不执行|不再执行|停止执行|停止|失效|作废|废止)")),
)


# The kinds published on the day they are passed, so that their issue date is that day
_PASSED_NOTE = {"法律": "（法律于通过当日由主席令公布）", "地方性法规": "（地方性法规一般于通过当日由人大常委会公告公布）"}


def asked_facts(question: str) -> list[str]:
    """The record fields the question asks for, in FACTS order."""
    return [name for name, pattern in FACTS if pattern.search(question)]


# "方案说要发布人工智能应用指引，这个指引是哪天发布的": a document the question points at by its kind
# ("财政部那个会计处理的规定": a few words may stand between)
# ("民营经济促进法的配套实施细则": a document made to carry out the one named)
_POINTED = re.compile(r"(?:这个|那个|这份|那份|该|此|配套)[^，。？?！!这那该此]{0,8}?"
                      r"(指引|指南|办法|通知|方案|规划|意见|目录|标准|条例|公告|细则|清单|规定|规则|文件)")


# "2019年修订时对应的国务院令是第几号": the number of a revision, which the record's own 文号 is not
_REVISION = re.compile(r"(20\d\d)年(修订|修正|修改)[^，。？?！!]{0,10}(文号|令|第几号|几号)")


# "现在应以哪一版为准": the version in force asked, whichever another is said
_NOW = re.compile(r"现在|现行|目前|最新|应以|应该以|以哪")

# "2024年第二批…城市试点的申报通知，文号是多少": a notice of a year, which a record neither titled nor issued that
# year is not
_DATED_NOTICE = re.compile(r"(20\d\d)年(?!以来|以后|之后|以前|之前|底|初|前|后)[^，。？?！!]{0,24}?(申报通知|通知|公告)")


def notice_year(question: str) -> str | None:
    """The year of the notice the question points at ("2024年第二批…的申报通知"), if any."""
    m = _DATED_NOTICE.search(question)
    return m.group(1) if m else None


def revision_asked(question: str) -> str | None:
    """The year of the revision whose number the question asks ("2019年修订时…国务院令第几号"), if any."""
    m = _REVISION.search(question)
    return m.group(1) if m else None


def pointed_elsewhere(question: str, title: str, named: bool = False, issued: str = "") -> bool:
    """The question points at a revision or a notice of a year the record's title (or its issue date) does not
    give or, unless it ``named`` the record by title or 文号, at a document of a kind the title does not name: its
    fields are another's."""
    if (year := revision_asked(question)) and year not in title and not issued.startswith(year):
        return True
    if not named and (year := notice_year(question)) and year not in title and not issued.startswith(year):
        return True
    # "最早2002年那一版", "修订征求意见稿": a version or a draft the record is not
    # (not "同事引用的还是2018年版…现在应以哪版为准": the version in force is asked)
    if any(y not in title and not issued.startswith(y) for y in edition_years(question)) \
            and not _NOW.search(question):
        return True
    if "征求意见稿" in question and "征求意见稿" not in title:
        return True
    # (文件 names no kind: it is matched so that "这个文件里的规定" is not read as pointing at a 规定)
    return not named and any(kind not in title for kind in _POINTED.findall(question) if kind != "文件")


# "具体哪月哪日印发的": the day, which a date recorded only to the year (or month) does not give
_DAY_ASKED = re.compile(r"哪月哪[日天号]|几月几[日号]|哪一?天|具体(日期|哪天|几号)|(?<!第)几号")


def asks_day(question: str) -> bool:
    return bool(_DAY_ASKED.search(question))


def _date_line(field: str, value: str | None, day: bool) -> str:
    if not value:
        return f"记录没有写明{field}"
    if day and len(value) < 10:
        return f"{field}：记录只写到{value}，没有写明具体哪一天"
    return f"{field}：{value}"


def fact_lines(p: Policy, facts: list[str], names: dict[str, str], day: bool = False) -> list[str]:
    """Each asked field of the record as a clause; a field the record leaves empty is said to be missing
    (``day``: the day is asked, so a date known only to the year or month is said to lack it). ``names`` gives
    each policy as "《title》（文号）", for the version that replaced this one."""
    out = []
    for fact in facts:
        if fact == "文号":
            out.append(f"文号：{p.doc_number}" if p.doc_number else "记录中没有文号（未编文号或未能核实）")
        elif fact == "发布机关":
            # ("一共几个部门联合发的": the count said beside the names)
            # (a record listing only the lead issuers says so, and how many there were in all)
            if p.issuers_total > len(p.issuer):
                out.append(f"发布机关：{'、'.join(p.issuer)}等（共{p.issuers_total}个部门和单位，记录只列出其中{len(p.issuer)}个）")
            else:
                out.append(f"发布机关：{'、'.join(p.issuer)}" + (f"（共{len(p.issuer)}个）" if len(p.issuer) > 2 else ""))
        elif fact == "发布日期":
            out.append(_date_line(fact, p.issued, day))
        elif fact == "施行日期":
            out.append(_date_line(fact, p.effective, day))
        elif fact == "通过日期":
            out.append(_date_line(fact, p.issued, day) + _PASSED_NOTE[p.kind] if p.kind in _PASSED_NOTE
                       else f"记录没有写明通过日期（只有发布日期{p.issued or '未知'}）")
        elif fact == "状态":
            out.append(_status(p, names))
        elif fact == "有效期":
            if not p.expires:
                out.append("记录没有写明有效期")
            elif p.status == "失效" or p.superseded_by:  # (an end date it did not reach: "原定执行到2027年底")
                out.append(f"原定有效期至{p.expires}；{_status(p, names)}")
            else:
                out.append(f"有效期至{p.expires}" + ("，已到期" if has_lapsed(p.expires) else ""))
    return out


def field_missing(p: Policy, fact: str, day: bool = False) -> bool:
    """The record leaves the asked field empty (or, ``day`` asked, holds its date only to the year or month), so
    its line says only that it is missing."""
    def undated(value: str | None) -> bool:
        return not value or (day and len(value) < 10)
    return {"文号": not p.doc_number, "发布日期": undated(p.issued), "施行日期": undated(p.effective),
            "通过日期": p.kind not in _PASSED_NOTE or undated(p.issued),
            "有效期": not p.expires}.get(fact, False)


def _status(p: Policy, names: dict[str, str]) -> str:
    if p.superseded_by:
        return f"状态：已失效，已被{names.get(p.superseded_by, p.superseded_by)}取代（截至{p.as_of}）"
    if p.status == "失效":
        return f"状态：已失效（截至{p.as_of}）"
    if has_lapsed(p.expires):
        return f"状态：有效期至{p.expires}，已到期（截至{p.as_of}核对）"
    if p.status == "有效":
        return f"状态：有效（截至{p.as_of}核对）"
    return f"状态：未能核实是否仍然有效（截至{p.as_of}），请以发文机关公布为准"
