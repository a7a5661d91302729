"""The figure grammar (kg.nlp.numbers / metrics / periods) on sentences from the seeds.

Sentences come from seeds 000, 001, 002 and 004 (or are marked synthetic); 003 is the
project's held-out document and is kept out of these tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kg.nlp.metrics import find_metrics
from kg.nlp.numbers import parse_number
from kg.nlp.periods import find_periods, is_future, resolve

D = Decimal
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def one(sentence: str, indicator: str | None = None):
    ms = find_metrics(sentence)
    if indicator is not None:
        ms = [m for m in ms if m.indicator == indicator]
    assert len(ms) == 1, [(m.indicator, m.value, m.growth) for m in find_metrics(sentence)]
    return ms[0]


def figures(sentence: str):
    return [(m.indicator, m.value, m.unit, m.growth, m.bound, m.estimate) for m in find_metrics(sentence)]


# --------------------------------------------------------------------------- numbers
@pytest.mark.parametrize("text,value,unit", [
    ("500.3亿元", "500.3", "亿元"),
    ("1.2万亿元", "1.2", "万亿元"),
    ("12万户", "12", "万户"),
    ("1.8万名", "1.8", "万名"),
    ("3586", "3586", ""),
    ("两千亿元", "2000", "亿元"),
    ("一万二", "12000", ""),
    ("百分之三十五点六", "35.6", "%"),
    ("三个百分点", "3", "个百分点"),
    ("二百零五", "205", ""),
    ("3600余万元", "3600", "万元"),
    ("2,181亿元", "2181", "亿元"),
])
def test_parse_number(text, value, unit):
    assert parse_number(text) == (D(value), unit)


# --------------------------------------------------------------------------- metrics
YUHANG = ("今年上半年,余杭区经济运行稳中向好、均衡发展,全区完成财政总收入500.3亿元、增长5.9%,"
          "一般公共预算收入266亿元、增长3.7%,两项财政收入均为全省第一,预计GDP总量继续保持全省第一,增速7.0%以上。")


def test_value_and_growth_joined_by_dunhao():
    ms = find_metrics(YUHANG)
    assert [(m.indicator, m.value, m.unit, m.growth, m.estimate) for m in ms[:2]] == [
        ("财政总收入", D("500.3"), "亿元", D("5.9"), False),
        ("一般公共预算收入", D("266"), "亿元", D("3.7"), False),
    ]
    assert ms[0].division_text == "全区"
    assert YUHANG[ms[0].start:ms[0].end] == "财政总收入500.3亿元、增长5.9%"
    assert YUHANG[ms[0].indicator_start:ms[0].indicator_end] == "财政总收入"


def test_growth_rate_refers_back_to_named_indicator():
    m = find_metrics(YUHANG)[2]
    assert m.indicator == "GDP总量" and m.growth == D("7.0") and m.value is None
    assert m.bound == "atLeast" and m.estimate is True


def test_estimate_after_indicator_and_bound():
    s = ("强化要素争取和项目全生命周期管理服务,22个省“千项万亿”重大项目在一季度全部开工,"
         "固定资产投资预计增长5.8%,社零总额预计增长12.7%,出口预计增长20%以上。")
    assert figures(s) == [
        ("省千项万亿重大项目", D("22"), "个", None, None, False),  # a count before its noun
        ("固定资产投资", None, None, D("5.8"), None, True),
        ("社零总额", None, None, D("12.7"), None, True),
        ("出口", None, None, D("20"), "atLeast", True),
    ]


def test_yiwu_speech_opening():
    s = "今年上半年,义乌新增全国全省“首单”“首例”“首批”25项,预计GDP增长7.5%以上,外贸出口3586亿元、增长24.5%,对全省增量贡献率达41%。"
    ms = find_metrics(s)
    assert ms[0].division_text == "义乌" and ms[0].value == D("25") and ms[0].unit == "项"
    gdp = one(s, "GDP")
    assert (gdp.growth, gdp.bound, gdp.estimate) == (D("7.5"), "atLeast", True)
    ex = one(s, "外贸出口")
    assert (ex.value, ex.unit, ex.growth) == (D("3586"), "亿元", D("24.5"))
    assert ex.estimate  # 预计 scopes every figure after it to the sentence end (GOLD-SCHEMA)
    share = one(s, "对全省增量贡献率")
    assert (share.value, share.unit, share.estimate) == (D("41"), "%", True)
    assert not ms[0].estimate  # the 25 firsts before 预计 are achieved


def test_count_with_magnitude_unit():
    m = one("来义外商增长19.6%,新设市场主体12万户。", "新设市场主体")
    assert (m.value, m.unit, m.growth) == (D("12"), "万户", None)


def test_division_prefix_keqiao():
    s = "今年上半年,柯桥区纺织品出口625亿元、增长9%,中国轻纺城市场成交额2170亿元、增长10%,全区规上工业增加值、固定资产投资保持两位数增长,GDP预计增长7.4%。"
    ms = find_metrics(s)
    assert [(m.indicator, m.value, m.growth) for m in ms] == [
        ("纺织品出口", D("625"), D("9")),
        ("中国轻纺城市场成交额", D("2170"), D("10")),
        ("GDP", None, D("7.4")),
    ]
    assert ms[0].division_text == "柯桥区"
    assert ms[2].estimate and not ms[0].estimate


def test_one_estimate_scope_for_a_list():
    s = "上半年,预计固投增长30%、外贸出口增长40%、规上工业增加值增长14%,均居山区海岛县前列。"
    assert figures(s) == [
        ("固投", None, None, D("30"), None, True),
        ("外贸出口", None, None, D("40"), None, True),
        ("规上工业增加值", None, None, D("14"), None, True),
    ]


def test_share_and_percentage_point_change():
    s = "富民安居”工程,推动县城常住人口占县域比重升至77.9%,较上年提高1.7个百分点。"
    assert figures(s) == [
        ("县城常住人口占县域比重", D("77.9"), "%", None, None, False),
        ("县城常住人口占县域比重", D("1.7"), "个百分点", None, None, False),
    ]


def test_period_inside_the_clause():
    s = ("今年以来,余杭区交出经济社会发展高分报表,前三季度实现GDP2367.7亿元,1至11月完成财政总收入763.8亿元,"
         "一般公共预算收入411.1亿元,持续保持全省第一,预计全年GDP将突破3000亿元大关。")
    ms = find_metrics(s)
    assert [(m.indicator, m.value, m.bound, m.estimate) for m in ms] == [
        ("GDP", D("2367.7"), None, False),
        ("财政总收入", D("763.8"), None, False),
        ("一般公共预算收入", D("411.1"), None, False),
        ("GDP", D("3000"), "atLeast", True),
    ]
    date = dt.date(2024, 12, 22)
    assert resolve(ms[0].period, date) == "2024Q1-Q3"
    assert resolve(ms[1].period, date) == "2024M1-M11"
    assert ms[2].period is None
    assert resolve(ms[3].period, date) == "2024"


def test_value_then_growth_across_comma():
    m = one("今年以来,义乌经济社会发展稳中向好,前三季度实现GDP1607.8亿元,增长7.3%,总量位居全省县(市、区)第9。")
    assert (m.indicator, m.value, m.unit, m.growth) == ("GDP", D("1607.8"), "亿元", D("7.3"))


def test_fenbie_gives_one_metric_per_item():
    s = "依托市区工业一体化,围绕头部企业集聚上下游关键企业,上半年新材料、光电(半导体)两大主导产业产值分别增长15.1%、62.3%;"
    ms = find_metrics(s)
    assert [m.growth for m in ms] == [D("15.1"), D("62.3")]
    assert ms[0].indicator.startswith("新材料") and ms[1].indicator.startswith("光电(半导体)")
    s2 = "今年以来,瑞安以经济大县的担当推进“三化四强五争”行动,前三季度GDP创近3年最快增速、省排名最高位次,规上工业、高新、战新增增加值分别增长11%、13.7%、11.4%,开辟全省首个“中国温州至欧洲TIR丝路卡航”。"
    assert [(m.indicator, m.growth) for m in find_metrics(s2)] == [
        ("规上工业增加值", D("11")), ("高新增加值", D("13.7")), ("战新增增加值", D("11.4"))]
    s3 = "茶叶、菌菇、中医药总产值分别达150亿元、10亿元、8亿元。"
    assert [(m.indicator, m.value, m.unit) for m in find_metrics(s3)] == [
        ("茶叶总产值", D("150"), "亿元"), ("菌菇总产值", D("10"), "亿元"), ("中医药总产值", D("8"), "亿元")]


def test_a_figure_held_by_each_division_of_a_list():
    # tests/final/final-e (安徽 政府工作报告): 均 spreads one figure over the divisions listed;
    # 其中 before a 分别 list, 增速分别达到 x% is growth, and the list's indicator is the one before.
    s = "明光、来安、全椒、定远、凤阳5县(市)地区生产总值均超过300亿元,其中来安县、全椒县增速分别达到7.4%、7.2%。"
    assert [(m.division_text, m.indicator, m.value, m.growth, m.bound) for m in find_metrics(s)] == [
        *[(d, "地区生产总值", D("300"), None, "atLeast") for d in ("明光", "来安", "全椒", "定远", "凤阳")],
        ("来安县", "地区生产总值", None, D("7.4"), None), ("全椒县", "地区生产总值", None, D("7.2"), None)]
    s2 = "全椒县、来安县分别新增规上工业企业41家、36家。"
    assert [(m.division_text, m.indicator, m.value) for m in find_metrics(s2)] == [
        ("全椒县", "新增规上工业企业", D("41")), ("来安县", "新增规上工业企业", D("36"))]
    # 年均 is an average, not "each"
    assert [m.division_text for m in find_metrics("宜都、枝江年均增长8.5%。")] != ["宜都", "枝江"]


def test_year_on_year_growth_after_value():
    s = ("定海区深挖海洋经济优势,创新发展高端船舶制造等现代化海洋产业,成功入选高端船舶与海工装备省级特色产业集群核心区,"
         "2024年区本级规上船舶修造行业总产值达到142.2亿元,同比增长38.7%。")
    m = one(s)
    assert (m.value, m.unit, m.growth) == (D("142.2"), "亿元", D("38.7"))
    assert m.indicator.endswith("总产值")
    assert m.period is not None and resolve(m.period, dt.date(2025, 7, 17)) == "2024"


def test_growth_after_a_list_of_counts_joins_the_last():
    s = "大力开展中欧班列集结中心增网拓点行动,参与设立首家中欧班列境外运营公司,2个项目列入中国—中亚峰会合作成果,中欧班列开行1601列、发运13万标箱,增长11%。"
    assert [(m.value, m.unit, m.growth) for m in find_metrics(s)] == [
        (D("2"), "个", None), (D("1601"), "列", None), (D("13"), "万标箱", D("11"))]


def test_count_lists():
    s = "全球数贸中心市场板块招商火爆,跨境电商交易额增长15%,“义支付”增长46%,纵深推进小商品“品牌出海”行动,新增海外项目14个、储备项目15个。"
    assert figures(s)[2:] == [("新增海外项目", D("14"), "个", None, None, False),
                              ("储备项目", D("15"), "个", None, None, False)]
    s2 = "贯通“高校+平台+企业+产业链”结对合作机制,引进省级以上领军人才216名,培养高技能人才1.8万名。"
    assert [(m.indicator, m.value, m.unit) for m in find_metrics(s2)] == [
        ("引进省级以上领军人才", D("216"), "名"), ("培养高技能人才", D("1.8"), "万名")]


def test_bounds():
    assert one("上半年规上文化企业营收超3000亿元、增长7%以上,连续第4年夺得省“科技创新鼎”。").bound == "atLeast"
    m = one("上半年预计GDP增长6%左右,出口增长11.2%,进口保持全省第一,大宗商品贸易超1万亿元。", "GDP")
    assert (m.growth, m.bound, m.estimate) == (D("6"), "about", True)
    m = one("今年1至8月,全市对非出口规模占全国总额近9%。")  # synthetic
    assert (m.value, m.unit, m.bound, m.division_text) == (D("9"), "%", "about", "全市")
    m = one("依托“共富工坊”带动增收3600余万元。")  # synthetic
    assert (m.value, m.unit, m.bound) == (D("3600"), "万元", "atLeast")
    m = one("抓兴村、强统筹,持续擦亮产粮大县“金名片”,每年打造3至5个“筑巢引凤”样板区。")
    assert (m.value, m.unit, m.bound) == (D("3"), "个", "atLeast")


def test_counts_written_before_their_noun():
    s = ("聚力打造“中国医药港”产业地标,构筑1800家企业、130万方产业加速器、200亿元基金、3.5万名人才的"
         "“热带雨林式”产业生态,目前5款新药进入上市审批。")
    assert [(m.value, m.unit) for m in find_metrics(s)] == [
        (D("1800"), "家"), (D("130"), "万方"), (D("200"), "亿元"), (D("3.5"), "万名"), (D("5"), "款")]
    s2 = "围绕“凤凰”“头雁”“雨燕”“雏鹰”“俊鸟”五类企业,分层分类建强企业梯队,新增国家级重点“小巨人”5家,3家企业成功上市。"
    assert [(m.value, m.unit) for m in find_metrics(s2)] == [(D("5"), "家"), (D("3"), "家")]
    # a share written before its noun, a project size before 的
    assert [m.value for m in find_metrics("每年30%的一般公共预算支出用于产业发展,60%的空间用于工业发展。")] == [D("30"), D("60")]
    assert one("加快建设投资83亿元的新一代市场综合体全球数贸中心。").value == D("83")


def test_chinese_amounts():
    assert (one("力争工业供地继续超千亩。").value, one("力争工业供地继续超千亩。").unit) == (D("1000"), "亩")
    m = one("“415X”先进制造业集群规上企业营收占全省规上的七成。")
    assert (m.value, m.unit) == (D("70"), "%")
    m = one("基本实现年营收千亿元、利润百亿元目标。", "年营收")
    assert (m.value, m.unit) == (D("1000"), "亿元")


def test_decline_is_negative_growth():
    m = one("推广“加双筷子”农村老人就餐互助模式,助餐成本下降40%。")
    assert (m.indicator, m.growth) == ("助餐成本", D("-40"))


def test_from_x_to_y_keeps_the_latest_value():
    s = "从过去五年看,高能级创新平台对萧山赋能极大:国高新从295家增长到1880家,高新技术产业增加值占规上工业增加值比重从33.2%提升到67.4%。"
    assert [(m.indicator, m.value, m.unit) for m in find_metrics(s)] == [
        ("国高新", D("1880"), "家"), ("高新技术产业增加值占规上工业增加值比重", D("67.4"), "%")]


def test_future_period_makes_an_estimate():
    m = one("迭代FBC“两仓一线”便捷物流交付体系,明年“义支付”跨境交易额突破50亿美元。")
    assert (m.value, m.unit, m.bound, m.estimate) == (D("50"), "亿美元", "atLeast", True)


def test_target_sentence_with_jiang():
    s = "2025年,松阳将聚焦“三个主攻方向”,谋划落实一套指标体系、项目要素改革政策四张清单、15项具体举措,GDP增长6.5%以上。"
    assert figures(s) == [("GDP", None, None, D("6.5"), "atLeast", True)]


def test_ba_construction_is_not_an_estimate():
    s = "浙江将“415X”先进制造业集群培育工程纳入全省“十项重大工程”之一,规上工业增加值增长6%。"
    assert figures(s) == [("规上工业增加值", None, None, D("6"), None, False)]


def test_bare_ratio_level():
    m = one("谋划实施十五大标志性改革,推动城乡居民收入倍差收窄至1.78。")
    assert (m.value, m.unit) == (D("1.78"), None)


@pytest.mark.parametrize("sentence", [
    "上半年规上文化企业营收超3000亿元、增长7%以上,连续第4年夺得省“科技创新鼎”。",  # only the figures
    "全区规上工业增加值、固定资产投资保持两位数增长。",
    "连续10年会展综合实力居全国县域第1位。",
    "余杭、义乌、柯桥、萧山、钱塘、定海、嘉善、景宁、柯城、北仑等10个县(市、区)负责人作交流发言。",
    "这一次,会议主场放在萧山,党政部门、企业代表等1200多人齐聚钱塘江南岸,共探专精特新未来之路。",
    "2023年9月,习近平总书记亲临浙江考察,赋予浙江“中国式现代化的先行者”新定位。",
    "全力推进新一轮国贸改革5大领域18个方面97项改革落地落实。",
    "抓好11项攻坚性改革和“企呼我应”等178项改革任务。",
    "谋划落实一套指标体系、项目要素改革政策四张清单、15项具体举措。",
    "前三季度,GDP增长11.6%,连续6个季度增速全省第一。",
    "推动蓝拓新能源等一批总投资超10亿元的项目落地。",
    "签约亿元以上项目76个,50亿元及1亿美元以上重大项目2个。",
    "第一时间出台稳外贸“12+10”政策举措,率先发布城市机会应用场景“双20条”。",
    "研发制造2万方LNG加注运输船。",
    "推动规上企业数量、产值、增加值实现三个“三年翻番”。",
    "今年第6号台风“卡努”昨日19时中心位于距离杭州东南方向约1630公里的菲律宾以东洋面上。",
    "加快推动8个重点产业集群等重点行业设备更新。",
    "全省17个重点传统制造业增加值增长6.8%。",
    "强化重大项目“要素跟着项目走”保障,成立29名县领导领衔攻坚。",
])
def test_not_metrics(sentence):
    got = find_metrics(sentence)
    if sentence.startswith("上半年规上文化企业"):
        assert len(got) == 1 and got[0].value == D("3000")
    elif sentence.startswith("前三季度"):
        assert [m.growth for m in got] == [D("11.6")]
    elif sentence.startswith("签约"):
        assert [(m.value, m.unit) for m in got] == [(D("76"), "个"), (D("2"), "个")]
    elif sentence.startswith("全省17个"):
        assert [(m.value, m.growth) for m in got] == [(None, D("6.8"))]
    else:
        assert got == [], [(m.indicator, m.value) for m in got]


# --------------------------------------------------------------------------- periods
DOC = dt.date(2025, 7, 17)


@pytest.mark.parametrize("text,phrase,code,frames", [
    ("今年上半年,余杭区经济运行稳中向好,全区完成财政总收入500.3亿元", "今年上半年", "2025H1", True),
    ("前三季度,GDP增长11.6%,连续6个季度增速全省第一", "前三季度", "2025Q1-Q3", True),
    ("1至11月完成财政总收入763.8亿元", "1至11月", "2025M1-M11", True),
    ("今年1—4月,全省规上工业增加值增长8.4%", "今年1—4月", "2025M1-M4", True),
    ("1至9月,全市落地10亿元以上制造业项目46个", "1至9月", "2025M1-M9", True),  # synthetic: a month range keeps month codes
    ("截至6月底,全市新增市场主体2万户", "截至6月底", "2025H1", True),
    ("截至2024年3月末,辖内银担合作支持小微企业贷款余额1311.39亿元", "截至2024年3月末", "2024Q1", True),
    ("2024年上半年,全市GDP增长6%", "2024年上半年", "2024H1", True),
    ("今年一季度,全省数字贸易进出口额1854.7亿元", "今年一季度", "2025Q1", True),
    ("2025年,我们将实干担当、奋进争先,加快向经济强县转型升级", "2025年", "2025", True),
    ("去年,全市GDP增长6.1%", "去年", "2024", True),
    ("力争跨境电商交易额明年突破1500亿元", "明年", "2026", True),
    ("22个省“千项万亿”重大项目在一季度全部开工", "一季度", "2025Q1", False),
    ("2023年9月,习近平总书记亲临浙江考察", "2023年9月", "2023M9-M9", False),
    ("确保新茶叶市场项目一季度开工,加快农产品建设", "一季度", "2025Q1", False),
    ("成功引进2021年度诺贝尔物理学奖得主乔治·帕利西教授全职落户", "2021年度", "2021", False),
    ("今年以来,衢江区各项工作取得较好成绩", "今年以来", "2025", True),
    ("2023年以来,衢州智造新城共引进亿元以上项目82个", "2023年以来", None, True),
    ("近年来,长兴县聚焦专精特新企业培育", "近年来", None, True),
])
def test_periods(text, phrase, code, frames):
    ps = [p for p in find_periods(text) if p.text == phrase]
    assert len(ps) == 1, [(p.text, p.part) for p in find_periods(text)]
    assert resolve(ps[0], DOC) == code
    assert ps[0].frames is frames


def test_comparison_bases_are_not_periods():
    assert find_periods("较上年提高1.7个百分点,比去年同期增长5%") == []
    assert find_periods("连续7个季度夺得全省投资“赛马”激励,制造业投资增长14.1%,连续36个月两位数增长") == []


def test_future_and_context_year():
    p = find_periods("2025年,松阳将聚焦“三个主攻方向”")[0]
    assert is_future(p, dt.date(2024, 12, 22)) and not is_future(p, dt.date(2025, 7, 1))
    q = find_periods("前三季度,GDP增长11.6%")[0]
    assert resolve(q, None) is None and resolve(q, None, context_year=2023) == "2023Q1-Q3"


def test_rises_and_falls_written_as_a_range_of_change():
    # tests/holdout-j, dev2-c: 涨幅 is growth, 降幅 a fall; 增长到 stays a value
    assert [(m.growth, m.bound) for m in find_metrics("居民消费价格涨幅2%左右")] == [(D("2"), "about")]
    assert [(m.growth, m.bound) for m in find_metrics("固定资产投资降幅收窄至2%以内")] == [(D("-2"), "atMost")]
    assert [(m.value, m.growth) for m in find_metrics("国高新从295家增长到1880家")] == [(D("1880"), None)]


def test_counts_listed_after_an_events_count_are_the_events():
    # 调研组…走访了12家企业、6个乡镇和3个园区: the visit's stops, all of them
    assert find_metrics("10月下旬,调研组在谷城走访了12家企业、6个乡镇和3个园区,先后与县长座谈。") == []
    # a list of counts that is no event's stays
    assert [m.value for m in find_metrics("全县新增规上企业12家、高新技术企业6家。")] == [Decimal("12"), Decimal("6")]


def test_a_list_of_divisions_ending_the_clause_before_a_respectively():
    # 与谷城经济体量相近的京山、汉川,去年GDP增速分别为6.5%、7.2%
    found = find_metrics("与谷城经济体量相近的京山、汉川,去年GDP增速分别为6.5%、7.2%。")
    assert [(m.division_text, m.growth) for m in found] == [("京山", Decimal("6.5")), ("汉川", Decimal("7.2"))]
