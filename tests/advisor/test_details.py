"""Which details a question asks for, about which words, in which unit, year or part; and which texts state them."""

from __future__ import annotations

import pytest

from advisor.details import (
    EXPIRY,
    LINKED,
    TITLE_TERM,
    asked_about,
    asked_as_question,
    asked_details,
    asking_clauses,
    asks_more,
    clauses,
    missing_details,
    specific_words,
)

MONEY, RATE, TIME, COUNT, FIGURE = "具体金额或价格", "具体比例或倍数", "具体期限或日期", "具体数量", "具体数字"
STEPS, ADDRESS, WHERE = "办理流程、所需材料或受理部门", "网址或下载地址", "查询渠道"
NO_FIGURE = "可用服务券等形式给予补贴。"


@pytest.mark.parametrize("question, kind", [
    ("北京服务券一年能领多少钱", MONEY), ("上一套MES要花多少", MONEY), ("贴息比例是多少", RATE), ("收银机什么价格", MONEY),
    ("补贴标准是啥", MONEY), ("上云率要达到多少", RATE), ("这个政策有效期几年", TIME), ("多少天之内必须付款", TIME),
    ("试点选了多少个城市", COUNT), ("有几家企业入选", COUNT), ("荔枝产量多高", FIGURE)])
def test_a_figure_asked_and_not_given_is_missing(question, kind):
    assert missing_details(question, [NO_FIGURE]) == [kind]


@pytest.mark.parametrize("question", ["北京有什么扶持中小企业的条例", "MES适合什么样的工厂", "首贷贴息是什么",
                                      "货太多根本不知道还剩多少", "外卖平台乱收费，有没有法规说不行", "工业互联网费用太高",
                                      "甲方拖我货款一年了怎么办", "前几年工信部搞的行动还算数吗", "我们几家小作坊想抱团采购",
                                      "服务器老死机，想租网上的机器跑网站",
                                      # pain points in the records' own asks, not questions for a detail
                                      "健身房谁充了多少钱、还剩多少，老是靠本子记", "钱打过来了，好几天都查不到",
                                      "工程队领材料的流程老在变", "报价发出去没下文", "个体户想转成公司，手续麻烦不麻烦"])
def test_nothing_is_missing_when_no_detail_is_asked(question):
    assert asked_details(question) == []


@pytest.mark.parametrize("sentence, given", [
    ("月销售额10万元以下免征增值税。", True),
    ("小型微利企业所得税实际负担约5%。", True),
    ("执行期限延长三年。", True),
    ("个税减半征收，百分之五十。", True),
    ("截至2025年6月末累计走访超过9000万户。", True),
    ("有首贷、续贷、确权三类融资服务中心，还有中小企业服务券。", False),  # 三类 counts kinds, not an amount
    ("定制或本地部署通常按项目一次性收费外加年度维护费。", False),  # 一次性 is not a count
    ("2024年10月起施行。", False),  # a date
    ("财政部 税务总局公告2026年第10号。", False),  # a 文号
    ("关注后续二次开发费用。", False),
])
def test_what_counts_as_a_figure(sentence, given):
    assert (missing_details("一共多少", [sentence]) == []) is given


def test_a_unit_asked_for_needs_a_figure_in_it():
    assert missing_details("多少天之内必须付款", ["自交付之日起30日内付款。"]) == []
    assert missing_details("多少天之内必须付款", ["预留比例不低于40%。"]) == [TIME]
    assert missing_details("服务券一年能领多少钱", ["预留比例不低于40%。"]) == [MONEY]
    assert missing_details("服务券一年能领多少钱", ["合计600万元。"]) == []


def test_the_words_near_the_asking_say_what_is_asked_about():
    (asked,) = asked_about("事业单位买我们东西，多少天之内必须付款")
    assert asked.detail.name == TIME and "付款" in asked.near and "东西" not in asked.near
    title = "保障中小企业款项支付条例"
    assert asked.answered_by("机关、事业单位自交付之日起30日内付款。", title)
    assert not asked.answered_by("机关、事业单位自交付之日起30日内确认债权。", title)  # another figure
    assert not asked.answered_by("机关、事业单位应当及时付款。", title)  # no figure


def test_words_of_the_title_or_the_asking_do_not_tie_a_sentence_to_the_question():
    words = specific_words(frozenset({"北京", "中小企业", "服务券", "最多罚", "一年", "女", "占"}), "北京市促进中小企业发展条例")
    assert words == {"服务券", "罚", "一年", "女"}


@pytest.mark.parametrize("question, more", [
    ("小工厂上MES要花多少钱，会不会买了用不起来", True), ("新规要求我们多久处理、咋处理", True),
    ("北京服务券一年能领多少钱", False), ("小程序乱收集用户信息，被查到最多罚多少", False),
    # rough numbers in the asker's story ask nothing
    ("中山做灯具的 二十几个人 家里几十亩 投诉平台网址是多少", False), ("好几家客户欠款，投诉平台电话多少", False)])
def test_asks_more_than_a_detail(question, more):
    assert asks_more(question) is more


@pytest.mark.parametrize("question", ["首贷贴息怎么申请", "申请专精特新要准备哪些材料", "服务券去哪领", "申报流程是怎样的"])
def test_steps_asked_and_not_given_are_missing(question):
    assert missing_details(question, ["获得首次贷款的中小企业可获财政贴息。"]) == [STEPS]
    assert missing_details(question, ["企业登录省中小企业公共服务平台提交申请。"]) == []


def test_the_office_to_go_through_answers_where_to_go():
    assert missing_details("首贷贴息去哪办", ["通过首贷服务中心获得首次贷款的中小企业可获财政贴息。"]) == []
    assert missing_details("首贷贴息去哪办", ["在政务服务中心设首贷服务中心、续贷受理中心。"]) == []


def test_the_office_in_charge_answers_whom_to_turn_to():
    assert missing_details("上海的小企业有困难，该找哪个部门", ["市经济信息化部门是全市促进中小企业发展工作的主管部门。"]) == []
    assert missing_details("上海的小企业有困难，该找哪个部门", ["市、区政府建立走访中小企业制度。"]) == [STEPS]


def test_both_details_can_be_missing():
    assert missing_details("怎么申请，能补多少", ["可以给予补贴。"]) == [STEPS, MONEY]  # in the question's order


NAME = "具体名称（品牌、公司或平台）"


@pytest.mark.parametrize("question", ["扫码点餐系统哪个牌子好", "那家健身器材公司是哪家", "拼单的平台叫什么",
                                      "排班软件推荐哪几个", "做小程序哪家靠谱"])
def test_a_name_asked_for_is_given_only_by_a_quoted_or_known_name(question):
    assert missing_details(question, ["一家健身器材企业用用户数据改进产品。"]) == [NAME]
    assert missing_details(question, ['浙江瓦楞纸行业用"聚好单"拼单生产。']) == []
    assert missing_details(question, ["灵山荔枝借助阿里云打通产供销。"]) == []


@pytest.mark.parametrize("question", ["这个数字是哪家机构统计出来的", "创新型中小企业那一档现在改叫啥了", "叫什么意思"])
def test_asking_for_a_body_or_a_new_tier_name_is_not_asking_for_a_brand(question):
    assert NAME not in [d.name for d in asked_details(question)]


@pytest.mark.parametrize("question", ["收费目录在哪能查到", "开面馆的去哪找他们"])
def test_where_to_look_asked_and_not_given_is_missing(question):
    assert missing_details(question, ["政府采购中应当出具中小企业声明函。"]) == [WHERE]
    assert missing_details(question, ["可在中国政府采购网查询。"]) == []
    assert missing_details(question, ["可向所在区县的融资协调工作专班提出融资需求。"]) == []


@pytest.mark.parametrize("question", ["投诉平台网址是多少", "在哪个网站申报", "那个行业APP在哪下载"])
def test_an_address_is_given_only_by_a_url_or_a_named_site(question):
    assert missing_details(question, ["政府采购中应当出具中小企业声明函。"]) == [ADDRESS]
    # a platform or an app named by what it does is not an address
    assert missing_details(question, ["国家建立统一的拖欠中小企业款项投诉平台。"]) == [ADDRESS]
    assert missing_details(question, ["制伞圈用一个行业APP对接订单。"]) == [ADDRESS]
    assert missing_details(question, ["工业互联网平台带动产业链。"]) == [ADDRESS]
    assert missing_details(question, ["可在中国政府采购网下载。"]) == []
    assert missing_details(question, ["通过梯度培育平台（zjtx.miit.gov.cn）填报。"]) == []


CONTACT = "联系电话或地址"


@pytest.mark.parametrize("question", ["服务中心地址在哪", "专班的电话多少", "服务热线号码是啥", "客服电话多少", "那家服务商怎么联系",
                                      "税务有疑问打什么热线"])
def test_a_number_or_address_is_given_only_by_one(question):
    assert missing_details(question, ["可向所在区县的融资协调工作专班提出融资需求。"]) == [CONTACT]
    assert missing_details(question, ["可咨询主管税务机关或12366纳税服务热线。"]) == []


@pytest.mark.parametrize("question", ["每天靠打电话排活", "咋把客户联系方式和跟单记录留在公司手里", "顾客手机号码要不要加密",
                                      "有没有电话销售系统"])
def test_phones_in_the_askers_story_are_not_asked_for(question):
    assert CONTACT not in [d.name for d in asked_details(question)]


NAMES = "具体名单"
BREAKDOWN = "分项数字"


@pytest.mark.parametrize("question", ["第一批试点那30个城市都是哪些", "2021年第一批小巨人名单有谁", "首批有哪些",
                                      "联合发文的部门分别是谁", "那批服务商都是哪几家公司"])
def test_names_on_a_list_pointed_at_are_given_only_by_a_list(question):
    assert missing_details(question, ["试点城市分三批组织，第一批30个。"]) == [NAMES]
    assert missing_details(question, ["第一批包括杭州市、宁波市、温州市等。"]) == []
    assert missing_details(question, ["发布机关：工业和信息化部、财政部、科学技术部。"]) == [NAMES]  # issuers are no list


@pytest.mark.parametrize("question", ["头两批具体是哪些城市", "我们洛阳在不在里面", "那家厂入选了吗", "我们赣州有没有选上？",
                                      "苏州入选中小企业数字化转型试点城市了吗", "苏州是第几批", "第一批都覆盖了哪些行业"])
def test_members_of_a_list_or_whether_one_is_among_them_are_names_asked(question):
    assert missing_details(question, ["试点城市为地级及以上城市（含省会城市、计划单列市、其他地级市）。"]) == [NAMES]  # kinds, not names
    assert missing_details(question, ["第一批包括杭州市、宁波市、温州市等。"]) == []


def test_a_bare_asking_is_read_with_the_clause_it_points_back_at():
    question = "第三批试点入选的那三十多个城市，具体是哪几个？"
    assert clauses(question)[-1] == "第三批试点入选的那三十多个城市具体是哪几个"
    assert missing_details(question, ["2025年第三批试点城市约34个。"]) == [NAMES]
    assert not asks_more(question)  # the bare asking is that list, nothing more
    assert clauses("我们能用的工具，有哪些") == ["我们能用的工具", "有哪些"]  # no bare asking: kept apart


@pytest.mark.parametrize("question", ["入选的城市里到底有没有襄阳", "名单里包不包括我们厂"])
def test_whether_a_list_includes_one_asks_its_names(question):
    assert missing_details(question, ["2025年第三批试点城市约34个。"]) == [NAMES]


def test_asking_whether_a_plan_or_rule_includes_a_thing_is_not_a_list():
    assert NAMES not in [d.name for d in asked_details("上海那部条例里有没有房租补贴")]


@pytest.mark.parametrize("question", ["给小餐饮门店推荐几类数字化工具", "推荐哪类软件比较适合我们"])
def test_recommending_kinds_of_tool_is_not_asking_a_brand(question):
    assert NAME not in [d.name for d in asked_details(question)]


def test_an_article_number_is_given_only_by_an_article_cited():
    assert missing_details("民营经济促进法是第几条写了不许拖欠", ["不得拖欠民营经济组织账款。"]) == ["法条序号"]
    assert missing_details("哪一条管政府拖欠账款", ["第六十八条规定，不得拖欠民营经济组织账款。"]) == []
    assert asked_details("有没有哪条规定专门管平台乱收费") == []  # whether a rule exists


def test_a_change_asked_is_given_by_a_sentence_stating_a_change():
    assert missing_details("上云以后，线上销售额增长了多少", ["荔枝种植面积为40万亩。"]) == [FIGURE]
    assert missing_details("上云以后，线上销售额增长了多少", ["线上销售额增长了30%。"]) == []
    assert missing_details("一年能省多少钱", ["每年节省人工成本约20万元。"]) == []
    assert not asked_about("浙江省有多少家小巨人")[0].tie  # a province, not a saving


def test_yi_asked_needs_a_figure_in_yi():
    assert missing_details("全国累计发放了多少亿元贷款", ["累计走访超过9000万户经营主体。"]) == [FIGURE]
    assert missing_details("全国累计发放了多少亿元贷款", ["累计发放贷款超过12万亿元。"]) == []


@pytest.mark.parametrize("question", ["哪些企业能申请小巨人", "补贴都有哪些", "有哪些城市能报试点", "都有哪些工具能管库存",
                                      "具体是哪些企业能享受",
                                      "这些补贴有哪些条件", "这几个系统有哪些区别", "第一批试点有哪些要求"])
def test_who_qualifies_or_what_kinds_is_not_a_list_of_names(question):
    assert NAMES not in [d.name for d in asked_details(question)]


@pytest.mark.parametrize("question, kind, other_kind, own_kind", [
    ("老板要坐牢吗", "刑事责任", "拒不改正的并处100万元以下罚款。", "情节严重构成犯罪的，依法追究刑事责任。"),
    ("拖欠货款能要赔偿吗", "赔偿规定", "可以要求付款。", "可以要求付款并要求赔偿损失。"),
    ("销售把客户带走了，能告他吗", "起诉或复议途径", "客户资料应留在公司系统里。", "可以依法向人民法院提起诉讼。"),
    ("被封号了怎么申诉解封", "申诉或解封途径", "群发过多可能被平台封号。", "被封号后可在后台提交申诉。"),
    ("多交的税还能申请退吗", "退还办法", "在纳税申报时填报即可享受。", "多缴的税款可申请退税。"),
    ("储值卡的钱不退会怎么样", "违规后果", "储值卡余额要记清楚。", "拒不退还的由主管部门责令改正并处罚款。"),
    ("大企业拖款超过60天会怎么样", "违规后果", "大型企业自交付之日起60日内付款。", "逾期付款要付利息。")])
def test_a_consequence_or_remedy_is_given_only_by_its_own_kind(question, kind, other_kind, own_kind):
    assert missing_details(question, [other_kind]) == [kind]
    assert missing_details(question, [own_kind]) == []


@pytest.mark.parametrize("question", ["社群里天天群发会不会被封号", "想退货怎么办", "退出登录", "货款被拖着不给咋办",
                                      "小饭馆上了扫码点餐会怎么样", "业务员怎么联系客户更方便", "下载了个记账软件不会用",
                                      "店里怎么收钱更方便", "员工有意见没地方申诉", "怎么把小程序链接发到朋友圈让顾客下单"])
def test_a_risk_or_a_plain_what_to_do_is_not_a_consequence_asked(question):
    assert asked_details(question) == []


def test_pay_asked_is_in_yuan_and_a_brand_asked_by_a_recommendation():
    assert missing_details("标注员一个月工资多少", ["基地员工中女性占比80%。"]) == [MONEY]
    assert missing_details("标注员一个月工资多少", ["标注员月薪约3000元。"]) == []
    assert missing_details("果农收入涨了多少", ["果农收入涨了三成，约20%。"]) == []  # income may grow by a share
    assert NAME in [d.name for d in asked_details("约课系统那个牌子最好用 推荐一个")]


@pytest.mark.parametrize("question, kind", [("声明函填错了被查出来会怎么处理", "违规后果"), ("经营范围想加一项，去哪改", STEPS)])
def test_being_dealt_with_and_where_to_change_a_registration_are_asked(question, kind):
    assert kind in [d.name for d in asked_details(question)]


def test_what_to_hand_in_asks_for_the_steps():
    assert [d.name for d in asked_details("服务券怎么领？要交什么东西")] == [STEPS]
    assert not asks_more("服务券怎么领？要交什么东西")


def test_how_it_is_charged_is_not_how_much():
    assert [d.name for d in asked_details("MES一般怎么收费")] == ["收费方式"]
    assert [d.name for d in asked_details("这种系统费用通常怎么算")] == ["收费方式"]
    assert missing_details("MES一般怎么收费", ["通常按项目一次性收费外加年度维护费。"]) == []
    # every catalogue cost line answers, however it words the charge
    assert missing_details("跨境收款怎么收费", ["费用方式：通常按收款或提现金额收取费率，换汇另有汇率差。"]) == []
    assert missing_details("驻场的技术公司一般怎么收费", ["小技术企业派工程师进驻主机厂一起开发。"]) == ["收费方式"]


USE = "资金能否用于您说的用途"


@pytest.mark.parametrize("question, tie", [("小巨人综合奖补的钱能不能拿来发工资", {"工资"}), ("补贴的钱可以用来买软件吗", {"软件"}),
                                           ("这笔奖补能用在上云吗", {"上云"})])
def test_whether_money_may_pay_for_a_use_is_tied_to_that_use(question, tie):
    (asked,) = asked_about(question)
    assert asked.detail.name == USE and asked.tie == tie
    assert not asks_more(question)


def test_a_use_is_stated_only_by_a_sentence_naming_it():
    (asked,) = asked_about("奖补资金能不能拿来发工资")
    record = "资金用于支持企业上云用云和数字化改造。奖补对象为小巨人企业，员工工资由企业自行承担。"
    assert not asked.stated_in(record)  # a use and wages, but in different sentences
    assert asked.stated_in("奖补资金不得用于发放工资、奖金。")
    (cloud,) = asked_about("奖补资金能用在上云吗")
    assert cloud.stated_in(record)
    assert missing_details("奖补资金能不能拿来发工资", ["资金用于支持企业上云用云。"]) == [USE]


@pytest.mark.parametrize("question, outcome", [("十四五说培育十万家专精特新，最后完成了多少家", True),
                                               ("实际带动了多少就业", True), ("东石有多少家做伞的", False),
                                               ("目标是培育多少家小巨人", False),
                                               ("眼下专精特新企业已经到多少家了", True)])
def test_a_result_asked_for_is_not_stated_by_a_target(question, outcome):
    (asked,) = asked_about(question)
    assert asked.not_target is outcome
    target = "目标到2025年培育十万家专精特新中小企业。"
    assert asked.stated_in(target) is (not outcome)
    assert asked.stated_in("截至2025年底已培育14万家专精特新中小企业。")


@pytest.mark.parametrize("question, kinds", [
    ("那个项目怎么报名参加，有门槛吗", [STEPS, "申请条件或门槛"]),
    ("怎么联系 有电话吗", ["联系电话或地址"]),
    ("上海有没有给中小企业专门的服务热线", ["联系电话或地址"]),
    ("聚好单上面都有哪些纸箱厂", [NAMES]),
    ("那13项重点任务具体是哪13项，全列出来", [NAMES]),
    ("两部法规定不一致的时候，优先适用哪个", ["适用的优先顺序"]),
    ("是按老条例算还是按新条例那套期限算", [TIME, "适用的优先顺序"]),
    ("这行以后还吃香吗 未来五年岗位会不会变少", ["前景预测"]),
    ("那家公司老板叫什么", [NAME, "负责人姓名"]),
    ("条例规定必须几个工作日内办好", [TIME])])
def test_a_second_ask_beside_a_detail_is_a_detail_too(question, kinds):
    # each clause asks a kind of detail, so none of them keeps an answer lacking the others (asks_more)
    assert [a.detail.name for a in asked_about(question)] == kinds
    assert not asks_more(question)


@pytest.mark.parametrize("question", ["申请小巨人有什么条件", "有什么要求吗", "这个政策的门槛高不高"])
def test_conditions_asked_are_given_by_any_sentence_setting_one(question):
    assert missing_details(question, ["申请企业须为在境内注册的中小企业，研发费用占比不低于3%。"]) == []
    assert missing_details(question, ["灵山荔枝借助阿里云打通产供销。"]) == ["申请条件或门槛"]


def test_which_rule_prevails_forecasts_and_names_of_people_are_given_only_by_their_own_kind():
    assert missing_details("冲突了以哪个为准", ["本条例自2020年1月1日起施行。"]) == ["适用的优先顺序"]
    assert missing_details("冲突了以哪个为准", ["法律另有规定的，从其规定。"]) == []
    assert missing_details("小程序开发以后还吃香吗", ["2020年小程序开发岗位同比增长22%。"]) == ["前景预测"]
    assert missing_details("小程序开发以后还吃香吗", ["预计岗位需求将继续增长。"]) == []
    assert missing_details("老板叫什么", ["“福茶网”是一家茶叶溯源平台。"]) == ["负责人姓名"]  # the firm's name is no person's


def test_working_days_asked_are_given_by_days():
    assert missing_details("几个工作日内要办好", ["自2025年1月1日起施行。"]) == [TIME]
    assert missing_details("几个工作日内要办好", ["应当在15个工作日内处理。"]) == []


def test_one_filing_verb_ties_a_sentence_to_another():
    (asked,) = asked_about("专精特新怎么申报")
    assert asked.answered_by("通过优质中小企业梯度培育平台（zjtx.miit.gov.cn）了解标准和填报。", "优质中小企业梯度培育管理办法")
    assert not asked.answered_by("可向所在区县的融资协调工作专班提出融资需求。", "关于加大小微企业融资支持的通知")


def test_whether_a_charge_is_lawful_is_not_asking_its_amount():
    assert MONEY not in [d.name for d in asked_details("被强制参加评比收费合法吗")]
    assert MONEY in [d.name for d in asked_details("评比收费多少")]


@pytest.mark.parametrize("question, kind", [("填错了会受到什么处罚", "违规后果"), ("到期了怎么复核", STEPS),
                                            ("被拒了能到哪儿申诉", "申诉或解封途径"), ("你估计明年岗位还会涨吗", "前景预测")])
def test_more_ways_of_asking_a_consequence_steps_a_remedy_or_a_forecast(question, kind):
    assert kind in [d.name for d in asked_details(question)]


def test_what_is_actually_so_is_an_outcome_not_a_target():
    (asked,) = asked_about("眼下全国实际是百分之多少")
    assert asked.not_target and not asked.stated_in("到2027年中小企业上云率达到40%以上。")


@pytest.mark.parametrize("question, kinds", [
    ("听说国家挑了一批城市搞试点，我们苏州到底选上没有？", [NAMES]),
    ("评专精特新至少得测到几级才能过？", ["具体数量"]),
    ("想给自己厂子测一下数字化到了几级，官方那个测评在哪个网站上做", ["网址或下载地址"]),  # the asker's own level
    ("印花税减半以后签租房合同按万分之几交？", [RATE]),
])
def test_whether_one_was_chosen_a_level_required_and_a_rate_in_ten_thousandths_are_asked(question, kinds):
    assert [a.detail.name for a in asked_about(question)] == kinds


def test_a_level_is_stated_only_by_a_level():
    (level,) = asked_about("评专精特新至少得测到几级才能过？")
    assert level.stated_in("评测结果分为一级到四级，达到二级及以上视为满足要求。")
    assert not level.stated_in("测评结果还被用于专精特新认定中的数字化指标。")


def test_which_one_is_no_list():
    assert NAMES not in [d.name for d in asked_details("主管部门是哪一个")]


def test_asking_clauses_leave_out_the_askers_story():
    assert asking_clauses("中山做灯具的 二十几个人 什么时候施行？同时废止了哪个条例") == ["什么时候施行", "同时废止了哪个条例"]


def test_an_office_and_a_deadline_day_are_asked_details():
    assert missing_details("管小微贷款对接的那个专班在哪办公", ["各区县设工作专班。"]) == ["联系电话或地址"]
    assert missing_details("今年专精特新申报截止到哪天", ["工信部2026年1月修订发布的办法。"]) == ["截止日期"]
    assert missing_details("今年专精特新申报截止到哪天", ["施行日期：2026-01-15。"]) == ["截止日期"]  # no end
    assert missing_details("今年专精特新申报截止到哪天", ["状态：有效（截至2026-11-26）。"]) == ["截止日期"]  # as of
    assert missing_details("今年专精特新申报截止到哪天", ["申报截止时间为6月30日。"]) == []


def test_a_figure_asked_from_a_later_year_is_not_told_by_a_period_ending_before_it():
    question = "2028年以后小规模纳税人的增值税起征点是多少"
    (asked,) = asked_about(question)
    assert asked.after == 2028
    assert not asked.stated_in("2026—2027年实行月销售额10万元的起征点。")
    assert not asked.stated_in("起征点10万元，执行至2027-12-31。按季30万元。")  # the text's periods all end before
    assert asked.stated_in("起征点为月销售额10万元。")  # no period: the sentence alone cannot tell
    assert asked_about("2026年起起征点是多少")[0].stated_in("2026—2027年实行月销售额10万元的起征点。")


def test_an_articles_own_wording_is_given_only_by_the_article():
    asked = [d.name for d in asked_details("民营经济促进法是第几条写了不许拖欠，原文怎么说")]
    assert asked == ["法条序号", "条文原文"]
    assert missing_details("原文怎么说", ["大企业不得拖欠中小企业的账款。"]) == ["条文原文"]  # a record's own words
    assert missing_details("原文怎么说", ["第十五条 机关、事业单位从中小企业采购货物…应当自货物交付之日起30日内支付款项"]) == []
    assert asked_details("原文在哪能查到")[0].name == "查询渠道"  # where to read it, not its wording


def test_a_deadline_day_asked_before_the_word_deadline_is_asked():
    assert "截止日期" in [d.name for d in asked_details("今年这一批奖补申报几号截止")]


def test_a_clause_naming_only_filing_asks_of_what_the_clause_before_names():
    steps = next(a for a in asked_about("北京首贷贴息能贴多少？具体怎么申请") if not a.detail.figure)
    assert "贴息" in steps.near
    named = next(a for a in asked_about("伞厂都靠一个手机软件接单，那软件叫啥") if a.detail.name.startswith("具体名称"))
    assert "伞厂" not in named.near  # "那软件叫啥" names what it asks of


@pytest.mark.parametrize("question", ["这个数字分到各省份各是多少", "东、中、西部各占几个", "应用践行和深度应用阶段的各占多少"])
def test_a_figure_for_each_part_is_not_given_by_the_wholes(question):
    assert "分项数字" in missing_details(question, ["带动4万多家中小企业深度改造，分三批支持约100个城市。"])
    assert "分项数字" not in missing_details(question, ["东部、中部、西部分别为30个、20个、16个。"])


@pytest.mark.parametrize("question", ["工业企业微型的人数和营收的线各是多少", "每个城市的试点要搞几年", "是哪两个部门牵头的",
                                      "预留份额最低多少，其中小微占多少"])
def test_two_things_named_each_with_its_figure_or_the_departments_leading_are_no_breakdown_or_list(question):
    assert {d.name for d in asked_details(question)} & {"分项数字", "具体名单"} == set()


@pytest.mark.parametrize("question, detail", [
    ("那条原文一字不差是咋写的", "条文原文"), ("能把这批入选城市的完整名单列给我吗", "具体名单"),
    ("想知道莆田有没有进数字化转型城市试点", "具体名单"), ("这几家哪家支付手续费最低", "具体名称（品牌、公司或平台）"),
    ("第一批1000多家企业在各省是怎么分布的", "分项数字"), ("我们省分到多少家", "分项数字"),
    ("专班在哪个单位哪间办公室", "联系电话或地址"),
    ("从手机圈地申请到放款一般要几分钟", TIME), ("拖欠投诉有没有时效限制", TIME), ("年利率大概几厘", RATE),
    ("做矿区无人驾驶运输的是哪几家公司", "具体名单"), ("那个鞋厂是哪一家", "具体名称（品牌、公司或平台）"),
    ("平台是谁家做的", "具体名称（品牌、公司或平台）"), ("我们县也想搞，怎么跟他们联系", "联系电话或地址"),
    ("有没有联系电话或者对接人", "联系电话或地址"), ("软件类在各品目里排第几", "比较结果"),
    ("剩下的钱大概哪年能到", "具体时间（公布、申报或发放）"), ("到期复核要不要重新交全套材料", "资格有效期或复核"),
    ("2027年还会不会再出一轮", "到期以后的安排"), ("第几条？具体怎么写的", "条文原文"),
    ("在哪几个港口落地了", "具体名单"), ("是跟哪家银行合作的", "具体名称（品牌、公司或平台）"),
    ("有没有十台车以下的优惠价", MONEY)])
def test_more_ways_of_asking_a_detail(question, detail):
    assert detail in [d.name for d in asked_details(question)]


def test_questions_and_scores_are_counted_in_their_own_units():
    assert missing_details("评测一共多少道题", ["优质中小企业分为三个层级。"]) == ["具体数字"]
    assert missing_details("得多少分才算二级", ["三分之一的企业处在二级。"]) == ["具体数字"]
    assert missing_details("得多少分才算二级", ["60分以上为二级。"]) == []


def test_a_figure_asked_for_one_firm_is_not_a_total_or_one_said_not_to_be_a_firms():
    (asked,) = asked_about("参与改造的企业每家能拿到多少补贴")
    assert not asked.stated_in("省会城市获得的中央奖补资金总额上限（拨给城市，不是单个企业可得金额）（1.5亿元）。")
    assert not asked.stated_in("其他地级市获得的中央奖补资金总额上限（1亿元）。")
    assert asked.stated_in("按每家企业连续支持3年、合计600万元测算。")
    assert asked_about("一个城市最多拿多少")[0].stated_in("其他地级市获得的中央奖补资金总额上限（1亿元）。")


def test_the_count_asked_of_a_part_is_the_parts_figure():
    assert [d.name for d in asked_details("我们省分到多少家")] == ["分项数字"]


def test_a_figure_the_question_quotes_is_not_the_one_it_asks():
    stage = "近八成（79%）的中小企业还处在数字化转型的初步探索阶段。"
    assert not asked_about("说是79%的中小企业还在初步探索，那深度应用阶段的占比是多少")[0].stated_in(stage)
    assert not asked_about("听说近八成还在初步探索，深度应用的占比是多少")[0].stated_in(stage)
    assert asked_about("深度应用阶段的占比是多少")[0].stated_in(stage)  # nothing quoted: the sentence may say
    # the quoted figure goes, the one asked stays: "…合计600万元" still gives "3年"
    (years,) = asked_about("听说每家合计600万元，是分几年给的")
    assert years.stated_in("按每家企业连续支持3年、合计600万元测算。")


def test_where_a_firm_is_is_given_only_by_a_place():
    place = "所在地区"
    assert missing_details("那家鞋厂在哪个城市", ["采集顾客的三维脚型数据，按数据设计鞋楦。"]) == [place]
    assert missing_details("福茶网是哪个省的公司", ["把茶叶从产地到销售的关键信息记到区块链上。"]) == [place]
    assert missing_details("那家鞋厂在哪个城市", ["地区：广东省广州市"]) == []
    assert missing_details("那家鞋厂在哪个城市", ["晋江市的鞋企抱团采购。"]) == []
    assert missing_details("那家鞋厂在哪个城市", ["数字化转型城市试点面向市场主体。"]) == [place]  # no place named
    assert place not in [a.detail.name for a in asked_about("在哪个地方申请补贴")]  # where to file


def test_a_few_people_taken_along_is_no_question():
    assert asking_clauses("那家厂在哪个城市？我想带几个人过去参观学习。") == ["那家厂在哪个城市"]


def test_a_term_ending_with_a_year_gives_the_period():
    assert missing_details("执行期限到什么时候", ["2023年8月发布、执行到2027年底的小微税费组合包。"]) == []
    assert missing_details("一般要多久才能见成效", ["到2025年底培育一批服务商。"]) == [TIME]  # not how long


def test_the_kind_of_figure_asked_is_no_word_of_its_subject():
    (rate,) = asked_about("服务券的补贴比例是多少")
    assert not rate.answered_by("政府采购预留份额中给小型微型企业的比例下限为70%。", "北京市促进中小企业发展条例")
    assert rate.answered_by("服务券按服务费用的50%补贴。", "北京市促进中小企业发展条例")


@pytest.mark.parametrize("sentence, states", [
    ("2020年，微信小程序的岗位超过780万个。", False),  # another year's figure
    ("2021年，微信小程序的岗位超过800万个。", True),
    ("2019—2022年，小程序岗位累计超过800万个。", True),  # a span holding the year
    ("小程序岗位超过800万个。", True)])  # no year: cannot tell
def test_a_figure_asked_of_a_year_is_not_told_by_another_years(sentence, states):
    (asked,) = asked_about("2021年小程序相关岗位有多少个？")
    assert asked.year == 2021
    assert asked.stated_in(sentence) is states


def test_a_year_naming_a_version_or_a_term_in_force_is_no_other_year():
    assert asked_about("2024年那轮奖补支持了多少家")[0].year is None
    (rate,) = asked_about("2025年小微企业所得税实际税负是多少")
    assert rate.stated_in("小型微利企业适用20%税率，政策延续到2027年12月31日，实际税负约5%。")
    (target,) = asked_about("对2025年当年的上云率设了多少目标")
    assert not target.stated_in("目标是到2027年中小企业上云率超过40%。")


def test_which_is_best_is_given_only_by_a_comparison():
    question = "市面上几家跨境收款的，哪家费率最低、到账最快？"
    assert "比较结果" in [a.detail.name for a in asked_about(question)]
    assert not asks_more(question)  # "市面上几家" asks nothing
    assert "比较结果" in missing_details("哪家费率最低", ["选择持有资质的机构，比较综合费率与到账时间。"])
    assert "比较结果" not in missing_details("哪家费率最低", ["甲机构费率低于乙机构。"])


def test_the_year_something_began_is_given_with_that_beginning():
    (began,) = asked_about("数据标注基地是哪一年建成的")
    assert began.detail.name == "起始年份"
    assert not began.stated_in("2020年，基地员工超过200人。")
    assert began.stated_in("基地于2019年建成。")


@pytest.mark.parametrize("question, sentence, states", [
    ("标注员的平均月收入大约多少", "基地员工中女性占80%以上。", False),  # a month's pay is in yuan
    ("标注员的平均月收入大约多少", "标注员月收入约3000元。", True),
    ("收入占比是多少", "基地员工中女性占80%以上。", True),
    ("个体工商户总数是多少", "小型微利企业从业人数上限300人。", False),  # a total counts what it names
    ("个体工商户总数是多少", "全国登记在册的个体工商户达1.2亿户。", True),
    ("一户最多能贷多少", "试用期使用过的农户超过5万户。", False),  # a loan is money
])
def test_the_unit_of_a_figure_comes_from_what_it_measures(question, sentence, states):
    assert (missing_details(question, [sentence]) == []) is states


def test_a_figure_quoted_as_an_exception_is_not_the_one_asked():
    (share,) = asked_about("除79%处于初步探索阶段外，处于深度应用阶段的企业占多大比例？")
    assert share.quoted and not share.stated_in("近八成（79%）的中小企业还处在初步探索阶段。")


def test_a_list_asked_to_be_given_and_a_term_gone_by():
    assert "具体名单" in [a.detail.name for a in asked_about("两批共66个试点城市，能否提供具体名单？")]
    assert asked_about("给银行推名单这套机制是哪两个部门牵头的") == [] or \
        "具体名单" not in [a.detail.name for a in asked_about("给银行推名单这套机制是哪两个部门牵头的")]
    assert asked_about("那几个规划，哪些已经过了期限") == []


def test_more_ways_of_asking_a_list_a_share_of_each_part_and_a_change():
    assert "具体名单" in [a.detail.name for a in asked_about("两批试点城市中，第二批具体包括哪些城市？")]
    assert "分项数字" in [a.detail.name for a in asked_about("应用践行和深度应用阶段的企业各占多少？")]
    (pay,) = asked_about("标注员一个月大概能挣多少")
    assert not pay.stated_in("基地员工中女性占80%以上。")
    (more,) = asked_about("果农一亩地到底多赚了多少")
    assert not more.stated_in("灵山荔枝种植面积约40万亩。") and more.stated_in("果农每亩多赚了2000元。")
    assert asked_about("开了十几年的小吃店") == []  # how long the asker has run it


def test_a_figure_of_one_batch_or_of_a_draft_is_told_only_beside_its_name():
    (batch,) = asked_about("新一轮奖补第二批重点支持的小巨人企业有多少家？")
    assert not batch.stated_in("分三批重点支持1000余家国家级小巨人企业。")
    assert batch.stated_in("第二批支持1200多家小巨人企业。")
    (draft,) = asked_about("划型标准修订征求意见稿中，工业微型企业的门槛拟调整为多少？")
    assert not draft.stated_in("以工业为例，从业人员20人以下或营业收入300万元以下的为微型企业。")


def test_figures_said_with_more_than_are_figures():
    (count,) = asked_about("第一批支持多少家企业")
    assert count.stated_in("2024年第一批先支持1000多家小巨人企业。")


def test_the_year_asked_is_the_asking_clauses():
    # the target quoted first is the scene; the clause that asks names 2024
    (rate,) = asked_about("新一轮专项行动提出2027年上云率超过40%，那2024年全国中小企业的实际上云率是多少？")
    assert rate.year == 2024


@pytest.mark.parametrize("question", ["想弄个点单收钱的软件，这种一般是怎么个收费法？", "那34个城市具体有哪些？甘肃天水是否在名单内？"])
def test_how_it_is_charged_and_whether_one_is_on_a_list(question):
    names = [a.detail.name for a in asked_about(question)]
    assert ("收费方式" in names) is ("收费" in question) and ("具体名单" in names) is ("名单" in question)
    assert MONEY not in names


@pytest.mark.parametrize("question, detail", [
    ("西安那个案例用的是哪个低代码平台", "具体名称（品牌、公司或平台）"),
    ("这个调查是哪家机构做的", "具体名称（品牌、公司或平台）"),
    ("多交的税能退吗？要走什么流程", "办理流程、所需材料或受理部门"),
    ("申请贯标评定需要经过哪些步骤", "办理流程、所需材料或受理部门"),
    ("第三批的城市里是否包括江苏徐州", "具体名单"), ("佛山算不算数字化转型试点城市", "具体名单"),
    ("网络安全服务的收费模式是怎样的", "收费方式"), ("划分大中小微用的办法文号多少", "文号")])
def test_which_one_a_case_used_the_steps_a_place_on_a_list_and_a_documents_number(question, detail):
    names = [d.name for d in asked_details(question)]
    assert detail in names
    assert "具体数字" not in names and MONEY not in names  # "文号多少", "收费模式" ask no figure


def test_which_tool_to_pick_is_not_a_name_asked():
    assert "具体名称（品牌、公司或平台）" not in [d.name for d in asked_details("我们该用什么系统管库存")]


def test_a_documents_number_is_given_only_in_its_own_form():
    assert missing_details("文号多少", ["《统计上大中小微型企业划分办法（2017）》（国统字〔2017〕213号）"]) == []
    assert missing_details("几号主席令", ["中华人民共和国主席令第七十四号"]) == []
    assert missing_details("文号多少", ["国家统计局在2017年印发了这个办法。"]) == ["文号"]


def test_a_sum_granted_to_the_asker_is_not_a_target_or_a_total():
    (grant,) = asked_about("像我们这种三十人的小厂做一次数字化改造，最多能拿到多少补贴？")
    assert grant.per_firm and grant.not_target
    assert not grant.stated_in("工信部介绍的目标是到2027年中小企业上云率超过40%。")
    assert not grant.stated_in("其他地级市获得的中央奖补资金总额上限（1亿元）。")
    assert grant.stated_in("按每家企业连续支持3年、合计600万元测算。")


def test_a_figure_pointed_back_at_or_set_aside_is_quoted_as_the_record_writes_it():
    (jobs,) = asked_about("2020年那780多万个小程序工作机会中，开发类岗位具体有多少个？")
    assert not jobs.stated_in("2020年，微信小程序的开发、产品、运营等工作机会超过780万个。")
    assert jobs.stated_in("2020年，其中开发岗位约120万个。")
    (share,) = asked_about("除了79%处在初步探索阶段，其余中小企业里处于深度应用阶段的比例是多少？")
    assert not share.stated_in("近八成（79%）的中小企业还处在初步探索阶段。")


@pytest.mark.parametrize("question, detail", [
    ("灵山的荔枝上网卖以后一斤能多卖几块钱", MONEY), ("服务券一张面值多少", MONEY),
    ("一家一年能领几张", "具体数量"), ("新一批名单什么时候公布", "具体时间（公布、申报或发放）"), ("奖补啥时候到账", "具体时间（公布、申报或发放）"),
    ("2026年那一批啥时候申报", "具体时间（公布、申报或发放）"), ("第三批里头有我们衡阳没", "具体名单"),
    ("有没有统一的咨询电话？我该打哪个号", "联系电话或地址"), ("民宿系统有没有推荐的牌子", "具体名称（品牌、公司或平台）"),
    ("赣州在不在第三批试点城市里头", "具体名单"), ("去哪个窗口办", "办理流程、所需材料或受理部门")])
def test_coins_face_values_vouchers_a_day_announced_a_number_to_dial_a_brand_and_a_window(question, detail):
    assert detail in [d.name for d in asked_details(question)]


def test_a_few_parts_joined_up_and_a_face_value_in_percent_are_no_price():
    assert asked_details("订座、点菜、出菜各管各的，有没有能把这几块连起来的软件") == []
    assert missing_details("服务券一张面值多少", ["预留份额中给小型微型企业的比例下限（70%）"]) == [MONEY]
    assert missing_details("服务券一张面值多少", ["每张服务券面值500元。"]) == []


def test_a_face_value_whether_a_city_got_in_and_a_quoted_figure_is_no_name():
    assert MONEY in [d.name for d in asked_details("服务券一张面额多少")]
    assert "具体名单" in [d.name for d in asked_details("岳阳进没进数字化转型城市试点的名单")]
    assert "具体名单" not in [d.name for d in asked_details("我们市有没有数字化转型试点")]
    assert missing_details("那个APP叫什么名字", ['2022年东石镇制伞企业数（"470多家"）为470家。']) == ["具体名称（品牌、公司或平台）"]
    assert missing_details("那个APP叫什么名字", ['浙江瓦楞纸行业用"聚好单"拼单生产。']) == []


def test_points_asked_are_a_rate_not_a_count():
    assert [d.name for d in asked_details("货物和服务类一般扣多少个点")] == [RATE]
    assert missing_details("货物和服务类一般扣多少个点", ["货物服务类现为10%—20%。"]) == []
    assert [d.name for d in asked_details("一共有多少个城市")] == [COUNT]


def test_a_figure_beside_the_thing_named_only_as_a_bound_does_not_give_it():
    question = "采购限额标准具体是多少钱"
    bound = "采购限额标准以上、200万元以下的货物和服务项目，应专门面向中小企业采购。"
    [asked] = asked_about(question)
    assert not asked.answered_by(bound, "政府采购促进中小企业发展管理办法")
    assert asked.answered_by("本市采购限额标准为100万元。", "政府采购促进中小企业发展管理办法")


def test_a_part_of_a_whole_the_question_quotes_is_a_breakdown():
    question = "微信生态那3684万个就业机会里，企业微信带来的有多少？"
    assert clauses(question) == ["微信生态那3684万个就业机会里企业微信带来的有多少"]
    assert missing_details(question, ["微信生态带来约3684万个就业机会，比上年增长24.4%。"]) == [BREAKDOWN]
    assert missing_details(question, ["3684万个就业机会中，其中企业微信带来120万个。"]) == []
    # a handful the asker has is no whole: "三个软件里" is kept apart from what follows
    assert clauses("财务数据分在三个软件里，我想每天看到赚了多少") == ["财务数据分在三个软件里", "我想每天看到赚了多少"]


def test_each_share_of_the_rest_is_read_with_the_clause_naming_the_rest():
    question = "说是79%的中小企业还在初步探索阶段，那剩下的在啥阶段，各占多少？"
    assert clauses(question)[-1] == "那剩下的在啥阶段各占多少"
    assert not asks_more(question)
    assert missing_details(question, ["近八成（79%）的中小企业还处在数字化转型的初步探索阶段。"]) == [BREAKDOWN]


def test_a_clause_of_one_character_words_asks_of_the_clause_before():
    question = "北京首贷服务中心第一次贷款的贴息，能贴百分之多少？"
    [asked] = asked_about(question)
    assert {"贴息", "首贷"} <= asked.near
    assert "百分之" not in specific_words(asked.near, "")  # how a rate is asked, not what it is of


def test_a_place_on_a_form_is_given_only_by_a_box_or_line():
    assert missing_details("六税两费减半在申报表的哪一栏勾选", ["六税两费减半适用于小规模纳税人。"]) == ["申报表栏次"]
    assert missing_details("六税两费减半在申报表的哪一栏勾选", ["在附表第3栏勾选减征。"]) == []


@pytest.mark.parametrize("question, detail", [
    ("实施周期一般要几个月", TIME), ("实施费大概多少", MONEY), ("今年什么时候开始申报", "具体时间（公布、申报或发放）"),
    ("第三批名单里有苏州吗？", NAMES), ("我们伞厂能下载吗？", ADDRESS), ("得分要达到多少才算二级", COUNT)])
def test_further_ways_of_asking_a_detail(question, detail):
    assert [d.name for d in asked_details(question)] == [detail]


def test_a_score_asked_is_given_only_in_points():
    assert missing_details("得分要达到多少才算二级", ["评测结果分为四个等级。"]) == [COUNT]
    assert missing_details("得分要达到多少才算二级", ["60分以上为二级。"]) == []


def test_a_batch_named_in_a_keyword_clause_ties_the_figure_to_it():
    question = "小巨人奖补 2025年第二批 支持了多少家"
    assert missing_details(question, ["分三批支持，2024年第一批先支持1000多家。"]) == [COUNT]
    assert missing_details(question, ["第二批支持800家。"]) == []


def test_what_a_term_counts_in_is_given_by_a_list_naming_the_term():
    question = "工业“六基”是哪六项"
    [asked] = asked_about(question)
    listing = "聚焦工业“六基”（基础零部件、基础元器件、基础材料、基础软件、基础工艺和产业技术基础）。"
    assert asked.answered_by(listing, "关于进一步支持专精特新中小企业高质量发展的通知")
    assert not asked.answered_by("支持地区：北京、上海、广州、深圳。", "关于进一步支持专精特新中小企业高质量发展的通知")
    # a list pointed at is asked as a list
    assert [a.detail.name for a in asked_about("那13项重点任务具体是哪13项，全列出来")] == [NAMES]


def test_what_to_do_on_a_phone_tells_how_to_apply():
    assert missing_details("农户要怎么申请", ["农户在手机地图上圈出自家地块，银行再定贷款额度。"]) == []
    assert missing_details("农户要怎么申请", ["银行用卫星图像识别作物种类。"]) == [STEPS]


def test_the_price_set_aside_is_not_asked_and_other_charges_are_a_charging_model():
    assert asked_details("除了价格以外还要特别留意哪些地方") == []
    assert [d.name for d in asked_details("除了软件订阅费，还会有哪些费用")] == ["收费方式"]
    assert asked_details("公司哪些开销能在算所得税前扣掉") == []  # which costs are deductible, not a charge


def test_getting_in_on_a_phone_asks_an_address():
    assert missing_details("投诉平台手机上怎么进", ["可向国家统一的投诉平台投诉。"]) == [ADDRESS]


def test_a_number_of_staff_saved_is_a_count_told_only_by_one():
    question = "小餐馆上了扫码点餐和收银系统以后，一般能省下几个服务员？"
    assert [d.name for d in asked_details(question)] == [COUNT]
    assert missing_details(question, ["高峰时段靠人工点单、结账，容易出错，也占人手。"]) == [COUNT]
    assert missing_details(question, ["用上系统后节省了2个服务员。"]) == []
    assert asked_details("带几个人过去看看") == []  # a few people the asker brings


def test_a_rate_is_not_told_by_a_sum_in_yuan():
    question = "个人信息保护法里，情节严重的最高能罚到上一年营业额的百分之几？"
    assert [d.name for d in asked_details(question)] == [RATE]
    assert missing_details(question, ["拒不改正的并处100万元以下罚款。"]) == [RATE]
    assert missing_details("六税两费减征比例是多少", ["“六税两费”减半征收。"]) == []
    assert missing_details("补贴比例多少", ["按合同额的30%给予补贴。"]) == []


def test_whether_it_charges_and_which_charges_ask_how_it_charges():
    assert [d.name for d in asked_details("数字化水平自测收费吗")] == ["收费方式"]
    assert missing_details("数字化水平自测收费吗", ["官方评测系统免费使用。"]) == []
    assert [d.name for d in asked_details("做亚马逊的，跨境收款一般都收哪些费用")] == ["收费方式"]
    assert MONEY in [d.name for d in asked_details("跨境收款手续费多少")]


def test_a_rough_price_asked_with_a_call_for_the_number_asks_a_figure():
    names = [a.detail.name for a in asked_about("扫码点餐加收银系统，一家店一年订阅费大概几千块？给个具体数")]
    assert MONEY in names and FIGURE in names
    assert asked_details("店里二十几个人，用什么排班软件") == []


def test_what_follows_a_terms_end_is_not_told_by_the_term():
    question = "小微企业所得税那个实际5%的优惠2027年底到期以后，还会不会继续延长？"
    assert [a.detail.name for a in asked_about(question)] == ["到期以后的安排"]
    assert missing_details(question, ["2023年8月发布、执行到2027年底的小微税费“组合包”。"]) == ["到期以后的安排"]
    assert missing_details(question, ["到期后是否延续，另行通知。"]) == []
    assert asked_about("这个优惠现在还有效吗") == []


def test_the_first_batch_is_told_by_the_first_step():
    assert missing_details("第一批推到了多少个县", ["2020年9月正式商用，第一步在全国690多个涉农县区推广。"]) == []
    assert missing_details("第二批推到了多少个县", ["2020年9月正式商用，第一步在全国690多个涉农县区推广。"]) == [COUNT]


def test_a_size_word_alone_does_not_say_what_a_figure_is_of():
    # "大模型" splits into "大" and "模型": "工业大县" does not speak of the models
    assert specific_words(frozenset({"大", "模型", "垂直"}), "") == frozenset({"模型", "垂直"})


def test_tens_of_thousands_of_tonnes_is_a_count_in_tonnes():
    [asked] = asked_about("灵山荔枝一年产量大概多少万吨")
    assert asked.detail.name == COUNT
    assert asked.stated_in("（示例）年产量约15万吨。") and not asked.stated_in("（示例）种植面积超过40万亩。")


@pytest.mark.parametrize("question", ["宜君那个基地工资咋样", "融资协调机制累计一共帮企业放了多少贷款"])
def test_pay_and_loans_are_asked_as_sums(question):
    assert [d.name for d in asked_details(question)] == [MONEY]


def test_a_figure_asked_of_a_grave_case_is_told_only_beside_it():
    question = "个人信息保护法里要是情节严重，最高能罚到多少？"
    assert missing_details(question, ["（示例）拒不改正的并处100万元以下罚款。"]) == [MONEY]
    assert missing_details(question, ["（示例）情节严重的，并处50万元以下罚款。"]) == []


def test_a_deadline_is_asked_instead_of_any_date_and_a_batchs_dates_beside_its_name():
    assert [d.name for d in asked_details("截止到几号")] == ["截止日期"]
    question = "小巨人新一轮奖补的第三批啥时候开始申报"
    assert missing_details(question, ["（示例）第一批于2024年6月开始申报。"]) == ["具体时间（公布、申报或发放）"]
    assert missing_details(question, ["（示例）第三批于2026年6月开始申报。"]) == []


def test_a_name_the_question_gives_does_not_answer_whose_it_is():
    question = "聚好单是哪家公司做的"
    assert missing_details(question, ["浙江瓦楞纸行业用“聚好单”拼单生产。"]) == ["具体名称（品牌、公司或平台）"]
    assert missing_details(question, ["（示例）“聚好单”由“某某科技”开发。"]) == []


def test_what_is_left_out_is_told_only_by_an_exclusion():
    question = "电子合同哪些文书不能用电子签，必须签纸质的"
    assert missing_details(question, ["通过实名认证和电子印章在线签署合同、订单。"]) == ["不适用的情形"]
    assert missing_details(question, ["（示例）涉及不动产登记的文书除外。"]) == []


@pytest.mark.parametrize("question", ["电子合同在线签约一般按啥收费", "ERP云版除了年费还有别的隐形费用吗"])
def test_what_it_is_charged_by_and_hidden_charges_ask_how_it_charges(question):
    assert [d.name for d in asked_details(question)] == ["收费方式"]


def test_a_figure_the_question_quotes_is_not_the_sample_size_asked():
    question = "“79%的中小企业处于数字化转型初步探索阶段”这一数据的调查样本量是多少？"
    assert missing_details(question, ["近八成（79%）的中小企业还处在数字化转型的初步探索阶段。"]) == [COUNT]


def test_how_many_levels_a_scale_has_is_a_count():
    assert [d.name for d in asked_details("中小企业数字化水平评测一共分几级")] == [COUNT]
    assert missing_details("一共分几级", ["企业可以免费在线自测，知道自己处在哪一级。"]) == [COUNT]


def test_each_asked_with_fenbie_is_not_a_score():
    [asked] = asked_about("数据标注基地女性员工占比分别是多少")
    assert asked.unit is None and asked.stated_in("女性员工占七成。")


def test_the_rest_of_a_whole_each_is_a_breakdown():
    question = "79%的中小企业处于初步探索阶段，其余处于深度应用阶段的企业占比分别是多少？"
    assert [d.name for d in asked_details(question)] == ["分项数字"]


def test_what_punishment_one_gets_is_a_consequence():
    assert "违规后果" in [d.name for d in asked_details("声明函填了假的，会受什么处罚")]


def test_how_many_days_one_must_pay_within_is_a_period_not_a_sum():
    assert [d.name for d in asked_details("新条例规定大企业到底要多少天内付款")] == ["具体期限或日期"]
    assert [d.name for d in asked_details("一年要多少钱")] == [MONEY]


def test_the_rest_each_at_which_stage_is_a_breakdown():
    assert "分项数字" in [d.name for d in asked_details("其余企业各处在什么阶段")]


def test_a_dates_month_is_not_a_number_of_months():
    [asked] = asked_about("上ERP的话一般实施周期要几个月")
    assert not asked.stated_in("2025年12月31日前制发的优惠同时停止执行。")
    assert asked.stated_in("轻量版一般1—3个月上线。")


def test_the_kind_of_tool_a_case_used_is_not_a_brand_asked():
    assert asked_details("西安那个工人做小程序，用的是什么工具做的") == []
    assert [d.name for d in asked_details("案例里用的是哪个平台")] == ["具体名称（品牌、公司或平台）"]


@pytest.mark.parametrize("question, name", [("犀牛智造的工厂能预约去参观吗", "联系电话或地址"),
                                            ("专门规则出台日期是？", "发布日期"),
                                            ("垂直行业大模型涉及哪些行业", "所含的具体项目"),
                                            ("2027年底到期，2028年还会继续吗", "到期以后的安排")])
def test_visits_issue_days_fields_and_what_follows_are_asked(question, name):
    assert name in [d.name for d in asked_details(question)]


def test_which_taxes_a_term_counts_is_a_list_of_items_not_names():
    assert [d.name for d in asked_details("六税两费到底是哪六个税哪两个费")] == ["所含的具体项目"]


def test_the_askers_own_level_is_not_a_level_required():
    assert asked_details("想测下我们厂数字化到底算第几级") == []
    assert [d.name for d in asked_details("评专精特新至少得测到几级")] == [COUNT]


@pytest.mark.parametrize("question, name", [("ERP除了年费还有啥容易被忽略的费用", "收费方式"),
                                            ("这个优惠2027年以后还延不延续啊", "到期以后的安排")])
def test_overlooked_charges_and_whether_it_goes_on_are_asked(question, name):
    assert [d.name for d in asked_details(question)] == [name]


def test_a_titles_term_and_applying_again_are_not_told_by_a_programmes_term():
    question = "专精特新认定下来以后有效期是不是三年？到期要不要重新申报"
    assert "资格有效期或复核" in [d.name for d in asked_details(question)]
    assert "资格有效期或复核" in missing_details(question, ["分三批（每批不超过三年）重点支持1000余家“小巨人”企业。"])
    assert "资格有效期或复核" not in missing_details(question, ["认定有效期为三年，期满后须重新申报。"])
    # a policy's own validity is its field, not a title's term
    assert "资格有效期或复核" not in [d.name for d in asked_details("这个政策有效期到什么时候")]


def test_how_many_chapters_is_told_only_by_a_count_of_them():
    question = "上海市促进中小企业发展条例一共几章几条"
    assert [d.name for d in asked_details(question)] == ["章节条数"]
    assert missing_details(question, ["2020年6月全面修订并于公布之日起施行。"]) == ["章节条数"]
    assert missing_details(question, ["共9章78条，分章规定公平竞争等内容。"]) == []
    assert missing_details(question, ["见第九十二条。"]) == ["章节条数"]
    # the entries of a list are not the articles of a law
    assert "章节条数" not in [d.name for d in asked_details("负面清单里具体有多少条禁止准入的事项")]
    assert "章节条数" not in [d.name for d in asked_details("小微的条件到底是哪几条")]


@pytest.mark.parametrize("question", ["财政贴息是不是能贴一半利息", "小厂上ERP实施一般三个月能搞定不", "2028年起征点还是10万吗"])
def test_a_figure_to_confirm_asks_a_figure(question):
    assert FIGURE in [d.name for d in asked_details(question)]
    assert FIGURE in missing_details(question, ["通过首贷服务中心获得首次贷款的中小企业可获财政贴息。"])


def test_the_term_a_question_points_at_is_a_list_of_items_told_beside_it():
    question = "文件里老提“工业六基”，这六基具体是哪六个？"
    assert [d.name for d in asked_details("这六基具体是哪六个？")] == ["所含的具体项目"]
    told = "聚焦工业“六基”（基础零部件、基础元器件、基础材料、基础软件、基础工艺和产业技术基础）。"
    assert [a.answered_by(told, "某通知") for a in asked_about(question)] == [True]


def test_whether_a_document_is_out_is_not_told_by_a_plan_to_make_it():
    question = "专门规则是否已经出台"
    assert missing_details(question, ["国家网信部门将针对小型个人信息处理者制定专门的规则和标准。"]) == ["是否已经出台"]
    out = [a for a in asked_about("梯度培育新办法是否已经出台")]
    assert [a.answered_by("工信部2026年1月修订发布的梯度培育办法。", "优质中小企业梯度培育管理办法") for a in out] == [True]


@pytest.mark.parametrize("question, more", [("监管部门会不会对它罚款？罚多少", False),
                                            ("个转企政府有没有一次性奖励？能奖多少钱", False),
                                            ("犀牛智造那个工厂是在哪个城市？是杭州吗", False),
                                            ("那66个试点城市具体是哪些？有合肥吗", False),
                                            ("具体省了几个服务员？有数据吗", False),
                                            ("MES要花多少钱，会不会买了用不起来", True),
                                            ("有没有补贴？每年的会费交多少", True)])
def test_whether_then_how_much_of_the_same_act_and_a_guess_at_the_answer_ask_nothing_more(question, more):
    assert asks_more(question) is more


def test_a_days_figure_is_not_told_by_a_years():
    question = "灵山那个产地仓一天能处理多少吨荔枝"
    assert missing_details(question, ["灵山县荔枝年产量为15.2万吨。"]) == [COUNT]
    assert missing_details(question, ["产地仓每天可处理荔枝300吨。"]) == []


@pytest.mark.parametrize("question", ["建材批发店老是搞不清货还剩多少，有合适的软件吗",
                                      "把设备干了多少活的记录放到链上，能当改不掉的凭证吗"])
def test_a_short_yes_no_after_a_described_trouble_is_not_a_guess(question):
    assert asks_more(question)


def test_a_citys_cap_is_not_a_firms_nor_a_plan_for_a_kind_of_city():
    asked = asked_about("是不是每家企业都能分一笔？省会城市最多能拿多少？")
    assert [a.per_firm for a in asked] == [False]
    capped = "省会城市、计划单列市、兵团获得的中央奖补资金总额上限（拨给城市，不是单个企业可得金额）（1.5亿元）"
    assert [a.stated_in(capped) for a in asked] == [True]
    assert [a.stated_in(capped) for a in asked_about("每家企业最多能拿多少")] == [False]


def test_a_firms_seat_is_not_told_by_where_its_story_took_place():
    question = "聚好单是哪家公司做的？总部在哪"
    assert "总部所在地" in [d.name for d in asked_details(question)]
    assert "所在地区" not in [d.name for d in asked_details(question)]
    assert "总部所在地" in missing_details(question, ["地区：浙江"])


def test_a_term_the_question_quotes_is_what_its_list_is_asked_of():
    question = "新一轮奖补里说聚焦工业“六基”，具体指哪六个？"
    told = "聚焦重点产业链、工业“六基”（基础零部件、基础元器件、基础材料、基础软件、基础工艺和产业技术基础）。"
    assert [a.answered_by(told, "某通知") for a in asked_about(question)] == [True]


def test_not_knowing_how_much_is_left_is_the_askers_trouble():
    assert asked_details("建材批发店老是搞不清货还剩多少") == []


# Details the sixteenth session's blind sets asked, each in an asker's own words.
@pytest.mark.parametrize("question, name", [
    ("每家企业有没有封顶", MONEY),
    ("那28年以后还会不会接着减", "到期以后的安排"),
    ("中小企业声明函模板哪下载", ADDRESS),
    ("手机上有没有小程序入口能直接投诉", ADDRESS),
    ("新办法里专精特新营收门槛多少", MONEY),
    ("原始调查由哪个机构开展", "具体名称（品牌、公司或平台）"),
    ("专门规则是否已经出台", "是否已经出台"),
    ("按电子商务法应该去哪个部门投诉", STEPS),
    ("浙江省数字经济促进条例是省里哪个厅局牵头负责实施的", STEPS),
    ("菜鸟产地仓建在哪个镇", "所在地区"),
    ("是不是要求专精特新中小企业上年营收不低于2000万？", FIGURE),
    ("做维护小程序用的是不是钉钉宜搭", "具体名称（品牌、公司或平台）"),
    ("按件算的话一条几毛", MONEY),
    ("六基具体是哪六个东西啊", "所含的具体项目"),
    ("免费基础版最多能加几个技师", COUNT),
    ("除了工信部和财政部，另外15个是哪些单位", "具体名单"),
    ("我们厂能直接拿到50万补贴吗", FIGURE)])
def test_caps_offices_towns_names_sums_to_confirm_and_other_details_are_asked(question, name):
    assert name in [d.name for d in asked_details(question)]


@pytest.mark.parametrize("question, name", [("留人家号码得有啥前提条件", "联系电话或地址"),
                                            ("服务对象范围：中型企业在不在里面", "具体名单"),
                                            ("权益保护那一章有多少条", "章节条数")])
def test_a_condition_a_kind_of_firm_and_one_chapter_do_not_ask_what_their_words_suggest(question, name):
    assert name not in [d.name for d in asked_details(question)]


# Details the seventeenth session's blind sets asked, each in an asker's own words.
@pytest.mark.parametrize("question, name", [
    ("第一责任人具体是由谁担任", "担任的人或职务"),
    ("一共分为几个等级", COUNT),
    ("达到几级才算合格", COUNT),
    ("2020年那些岗位哪个省最多", "比较结果"),
    ("手续费比PingPong便宜吗", "比较结果"),
    ("三权分置具体是哪三权", "所含的具体项目"),
    ("请完整列出九个工程的名称", "所含的具体项目"),
    ("去投诉平台投诉要交钱吗", "收费方式"),
    ("报名有没有营业额门槛", MONEY),
    ("有没有个具体价位", MONEY),
    ("要在几个小时之内向主管部门报告", TIME),
    ("今年几月份开始申报", "具体时间（公布、申报或发放）"),
    ("AI豆计划是哪一年搞起来的", "起始年份"),
    ("网商银行卫星贷款有问题找谁", STEPS),
    ("福茶网是不是福建安溪那边的", "所在地区"),
    ("2027年底到期后，会延续到2030年吗", "到期以后的安排"),
    ("是不是要求营业收入在1000万以上", FIGURE),
    ("过期了要不要重新测", "资格有效期或复核")])
def test_roles_rankings_lists_fees_hours_and_other_details_are_asked(question, name):
    assert name in [d.name for d in asked_details(question)]


def test_who_holds_a_role_is_not_told_by_the_rule_that_creates_it():
    question = "上海条例里说要明确第一责任人，具体是由谁担任？"
    assert missing_details(question, ["市、区政府明确本行政区域促进中小企业发展工作的第一责任人。"]) == ["担任的人或职务"]
    assert missing_details(question, ["第一责任人由区长担任。"]) == []


def test_a_ranking_is_told_by_what_comes_first_not_by_a_cap():
    question = "那些岗位哪个省最多"
    assert missing_details(question, ["每家企业最多补助600万元。"]) == ["比较结果"]
    assert missing_details(question, ["岗位最多的是广东。"]) == []


@pytest.mark.parametrize("question", ["个体户是不是得经营满一年以上", "具体是由谁担任", "过期了要不要重新测"])
def test_yes_no_forms_and_who_ask(question):
    assert asking_clauses(question) == [question]


@pytest.mark.parametrize("question", ["现在还招不招工", "这算不算违法", "加装传感器值不值"])
def test_yes_no_forms_asking_a_judgement_are_not_asking_clauses(question):
    assert asking_clauses(question) == []


@pytest.mark.parametrize("question", ["财政贴息是全额贴吗？贴息比例是多少",
                                      "是不是一分钱都不用自己出？要自己出的话占多少比例",
                                      "目前已建成哪些？请列出具体名单"])
def test_whether_or_which_then_the_detail_of_the_same_thing_asks_nothing_more(question):
    assert not asks_more(question)


def test_a_clause_that_asks_nothing_is_the_setting_not_the_ask():
    # "…价格…靠谱不" speaks of the prices customers ask; only "咋计费" is asked of the records
    question = "AI客服一般咋计费的？让AI直接回答顾客价格跟售后问题靠谱不"
    assert [a.detail.name for a in asked_about(question)] == ["收费方式"]
    # where nothing else asks, a clause ending in 不 asks, and so does a request
    assert [a.detail.name for a in asked_about("外卖系统收钱不")] == ["收费方式"]
    assert MONEY in [a.detail.name for a in asked_about("我在开奶茶店，想了解一下收银机的价位，另外怎么安装")]


@pytest.mark.parametrize("question, kind", [("量少人家不给好价钱", None), ("价格扣除几个点", RATE),
                                            ("TMS价格大概多少", MONEY), ("外卖系统价格？", MONEY),
                                            ("收不收费啊", None)])
def test_a_price_named_is_not_a_price_asked(question, kind):
    names = [d.name for d in asked_details(question)]
    assert (MONEY in names) is (kind == MONEY) and (RATE in names) is (kind == RATE)


def test_whether_a_new_round_exists_is_for_a_later_version_to_tell():
    assert asked_details("专精特新奖补有没有新一轮") == []


def test_cantonese_yes_no_asks():
    assert asking_clauses("有冇小厂凑在一起采购的做法") == ["有冇小厂凑在一起采购的做法"]


# -- nineteenth session: ways of asking read in blind sets --------------------------------------------------------

CHARGING, BRAND, ITEMS, NAMES = "收费方式", "具体名称（品牌、公司或平台）", "所含的具体项目", "具体名单"


@pytest.mark.parametrize("question, kind", [
    ("聚好单拼单生产要不要收服务费", CHARGING), ("投诉平台投诉有没有手续费", CHARGING), ("有没有具体报价", MONEY),
    ("这个数据的调查样本量是多少", COUNT), ("调查机构是哪家", BRAND), ("瑜伽馆那个案例用的是哪个软件", BRAND),
    ("第三批啥时候开始报", "具体时间（公布、申报或发放）"), ("声明函填假了会被怎么罚", "违规后果")])
def test_fees_quotes_samples_software_openings_and_penalties_are_asked(question, kind):
    assert kind in [d.name for d in asked_details(question)]


def test_what_kind_of_tool_a_case_used_is_not_a_brand():
    assert BRAND not in [d.name for d in asked_details("那个案例用的是什么软件")]


def test_what_the_asker_sets_aside_or_gives_as_an_example_is_not_asked():
    assert RATE not in [d.name for d in asked_details("跨境收款除了费率还有啥别的成本要留意")]
    assert asking_clauses("声明函要是填错了，比如人数多写了几个，会被罚多少钱") == ["会被罚多少钱"]
    assert asking_clauses("比如能补多少") == ["比如能补多少"]  # the question itself, not an example before it


def test_a_fine_asked_is_told_by_a_fine_not_by_the_interest_owed():
    question = "大企业超过60天不付款，除了付逾期利息以外，会不会被罚款？罚多少"
    assert missing_details(question, ["（示例）未按期付款的，按每日万分之五支付逾期利息，最高不超过5万元。"]) == [MONEY]
    assert missing_details(question, ["（示例）逾期不付款的，处5万元以上10万元以下罚款。"]) == []


def test_a_comparison_of_figures_asked_each_is_told_by_the_figures():
    question = "就业机会和小程序岗位分别有多少万个？哪个增长更快"
    assert "比较结果" not in [a.detail.name for a in asked_about(question)]
    assert "比较结果" in [a.detail.name for a in asked_about("哪家收款平台费率更低")]


def test_the_members_a_count_names_are_a_list_of_items():
    assert [a.detail.name for a in asked_about("工业“六基”到底是哪六个基础")] == [ITEMS]
    assert missing_details("工业“六基”到底是哪六个基础",
                           ["聚焦工业“六基”（基础零部件、基础元器件、基础材料、基础软件、基础工艺和产业技术基础）。"]) == []
    question = "规划是19个部门联合发的，具体是哪19个部门"
    assert missing_details(question, ["工信部牵头、19个部门和单位联合发布。"]) == [ITEMS]


def test_a_loan_asked_where_to_seek_is_told_by_where_to_seek_financing():
    (asked,) = asked_about("想借点贷款去哪报名")
    assert asked.answered_by("可向所在区县的融资协调工作专班提出融资需求。", "支持小微企业融资协调工作机制")
    (asked,) = asked_about("专精特新怎么申报")
    assert not asked.answered_by("可向所在区县的融资协调工作专班提出融资需求。", "支持小微企业融资协调工作机制")


def test_the_members_of_something_named_are_asked_by_juti_you_naxie():
    question = "民营经济促进法说的市场准入负面清单，里面具体有哪些行业是不让民企进的"
    assert ITEMS in [d.name for d in asked_details(question)]
    missing = missing_details(question, ["实行全国统一的市场准入负面清单制度，清单以外领域各类经济组织可依法平等进入。"])
    assert missing == ["清单或目录的条目", ITEMS]  # (the list's entries, which a record saying it exists does not give)


@pytest.mark.parametrize("question", ["79%的中小企业在初步探索阶段，那已经到深度应用阶段的占多少",
                                      "79%以外那部分，已经进入深度应用阶段的占比是多少"])
def test_a_figure_set_down_before_another_is_asked_does_not_answer_it(question):
    assert missing_details(question, ["近八成（79%）的中小企业还处在数字化转型的初步探索阶段。"]) == [RATE]


def test_how_the_work_runs_with_a_tool_is_not_how_to_apply():
    assert STEPS not in [d.name for d in asked_details("小餐馆上了扫码点餐之后流程是怎么走的")]
    assert STEPS in [d.name for d in asked_details("扫码点餐补贴的申请流程是怎么走的")]


def test_a_name_is_not_told_by_a_sentence_sharing_one_character_of_a_split_word():
    (asked,) = asked_about("瑜伽馆约课那个案例用的是哪个软件")
    title = "瑜伽馆用SaaS做课程预约"
    assert not asked.answered_by("课程、教练和会员课时要人工核对，约课靠微信群，容易乱。", title)
    assert asked.answered_by("（示例）约课软件用的是“小约课”小程序。", title)


# -- twentieth session: ways of asking read in blind sets ---------------------------------------------------------
CHARGING = "收费方式"


@pytest.mark.parametrize("question", ["给产品做一物一码溯源，费用大概由哪几块组成", "溯源系统费用一般是怎么收的？",
                                      "费用包括哪些"])
def test_how_a_bill_is_made_up_is_asked_as_the_way_of_charging_not_a_sum(question):
    assert [d.name for d in asked_details(question)] == [CHARGING]
    assert missing_details(question, ["费用方式：多为平台年费加按码量计费，印刷或标签成本另计。"]) == []


def test_a_sum_of_the_bill_is_still_a_sum():
    assert [d.name for d in asked_details("费用大概多少")] == [MONEY]


@pytest.mark.parametrize("question", ["对接公安登记系统要不要另外交钱？", "加入要不要交会员费", "要不要交押金"])
def test_whether_an_extra_charge_is_due_asks_the_way_of_charging(question):
    assert CHARGING in [d.name for d in asked_details(question)]


def test_a_charge_by_need_tells_how_a_service_is_charged():
    assert missing_details("费用是怎么收的？", ["本地的小程序服务商替商户开发、运营小程序，商户按需付费。"]) == []


def test_a_fraction_gives_a_share_but_not_an_interest_rate():
    said = ['2020年，首批推广的涉农县区数（"690余个"，约占全国涉农县区三分之一）为690个。']
    assert missing_details("第一批推广了多少个涉农县区？占全国比例多少？", said) == []
    assert RATE in missing_details("种粮户年利率大概几厘？", said)
    assert missing_details("年利率大概几厘？", ["贷款年利率约为4.5%。"]) == []


def test_figures_asked_of_each_growth_also_answer_which_grew_faster():
    question = "小程序岗位和整个微信生态的就业机会，哪个同比增长更快？各增长了百分之多少"
    assert [d.name for d in asked_details(question)] != [] and "比较结果" not in [a.detail.name for a in asked_about(question)]


def test_whether_there_are_data_asks_a_figure():
    question = "福茶网上区块链之后，售价提高了多少？复购率有数据吗"
    assert not asks_more(question)
    assert missing_details(question, ["论文用这个例子说明，小茶企也能借区块链建立买家信任。"]) == [FIGURE]


def test_one_chapters_count_is_not_told_by_the_whole_laws():
    question = "民营经济促进法里权益保护那一章具体有几条？"
    assert missing_details(question, ["共9章78条，分章规定公平竞争、权益保护和法律责任。"]) == ["某一章的条数"]
    assert missing_details(question, ["第六章权益保护共有12条。"]) == []


def test_how_a_score_is_made_up_needs_points_or_weights():
    question = "数字化水平评测要达到三级，得打多少分？各项指标怎么算分的"
    assert not asks_more(question)
    assert "评分办法" in missing_details(question, ["企业自愿在线填报并作真实性承诺，即可得到评测结果。"])


@pytest.mark.parametrize("question", ["中小企业声明函模板哪下载", "声明函有没有统一模板？", "那个声明函的格式去哪儿下载？"])
def test_a_forms_template_is_not_told_by_the_site_where_notices_appear(question):
    said = ["关注中国政府采购网及各地政府采购平台发布的采购公告，投标时按采购文件要求提交中小企业声明函。"]
    assert "模板或格式" in missing_details(question, said)
    assert "模板或格式" not in missing_details(question, ["声明函格式见本办法附件。"])
    assert missing_details(question, ["声明函模板可在中国政府采购网下载。"]) == []


def test_a_count_in_ge_counts_the_noun_after_it():
    said = ["分批支持约100个城市开展中小企业数字化转型试点。"]
    assert missing_details("方案说要建设垂直行业大模型，计划具体建多少个？", said) == [COUNT]
    assert missing_details("分批支持多少个城市搞试点？", said) == []
    assert missing_details("一共推广了多少个县？", ["第一步在全国690多个涉农县区推广。"]) == []
    assert missing_details("负面清单现行版本共列有多少个事项？", ["首次把“两个毫不动摇”写入法律。"]) == [COUNT]


@pytest.mark.parametrize("question", ["按数据安全法，数据泄露闹出严重后果的话最高罚多少钱",
                                      "企业不履行保护义务，直接负责的主管人员个人要罚多少？"])
def test_a_fine_asked_of_a_case_or_a_person_is_told_only_beside_it(question):
    said = ["不履行数据安全保护义务的，可被责令改正、警告，并处5万元以上50万元以下罚款；造成大量数据泄露等严重后果的处罚更重。"]
    assert missing_details(question, said) == [MONEY]
    assert missing_details("没做好数据保护会被罚多少", said) == []


def test_the_departments_leading_a_scheme_are_the_office_not_a_brand():
    question = "支持小微企业融资协调工作机制由哪些部门牵头？"
    assert "具体名称（品牌、公司或平台）" not in [d.name for d in asked_details(question)]
    assert missing_details(question, ["国家层面由金融监管总局、国家发展改革委牵头，省、市、区县建立相应工作机制和专班"]) == []
    assert missing_details(question, ["把合格的小微企业推给银行，由银行尽快对接放贷"]) == [STEPS]


def test_a_city_asked_within_a_named_province_is_where_a_firm_is():
    question = "福茶网用区块链做茶叶溯源，这家企业是在福建哪个市？"
    assert missing_details(question, ["论文用这个例子说明，小茶企也能借区块链建立买家信任。"]) == ["所在地区"]
    assert missing_details(question, ["地区：福建省安溪县"]) == []


@pytest.mark.parametrize("question", ["专精特新中小企业认定下来以后，有效期是几年？",
                                      "数字化水平评测自测出来的等级，是不是一年内有效，过期了要重新测？",
                                      "2022年已经评上重点小巨人拿过奖补了，2024年这一轮还能不能再报一次？"])
def test_a_titles_term_or_applying_again_is_not_a_programmes_years(question):
    assert missing_details(question, ["中央财政对每家企业连续支持3年。"]) == ["资格有效期或复核"]
    assert missing_details(question, ["认定有效期为三年，期满后须重新申报。"]) == []
    assert [a.detail.name for a in asked_about("这个政策有效期多久")] == [TIME]


def test_a_rule_against_applying_twice_tells_whether_one_may_apply_again():
    assert missing_details("去年评上过，今年还能不能再报？", ["已获支持的企业不得重复申报。"]) == []


def test_whether_a_deadline_can_move_needs_a_sentence_about_extending_it():
    question = "第三批试点城市的申报截止时间能不能往后延？我们材料还没准备完"
    assert missing_details(question, ["企业所在城市须入选第三批试点。"]) == ["能否延期"]
    assert missing_details(question, ["逾期不予受理。"]) == []


def test_a_link_to_the_system_named_is_told_only_beside_that_system():
    question = "瑜伽馆用的约课SaaS能不能直接跟美团、大众点评的预约打通？"
    assert missing_details(question, ["可与银行流水、进销存数据对接。"]) == ["能否与您说的系统对接"]
    assert missing_details(question, ["可与美团、大众点评的预约对接。"]) == []
    assert [a.tie for a in asked_about(question)] == [frozenset({"美团", "大众", "点评"})]  # the systems, not 预约
    assert asked_about("能不能跟别的厂凑一块买") == []  # buying together is no link between systems
    assert not asks_more(question)  # the clause the "、" cut asks the link, nothing more


def test_a_sum_of_loans_is_not_told_by_a_count_in_ten_thousands():
    question = "全国通过该机制累计发放了多少小微贷款？"
    assert missing_details(question, ["截至2025年6月末各地累计走访超过9000万户经营主体。"]) == [FIGURE]
    assert missing_details(question, ["累计发放贷款超过12万亿元。"]) == []


def test_one_small_factorys_sum_is_asked_per_firm():
    [asked] = asked_about("我们城市要是入选数字化转型试点了，一个小厂最多能分到多少补贴？")
    assert asked.per_firm


def test_a_price_in_fen_asks_a_sum_and_listing_all_asks_the_names():
    assert missing_details("会员营销发短信几分钱一条", ["短信、营销推送等增值服务另计。"]) == [MONEY]
    assert missing_details("九大工程，请把九个工程的名称全部列出来", ["它确定了一系列工程。"]) == ["具体名单"]


def test_the_exact_figure_behind_a_rounded_one_the_question_quotes_is_told_beside_it():
    said = ["近八成（79%）的中小企业还处在数字化转型的初步探索阶段。"]
    assert missing_details("经常听说近八成中小企业还在初步探索阶段，准确的百分比是多少？", said) == []
    assert missing_details("说是近八成还在初步探索，那深度应用的占比是多少？", said) == [RATE]


def test_a_year_beside_a_figure_the_question_quotes_is_not_the_year_asked():
    question = "2021年微信生态带来的就业机会是多少万个？比2020年的3684万涨了多少"
    assert {a.year for a in asked_about(question)} == {2021}
    assert COUNT in missing_details(question, ["2020年，微信生态带来约3684万个就业机会，比上年增长24.4%。"])


def test_a_figure_asked_of_one_province_is_not_told_by_a_sentence_on_another():
    question = "AI豆计划在山西那边的数据标注基地一共有多少名标注员？"
    assert missing_details(question, ["陕西宜君县数据标注基地员工为200人。"]) == [COUNT]
    assert missing_details(question, ["山西某县数据标注基地员工为150人。"]) == []
    assert missing_details("数据标注基地一共有多少名标注员？", ["陕西宜君县数据标注基地员工为200人。"]) == []


def test_a_serious_case_named_as_a_situation_is_told_only_beside_it():
    question = "数据安全法里造成大量数据泄露的严重情形，罚款上限具体是多少？"
    said = ["不履行数据安全保护义务的，并处5万元以上50万元以下罚款；造成大量数据泄露等严重后果的处罚更重。"]
    assert missing_details(question, said) != []


def test_being_blacklisted_is_a_consequence():
    question = "声明函要是填错了员工人数，会不会被拉进黑名单？"
    assert missing_details(question, ["投标时须按规定提交中小企业声明函，如实填写从业人员。"]) == ["违规后果"]
    assert missing_details(question, ["提供虚假声明函的，列入不良行为记录名单。"]) == []


def test_whether_the_askers_own_figure_falls_under_a_term_needs_the_terms_bound():
    question = "我在闲鱼上一年卖了八万多，这算不算零星小额交易？"
    assert missing_details(question, ["个人从事零星小额交易等可以不登记。"]) == ["认定的数额界限"]
    assert missing_details(question, ["零星小额交易指年交易额不超过10万元。"]) == []
    assert asked_about("我开了个奶茶店算不算小微") == []
    # a list's members asked, not a bound: "算不算在里头" after "哪六个"
    assert [a.detail.name for a in asked_about("六基到底是哪六个？我们做工业基础软件的算不算在里头")] == ["所含的具体项目"]


def test_rather_worth_it_compares_nothing_named():
    assert asked_about("想上大棚传感器，是不是一次全铺开比较划算？") == []
    assert [a.detail.name for a in asked_about("用友比金蝶便宜吗")] == ["比较结果"]


def test_the_askers_own_level_is_not_a_count_a_record_gives():
    assert [a.detail.name for a in asked_about("想先摸摸底我们厂数字化到底算几级，那个自测系统要钱不？")] == ["收费方式"]
    assert [a.detail.name for a in asked_about("数字化水平评测一共分几级")] == [COUNT]


@pytest.mark.parametrize("question", ["陕西宜君那个数据标注基地是哪一年建起来的", "电池上链管理从哪年开始的"])
def test_the_year_something_began_is_told_only_beside_its_beginning(question):
    assert missing_details(question, ["起步时约20人，现有员工200余人。"]) == ["起始年份"]


def test_the_day_a_rule_takes_effect_needs_a_day():
    question = "财库〔2022〕19号把价格扣除提高到10%—20%，具体自哪天起执行？"
    assert missing_details(question, ["未预留份额的项目对小微企业报价给予10%—20%的价格扣除。"]) == ["施行日期"]
    assert missing_details(question, ["价格扣除比例自2022年7月1日起执行。"]) == []


def test_whether_a_firm_got_support_needs_a_sentence_on_support():
    question = "东石那个行业APP开发时有没有拿到政府补贴"
    assert missing_details(question, ["用一个行业APP把配件厂、成品厂和订单信息放到一起。"]) == ["是否获得补贴"]
    assert missing_details(question, ["APP开发获得当地政府数字化补助。"]) == []


def test_what_a_revision_changed_is_told_only_by_a_change_named():
    question = "2024版数字化评测指标比2022版具体删了哪些、加了哪些指标？"
    assert missing_details(question, ["在2022年版基础上修订的数字化水平评测指标。"]) == ["具体改动"]
    assert missing_details(question, ["2024年版指标新增了数据安全方面的评测指标。"]) == []


@pytest.mark.parametrize("question", ["个体户是不是得经营满一年以上，融资协调专班才会把我推荐给银行？",
                                      "个体户刚开张不到一年能被专班推荐给银行吗", "有没有要经营满一年的硬杠杠"])
def test_a_length_of_trading_asked_as_a_condition_needs_one_stated(question):
    said = ["一般要求合规持续经营、有固定经营场所、信用良好、有真实融资需求。"]
    assert missing_details(question, said) == ["经营年限要求"]
    assert missing_details(question, ["申请企业须注册成立满一年以上。"]) == []


def test_a_length_of_trading_before_a_can_i_asks_whether_it_will_do():
    question = "我个体户刚开张不到一年，能被融资协调专班推荐给银行吗？"
    assert [a.detail.name for a in asked_about(question)] == ["经营年限要求"] and not asks_more(question)


def test_a_length_of_trading_told_as_the_askers_setting_asks_nothing():
    assert [a.detail.name for a in asked_about("开了三年的店想上收银系统多少钱")] == [MONEY]


def test_a_time_limit_on_acting_is_not_told_by_a_deadline_to_answer():
    question = "三年前的工程款一直没给，现在还能不能去投诉平台投诉？有没有时间限制"
    said = ["国家建立统一的拖欠中小企业款项投诉平台，处理部门一般30日内、最长90日内书面反馈处理结果。"]
    assert "时效限制" in missing_details(question, said)
    assert "时效限制" not in missing_details(question, ["应当自知道权利受到损害之日起三年内提出投诉。"])


def test_a_score_given_with_its_level_asks_the_cut_offs():
    # "我们自测60分算几级": the asker's score, whose level only the cut-offs tell (not the asker's own to find out)
    assert [a.detail.name for a in asked_about("我们自测60分算几级")] == ["具体数量"]
    assert asked_about("我们厂数字化到底算几级") == []


def test_a_transition_period_asked_with_how_long():
    names = [a.detail.name for a in asked_about("按暂行办法认定的企业过渡期有多长，什么时候要重新复核？")]
    assert TITLE_TERM in names


@pytest.mark.parametrize("question, detail", [
    ("CRM能不能直接对接企业微信和抖音来客，线索自动同步进系统？", LINKED),
    ("民宿PMS能直连哪些平台？携程、美团、爱彼迎都支持吗", LINKED),
    ("政采投标的中小企业声明函，需要去公证吗？还是盖个公章就行", "公证、备案或盖章要求"),
    ("小网店收了顾客手机号，需要专门指定个人信息保护负责人吗", "担任的人或职务"),
    ("携程那个接口是哪个版本", "具体版本"),
    ("犀牛智造工厂用的是啥MES系统", BRAND),
    ("已确定的大模型名单及所涉行业有哪些？", NAMES),
    ("上海条例要求明确第一责任人，区一级具体是区长还是区委书记？", "担任的人或职务"),
    ("奖补资金是一次性拨付给试点城市，还是按年度分期拨付？", "拨付方式"),
    ("一百万家创新型中小企业的目标是否已经实现？", "实施结果或评估结论"),
    ("名额是按省分配的吗", "名额分配方式"),
    ("专精特新小巨人认定以后到期要不要复核", TITLE_TERM),
])
def test_details_asked_in_the_twenty_second_sessions_sets(question, detail):
    assert detail in [a.detail.name for a in asked_about(question)]


def test_a_link_is_told_only_by_a_sentence_naming_the_system():
    question = "CRM能不能直接对接企业微信和抖音来客？"
    assert LINKED in missing_details(question, ["把到店或平台来的客人加到企业自己的微信和社群里。"])
    assert missing_details(question, ["可与企业微信对接，线索自动同步。"]) == []


def test_a_formality_is_told_only_by_a_sentence_naming_one():
    question = "声明函需要去公证吗"
    assert missing_details(question, ["投标时按采购文件要求提交中小企业声明函。"]) == ["公证、备案或盖章要求"]
    assert missing_details(question, ["声明函由企业盖章后提交，无需公证。"]) == []


def test_a_version_is_told_by_a_version_stated():
    assert missing_details("评测指标现在用哪个版本", ["企业可以免费在线自测。"]) == ["具体版本"]
    assert missing_details("评测指标现在用哪个版本", ["《中小企业数字化水平评测指标（2024年版）》"]) == []


def test_how_money_is_paid_out_needs_a_sentence_saying_so():
    question = "奖补资金是一次性拨付，还是按年度分期拨付？"
    assert missing_details(question, ["中央财政对试点城市给予定额奖励。"]) == ["拨付方式"]
    assert missing_details(question, ["奖补资金分两次拨付。"]) == []


def test_a_funds_size_is_a_sum_not_the_year_it_began():
    question = "中小企业发展基金多大"
    assert missing_details(question, ["2002年制定的中小企业基本法，各级政府的发展基金都以它为依据。"]) != []
    assert missing_details(question, ["国家中小企业发展基金首期规模357.5亿元。"]) == []


def test_a_transition_is_told_only_by_a_sentence_on_one():
    question = "去年签的甲供合同还没干完，有没有过渡期？"
    assert missing_details(question, ["《关于增值税法施行后增值税优惠政策衔接事项的公告》"]) == ["过渡安排"]
    assert missing_details(question, ["此前已签订的合同，可继续按原规定执行至合同期满。"]) == []
    # a term's end is not a transition
    assert missing_details("有冇过渡规定？", ["对方拖延验收的，从约定验收期届满之日起算。"]) == ["过渡安排"]


def test_whether_money_is_clawed_back_is_a_consequence():
    question = "如绩效评价不达标，中央奖补资金是否会被收回或扣减？"
    assert missing_details(question, ["中央财政对试点城市给予定额奖励。"]) == ["违规后果"]
    assert missing_details(question, ["绩效评价不合格的，收回中央奖补资金。"]) == []


def test_the_second_half_of_a_choice_asks_only_with_its_question_mark():
    assert asking_clauses("奖补资金是一次性拨付，还是按年度分期拨付？") == ["还是按年度分期拨付"]
    assert asking_clauses("那份指南我看了，还是一头雾水，有没有电话能约专家？") == ["有没有电话能约专家"]
    # the choice alone is no part the passages answer: a detail asked beside it that no record states declines it
    assert not asks_more("现场评定是工信局自己派人评，还是委托第三方机构评？评定不过会怎么样")


def test_a_figure_heard_is_confirmed_only_by_a_figure_of_that_thing():
    question = "听说灵山荔枝用了阿里云以后，线上销售额翻了三倍，是真的吗？"
    [asked] = asked_about(question)
    assert asked.detail.name == "这个数字的出处" and {"线上", "销售额"} <= asked.tie
    assert missing_details(question, ["灵山县荔枝种植面积为40万亩。"]) == ["这个数字的出处"]
    assert missing_details(question, ["上云后线上销售额增长了两倍。"]) == []
    # the document it is said to be in is not what the figure is of
    assert "条例" not in asked_about("网络数据安全管理条例规定要在15个工作日内处理完，对吗？")[0].tie
    assert asked_about("这个政策是真的吗") == []


@pytest.mark.parametrize("question, detail", [
    ("这个指引发了没？", "是否已经出台"), ("已经建成的垂直行业大模型都有哪些？", NAMES),
    ("合作银行是不是只有农商行和邮储银行？", NAMES), ("垂直行业大模型具体建几个？", "具体数量"),
    ("这季度卖了32万，是不是只有超过30万的那2万要交增值税？", "具体数字"),
    ("犀牛智造是不是阿里巴巴旗下的？", BRAND), ("工厂在杭州吗", "所在地区"), ("用的哪家的区块链", BRAND),
])
def test_more_details_asked_in_the_polite_and_multi_part_sets(question, detail):
    assert detail in [a.detail.name for a in asked_about(question)]


@pytest.mark.parametrize("question", ["一物一码溯源系统收费是按码量算的吗", "MES系统是买断还是交年费？想了解下费用结构"])
def test_what_a_charge_is_counted_by_or_made_of_is_how_it_is_charged(question):
    assert [d.name for d in asked_details(question)] == ["收费方式"]
    assert missing_details(question, ["费用方式：多为平台年费加按码量计费，印刷或标签成本另计。"]) == []
    assert [d.name for d in asked_details("费用结构里软件费占多少")] != ["收费方式"]


def test_the_issuers_asked_by_the_verb_of_issuing_are_no_brand():
    assert BRAND not in [d.name for d in asked_details("该方案由哪些部门联合印发？")]
    assert BRAND in [d.name for d in asked_details("调查由哪个机构开展")]


def test_a_rate_asked_in_points_of_a_named_scheme_needs_a_sentence_naming_it():
    [asked] = asked_about("北京首贷服务中心拿到第一笔贷款的贴息，具体贴多少个点？")
    assert {"首贷", "贴息"} <= asked.near and "个点" not in specific_words(asked.near, "")


def test_the_countries_sold_to_are_names_asked():
    assert NAMES in [d.name for d in asked_details("卖到了哪几个国家")]


@pytest.mark.parametrize("question, detail, silent, says", [
    ("网商银行这种卫星遥感贷款要不要找担保人？", "是否需要担保或抵押", "农户没有抵押物，也缺少信用记录。", "无需担保人，凭卫星数据授信。"),
    ("平台会不会直接帮我们代扣代缴增值税？", "是否代扣代缴", "小规模纳税人月销售额10万元以下免征增值税。", "平台依法代扣代缴相关税款。"),
])
def test_a_guarantor_or_withholding_asked_needs_a_sentence_on_it(question, detail, silent, says):
    assert missing_details(question, [silent]) == [detail]
    assert missing_details(question, [says]) == []


def test_how_a_lender_arrives_at_a_sum_is_not_asking_the_sum():
    assert asked_details("具体银行是咋判断给多少额度的") == []
    assert asked_details("银行一般给多少额度") != []


def test_a_bar_to_clear_or_a_figure_now_is_not_told_by_a_target():
    [level] = asked_about("数字化水平评测要测到第几级才能去报专精特新")
    assert level.not_target
    assert not level.answered_by("目标到2027年形成一批数字化水平达到三级、四级的标杆企业。", "")
    [now] = asked_about("现在全国中小企业上云率是多少？")
    assert now.not_target


def test_a_figure_heard_is_confirmed_only_by_a_figure_of_its_kind():
    question = "听说现在小巨人认定要研发投入占营收百分之十以上，是不是这个数"
    assert missing_details(question, ["重点支持的国家级小巨人企业数量1000家。"]) == ["这个数字的出处"]
    assert missing_details(question, ["小巨人认定要求研发投入占营收比重不低于3%。"]) == []
    assert [a.detail.name for a in asked_about("听别人说起征点2028年要提到十五万了，有这个消息吗")] == ["这个数字的出处"]


def test_a_ranking_of_products_named_needs_a_sentence_naming_one():
    question = "简道云、宜搭、明道云这几个低代码平台，哪个最适合小工厂？"
    assert missing_details(question, ["低代码开发：不写或少写代码，由业务人员自己搭出贴合流程的小应用。"]) == ["比较结果"]
    assert missing_details(question, ["对小工厂而言，简道云最划算。"]) == []


@pytest.mark.parametrize("question, detail", [
    ("关于那个比例，哪一年调查的", "起始年份"), ("接入的是哪条区块链", BRAND), ("有没有我们赣州？", NAMES),
    ("具体是浙江哪个地级市的？", "所在地区"), ("对直接负责的领导给什么处分？", "违规后果"),
    ("城市试点那笔钱我一个小店能分到多少", MONEY), ("上ERP实施费一般得几万", MONEY), ("申报几月份截止？", "截止日期"),
    ("现在改按多少税率交？", RATE),
])
def test_details_asked_in_the_twenty_third_sessions_sets(question, detail):
    assert detail in [a.detail.name for a in asked_about(question)]


def test_what_is_not_asked():
    assert asked_details("想知道我们厂数字化水平到底是几级") == []
    assert [d.name for d in asked_details("签单之前要看清楚哪些费用和条款")] == ["收费方式"]
    assert asked_details("个人信息保护法的主席令编号是多少") == []  # a 文号, which the record's field gives
    assert asked_details("具体是怎么估算贷款额度的") == []
    assert asked_details("有没有我们这种小店能用的工具") == []


def test_a_tier_set_aside_does_not_qualify_the_figure():
    question = "按数据安全法一般情况下（没造成大量数据泄露这种严重后果）罚款区间是多少？"
    assert all("严重后果" not in a.tie for a in asked_about(question))
    assert any("严重后果" in a.tie for a in asked_about("造成严重后果的罚多少"))


def test_turnover_asked_is_a_sum_or_a_share():
    [asked] = asked_about("营收和研发投入分别要达到多少？")
    assert not asked.stated_in("优质中小企业分为三个层级。") and asked.stated_in("营业收入不低于2000万元。")


def test_a_level_asked_is_a_level_not_a_count_of_tiers():
    question = "申报专精特新，数字化水平评测至少要达到几级才算合格？"
    assert missing_details(question, ["优质中小企业分为三个层级。"]) == ["具体数量"]
    assert missing_details(question, ["评测结果达到三级以上的可认定。"]) == []


def test_a_figure_heard_of_a_year_to_come_is_not_confirmed_by_a_term_ending_before_it():
    question = "听别人说小规模纳税人的起征点2028年要提到十五万了，有这个消息吗"
    assert missing_details(question, ["2026年1月1日至2027年12月31日，起征点为按月销售额10万元。"]) == ["这个数字的出处"]


def test_a_city_asked_is_not_told_by_a_province():
    question = "浙江瓦楞纸行业用聚好单拼单生产的案例，具体是浙江哪个地级市的？"
    assert missing_details(question, ["行业：制造业；地区：浙江省；数字化阶段：集成协同。"]) == ["所在地区"]
    assert missing_details(question, ["行业：制造业；地区：浙江省杭州市；数字化阶段：集成协同。"]) == []
    assert missing_details("那个案例是哪个省的？", ["行业：制造业；地区：浙江省；数字化阶段：集成协同。"]) == []


@pytest.mark.parametrize("question, detail", [
    ("最多能续几次？", "具体数量"), ("比2020年版多了几项", "具体数量"), ("这个规则现在出了没有？", "是否已经出台"),
    ("在哪个入口能投诉", "网址或下载地址"), ("690多个县里有没有我们县？", NAMES), ("前两批66个城市，里面有没有洛阳？", NAMES),
    ("到期是不是要按新标准重新认定", TITLE_TERM),
])
def test_details_asked_in_the_second_wave(question, detail):
    assert detail in [a.detail.name for a in asked_about(question)]


def test_whether_a_rule_holds_something_is_no_list():
    assert NAMES not in [d.name for d in asked_details("条例里面有没有罚则")]
    assert asked_details("里面有没有补贴") == []


@pytest.mark.parametrize("question, says", [
    ("六税两费减半，要先去税务局审批备案吗", "无需另行审批，在纳税申报时按规定填报即可享受。"),
    ("现在维权该依据哪一版款项支付条例？", "2025年修订后的防拖欠条例，2025年6月1日起施行。"),
])
def test_no_formality_and_a_revision_year_are_answers(question, says):
    assert missing_details(question, [says]) == []


def test_a_minimum_level_to_meet_is_not_told_by_a_target():
    [asked] = asked_about("专精特新中小企业认定要求数字化水平至少达到第几级？")
    assert asked.not_target and asked.stated_in("评测结果达到三级以上。")
    assert not asked.answered_by("目标到2027年形成一批数字化水平达到三级、四级的标杆企业。", "")
    assert not any(a.not_target for a in asked_about("新一轮行动目标至少改造多少家"))  # a target asked


def test_a_mobile_channel_asked_is_an_address():
    assert [d.name for d in asked_details("手机上能直接投诉吗？")] == ["网址或下载地址"]


@pytest.mark.parametrize("question, detail", [
    ("电子签平台一般按什么方式收费？", "收费方式"), ("这个拼单平台对纸箱厂怎么收钱", "收费方式"),
    ("前两批的66个城市里，有没有河南洛阳", NAMES), ("APP叫什么名字，由谁开发运营？", "具体名称（品牌、公司或平台）"),
    ("手机上哪个app能投诉", "具体名称（品牌、公司或平台）"), ("声明函模板在原文第几页？", "页码"),
    ("这个数据是哪一年的", "数据年份"), ("矿区自动驾驶是哪年开始落地的", "起始年份"), ("在哪个矿上跑的", "所在地区"),
    ("具体哪些行业属于限制和禁止的？", "所含的具体项目"), ("申报材料最晚什么时候要报到两部委？", "截止日期"),
])
def test_details_asked_in_the_twenty_fourth_session(question, detail):
    assert detail in [a.detail.name for a in asked_about(question)]


def test_how_a_rule_treats_charges_asks_no_price():
    assert asked_details("优化营商环境条例对涉企收费和保证金是怎么规定的") == []
    assert [d.name for d in asked_details("评价要拿到多少分才能通过")] == [FIGURE]  # a score, not money


def test_a_rough_count_is_a_count():
    [asked] = asked_about("一把伞大概要多少个配件？")
    assert asked.stated_in("一把伞要几十到上百个配件，分散在很多小厂。")
    assert not asked.stated_in("配件分散在很多小厂。")


def test_how_big_asks():
    assert asking_clauses("产地仓建在哪个镇，仓库有多大面积") == ["产地仓建在哪个镇", "仓库有多大面积"]
    assert asking_clauses("没多大区别，我们就想省点事") == []


def test_a_town_or_county_asked_is_not_told_by_a_larger_place_or_another_province():
    [town] = asked_about("产地仓建在哪个镇")
    assert not town.stated_in("灵山县荔枝种植面积40万亩。") and town.stated_in("产地仓建在灵山县新圩镇。")
    [county] = asked_about("AI豆计划在山西的基地具体设在哪个县？")
    assert not county.stated_in("公开报道提到的基地在陕西、山西等地的县城。")
    assert not county.stated_in("陕西宜君县的基地从20人起步。")
    assert county.stated_in("山西某某县建了基地。")


def test_a_fine_is_told_only_by_a_record_naming_the_act():
    [fine] = asked_about("网店首页没挂营业执照，被查到的话一般罚多少")
    assert "营业执照" in fine.offence and "查到" not in fine.offence
    assert not any(a.offence for a in asked_about("网店首页没挂营业执照，要挂在哪"))  # no fine asked


@pytest.mark.parametrize("question", ["小餐馆扫码点餐系统一年订阅费多少钱，几百块还是几k",
                                      "标注员一个月能挣多少钱，有没有3k", "收银系统一年大概多少钱？软件年费一般是几千块吗",
                                      "评价要拿到多少分才能通过？我们一家20人的软件公司有没有戏"])
def test_a_guessed_figure_or_a_chance_asks_no_more_than_the_figure(question):
    assert not asks_more(question)


def test_a_chance_without_a_figure_asked_still_asks():
    assert asks_more("评价标准是什么样的，我们一家20人的软件公司有没有戏")


def test_a_total_over_all_places_is_no_breakdown_but_a_part_of_a_quoted_whole_is():
    assert "分项数字" not in [d.name for d in asked_details("截至2025年年中各地累计走访了多少户经营主体")]
    assert "分项数字" in [d.name for d in asked_details("各地分别走访了多少户")]
    # "…有780多万个，其中广州市占了多少个": the part is read with the whole the clause before gives
    part = "全国小程序相关工作机会有780多万个，其中广州市占了多少个？"
    assert "分项数字" in [a.detail.name for a in asked_about(part)]
    assert "分项数字" in missing_details(part, ["2020年，微信小程序的开发、产品、运营等工作机会超过780万个。"])


@pytest.mark.parametrize("question, kind", [
    ("评到几级才算合格", COUNT), ("万里汇能帮开哪几个海外平台的店铺", "具体名单"), ("按电商法要罚好多钱", MONEY),
    ("聚好单这个平台是谁创办的", "具体名称（品牌、公司或平台）")])
def test_colloquial_ways_of_asking_a_detail(question, kind):
    assert kind in [d.name for d in asked_details(question)]


def test_why_a_price_stayed_low_asks_no_price():
    assert MONEY not in [d.name for d in asked_details("灵山荔枝以前为什么价钱上不去")]
    assert MONEY in [d.name for d in asked_details("灵山荔枝现在什么价钱")]


def test_a_rumour_asked_about_is_a_figure_to_confirm():
    [heard] = asked_about("听说2028年起小规模纳税人增值税起征点要提到每月15万，有这回事没")
    assert heard.detail.name == "这个数字的出处"
    assert not heard.stated_in("2026—2027年实行月销售额10万元的起征点。")


def test_a_year_said_short_is_the_year_asked():
    [jobs] = asked_about("微信生态21年带动多少就业")
    assert jobs.year == 2021 and not jobs.stated_in("2020年，微信生态带来约3684万个就业机会。")
    # a span of years is no year: "做了20年" asks no figure of 2020
    assert all(a.year is None for a in asked_about("我们店做了20年了，上云率一般多少"))


def test_a_line_whose_years_are_all_others_does_not_tell_the_year_asked():
    [rate] = asked_about("2028年小规模还是1%吗")
    assert not rate.stated_in("2023年8月发布、执行到2027年底的组合包。小型微利企业所得税实际负担约5%。")
    assert rate.stated_in("2028年起小规模纳税人减按1%征收。")


def test_counts_asked_in_two_units_are_each_to_be_told():
    bases, people = asked_about("AI豆计划在全国一共建了多少个数据标注基地，总共带动了多少人就业")
    line = "陕西宜君县数据标注基地员工200余人。"
    assert people.stated_in(line) and not bases.stated_in(line)
    assert missing_details("AI豆计划在全国一共建了多少个数据标注基地，总共带动了多少人就业", [line]) == [COUNT]


def test_a_rate_asked_of_one_small_tax_is_that_taxs():
    [rate] = asked_about("六税两费减半以后，城建税实际按百分之几交")
    assert not rate.stated_in("小型微利企业所得税实际负担约5%。")
    assert rate.stated_in("城市维护建设税税率为7%。")


def test_where_a_rate_stands_now_is_not_a_target():
    [rate] = asked_about("现在中小企业上云率多少")
    assert not rate.stated_in("目标是到2027年中小企业上云率超过40%。")
    assert rate.stated_in("中小企业上云率为35%。")


def test_a_figure_said_before_the_hearing_is_not_the_one_heard():
    # the 三百亩 is the asker's own; what was heard (the satellite loans) holds no figure
    assert asked_about("种了三百亩小麦，开春缺钱，听说有银行看卫星图就能放款，真有这回事吗？") == []
    [heard] = asked_about("我们店两个人，听说补贴能拿5万，真有这回事吗")
    assert heard.detail.name == "这个数字的出处" and "补贴" in heard.tie


def test_how_long_it_has_been_is_said_not_asked():
    question = "饭菜送过去几个月了钱还没结，法律规定大企业最晚多少天内要付？"
    assert asking_clauses(question) == ["法律规定大企业最晚多少天内要付"]


def test_a_figure_asked_in_its_own_clauses_unit_is_given_by_that_unit_alone():
    firms, umbrellas = asked_about("晋江东石那边做雨伞的厂子有多少家？一年能出多少把伞")
    assert firms.own_unit and umbrellas.own_unit
    # the record's line on output shares no word with the question beyond the title's 伞
    line = "2022年，东石镇年产成品伞（约，背景数据）为5.6亿把。"
    assert umbrellas.answered_by(line, "晋江东石制伞企业用行业APP对接配件和订单") and not firms.stated_in(line)
    money, count = asked_about("中央财政一共安排了多大规模的奖补资金，计划重点支持多少家企业？")
    assert money.stated_in("中央财政共安排超过100亿元奖补资金。") and not count.stated_in("共安排超过100亿元奖补资金。")


def test_a_term_pointed_at_unquoted_is_asked_of_as_a_whole():
    [limit] = asked_about("zf采购里说的采购限额标准 具体是多少万以上")
    assert "采购限额标准" in limit.near


def test_the_items_of_a_list_asked_of_together_are_one_clause():
    question = "2020年那780多万个小程序工作机会里，开发岗、产品岗、运营岗各占多少？"
    assert clauses(question) == ["2020年那780多万个小程序工作机会里开发岗、产品岗、运营岗各占多少"]
    assert [a.detail.name for a in asked_about(question)] == ["分项数字"]
    assert clauses("我们做餐饮、零售，有啥补贴") == ["我们做餐饮", "零售", "有啥补贴"]  # no asking of each: items stay


def test_what_the_asker_sets_aside_gives_no_figure_asked():
    [rate] = asked_about("大企业欠款超过60天不给，除了逾期利息，还能要求对方按货款的多少比例赔违约金？")
    assert not rate.stated_in("未约定逾期利率时按每日万分之五计付逾期利息（0.05%/日）。")
    assert rate.stated_in("违约金不超过货款的20%。")


def test_whether_one_office_is_among_the_issuers_is_a_list_asked():
    assert "具体名单" in [d.name for d in asked_details("规划的19个联合发文部门和单位里，有没有国家统计局？")]
    assert not asked_details("这个办法里有没有补贴")


@pytest.mark.parametrize("question, kind", [
    ("我们县想引进AI豆计划建个标注基地，要向谁申请", STEPS), ("网店后台做等保，一般定几级", COUNT),
    ("首批那690多个县里，有没有我们河南周口郸城县", "具体名单"), ("温州有没有入选2025年第三批中小企业数字化转型试点城市", "具体名单"),
    ("2020年企业微信这一块单独带动了多少个就业机会？", "分项数字")])
def test_yet_more_ways_of_asking_a_detail(question, kind):
    assert kind in [d.name for d in asked_details(question)]


def test_whether_one_is_among_the_members_pointed_at_is_read_with_them():
    question = "第三批试点那三十几个城市里，有没有赣州？名单在哪看"
    assert clauses(question)[0] == "第三批试点那三十几个城市里有没有赣州"
    assert "具体名单" in [a.detail.name for a in asked_about(question)]


def test_the_tier_of_a_fine_named_by_what_it_caused_or_how_serious():
    [fine] = asked_about("数据安全法 要是造成大量数据泄露 顶格罚多少钱")
    assert fine.tie == {"造成大量数据泄露"}
    assert not fine.stated_in("不履行数据安全保护义务的，处5万元以上50万元以下罚款；造成大量数据泄露等严重后果的处罚更重。")
    [serious] = asked_about("要是泄露了情节比较严重，按个人信息保护法最高能罚多少？")
    assert serious.tie == {"情节严重"}


def test_a_round_named_by_a_short_year_is_no_year_asked():
    count = asked_about("21年那轮专精特新小巨人奖补中央一共安排了多少钱？24年接着出的新一轮，第一批先支持多少家")[-1]
    # ("21年那轮" names the round, not a year of the figures: the 2024 round's count is not another year's)
    assert count.year is None and count.stated_in("2024年第一批先支持1000多家“小巨人”企业。")


@pytest.mark.parametrize("question, names, put", [
    ("拖欠中小企业款项的全国统一投诉平台网址是什么，怎么进？", [ADDRESS], True),
    ("被国企拖欠货款想投诉，那个投诉平台网址是啥，怎么登录", [ADDRESS], True),  # asking word, then another asking
    ("投诉时效是多久", [TIME], True),
    # figures in the asker's telling, not put as questions
    ("哪个订单做到哪道工序、今天产了多少、废了多少，我得挨个问班长。想上个能扫码报工的系统，这类叫啥？", [FIGURE], False),
    ("老板想随时看到每条线做到哪了、良品率多少，该上什么样的系统？", [RATE], False)])
def test_a_detail_is_put_as_a_question_only_where_its_clause_is_asked(question, names, put):
    assert asked_as_question(question, names) is put


@pytest.mark.parametrize("question, kind", [
    ("新一轮奖补管哪几年", "起止年份"), ("政策的实施年限是哪几年", "起止年份"), ("小厂上MES一般多久能上线", TIME),
    ("需要确认政策什么时候到期", EXPIRY), ("数字化水平评测是否收费", "收费方式"), ("评测要不要收费", "收费方式"),
    ("这个“一次”到底怎么界定", "计算或界定办法"), ("减免税额的公式是怎么算的", "计算或界定办法"),
    ("核心产业占GDP的目标，到2025年最后完成了没有", "实施结果或评估结论"), ("城市试点的奖补资金是分几次拨到城市的", COUNT)])
def test_what_kind_of_detail_is_asked(question, kind):
    assert [d.name for d in asked_details(question)] == [kind]


@pytest.mark.parametrize("question", [
    "货进了多少卖了多少剩多少老算不清，有啥软件能管", "这类系统叫什么？用的时候要注意什么", "做外贸收款平台咋选，费率到账这些看啥",
    "后厨根本不晓得几号桌几点到、要先出啥菜", "有几个问题想先搞清楚", "这两年营收翻了几倍可能超标了", "人家流程是咋样的",
    "工人报工是怎么报的", "会不会乱给顾客承诺价格"])
def test_the_askers_telling_asks_no_detail(question):
    assert asked_details(question) == []


def test_a_span_of_years_gives_the_years_a_programme_runs_not_how_long_a_job_takes():
    span = "接续2021年政策的新一轮专精特新财政奖补，覆盖2024—2026年。"
    assert missing_details("新一轮奖补管哪几年", [span]) == []
    assert missing_details("小厂上MES一般多久能上线", [span]) == [TIME]
    assert missing_details("这个政策什么时候到期", [span]) == []


def test_a_list_whose_items_carry_brackets_gives_the_items():
    line = "减半征收资源税（不含水资源税）、城市维护建设税、房产税、城镇土地使用税、印花税（不含证券交易印花税）和教育费附加。"
    assert missing_details("六税两费减半，具体包括哪些税费", [line]) == []
    assert missing_details("六税两费减半，具体包括哪些税费", ["小规模纳税人的“六税两费”减半征收。"]) == ["所含的具体项目"]


@pytest.mark.parametrize("question, kinds", [
    ("电子商务法是主席令第几号公布的", ["文号"]),  # a number, not a day
    ("浙江数字经济促进条例规定的主管部门是哪个厅局", [STEPS]),
    ("上海全市的牵头部门是哪家", [STEPS]),  # an office, not a brand
    ("是哪两个部门发的", []),  # the issuers, a record field
    ("一共多少章多少条", ["章节条数"]),  # no figure of any kind beside it
    ("上海中小企业条例2018年那次修正，具体是哪天通过的", ["发布日期"]),
    ("合肥进第三批试点了吗", ["具体名单"]), ("第三批试点城市里有温州吗", ["具体名单"]),
    ("灵山荔枝网上卖好多钱一斤", [MONEY]), ("试点资金分几年几次下达", [TIME, COUNT])])
def test_the_details_these_questions_ask(question, kinds):
    assert [d.name for d in asked_details(question)] == kinds


def test_a_budgets_size_is_a_sum_not_a_share():
    quota = "北京各部门向中小企业预留的政府采购份额下限（占部门年度采购预算总额）（40%）。"
    assert missing_details("北京市中小企业发展专项资金每年的预算规模是多少", [quota]) == [MONEY]
    assert missing_details("北京市中小企业发展专项资金每年的预算规模是多少", ["每年安排专项资金5亿元。"]) == []
    # (a share of the budget is a share)
    assert missing_details("预留份额不得低于年度采购预算的多少", [quota]) == []


def test_a_provinces_part_of_a_total_is_told_only_beside_its_name():
    total = "2020年，微信小程序的开发、产品、运营等工作机会超过780万个，比上年增长45.6%。"
    assert missing_details("岗位有多少个？其中广东省占了多少", [total]) == [RATE]
    assert missing_details("岗位有多少个？其中广东省占了多少", [total, "其中广东省占18%。"]) == []


def test_a_date_with_qi_tells_when_something_began():
    line = "2024年10月起由金融监管总局和国家发展改革委牵头建立的小微融资协调机制。"
    assert missing_details("融资协调机制什么时候开始的", [line]) == []
    assert missing_details("融资协调机制什么时候开始的", ["由金融监管总局牵头，2024年发文。"]) == ["起始年份"]


def test_a_list_of_taxes_tells_whether_one_is_among_them():
    line = "减半征收资源税（不含水资源税）、城市维护建设税、房产税、城镇土地使用税、印花税（不含证券交易印花税）和教育费附加。"
    assert missing_details("六税两费减半，房产税跟印花税在不在里面", [line]) == []
    assert missing_details("六税两费减半，房产税跟印花税在不在里面", ["已享受其他优惠的，可以叠加享受减半政策。"]) == ["具体名单"]


def test_the_place_a_question_leans_on_is_the_one_its_county_must_be_in():
    base = "地区：陕西省铜川市宜君县。"
    assert missing_details("AI豆计划在山西建的数据标注基地，是在哪个县", [base]) == ["所在地区"]
    assert missing_details("AI豆计划的数据标注基地，是在哪个县", [base]) == []
    assert missing_details("我在山西，AI豆计划的数据标注基地是在哪个县", [base]) == []
    # "县城" names no county
    assert missing_details("AI豆计划的数据标注基地，是在哪个县", ["在县城建数据标注基地。"]) == ["所在地区"]


def test_the_office_within_a_department_is_told_only_by_a_sentence_naming_one():
    ask = "被拖欠款项想向省里投诉，具体是省工信厅的哪个处受理"
    assert [d.name for d in asked_details(ask)] == ["具体处室"]
    assert missing_details(ask, ["可向省级中小企业主管部门投诉。"]) == ["具体处室"]
    assert missing_details(ask, ["投诉由省工信厅中小企业处受理。"]) == []
    assert asked_details("这个事情怎么处理") == []


@pytest.mark.parametrize("question", ["有没有官方认定过的机构名单", "垂直大模型现在建好的有哪几个", "都有哪些？有没有个清单"])
def test_a_list_asked_for_in_these_words(question):
    assert "具体名单" in [d.name for d in asked_details(question)]


def test_what_another_place_has_is_told_only_by_a_sentence_naming_the_thing():
    ask = "上海有没有像北京那样的中小企业服务券可以领"
    assert "同样的规定" in [d.name for d in asked_details(ask)]
    assert "同样的规定" in missing_details(ask, ["上海市经济信息化部门是主管部门。"])
    assert "同样的规定" not in missing_details(ask, ["上海向中小企业发放服务券。"])
    assert "同样的规定" not in [d.name for d in asked_details("北京的服务券一张能抵多少钱")]


def test_how_a_practice_runs_is_no_filing_procedure():
    assert "办理流程、所需材料或受理部门" not in [
        a.detail.name for a in asked_about("有鞋厂用3D脚型数据做C2M定制的，大概流程是怎样的")]
    assert "办理流程、所需材料或受理部门" in [a.detail.name for a in asked_about("专精特新认定，申报流程是怎样的")]


@pytest.mark.parametrize("question, detail", [
    ("这类软件一般叫啥，能管哪些东西", "具体名称（品牌、公司或平台）"),  # the kind's own name
    ("订货系统能不能让不同客户看到不同价格", MONEY),  # a feature, not a price
    ("两版方案分别是谁发的", "具体名单"),  # the issuers, which the record's field gives
])
def test_a_word_for_a_name_or_price_that_asks_neither(question, detail):
    assert detail not in [d.name for d in asked_details(question)]


def test_how_many_levels_is_told_by_a_count_of_tiers():
    asked = asked_about("现在的梯度是分哪几级？")
    assert [a.detail.name for a in asked] == [COUNT]
    assert asked[0].stated_in("优质中小企业分为创新型、专精特新、小巨人三个层级。")
    assert not asked[0].stated_in("完善认定标准和动态管理。")


def test_a_case_head_naming_who_served_it_gives_the_names_asked():
    asked = asked_about("那个案例里是哪几家平台在帮忙")
    assert [a.detail.name for a in asked] == ["具体名称（品牌、公司或平台）"]
    assert asked[0].stated_in("地区：广西；技术：云计算；服务方：某云、某仓。")
    # (the head line is no list of a programme's members)
    members = asked_about("首批推广的690多个县里有没有我们县")
    assert not members[0].stated_in("地区：全国；服务方：某银行、某卫星公司。")


def test_how_a_charge_is_made_said_colloquially():
    assert [d.name for d in asked_details("费用是怎么个收法")] == ["收费方式"]


def test_when_something_was_set_up_is_told_by_a_date_it_began_or_was_set_up():
    asked = asked_about("融资协调机制是哪年几月搞起来的")
    assert [a.detail.name for a in asked] == ["起始年份"]
    assert asked[0].answered_by("2024年10月起由两部门牵头建立的协调机制。", "支持小微企业融资协调工作机制")
    assert not asked[0].answered_by("2025年6月末累计走访9000万户。", "支持小微企业融资协调工作机制")


def test_a_clause_opening_as_a_question_is_asked_whatever_follows():
    assert asked_as_question("福茶网是哪里的公司？有没有联系电话，想找他们做溯源", ["联系电话或地址"])
    assert not asked_as_question("电话号码我有，想找他们做溯源", ["联系电话或地址"])


def test_a_word_heading_a_bound_gives_no_figure_of_it():
    asked = asked_about("政府采购里说的采购限额标准，这个限额到底是多少钱？")
    assert not asked[0].speaks_of("限额", "采购限额标准以上、200万元以下的项目专门面向中小企业。")
    assert asked[0].speaks_of("限额", "分散采购限额为100万元。")


def test_a_wage_asked_is_told_only_by_a_sum():
    asked = asked_about("标注员一个月能拿多少工资")
    assert [a.detail.name for a in asked] == [MONEY]
    assert not asked[0].stated_in("基地员工中女性占比80%。")
    assert asked[0].stated_in("标注员月收入约3000元。")


def test_a_share_the_asker_would_get_is_one_firms():
    assert asked_about("我们市要是选上试点，我一个开小饭店的能分到多少补贴？")[0].per_firm
    assert not asked_about("试点城市一共能分到多少补贴")[0].per_firm


def test_how_much_liability_is_a_compensation_rule_not_a_figure():
    names = [d.name for d in asked_details("客人在店里摔伤了，要我赔医药费，我们要担多大责任")]
    assert names == ["赔偿规定"]


@pytest.mark.parametrize("question, said, missing", [
    # papers asked: a sentence saying where to complain does not say what to bring
    ("被拖欠货款要投诉，得准备哪些证据材料？", ["被拖欠时可向省级以上中小企业主管部门投诉。"], ["所需材料或证据"]),
    ("被拖欠货款要投诉，得准备哪些证据材料？", ["投诉时应提交合同、送货单等证明材料。"], []),
    # online or at a counter: "正常申报即可" says neither
    ("要改的话去大厅办还是网上就能改", ["按月或按季正常申报即可。"], ["线上或线下办理"]),
    ("要改的话去大厅办还是网上就能改", ["可在电子税务局办理变更。"], []),
    # the bands of a tax: a relief is not the table
    ("个体户经营所得的个税税率表是怎样的？", ["应纳税所得额不超过200万元的部分减半征收个人所得税。"], ["税率档次"]),
    ("个体户经营所得的个税税率表是怎样的？", ["经营所得适用5%至35%的超额累进税率。"], []),
    # a call's opening month, the verb first
    ("专精特新的申报几月份开始", ["用综合奖补方式分三批支持。"], ["具体时间（公布、申报或发放）"]),
    # a list's members
    ("官方服务商名单里有哪几家能做MES", ["由城市组织服务商为本地中小企业做数字化改造。"], ["具体名单"]),
    # whom to turn to: a body set up in each place
    ("具体该去哪找人对接", ["各省、市、区县设工作专班，上门摸排企业融资需求。"], [])])
def test_details_of_papers_channels_bands_and_outcomes(question, said, missing):
    assert missing_details(question, said) == missing


def test_a_count_come_true_is_not_told_by_the_target():
    q = "实际已经有多少家中小企业完成了数字化改造"
    assert "实施结果或评估结论" in missing_details(q, ["目标是带动40000家中小企业深度改造。"])
    assert "实施结果或评估结论" not in missing_details(q, ["截至2025年底已完成改造12000家，目标已经实现。"])


@pytest.mark.parametrize("question", ["网商银行没有抵押，它是靠什么判断能借多少的？", "银行是咋判断给多少额度的"])
def test_how_a_sum_is_reckoned_asks_no_sum(question):
    assert MONEY not in [d.name for d in asked_details(question)]


@pytest.mark.parametrize("question, said, missing", [
    # a kind of worker: only a sentence counting that kind tells
    ("小型微利企业的从业人数包不包括劳务派遣的？", ["从业人数包括劳务派遣用工，按全年季度平均值计算。"], []),
    ("我们有十来个实习生和退休返聘的，算从业人数时这些人要不要算进去？", ["从业人数包括劳务派遣用工。"], ["某类人员是否计入"]),
    # (nor an industry's examples naming the kind)
    ("劳务派遣来的工人算不算我们的从业人员", ["租赁和商务服务业（常见如人力资源公司、劳务派遣、会展公司）：从业人员300人以下。"],
     ["某类人员是否计入"]),
    ("我们有一个母公司两个子公司，划型的时候要不要把人数和营收合并起来算？", ["从业人员300人以下的为中小微型企业。"], ["合并或分开计算"]),
    ("划型时用的营业收入，是按含税金额还是不含税金额算？", ["营业收入2000万元以下的为中小微型企业。"], ["是否含税"]),
    ("资产总额的季度平均值，具体是季初加季末除以2吗？", ["从业人数和资产总额按全年季度平均值计算。"], ["计算或界定办法"]),
    ("我们餐厅的会员消费记录算不算重要数据？", ["国家对数据实行分类分级保护，重要数据目录由国家统筹制定。"], ["重要数据的范围"]),
    ("食品加工是不是限制类行业？", ["实行全国统一的市场准入负面清单制度。"], ["清单或目录的条目"]),
    ("个体户转成公司的时候，能不能保留原来的字号？", ["支持个体工商户转型升级为企业。"], ["字号或名称能否保留"]),
    ("合同是2024年签的，新条例60天付款的规定对这种老合同也管用吗？", ["大型企业应当自交付之日起60日内支付款项。"], ["过渡安排"])])
def test_rules_a_record_does_not_settle_are_missing(question, said, missing):
    assert missing_details(question, said) == missing


def test_a_kind_of_worker_is_asked_only_where_the_question_names_one():
    assert "某类人员是否计入" not in [a.detail.name for a in asked_about("营业外收入要不要算进去")]


@pytest.mark.parametrize("question, name", [
    ("2026年会不会启动第四批城市试点？", "到期以后的安排"), ("2028年以后还有没有", "到期以后的安排"),
    ("起征点会不会提到月销售15万？", "今后是否调整"), ("AI豆计划在全国一共建了几个数据标注基地？", "具体数量")])
def test_what_comes_next_and_counts_built_are_asked(question, name):
    assert name in [d.name for d in asked_details(question)]


def test_a_year_the_term_may_hold_is_not_asked_as_after_it():
    assert "到期以后的安排" not in [d.name for d in asked_details("月销售10万以下免增值税那个，2026年还有没有")]


def test_one_citys_count_is_not_told_by_the_programmes_total():
    q = "新一轮数字化赋能行动里，每个试点城市要带动多少家中小企业做深度改造"
    assert "每个城市或地区的数量" in missing_details(q, ["分批支持约100个城市开展试点，带动4万多家中小企业深度改造。"])
    assert "每个城市或地区的数量" not in missing_details(q, ["每个试点城市带动不少于300家中小企业改造。"])


@pytest.mark.parametrize("question", ["拖欠货款的逾期利息按日万分之五算，是单利还是利滚利？", "条例说60天内付款，这60天是按自然日算还是工作日？"])
def test_how_interest_or_days_are_reckoned_is_not_told_by_a_rate_or_a_count(question):
    assert missing_details(question, ["未约定时按每日万分之五计付逾期利息；大型企业应当自交付之日起60日内支付。"]) \
        == ["计息或计日方式"]
