"""Documents a question names outright: policies by 文号 ("2023年6号公告", "国发〔2021〕29号") or full title,
SaaS categories by their name or an alias ("MES", "一物一码")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from corpus.metadata import doc_number_keys


class DocumentNames:
    """The 文号 and titles of an index's documents, read once: every question is checked against them."""

    def __init__(self, documents: Mapping[str, dict]):
        self.by_number: dict[tuple[int, int], set[str]] = {}
        self.by_title: dict[str, set[str]] = {}
        self.by_place_title: dict[re.Pattern, set[str]] = {}
        # "中小企业数字化赋能专项行动方案（2025—2027年）" by its title and the years in its brackets, said anywhere
        self.by_years: dict[tuple[str, frozenset[str]], set[str]] = {}
        self.expired: set[str] = set()
        self.issued: dict[str, str] = {}  # the year each was issued, which tells versions under one title apart
        for doc_id, doc in documents.items():
            meta = doc.get("meta", {})
            self.issued[doc_id] = str(meta.get("date", ""))[:4]
            for key in doc_number_keys(meta.get("doc_number", "")):
                self.by_number.setdefault(key, set()).add(doc_id)
            title = _unquoted(str(meta.get("title", "")).strip("《》 "))
            if len(title) >= 6:
                self.by_title.setdefault(title, set()).add(doc_id)
                if m := _PLACE_TITLE.match(title):  # "上海的促进中小企业发展条例" names 《上海市促进中小企业发展条例》
                    self.by_place_title.setdefault(re.compile(rf"{m.group(1)}(?:省|市)?的?{re.escape(m.group(3))}"),
                                                   set()).add(doc_id)
                years = frozenset(_YEAR.findall("".join(_PARENS.findall(title))))
                if years:
                    self.by_years.setdefault((_PARENS.sub("", title), years), set()).add(doc_id)
            if meta.get("status") == "失效":
                self.expired.add(doc_id)

    def named(self, question: str) -> set[str]:
        """Ids of the documents whose 文号 or full title (six characters or more) the question contains; a title
        whose brackets give years also by the title before them and those years anywhere in the question, and
        then it wins over a title the same words name without them ("2025—2027年中小企业数字化赋能专项行动方案"
        is the 2025 方案, not the 2020 one)."""
        by_number = {d for key in doc_number_keys(question) for d in self.by_number.get(key, ())}
        plain = _unquoted(question)  # "十四五促进中小企业发展规划" names "“十四五”促进中小企业发展规划"
        dated = {d for (title, years), ids in self.by_years.items()
                 if title in plain and all(y in plain for y in years) for d in ids}
        if not dated and _NEWER.search(plain):  # "新一轮…专项行动方案": the latest of the dated rounds so titled
            rounds = {d for (title, _), ids in self.by_years.items() if title in plain for d in ids}
            dated = {d for d in rounds if self.issued.get(d) == max(self.issued.get(r, "") for r in rounds)}
        by_title = dated or {d for title, ids in self.by_title.items() if title in plain for d in ids} \
            or {d for pattern, ids in self.by_place_title.items() if pattern.search(plain) for d in ids}
        # "2020年版的保障中小企业款项支付条例": of versions under one title, the one issued in the year said
        edition = {d for d in by_title if self.issued.get(d) and self.issued[d] in edition_years(plain)}
        if len(by_title) > 1 and edition:
            return by_number | edition
        # A title shared by an old and a revised version names the one in force; a 文号 names exactly one.
        return by_number | ((by_title - self.expired) or by_title)


_PARENS = re.compile(r"（[^）]*）|\([^)]*\)")
_PLACE_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(省|市)([\u4e00-\u9fff]{6,})$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# ("2020年施行的那版": the year the version took effect, which is its year of issue in these records)
# ("2018年那次修正": a revision of a year, which the record of another year's version is not)
_EDITION = re.compile(r"((?:19|20)\d\d)\s*年?(?:施行|实施|出台|发布|印发|修订)?的?(?:版|修订版|那版|那一版|老版|旧版|版本|那套)|"
                      r"((?:19|20)\d\d)\s*年?(?:那次|那一次)(?:修正|修订|修改)")
_NEWER = re.compile(r"新一轮|最新一轮|最新的|新一期|新版")
_STATE = "中华人民共和国"
_TITLE_END = re.compile(r"(办法|条例|规定|方案|意见|规划|指南|指引|通知|公告)$")
_ANNOUNCEMENT = re.compile(r"(?<![\d年〕\]）)])第?(\d{1,3})号公告")
_FIRST = re.compile(r"最早|最初|第一份|头一份|首份|第一轮|第一版")
_OLD = re.compile(r"老版|旧版|老的|旧的|原来的|原先的|之前的|以前的|上一版")


class ShortNames:
    """Policies by the names people call them: the short title without its bracketed year or status ("携手行动",
    "数据二十条", "款项支付条例") and a law's title without "中华人民共和国" ("个人信息保护法"); four characters
    or more; and a 公告 by its serial without the year ("19号公告"), as tax practice cites it, when only one has
    that serial. They name a policy for its record's fields (文号, dates, status) and, as a tool's alias does, as
    evidence that a question is about it; not to settle which passages or uncovered topic a question belongs to,
    for which they are too loose."""

    def __init__(self, policies: Iterable[tuple[str, str, str, bool, str]], issued: Mapping[str, str] | None = None):
        self.by_name: dict[str, set[str]] = {}
        self.issued = {d: str(y)[:4] for d, y in (issued or {}).items()}  # tells versions under one name apart
        self.by_serial: dict[int, set[str]] = {}
        self.expired: set[str] = set()
        # the years in a policy's bracketed parts ("（2025—2027年）"), which tell rounds under one short name apart
        self.years: dict[str, frozenset[str]] = {}
        policies = list(policies)
        for doc_id, title, short, lapsed, number in policies:
            # (and a year the title says outright: "关于做好2025年中小企业数字化转型城市试点工作的通知")
            self.years[doc_id] = frozenset(_YEAR.findall("".join(_PARENS.findall(title + short)))) \
                | frozenset(_YEAR.findall(_PARENS.sub("", title)))
            if "公告" in number:
                for _, serial in doc_number_keys(number):
                    self.by_serial.setdefault(serial, set()).add(doc_id)
            for name in (_unquoted(_PARENS.sub("", short)).strip(),
                         _unquoted(title).removeprefix(_STATE) if title.startswith(_STATE) else ""):
                if len(name) >= 4:
                    self.by_name.setdefault(name, set()).add(doc_id)
            if lapsed:
                self.expired.add(doc_id)
        self.texts = {doc_id: _unquoted(title) + _unquoted(short) for doc_id, title, short, _, _ in policies}
        # The tail of a title that no other policy's title or short name holds names it too: "梯度培育管理办法"
        # for 《优质中小企业梯度培育管理办法》 (six characters or more, ending as a document's title ends).
        for doc_id, title, _, _, _ in policies:
            plain = _PARENS.sub("", _unquoted(title)).removeprefix(_STATE)
            for i in range(1, len(plain) - 5):
                tail = plain[i:]
                if _TITLE_END.search(tail) and not any(tail in _unquoted(t) or tail in _unquoted(o)
                                                       for d, t, o, _, _ in policies if d != doc_id):
                    self.by_name.setdefault(tail, set()).add(doc_id)
        # A short name no other policy's title or short name holds names one text; "中小企业数字化转型城市试点"
        # is also in the 2025 round's title.
        self.own: set[str] = {
            doc_id for doc_id, _, short, _, _ in policies
            if len(name := _unquoted(_PARENS.sub("", short)).strip()) >= 4
            and not any(name in _unquoted(t) or name in _unquoted(o) for d, t, o, _, _ in policies if d != doc_id)}

    def named(self, question: str) -> set[str]:
        """Ids of the policies a short name in the question names; of an old and a revised version, the one in
        force. Where one name found lies inside another found, the longer one names the policy."""
        plain = _unquoted(question)
        found = self._found(plain, apart=True)
        ids = {d for name in found for d in self.by_name[name]}
        for m in _ANNOUNCEMENT.finditer(question):
            serial = self.by_serial.get(int(m.group(1)), set())
            ids |= serial if len(serial) == 1 else set()
        # "2025到2027年那一轮数字化赋能专项行动": of the rounds whose titles hold the name, the one whose bracketed
        # years the question gives, when only one's do
        asked_years = set(_YEAR.findall(plain)) | {"20" + y for m in _SHORT_YEARS.finditer(plain) for y in m.groups()}
        rounds = ids | {d for d, text in self.texts.items() if any(n in text for n in found)}
        dated = {d for d in rounds if self.years[d] & asked_years}
        if len(dated) == 1:
            ids = dated
        elif len(dated) > 1:  # "2020年那个…，和2025到2027年新一轮的方案": each round its own years name
            return dated
        if edition := self._edition(ids, plain):
            return edition
        # "城市试点最早那份通知": the first of the rounds the name is in
        if _FIRST.search(plain) and len(rounds) > 1 and all(self.issued.get(d) for d in rounds):
            first = min(self.issued[d] for d in rounds)
            return {d for d in rounds if self.issued[d] == first}
        if _OLD.search(question):  # "老版款项支付条例还有效吗": the version replaced
            return (ids & self.expired) or ids
        return (ids - self.expired) or ids

    def edition(self, question: str) -> set[str]:
        """"2020年那版款项支付条例": of versions under one short name, the one issued in the year the question
        says it means; empty when the question names no such version."""
        plain = _unquoted(question)
        return self._edition({d for name in self._found(plain) for d in self.by_name[name]}, plain)

    def _found(self, plain: str, apart: bool = False) -> set[str]:
        """The short names said in the question (``apart``: also in two pieces), less any inside a longer one."""
        found = {name for name in self.by_name if name in plain or (apart and _said_apart(name, plain))}
        return {n for n in found if not any(n != m and n in m for m in found)}

    def _edition(self, ids: set[str], plain: str) -> set[str]:
        years = edition_years(plain)
        edition = {d for d in ids if self.issued.get(d) and self.issued[d] in years}
        return edition if len(ids) > 1 else set()


def edition_years(text: str) -> list[str]:
    """The years of the versions a text points at ("2020年那版", "2002年那一版", "2020年施行的那版")."""
    return [a or b for a, b in _EDITION.findall(text)]


# "25到27年那轮": a round's years written short
_SHORT_YEARS = re.compile(r"(?<![\d.])([12]\d)年?\s*[到至—\-~～]\s*([12]\d)年")
_APART = 6  # the most characters said between the two pieces of a name
_BREAK = re.compile(r"[，。,？?！!；;、\s]")


def _said_apart(name: str, plain: str) -> bool:
    """A long name said in two pieces with a few words between: "专精特新小巨人新一轮的中央财政奖补" names
    专精特新“小巨人”新一轮奖补 (names of eight characters or more, said within a clause, the first piece of three
    characters or more)."""
    if len(name) < 8 or name[:3] not in plain:
        return False
    for cut in range(3, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        at = plain.find(head)
        while at >= 0:
            after = plain[at + cut: at + cut + _APART + len(tail)]
            gap = after.find(tail)
            if 0 < gap <= _APART and not _BREAK.search(after[:gap]):
                return True
            at = plain.find(head, at + 1)
    return False


def _unquoted(text: str) -> str:
    return text.translate(_QUOTES)


_QUOTES = str.maketrans("", "", "“”‘’\"'「」")


def named_documents(question: str, documents: Mapping[str, dict]) -> set[str]:
    return DocumentNames(documents).named(question)


# Words for "a piece of software" an owner uses interchangeably: "预约系统" is also "预约软件", "预约app".
_TOOL_WORDS = ("系统", "软件", "app", "小程序", "工具")


def _tool_word_forms(name: str) -> set[str]:
    """The name, and, when it ends in a word for software after a stem of two characters or more, the same stem
    with each other such word."""
    word = next((w for w in _TOOL_WORDS if name.endswith(w) and len(name) - len(w) >= 2), None)
    return {name} | ({name[: -len(word)] + w for w in _TOOL_WORDS} if word else set())


class ItemNames:
    """Catalogue items by name and aliases (two characters or more, case-insensitive, with any word for software
    at the end said another way), and by each part of a name joined with "/" of three characters or more ("电子签"
    of "电子签/合同"; not "合同", which any contract question shares)."""

    def __init__(self, items: Iterable[tuple[str, Iterable[str]]]):
        self.names: list[tuple[str, str]] = sorted(
            {(v, item_id) for item_id, names in items for name in names
             for n in (name, *(p for p in name.split("/") if "/" in name and len(p.strip()) >= 3)) if len(n) >= 2
             for v in _tool_word_forms(n.lower())})

    def named(self, question: str) -> set[str]:
        lowered = question.lower()
        found = {(name, item_id) for name, item_id in self.names if name in lowered}
        out = set()
        for name, item_id in found:
            # "开民宿想上个管理系统": a bare name that another item's alias ends with ("民宿管理系统"), its stem
            # said shortly before in the same clause, names that item
            longer = {other for alias, other in self.names if other != item_id and alias.endswith(name)
                      and len(alias) - len(name) >= 2 and _stem_before(lowered, alias[: -len(name)], name)}
            out |= longer or {item_id}
        return out


def _stem_before(text: str, stem: str, name: str, within: int = 8) -> bool:
    """``stem`` is said before ``name``, at most ``within`` characters apart, with no clause break between."""
    # (plain string search: this runs on every question, and a pattern per name would churn re's cache)
    end = text.find(name)
    while end >= 0:
        head = text[max(0, end - within - len(stem)): end]
        at = head.rfind(stem)
        if at >= 0 and not _BREAK.search(head[at + len(stem):]):
            return True
        end = text.find(name, end + 1)
    return False
