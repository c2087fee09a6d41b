"""Which details a question asks for (an amount, a period, a count, the steps to apply, a name, where to look it up),
the words it asks them about, and whether it asks anything else; and whether a text states them.

An answer quotes the sentences that give what is asked, or says that its records do not give it: "多少天内付款" is
not answered by a passage on the same rule that names no number of days. Each kind of detail is asked in its own
words and given by its own kind of sentence (`DETAILS`); `Asked` narrows that to the unit, year, firm or batch
the question names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.chunking import sentence_spans
from corpus.tokenize import tokenize


@dataclass(frozen=True)
class Detail:
    """A kind of detail a question can ask for, and how a sentence that gives it looks."""

    name: str  # as the answer's note names it
    asked: re.Pattern
    given: re.Pattern
    # Clauses that use an asking word without asking: "不知道还剩多少" describes the asker's trouble.
    not_asked: re.Pattern | None = None
    figure: bool = False
    fallback: bool = False  # a figure of any kind: asked only when no figure of a named kind is
    # Stated only by a sentence naming what the question names right after its asking words ("能不能拿来发工资"
    # needs "工资"): a record saying what the money is for does not say whether wages are among it.
    tied: bool = False
    # Given only by something as specific as a URL: a record's sentence giving it answers without sharing a word
    # with the question ("在哪个网站申报" is answered by "通过…平台（zjtx.miit.gov.cn）了解标准和填报").
    exact: bool = False
    # Given only by a sentence sharing a word with the question near its asking: "小巨人名单什么时候公布" is not told
    # by a record's "有效期至：2026-12-31".
    worded: bool = False
    # Worded, where the record's own title words count as shared: "梯度培育新办法是否已经出台" is told by the
    # record's "2026年1月修订发布的梯度培育办法".
    titled: bool = False

    def is_asked(self, question: str) -> bool:
        return bool(self.asked.search(self.not_asked.sub("", question) if self.not_asked else question))


# Numbers as they give a figure: arabic ("30日", "9000万户"), or Chinese with a unit ("三年", "十万家"). Not a
# date's month or day ("2024年10月起"), a year ("2025年"), a 文号 ("2026年第10号") or "二次开发".
_ARABIC = r"(?<![\d.年月\-])(?!(?:19|20)\d\d(?:年|-|—))\d+(?:\.\d+)?\s*"
_CHINESE = r"(?<![第])(?:[一二两三四五六七八九十百千万亿]{2,}|[二两三四五六七八九十半])"
_ROUGH_NUMBER = r"(?<![第])[几数上成][十百千万]"  # a rough number is a figure ("几十到上百个配件")
_MONEY_UNITS = r"(?:[万亿千百]?(?:元|块)|[%％‰]|倍|折)"
_TIME_UNITS = r"(?:个?工作日|日|天|个?月|年|周|小时|分钟)"
_COUNT_UNITS = r"(?:[万亿千百]?(?:户|家|人|名|吨|亩|个|把|件|项|台|套|所|县|城市|批|公里|平方米|级|张))"
_MONEY = rf"{_ARABIC}(?:多|余)?{_MONEY_UNITS}|{_CHINESE}(?:万|亿)?元|[一二两三四五六七八九]成|百分之|千分之|万分之"
_TIME = rf"{_ARABIC}{_TIME_UNITS}|{_CHINESE}个?(?:工作日|天|月|年|周)|\d{{1,2}}月\d{{1,2}}日"
_COUNT = (rf"{_ARABIC}(?:多|余)?{_COUNT_UNITS}|{_ARABIC}次(?!性)|(?<![二一])[三四五六七八九十]次(?!性)|{_CHINESE}{_COUNT_UNITS}|{_ARABIC}分(?![之钟批期类别])|"
          rf"{_ROUGH_NUMBER}{_COUNT_UNITS}")
# A total a statistic gives ("3684万个", "1000多家", "66个"), not a handful the asker has ("三个软件").
_WHOLE_FIGURE = (r"(?:(?:(?<![\d.])\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:多|余)?(?:万|亿)[个家户人名项所县批]?|"
                 r"(?<![\d.])\d{2,}\s*(?:多|余)?[个家户人名项所县批])")
_FIGURE_SAID = f"{_MONEY}|{_TIME}|{_COUNT}|{_ARABIC}万(?![吨亩户家人名个件台套所])|一半|减半"
# "除了价格以外…", "除了软件订阅费": the price set aside, not asked
_BESIDES_PRICE = r"除了?[^，。？?！!]{0,6}(价格|价钱|费用|订阅费|软件费|费率|利率|利息|手续费|服务费|年费)(以外|之外)?"
BESIDES_PRICE = re.compile(_BESIDES_PRICE)
# "费用是怎么收的", "费用由哪几块组成", "费用包括什么": how a bill is made up, not a sum
_HOW_CHARGED = (r"[^，。？?！!\s]{0,5}?((怎么|如何|咋|怎样)个?(收|计|算)|按(啥|什么|哪种)|由哪|哪几(块|部分|项|种)|"
                r"(包括|包含|组成|构成|分成)(哪|什么|啥)|(是|都是|一般是|主要是)?按[^，。？?！!\s]{1,6}(算|收|计)的?(吗|么|嘛|呢|？|\?|$)|"
                # "想了解下费用结构": what the bill is made of
                r"(结构|构成|组成)(?![^，。？?！!]{0,2}多少))")
# "还会有哪些费用", "费用通常怎么算": the kinds of charge or how it is charged, not a sum
_OTHER_CHARGES = (r"(还(会|要|得)?有|收|交|付|涉及|产生)(哪些|哪几种|哪几项|什么|啥)[^，。？?！!]{0,8}?(费用|收费|开销)|"
                  r"(别的|其他|额外|隐形|隐性|附加)[^，。？?！!]{0,3}(费用|收费|开销|成本)|"
                  # "签单之前要看清楚哪些费用": which charges there are
                  r"(哪些|哪几种|哪几项|哪几类)[^，。？?！!]{0,2}(费用|收费)|"
                  r"费用[^，。？?！!]{0,3}(咋|怎么|如何)算")
# "不知道还剩多少", "前几年", "好几天都查不到", "谁充了多少钱", "费用太高", "怎么收费" (how it is charged, not how much),
# "文号多少" (a document's number, not a figure).
NOT_ASKING = re.compile(r"(知道|看到|看清|看出|算清|算出|搞清|弄清|清楚|搞不清|弄不清|记不清|分不清|不认|记不住)[^，。？?！!]{0,8}多少|"
                         # "这两年营收翻了几倍可能超标了": the asker's telling
                         r"翻了几(倍|番)(?=[^，。？?！!\s吗呢啊])|"
                         # "有几个问题想先搞清楚": the asker's own questions
                         r"(有|问|请教)几(个|件|点)(问题|事|疑问|事情|地方)|"
                         # "费率到账这些看啥": what to weigh, not a figure
                         r"[^，。？?！!]{0,8}这些(要|该|得)?(看|比|注意)(啥|什么|哪些)|"
                         # "后厨根本不晓得几号桌几点到": the asker's trouble
                         r"(不晓得|不知道|不清楚|搞不清)[^，。？?！!]{0,6}几(号|点|个|天)|"
                         # "哪个客户欠多少也记不清": the asker's trouble
                         r"多少(?:[^，。,？?！!]{0,4}?多少)*[^，。,？?！!]{0,4}(记不清|说不清|搞不清|弄不清|算不清|不清楚|不知道|没数|对不上|全靠|全凭)|"
                         # "进了多少卖了多少": what the books should hold, not a figure asked of a record
                         r"(进|买|采购?)了?多少[^，。,？?！!]{0,3}(卖|出|销)了?多少|"
                         # "我们厂数字化到底算几级", "…到底是几级": the asker's own standing, which a self-test tells, not a record
                         # (not "我们自测60分算几级": a score's level, which only the cut-offs tell)
                         r"(我们|我|咱们?)[^，。？?！!\d分]{0,10}(算|是)(第)?几(级|档|等)|"
                         # "银行是咋判断给多少额度的": how the figure is arrived at, which the method tells
                         r"(咋|怎么|如何|怎样|凭什么|根据什么|依据什么|按什么|靠什么|靠啥)(来)?(判断|确定|决定|评估|核定|估算|估|算出|定)[^，。？?！!]{0,3}(给|贷|批|放|借)?(多少(额度|钱|金额|贷款)?|(贷款)?(额度|金额))|"
                         # "一共几个部门联合发的": the issuers, which a record's field line names
                         r"几个(部门|部委|单位|机关)(联合|共同)?(印发|发布|发文|出台|制定|颁布|发)|"
                         r"多大的?责任|[前这近好一二两三四五六七八九十]几(年|天|个月|月)|几年(前|来)|(过了|超过了?|超了)[^，。？?！!]{0,2}(期限|有效期)|谁[^，。？?！!]{0,12}多少|乱收费|"
                         rf"{_BESIDES_PRICE}|{_OTHER_CHARGES}|"
                         r"(文号|编号|令号|主席令|国务院令)[^，。？?！!]{0,4}多少|第几号|几号(文|令|主席令|国务院令)|(怎么|如何|咋|怎样)个?收费|按(啥|什么|哪种)(方式|模式|办法)?(收费|计费)|收费[^，。？?！!\s]{0,2}(合法|合规|违法|合不合|对不对)|(价格|费用|成本|费率|收费)[^，。？?！!]{0,3}(太|过|很|挺|卖不|降|高|低|贵)")
# "第一批试点有哪些条件", "这几个系统有哪些区别": what a batch must meet or how things differ, not who is on a list.
_NOT_NAMES = r"(?!条件|要求|政策|支持|材料|区别|好处|措施|内容|规定|变化|不同|功能|特点)"
_MORE = r"(?<!网址是)(?<!网址)(?<!电话是)(?<!号码是)(?<!电话)(?<!号码)(?<!热线)"

# "多少补贴", "多少贴息": a sum of support asked for (an amount, and one a target does not give: ``_GRANT``)
_SUPPORT_SUM = r"多少(补贴|补助|奖励|奖补|资金|经费|贴息)"
# how long a firm has traded: "开张不到一年", "经营满一年", "才开了8个月"
_TRADING = (r"(经营|开业|开张|成立|注册|开)了?(满|够|超过|不到|不满|未满|才)?"
            r"(一年|半年|两年|三年|\d+个?月|\d+年|[一二两三四五六七八九十]+个月)")

MONEY = "具体金额或价格"
WORKERS_COUNTED = "某类人员是否计入"
# ("劳务派遣来的工人": told by "劳务派遣用工"; "实习生": by "实习"; "退休返聘": by "返聘")
_WORKER_KINDS = r"(劳务派遣|派遣工|兼职|实习|返聘|临时工|小时工|季节工|外包工)"
_WORKER_WORD = {"派遣工": "劳务派遣"}
RATE = "具体比例或倍数"
PERIOD = "具体期限或日期"
ISSUED_DAY = "发布日期"
_DAY = r"\d{1,2}月(\d{1,2}日|底|中旬|上旬|下旬)|20\d\d-\d\d(-\d\d)?|20\d\d年\d{1,2}月"
CHARGING = "收费方式"
DOC_NUMBER = "文号"
ANY_FIGURE = "具体数字"
STEPS = "办理流程、所需材料或受理部门"
BREAKDOWN = "分项数字"
ITEMS = "所含的具体项目"
NAMES = "具体名单"
BRAND = "具体名称（品牌、公司或平台）"
DEADLINE = "截止日期"
EXPIRY = "到期时间"
AFTER_TERM = "到期以后的安排"
TITLE_TERM = "资格有效期或复核"
BOUND = "认定的数额界限"
TRADING = "经营年限要求"
EFFECTIVE_DAY = "施行日期"
LINKED = "能否与您说的系统对接"
CONFIRMED = "这个数字的出处"
ISSUED_YET = "是否已经出台"
# "有没有正式出台": whether a document is out (a record's own 发布日期 field tells it, advisor/record_facts.py)
IS_OUT_ASKED = r"(是否|是不是)(已经|已)(正式)?(出台|发布|印发|公布)|有没有(正式)?(出台|发布|印发|公布)"
CHAPTERS = "章节条数"
_ONE_CHAPTER = re.compile(r"(那|这|该|一|第[一二三四五六七八九十\d]+)章[^，。？?！!]{0,4}(几|多少)条")  # "那一章有几条"
COMPARED = "比较结果"
LIKE_ELSEWHERE = "同样的规定"
# the places whose own records a question may hold up for comparison
_PLACE_NAMES = "北京|上海|浙江|广东|江苏|深圳|杭州|广州|天津|重庆"
REGION = "所在地区"
DETAILS = (
    # "补多少钱", "比例", "上云率多少", "价格": an amount, a rate or a price, not only the rule that one exists.
    Detail(MONEY,
           re.compile(r"多少钱|(罚|交|补|收|赔)好多钱(?=[？?呢]|$)|(卖|要|值)好多钱|好多钱一(斤|个|件|箱|份|盒|瓶|袋)|(领|拿|补)[到得]?好多(钱|补贴|补助|奖补|资金)(?=[？?呢嘛啊]|$)|多少万(?![吨亩户家人名个件台套所])|几[块毛分角]钱|几毛|多少(贷款|授信|投资|融资)|(大概|大约|估计|一般|得|要)几[十百千万]+((块|元)|(?=[？?吗呢啊]|$))|"
                      # (not "要多少天内付款": a period)
                      rf"{_MORE}(补|罚|贴|奖|给|拿|领|抵|收|花|交|要|贷|借|分)到?多少(?!个?(天|日|月|年|周|小时|工作日)|[家人个户名件台套项亩吨次]|分(?!钱))|{_SUPPORT_SUM}|"
                      r"(工资|月薪|年薪|薪资|薪水|工钱|收入|挣|面值|面额|单价)[^，。？?！!\s]{0,4}多少|"
                      # "专项资金每年的预算规模是多少": a sum in yuan
                      r"(预算|资金|经费)[^，。？?！!\s]{0,3}(规模|总额|总量|盘子)[^，。？?！!\s]{0,3}(多少|多大|几)|"
                      # "营收门槛多少": a bar in yuan (not "销售额增长了多少", a change)
                      r"(营收|营业收入|销售额|产值)[^，。？?！!\s]{0,2}(门槛|要求|标准|下限|起点|至少|达到|要|得)[^，。？?！!\s]{0,2}多少|"
                      # "报名有没有营业额门槛": whether a bar in yuan applies
                      r"(有没有|有无|是否有|有)[^，。？?！!\s]{0,2}(营收|营业额|营业收入|销售额|流水)[^，。？?！!\s]{0,2}(门槛|要求|限制)|"
                      # "基地工资咋样": the pay, which a story of jobs created does not give
                      r"(工资|月薪|薪资|薪水|工钱|待遇)[^，。？?！!\s]{0,2}(咋样|怎么样|如何|高不高|高吗|多不多)|"
                      # "每家有没有封顶": a cap, which only a sum or a share gives
                      r"(有没有|是否有|有无|有)个?(封顶|上限|最高限额)|封顶(是)?多少|"
                      # (a price asked, not one named: "让AI回答顾客价格靠谱不")
                      # (not "为什么价钱上不去": why, not what price)
                      r"(?<!为)(什么|啥|哪个|哪档|啥样)的?价(格|位|钱)|价(格|位|钱)(大概|大约|一般|通常|都|又|还|就)?(是|在|要|有|能|得)?(多少|几|呢|咋样|怎么样|如何|区间|范围)|(?<![好低高诺同])价(格|位)(?=[？?]|$)|"
                      r"(大概|大约|一般|平均|市场|参考|具体)价(格|位)|报价(多少|是多少|能打)|具体报价|报价单|(有没有|给个|出个|要个)[^，。？?！!\s]{0,2}报价|优惠价|折扣价|团购价|批发价|(?<![消经])费[^，。？?！!\s]{0,3}多少|(?<!不)(?<!涉企)(?<!事业性)(?<!是否)(?<!要不要)(?<!需不需要)收费(?!的话|目录|清单|方式|模式|上|吗|么|不|嘛|啊|呀|呢|" + _HOW_CHARGED + r")|费用(?!" + _HOW_CHARGED + r")|补贴标准|奖励标准|金额|额度|多贵|贵不贵"),
           re.compile(_MONEY), NOT_ASKING, figure=True),
    # "百分之几", "比例多少", "几成", "翻几番": a share or a multiple, which a sum in yuan does not give ("最高罚到营业额的
    # 百分之几" is not told by "100万元以下罚款").
    Detail(RATE,
           re.compile(r"几倍|翻了?几番|几成|(什么|啥|哪个|哪档|多高的?|多少的?)(税率|费率|利率|征收率)|利率|年化|几厘|(几|多少)个点|几个百分点|百分点|百分比|几折|比例|百分之|[千万]分之几|费率|占比|比重|"
                      r"(率|占)[^，。？?！!]{0,4}多少"),
           re.compile(r"[%％‰]|百分之|千分之|万分之|[一二三四五六七八九十]分之[一二三四五六七八九十]|[一二两三四五六七八九十]成|倍|番|[一二两三四五六七八九\d]折|减半|一半|半价|全额|免征"),
           NOT_ASKING, figure=True),
    # "劳务派遣来的工人算不算从业人员", "实习生和返聘的要不要算进去": whether a kind of worker is counted, which only
    # a sentence naming that kind gives ("人数含劳务派遣用工" says nothing of interns)
    Detail(WORKERS_COUNTED,
           re.compile(rf"{_WORKER_KINDS}[^，。？?！!]{{0,20}}(要不要|算不算|算进|计入|算在|包括|包含|是否|能不能算|算吗|算不|也算)|"
                      rf"(要不要|是否|算不算|需不需要|能不能|包不包括|包括不包括|含不含|包不包含|包含不包含)(把)?[^，。？?！!]{{0,8}}{_WORKER_KINDS}|"
                      # ("兼职和返聘的人，算从业人数时要不要算进去": the kind named in a clause before)
                      r"(要不要|需不需要|是否|算不算)(算进去|算进来|计入|算上|包括进去|算在内)"),
           # (not an industry's examples, "人力资源公司、劳务派遣、会展公司": the kind as workers counted)
           re.compile(rf"{_WORKER_KINDS}[^。；、]{{0,4}}(用工|人员|人数|员工|工人)|"
                      rf"(人数|人员|用工)[^。；]{{0,6}}(含|包括|包含|不含|不包括|计入)[^。；]{{0,4}}{_WORKER_KINDS}")),
    # "母公司两个子公司，要不要合并起来算": whether related firms are counted together, which only a sentence on
    # adding up or on branches gives
    Detail("合并或分开计算",
           re.compile(r"(母公司|子公司|分公司|集团|总公司|关联企业|关联公司)[^，。？?！!]{0,24}(合并|加总|汇总|一起|分开|单独)(起来|进来)?(算|计算|计)|"
                      r"(要不要|是否|需不需要|该不该)[^，。？?！!]{0,12}(合并|加总|汇总|并表)|(合并|加总|汇总)(起来|进来)?(算|计算)[^，。？?！!]{0,6}(吗|么|还是|不)"),
           re.compile(r"合并|加总|并表|分支机构|分别(计算|核算)|单独(计算|核算)|汇总(计算|纳税|缴纳)"), exact=True),
    # "营业收入是按含税金额还是不含税金额算": whether tax is in the figure, which only a sentence saying so gives
    Detail("是否含税", re.compile(r"含税[^，。？?！!]{0,4}还是不含税|(含不含|含没含|包不包括|包含不包含)税|是否含税|(要不要|是不是)含税"),
           re.compile(r"含税|不含税|价税合计"), exact=True),
    # "我们的会员消费记录算不算重要数据", "重要数据目录包括哪些": what the catalogue holds, which a record saying
    # that a catalogue is made does not tell
    Detail("重要数据的范围",
           re.compile(r"(算不算|是不是|属不属于|属于|算)[^，。？?！!]{0,16}重要数据|重要数据[^，。？?！!]{0,8}(包括|包含|有哪些|都有|是指|具体)"),
           re.compile(r"重要数据[^。；]{0,8}(包括|是指|指的是|范围)|(属于|列为|认定为)重要数据"), exact=True),
    # "负面清单具体有哪些行业", "食品加工是不是限制类": the entries of a list, which a record saying the list exists
    # does not give
    Detail("清单或目录的条目",
           re.compile(r"负面清单[^，。？?！!]{0,12}(哪些|什么行业|包括|具体|有哪)|"
                      r"(限制类|禁止类|限制和禁止|限制或禁止|非限制和禁止)[^，。？?！!]{0,12}(哪些|什么|包括|具体|目录|有哪)|"
                      r"(是不是|算不算|属不属于|属于)[^，。？?！!]{0,10}(限制类|禁止类|限制或禁止|限制和禁止)|"
                      r"哪些(行业|领域)[^，。？?！!]{0,4}(不让|不准|不能|不许|禁止|限制)"),
           re.compile(r"(负面清单|目录|限制类|禁止类)[^。；]{0,6}(包括|列有|列明|共有|含)[^。；]{0,30}、"), exact=True),
    # "个体户转成公司，原来的字号能接着用吗": the trade name, which only a sentence naming it gives
    Detail("字号或名称能否保留",
           re.compile(r"(字号|店名|名称|牌子|招牌)[^，。？?！!]{0,8}(保留|接着用|继续用|沿用|还能用|能用|要改|得改|重新起)|"
                      r"(保留|沿用|继续用|接着用)[^，。？?！!]{0,6}(字号|店名|招牌)"),
           re.compile(r"字号|名称(保留|沿用|不变)|原名称"), exact=True),
    # "每个试点城市要带动多少家": one city's count, which a programme's total ("带动4万多家") does not tell
    Detail("每个城市或地区的数量",
           re.compile(r"(每个|单个|一个|每一个)(试点)?(城市|县|区县|地市|基地)[^，。？?！!]{0,10}(带动|改造|覆盖|支持|完成)[^，。？?！!]{0,8}多少(家|个|户)"),
           re.compile(r"(每个|单个|每一个|平均每个?)(试点)?(城市|县|区县|地市|基地)[^。；]{0,20}(带动|改造|支持|覆盖|完成)[^。；]{0,8}\d"),
           exact=True),
    # "逾期利息是单利还是利滚利", "60天是自然日还是工作日": how interest or days are reckoned, which only a sentence
    # naming the way gives (a rate or a count of days is not it)
    Detail("计息或计日方式", re.compile(r"单利|复利|利滚利|自然日|日历日"),
           re.compile(r"单利|复利|利滚利|自然日|日历日|工作日"), exact=True),
    # "个税税率表是怎样的", "最高一档多少": the bands of a progressive tax, which only a sentence giving bands or
    # rates band by band tells (a record's "减半征收" is a relief, not the table)
    Detail("税率档次", re.compile(r"税率表|(税率|个税)[^，。？?！!\s]{0,4}(分几档|几档|怎么分档|档次)|最高(的)?一档|最低(的)?一档"),
           re.compile(r"税率表|超额累进|分为?[一二三四五六七八九十\d]+档|[\d.]+%[^。；]{0,12}[\d.]+%[^。；]{0,12}[\d.]+%"),
           exact=True),
    # "多久", "几天内", "有效期几年": a period or a date.
    Detail(PERIOD,
           re.compile(r"多久|多长时间|期[^，。？?！!\s]{0,2}多长|(?<!哪)几年|几天|几个月|多少天|多少年|多少个月|(几|多少)个?(工作日|小时|钟头)|(几|多少)分钟|期限|有效期|时效|时限|时间限制|几月几号|几号"),
           # (a term's end said as a year's end: "执行到2027年底")
           re.compile(rf"{_TIME}|(执行|有效|延续|实施|截止)[^。；，]{{0,2}}(到|至)20\d\d年(底|末)"), NOT_ASKING, figure=True),
    # "大走访要搞到啥时候结束", "政策什么时候到期": when a measure ends, which its term gives ("有效期至2025-12-31",
    # "覆盖2024—2026年", "执行到2027年底")
    Detail(EXPIRY, re.compile(r"(什么时候|啥时候|何时|哪天|哪年|哪一年)(结束|到期)|到期(时间|日期)(是|在)?"),
           re.compile(r"(有效期|执行|有效|实施|延续)(至|到)\s*20\d\d|20\d\d年?\s*[—–\-~至到]\s*20\d\d年"), exact=True),
    # "新一轮管哪几年", "实施年限是哪几年": the years a programme runs, which a span of years gives ("2024—2026年")
    Detail("起止年份", re.compile(r"哪几年|哪年到哪年|(实施|执行|政策|覆盖|支持)年限"),
           re.compile(r"20\d\d年?\s*[—–\-~至到]\s*20\d\d年"), exact=True),
    # "申报截止到哪天": a deadline, which only a date stated as an end gives (not a record's 施行日期).
    Detail(DEADLINE, re.compile(r"(截止|截至)[^，。？?！!\s]{0,3}(哪天|哪一天|什么时候|几号)|截止(日期|时间)(是|在)|"
                                 r"(哪天|哪一天|几号|几月几号|几月份?|哪个月|什么时候)截止|"
                                 # "申报材料最晚什么时候要报到两部委"
                                 r"(最晚|最迟)[^，。？?！!\s]{0,5}(什么时候|啥时候|哪天|哪一天|几号|几月几号)"),
           # (not "截至2026-11-26", the date a record was checked)
           re.compile(r"(截止|之前|以前|为止|前)[^。；]{0,6}(\d{1,2}月\d{1,2}日|20\d\d-\d\d-\d\d)|"
                      r"(\d{1,2}月\d{1,2}日|20\d\d-\d\d-\d\d)[^。；]{0,4}(截止|之前|以前|为止|前)"), worded=True),
    # "名单什么时候公布", "那一批啥时候申报", "钱啥时候到账": the day something is announced, opens or is paid, which
    # only a date gives (not "3年").
    Detail("具体时间（公布、申报或发放）",
           # (not "主席令第几号公布的": a number, which the 文号 detail asks)
           re.compile(r"(什么时候|啥时候|何时|哪天|(?<!第)几号|几月份?|哪一?年)(开始|启动|能|会|才)?(公布|公示|揭晓|出结果|下达|申报|报名|拨付|到账|到位|发放|兑现|拿到|能到)|"
                      r"(什么时候|啥时候|何时|哪天|(?<!第)几号|几月份?)(开始|启动|能|才|可以)报(?![告道销价税表])|"
                      # "申报几月份开始": the verb first
                      r"(申报|报名|评审|认定|公示)(一般|大概|通常|每年)?(在|从)?(什么时候|啥时候|几月份?|哪个月|何时)(开始|启动|进行|开放)"),
           re.compile(_DAY), worded=True),
    # "指引是哪天正式发布的": the day a document came out. A record's own is its field (advisor/record_facts.py);
    # another's, which a record only names ("发布面向中小企业的人工智能应用指引"), only a sentence naming it with a date.
    Detail(ISSUED_DAY,
           # ("2018年那次修正，具体是哪天通过的": the day a text was passed, which a year does not give)
           re.compile(r"(哪天|哪一天|什么时候|啥时候|何时|几月几[号日]|哪月哪[日天号])(正式)?(发布|印发|出台)|"
                      r"(哪天|哪一天|几月几[号日]|哪月哪[日天号]|具体(日期|哪天))(正式)?(审议)?(通过|修正|修订|表决)|"
                      r"(发布|印发|出台)(日期|时间)(是)?(哪天|哪一天|什么时候|几号|(?=[？?，。！!]|$))"),
           re.compile(_DAY), worded=True),
    # "一共几章几条": how long a law is, which only its count of chapters or articles gives (not "第九十二条"). Not
    # "多少条禁止准入的事项", the entries of a list.
    Detail(CHAPTERS, re.compile(r"(?<![第哪])(几|多少)(章|条)(?=[？?，。！!吗呢]|$|几|多少)"),
           re.compile(r"(?<![第\d一二三四五六七八九十百])(?:\d+|[一二三四五六七八九十百]+)[章条]"), exact=True,
           # (not "权益保护那一章有多少条": one chapter's, which the law's whole count does not tell)
           not_asked=_ONE_CHAPTER),
    # "各项指标怎么算分": how a score is made up, which only a sentence giving points or weights tells
    # "这个“一次”怎么界定", "减免税额公式怎么算", "个税是怎么分档的": how a rule reckons, which only a sentence
    # giving the formula, the bands or the definition tells
    # (not "适用范围是怎么界定的": whom it covers, which its eligibility sentence tells)
    Detail("计算或界定办法", re.compile(r"(?<!范围是)(?<!对象是)(?<!范围)(?<!对象)(怎么|如何|咋|怎样)(界定|定义|分档|划档)|公式|计算方法|算法是|"
                                   r"(按|凭)(什么|啥)标准(评|选|认定|确定)|"
                                   # "季度平均值，具体是季初加季末除以2吗": the arithmetic, which "按全年季度平均值计算" does not give
                                   r"除以[\d一二两三四]|季初[^，。？?！!]{0,6}季末|平均值[^，。？?！!]{0,4}(怎么|如何|咋)(算|计算|求)"),
           re.compile(r"公式|计算方法|[=＝×]|分为?[一二三四五六七八九十\d]+档|界定为|是指|标准(是|为)"), exact=True),
    Detail("评分办法", re.compile(r"(怎么|如何|咋|怎样)(算分|计分|赋分)|(分值|权重)(是)?(多少|怎么|如何|咋)"),
           re.compile(r"分值|权重|计分|赋分|满分|\d+分(?![钟之批期类别])"), exact=True),
    # "权益保护那一章有几条": one chapter's count, which only a sentence giving that chapter's gives (not "共9章78条")
    Detail("某一章的条数", _ONE_CHAPTER,
           re.compile(r"第[一二三四五六七八九十\d]+章[^。；]{0,20}?(共|有|计)(\d+|[一二三四五六七八九十百]+)条"), exact=True),
    # "专门规则是否已经出台", "十五五规划发布了没": whether a document has come out, which only a sentence saying it
    # has, or when, gives; a record's "将制定专门的规则" says it is planned.
    Detail(ISSUED_YET,
           re.compile(rf"{IS_OUT_ASKED}|(是否|是不是)(已经|已)(正式)?出来|(?<![打开])(发|印发|发布|出台|公布)了(没|吗)(?!有?[\u4e00-\u9fff])|"
                      # "这个规则现在出了没有"
                      r"(规则|细则|办法|标准|指引|文件|规定)[^，。？?！!]{0,4}出(来)?了(没有?|吗)(?=[？?，。！!]|$)"),
           re.compile(r"已(经)?(正式)?(出台|发布|印发|公布)|20\d\d年\d{1,2}月[^。；]{0,8}(出台|发布|印发|公布|施行)|"
                      r"20\d\d-\d\d(-\d\d)?[^。；]{0,4}(出台|发布|印发|公布)|(出台|发布|印发|公布)于"), worded=True, titled=True),
    # "多少家", "多少户", "多大面积": a count or a size.
    Detail("具体数量",
           re.compile(r"多少万?(个(?!点|百分)|家|户|人|名|吨|亩|把|件|项|台|套|所|县|城市|批|岗位|就业|张)|"
                      r"(?<=[有选是共要达领加招配装建设办评])几(个(?!点|百分|月|工作日)|家|户|批|项|所|张)|"
                      # "一共建了几个基地"
                      r"(?<=[建设办招选评开推])了几(个(?!点|百分|月|工作日)|家|户|批|项|所)|"
                      # "比2020年版多了几项"
                      r"(多|少)了几(项|个|条|家|批)|(总数|户数|家数|企业数|数量)[^，。？?！!]{0,3}多少|多大面积|多大规模|规模(有)?多大|产多少|各[占有]?几个|"
                      # "至少得测到几级": a level required; not "测一下到了几级", the asker's own to find out
                      r"(得|要|需|至少|算|是|能|定|达到?)[^，。？?！!\s]{0,3}(?<!第)(几|多少)级|"
                      # "评到几级才算合格"
                      r"(评|测|升|做)到(几|多少)级(?=[^，。？?！!]{0,3}(才|就|算))|第几级(?=(才|就)(能|算|可以|行))|(至少|最低|起码)[^，。？?！!\s]{0,4}第几级|分[为成]?哪?(几|多少)(个)?(级|档|等级|级别)|"
                      # "得分要达到多少才算二级": a score
                      r"(得分|分数|评分|打分)[^，。？?！!]{0,4}(多少|几)|(打|拿|考|评)(多少|几)分(?![钟之批期类别])|样本(量|数|规模)[^，。？?！!]{0,10}(多少|多大|几|什么|啥)|"
                      # "一般能省下几个服务员": a number of people
                      r"(省|少|减|多|招|用|要|需|裁|配)[下了掉个]?几(个|名)(人|服务员|员工|工人|店员|收银员|师傅|客服|会计)|"
                      # "一年最多能测几次", "最多能续几次"
                      r"(能|可以|可|得|要)[^，。？?！!\s]{0,2}几次|分(几|多少)(次|批|期)|几次(下达|拨付|拨|发放|到账)|"
                      # "最多能开几个账号", "能连几台设备"
                      r"(能|可以|可)[^，。？?！!\s]{0,2}(开|加|建|绑|登|连|接|带)几(个|台|家|人)"),
           re.compile(_COUNT), NOT_ASKING, figure=True),
    # (and a figure the asker wants confirmed: "财政贴息是不是能贴一半", "三个月能搞定不", "还是10万吗")
    Detail(ANY_FIGURE, re.compile(rf"{_MORE}多少|多大|多高|给个(具体|准确|确切)?的?数(字|目)?|(具体|准确|确切)的?数(字|目)?(?=[吗呢？?，。！!]|$)|"
                                  # "复购率有数据吗": a figure, which only a sentence stating one gives
                                  r"(有没有|有无|有)[^，。？?！!\s]{0,2}(具体|准确|公开)?的?(数据|数字|统计)(吗|么|不|呢)?(?=[？?，。！!]|$)|"
                                  rf"(是不是|是否|还是|就是)(能|要|得|有|按|在|可以)?[^，。？?！!\s]{{0,4}}?(?:{_FIGURE_SAID})|"
                                  rf"(?:{_FIGURE_SAID})(能|可以)?(搞定|完成|做完|弄完|下来|到账|批下来|上线|办下来|办完)(吗|么|不|没)|"
                                  # "能直接拿到50万补贴吗"
                                  rf"(能|可以)[^，。？?！!\s]{{0,4}}(拿到|拿|领到|领|贷到|贷|补|贴)[^，。？?！!\s]{{0,2}}(?:{_FIGURE_SAID})[^，。？?！!\s]{{0,4}}(吗|么|不)(?=[？?，。！!]|$)|"
                                  # "是不是要求…上年营收不低于2000万？"
                                  # (or "在1000万以上", "满一年以上")
                                  rf"(是不是|是否)[^，。？?！!]{{2,30}}?(?:{_FIGURE_SAID})(以上|以下|以内|左右|起)?(吗|么)?(?=[？?，。！!]|$)"),
           re.compile(_FIGURE_SAID), NOT_ASKING,
           figure=True, fallback=True),
    # "订货系统一般怎么收费": how it is charged (by the year, per account, a one-off fee), which the tool
    # categories' cost lines give; a case of a firm that sells a service usually does not.
    Detail(CHARGING, re.compile(r"(怎么|如何|咋|怎样)个?(收费|计费)|(怎么|如何|咋|怎样)个?收法|"
                               # "平台对纸箱厂怎么收钱"; not "店里怎么收钱更方便", the asker taking payment
                               r"(对|向|跟|给|平台|他们|它|服务商|公司)[^，。？?！!]{0,8}(怎么|如何|咋|怎样)收钱|(收费|计费)(方式|模式)|(按年|按月|买断|订阅)还是|"
                               # "自测收费吗", "要钱不": whether it charges at all, which "免费使用" tells
                               r"(有没有|收不收|要不要收?|需不需要交?|是否收取?|另收)[^，。？?！!\s]{0,2}(手续费|服务费|佣金|抽成|年费|管理费|平台费|会员费|会费|入会费|押金|保证金)|"
                               r"(手续费|服务费|佣金|抽成|管理费|平台费)[^，。？?！!\s]{0,3}(怎么算|怎么收|咋收|咋算|按什么|按啥)|按(啥|什么|哪种)[^，。？?！!\s]{0,2}收的|"
                               r"收(费|钱)(吗|么|不|嘛)|收不收(费|钱)|(要|需要|得|用)(交|花|付|掏)钱(吗|么|不|嘛)|(交|付)不(交|付)钱|按(啥|什么|哪种)(方式|模式|办法)?(收费|计费|收钱)|要不要(另外|额外|单独|再)?(交|花|付)?钱|(另外|额外|单独)(收费|收钱|交钱|付费)(吗|么|不|嘛)?(?=[？?，。！!]|$)|(要不要|是否|收不收|需不需要)(收费|付费)|要钱(吗|么|不|嘛)|免费(吗|么|不|嘛)|是不是免费|花不花钱|"
                               # "除了订阅费，还会有哪些费用": the kinds of charge
                               # "费用是怎么收的", "费用由哪几块组成": how the bill is made up
                               rf"{_OTHER_CHARGES}|(费用|收费){_HOW_CHARGED}"),
           re.compile(r"费用方式|收费|计费|费率|收取|手续费|按年|按月|按季|订阅|年费|月费|账户费|买断|一次性|按项目|按人|按账号|"
                      r"按门店|按量|按需|按次|按单|付费|免费|服务费|佣金|抽成"), exact=True),
    # "怎么申请", "要什么材料", "去哪办": the steps, papers or office, not only that the support exists ("怎么办"
    # asks what to do, not how to file).
    Detail(STEPS,
           re.compile(r"(怎么|如何|怎样|去哪|到哪|哪里|找谁)(申请|申报|办理|报名|领取|领|报|复核|复审|续期|年审)|"
                      # "要向谁申请", "一步步怎么点"
                      r"(向|找|跟|给)谁(申请|报名|申报|提交|办理)|一步步(怎么|咋|如何)|(怎么|如何|咋|怎样)(加入|入驻|入会)|(去哪|到哪|哪里|找谁)办|"
                      r"(申请|申报|办理|报名)流程|流程(是|怎么|如何|咋|有哪些)|(什么|哪些|啥)(流程|程序)|(经过|走|办|需要)[^，。？?！!]{0,2}(哪些|什么|啥|哪几个)步骤|步骤(有哪些|是什么|是啥)|(什么|哪些)手续|手续(怎么|如何|咋)|办手续|"
                      r"(什么|哪些)材料|找哪个部门|哪个窗口|(去|到|在)哪个(部门|地方|单位)办|(交|带|准备|提供)(什么|哪些|啥)(东西|资料|证件|证明)|"
                      r"(去哪|到哪|哪里|在哪)(改|变更|修改|注销|登记)|"
                      # "去哪个部门投诉", "省里哪个厅局牵头负责": the office, which only a sentence naming one gives
                      r"(去|到|找|向)哪个(部门|单位|机构)|(哪个|哪些|什么)(部门|厅局|厅|局|单位|机构)[^，。？?！!]{0,4}(牵头|负责|主管)(?!印发|发布|制定|出台|起草)|"
                      # "主管部门是哪个厅局"
                      r"(主管|牵头|负责|受理)(部门|单位|机关|机构)(是|为)?(哪个|哪家|哪些|什么|啥)(部门|厅局|厅|局|单位|机构|委)?|"
                      # "有问题找谁": whom to turn to
                      r"(有问题|出了?问题|出了事)[^，。？?！!]{0,2}找谁|找谁(投诉|反映|咨询|维权)"),
           # How to file, not that filing exists: "第三批城市试点申报通知" names a call, it does not say how to answer it.
           re.compile(r"登录|填报|受理|窗口|向[^。；]{0,30}(部门|机关|局|厅|委|中心|平台|专班|银行)|"
                      r"(通过|在)[^。；]{0,20}(平台|系统|网站|网)[^。；]{0,10}(申请|申报|提交|办理|报名|填报)|"
                      r"提交[^。；]{0,12}(材料|申请|声明函|资料|证明)|(申请|申报|报名)(材料|流程|方式|入口|截止)|"
                      r"(申报|办理)即可|无需(另行)?(审批|申请|申报)|(正常|按规定|自行)申报|携带|凭[^。；]{0,8}(办理|领取|申请)|"
                      # whom to turn to: "市经济信息化部门是…的主管部门"
                      r"是[^。；]{0,24}主管(部门|机关)|主管(部门|机关)(是|为)|由[^。；]{0,16}(部门|局|委|厅)负责|(部门|局|委|厅|办公室)[^。；，]{0,4}牵头|"
                      # the office to go through: "在政务服务中心设首贷服务中心", "通过首贷服务中心获得首次贷款"
                      r"(设|设立|设有|通过)[^。；，]{0,12}(服务中心|受理中心|融资中心|服务窗口|专窗)|"
                      # what to do on a phone or online: "农户在手机地图上圈出自家地块"
                      r"(在|用|通过)(手机|APP|App|app|小程序|网上|线上)[^。；]{0,10}(圈出|填写|填报|提交|上传|申请|下单|登记)"),
           # (not "上了扫码点餐之后流程是怎么走的": how the work runs with a tool, which a case's 做法 tells)
           # (nor "人家流程是咋样的" of a case, whose 做法 tells it; nor "报工是怎么报的", how work is logged)
           # (nor "有鞋厂做C2M定制的，大概流程是怎样的": how a practice runs, which a case's 做法 tells)
           not_asked=re.compile(r"(上了|用了|用上|换了|装了|有了)[^，。？?！!]{1,12}(之后|以后)?[^，。？?！!]{0,2}流程|"
                                r"(定制|C2M|按需生产|做法|模式)[^。？?！!]{0,24}?流程|"
                                r"(人家|他们|案例|同行|这家|那家)[^，。？?！!]{0,6}流程[^，。？?！!]{0,6}|报工[^，。？?！!]{0,4}(怎么|咋|如何)报")),
    # "得准备哪些证据材料", "聊天记录算不算证据": the papers, which only a sentence naming papers gives (a record
    # saying where to complain does not say what to bring)
    Detail("所需材料或证据",
           re.compile(r"(什么|哪些|啥)[^，。？?！!\s]{0,4}(证据|凭证|证明材料)|"
                      r"(证据|凭证|单据|聊天记录|送货单)[^，。？?！!]{0,8}(算不算|算吗|行不行|能不能用|管用吗|有效吗)|"
                      r"(算不算|能不能算)[^，。？?！!]{0,2}(证据|凭证)"),
           re.compile(r"材料|证据|证明|资料|凭证|单据|声明函"), exact=True),
    # "去大厅办还是网上就能改": whether it is done online or at a counter, which only a sentence naming the one or
    # the other gives ("按月或按季正常申报即可" says how often, not where)
    Detail("线上或线下办理",
           re.compile(r"(大厅|窗口|柜台|现场|线下)[^，。？?！!\s]{0,3}办还是|还是(在)?(网上|线上|手机上)|"
                      r"(网上|线上|手机上)[^，。？?！!\s]{0,2}(就)?(能|可以)(办|改|申请|申报|报名|变更)(吗|么|不|没)?(?=[？?，。！!]|$)"),
           re.compile(r"网上|线上|电子税务局|窗口|办税大厅|服务大厅|现场办理|上门办理|在线(办理|申请|申报|提交|填报)|"
                      r"(通过|在|登录)[^。；]{0,12}(平台|网站|系统|App|APP|app|小程序)[^。；]{0,8}(办理|申请|申报|提交|填报|变更)"),
           exact=True),
    # "上海有没有像北京那样的服务券": whether the place asked has what another has, which only a sentence of its own
    # naming the thing gives (the other place's is the comparison, not the answer)
    Detail(LIKE_ELSEWHERE, re.compile(rf"(像|跟|和|同)({_PLACE_NAMES})(市|省)?[^，。？?！!\s]{{0,3}}(那样|一样|那种|似的|那个)的?(?=[\u4e00-\u9fff\d])"),
           re.compile(r"[\u4e00-\u9fff]"), tied=True),
    # "交给工信厅哪个处室", "省工信厅的哪个处受理": the office within a department, which only a sentence naming
    # one ("中小企业处") gives; "向省级主管部门提出" names the department only.
    Detail("具体处室", re.compile(r"(哪个|哪一个)(处室|科室|处|科)(?=[^，。？?！!]{0,4}(受理|负责|管|办|分配|拨付|审|收|的|$|[？?]))"),
           re.compile(r"[\u4e00-\u9fff]{2,8}(?<![好益难长到之])(处|科)(?=受理|负责|牵头|办理|[，。；、）]|$)|处室：|科室："), exact=True),
    # "哪个牌子", "那家公司是哪家", "平台叫什么": a name. The catalogue describes kinds of tools, not vendors, and
    # the cases often leave the firm unnamed, so a name is given only where the text quotes one (not a quoted
    # figure, "470多家") or names a platform company.
    Detail(BRAND,
           re.compile(r"(哪个|哪几个|什么|哪些)(牌子|品牌)|(牌子|品牌)[^，。？?！!\s]{0,3}(最好|好用|靠谱|便宜)|"
                      # "手机上哪个app能投": the app by name
                      r"哪(个|款|一个)\s*(app|APP|App|小程序|公众号)|"
                      r"哪家(好|划算|便宜|靠谱|最)|哪家[^，。？?！!]{1,8}(最|更)(低|便宜|高|好|划算|省|靠谱|快|稳定|可靠)|推荐(哪(?!类|些类|种)|几(?!类|种)|一[个款家])|服务商推荐|推荐的?(牌子|品牌)|(牌子|品牌)推荐|"
                      r"哪家[^，。？?！!]{0,6}(公司|平台|服务商|厂家|软件|银行)|(?<!部门)(?<!单位)(?<!机构)是哪一?家(?!机构|单位|部门)|哪一家|谁家(做|开发|运营|搞|弄|出)|是谁(开发|做|搞|弄|运营|建)的|由谁(开发|运营|做|搞|建|出)|(是)?谁(创办|创立|创建|发起)的|创始人|创办人|(?<!改)(?<!这类)(?<!这类系统)(?<!这类软件)(?<!这类工具)(?<!这种系统)(?<!这种软件)(?<!这种工具)叫(什么|啥)(名字)?(?!意思)|"
                      # "案例里用的是哪个平台", "调查是哪家机构做的": the one a case used or a figure came from, not which
                      # kind of tool to pick ("该用什么系统")
                      # (not "用的是什么工具做的": a kind of tool, which a case's "低代码平台" tells)
                      # "是哪几家平台在帮忙": who served a case, which its head line names
                      r"哪(几|些)家[^，。？?！!]{0,4}在?(帮忙|帮着|帮|参与|合作)|"
                      r"(用|接入|接|对接|上)的是?(哪个|哪家|哪款|哪条|哪一款)|使用的是(哪个|哪家|哪款|哪一款)|(是不是|是否|属不属于)[^，。？?！!]{1,8}旗下|(哪个|哪家|什么|啥)(集团|公司)旗下|母公司是|用的是什么(?!工具|软件|系统|技术|方法|办法|设备)|"
                      # "用的是啥MES系统": the kind named, so the product is asked
                      r"用的是?(啥|什么|哪个|哪款|哪家)的?[A-Za-z]{2,6}(系统|软件)?|用的是不是|是不是用的|(哪家|哪个|什么)(机构|单位|公司)[^，。？?！!]{0,2}(做|搞|发布|出|统计|调查)(的|发布)|"
                      # "调查由哪个机构开展", "专门规则名称是什么"
                      # (not "由哪些部门牵头": the office, which the filing detail asks; nor "由哪些部门联合印发": the
                      # issuers, which a record's field line gives)
                      r"由(哪家|哪个|什么|哪些)(机构|单位|公司|部门)(?![^，。？?！!]{0,2}(牵头|负责|主管))(?!(?<=部门)(联合)?(印发|发布|发文|出台|制定|颁布))|名称(是|叫)?(什么|啥)|(调查|统计|研究|发布)(机构|单位|方)[^，。？?！!\s]{0,4}(什么|啥|哪|谁)"),
           re.compile(r"“(?![近约超]?\d)[^”]{2,20}”|\"(?![近约超]?\d)[^\"]{2,20}\"|「[^」]{2,20}」|《[^》]{2,40}》|阿里|腾讯|微信|支付宝|钉钉|飞书|京东|美团|"
                      r"菜鸟|网商银行|犀牛智造|万里汇|华为|用友|金蝶|有赞|微盟|抖音|快手|拼多多|淘宝|天猫|"
                      # (a case's head line: "服务方：阿里云、菜鸟")
                      r"服务方：[^。；]{2,}"),
           # "这类软件一般叫啥": the kind's own name, which the category's name gives
           re.compile(r"(这|那)(类|种|一类|样)的?(东西|软件|系统|工具|平台|应用)?[^，。？?！!\s]{0,4}叫(什么|啥)(名字)?")),
    # "哪家费率最低、到账最快": which is best by a measure, which only a sentence comparing them gives; a record
    # naming one provider or advising to compare does not.
    Detail(COMPARED,
           # (and "哪个省最多", "哪一部更严厉", "比PingPong便宜吗": a ranking, or two things set side by side)
           re.compile(r"哪(家|个|款|部|一部|一个|种)[^，。？?！!]{0,8}(最|更)(低|便宜|高|好|划算|省|靠谱|快|稳|多|少|严|重)|"
                      # (not "是不是一次全铺开比较划算": 比较 says "rather", compares nothing named)
                      r"比(?!较)[^，。？?！!]{1,12}(便宜|贵|划算|严|严厉)(吗|么|嘛|不|些)?(?=[？?，。！!]|$)|"
                      # "排第几", "给排个名": a place in a ranking
                      r"排(在)?第几|排名(第几|多少|怎么样|如何)|排个名"),
           re.compile(r"最(低|便宜|快|好|划算|省)|最(多|高|大|严|重)(的|是)|居首|排名第一|位居第一|排第一|"
                      # (not "不低于", a floor)
                      r"更(低|便宜|快|好|划算|省|严)|(?<!不)(低于|高于|优于|多于|少于|严于)"), exact=True),
    # "那30个城市都是哪些", "名单有谁", "首批有哪些", "分别是谁": the names on a list a record speaks of, not how
    # many there are. Only a list the question points at (a batch, "那批", "名单"): "哪些企业能申请" asks who
    # qualifies, which a record's conditions answer.
    Detail(NAMES,
           re.compile(rf"名单(及|和|以及|与)[^，。？?！!\s]{{0,6}}(有哪些|是哪些|有谁){_NOT_NAMES}|"
                      # "已经建成的垂直行业大模型都有哪些", "合作银行是不是只有农商行和邮储银行"
                      rf"(建成|建好|确定|入选|公布|认定|评出|选出)的[^，。？?！!]{{0,12}}(都有|有|是)哪(些|几){_NOT_NAMES}|"
                      # (not "是不是只有多出来的那2万要交税": a figure, not the members of a list)
                      r"(是不是|是否)只有[^，。？?！!\d]{1,12}(和|、|与|跟)[^，。？?！!\d]{1,12}|"
                      # "PMS能直连哪几家OTA": the systems by name
                      r"(能|可以|支持)(直连|对接|接入|打通)哪(几|些)家?|"
                      r"(提供|给我|发我|给个|发个|列个|列出)[^，。？?！!\s]{0,3}名单|名单[^，。？?！!\s]{0,3}(有谁|有哪些|都有|是哪些|在哪|能发|看看|发我|列给|给我|发给|列一下|列出)|"
                      # "莆田有没有进试点": whether one is among a list's members
                      r"(有没有(进|入选|选上|评上|入围)|进没进|入没入选|选没选上)[^，。？?！!]{0,24}(试点|名单|之列|这批|那批)|"
                      r"(那|这)(批|些|\d+个|几个|几家|[一二三四五六七八九十百千\d]+[多余]?[个家])[^，。？?！!]{0,8}?"
                      r"(城市|企业|公司|服务商|厂家?|单位|部门|平台|县|地方|品牌|大模型|产业带)[^，。？?！!]{0,4}?"
                      rf"(都是|都有|有|是)(哪些|哪几|谁){_NOT_NAMES}|"
                      r"(首批|第[一二三四五六七八九十\d]批|前[两三四\d]批)[^，。？?！!]{0,14}?"
                      rf"(有哪些|是哪些|都有|有谁|哪几|包括哪些|包含哪些|(覆盖|涵盖|涉及)了?哪些){_NOT_NAMES}|"
                      r"分别是(谁|哪些|哪几)(?![^，。？?！!]{0,4}(发|印发|发布|出台|制定|颁布)的)|都是哪几家|(是|有)哪几家(公司|企业|厂|平台|服务商|银行)(?!在?(帮|参与|合作|服务|支持|提供))|"
                      # "在哪几个港口落地了", "支持去哪些海外平台": the places or platforms, by name
                      r"(在|是|去|到|开|入驻|包括|覆盖|涉及|销往|卖往)了?哪(几|些)个?(港口|城市|县|省份|省|国家|海外平台|平台|网站|银行|园区)|都有哪几家|(另外|其余|剩下)的?[^，。？?！!]{0,4}(是|有)哪(些|几)|"
                      # "上面都有哪些纸箱厂", "全列出来", "有没有清单": the members, not what the thing offers
                      r"(上面|里面|里头|其中|平台上)[^，。？?！!\s]{0,4}(都有|有)哪些[^，。？?！!\s]{0,3}"
                      r"(企业|公司|厂|单位|品牌|商家|服务商|银行)|(全部|全|都|一一|逐一)列(出来|一下|出)|列出[^，。？?！!]{0,20}(全部|所有)[^，。？?！!]{0,12}(名称|名字|名单)|"
                      r"有没有[^，。？?！!]{0,10}?(清单|名单)|(清单|名单)(有吗|有没有)|"
                      # "官方服务商名单里有哪几家能做MES": the members of a list
                      r"(清单|名单|目录)(里|上|中|里面|上面)[^，。？?！!\s]{0,4}(都有|有|是)哪(些|几)|(是|有)哪[\d二两三四五六七八九十百]+(家|个(?![？?，。！!啊呀]|$|东西|方面))(?!部门|单位|机构|机关|部委|税|费)|"
                      # "具体是哪些城市", "我们洛阳在不在里面": the members, or whether one is among them
                      r"(具体|都)是哪(些|几个|几家)(城市|企业|公司|县|地方|单位|厂家?)"
                      r"(?![^，。？?！!]{0,4}(能|可以|可|符合|适用|享受|申请))|"
                      r"在不在(里面|里头|名单|其中|这批|里边|之列)|"
                      # "那34个城市里，有没有我们赣州？": whether the asker's place is among them
                      r"有没有(我们|咱们?|俺们)(?![这那能可]|的份)[\u4e00-\u9fff]{1,8}(?=[？?吗呢]|$)|"
                      # "前两批66个城市，里面有没有洛阳？"
                      r"(里头|里面|里边|其中|名单里|县里|城市里|批里|当中|之中|部门里|单位里|部委里)[，,]?(到底|究竟)?有没有(?!补贴|政策|优惠|支持|奖|资金|这|那|相关|具体|说|规定|要求|条件|提到|写|罚|条款|内容|细则|处罚|办法|标准|例外|解释)"
                      r"[\u4e00-\u9fff]{2,6}(?=[？?吗呢]|$)|(名单|这批|那批)里?有(没有)?[\u4e00-\u9fff]{2,4}(吗|没|不)(?=[？?，。！!]|$)|(里头|里面|里边|其中)有(没有)?我们[\u4e00-\u9fff]{2,4}(没|吗|不)|在不在[^，。？?！!]{1,30}(里面|里头|名单里?|里边|之列)|(城市|名单|批)里有[\u4e00-\u9fff]{2,4}(吗|没|不)(?=[？?，。！!]|$)|是否在(名单|里面|其中|之列)|"
                      r"个(城市|企业|县|单位|地方)[^，。？?！!]{0,2}(具体|都|分别)(有|是)哪些|入选[^，。？?！!]{0,16}(了吗|了没|没有)|进(了)?(首批|第[一二三四五六七八九十\d]批)[^，。？?！!]{0,8}(了吗|了没|没有|吗)|入选了?(吗|没)|(选上|评上|选中)(了吗|没有|没)|"
                      # "我们赣州有没有选上", "是第几批": whether one was chosen, or in which batch
                      r"有没有(选上|入选|评上|入围|被选上|被选中)(?=[吗呢？?，。！!]|$)|是第几批|第几批(入选|选上|评上)|"
                      # "入选的城市里到底有没有襄阳": whether one is among a list's members
                      r"(入选|名单|这批|那批)[^，。？?！!]{0,8}(有没有|包不包括|包括不包括|含不含)|(算不算|是不是|是否|属不属于)[^，。？?！!]{0,12}(试点|入选|示范)城市|"
                      # "是否包括江苏徐州": whether a place is among them
                      r"(是否|有没有|有无)(包括|包含)[\u4e00-\u9fff]{0,6}(省|市|州|县|区)(?=[吗呢？?，。！!]|$)"),
           # (not a record's issuers, "工业和信息化部、财政部…": a field line, and seldom the whole list asked for)
           # (nor kinds of city, "省会城市、计划单列市、其他地级市")
           re.compile(r"(“[^”]{1,20}”、?){3,}|([\u4e00-\u9fff]{2,8}((?<![城级列])市|县|区|省|公司|集团|银行|平台)、){2,}"
                      r"[\u4e00-\u9fff]{2,8}((?<![城级列])市|县|区|省|公司|集团|银行|平台)|"
                      # (a list of taxes, "房产税、城镇土地使用税、印花税（不含证券交易印花税）")
                      r"([\u4e00-\u9fff]{1,8}税(（[^）]{0,16}）)?、){2,}[\u4e00-\u9fff]{1,8}税"), exact=True,
           # (not "中型企业在不在里面": whether a kind of firm is covered, which the record's scope tells)
           not_asked=re.compile(r"(企业|个体工商户|个体户|合作社|家庭农场|农户|小微)[^，。？?！!]{0,2}在不在(里面|里头|其中|范围)")),
    # "工业“六基”是哪六项": what a term counts in, which a sentence naming the term and listing them gives ("“六基”
    # （基础零部件、基础元器件、…）"); a list of something else in the same record does not.
    Detail(ITEMS, re.compile(r"(是|有|指|包括)哪[\d二两三四五六七八九十]+(项|条|类|种|基|权|大|个方面|个?税|个?费|个(东西)?(?=[？?，。！!啊呀]|$))|"
                             # "到底是哪六个基础", "具体是哪19个部门": the members a count names
                             # (not "是哪两个部门发的": the issuers, which the record's field lists)
                             r"(是|有|指|包括)哪[\d二两三四五六七八九十]+个(?![\u4e00-\u9fff]{0,4}(发的|印发|发布|出台|颁布|制定))[\u4e00-\u9fff]{1,4}(?=[？?，。！!啊呀]|$)|"
                             # "请完整列出九个工程的名称": each item's name
                             r"列出[^，。？?！!]{0,30}(名称|名字)|"
                             # "大模型涉及哪些行业": the fields a plan names, which only a list of them gives
                             r"(涉及|覆盖|涵盖|聚焦)(哪些|哪几个)(行业|领域)|"
                             # "六税两费到底包括哪些税费"
                             r"(包括|包含|含|指)(哪些|哪几个?|哪几种)(税费|税种|税|费)|"
                             # "负面清单里具体有哪些行业", "具体包括哪些模型": the members of something named
                             r"具体(有|包括|包含|涉及|列了|是)哪些|"
                             # "具体哪些行业属于限制和禁止的": which ones fall under a term
                             r"具体哪(些|几)[\u4e00-\u9fff]{1,4}(属于|算|在|列入|是)"),
           re.compile(r"[^、，。；（）]{2,14}(（[^）]{1,12}）)?(、[^、，。；（）]{2,14}(（[^）]{1,12}）)?){2,}"), worded=True),
    # "模板在原文第几页": a page, which a record quoting its text without page numbers does not give
    Detail("页码", re.compile(r"第几页|哪一页|哪页|多少页|几页"), re.compile(r"第\s*\d+\s*页|[Pp]\.?\s*\d+"), exact=True),
    # "网址是多少", "在哪个网站申报", "APP在哪下载": an address, which only a URL or a named site gives; a record
    # naming "投诉平台" or "行业APP" does not say where to find it.
    Detail("网址或下载地址",
           # (not "把小程序链接发给顾客" or "官网上说…": the asking must be there)
           re.compile(r"网址|(链接|官网)[^，。？?！!\s]{0,2}(是多少|是啥|是什么|在哪|多少|呢)|(发|给)我个?链接|(什么|哪个)(链接|官网)|"
                      r"(哪|怎么)[^，。？?！!\s]{0,3}下载|(手机|电脑|微信)上?(怎么|咋|如何)(进|登录|登陆|打开|找到)|(手机|电脑|微信)上?(能不能|能|可以|可不可以)(直接)?(投诉|申请|申报|办理?|查询?|登录)(吗|么|不)?(?=[？?，。！!]|$)|下载(地址|链接|入口)|有没有[^，。？?！!\s]{0,6}入口|入口(在哪|是什么|是啥)|(哪个|什么)入口|(能|可以)(不能)?下载(吗|么)?(?=[？?，。！!]|$)|能不能下载|"
                      r"(什么|哪个|哪些)网站|网站(是|叫|在)"),
           re.compile(r"https?://|www\.|[A-Za-z0-9-]+\.(?:gov\.cn|com\.cn|cn|com|org|net)\b|"
                      r"[\u4e00-\u9fff](?<![联上电管])网(?![上络点店购友格页])|[\u4e00-\u9fff]{2}(网站|官网)"), exact=True),
    # "声明函模板哪下载", "有没有统一格式": a form's template, which only a sentence naming a template, a model text or
    # an annex or where to download it gives (not the procurement site where notices appear)
    Detail("模板或格式",
           re.compile(r"(模板|范本|样表|格式)[^，。？?！!]{0,8}(哪|怎么|咋|去哪|有没有|下载|下到|找)|"
                      r"(哪|怎么|咋)[^，。？?！!\s]{0,4}下载?[^，。？?！!\s]{0,2}(模板|范本|格式)|"
                      r"(有没有|有无)[^，。？?！!\s]{0,4}(统一|标准|固定)?的?(模板|范本|格式)"),
           re.compile(r"模板|范本|样表|格式(见|详见|参照|为)|附件|下载"), exact=True),
    # "电话多少", "地址在哪", "怎么联系": a number or an address, which a record naming the office does not give.
    Detail("联系电话或地址",
           re.compile(r"(电话|热线|号码|地址|联系方式)[^，。？?！!\s]{0,2}(是多少|多少|是啥|是什么|啥|在哪|有吗|有没有|呢)"
                      r"(?![^，。？?！!]{0,2}(前提|条件|要求|规定|限制|讲究|手续))|"
                      # (not "怎么联系客户更方便", a question for a CRM)
                      r"(怎么|如何|咋)联系(他们|对方|上|到)?(?=[？?。！!，,\s]|$)|(怎么|如何|咋)(跟|和|与|同)[^，。？?！!]{1,6}联系|(什么|哪个)(电话|热线)|"
                      r"有(没有)?(联系)?(电话|热线|联系方式)(吗|没|么)?(?=[？?。！!，,\s]|$)|有没有[^，。？?！!\s]{0,12}(热线|电话)(?=号码|能|可以|可|打|或|和|、|[吗呢？?。！!，,\s]|$)|"
                      r"(打|拨)哪个(号|电话)|几点(上班|开门|下班)|(预约|去|上门)[^，。？?！!]{0,3}参观|参观[^，。？?！!]{0,2}预约|办公时间|在哪(栋|个楼)|在哪个?(办公楼|大楼)|(在哪|在哪里|在哪儿)办公|办公(地点|地址)|(哪间|哪个)办公室|在哪个单位"),
           re.compile(r"(?<![\d.])(?:12\d{3}|\d{3,4}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?![\d.])|"
                      r"[\u4e00-\u9fff]{2,}(路|街|大道)\d+号"), exact=True),
    # "在哪能查到", "去哪找他们": where to look it up or whom to turn to, not only that it exists.
    Detail("查询渠道",
           re.compile(r"(在哪|哪里|哪儿|去哪)[^，。？?！!]{0,3}(看|查|找|搜)"),
           re.compile(r"https?://|www\.|[\u4e00-\u9fff]网(?![上络点店购友格])|网站|网址|公众号|小程序|客户端|APP|App|app|平台|"
                      r"热线|窗口|可向|拨打|向[^。；]{0,24}(部门|机关|局|厅|委|中心|专班|银行)[^。；]{0,6}(提出|申请|咨询|反映)|"
                      # ("各省、市、区县设工作专班": a body set up where the asker is, to go to)
                      r"(设|设立|成立|建立)[^。；]{0,8}(专班|服务中心|服务站)")),
    # What happens, or what the asker can do, once something has gone wrong: each is given only by a sentence
    # naming that kind of consequence or remedy ("要坐牢吗" is not answered by a record's fines).
    Detail("刑事责任", re.compile(r"坐牢|判刑|刑事责任|算不算犯罪|是不是犯罪|会不会被抓|拘留"),
           re.compile(r"刑事责任|犯罪|有期徒刑|拘役|拘留"), exact=True),
    # ("民宿要担多大责任", "要我赔医药费": a liability, which only a sentence on compensation gives)
    Detail("赔偿规定", re.compile(r"(能|要|可以|会|得|该)[^，。？?！!\s]{0,2}(赔偿|索赔)|赔钱|赔多少|赔[^，。？?！!\s]{0,2}(医药费|损失)|"
                              r"(担|负|承担)[^，。？?！!\s]{0,2}(多大|多少|什么|哪些)的?责任|责任(有)?多大"),
           re.compile(r"赔偿|赔付"), exact=True),
    Detail("起诉或复议途径", re.compile(r"能告|告他|告它|告政府|告得赢|起诉|打官司|行政复议"),
           re.compile(r"诉讼|起诉|复议|仲裁|法院"), exact=True),
    Detail("申诉或解封途径", re.compile(r"(怎么|如何|咋|去哪|到哪|哪儿|哪里|能不能|可以|能)申诉|解封"), re.compile(r"申诉|解封|复核"), exact=True),
    # "一百万家的目标是否已经实现？终期评估结论如何", "有没有评估报告": how a plan turned out, which only a sentence
    # saying it was met or reviewed gives (not the target itself)
    Detail("实施结果或评估结论",
           re.compile(r"(目标|任务|指标)[^，。？?！!]{0,6}(是否|有没有|已经|到底)[^，。？?！!]{0,2}(实现|完成|达成|达到)|"
                      r"(目标|任务|指标)[^，。？?！!]{0,4}(实现|完成|达成)(了)?(吗|没|没有)|"
                      # "到2025年最后完成了没有", "上云率实际到多少了", "到2026年已经改完多少家了": how it turned out
                      r"(最后|最终|到底|实际上?)[^，。？?！!]{0,4}(实现|完成|达成|达到|做到)了?(吗|没|没有)|"
                      r"实际(上)?(到|达到|完成|做到)了?多少|已经[^，。？?！!]{0,4}(改完|完成|做完|建成|改造完)了?多少|"
                      # "实际已经有多少家中小企业完成了数字化改造": the count come true, not the target
                      r"(实际|已经|目前已|到现在)[^，。？?！!]{0,3}有多少[^，。？?！!]{0,12}(完成|改完|做完|建成|实现|达标)了|"
                      r"评估(结论|报告|结果)[^，。？?！!]{0,3}(如何|怎样|怎么样|是什么|是啥|呢|吗)|"
                      r"(有没有|是否有|有无)[^，。？?！!]{0,6}(评估|总结|验收|考核)(报告|结论|结果)"),
           re.compile(r"(已|已经)(如期|提前|超额)?(实现|完成|达成)|超额完成|评估(显示|结论|认为|结果)|验收(通过|合格)"),
           exact=True),
    # "奖补资金是一次性拨付，还是按年度分期拨付": how money is paid out, which only a sentence saying so gives
    Detail("拨付方式",
           re.compile(r"(一次性|分期|分批|按年度?|逐年)[^，。？?！!]{0,10}(拨付|发放|到账|支付|下达)[^，。？?！!]{0,10}还是|"
                      r"还是[^，。？?！!]{0,6}(分期|分批|按年度?|一次性|逐年)[^，。？?！!]{0,4}(拨付|发放|到账|支付|下达)|"
                      r"(怎么|如何|咋|分几次|分几期|分几批)(拨付|拨款|发放|下达)|(拨付|拨款|下达)(方式|节奏|进度)"),
           re.compile(r"一次性(拨付|发放|支付|下达)|分(期|批|年|两次|三次)(拨付|发放|下达|支付)|按(年度|年)(拨付|下达)|"
                      r"(拨付|下达)[^。；]{0,6}(分期|分批|一次性)"), exact=True),
    # "名额是按省分配的吗": how places are shared out, which only a sentence saying so gives
    Detail("名额分配方式", re.compile(r"名额[^，。？?！!]{0,4}(按|怎么|如何|咋|是不是按|是否按)[^，。？?！!]{0,4}分(配|下去)|名额(怎么|如何)分"),
           re.compile(r"(按|由)[^。；]{0,8}(分配|下达)[^。；]{0,2}名额|名额[^。；]{0,8}(分配|下达)"), exact=True),
    # "携程那个接口是哪个版本", "评测指标现在用哪一版": a version, which only a version stated gives ("（2024年版）")
    Detail("具体版本", re.compile(r"(哪个|哪一个|什么|啥|哪一)版本|第几版|哪一?版(?![块面图])"),
           re.compile(r"\d{4}年(版|修订|修正|全面修订)|[Vv]\d+(\.\d+)?|(20\d\d|19\d\d)年(新)?修订后"), exact=True),
    # "声明函需要去公证吗", "要不要去网信办备案": a formality, which only a sentence naming it settles
    Detail("公证、备案或盖章要求",
           re.compile(r"(要不要|需不需要|需要|要|用不用|得不得|是否|必须|还得|得)[^，。？?！!\s]{0,6}(公证|备案|盖章|盖公章|签字|签章|审批)|"
                      r"(公证|备案|盖章)(吗|么|不)|盖个?公?章(就行|就可以|即可)"),
           # (and "无需另行审批，申报时填报即可": no formality needed; worded: a tax notice's "无需审批" says nothing of
           # filing a prepaid card)
           re.compile(r"公证|备案|盖章|公章|签章|签字|(无需|不需要|不用|免于?)[^。；，]{0,4}(审批|备案|审核)"), worded=True),
    Detail("退还办法", re.compile(r"(申请|能|可以|怎么|咋)[^，。？?！!\s]{0,2}退(?!出|休|货|租|役)|退不退|能退吗"),
           re.compile(r"退还|退税|退款|退回|返还"), exact=True),
    # (after a wrong done: "上了ERP会怎么样" asks what the tool brings)
    Detail("违规后果", re.compile(r"(不|没|忘|违规|违法|私自|偷|漏|逃|拖欠|超了|超过|被查|查出)[^，。？?！!]{0,10}"
                                 r"(会怎么样|会怎样|什么后果|会被?怎么(处理|罚))|怎么处罚|(会|要)被?怎么罚|会不会被罚|罚不罚|(受到?|会有|有)什么(处罚|惩罚)|"
                                 # "声明函填错了会不会被拉进黑名单"
                                 r"(会不会|是否会|会)被?(拉进|拉入|列入|纳入|列进|关进|进|上)(黑名单|失信)|罚则|违反[^，。？?！!]{0,4}(后果|会怎样|会怎么样)|"
                                 # "绩效评价不达标，奖补资金是否会被收回"
                                 r"(不达标|未达标|没达标|不合格|考核不过|没完成)[^。？?！!]{0,16}(收回|扣减|追回|退回|取消)|"
                                 r"(是否|会不会|会)(被)?(收回|扣减|追回|清退)|"
                                 # "对直接负责的领导给什么处分"
                                 r"(给|受|有|什么)[^，。？?！!]{0,2}(处分|处理决定)|(处分|处罚)(是什么|有哪些|怎么给)"),
           # (what a late payer owes is a consequence too: "逾期付款要付利息")
           re.compile(r"处罚|处分|罚款|责令|法律责任|追究|吊销|没收|利息|违约金|赔偿|通报|失信|黑名单|不良行为记录|收回|扣减|追回"), exact=True),
    # "分到各省份各是多少", "东、中、西部各占几个", "其余阶段各占多少": a figure for each part of a whole, which only a
    # sentence giving the parts does ("…分别为…"); the whole's figure is not it. (Not "人数和营收的线各是多少": two
    # things named, each with its own figure.)
    Detail(BREAKDOWN,
           re.compile(r"各(省|省份|地|地区|市|城市|区域|行业|阶段|类|部分|批)(?![^，。？?！!]{0,2}(累计|一共|总共|合计|共计|加起来))"
                      r"[^，。？?！!]{0,8}?(各|分别)?(是|占|有|为)?(多少|几)|"
                      r"(省|省份|地区|区域|行业|阶段|类别|部分)的?(各|分别)(是|占|有|为)?(多少|几)|"
                      r"[东中西]部[^，。？?！!]{0,4}(各|分别)|剩下的[^，。？?！!]{0,10}各|(其余|剩余|剩下)的?[^，。？?！!]{0,16}分别(是|占|为)?(多少|几)|(其余|剩余|剩下|其他)的?[^，。？?！!]{0,6}各(自)?(处在|处于|在|是|占)|(和|与|及|、)[^，。？?！!]{1,12}各占(多少|几)|"
                      # "在各省是怎么分布的", "我们省分到多少家": one part's figure
                      r"(各省|各地|各个省|各省份)[^，。？?！!]{0,6}(分布|分配)|"
                      r"我们(省|市|县|区)分到(多少|几)|"
                      # "那3684万个就业机会里企业微信带来的有多少": a part of a whole the question quotes
                      rf"{_WHOLE_FIGURE}[^，。？?！!]{{0,12}}(里|中|当中|之中|里面)[^，。？?！!]{{1,14}}(?<!第)(多少|几)|"
                      # "企业微信这一块单独带动了多少个": one part of a whole
                      r"单独(带动|带来|贡献|占)了?(多少|几)|"
                      # "工作机会有780多万个，其中广州市占了多少个"
                      rf"{_WHOLE_FIGURE}[^？?！!。]{{0,4}}[，,]\s*其中[^，。？?！!]{{1,10}}(占|有|是)了?(多少|几)"),
           re.compile(r"分别(为|是|占|达|有)|各(为|占|有)[\d一二三四五六七八九十]|其中[^。；]{0,12}\d"), exact=True),
    # "有门槛吗", "要什么条件": who qualifies. Any sentence setting a condition gives it; asked beside another
    # detail ("怎么报名，有门槛吗") it is a detail too, so that detail, unstated, is not outweighed by a clause
    # that only seems to ask something else.
    Detail("申请条件或门槛",
           re.compile(r"有(没有)?(什么|啥)?门槛|门槛(高不高|高吗|是什么|是啥|有哪些|多少|怎么样)|(什么|哪些|啥)(门槛|资格)|"
                      r"有(没有)?(什么|啥)?(硬性)?(条件|要求)(吗|没|么)?(?=[？?。！!，,\s]|$)|(什么|哪些|啥)条件(?!下)"),
           re.compile(r"条件|门槛|资格|须|需|应当|符合|不低于|不少于|不超过|以上|以下|满足|面向|针对|限于|仅限|具备|要求|对象|"
                      r"适用于|可以|可"), exact=True),
    # "哪些文书不能用电子签": what is left out, which only a sentence naming an exclusion gives; a record saying
    # what the tool does is not one.
    Detail("不适用的情形",
           re.compile(r"哪些[^，。？?！!]{0,10}(不能用|不可以用|不适用|不允许|不能签|除外|不行)|(什么|哪些)情况[^，。？?！!]{0,4}(不能|不可以|不适用|除外)"),
           re.compile(r"除外|不适用|不得|不能|不包括|不属于|不含|排除|限制|禁止"), exact=True),
    # "两部法规定不一致以哪个为准": which rule prevails, which only a sentence saying so gives.
    Detail("适用的优先顺序",
           re.compile(r"以(哪个|谁|哪部|哪一个)为准|听哪个的|按哪个(来|算|执行)|优先适用|哪个优先|"
                      # "按老条例算还是按新条例": which version governs a case that straddles them
                      r"(按|跟|依|用)(老|旧|原来)[^，。？?！!]{0,8}(还是|定是|抑或)[^，。？?！!]{0,2}(新)|"
                      r"(冲突|不一致|矛盾)[^，。？?！!]{0,6}(怎么办|咋办|怎么处理|怎么算)"),
           re.compile(r"为准|优先适用|从其规定|另有规定|依照[^。；]{0,20}规定执行|溯及|过渡期"), exact=True),
    # "有几年过渡期", "有没有过渡规定", "去年签的合同还没干完，有没有过渡期": how the change-over is handled, which only
    # a sentence on a transition gives (not a term's "期满")
    # ("2024年签的老合同，新条例也管用吗": whether a rule reaches what was agreed before it, which only a
    # transitional clause says)
    Detail("过渡安排", re.compile(r"过渡期|过渡(规定|安排|条款|政策|办法)|新老衔接|(新旧|新老)(怎么|如何)衔接|"
                                 r"(老合同|旧合同|之前签的|以前签的|原来签的|(19|20)\d\d年签的?)[^，。？?！!]{0,24}(管用|适用|能用|也能|有效|算数|按新)|"
                                 r"(能用|适用|能按|按)新(条例|规定|办法|政策)[^，。？?！!]{0,8}(吗|么|还是)"),
           re.compile(r"过渡期|过渡(安排|规定|条款|办法)|新老衔接|衔接(期|安排|办法)|(此前|之前|以前|施行前|修订前)[^。；]{0,12}(签订|签的|认定|订立)"
                      r"[^。；]{0,12}(按|适用|执行|继续|沿用)"), exact=True),
    # "文号多少", "几号文": a document's number, which only a number in its form ("国统字〔2017〕213号") gives.
    Detail(DOC_NUMBER, re.compile(r"文号|发文字号|第几号|(几|多少)号(文|令|主席令|国务院令)"),
           re.compile(r"〔\d{4}〕\d+号|\[\d{4}\]\d+号|令第[\d一二三四五六七八九十百零]+号|公告\d{4}年第\d+号"), exact=True),
    # "在申报表哪一栏勾选": a place on a form, which only a sentence naming a box or line gives.
    Detail("申报表栏次", re.compile(r"哪一?栏|第几栏|第几行|(在哪|在哪里|哪里|哪儿|怎么)勾选|勾选(哪|什么)"),
           re.compile(r"第[\d一二三四五六七八九十]+(栏|行)|栏次|行次"), exact=True),
    # "第几条写了", "哪一条管": an article's number (not "有没有哪条规定管这事", whether a rule exists), which only a sentence citing one ("第九十二条") gives.
    Detail("法条序号", re.compile(r"第几条|哪一条|哪条(法条|条款)|哪个条款|(条款|法条)[^，。？?！!\s]{0,2}(是|在)?(哪|第几)"),
           re.compile(r"第[一二三四五六七八九十百零\d]+条"), exact=True),
    # "原文怎么说", "条文是怎么写的": an article's own wording, which only the article's text gives ("第十条 …"); the
    # records tell what a rule says in their own words.
    Detail("条文原文", re.compile(r"原文[^，。？?！!\s]{0,6}(怎么|咋|是啥|是什么|如何)|原话|(条文|法条|条款)[^，。？?！!\s]{0,2}(原文|怎么写|咋写)|具体(是)?(怎么|咋)写的?"),
           re.compile(r"(?:^|\n)第[一二三四五六七八九十百零]+条[\s　]"), exact=True),
    # "第一责任人具体由谁担任", "牵头的是哪个领导": who holds a role a rule creates, which only a sentence saying
    # who takes it gives; a record saying the role is to be set up does not.
    Detail("担任的人或职务", re.compile(r"由谁(来)?(担任|负责|兼任|牵头|当)|由哪(位|个|一位)[^，。？?！!]{0,4}(担任|兼任|牵头)|"
                                # "验收是谁来验", "是工信局自己派人评，还是委托第三方机构评": who does it
                                r"谁来(验|评|审|查|验收|评定|审核)|(派人|自己)[^，。？?！!]{0,2}(评|验|审|查)[^，。？?！!]{0,2}还是|还是(委托|请|找)第三方|"
                                # "区一级具体是区长还是区委书记": which office holds it
                                r"是[^，。？?！!]{0,4}(长|书记|主任)还是[^，。？?！!]{0,6}(长|书记|主任)|谁(来)?(担任|兼任|牵头)|谁是[^，。？?！!]{0,8}(责任人|负责人|牵头人)|"
                                r"(责任人|负责人|牵头人|联系人|召集人)[^，。？?！!]{0,4}(是谁|由谁|谁来|是哪位|是哪个领导|是什么职务)|"
                                # "需要专门指定个人信息保护负责人吗": whether one must be named
                                r"(指定|设立|设置|配备|安排)[^，。？?！!]{0,10}(负责人|专员|联络员)"),
           re.compile(r"由[^。；，]{1,12}(担任|兼任)|牵头|发起|(书记|市长|区长|县长|主任|局长|厅长|部长|主要负责人|主要领导)(为|是|担任)[^。；]{0,4}(责任人|负责人)"),
           exact=True),
    # "老板叫什么", "创始人是谁": a person, whom the records (about firms and rules) name only with a title.
    Detail("负责人姓名", re.compile(r"(老板|创始人|负责人|董事长|总经理|法人|老总)[^，。？?！!\s]{0,2}(是谁|叫什么|叫啥|姓什么|姓啥|是哪位)"),
           re.compile(r"(老板|创始人|负责人|董事长|总经理|法定代表人|老总)[^。；，]{0,4}[\u4e00-\u9fff]{1,2}(先生|女士)|"
                      r"(创始人|董事长|总经理|法定代表人)[\u4e00-\u9fff]{2,3}(?=[，。；、])"), exact=True),
    # "基地是哪一年建成的", "什么时候上线的": the year something began, which only a sentence naming both the
    # year and that beginning gives ("建成" tied); a record's other years are of other things.
    Detail("起始年份",
           re.compile(r"(哪一年|哪年|什么时候|啥时候|何时|哪个年份)(?=[^，。？?！!]{0,3}(建成|成立|建立|创办|创立|上线|投产|开通|建的|办的|起步|搞起来|启动|发起|建起|开始(的|做|搞|用|干|运营|建|落地|跑|试)|开办|开张|开业|做起来|调查|统计|开展|做的|落地|投用|投入使用|推广))"),
           re.compile(r"(19|20)\d\d\s*年|(19|20)\d\d-\d\d"), tied=True),
    # "这个数据是哪一年的": the year a figure is of, which only a sentence naming a year gives
    Detail("数据年份",
           re.compile(r"(数据|数字|统计|调查|占比|比例|这个数)[^，。？?！!]{0,3}(是|为|属于)?(哪一年|哪年|哪个年份)"),
           re.compile(r"(19|20)\d\d\s*年"), worded=True),
    # "那家厂在哪个城市", "是哪个省的公司": where a firm is, which only a record naming its place gives; many cases
    # leave it out. (Not "在哪个地方申请", where to file.)
    Detail(REGION,
           re.compile(r"(?<!总部)(是|在)([\u4e00-\u9fff]{2}省?(?=哪))?哪(个|一个|座)?(省|地级市|县级市|市|城市|地方|县|地区|镇|乡|村|矿|矿区|煤矿|矿山|港口|码头|园区|景区)的?(?![^，。？?！!]{0,4}(申请|申报|办|领|报|享受|能|可以|有))|"
                      # "福茶网是不是福建安溪那边的": a guess at where it is
                      r"是不是[^，。？?！!]{1,8}(那边|那里|那块|本地)的|是不是[\u4e00-\u9fff]{2,6}的(企业|公司|厂|品牌)|"
                      # "犀牛智造工厂在哪": where a firm's works are
                      r"(工厂|厂子|公司|基地|门店|园区)在哪(里|儿)?(?=[？?吗呢啊]|$)|(工厂|厂子|公司|总部|基地)(是不是|是否)?在[\u4e00-\u9fff]{2,4}(吗|么|吧)"),
           re.compile(r"地区：(?!全国)|[\u4e00-\u9fff]{2,8}(省|(?<![城超都门])市|县|镇)(?![场政级长委辖城])"), exact=True),
    # "聚好单是哪家公司做的？总部在哪": a firm's seat, which only a sentence saying where it is based gives; a
    # case's 地区 is where the story took place.
    Detail("总部所在地", re.compile(r"总部(在|设在|位于)?[^，。？?！!]{0,4}(哪|什么地方)"),
           re.compile(r"总部(在|设在|位于)|总部所在地"), exact=True),
    # "这行以后还吃香吗", "未来五年岗位会不会变少": a forecast, which only a stated outlook gives; a record's
    # past figures do not.
    Detail("前景预测",
           re.compile(r"(以后|将来|未来|今后)[^，。？?！!]{0,6}(吃香|有前途|有搞头|好做|赚钱|赚得到)|"
                      r"还(吃香|有前途|有搞头|赚得到钱|能赚钱|好做)|前景(怎么样|如何|好不好|咋样)|"
                      r"会不会(越来越|变少|变多|饱和|过时|被淘汰)|未来[几一二三四五六七八九十\d]+年[^，。？?！!]{0,10}(会|能)|"
                      r"(你估计|估计一下|你预计|预测一下)[^，。？?！!]{0,10}(会|能|还)|明年[^，。？?！!]{0,6}(还会|会不会)(涨|降|增|减|多|少)"),
           re.compile(r"预计|预测|前景|展望|趋势|将(会|继续|保持|增长|达到|超过)"), exact=True),
    # "5%那个优惠2027年底到期以后还会不会延续": what follows a term's end, which only a sentence speaking of after
    # it gives; the term itself ("延续执行至2027年底") is not an answer.
    Detail(AFTER_TERM,
           re.compile(r"(到期|期满|结束|截止|过期|到头)(以后|之后|后|了)[^，。？?！!]{0,8}(还会不会|会不会|还会|是否|还能不能|能不能|还有没有|有没有)"
                      r"[^，。？?！!]{0,3}(继续|接着|再|延|续)|(?:20\d\d年?|(?<!\d)[2-9]\d年)(以后|之后|往后)[^，。？?！!]{0,10}(还会不会|会不会|是否|还有没有|有没有)"
                      r"[^，。？?！!]{0,3}(继续|接着|延|续)|"
                      r"(还会不会|会不会|还会|将来会|是否会|是否还会|还能不能|有没有可能)(继续|再|接着)?(延长|延续|延期|续期|顺延)|延不延(续|长)|续不续|"
                      # "会延续到2030年吗"
                      r"会(继续|再)?(延长|延续|延期|顺延)(到|至)20\d\d|"
                      # "2027年还会不会再出一轮", "还有没有下一轮"
                      # (not "有没有新一轮", which a later version answers)
                      r"20\d\d年?[^，。？?！!]{0,6}(还会不会|会不会|还有没有|有没有|是否还?会?|还会)(再)?(出|搞|办|开展|启动|推出|来)?下(一轮|一批)|"
                      r"(还会不会|会不会|是否还?会?|还会)再(出|搞|办|开展|启动|推出|来)(一轮|一批)|"
                      # "2028年还会继续吗"
                      r"20\d\d年?[^，。？?！!]{0,6}(还会|会不会|还能|是否还?会?)(继续|接着)(执行|实施|有效|享受)?(吗|么|呢|不)?(?=[？?，。！!]|$)|"
                      # "2026年会不会启动第四批", "2028年还有没有"
                      r"20\d\d年?[^，。？?！!]{0,8}(会不会|是否会|还会不会|还会)(启动|开展|搞|出|推出|开)第[一二三四五六七八九十\d]+(批|轮)|"
                      # (not "2026年还有没有": a year the term may hold)
                      r"20\d\d年?(以后|之后)(还有没有|还有吗|还有没)(?=[？?，。！!]|$)"),
           # (not "之后视执行情况再扩大": a step within the term)
           re.compile(r"(到期|期满|届满)(后|以后|之后)|另行(通知|规定|研究|明确)|(到期|期满|届满|结束)[^。；]{0,10}视[^。；]{0,8}情况(再|另行)"),
           exact=True),
    # "新标准里工业的门槛会不会往上调": a change to come, which only a sentence about a planned change or a draft gives
    Detail("今后是否调整",
           re.compile(r"(会不会|是否会|将会)[^，。？?！!]{0,6}(提高|降低|调整|修改|修订|上调|下调|往上调|往下调|取消|放宽|收紧|提到|涨到|调到|降到)"),
           re.compile(r"拟|将于|将在|(计划|预计)[^。；]{0,6}(调整|修订|提高|降低|取消)|征求意见稿|草案|(修订|调整)为"), exact=True),
    # "19号文自哪天起执行": the day a rule takes effect, which only a sentence giving a day beside its taking
    # effect says (a record's own is its field: advisor/record_facts.py)
    Detail(EFFECTIVE_DAY,
           re.compile(r"(哪一?天|什么时候|啥时候|何时|几月几[号日]|哪月哪[日天号]|几号)[^，。？?！!]{0,2}(起)?(正式)?(施行|实施|执行|生效|实行)|"
                      # "具体生效日是哪天"
                      r"(施行|实施|生效|实行)(日|日期|时间)[^，。？?！!]{0,3}(是|在)?(哪|什么|啥|几)"),
           # (施行, 实施, 执行 and 生效 say the same: a day right before any of them answers)
           # ("于公布之日起施行": the day of publication, which the record's date gives)
           re.compile(rf"(?:{_DAY})[^。；，]{{0,4}}(施行|实施|执行|生效|实行)|(公布|发布|印发)之日起(施行|实施|执行|生效)"), exact=True),
    # "开发APP时有没有拿到政府补贴": whether a firm got support, which only a sentence saying it did or did not
    # gives (of a case, whose record seldom says)
    Detail("是否获得补贴",
           re.compile(r"(有没有|是否|有无|拿没拿|有)(拿到|拿过|获得|得到|享受到|申请到|领到|拿)(过)?[^，。？?！!]{0,4}(政府)?(补贴|奖补|补助|资助|扶持资金)(吗|没|么|呢)?(?=[？?，。！!]|$)"),
           re.compile(r"补贴|奖补|补助|资助|扶持资金|贴息"), exact=True),
    # "这种贷款要不要找担保人": whether a guarantor or collateral is needed, which only a sentence naming that
    # very thing gives (tied: a case's "没有抵押物" says nothing of a guarantor)
    Detail("是否需要担保或抵押",
           re.compile(r"(要不要|需不需要|用不用|需要|是否需要|是否要|得不得|必须|还要|还得)(找|提供|有|交|办)?"
                      r"(?=[^，。？?！!]{0,2}(担保人|担保|保证人|抵押物|抵押|质押))"),
           re.compile(r"担保|保证人|抵押|质押"), tied=True),
    # "平台会不会帮我们代扣代缴增值税": whether someone withholds the tax, which only a sentence on withholding gives
    Detail("是否代扣代缴",
           re.compile(r"(会不会|是否|是不是|要不要|能不能|帮)[^，。？?！!]{0,8}(代扣代缴|代扣|代缴|代征|代收代缴|扣缴)"),
           re.compile(r"代扣|代缴|代征|扣缴"), exact=True),
    # "个体户刚开张不到一年，能被专班推荐吗", "是不是得经营满一年": whether a length of trading is required, which
    # only a sentence giving one says ("持续经营" gives none)
    Detail(TRADING,
           re.compile(rf"(是不是得?|是否(要|需)?|要不要|需不需要|必须|得|需要)[^，。？?！!]{{0,4}}{_TRADING}|"
                      rf"{_TRADING}[^，。？?！!]{{0,4}}(硬杠杠|要求|门槛|限制|条件)|"
                      rf"{_TRADING}[^，。？?！!]{{0,16}}(能不能|能否|可以|能)[^，。？?！!]{{0,16}}(吗|么|不)(?=[？?，。！!]|$)"),
           re.compile(r"(经营|成立|注册|开业)[^。；]{0,8}(满|以上|不少于|超过|不足)[^。；]{0,4}(年|月)|"
                      r"(\d+|[一二两三])年(以上)?的?(经营|成立)"), exact=True),
    # "三年前的货款现在还能不能投诉？有没有时间限制": a limit on when one may still act, which only a sentence
    # stating such a limit gives (not a deadline the other side has to answer by)
    Detail("时效限制",
           re.compile(r"(有没有|有无|是否有|有)[^，。？?！!\s]{0,2}(时间限制|时效|时限)(吗|么|呢)?(?=[？?，。！!]|$)|"
                      r"(时效|时限)(多长|多久|是多久|是几年|几年)|过了?多久(就|以后)?(不能|不让|不予)"),
           re.compile(r"时效|(之日起|起)[^。；]{0,6}(内|以内)[^。；]{0,8}(提出|投诉|申请|起诉|申报)|"
                      r"超过[^。；]{0,10}(不予受理|不再受理|不予支持)"), exact=True),
    # "2024版比2022版删了哪些、加了哪些指标": what a revision changed, which only a sentence naming a change gives
    Detail("具体改动",
           re.compile(r"(删|减|去掉|加|增|新增|增加|删除|删掉|改|修改|调整|取消)了?哪(些|几)"),
           re.compile(r"新增|删除|删去|删掉|去掉|增加了|调整为|修改为|改为|取消|不再|首次|改成"), exact=True),
    # "申报截止时间能不能往后延": whether a deadline can move, which only a sentence about extending or late filing gives
    Detail("能否延期",
           re.compile(r"(截止|期限|时间|日期|deadline)[^，。？?！!]{0,8}(能不能|可不可以|能否|可以|会不会)[^，。？?！!]{0,3}(延|推迟|推后|顺延)|"
                      r"(能不能|可不可以|能否)(延期|延后|推迟|晚点)(申报|提交|交|报)"),
           re.compile(r"延期|延长|顺延|推迟|逾期"), exact=True),
    # "约课SaaS能不能跟美团、大众点评打通": whether a tool links to the systems named, which only a sentence naming
    # one of them beside a link gives (asked in `asked_about`: the systems are a list the clauses split at "、")
    Detail(LINKED, re.compile(r"(?!)"), re.compile(r"打通|对接|同步|互通|集成|连通|接口"), tied=True),
    # "认定下来以后有效期几年", "要不要重新申报", "有几年过渡期": how long a title lasts and how it is renewed, which
    # only a sentence about its term, its review or applying again gives; a programme's "每批不超过三年" does not.
    Detail(TITLE_TERM,
           re.compile(r"(证书|资格|称号|认定|评上|评定|入库)[^，。？?！!]{0,10}(有效期|管几年|有效几年|管多久|几年有效)|"
                      r"有效期[^，。？?！!]{0,4}(证书|资格|称号)|"
                      r"(要不要|是不是|需不需要|需要|用不用|得不得|还得|还要|必须)[^，。？?！!\s]{0,6}重新(申报|申请|认定|评定|评|测|交|提交|递交|报)|"
                      r"重新(申报|申请|认定)(吗|么|不)|(怎么|如何)复核|复核(流程|程序|怎么)|"
                      # "到期要不要复核", "什么时候要重新复核", "原来的资格还算数吗"
                      r"(到期|期满)[^，。？?！!]{0,4}(要不要|是否|需不需要|需要|得)?(复核|重新)|(什么时候|何时|啥时候)[^，。？?！!]{0,3}重新(复核|认定|申报|申请|评)|"
                      r"(原来|以前|之前|老)的?(资格|认定|称号|证书)[^，。？?！!]{0,4}(还算数|还有效|还认|作废|失效)|"
                      # "资格快到期了…是不是自动延期": whether a title runs on by itself
                      r"(是不是|是否|能不能|能否|会不会|可不可以)(自动|直接)(延期|续期|顺延|延长|续上)|"
                      # "认定有效期是几年", "自测的等级是不是一年内有效", "过期了要重新测" (a clause asking only
                      # "有效期是几年" after one naming the title: `asked_about`)
                      r"(认定|评上|评定|入库|评测|测评|自测|等级|结果|证书|资格)[^？?！!。]{0,12}有效期(是|为|有)?(几年|多久|多长|多少年)|"
                      r"(是不是|是否)[^，。？?！!\s]{0,4}(几年|一年|两年|三年|多久)内?有效|(过期|到期)了?(还)?(要|得|需要)重新|"
                      # "2022年评上过，这一轮还能不能再报": applying again
                      r"(还能不能|能不能|能否|可不可以|还可以|还能)再(报|申报|申请|评|参评)"),
           re.compile(r"有效期[为是]?[^。；]{0,4}[一二三四五六\d]年|过渡期|复核|重新(认定|申报|申请)|期满|届满|到期后|"
                      r"重复(申报|申请|支持|享受)|不再(支持|受理|申报)|再次(申报|申请)"), exact=True),
    # "一年卖了八万多，这算不算零星小额交易": whether the asker's own figure falls under a term, which only a
    # sentence giving that term's bound in figures says (asked in `asked_about`, where the figure and the term meet)
    Detail(BOUND, re.compile(r"(?!)"), re.compile(rf"{_MONEY}|{_COUNT}"), tied=True),
    # "听说灵山荔枝用了阿里云以后，线上销售额翻了三倍，是真的吗": a figure heard, to confirm or correct, which only a
    # sentence giving a figure of that thing does (asked in `asked_about`: the figure and the asking are apart)
    Detail(CONFIRMED, re.compile(r"(?!)"), re.compile(rf"{_FIGURE_SAID}|倍|[一二三四五六七八九\d]成|[%％]"), tied=True),
    # "奖补的钱能不能拿来发工资", "这笔奖补能用在上云吗": whether the money may pay for that use.
    Detail("资金能否用于您说的用途",
           re.compile(r"(钱|资金|奖补|补贴|补助|经费|奖励|奖金|贷款)[^，。？?！!]{0,6}(能不能|能否|可不可以|可否|可以|能)"
                      r"[^，。？?！!]{0,2}(拿来|拿去|用来|用于|用在|用作|花在)[发买付还交]?"),
           re.compile(r"用于|用在|用来|用作|支持|列支|开支|不得|可以"), tied=True),
)


def asked_details(question: str) -> list[Detail]:
    """The details the question asks for; a figure of a named kind (an amount, a period, a count) stands in for
    "a figure"."""
    asked = [d for d in DETAILS if d.is_asked(question)]
    # ("一共多少章多少条": a count of chapters, which is a figure of a named kind too)
    if any((d.figure or d.name == CHAPTERS) and not d.fallback for d in asked):
        asked = [d for d in asked if not d.fallback]
    if any(d.name == BREAKDOWN for d in asked):  # "我们省分到多少家": the count asked is the part's
        asked = [d for d in asked if not d.figure]
    if any(d.name == DEADLINE for d in asked):  # "截止到几号": the day it closes, not any date
        asked = [d for d in asked if d.name != PERIOD]
    return asked


# Asking words: "最多罚" speaks of "罚". Generic words, which any sentence on the subject may share: "企业".
_ASKING_WORDS = ("多少", "多大", "多高", "多久", "具体", "大概", "一般", "最多", "最少", "一共", "总共")
_GENERIC_WORDS = frozenset({"规定", "企业", "中小", "小企业", "中小企业", "公司", "政策", "国家", "现在", "今年", "去年", "我们",
                            "大家", "以下", "以上", "以内", "服务",
                            # (every title's "促进中小企业发展": "中小企业发展基金多大" asks of 基金)
                            "发展",
                            # whose share, not what of: "单个企业最多能拿多少补贴" asks of 补贴
                            "一家", "每家", "单家", "单个", "每个",
                            # the kind of figure, not what it is of: "补贴比例是多少" is not told by a quota's "比例下限"
                            "比例", "占比", "比重", "金额", "额度", "上限", "下限", "幅度", "数额", "总数", "数量", "目标",
                            "万元", "亿元", "块钱", "百分", "百分之", "个点", "百分点", "个百分点",
                            # the act of issuing, which every record's field line names ("发布日期：2024-12-12")
                            "发布", "印发", "出台", "日期", "时间"})
# One-character words say what is asked about only when they are not the asking itself ("罚" and "女" do;
# "占", "给", "钱" do not).
_GENERIC_CHARS = frozenset("钱年天月个点占给拿要交领花有是能会多少几到中种发做办用算让大小新老")


@lru_cache(maxsize=256)
def specific_words(words: frozenset[str], title: str) -> frozenset[str]:
    """Those of ``words``, less any asking word inside them, that are not in the record's title, not numbers
    and not generic: a sentence sharing one speaks of what the question asks about, not only of its record.
    (Cached: it is asked once per candidate sentence of a record, always with the same title.)"""
    in_title = set(tokenize(title))
    out = set()
    for w in words:
        for asking in _ASKING_WORDS:
            w = w.replace(asking, "")
        if w and w not in in_title and w not in _GENERIC_WORDS and not w.isdigit() \
                and (len(w) >= 2 or ("\u4e00" <= w <= "\u9fff" and w not in _GENERIC_CHARS)):
            out.add(w)
    return frozenset(out)


_CLAUSE = re.compile(r"[^，、。？?！!；;\s]+")
# The unit an asking word names ("多少家", "几天") and how a figure in it is written.
# A sum of money: not "9000万户", a count in tens of thousands
_SUM = r"元|块|万(?![户家人个名项件])|亿(?![户家人个名项件])"
_ASKED_UNITS = {"钱": _SUM, "资金": _SUM, "工资": _SUM, "工钱": _SUM, "薪水": _SUM, "月薪": _SUM, "营收": rf"{_SUM}|[%％]|倍", "万": "万", "亿": "亿", "家": "家", "户": "户", "人": "人|名|个", "名": "人|名", "吨": "吨", "亩": "亩", "面积": "亩|平方米|平米|公顷|㎡",
                "个": "个", "县": "县|个", "城市": "城市|个", "批": "批", "天": "日|天", "工作日": "工作日|日|天", "年": "年", "月": "月",
                "件": "件", "项": "项", "台": "台", "套": "套", "所": "所", "把": "把", "道": "道", "分": "分(?!之|钟|批|期|类|别)",
                # "至少要达到几级": a level ("三级"), not a count of tiers ("三个层级")
                "级": "(?<=[一二三四五六七八九十\\d])级"}


# A figure asked of one batch or of a draft is told only beside its name: "第二批支持多少家" is not told by
# "分三批支持1000余家", nor "征求意见稿拟调整为多少" by the standard in force. A draft named anywhere in the
# question is what all its figures are asked of; a batch, only in the clause that names it.
_DRAFT = re.compile(r"征求意见稿|草案")
# (and a case the law sets apart: "要是情节严重，最高能罚到多少" is not told by the ordinary fine)
# (and of a fine, the case or the person it is asked of: "造成严重后果的罚多少", "主管人员个人罚多少")
_QUALIFIED = re.compile(rf"第[一二三四五六七八九十\d]+批|{_DRAFT.pattern}|情节(特别|比较|较为|较)?严重|严重后果|造成(?![^，。？?！!的\s]{{0,10}}严重后果)[^，。？?！!的\s]{{2,10}}|严重的?情形|情形严重|主管人员|直接责任人员")
# "一般情况下（没造成…这种严重后果）罚款多少": the tier set aside, not the one asked
_SET_ASIDE = re.compile(r"(没|未|不|无|非)[^，。？?！!（）()]{0,12}$")


def _qualifier(text: str) -> re.Match | None:
    """The batch, draft or tier the clause qualifies its figure by, unless it names it only to set it aside."""
    return next((m for m in _QUALIFIED.finditer(text) if not _SET_ASIDE.search(text, 0, m.start())), None)
_FIRST_BATCH = frozenset({"第一批", "第1批", "首批", "第一步"})
_PAY = re.compile(r"工资|月薪|年薪|薪资|薪水|工钱|收入|挣|面值|面额|单价")
# "个体工商户总数是多少": a total's unit is what it counts; the last character of the noun before it names that.
_TOTAL = re.compile(r"(总数|户数|家数|企业数|数量)")
_INTEREST = re.compile(r"利率|年化|厘|费率|税率")
_TURNOVER = re.compile(r"营收|营业收入|营业额|销售额|收入|投入|产值|利润|流水")
_FUND_SIZE = re.compile(r"((基金|资金池|盘子)(的)?(规模|总规模)?|(预算|资金|经费)(的)?(规模|总规模|总额))(有|是)?$")
_MONEY_NOUN = re.compile(r"[^，。？?！!\s]{0,2}(贷款|资金|补贴|奖补|奖励|经费|补助)")
_RATE_UNITS = r"[%％‰]|厘|基点|个?百分点"
_SCORE = re.compile(r"得分|分数|评分|打分")
_COUNTED = {"户": "户", "人": "人|名", "员": "人|名", "业": "家|户", "市": "城市|个"}


@dataclass(frozen=True)
class Asked:
    """A detail the question asks for, the question's words near where it asks ("付款" in "多少天之内必须付款")
    and the unit its asking words name ("多少天": a figure in 日 or 天), if any."""

    detail: Detail
    near: frozenset[str]
    unit: re.Pattern | None = None
    tie: frozenset[str] = frozenset()  # of a tied detail: the words naming what is asked about ("工资")
    # "最后完成了多少家", "能拿多少补贴": what came about or what is granted, which a target ("目标到2025年培育…",
    # "上云率超过40%") does not say
    not_target: bool = False
    after: int | None = None  # "2028年以后…起征点是多少": a text whose periods all end before that year does not say
    per_firm: bool = False  # "每家能拿多少": not told by a figure its sentence says is not one firm's
    # "说是79%还在初步探索，那深度应用的占比是多少": the figures the question quotes, which are not what it asks
    quoted: tuple[str, ...] = ()
    year: int | None = None  # "2021年…有多少个": not told by a sentence whose figures are of other years
    # of a name asked: the question, whose own names do not answer it ("聚好单是哪家公司做的": not “聚好单”)
    own: str = ""
    # of a figure: the words of the clauses asking it ("北京服务券一家最多领多少": 服务券, though not near the asking)
    about: frozenset[str] = frozenset()
    # "听说近八成…，准确的百分比是多少": the other form a record gives beside the quoted figure is what is asked
    precise: bool = False
    # "AI豆计划在山西的基地有多少人": the provinces a figure is asked of; a sentence naming only others does not say
    places: frozenset[str] = frozenset()
    # of a fine: the question's words naming the act fined ("网店首页没挂营业执照…罚多少"); a record naming none
    # of them fines something else (the 个人信息保护法's 100万元 is not the fine for a missing licence)
    offence: frozenset[str] = frozenset()
    # "…有多少家？一年能出多少把伞": a figure asked in a unit of its own clause, which a sentence of the record in
    # that unit gives whatever words it shares with the question
    own_unit: bool = False
    # "除了逾期利息，还能按多少比例要违约金": what the asker sets aside; a sentence naming it gives no figure asked
    besides: frozenset[str] = frozenset()

    def stated_in(self, text: str) -> bool:
        """The text gives this kind of detail, in the unit asked for if one was; a tied detail, in a sentence
        that also names what is asked about; an outcome or a grant, in a sentence that is not a target."""
        if self.after and _ends_before(text, self.after):  # every period the text states ends before the year asked
            return False
        # (a line whose years are all others is of another year, though a sentence of it names none: "2023年发布、
        # 执行到2027年底的组合包；…实际负担约5%" does not tell 2028)
        if self.year and _of_other_years(text, self.year):
            return False
        if self.tie or self.not_target or self.per_firm or self.year or self.places or self.besides:
            return any(self._gives(text[s:e]) and (not self.tie or _tied_in(text[s:e], self.tie))
                       and not any(w in text[s:e] for w in self.besides)
                       and not (self.not_target and _TARGET.search(text, s, e))
                       and not (self.per_firm and _NOT_PER_FIRM.search(text[s:e]))
                       and not (self.year and _of_other_years(text[s:e], self.year))
                       and not (self.places and _of_other_places(text[s:e], self.places)) for s, e in sentence_spans(text))
        return self._gives(text)

    def _gives(self, text: str) -> bool:
        for q in map(_quoted_pattern, self.quoted):  # (with the other form a record gives beside it: "近八成（79%）")
            text = re.sub(q if self.precise else rf"[^\s，。；、（）]{{0,4}}（{q}）|{q}（[^）]*）|{q}", "", text)
        if self.own:
            return any(m.group(0).strip("“”\"「」《》") not in self.own for m in self.detail.given.finditer(text))
        if self.own_unit and self.unit is not None:  # (a figure in its own clause's unit is given by that unit)
            return bool(self.unit.search(text))
        return bool(self.detail.given.search(text)) and (self.unit is None or bool(self.unit.search(text)))

    def speaks_of(self, word: str, sentence: str) -> bool:
        """The sentence names ``word``; for a figure, not only as a bound ("采购限额标准以上，200万元以下": the
        200万元 is not the 限额标准)."""
        ends = [m.end() for m in re.finditer(re.escape(word), sentence)]
        # (nor as the head of a bound's noun: "采购限额标准以上" does not give the 限额)
        return bool(ends) and (not self.detail.figure or any(not _BOUND_AFTER.match(sentence, e) for e in ends))

    def answered_by(self, sentence: str, title: str) -> bool:
        """The sentence, from the record titled ``title``, states this detail and shares a word near the asking
        that the title does not ("付款" for "多少天之内必须付款"): another figure of the same record will not do.
        An exact detail (an address) needs no shared word; a filing verb shares with any other ("怎么申报" with
        "在平台填报")."""
        words = specific_words(self.near, "" if self.detail.titled else title)
        words = words | {k for w in words for k in _KIN.get(w, ())}
        # (a name is not told by a sentence sharing one character of a word the tokenizer split, "约课")
        if not self.detail.figure:
            words = {w for w in words if len(w) >= 2} or words
        return self.stated_in(sentence) and (self.detail.exact or self.own_unit
                                             or any(self.speaks_of(w, sentence) for w in words)
                                             # (a tied detail's tie is the word shared: "哪年搞起来的", "2024年10月起…建立")
                                             or (self.detail.tied and bool(self.tie))
                                             or (bool(words & _FILING) and any(v in sentence for v in _FILING)))


_BOUND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(以上|以下|以内)")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _unit_pattern(units: set[str], question: str) -> re.Pattern:
    """A figure in one of the units asked for. A count in 个 followed by a noun counts that noun: "约100个城市"
    does not answer "计划建多少个（大模型）", so the noun must be one the question names (two characters of it,
    or what follows its own 个: "多少个县" is told by "690多个涉农县区")."""
    named = {question[i:i + 2] for i in range(len(question) - 1) if _CJK_PAIR.fullmatch(question[i:i + 2])}
    named |= {m.group(1) for m in re.finditer(r"个([\u4e00-\u9fff])", question)}
    counted = "|".join(sorted(named)) or "(?!)"
    units = {rf"个(?:(?![\u4e00-\u9fff])|(?=[\u4e00-\u9fff]{{0,2}}(?:{counted})))" if u == "个" else u for u in units}
    # (not a date's day: "1月1日起施行" says when, not how many days; nor its month: "12月31日前" is not "几个月")
    return re.compile(rf"(?<![月\d.])(?:\d+(?:\.\d+)?|{_CHINESE}|{_ROUGH_NUMBER})[^，。；月]{{0,2}}(?:{'|'.join(sorted(units))})(?!\d{{1,2}}[日号])")
# Words a record says another way: "想借点贷款去哪报名" is told by "向…专班提出融资需求".
# ("多少天之内必须把货款付给我们" by "60日内付款")
_KIN = {"贷款": ("融资", "信贷"), "借钱": ("融资", "贷款"), "借点": ("融资", "贷款"),
        "货款": ("付款", "账款", "款项"), "付给": ("付款", "支付"), "付清": ("付款", "支付"),
        "城建税": ("城市维护建设税",), "小微企业": ("小型微型企业", "小型、微型企业"),
        "扶持": ("支持",), "支持": ("扶持",)}


# Ways of saying "to file": the question's "申报" and a record's "填报" speak of the same act.
_FILING = frozenset({"申报", "申请", "填报", "报名", "办理", "提交", "登记", "报送"})

# "最后完成了多少家", "实际带动了多少": the figure asked for is a result; "目标到2025年…", "力争…" are plans.
_OUTCOME = re.compile(r"(最后|最终|实际|到底)[^，。？?！!]{0,6}(完成|达到|实现|做到|落实|培育|建成|带动)|实际(是|有|上是)|"
                      r"(完成|实现|达到|做到)了[^，。？?！!]{0,4}(多少|几)|"
                      # "眼下上云的比例已经到多少了": where it stands now, not where a plan aims
                      r"(眼下|目前|现在|当前|如今)[^，。？?！!]{0,12}已经[^，。？?！!]{0,3}(多少|几)|"
                      # "现在全国上云率是多少": where it stands now; "测到第几级才能去报": a bar to clear; neither a plan's aim
                      r"(眼下|目前|现在|当前|如今)[^，。？?！!]{0,12}(是|有)?(多少|几)|(几|多少)[^，。？?！!]{0,6}才(能|算|可以|够|行)")
_MINIMUM = re.compile(r"(至少|最低|起码)[^，。？?！!]{0,6}(几|多少)")
_TARGET = re.compile(r"目标|力争|计划(?!单列)|预计|规划|到20\d\d年|争取")  # (not "计划单列市", a kind of city)
# "最多能拿到多少补贴": a sum granted
_GRANT = re.compile(rf"(补|贴|奖|拿|领)到?多少|{_SUPPORT_SUM}")
# "每家企业能拿多少", "一家最多补多少", "我们这种小厂最多能拿到多少": a figure for one firm; "…总额上限（不是单个企业可得金额）" says its figure is not.
_PER_FIRM = re.compile(r"(自己|企业)[^，。？?！!]{0,3}(得|要|需要)?(掏|承担|自付|自筹)[^，。？?！!]{0,3}多少|(能|给)(报销|补)几成|每家|一家|单家|单个企业|每个企业|每户|一户|(一个|单个|每个)(小)?(厂|工厂|企业|公司|店|门店)|(我们|我|咱们?)(?![市县区省州])[^。？?！!]{0,24}(能|可以)?(拿|领|补|获得|得到|分到|分)[^，。？?！!]{0,3}多少")
# (nor a total's: "…获得的中央奖补资金总额上限（1亿元）", unless it is a firm's total, "每家企业…合计600万元")
_NOT_PER_FIRM = re.compile(r"不是(单个|每家|每个|一家)企业|并非(单个|每家|每个)企业|不直接(给|补|拨)(到)?企业|"
                           r"^(?!.*(每家|单个企业|每个企业|每户)).*(总额|总规模|总盘子)", re.S)
# "说是79%…那…是多少", "听说带动了4万多家，那…": the question quotes a figure before asking another.
_QUOTES_FIGURE = re.compile(r"(说是|据说|听说|不是说|既然|都说|报道说|统计说)[^，。？?！!]{0,16}(\d|[一二两三四五六七八九]成)|“[^”]{0,30}\d[^”]{0,30}”|除了?[^，。？?！!]{0,12}\d|说[是有]?(近|约|大概)?\d|"
                            # "那780多万个…中": a figure the question points back at
                            r"(那|这)[^，。？?！!]{0,2}\d[^，。？?！!]{0,14}(中|里|当中|之中|里面)|"
                            # "79%的中小企业在初步探索阶段，那已经到深度应用阶段的占多少": a figure set down, then another asked
                            r"\d[^，。？?！!]{0,20}[，,]\s*那(?!个|些|家|种|款)|\d[%％]?(以外|之外)|"
                            # "关于79%中小企业处于初步探索阶段的数据，其余…的比例是多少"
                            r"(关于|针对)[^，。？?！!]{0,4}\d|\d[^，。？?！!]{0,30}[，,][^，。？?！!]{0,4}(其余|其他的|剩下|剩余)|"
                            r"(说是|据说|听说)[^，。？?！!]{0,8}[一二两三四五六七八九十]成")
_PRECISE = re.compile(r"(准确|确切|精确|具体)的?(百分比|比例|比重|占比|数字|数值|数据|数)")
_QUOTED_FIGURE = re.compile(rf"{_MONEY}|{_COUNT}|{_ARABIC}(?:章|条)")


def quoted_figures(question: str) -> tuple[str, ...]:
    """The figures a question sets down as known before asking another ("说是79%…，那深度应用的占比是多少")."""
    return tuple(m.group(0).strip() for m in _QUOTED_FIGURE.finditer(question)) if _QUOTES_FIGURE.search(question) else ()


def states_figure(text: str, figure: str) -> bool:
    """The text states a figure the question quoted, as a record writes it."""
    return re.search(_quoted_pattern(figure), text) is not None


def _quoted_pattern(figure: str) -> str:
    """A figure the question quotes, as a pattern that also finds it as a record writes it ("780多万个" is the
    record's "780万个")."""
    m = re.match(r"([\d.]+)\s*(?:多|余)?(.*)", figure)
    return re.escape(m.group(1)) + r"\s*(?:多|余)?" + re.escape(m.group(2)) if m else re.escape(figure)


# "2028年以后", "2028年起": a figure asked of the years from then on.
_COMING_YEAR = re.compile(r"(20\d\d)年?[^，。？?！!\d]{0,6}(要|将|会)[^，。？?！!]{0,4}(提|涨|降|调|改|变|上调|下调|提高|降低)")
_AFTER_YEAR = re.compile(r"(20\d\d)年?(以后|之后|往后|起|开始)")
# A period a sentence states its figure for: "2026—2027年", "至2027年12月31日", "至2027-12-31", "2025年底前".
_PERIOD_END = re.compile(r"20\d\d\s*[—\-－~至到]\s*(20\d\d)|至\s*(20\d\d)(?:年|-\d)|(20\d\d)年底前")


# The one year a question asks a figure of ("2021年…有多少个", "对2025年当年…设了多少目标"); not a version named by
# its year ("2024年那轮奖补") or the years from then on (``after``).
# (not a year beside a figure the question quotes: "比2020年的3684万涨了多少")
_ASKED_YEAR = re.compile(r"(?<![\d〔\[（(])(20\d\d)\s*年(?!的?\d)(?!代|[^，。？?！!]{0,2}(那|这|的那|的这)[个轮版份批次])(?![^，。？?！!]{0,1}(以后|之后|往后|起|开始))")
# "微信生态21年带动多少就业": a year said short (not a span of years: "做了20年", "20年以上", "21年的老店")
_SHORT_YEAR = re.compile(r"(?<![\d.年〔\[（(])(?<![了过满近足约快有第])(1[5-9]|2\d)\s*年(?![以多左内前后来间底初中的了半里级度份代])"
                         r"(?![^，。？?！!]{0,2}(那|这|的那|的这)[个轮版份批次])")
_SENTENCE_YEAR = re.compile(r"(?<![\d〔\[])(20\d\d)(?!\d|-\d\d-)")
_SPAN = re.compile(r"(20\d\d)\s*年?\s*[—\-－~至到]\s*(20\d\d)")
_SINCE = re.compile(r"(20\d\d)\s*年[^，。；]{0,8}?(起|以来|开始|之后|以后)")
_IN_FORCE = re.compile(r"(延续|执行|实施|有效期?|截至|截止)[^，。；\d]{0,3}(20\d\d)")


# Province-level places by their short names: a figure asked of one is not told by a sentence about another.
_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
              "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
              "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")


# "什么时候开始的": a beginning, which "2024年10月起由…牵头建立" gives by its 起
_BEGUN = re.compile(r"(19|20)\d\d年(\d{1,2}月)?(\d{1,2}日)?起")


def _tied_in(sentence: str, tie: frozenset[str]) -> bool:
    """The sentence names what a tied detail is asked of (a date with 起 names a beginning)."""
    return any(w in sentence for w in tie) or (bool(tie & _STARTING) and bool(_BEGUN.search(sentence) or _SET_UP.search(sentence)))


# Words for a start ("哪年几月搞起来的"): told by a date with 起 or a sentence saying it was set up
_STARTING = frozenset({"开始", "起来", "起步", "启动", "建立", "成立", "设立", "建起", "发起"})
_SET_UP = re.compile(r"(20\d\d年[^。；]{0,30}(建立|成立|设立|启动|发起))")


_ASKER_PLACE = re.compile(r"(我|我们|咱|咱们|俺)[^，。？?！!]{0,3}(在|是)[\u4e00-\u9fff]{2,3}")
_PART_OF_PLACE = re.compile(rf"其中[^，。？?！!\s]{{0,2}}?({'|'.join(_PROVINCES)})")


def provinces_in(text: str) -> frozenset[str]:
    """The province-level places the text names by their short names."""
    return frozenset(p for p in _PROVINCES if p in text)


def _of_other_places(sentence: str, places: frozenset[str]) -> bool:
    """The sentence names provinces, none of them one the question asks of."""
    named = {p for p in _PROVINCES if p in sentence}
    return bool(named) and not (named & places)


def _of_other_years(sentence: str, year: int) -> bool:
    """The sentence's years are all others than ``year``, and no period it states (from one year to another, from a
    year on, in force until a year) holds that year."""
    years = {int(y) for y in _SENTENCE_YEAR.findall(sentence)}
    if not years or year in years:
        return False
    return not (any(int(a) <= year <= int(b) for a, b in _SPAN.findall(sentence))
                or any(int(m.group(1)) <= year for m in _SINCE.finditer(sentence))
                or any(year <= int(m.group(2)) for m in _IN_FORCE.finditer(sentence)))


def _ends_before(sentence: str, year: int) -> bool:
    """The text states periods, all ending before ``year``."""
    ends = [int(next(g for g in m.groups() if g)) for m in _PERIOD_END.finditer(sentence)]
    return bool(ends) and max(ends) < year


# "增长了多少", "能省多少", "提高了几成": how much something changed, which a sentence stating a change gives.
_CHANGE_WORDS = frozenset({"多赚", "多挣", "翻番", "增长", "增加", "提高", "提升", "上涨", "涨", "下降", "降低", "减少", "降", "翻", "节省", "节约", "省",
                           "缩短", "多卖", "多了", "少了"})
# (not a bare "省": "浙江省有多少家" asks a count)
_QUOTED_TERM = re.compile(r"[“\"「]([^”\"」，。？?！!]{2,8})[”\"」]")
_POINTED_TERM = re.compile(r"(?:说的|提到的|所谓的?|讲的)([\u4e00-\u9fff]{2,8}?)(?=[\s，,]|具体|到底|是指|指的|有多|多少)")
_PER_DAY = re.compile(r"一天|每天|每日|日均|单日")
_PER_DAY_WORDS = frozenset({"天", "每日", "日均", "单日", "日处理", "日产"})
_CHANGE = re.compile("|".join(sorted(_CHANGE_WORDS - {"省"}, key=len, reverse=True)) + "|能省|省下|省了")
# ("各增长了百分之多少"; not "各地补多少", the places)
_EACH_FIGURE = re.compile(r"分别[^，。？?！!]{0,6}(多少|几)|各(?![地省市县区级类种个位自])[^，。？?！!]{0,6}(多少|几)")
_BARE_ASK = re.compile(r"(具体|都|分别|究竟|到底)(是|有)哪|各(占|是|有|为)(多少|几)")
_WHOLE_SAID = re.compile(_WHOLE_FIGURE)
_EACH_OF = re.compile(r"各(占|是|有|为)|分别")
_AMONG_END = re.compile(r"(里|里面|里头|里边|当中|之中)$")
# "那3684万个就业机会里，": a whole the next clause asks a part of
_WHOLE = re.compile(rf"{_WHOLE_FIGURE}[^，。？?！!]{{0,12}}(里|中|当中|之中|里面)$")


def clauses(question: str) -> list[str]:
    """The question's clauses; a bare asking ("那三十多个城市，具体是哪几个", "剩下的在啥阶段，各占多少") is
    read with the clause it points back at, and so is a clause asking of a whole the one before quotes ("那3684万个
    就业机会里，企业微信带来的有多少")."""
    out: list[str] = []
    listed: list[bool] = []  # whether each clause followed a "、"
    for m in _CLAUSE.finditer(question):
        text = m.group(0)
        after_item = m.start() > 0 and question[m.start() - 1] == "、"
        # "开发岗、产品岗、运营岗各占多少": the items of a list asked of together are one clause
        if out and after_item and _EACH_OF.search(text):
            out[-1] += "、" + text
            while len(out) > 1 and listed[-1]:
                last = out.pop()
                listed.pop()
                out[-1] += "、" + last
        # (and "…有780多万个，其中广州市占了多少个": a part of the whole the clause before gives)
        # (and "那三十几个城市里，有没有赣州": whether one is among the members the clause before points at)
        elif out and (_BARE_ASK.match(text) or _WHOLE.search(out[-1]) or (text.startswith("有没有") and _AMONG_END.search(out[-1]))
                      or (text.lstrip().startswith("其中") and _WHOLE_SAID.search(out[-1]))):
            out[-1] += text
        else:
            out.append(text)
            listed.append(after_item)
    return out


def _clause_at(question: str, i: int) -> str:
    """The clause of the question holding its ``i``-th character."""
    start = max(question.rfind(p, 0, i + 1) for p in "，,。？?！!；;") + 1
    ends = [e for p in "，,。？?！!；;" if (e := question.find(p, i)) >= 0]
    return question[start:min(ends, default=len(question))]


_TITLE_WORDS = re.compile(r"认定|评上|评定|入库|资格|称号|证书|等级|评测结果|测评结果")
_TERM_ASKED = re.compile(r"有效期[^，。？?！!]{0,3}(多久|多长|几年|多少年)|有效几年|管几年")
_TITLE_TERM_DETAIL = next(d for d in DETAILS if d.name == TITLE_TERM)
_BOUND_DETAIL = next(d for d in DETAILS if d.name == BOUND)
_CONFIRMED_DETAIL = next(d for d in DETAILS if d.name == CONFIRMED)
_CITY_ASKED = re.compile(r"哪(个|一个|座)?(地级市|县级市|市|城市|县)")
_TOWN_ASKED = re.compile(r"哪(个|一个|座)?(镇|乡|村|街道)")
_CITY_DETAIL = replace(next(d for d in DETAILS if d.name == REGION),
                       given=re.compile(r"[\u4e00-\u9fff]{2,8}((?<![城超都门])市|县)(?![场政级长委辖城域区里])"))
# ("产地仓建在哪个镇" is not told by the county)
_TOWN_DETAIL = replace(_CITY_DETAIL, given=re.compile(r"[\u4e00-\u9fff]{2,6}(镇|乡|村|街道)(?![长委民里上])"))
# "研发投入占营收百分之十以上，是不是这个数": a share heard is confirmed only by a share, a sum by a sum, a count by a
# count (not by the 1000 firms a notice supports)
# (a bare "5.6亿" or "十五万" says no kind: a count's unit may follow it, "5.6亿把")
_HEARD_KINDS = ((re.compile(r"[%％‰]|百分之|[千万]分之|[一二两三四五六七八九\d]成|倍|番"), next(d for d in DETAILS if d.name == RATE).given),
                (re.compile(_TIME), re.compile(_TIME)), (re.compile(_COUNT), re.compile(_COUNT)),
                (re.compile(r"元|块"), re.compile(_MONEY)))


def _confirmed_of(figure: str) -> Detail:
    """The figure-heard detail, given only by a figure of the heard one's kind."""
    return next((replace(_CONFIRMED_DETAIL, given=given) for kind, given in _HEARD_KINDS if kind.search(figure)),
                _CONFIRMED_DETAIL)
_LINKED_DETAIL = next(d for d in DETAILS if d.name == LINKED)
# which of the products named is best, which only a sentence naming one of them beside a ranking gives
_RANKED_DETAIL = replace(next(d for d in DETAILS if d.name == COMPARED), tied=True, exact=False)
_AMONG = re.compile(r"(?P<to>([^，。？?！!、\s]{2,8}、)+[^，。？?！!、\s]{2,8}?)(这|那)?[几两三四五]?(个|家|款|种)?[^，。？?！!]{0,8}[，,]?"
                    r"哪(个|家|款|种|一个|一家|一款)[^，。？?！!]{0,4}(最|更)(适合|合适|好用|实用|好|便宜|划算|靠谱)")
_TRADING_DETAIL = next(d for d in DETAILS if d.name == TRADING)
_TRADING_THEN_CAN = re.compile(rf"{_TRADING}[，,][^，。？?！!]{{0,24}}(能不能|能否|可以|能)[^，。？?！!]{{0,20}}(吗|么|不)(?=[？?，。！!]|$)")
# (and the verb first: "能不能直接对接企业微信和抖音来客")
_LINKS = re.compile(r"(能不能|可不可以|能否|可以|能|支不支持|是否支持|支持)(直接)?((跟|和|与|同)(?P<to>[^，。？?！!]{1,16}?)"
                    r"(打通|对接|同步|互通|集成|连通|连上)|(对接|打通|直连|接入|连通|核销|同时接)(?P<to2>[^，。？?！!]{2,16}?)"
                    r"(?=吗|么|不|呢|[？?，。！!]|$))")
# "…，是真的吗", "…对吧": the asker wants what came before confirmed
_CONFIRM = re.compile(r"是真的吗|是不是真的|真的吗|真的假的|对吗|对吧|对不对|没错吧|属实吗|是这样吗|是不是这个数|是这个数吗|"
                      r"有这(个|种)?(消息|说法)(吗|没|不)?|有这回事|有没有这回事")
_HEARING = re.compile(r"听说|据说|听人说|听别人说|有人说|说是")
_NUMERAL = re.compile(r"[零一二两三四五六七八九十百千万亿]+")
_DOCUMENT_WORD = re.compile(r"(条例|办法|规定|通知|方案|意见|规划|公告|法)$")
_HEARD_FIGURE = re.compile(rf"{_FIGURE_SAID}|{_WHOLE_FIGURE}|[\d一二两三四五六七八九十]+倍|\d+(\.\d+)?\s*[%％]")
_ALL_SUPPORTED = re.compile(r"(?P<to>([^，。？?！!、\s]{2,8}、)+[^，。？?！!、\s]{2,8})都(支持|能对接|能接|能连|能用|能直连)(吗|么|不)")
_OWN_FIGURE = re.compile(rf"{_FIGURE_SAID}|{_WHOLE_FIGURE}")
# (not "算不算在里头": whether one is among a list's members)
_COUNTS_AS = re.compile(r"(算不算|能不能算|算是|属不属于|是否属于|够不够得?上|够得上)(?P<term>(?!在)[^，。？?！!]{2,10}?)(?=吗|呢|啊|[？?，。！!]|$)")


def subject_words(words: frozenset[str]) -> frozenset[str]:
    """Those of ``words`` that say what is asked about: specific, and not asking words ("几个")."""
    return frozenset(w for w in specific_words(words, "") if not _ASKING.search(w))


def _across_clauses(question: str) -> list[tuple[Detail, frozenset[str], tuple[int, int]]]:
    """Details asked over clauses the "、" of a list or a comma splits, with the words tying them and where they
    are asked: a link to the systems named ("能不能跟美团、大众点评打通"), whether the asker's length of trading will
    do ("才开了8个月，能被推荐吗") and whether the asker's own figure falls under a term ("一年卖了八万多，这算不算
    零星小额交易")."""
    out = []
    for m in _LINKS.finditer(question):
        # (the systems, not what of them: "美团、大众点评的预约")
        tie = specific_words(frozenset(w for w in tokenize((m.group("to") or m.group("to2")).split("的")[0])
                                       if len(w) >= 2), "")
        if tie:
            out.append((_LINKED_DETAIL, tie, m.span()))
    for m in _ALL_SUPPORTED.finditer(question):  # "携程、美团、爱彼迎都支持吗": each of the systems listed
        tie = specific_words(frozenset(w for w in tokenize(m.group("to")) if len(w) >= 2), "")
        if tie:
            out.append((_LINKED_DETAIL, tie, m.span()))
    for m in _AMONG.finditer(question):  # "简道云、宜搭、明道云这几个，哪个最适合小工厂": each product named
        tie = specific_words(frozenset(w for w in tokenize(m.group("to")) if len(w) >= 2), "")
        if tie:
            out.append((_RANKED_DETAIL, tie, m.span()))
    for m in _CONFIRM.finditer(question):  # "每家企业能拿50万改造补贴，是真的吗": the figure heard, of what it names
        start = max(question.rfind(p, 0, m.start()) for p in "。？?！!") + 1
        # (what was heard follows the hearing: "种了三百亩…，听说有银行看卫星图就能放款，真有这回事吗" heard no figure)
        hearing = [h.end() for h in _HEARING.finditer(question, start, m.start())]
        heard = [f for f in _HEARD_FIGURE.finditer(question, hearing[-1] if hearing else start, m.start())
                 if not re.search(r"[哪几]$", question[:f.start()])]
        if heard:
            f = heard[-1]
            near = question[max(start, f.start() - 12):min(f.end() + 6, m.start())]
            # (not the document it is said to be in: "条例规定要在15个工作日内处理完" is of 处理, not of the 条例)
            tie = specific_words(frozenset(w for w in tokenize(near) if len(w) >= 2 and not _HEARD_FIGURE.search(w)
                                           and not _DOCUMENT_WORD.search(w) and not _NUMERAL.fullmatch(w)), "")
            if tie:
                tie |= {k for w in tie for k in _KIN.get(w, ())}
                out.append((_confirmed_of(f.group(0)), tie, (f.start(), m.end())))
    for m in _TRADING_THEN_CAN.finditer(question):  # "才开了8个月，能被专班推荐吗": whether that length will do
        out.append((_TRADING_DETAIL, frozenset(), m.span()))
    for m in _COUNTS_AS.finditer(question):
        # the asker's figure before the term it asks about (not one asked: "哪六个")
        if any(not re.search(r"[哪几]$", question[:f.start()]) for f in _OWN_FIGURE.finditer(question, 0, m.start())):
            tie = specific_words(frozenset(w for w in tokenize(m.group("term")) if len(w) >= 2), "")
            if tie:
                out.append((_BOUND_DETAIL, tie, m.span()))
    return out


def asked_about(question: str, window: int = 6) -> list[Asked]:
    """Each detail the question asks for, with the words within ``window`` characters of its asking words in
    the same clause, and the unit they name."""
    out: dict[Detail, tuple[set[str], set[str], set[str], set[str]]] = {}
    fined: set[Detail] = set()
    clause_units: dict[Detail, list[frozenset[str]]] = {}
    before: list[str] = []
    # a batch named in a clause that asks nothing, keyword style: "小巨人奖补 2025年第二批 支持了多少家"
    named_batch = next((m for c in clauses(question) if not _ASKING.search(c) and (m := _qualifier(c))), None)
    # Where some clause asks, one that neither asks nor requests is the asker's setting, whatever detail words it
    # holds ("让AI直接回答顾客价格…靠谱不" speaks of prices, it does not ask one).
    asking = set(asking_clauses(question))
    for text in clauses(question):
        words = tokenize(text)
        # a clause that names nothing but filing asks of what the one before it names: "首贷贴息能贴多少？具体怎么申请"
        # or nothing but one-character words: "首贷的贴息，能贴百分之多少"
        own = subject_words(frozenset(words))
        context = before if own <= _FILING or all(len(w) == 1 for w in own) else []
        previous, before = before, words
        if asking and text not in asking and not _REQUEST.search(text):
            continue
        for d in asked_details(text):
            if d.name == WORKERS_COUNTED and not re.search(_WORKER_KINDS, question):  # ("营业外收入要不要算进去")
                continue
            # (what the whole question sets aside, a clause alone cannot ask: "有鞋厂做C2M定制的，大概流程是怎样的")
            if d.not_asked is not None and d.not_asked.search(question) and not d.is_asked(question):
                continue
            if d.name == REGION and _CITY_ASKED.search(text):  # "是浙江哪个地级市的": a province's name will not do
                d = _CITY_DETAIL
            elif d.name == REGION and _TOWN_ASKED.search(text):
                d = _TOWN_DETAIL
            near, units, tie, about = out.setdefault(d, (set(), set(), set(), set()))
            own_units: set[str] = set()
            near.update(context)
            if d.name == ITEMS:  # "工业“六基”，具体指哪六个": the term the question quotes is what it asks about
                near.update(_QUOTED_TERM.findall(question))
                # "六税两费减半能享受吗？具体包括哪些税费": the term the clause before names
                if len(own) <= 2:
                    near.update(w for w in previous if len(w) >= 2)
            about.update(w for w in words if len(w) >= 2)
            for m in d.asked.finditer(text):
                close = [w for w in words if m.start() - window <= text.find(w) <= m.end() + window]
                # "这六基具体是哪六个": the term pointed at, without the pointing word the tokenizer kept on it
                near.update(close + [w[1:] for w in close if len(w) >= 3 and w[0] in "这那该此"])
                if d.figure and _CHANGE.search(text, max(0, m.start() - 4), m.end()):
                    tie.update(_CHANGE_WORDS)  # "销售额增长了多少": a change, not any figure of the case
                if d.figure and _PER_DAY.search(text, 0, m.start()):
                    tie.update(_PER_DAY_WORDS)  # "一天能处理多少吨": a day's, not a year's output
                if d.figure and "罚" in text[max(0, m.start() - window):m.end()]:
                    fined.add(d)
                if d.name == WORKERS_COUNTED:  # "实习生要不要算": told only beside interns
                    tie.update(_WORKER_WORD.get(k, k) for k in re.findall(_WORKER_KINDS, question))
                if d.figure and (taxes := _MINOR_TAX.findall(text)):  # "城建税按百分之几": that tax's, not another's
                    tie.update(k for t in taxes for k in (t, *_KIN.get(t, ())))
                # (of a date too: "第三批啥时候开始申报")
                if (d.figure or d.worded) and (which := _qualifier(text) or _DRAFT.search(question) or named_batch):
                    tie.add(re.sub(r"(?<=情节)(比较|较为|较)", "", which.group(0)))  # ("情节比较严重" is the 情节严重 tier)
                    if which.group(0) in _FIRST_BATCH:  # "第一批推到了多少个县": "第一步在…690多个县区推广"
                        tie.update(_FIRST_BATCH)
                # "岗位有多少个？其中广东省占了多少": a province's part of a total, told only beside its name
                if d.figure and (part := _PART_OF_PLACE.search(text)):
                    tie.add(part.group(1))
                if d.tied:  # what follows "能不能拿来发" names the use
                    tie.update(specific_words(frozenset(w for w in words if len(w) >= 2 and
                                                        m.end() <= text.find(w) <= m.end() + window), ""))
                # "领多少钱": the unit may follow the asking words the pattern matched
                unit = next((u for u in _ASKED_UNITS if m.group(0).endswith(u) or text.startswith(u, m.end())), None)
                # "分几级", "是分哪几级": how many levels, which "三个层级" tells
                if unit == "级" and re.search(r"分[为成]?哪?(几|多少)", m.group(0)):
                    unit = None
                if unit == "分" and re.match(r"分[之钟批期类别]", text[m.end():]):  # "占比分别是多少": not a score
                    unit = None
                if unit is None and _MONEY_NOUN.match(text, m.end()):  # "发放了多少小微贷款": a sum, not a count
                    unit = "资金"
                # "营收和研发投入分别要达到多少": a sum or a share, not a count of tiers
                if unit is None and d.name == ANY_FIGURE and _TURNOVER.search(text, max(0, m.start() - 12), m.start()):
                    unit = "营收"
                if unit is None and _FUND_SIZE.search(text, 0, m.start() + len(m.group(0)) - 2) \
                        and m.group(0).endswith(("多大", "多少")):
                    unit = "资金"  # "发展基金多大": a sum, not the year it was set up
                counted = _COUNTED.get(text[:m.start()].rstrip("的")[-1:]) if _TOTAL.match(m.group(0)) else None
                if unit and d.figure:
                    own_units.add(_ASKED_UNITS[unit])
                elif counted and d.figure:
                    own_units.add(counted)
                elif d.figure and _SCORE.match(m.group(0)):  # "得分要达到多少": in points
                    own_units.add(_ASKED_UNITS["分"])
                elif d.name == RATE and _INTEREST.search(m.group(0)):  # "年利率几厘": a rate in per cent, not "三分之一"
                    own_units.add(_RATE_UNITS)
                elif d.figure and (pay := _PAY.match(m.group(0))):  # "工资多少": in yuan, not a share of women
                    share = pay.group(0) in ("收入", "挣") and not re.search("月|均", text[max(0, m.start() - 6):m.start()])
                    own_units.add("元|块|%" if share else "元|块")
            units.update(own_units)
            clause_units.setdefault(d, []).append(frozenset(own_units))
    for d, tie, _ in _across_clauses(question):
        out.setdefault(d, (set(tie), set(), set(), set()))[2].update(tie)
    if _TITLE_WORDS.search(question) and any(d.name == PERIOD and _TERM_ASKED.search(question) for d in out):
        # "专精特新认定下来以后，有效期是几年": the title's term, though the clause asking names only 有效期
        out = {(_TITLE_TERM_DETAIL if d.name == PERIOD else d): v for d, v in out.items()}
    for d in fined:  # "罚多少": a fine's sum, not the interest owed or another sum of the rule (unless a word
        # already says which fine: "情节严重…罚到多少")
        if not out[d][2]:
            out[d][2].add("罚")
    if any(d.name == NAMES for d in out):  # "那13项任务具体是哪13项，全列出来": the list pointed at
        # (but "工业“六基”到底是哪六个基础": what a quoted term counts in)
        gone = NAMES if any(d.name == ITEMS for d in out) and _QUOTED_TERM.search(question) else ITEMS
        out = {d: v for d, v in out.items() if d.name != gone}
    if _EACH_FIGURE.search(question) and any(d.figure for d in out):
        # "分别有多少万个？哪个增长更快": the figures asked for tell which is larger
        out = {d: v for d, v in out.items() if d.name != COMPARED}
    # "政府采购里说的“采购限额标准”，具体是多少万元": a figure of the quoted term as a whole, which a sentence naming
    # only its pieces ("…中小企业采购") does not give
    # (and a term pointed at unquoted: "zf采购里说的采购限额标准 具体是多少万以上")
    for term in (re.sub(r"(以上|以下|以内)$", "", t)
                 for t in (*_QUOTED_TERM.findall(question), *_POINTED_TERM.findall(question))):
        # (a bound inside the quotes is no part of the term: "“采购限额标准以上”")
        for d, (near, _, _, _) in out.items():
            parts = {w for w in near if len(w) >= 2 and w in term and w != term}
            if d.figure and parts:
                near -= parts
                near.add(term)
    # ("认定要求数字化水平至少达到第几级": a minimum to meet, unless a target is what is asked)
    not_target = bool(_OUTCOME.search(question) or _GRANT.search(question)
                      or (_MINIMUM.search(question) and not _TARGET.search(question)))
    later = _AFTER_YEAR.search(question)
    after = int(later.group(1)) if later else None
    # "听说起征点2028年要提到十五万": a figure heard of a year to come, which a text ending before it does not confirm
    coming = _COMING_YEAR.search(question)
    heard_after = after or (int(coming.group(1)) if coming else None)
    # (said where a figure is asked: "是不是每家都能分一笔？省会城市最多能拿多少" asks a city's sum)
    per_firm = any(any(d.figure for d in asked_details(_clause_at(question, m.end() - 1)))
                   for m in _PER_FIRM.finditer(question))
    quoted = quoted_figures(question)
    years = {m.group(1) for m in _ASKED_YEAR.finditer(asked_part(question))} \
        | {"20" + m.group(1) for m in _SHORT_YEAR.finditer(asked_part(question))}
    year = int(years.pop()) if len(years) == 1 and not later else None
    places = provinces_in(asked_part(question))
    # ("AI豆计划在山西建的基地，是在哪个县": a place the asking clause leans on, said before it; not the asker's own)
    region_places = places | provinces_in(_ASKER_PLACE.sub("", question))
    besides = frozenset(re.sub(r"^[付交给要拿收赔罚]", "", m.group(1)) for m in _BESIDES.finditer(question))
    offence = frozenset(w for w in specific_words(frozenset(tokenize(question)), "")
                        if len(w) >= 2 and "罚" not in w and w not in _NOT_OFFENCE) if fined else frozenset()
    # "一共建了多少个基地，总共带动了多少人就业": counts in two units, each asked of its own clause, each to be told
    # (one unit for both would let the 200人 of one base stand for the count of bases)
    return [Asked(d, frozenset(near), _unit_pattern(units, question) if units else None, frozenset(tie),
                  not_target and d.figure, after if d.figure else heard_after if d.name == CONFIRMED else None,
                  per_firm and d.figure, quoted if d.figure else (), year if d.figure else None,
                  question if d.name == BRAND else "", frozenset(about) if d.figure else frozenset(),
                  bool(quoted) and bool(_PRECISE.search(question)),
                  # ("在山西的基地设在哪个县" is not told by a county of 陕西)
                  places if d.figure else region_places if d.name == REGION else frozenset(),
                  offence if d in fined else frozenset(), split, besides if d.figure else frozenset())
            for d, (near, every, tie, about) in out.items()
            for units, split in _unit_groups(every, clause_units.get(d, []))]


def _unit_groups(every: set[str], per_clause: list[frozenset[str]]) -> list[tuple[set[str], bool]]:
    """The units a figure is asked in, one group per clause when clauses ask it in different units (each then
    marked as split off)."""
    groups = list(dict.fromkeys(u for u in per_clause if u))
    return [(set(u), True) for u in groups] if len(groups) >= 2 else [(every, False)]


# "除了逾期利息，…": what the asker sets aside before asking
_BESIDES = re.compile(r"除了?([^，。？?！!,\d]{2,12}?)(?:以外|之外|外|[，,])")
# Taxes of the 六税两费 kind, which the records name only as a group: a figure asked of one is that tax's
_MINOR_TAX = re.compile(r"城建税|城市维护建设税|房产税|印花税|城镇土地使用税|土地使用税|教育费附加|地方教育附加|资源税|耕地占用税")

# words of a fine question that name no act: how it is found out or put
_NOT_OFFENCE = frozenset({"查到", "查出", "发现", "的话", "一般", "会被", "被查", "要是", "如果", "万一", "处理", "怎么",
                          "多少钱", "几千", "还是", "知道", "听说", "请问"})


def unstated(asked: list[Asked], texts: list[str]) -> list[Asked]:
    """Those of ``asked`` that none of ``texts`` states."""
    return [a for a in asked if not any(a.stated_in(t) for t in texts)]


def missing_details(question: str, said: list[str]) -> list[str]:
    """The kinds of detail the question asks for that none of the answer's sentences gives."""
    return list(dict.fromkeys(a.detail.name for a in unstated(asked_about(question), said)))


# (and "谁", and the yes/no forms that ask of a rule: "是不是得经营满一年", "要不要重新测"; not "值不值", "还招
# 不招工", "这算不算违法", which ask a judgement no record's sentence states)
# (and the Cantonese forms: "有冇", "係唔係")
_YES_NO = r"是不是|要不要|需不需要|能不能|会不会|可不可以|行不行|有没有|有冇|係唔係|使唔使|可唔可以|得唔得"
_ASKING = re.compile(rf"吗|呢|[？?]|怎么|什么|哪|多少|多久|多长|(?<!没)(?<!没有)(?<!建议)多(大|高|远|重|宽|深)|几|是否|咋|啥|如何|谁|{_YES_NO}")
# "我想了解一下补贴标准", "请告诉我申请流程", "收钱不", "贵不贵": a request, a question ending in 不/没 or an
# A-不-A one, which asks though it holds no asking word (kept out of `_ASKING`: "还招人不" beside a figure asks
# no more than the figure)
_REQUEST = re.compile(r"(?<=[\u4e00-\u9fff])(不|没|没有)[？?！!。，,\s]*$|([\u4e00-\u9fff])[不没]\2|想(知道|了解|问|咨询|确认|弄清|搞清)|请(问|教|告诉|说明|列出|提供)|问(一下|下)|咨询|了解一下|告诉我|"
                      r"说说|讲讲|介绍|帮我(查|看|算)|查一下|列出|给我|发我")


# "比如人数多写了几个": an example the asker gives before asking
_EXAMPLE = re.compile(r"比如|例如|譬如|比方说?")
# "二十几个人", "几十亩", "好几家": a rough number the asker gives, not a question; nor "带几个人过去", "市面上
# 几家", "这几款".
# (and "送过去几个月了": how long it has been, said)
_ROUGH = re.compile(r"[一二两三四五六七八九十百千万好]几|几[十百千万]|(带|叫上|约上|请)几个|(这|那|上|里)几(家|款|个|种)|"
                    r"几个?(月|天|年|星期|礼拜|周)了|有几个(小时|钟头)|几天(内|之内)?就")


_PUT_AS_ASKED = re.compile(r"(吗|呢|么|嘛|没有|没|不)$")
_OPENS_ASKING = re.compile(r"(有没有|有无|是否有)")
_ENDS_ASKING = re.compile(r"(啥|什么|多少|几[个天年月次家]?|哪[个些里儿天年]?|谁|多久|多长时间)$")


def asked_as_question(question: str, names: list[str]) -> bool:
    """A clause asking one of the named details is put as the question: a question mark or the end follows it,
    or it ends in an asking particle ("…最多能拿多少？", "…是多少"); not a figure in the asker's telling
    ("今天产了多少、废了多少，我得挨个问班长")."""
    parts = list(_CLAUSE.finditer(question))
    for i, m in enumerate(parts):
        put = (question[m.end():m.end() + 1] in ("？", "?") or not question[m.end():].strip("，、。；;！!？? ")
               or _PUT_AS_ASKED.search(m.group(0))
               # "有没有联系电话，想找他们…": a clause opening as a question asks, whatever follows it
               or _OPENS_ASKING.match(m.group(0))
               # "网址是啥，怎么登录": an asking word ending it, and the next clause asking too
               or (_ENDS_ASKING.search(m.group(0)) and question[m.end():m.end() + 1] in ("，", ",")
                   and question[m.start() - 1:m.start()] != "、"  # ("想看到做到哪了、良品率多少，该上啥系统")
                   and i + 1 < len(parts) and bool(_ASKING.search(parts[i + 1].group(0)))))
        if put and any(d.name in names for d in asked_details(m.group(0))):
            return True
    return False


def asking_clauses(question: str) -> list[str]:
    """The clauses that ask something (a rough number, "二十几个人", asks nothing; nor an example the asker gives
    before the asking, "比如人数多写了几个，会被罚多少钱")."""
    parts = clauses(question)
    return [c for i, c in enumerate(parts) if (_ASKING.search(_ROUGH.sub("", c)) or _is_alternative(question, c))
            and not (i < len(parts) - 1 and _EXAMPLE.match(c))]


def _is_alternative(question: str, clause: str) -> bool:
    """"是一次性拨付，还是按年度分期拨付？": the second half of a choice, which the question mark after it asks
    (not "还是一头雾水，…": 还是 as "still")."""
    end = question.find(clause) + len(clause)
    return clause.startswith("还是") and question[end:end + 1] in ("？", "?")


def asked_part(question: str) -> str:
    """The clauses that ask, joined; the whole question where none does ("帮我列一下年底到期的政策")."""
    return "，".join(asking_clauses(question)) or question


def asks_figures_only(clause: str) -> bool:
    """The clause asks for figures and nothing else ("多久做一次")."""
    details = asked_details(clause)
    return bool(details) and all(d.figure for d in details)


# "会不会对它罚款？罚多少": whether, then how much, of the same act; "是哪个省的？福建的吗": a guess at the answer
_HOW_MUCH = re.compile(r"(补|罚|贴|奖|给|拿|领|贷|借|收|减|免|退|赔)[^，。？?！!\s]{0,2}(多少|几)")
_WHETHER = re.compile(rf"{_YES_NO}|是否|吗|么")
_GUESS = re.compile(r"^(是|在)[^，。？?！!\s]{1,8}?(的)?(吗|么|嘛)[？?]?$|^[^，。？?！!\s]{1,6}的(吗|么|嘛)[？?]?$|"
                    # "具体是哪些？有合肥吗", "省了几个服务员？有数据吗"
                    r"^是不是[^，。？?！!\s]{1,8}[？?]?$|^有[^，。？?！!\s]{1,6}(吗|么|没有?)[？?]?$|"
                    # "几百块还是几k", "有没有3k": a figure guessed, of the amount the clause before asks
                    r"^[^，。？?！!\s]{0,4}[几\d][十百千万块元kKwW][^，。？?！!\s]{0,3}还是[^，。？?！!\s]{0,6}$|"
                    r"^(有没有|够不够|到没到|超没超|上没上)[\d.一二两三四五六七八九十几百千万]+[kKwW万千百块元%]?[？?]?$|"
                    # "软件年费一般是几千块吗"
                    r"^[^，。？?！!]{0,10}[几\d一二两三四五六七八九十][十百千万块元kKwW%][^，。？?！!]{0,4}(吗|么|吧)[？?]?$|"
                    # "要多少分才能过？我们有没有戏": a chance, which the figure asked settles
                    r"^[^，。？?！!]{0,16}(有没有戏|有戏(吗|没有?|不)|能不能(过|通过|评上|达标)|能(过|通过|评上|达标)(吗|不|么))[？?]?$")


_WHICH = re.compile(r"哪(些|几)")
_NOT_THE_THING = re.compile(rf"{_WHETHER.pattern}|的话|多少|比例|企业|我们|这个|那个|可以|现在|目前")


def _same_thing(whether: str, after: str) -> bool:
    """The two clauses speak of the same thing ("财政贴息是全额贴吗？贴息比例是多少", "是不是一分钱都不用自己
    出？要自己出的话占多少比例"): they share two characters in a row besides asking words."""
    a = _NOT_THE_THING.sub("，", whether)
    pairs = {a[i:i + 2] for i in range(len(a) - 1) if all("\u4e00" <= ch <= "\u9fff" for ch in a[i:i + 2])}
    return any(p in _NOT_THE_THING.sub("，", after) for p in pairs)


def asks_more(question: str) -> bool:
    """Some clause asks something other than a detail ("MES要花多少钱，会不会买了用不起来"): an answer
    without the figure still answers part of the question. Not whether there is what the next clause asks the
    amount of ("有没有一次性奖励？能奖多少钱"), nor a guess at the detail the clause before asks ("是杭州吗")."""
    asking = asking_clauses(question)
    spans = [span for _, _, span in _across_clauses(question)]
    for i, c in enumerate(asking):
        if c.startswith("还是"):  # "是A，还是B": a choice, which only a detail asked of it answers
            continue
        at = question.find(c)
        if asked_details(c) or any(at < e and s < at + len(c) for s, e in spans):
            continue
        after = asking[i + 1] if i + 1 < len(asking) else ""
        if _WHETHER.search(c) and asked_details(after) and (
                ((m := _HOW_MUCH.search(after)) and m.group(1) in c) or _same_thing(c, after)):
            continue
        # "目前已建成哪些？请列出具体名单": which ones, then the list of them
        if _WHICH.search(c) and any(d.name == NAMES for d in asked_details(question)):
            continue
        if i > 0 and _GUESS.match(c) and asked_details(asking[i - 1]):
            continue
        return True
    return False


_LIKE_ELSEWHERE_DETAIL = next(d for d in DETAILS if d.name == LIKE_ELSEWHERE)


def asks_like_elsewhere(question: str) -> bool:
    """"上海有没有像北京那样的服务券": the question holds another place's rule up against the one it asks of."""
    return _LIKE_ELSEWHERE_DETAIL.is_asked(question)
