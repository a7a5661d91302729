"""Rules added in session 11, each checked on the development text whose error showed it
(texts in tests/dev18 and later, read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts
from kg.nlp.divisions import find_divisions

TESTS = Path(__file__).resolve().parent


def figures(facts: DocumentFacts) -> set[tuple]:
    """(division name, value, unit, growth, period, estimate) of every observation."""
    return {(o.division.name, o.value, o.unit, o.growth, o.period, o.estimate) for o in facts.observations}


def text_facts(name: str, path: Path):
    """A module-scoped fixture called ``name``: the facts of the development text at ``path``."""

    @pytest.fixture(scope="module", name=name)
    def _facts() -> DocumentFacts:
        return build([path]).facts[0]

    return _facts


pingnan = text_facts("pingnan", TESTS / "dev18" / "dev18-a-guangxi-county-site.txt")
qiqihar = text_facts("qiqihar", TESTS / "dev18" / "dev18-c-heilongjiang-citydaily.txt")


def test_a_city_name_before_market_is_not_the_city():
    # 我市绿色食品在广州市场销售额…: 广州 + 市场
    text = "我市绿色食品在广州市场销售额达到38.6亿元。"
    assert [d.surface for d in find_divisions(text) if d.candidates] == ["广州"]


def test_our_city_is_the_papers_own_not_the_partner_city(qiqihar):
    # 广州企业在我市新落地项目21个,到位资金24.7亿元,同比增长31.5%;我市绿色食品在广州市场销售额…
    got = figures(qiqihar)
    assert ("齐齐哈尔市", Decimal("21"), "个", None, "2025M1-M9", False) in got
    assert ("齐齐哈尔市", Decimal("38.6"), "亿元", Decimal("17.2"), "2025M1-M9", False) in got
    assert not {f for f in got if f[0] == "广州市"}


def test_growth_over_last_year_end_joins_its_value(qiqihar):
    # 全县市场经营主体达到3.12万户,比上年末增长7.3%
    assert ("依安县", Decimal("3.12"), "万户", Decimal("7.3"), "2025Q1-Q3", False) in figures(qiqihar)


def test_all_the_city_after_a_sentence_reporting_a_county_level_citys_figures_is_that_city(qiqihar):
    # 今年,讷河市承担…,全市大豆播种面积稳定在260万亩以上…。据测产,全市粮食总产预计达到58.3亿斤,同比增长2.1%
    assert ("讷河市", Decimal("58.3"), "亿斤", Decimal("2.1"), "2025", True) in figures(qiqihar)


def test_an_appointment_after_a_semicolon_with_a_padded_name(qiqihar, held):
    # …;白　杨同志任中共克东县委委员、常委、副书记,提名为克东县人民政府县长候选人
    assert held(qiqihar, "白杨") == {("县委常委", "克东县"), ("县委副书记", "克东县")}
    assert "提名" not in {h.official for h in qiqihar.holdings}


def test_the_post_an_appointee_leaves_is_held_and_committee_membership_is_implied(qiqihar, held):
    # 冯晓光同志任中共克山县委委员、常委、书记,免去其齐齐哈尔市营商环境建设监督局局长职务
    assert held(qiqihar, "冯晓光") == {("县委常委", "克山县"), ("县委书记", "克山县"),
                                       ("营商环境建设监督局局长", "齐齐哈尔市")}


def test_a_secondment_to_our_city_keeps_the_home_post(qiqihar, held):
    # 广州市海珠区副区长、挂职我市副市长陈志远
    assert held(qiqihar, "陈志远") == {("副区长", "海珠区"), ("副市长", "齐齐哈尔市")}


def test_a_planned_area_is_an_estimate_and_so_are_its_parts(pingnan):
    # 今年平南县秋冬种计划面积28.6万亩,其中冬种马铃薯3.2万亩、冬种蔬菜15.8万亩
    got = figures(pingnan)
    assert ("平南县", Decimal("28.6"), "万亩", None, "2025", True) in got
    assert ("平南县", Decimal("3.2"), "万亩", None, "2025", True) in got


def test_what_a_project_yields_once_built_has_no_period(pingnan):
    # 项目全部建成投产后,预计年产值可达120亿元以上,新增就业岗位5000个左右
    got = figures(pingnan)
    assert ("平南县", Decimal("120"), "亿元", None, None, True) in got
    assert ("平南县", Decimal("5000"), "个", None, None, True) in got


xilingol = text_facts("xilingol", TESTS / "dev19" / "dev19-c-neimenggu-league-citydaily.txt")


def test_mongolian_names_end_before_what_follows_them(xilingol, held):
    # 二连浩特市委副书记、市长其木格,苏尼特右旗委副书记、旗长宝力道分别陪同调研
    assert held(xilingol, "其木格") == {("市委副书记", "二连浩特市"), ("市长", "二连浩特市")}
    assert held(xilingol, "宝力道") == {("旗委副书记", "苏尼特右旗"), ("旗长", "苏尼特右旗")}
    # 市人大常委会主任巴图孟和主持; 盟政协主席朝鲁孟带领…
    assert held(xilingol, "巴图孟和") == {("人大常委会主任", "锡林浩特市")}
    assert held(xilingol, "朝鲁孟") == {("政协主席", "锡林郭勒盟")}


def test_commissioners_office_posts_of_a_league(xilingol, held):
    # 行署秘书长高文博出席会议; 任命白玉洁为锡林郭勒盟行政公署副盟长
    assert held(xilingol, "高文博") == {("行署秘书长", "锡林郭勒盟")}
    assert held(xilingol, "白玉洁") == {("副盟长", "锡林郭勒盟")}


def test_a_place_before_a_name_that_opens_with_the_place_above_it_is_where_the_company_is(xilingol):
    # ▲东乌珠穆沁旗锡林郭勒华牧乳业集团股份有限公司(简称“华牧乳业”)获评…
    located = {(loc.enterprise, loc.division.name) for loc in xilingol.locations}
    assert ("锡林郭勒华牧乳业集团股份有限公司", "东乌珠穆沁旗") in located


def test_a_short_name_the_text_gives_is_the_same_company(xilingol):
    # 内蒙古乌珠穆沁能源集团股份有限公司(简称“乌能集团”)
    companies = {m.key for m in xilingol.mentions if m.kind == "enterprise"}
    assert "内蒙古乌珠穆沁能源集团股份有限公司" in companies and "乌能集团" not in companies


def test_trains_counted_after_the_word_for_trains(xilingol):
    # 经二连浩特口岸进出境中欧班列1912列,同比增长11.2%
    assert ("二连浩特市", Decimal("1912"), "列", Decimal("11.2"), "2025", False) in figures(xilingol)


def test_guests_from_another_province_visiting_a_county_make_the_item_the_countys(xilingol):
    # 北京市昌平区党政代表团到太仆寺旗考察…。签约仪式上,…等6个项目集中签约,总投资9.8亿元
    got = figures(xilingol)
    assert ("太仆寺旗", Decimal("9.8"), "亿元", None, None, False) in got
    assert not {f for f in got if f[0] == "锡林郭勒盟" and f[1] == Decimal("9.8")}


qidong = text_facts("qidong", TESTS / "dev19" / "dev19-b-hunan-county-site.txt")
chuzhou = text_facts("chuzhou", TESTS / "dev19" / "dev19-a-anhui-speech.txt")


def test_a_resignation_line_under_its_heading(qidong, held):
    # 接受: / 刘 洋辞去祁东县人民政府副县长职务的请求。
    assert held(qidong, "刘洋") == {("副县长", "祁东县")}


def test_a_padded_name_before_a_visit(qidong, held):
    # 衡阳市委常委、秘书长曹 毅来我县调研
    assert held(qidong, "曹毅") == {("市委常委", "衡阳市"), ("市委秘书长", "衡阳市")}


def test_the_city_governments_vice_mayor_is_a_vice_mayor(qidong, held):
    # 市政府副市长周建勋,深圳市龙华区人民政府副区长林少峰…出席
    assert held(qidong, "周建勋") == {("副市长", "衡阳市")}


def test_a_quarter_called_the_key_period_frames_no_figure_the_years_targets_do(qidong):
    # 四季度是决战决胜全年目标任务的关键期,要紧盯全年目标不松劲,确保地区生产总值增长6%以上
    got = figures(qidong)
    assert ("祁东县", None, None, Decimal("6"), "2025", True) in got
    assert not {f for f in got if f[3] == Decimal("6") and f[4] == "2025Q4"}


def test_what_a_county_grows_is_an_industry_not_a_company(chuzhou):
    # 做大盐化工和化工新材料产业
    assert "做大盐化工" not in {m.key for m in chuzhou.mentions if m.kind == "enterprise"}


def test_a_port_named_after_a_city_is_no_mention_of_the_city():
    # 赣州国际陆港发运中欧(亚)班列426列
    assert not [d for d in find_divisions("赣州国际陆港发运中欧(亚)班列426列。") if d.candidates]


def test_a_milestone_passed_before_the_figure_itself_is_no_figure(qidong):
    # 去年,全县地区生产总值首次突破400亿元,达到408.7亿元
    got = figures(qidong)
    assert ("祁东县", Decimal("408.7"), "亿元", None, "2024", False) in got
    assert not {f for f in got if f[1] == Decimal("400")}


def test_a_program_name_starts_after_a_governing_word_jieba_keeps_whole(xilingol):
    # 全旗认真落实草原生态保护补助奖励政策
    programs = {m.key for m in xilingol.mentions if m.kind == "program"}
    assert "草原生态保护补助奖励政策" in programs
    assert not {p for p in programs if p.startswith("全旗")}


def test_a_seconded_officials_posts_then_the_aid_command_posts():
    # 州委常委、副州长(挂职),浙江省援青指挥部党委书记、指挥长周浩通报援青工作进展情况 (dev8-a)
    facts = build([TESTS / "dev8" / "dev8-a-qinghai-prefecture.txt"]).facts[0]
    got = {(h.title, h.division.name if h.division else None) for h in facts.holdings if h.official == "周浩"}
    assert got == {("州委常委", "海西蒙古族藏族自治州"), ("副州长", "海西蒙古族藏族自治州"),
                   ("援青指挥部党委书记", "浙江省"), ("援青指挥部指挥长", "浙江省")}
