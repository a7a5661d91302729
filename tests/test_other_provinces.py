"""The pipeline on composed texts from other provinces (tests/blind development documents,
tests/ext): facts their text states, as read by hand, each a case of a general rule.

blind-b is a 山东 county paper (今日曹县) that never names its county as a subject;
blind-d a 湖北 city daily page (宜昌日报) with a 数据 box, a 高新区 and 分别 lists over
counties; ext-neimenggu a 内蒙古 page with a past year's figure before this year's;
final-e a 安徽 政府工作报告 of January 2025 (review of 2024, then the plan for 2025), read for
its errors after its blind measurement (tests/final/README.md); holdout-j a 甘肃 州 page of
December 2025 (州委经济工作会议), likewise read after its blind measurement.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

TESTS = Path(__file__).resolve().parent
BLIND_B = TESTS / "blind" / "blind-b-shandong-news.txt"
BLIND_D = TESTS / "blind" / "blind-d-hubei-mixed.txt"
NEIMENGGU = TESTS / "ext" / "ext-neimenggu-mixed.txt"
GUANGDONG = TESTS / "ext" / "ext-guangdong-speech.txt"
ANHUI_REPORT = TESTS / "final" / "final-e-anhui-report.txt"
GANSU_SPEECH = TESTS / "holdout" / "holdout-j-gansu-speech.txt"


@pytest.fixture(scope="module")
def facts() -> dict[str, DocumentFacts]:
    result = build([BLIND_B, BLIND_D, NEIMENGGU, GUANGDONG, ANHUI_REPORT, GANSU_SPEECH])
    return {Path(f.name).stem: f for f in result.facts}


def obs(f: DocumentFacts, phrase: str) -> list[tuple]:
    """(division, value, unit, growth, period, estimate) of the figures in sentences holding ``phrase``."""
    return [(o.division.name, o.value, o.unit, o.growth, o.period, o.estimate)
            for o in f.observations if phrase in o.evidence.sentence]


def names(f: DocumentFacts, kind: str) -> set[str]:
    return {m.key for m in f.mentions if m.kind == kind}


def posts(f: DocumentFacts, official: str) -> set[tuple]:
    return {(h.title, h.division.name if h.division else None) for h in f.holdings if h.official == official}


def test_fenbie_over_a_list_of_counties(facts):
    # ——分县市区看,宜都市、枝江市、当阳市规上工业增加值分别增长9.6%、9.1%、8.3%;长阳、五峰固定资产投资分别增长10.2%、9.7%。
    got = {(d, g) for d, _v, _u, g, _p, _e in obs(facts["blind-d-hubei-mixed"], "分县市区看")}
    assert got == {("宜都市", Decimal("9.6")), ("枝江市", Decimal("9.1")), ("当阳市", Decimal("8.3")),
                   ("长阳土家族自治县", Decimal("10.2")), ("五峰土家族自治县", Decimal("9.7"))}


def test_zone_figures_belong_to_the_city_it_is_named_after(facts):
    # 1—10月,宜昌高新区规上工业总产值增长12.4%,高新技术产业增加值增长15.1%。
    got = obs(facts["blind-d-hubei-mixed"], "宜昌高新区规上工业总产值")
    assert {(d, g, p) for d, _v, _u, g, p, _e in got} == {
        ("宜昌市", Decimal("12.4"), "2025M1-M10"), ("宜昌市", Decimal("15.1"), "2025M1-M10")}


def test_a_single_month_frames_only_its_own_figure(facts):
    # ——规模以上工业增加值增长7.8%,其中10月当月增长8.5%。 / ——社会消费品零售总额1987.3亿元,增长5.9%;10月当月221.6亿元,增长7.2%。
    f = facts["blind-d-hubei-mixed"]
    assert ("宜昌市", None, None, Decimal("8.5"), "2025M10-M10", False) in obs(f, "其中10月当月增长8.5%")
    retail = obs(f, "社会消费品零售总额1987.3亿元")
    assert ("宜昌市", Decimal("1987.3"), "亿元", Decimal("5.9"), "2025M1-M10", False) in retail
    assert ("宜昌市", Decimal("221.6"), "亿元", Decimal("7.2"), "2025M10-M10", False) in retail


def test_county_paper_figures_are_the_county_s(facts):
    # 前三季度,全县实现地区生产总值356.8亿元,同比增长6.3%。第一、二、三产业增加值分别为41.2亿元、…
    f = facts["blind-b-shandong-news"]
    assert ("曹县", Decimal("356.8"), "亿元", Decimal("6.3"), "2025Q1-Q3", False) in obs(f, "全县实现地区生产总值")
    assert {d for d, *_ in obs(f, "第一、二、三产业增加值")} == {"曹县"}
    # 会议强调,…确保全年地区生产总值增长6%以上: a target of the county, though no sentence names it
    assert ("曹县", None, None, Decimal("6"), "2025", True) in obs(f, "确保全年地区生产总值增长6%以上")


def test_figures_of_a_dated_event_have_no_period(facts):
    # 10月25日,我县举行秋季重点项目集中签约活动,现场签约项目16个、总投资112.6亿元
    got = obs(facts["blind-b-shandong-news"], "现场签约项目16个")
    assert ("曹县", Decimal("16"), "个", None, None, False) in got
    assert ("曹县", Decimal("112.6"), "亿元", None, None, False) in got


def test_a_company_s_own_figure_is_not_its_division_s(facts):
    # 公司董事长黄学文介绍,项目全部建成后,峡鑫新材料年产值可达80亿元。
    assert obs(facts["blind-d-hubei-mixed"], "峡鑫新材料年产值可达80亿元") == []


def test_companies_listed_before_deng_qiye(facts):
    # 走访了森源木业、佳和包装、瑞丰食品、曹县盛世博达工艺品有限公司等企业 / 推动湖北宜化、兴发集团等企业
    assert {"森源木业", "佳和包装", "瑞丰食品", "曹县盛世博达工艺品有限公司"} <= names(facts["blind-b-shandong-news"], "enterprise")
    assert {"湖北宜化", "兴发集团", "长科光电"} <= names(facts["blind-d-hubei-mixed"], "enterprise")


def test_programs_by_knowledge_head_and_policy_document(facts):
    progs = names(facts["blind-d-hubei-mixed"], "program")
    # “枫桥经验” (a known program), “链长制” (…制), “51020”现代产业集群 (a head a few characters on),
    # 《宜昌市制造业数字化转型三年行动方案(2025—2027年)》 (a policy document, division and years dropped)
    assert {"枫桥经验", "链长制", "51020", "制造业数字化转型三年行动方案"} <= progs
    progs_b = names(facts["blind-b-shandong-news"], "program")
    assert {"三品", "工业强县"} <= progs_b
    # “汉服小镇”电商服务平台 (a platform), “稳中有进、进中提质”的目标 (a goal), “发展壮大村级集体经济” (a task)
    assert not {"汉服小镇", "稳中有进、进中提质", "发展壮大村级集体经济"} & progs_b


def test_an_abbreviation_and_its_full_name_are_one_program(facts):
    progs = names(facts["ext-guangdong-speech"], "program")
    assert "百县千镇万村高质量发展工程" in progs and "百千万工程" not in progs


def test_posts_of_other_provinces(facts):
    d, b = facts["blind-d-hubei-mixed"], facts["blind-b-shandong-news"]
    assert posts(d, "周敏杰") == {("省委常委", "湖北省"), ("省委秘书长", "湖北省")}  # 省委常委、秘书长周敏杰
    assert ("县长", "兴山县") in posts(d, "贺文涛")  # 兴山县委副书记、县长贺文涛
    assert ("宜昌高新区党工委书记", None) in posts(d, "孙晓川")  # a zone is no division
    assert posts(b, "范志强") == {("统计局局长", "曹县")}  # 县统计局局长范志强表示


def test_a_later_period_set_off_by_a_comma_frames_the_next_paragraphs(facts):
    # 2024年,西乌珠穆沁旗地区生产总值…。今年前三季度,全旗…  (next paragraph) …其中肉牛存栏41.2万头、增长9.6%
    got = obs(facts["ext-neimenggu-mixed"], "肉牛存栏41.2万头")
    assert ("西乌珠穆沁旗", Decimal("41.2"), "万头", Decimal("9.6"), "2025Q1-Q3", False) in got


DEV_A = TESTS / "dev" / "dev-a-jiangxi-personnel.txt"
DEV_B = TESTS / "dev" / "dev-b-yunnan-meeting.txt"


@pytest.fixture(scope="module")
def dev_facts() -> dict[str, DocumentFacts]:
    return {Path(f.name).stem: f for f in build([DEV_A, DEV_B]).facts}


def test_personnel_page_posts(dev_facts):
    a = dev_facts["dev-a-jiangxi-personnel"]
    # 决定任命钟晓明为市发展和改革委员会主任,谢丽萍为市财政局局长; 免去刘振华的市财政局局长职务。
    assert posts(a, "谢丽萍") == {("财政局局长", "赣州市")}
    assert posts(a, "刘振华") == {("财政局局长", "赣州市")}
    # 市委常委、组织部部长赖晓红 / 市商务局党组书记、局长黄卫东 / 瑞金市委书记杨晓峰、市长龚丽
    assert ("市委组织部部长", "赣州市") in posts(a, "赖晓红")
    assert ("商务局局长", "赣州市") in posts(a, "黄卫东")
    assert posts(a, "龚丽") == {("市长", "瑞金市")}
    # 县委副书记、代县长刘芳 (no post of 代县, 山西)
    assert ("代县长", "兴国县") in posts(a, "刘芳")


def test_prefecture_page_posts(dev_facts):
    b = dev_facts["dev-b-yunnan-meeting"]
    # 副州长张丽娟、字海峰、和振东,州政协副主席苏 敏 (minority surnames, a padded name)
    for name in ("字海峰", "和振东"):
        assert posts(b, name) == {("副州长", "大理白族自治州")}
    assert posts(b, "苏敏") == {("政协副主席", "大理白族自治州")}
    # 巍山县委书记阿苏日且、县长左建平 (a Yi name; the 县长 of the same county)
    assert posts(b, "阿苏日且") == {("县委书记", "巍山彝族回族自治县")}
    assert posts(b, "左建平") == {("县长", "巍山彝族回族自治县")}
    # speaker line 宾川县委副书记、县长 施晓波; 喜洲镇党委书记杨春燕 (a town is no division)
    assert posts(b, "施晓波") == {("县委副书记", "宾川县"), ("县长", "宾川县")}
    assert posts(b, "杨春燕") == {("喜洲镇党委书记", None)}


def test_a_short_company_name_is_the_legal_name_written_in_full(facts):
    # 在山东华冠木业集团有限公司,… / 华冠木业董事长周建民介绍 / 华冠木业高端定制家居智能工厂项目
    companies = names(facts["blind-b-shandong-news"], "enterprise")
    assert "山东华冠木业集团有限公司" in companies and "华冠木业" not in companies


def test_a_review_keeps_its_year_through_later_phrases_without_one(facts):
    # 一、2024年工作回顾 … 一年来,… (paragraph) 全年新签约亿元以上项目428个 … (next paragraphs)
    # 技术合同成交额186.5亿元、增长23.7%: every figure of the review is 2024's, none an estimate.
    report = facts["final-e-anhui-report"]
    assert ("滁州市", Decimal("428"), "个", None, "2024", False) in obs(report, "全年新签约亿元以上项目428个")
    assert ("滁州市", Decimal("186.5"), "亿元", Decimal("23.7"), "2024", False) in obs(report, "技术合同成交额186.5亿元")


def test_the_plan_of_a_january_report_is_targets_and_a_deadline_dates_only_its_sentence(facts):
    # 二、2025年主要目标和重点任务 … 全年新能源汽车产量力争突破45万辆,到2027年…产值突破2500亿元。
    # …新增规上工业企业200家以上,工业投资增长12%。 -> 2025 targets, not 2027's.
    report = facts["final-e-anhui-report"]
    got = obs(report, "新增规上工业企业200家以上")
    assert ("滁州市", Decimal("200"), "家", None, "2025", True) in got
    assert ("滁州市", None, None, Decimal("12"), "2025", True) in got
    assert ("滁州市", Decimal("1500"), "个", None, "2025", True) in obs(report, "新增普惠托位1500个")


def test_programs_of_a_report_and_what_only_looks_like_one(facts):
    report = names(facts["final-e-anhui-report"], "program")
    # 推进国有企业改革深化提升行动 (a governing verb inside the name), 林长制和河湖长制
    assert {"国有企业改革深化提升行动", "河湖长制", "林长制"} <= report
    # 作为“一号工程” (a rank), “十四五”规划 (a plan period), 冲刺“千亿县” (a title),
    # “双首位”产业 (industries), 农村供水工程45处 (works counted), 深化重点领域改革 (generic)
    assert not {"一号工程", "十四五", "千亿县", "双首位", "新建改建农村供水工程", "重点领域改革", "提升行动"} & report


def test_a_common_word_is_no_given_name(facts):
    # 并请市政协委员和其他列席人员提出意见: 和 is a surname, 其他 no given name.
    assert not [o for o in facts["final-e-anhui-report"].holdings if o.official.startswith("和其")]


def test_quanzhou_is_the_autonomous_prefecture_not_a_city_the_text_names(facts):
    # 厦门市 (its 东西部协作 partner) is named before 全州: 全州 is 临夏回族自治州 all the same.
    got = obs(facts["holdout-j-gansu-speech"], "全州规模以上工业增加值增长9.4%")
    assert ("临夏回族自治州", None, None, Decimal("9.4"), "2025M1-M11", False) in got


def test_a_post_after_a_division_that_repeats_its_level(facts):
    # 东乡族自治县县委副书记、县长唐世明
    assert posts(facts["holdout-j-gansu-speech"], "唐世明") == {("县委副书记", "东乡族自治县"), ("县长", "东乡族自治县")}


def test_a_december_plan_for_next_year_keeps_that_year(facts):
    # (一)聚力“强工业”… 实施工业倍增计划,全年新增规模以上工业企业20户以上 (in the 2026 plan)
    got = obs(facts["holdout-j-gansu-speech"], "全年新增规模以上工业企业20户以上")
    assert ("临夏回族自治州", Decimal("20"), "户", None, "2026", True) in got
