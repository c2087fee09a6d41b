""""18个工人一年营收两百万，算不算微型企业": the size class (划型) the graph's classifier gives for the asker's
own numbers, told with the standard's line for that industry and size.

Passages alone answer such a question poorly: the standard's text is a table of bounds, and the sentence
closest to the question is often a general remark. The classifier already decided, so the answer says its
result and cites the bound it rests on."""

from __future__ import annotations

import re

from corpus.chunking import sentence_spans

SIZE_STANDARD = "pol-huaxing-2011"
STATISTICAL_STANDARD = "pol-tongji-huafen-2017"  # the statistics bureau's version, which banks' counts follow
FINANCE = "J"  # 金融业, which the standard leaves to a standard of its own
# "算不算微型", "算小型还是微型", "属于什么规模", "划型": the size class asked, not the tax term 小型微利企业,
# nor a size the asker states ("算小微企业，有什么补贴").
_SIZES = r"(微型|小型(?!微利)|中型|大型|小微|中小)"
_ASKS_SIZE = re.compile(rf"算不算[^，。,？?！!\s]{{0,4}}{_SIZES}|"
                        rf"算(是|得上)?[^，。,？?！!\s]{{0,2}}{_SIZES}(企业)?了?(吗|么|不|呢|还是|啊|吧|？|\?)|"
                        # "到大型了没有", "够得上中型吗": whether the numbers reach a class
                        rf"(到|够|达到|够得上)了?{_SIZES}(企业)?(的?标准|的?门槛)?了?(没有|没|吗|么|不|吧)|"
                        # "有人说不到十个人的一律只能算微型，对不对": a class heard, to check
                        rf"算(是)?[^，。,？?！!\s]{{0,2}}{_SIZES}(企业)?[，,]?\s*(对不对|对吗|是吗|是不是|没错吧|对吧)|"
                        rf"{_SIZES}(企业)?还是|属于(什么|哪)[^，。,？?！!\s]{{0,4}}(规模|型)|按[^，。,？?！!\s]{{0,6}}划型|"
                        r"(什么|啥|哪种|哪类|哪一?档|哪个档次?)的?规模|"
                        # "划型的话是哪一档"
                        r"(划型|规模)[^，。,？?！!\s]{0,6}(哪一?档|哪一?类|什么档|啥档)")
# "多少人以下算小型企业", "零售业小型企业的标准是多少": the bounds of a class, not the asker's own class.
_ASKS_BOUND = re.compile(rf"(多少|几)[^，。,？?！!\s]{{0,10}}(以下|以内|之内|以上|往上|往下)?[^，。,？?！!\s]{{0,3}}算(是)?"
                         rf"[^，。,？?！!\s]{{0,2}}{_SIZES}|"
                         # "要同时达到什么条件才算大型企业"
                         rf"(什么|哪些|啥)(条件|标准|门槛|要求)[^，。,？?！!\s]{{0,3}}算(是)?[^，。,？?！!\s]{{0,2}}{_SIZES}|"
                         # "小型、微型两档的划型标准是多少人": each class named
                         # ("划为小型企业的各项下限分别是多少")
                         rf"{_SIZES}(企业)?([、和与跟及]{_SIZES}(企业)?)*([两三四]档|[两三四]类)?的?(划型|划分)?(各项|各个|具体)?"
                         r"(标准|门槛|上限|下限|界限|分界)(分别)?(是|线)?(多少|啥|什么|怎么)")
# The lines giving a class's bounds: its own lower bounds and, above it, the next class's, which are its upper.
_BOUND_SIZES = {"微型": ("微型",), "小型": ("小型", "中型"), "中型": ("中型", "中小微型"), "大型": ("中小微型",),
                "小微": ("小型", "中型"), "中小": ("中小微型",)}
_ORDER = ("微型", "小型", "中型", "中小微型")  # smallest first, as the standard's table reads
_TAX = re.compile(r"税|小型微利|小规模纳税人")
_BOUND_LINE = re.compile(r"(.{1,20}?)(大型|中型|小型|微型)企业：")


# "金融业企业划型标准具体是多少人多少钱": the standard's figures asked, no class named
_ASKS_STANDARD = re.compile(r"划型[^，。,？?！!\s]{0,10}(多少|门槛|界限|怎么划|咋划|如何划)")


def asks_standard_figures(question: str) -> bool:
    """The question asks the 划型 standard's figures without naming a class."""
    return bool(_ASKS_STANDARD.search(question))


def asks_size_class(question: str) -> bool:
    """The question asks which size class an enterprise falls in (not a tax status)."""
    return bool(_ASKS_SIZE.search(question)) and not _TAX.search(question)


def asked_bounds(question: str) -> tuple[str, ...]:
    """The classes whose bound lines answer "多少人以下算小型企业" (none when the question asks no bound)."""
    m = _ASKS_BOUND.search(question)
    if m is None or _TAX.search(question):
        return ()
    lines = {line for size in re.findall(_SIZES, m.group(0)) for line in _BOUND_SIZES[size]}
    return tuple(line for line in _ORDER if line in lines)


def bound_sentence(texts: list[str], group: str, size: str) -> tuple[int, str] | None:
    """The standard's sentence giving ``group``'s bounds for ``size`` ("工业微型企业：从业人员20人以下或…"; for
    "中小微型", the line's upper bound of all three), with the index of the text holding it."""
    plain = group.replace("、", "")  # ("农林牧渔业微型企业：" is the line of the group "农、林、牧、渔业")
    for i, text in enumerate(texts):
        for s, e in sentence_spans(text):
            sent = text[s:e].strip()
            if size == "中小微型":
                head, _, rest = sent.partition("：")
                if rest.endswith("的为中小微型企业。") and head.startswith(group):
                    return i, sent
                continue
            m = _BOUND_LINE.match(sent)
            if m and m.group(2) == size and ((line := m.group(1).replace("、", "")) in plain or plain in line):
                return i, sent
    return None
