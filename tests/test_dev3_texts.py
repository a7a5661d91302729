"""The pipeline on tests/dev3, composed development texts (江苏 county-level city page, 广东
district page): facts their text states, as read by hand, each a case of a general rule."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

DEV3 = Path(__file__).resolve().parent / "dev3"


@pytest.fixture(scope="module")
def shunde() -> DocumentFacts:
    return build([DEV3 / "dev3-f-guangdong-district.txt"]).facts[0]


def obs(f: DocumentFacts, phrase: str) -> list[tuple]:
    return [(o.division.name, o.value, o.unit, o.growth, o.period, o.estimate)
            for o in f.observations if phrase in o.evidence.sentence]


def test_a_masthead_with_city_and_district_is_about_the_district(shunde):
    # 佛山市顺德区人民政府门户网站 … 明年全区经济社会发展主要预期目标建议为:地区生产总值增长5%左右
    assert ("顺德区", None, None, Decimal("5"), "2026", True) in obs(shunde, "主要预期目标建议为")
    assert not [o for o in shunde.observations if o.division.name == "佛山市" and "明年全区" in o.evidence.sentence]


def test_this_year_after_a_narrower_period_restates_it(shunde):
    # ▲截至10月底,全区今年累计发放稳岗返还资金1.35亿元
    assert ("顺德区", Decimal("1.35"), "亿元", None, "2025M1-M10", False) in obs(shunde, "稳岗返还资金1.35亿元")


def test_enterprises_of_a_signing_page():
    from kg.nlp.enterprises import find_enterprises

    def names(text: str) -> list[str]:
        return [e.name for e in find_enterprises(text)]

    # dev3-e / dev3-f: a place in brackets before the legal form, an ownership or listing
    # word before a name (not part of it), 株式会社.
    assert names("台资企业宏晶电子(昆山)有限公司投资9.6亿元扩建先进封装测试产线;") == ["宏晶电子(昆山)有限公司"]
    assert names("德资企业施韦特精密机械(中国)有限公司增资1.8亿美元") == ["施韦特精密机械(中国)有限公司"]
    assert names("深交所主板上市公司钧和股份,华东区域总部") == ["钧和股份"]
    assert "丸冈精工株式会社" in " ".join(names("日本丸冈精工株式会社增资扩产项目也在现场签约。"))


def test_a_towns_figures_are_not_its_districts(shunde):
    # 1—10月,容桂街道规上工业总产值1320.6亿元、增长6.8%。 / 据了解,容桂是…拥有家电及配套企业2000余家。
    assert obs(shunde, "容桂街道规上工业总产值") == []
    assert obs(shunde, "拥有家电及配套企业2000余家") == []
    # …杜宏亮表示,北滘将…力争三年内集聚设计企业500家 (a town's plan, its short name after a speaker)
    assert obs(shunde, "设计师1.5万人") == []
    # the district's own figures stay: 前三季度,全区实现地区生产总值3268.5亿元、同比增长4.6%
    assert ("顺德区", Decimal("3268.5"), "亿元", Decimal("4.6"), "2025Q1-Q3", False) in obs(shunde, "全区实现地区生产总值3268.5亿元")


def test_town_names_and_look_alikes():
    from kg.nlp.towns import find_towns, town_at

    text = "前三季度,千灯镇新签约项目14个;来到北滘镇广东工业设计城;推进新型城镇化和乡村振兴,淘宝镇19个。"
    assert [text[t.start:t.end] for t in find_towns(text)] == ["千灯镇", "北滘镇"]
    assert town_at("全镇精密机械产业实现产值", 0) is not None
    assert town_at("容桂是顺德家电产业的重要集聚区", 0, frozenset({"容桂"})) is not None
    assert town_at("都江古城景区上半年接待游客", 0, frozenset({"都江"})) is None


def test_periods_of_a_speech_given_late_in_the_year(shunde):
    # 何嘉铭在作说明和部署明年经济工作时指出,综合研判,预计全年全区地区生产总值增长4.8%左右: the
    # year under way, although the speech around it plans next year
    assert ("顺德区", None, None, Decimal("4.8"), "2025", True) in obs(shunde, "预计全年全区地区生产总值增长4.8%")
    # “十四五”时期,全区地区生产总值年均增长5.1%: an average over years has no one period
    assert ("顺德区", None, None, Decimal("5.1"), None, False) in obs(shunde, "年均增长5.1%")
    # 梁启衡说,这一年,…全区新增国家级专精特新“小巨人”企业11家 (after a 1—9月 paragraph): the year
    assert ("顺德区", Decimal("11"), "家", None, "2025", False) in obs(shunde, "小巨人”企业11家")


def test_milestones_passed_are_not_figures(shunde):
    # 经济总量先后跨越4000亿元、4300亿元两个台阶
    assert [o for o in shunde.observations if o.value in (Decimal("4000"), Decimal("4300"))] == []


def test_programs_of_a_county_level_city_meeting():
    from kg.nlp.programs import find_programs

    def names(text: str) -> list[str]:
        return [p.name for p in find_programs(text)]

    # a slogan the centre set, named by what it is (重大要求, 重大使命)
    text = "深入践行“四个走在前”重大要求和“四个新”重大任务,牢记“争当表率、争做示范、走在前列”重大使命。"
    assert names(text) == ["四个走在前", "四个新", "争当表率、争做示范、走在前列"]
    # a plan named at length after 实施
    assert names("深入实施创新型企业梯次培育计划,力争年内新增高新技术企业400家以上。") == ["创新型企业梯次培育计划"]
    # a national regional strategy written with its verb noun; a description is none
    assert names("深度融入粤港澳大湾区建设,与广州市南沙区共建产业协作平台。") == ["粤港澳大湾区建设"]
    assert names("弘扬“爱拼才会赢”的闽商精神,吸引在外晋商回归投资。") == []


def test_award_and_guest_counts_are_not_figures(shunde):
    # 顺捷股份、华曜智能、德力精密等8家企业获得区长质量奖,另有12家企业获得提名奖。
    assert obs(shunde, "另有12家企业获得提名奖") == []
    # 邀请40余家深圳机器人及核心零部件企业参加,现场达成合作意向项目11个
    assert [o[1] for o in obs(shunde, "邀请40余家深圳机器人")] == [Decimal("11")]


def test_verbs_before_a_street_name_no_town():
    from kg.nlp.towns import find_towns

    text = "新建社区养老服务站12个,实现街道养老服务中心全覆盖;周市镇党委书记黄振宇介绍"
    assert [text[t.start:t.end] for t in find_towns(text)] == ["周市镇"]


def test_a_quote_that_names_no_place_is_not_the_citys():
    from kg.build import build as build_docs

    kunshan = build_docs([DEV3 / "dev3-e-jiangsu-county.txt"]).facts[0]
    # “今年我们新上了两条柔性模组产线,前三季度产值同比增长近四成。” (a company's manager)
    assert obs(kunshan, "前三季度产值同比增长近四成") == []
