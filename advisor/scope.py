"""What the shipped corpus can speak for: a place-specific question is refused when no retrieved rule is about that place.

National texts cannot answer "how much does 深圳 pay", and Chinese policy cannot answer "what does 德国
subsidise"; answering either from the passages that merely look similar would invent a subsidy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from advisor.details import NOT_ASKING
from advisor.profile import EnterpriseProfile
from kg.gazetteer import place_stem
from retrieval.search import Hit

# Asking for figures: amount, ratio, count, deadline.
# (not a bare "具体": "具体是怎么帮的" asks how, not how much)
# (not "好几个", "扩几个棚": a few of something the asker has or wants, not a count asked for)
SPECIFICS = re.compile(r"多少|比例|几成|具体(金额|数额|数字|标准|比例|额度|能|给|补|奖)|金额|额度|标准是|能拿|给多少|"
                       r"(?<![好扩开建买招搞挂弄请加雇十])几个|几倍|上限")
# Asking what a government or law provides.
POLICY_ASK = re.compile(r"政策|补贴|补助|奖励|奖补|扶持|资助|贴息|条例|法规|法律|规定|办法|政府|税|上市|注册")
_RULE_NOUN = r"(政策|补贴|补助|奖励|奖补|扶持|资助|贴息|条例|法规|规定|办法)"
# Kinds of documents that describe an enterprise somewhere, not the rules of that place.
NOT_RULES = frozenset({"案例", "SaaS"})


@dataclass(frozen=True)
class ScopeGap:
    """A place, or a plan period ("十五五"), the question asks about and the corpus holds nothing of."""

    place: str
    foreign: bool = False
    period: bool = False


# A five-year plan's period: "十四五", "十五五".
PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")


def plan_periods(texts: Iterable[str]) -> frozenset[str]:
    """The plan periods the texts name."""
    return frozenset(p for t in texts for p in PLAN_PERIOD.findall(t))


def unheld_period(question: str, held: frozenset[str]) -> ScopeGap | None:
    """"十五五数字经济规划定了哪些目标": a plan period no document names; the nearest plan's text is not it."""
    asked = set(PLAN_PERIOD.findall(question)) - held
    return ScopeGap(min(asked), period=True) if asked else None


@cache
def foreign_places() -> tuple[str, ...]:
    text = resources.files("corpus").joinpath("data/foreign_places.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(sorted(names, key=len, reverse=True))


def _short_names(prof: EnterpriseProfile) -> set[str]:
    names = {prof.region or "", prof.province or ""}
    for key in list(names):
        names.add(place_stem(key))
        names.add(re.sub(r"(县|区|旗)$", "", key))  # a county: "望奎县" is "望奎" in the question
    return {n for n in names if len(n) >= 2}


def asks_own_rules(question: str, prof: EnterpriseProfile) -> bool:
    """"上海的中小企业条例规定…": the question asks the rules of the place it names, not merely where the asker is."""
    return asks_rules_of(question, _short_names(prof))


def _mentioned(names: set[str], hits: Sequence[Hit], kind_of: Callable[[str], str], rules_only: bool = True) -> bool:
    return any(n in h.chunk.text or n in h.chunk.heading for h in hits
               if not rules_only or kind_of(h.chunk.doc_id) not in NOT_RULES for n in names)


_VERBS = frozenset("开在做办搞住去到进")
# ("沧州下面县里", "重庆一个区经信委": some district or county of the city, not one named)
_UNDER = ("下面", "下边", "底下", "下属", "周边", "附近", "一个", "某", "各", "哪个", "每个", "几个", "有个", "这个", "那个")
# A 区/县 word that names a kind of area, not an administration with rules of its own.
_NOT_DISTRICTS = frozenset({"小区", "社区", "景区", "城区", "市区", "郊区", "山区", "地区", "商业区", "老城区", "居民区", "住宅区"})


def district_of(question: str, prof: EnterpriseProfile) -> str | None:
    """"杭州市萧山区…", "深圳宝安区…": a district or county named right after the asker's city, or the asker's own
    county named in full ("萧山区…"; not "绥化望奎种玉米的", where the short name only says where one farms)."""
    if prof.region and prof.region.endswith(("区", "县", "旗")) and prof.region in question:
        return prof.region
    for city in _short_names(prof):
        m = re.search(re.escape(city) + r"市?([\u4e00-\u9fff]{1,3}?(?:区|县|旗))", question)
        # "在北京开社区小超市": a verb and a kind of area ("开社区") is not a district's name ("萧山区" is)
        name = m.group(1) if m else ""
        if m and name not in _NOT_DISTRICTS and not (name[0] in _VERBS and name[1:] in _NOT_DISTRICTS) \
                and not name.startswith(_UNDER):
            return name
    return None


def asks_rules_of(question: str, names: set[str]) -> bool:
    """"江苏省自己的条例…", "北京有没有地方法规…": the place owns the rule asked about (not merely hosts the asker)."""
    # ("四川省有没有出台自己的数字经济促进条例": its own, a few words on)
    return any(re.search(re.escape(n) + r"([^，。,？?！!\s]{0,6}?" + _RULE_NOUN + r"|自己|[^，。,？?！!\s]{0,8}?自己的?[^，。,？?！!\s]{0,8}?" + _RULE_NOUN + ")", question)
               # a place's own regulation named by its title: "江苏省促进中小企业发展条例"
               or re.search(re.escape(n) + r"(省|市)?[^，。,？?！!\s的]{2,12}?(条例|办法)", question) for n in names) \
        or bool(re.search(r"(地方|本地|当地|省里|市里)[^，。,？?！!\s]{0,4}?" + _RULE_NOUN, question)) \
        or bool(re.search(r"(地方|本地|当地|省里|市里)[^，。,？?！!\s]{0,4}(还有|有没有|另有|有无|额外)[^，。,？?！!\s]{0,8}?"
                          rf"({_RULE_NOUN}|减免|优惠)", question))  # "海南本地还有没有额外的税费减免"


# Taxes and their relief are set by national law and the State Council's finance and tax authorities; the size
# classes (划型) by one national standard.
# (and what 政府采购 reserves for SMEs, which the national 办法 sets wherever the buyer is)
_NATIONAL = re.compile(r"所得税|增值税|个税|六税两费|税费|税率|减税|免税|起征点|小规模纳税人|小型微利|划型|政府采购|政府[^，。]{0,4}采购|采购项目|"
                       # ("市里一个机关采购办公桌椅的项目…没预留份额的大项目，小微报价有没有优惠": the national procurement rules)
                       r"机关[^，。]{0,4}采购|预留份额|价格扣除|"
                       r"算(不算|是|得上)?[^，。,？?！!\s]{0,2}(微型|小型|中型|小微|中小)")
# Support asked about, and the nation as its source ("国家给多少"), for an asker located somewhere
_SUPPORT = re.compile(r"补贴|补助|奖励|奖补|贴息|扶持|资助|能拿|能领|给多少|返还|减免|优惠|分到|拿到|领到|到手|分多少")
_NATIONWIDE = re.compile(r"国家|全国|中央|国务院|部委|工信部|财政部|小巨人")
_BUSINESS = r"(店|厂|公司|馆|铺|摊|企业|工作室|民宿|作坊|超市|门店|门市|档口|网店|果园|茶园|养殖场)"
_OFFICE = r"(局|厅|委|办|中心|政府|街道|管委会)"


def only_where_the_asker_is(question: str, names: set[str]) -> bool:
    """Every mention of the place says where the asker works ("我在杭州开了家…", "温州的鞋厂"), none whose rules
    or figures are asked about."""
    mentions: set[int] = set()
    located: set[int] = set()
    for n in names:
        name = re.escape(n)
        mentions |= {m.start() for m in re.finditer(name, question)}
        # ("在台州黄岩做…", "在汉中城固县开…": the county after its city)
        for pattern in (rf"在[\u4e00-\u9fff]{{0,3}}?({name})(?:省|市|县|区)?[^，。,？?！!\s]{{0,3}}?(?:开|做|办|经营|搞|干|卖|种|养|承包|有个|有家|有一家|有一个)",
                        # ("宁波一家给大车企做线束的小厂")
                        rf"(?<![对给])({name})(?:省|市)?(?:一家|一个|一间|的|做|开)[^，。,？?！!\s]{{0,12}}?{_BUSINESS}",
                        # "常州做机加工的", "湖州吴兴织里做童装的": who the asker is, a town of the place allowed
                        rf"(?<![对给])({name})(?:省|市)?(?:(?![对给向为])[\u4e00-\u9fff]){{0,5}}?(?:做|开|种|养|搞|干|卖|办)"
                        rf"[^，。,？?！!\s]{{1,20}}?的",
                        # a clause that opens with the place and the asker's trade: "天津开水暖建材批发门市，", "沈阳电线电缆厂，"
                        rf"(?:^|(?<=[，。,；;！!？?\s]))({name})(?:省|市)?(?:(?:做|开|种|养|搞|干|卖|办)[^，。,？?！!\s]{{1,14}}"
                        rf"|[^，。,？?！!\s]{{0,8}}{_BUSINESS})(?=[，。,；;！!？?\s])",
                        # a clause saying only where the asker is: "…的小公司，在合肥，二十来个人", "人在成都这边，"
                        rf"(?:^|(?<=[，。,；;！!？?\s]))(?:我|我们|人|公司|厂子?|店)?(?:在|位于)({name})(?:省|市)?(?:这边|那边|这里|本地)?"
                        rf"(?=[，。,；;！!？?\s])",
                        # staff naming their office: "我们是广州天河区人社局，", "内蒙古包头就业服务中心，想知道…",
                        # "我是重庆一个区经信委的，"
                        rf"(?:^|(?<=我们是)|(?<=我是))[\u4e00-\u9fff]{{0,4}}?({name})(?:省|市|区|县)?"
                        rf"[\u4e00-\u9fff]{{0,12}}?(?:{_OFFICE}|部门)的?(?=[，。,；;！!？?\s])",
                        # "我在合肥某个区的经信部门上班", "甘肃这边在写材料", "贵阳工信这边写材料": staff at work there
                        rf"我在({name})(?:省|市)?[^，。,？?！!\s]{{0,10}}?(?:{_OFFICE}|部门)上班",
                        rf"({name})(?:省|市)?[\u4e00-\u9fff]{{0,4}}这边(?=在|写|做|准备|整理)",
                        # the place as one of a national programme's kind: "合肥作为省会", "像合肥这种省会城市",
                        # "重庆下面的区县能不能单独申报"
                        rf"({name})(?:省|市)?作为(?:省会|试点城市|计划单列市|地级市|直辖市)",
                        rf"像({name})(?:省|市)?这(?:种|样|类)",
                        rf"({name})(?:省|市)?(?:下面|下辖|底下)的?(?:区县|区|县|市|乡镇)"):
            located |= {m.start(1) for m in re.finditer(pattern, question)}
    return bool(mentions) and mentions <= located  # "杭州" and "杭州市" start at the same place: one mention


def scope_gap(question: str, prof: EnterpriseProfile, hits: Sequence[Hit],
              kind_of: Callable[[str], str] = lambda _doc: "") -> ScopeGap | None:
    """The place a question asks rules or figures about that no retrieved rule text mentions, if any.

    A place that is only where the asker works ("我在杭州开了家奶茶店，有什么补贴") is not a gap: national
    policy applies there, and the answer notes that local rules are not in the corpus (`local_rules_missing`).
    """
    # (words that only tell the asker's trouble, "哪个客户欠多少也记不清", ask no figure here either)
    specifics, rules = bool(SPECIFICS.search(NOT_ASKING.sub("", question))), bool(POLICY_ASK.search(question))
    for name in foreign_places():
        if name in question and (specifics or rules):
            return None if _mentioned({name}, hits, kind_of, rules) else ScopeGap(name, foreign=True)
    names = _short_names(prof)
    district = district_of(question, prof)
    if district and (specifics or rules) and not _mentioned({district, district[:-1]}, hits, kind_of, rules) \
            and not _only_located(question, {district, district[:-1]}):
        return ScopeGap(district)  # the city's or province's rules do not say what one district pays
    if not names or not (specifics or asks_rules_of(question, names)):
        return None
    if _only_located(question, names):
        return None
    # Figures about a place's rules need a rule of that place; figures about a peer there
    # ("灵山的荔枝种了多大面积") only need a passage about it.
    return None if _mentioned(names, hits, kind_of, rules) else ScopeGap(prof.region or prof.province or "")


def _only_located(question: str, names: set[str]) -> bool:
    """The place only says where the asker works, and what is asked is the same wherever that is: "我在杭州开奶茶店，
    小微企业所得税能减多少", "我在东莞开五金厂…算不算微型企业", "常州做机加工的…国家定了大企业多少天内必须付钱",
    "太原做门窗的…全国有多大比例" (a national rule's or a peer's figure), "我在汉中城固县开个榨油坊…有政策帮对接贷款吗".
    Not "温州的鞋厂能拿多少补贴": what a local shop gets is for local rules to say."""
    return not asks_rules_of(question, names) and only_where_the_asker_is(question, names) \
        and bool(_NATIONAL.search(question) or _NATIONWIDE.search(question) or not _SUPPORT.search(question))


def local_rules_missing(prof: EnterpriseProfile, hits: Sequence[Hit], kind_of: Callable[[str], str]) -> bool:
    """The asker named a place, but none of the passages an answer rests on is a rule of that place."""
    names = _short_names(prof)
    return bool(names) and not _mentioned(names, hits, kind_of)
