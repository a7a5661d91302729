"""Rules added in session 9, each checked on the development text whose error showed it
(texts in tests/dev11 and dev12, read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts
from kg.nlp.periods import find_periods

TESTS = Path(__file__).resolve().parent


def figures(facts: DocumentFacts) -> set[tuple]:
    """(division name, value, unit, growth, period) of every observation with a division."""
    return {(o.division.name, o.value, o.unit, o.growth, o.period) for o in facts.observations if o.division is not None}


@pytest.fixture(scope="module")
def mountain_counties() -> DocumentFacts:
    return build([TESTS / "dev11" / "dev11-a-zhejiang-magazine.txt"]).facts[0]


def test_a_news_items_dateline_of_two_short_names_is_the_inner_place(mountain_counties, held):
    # ▲ 舟山岱山：1-8月，岱山县…。县委书记孙启东表示… (after three sections on other counties)
    assert held(mountain_counties, "孙启东") == {("县委书记", "岱山县")}
    # ▲ 丽水景宁：今年以来，“景宁600”区域公用品牌产品销售额达12.8亿元，同比增长16.4%
    got = figures(mountain_counties)
    assert ("景宁畲族自治县", Decimal("12.8"), "亿元", Decimal("16.4"), "2025") in got
    assert not any(d == "丽水市" and v == Decimal("12.8") for d, v, *_ in got)


def test_a_park_built_by_two_places_lies_in_the_second(mountain_counties):
    # 今年以来，桐乡·开化山海协作产业园新引进项目8个、总投资26.4亿元
    got = figures(mountain_counties)
    assert ("开化县", Decimal("26.4"), "亿元", None, "2025") in got
    assert ("开化县", Decimal("8"), "个", None, "2025") in got
    assert not any(d == "桐乡市" for d, *_ in got)


def test_a_company_introduced_by_where_it_comes_from_owns_its_investment(mountain_counties):
    # 来自瑞安的浙江瑞鼎汽车部件有限公司投资6.8亿元的智能制造基地正在加紧建设
    assert not any(v == Decimal("6.8") and u == "亿元" for _, v, u, *_ in figures(mountain_counties))


def test_a_trade_name_before_what_it_developed(mountain_counties):
    # 本地企业澜途数科开发的千岛湖“云上游”平台
    assert "澜途数科" in {m.key for m in mountain_counties.mentions if m.kind == "enterprise"}


def test_a_holiday_is_a_period_of_its_own_sentence_only(mountain_counties):
    # 去年，全县农村居民人均可支配收入达31286元 … (next paragraph) 国庆中秋假期，全县接待游客
    # 38.6万人次，实现旅游收入3.2亿元，分别增长12.4%、14.1%: no year, not 去年's
    got = figures(mountain_counties)
    assert ("文成县", Decimal("38.6"), "万人次", Decimal("12.4"), None) in got
    assert ("文成县", Decimal("3.2"), "亿元", Decimal("14.1"), None) in got
    found = find_periods("“五一”假期，全县接待游客3万人次")
    assert [(p.text, p.part, p.frames) for p in found] == [("“五一”假期", None, True)]
    # a plan period ending in 期间 is no holiday and still frames what follows
    assert find_periods("“十四五”期间，全县GDP年均增长6%")[0].text == "“十四五”期间"


@pytest.fixture(scope="module")
def yangcheng() -> DocumentFacts:
    return build([TESTS / "dev12" / "dev12-c-shanxi-county-plenum.txt"]).facts[0]


def test_a_sentence_opened_by_an_officials_posts_is_about_the_innermost_place(yangcheng):
    # 晋城市委常委、阳城县委书记卫建峰出席会议并讲话。… 预计全年地区生产总值完成468亿元左右、增长5.6%左右:
    # the county's plenum, not 晋城市's
    got = figures(yangcheng)
    assert ("阳城县", Decimal("468"), "亿元", Decimal("5.6"), "2025") in got
    assert not any(d == "晋城市" for d, *_ in got)


@pytest.fixture(scope="module")
def zhanjiang() -> DocumentFacts:
    return build([TESTS / "dev12" / "dev12-a-guangdong-citydaily.txt"]).facts[0]


def test_the_briefs_heading_goes_back_to_the_papers_place(zhanjiang, held):
    # (雷州's item) … 简讯 / ▲9月18日，市十五届人大常委会第三十一次会议闭幕。市人大常委会主任杨春晖主持会议
    assert held(zhanjiang, "杨春晖") == {("人大常委会主任", "湛江市")}
    assert held(zhanjiang, "蔡志明") == {("人大常委会秘书长", "湛江市")}


def test_a_city_standing_member_before_a_districts_post_is_of_the_city_above(zhanjiang, held):
    # ▲9月21日，市委常委、赤坎区委书记温立新到中华街道…
    assert held(zhanjiang, "温立新") == {("市委常委", "湛江市"), ("区委书记", "赤坎区")}


@pytest.fixture(scope="module")
def three_cities() -> DocumentFacts:
    return build([TESTS / "dev12" / "dev12-b-jiangsu-magazine.txt"]).facts[0]


def test_names_padded_with_a_space_in_a_list(three_cities, held):
    # 市委常委、常务副市长顾振宇和副市长承 浩、薛明华、张 颖分别通报了分管领域项目进展 (承: a 江苏 surname)
    for name in ("承浩", "薛明华", "张颖"):
        assert held(three_cities, name) == {("副市长", "江阴市")}, name


def test_company_names_and_what_the_company_reports(three_cities):
    names = {m.key for m in three_cities.mentions if m.kind == "enterprise"}
    # 走进昆山高新区江苏启澜光电科技股份有限公司: the zone is where it sits, not its name
    assert "江苏启澜光电科技股份有限公司" in names
    assert not any(n.startswith("昆山高新区") for n in names)
    # 鼎丰电子(昆山)有限公司 written with ASCII brackets in a text that elsewhere writes （）
    assert "鼎丰电子(昆山)有限公司" in names
    # “老企业也要有新装备。”: no company
    assert "也要有新装备" not in names
    got = figures(three_cities)
    # 这家国家级专精特新“小巨人”企业去年营收不到5亿元，今年有望突破7亿元: the company's own
    assert not any(v in (Decimal("5"), Decimal("7")) and u == "亿元" for _, v, u, *_ in got)
    # 前三季度，三市地区生产总值合计超过1.06万亿元: three cities' sum, no one division's
    assert not any(v == Decimal("1.06") for _, v, *_ in got)


def programs(facts: DocumentFacts) -> set[str]:
    return {m.key for m in facts.mentions if m.kind == "program"}


def test_quoted_words_that_name_no_program(three_cities, mountain_counties):
    from kg.nlp.programs import find_programs

    # 一、昆山:从“两岸合作”到“双向开放”: a shift described
    assert not {"两岸合作", "双向开放"} & programs(three_cities)
    # 组建县级“两山合作社”: an organisation; 激活基层治理“一池春水”: an idiom
    assert "两山合作社" not in programs(mountain_counties)
    assert all(p.name != "一池春水" for p in find_programs("龙潭镇:“小院议事”激活基层治理“一池春水”"))
    # 龙海川详细了解通关便利化改革: the visitor's verb is no part of the name
    assert all("了解" not in p.name for p in find_programs("在河口口岸和北山国际货场,龙海川详细了解通关便利化改革和货运组织情况。"))
    # …作为推动高质量发展的头号工程: a rank, not a program
    assert all(p.name != "头号工程" for p in find_programs("雷州市坚持把“百千万工程”作为推动高质量发展的头号工程,经济运行稳中向好。"))


def test_a_program_with_and_without_its_head_word_is_one(mountain_counties):
    # 山海协作工程 (in full) and 山海协作 (the lexicon's form) in one text
    names = programs(mountain_counties)
    assert "山海协作工程" in names and "山海协作" not in names


@pytest.fixture(scope="module")
def honghe() -> DocumentFacts:
    return build([TESTS / "dev11" / "dev11-b-yunnan-citydaily.txt"]).facts[0]


def test_an_official_whose_posts_open_the_sentence_brings_his_place(honghe):
    # ▲7月下旬，州委常委、个旧市委书记罗志鹏带队赴深圳市、东莞市开展招商推介，签约项目6个、协议总投资32.5亿元
    got = figures(honghe)
    assert any(d == "个旧市" and v == Decimal("32.5") for d, v, *_ in got)
    assert not any(d == "红河哈尼族彝族自治州" and v == Decimal("32.5") for d, v, *_ in got)


def test_provincial_flagship_programs_are_known(three_cities, honghe):
    # 建设“强富美高”新江苏 (江苏), 擦亮“绿色食品牌” (云南's 三张牌): known provincial coinages
    assert "强富美高" in programs(three_cities)
    assert "绿色食品牌" in programs(honghe)


def test_a_count_of_places_refers_back_to_their_list():
    # ●今年上半年，英德、兴宁、廉江三地规模以上工业增加值分别增长6.2%、7.0%、8.3%。
    # ●今年1-8月，三地网络零售额分别增长18.2%、15.6%和1.2倍。
    facts = build([TESTS / "dev10" / "dev10-b-guangdong-magazine.txt"]).facts[0]
    got = {(o.division.name, o.growth) for o in facts.observations if o.division is not None and "网络零售额" in o.indicator}
    assert {("英德市", Decimal("18.2")), ("兴宁市", Decimal("15.6"))} <= got


def test_posts_and_names_from_dev13():
    from kg.nlp.divisions import find_divisions
    from kg.nlp.enterprises import find_enterprises
    from kg.nlp.officials import find_officials

    # 免去权立新的宝鸡市市场监督管理局局长职务: 市场 is a word, not 市 written again
    text = "免去权立新的宝鸡市市场监督管理局局长职务。"
    assert [[p.title for p in o.posts] for o in find_officials(text, find_divisions(text))] == [["市场监督管理局局长"]]
    # 台资企业冠宏精密机械（漳州）有限公司 (jieba: 冠|宏|精密机械): the lone first character is the name's
    assert [e.name for e in find_enterprises("其中，台资企业冠宏精密机械（漳州）有限公司计划投资12.8亿元")] \
        == ["冠宏精密机械（漳州）有限公司"]


@pytest.fixture(scope="module")
def baoji() -> DocumentFacts:
    return build([TESTS / "dev13" / "dev13-b-shaanxi-citydaily.txt"]).facts[0]


def test_a_division_in_the_figures_own_clause_after_a_list(baoji):
    # 眉县、陇县、千阳县固定资产投资分别增长12.4%、9.7%、8.1%，麟游县下降2.3%。
    got = {(o.division.name, o.growth) for o in baoji.observations if o.division is not None}
    assert ("麟游县", Decimal("-2.3")) in got
    assert ("宝鸡市", Decimal("-2.3")) not in got


def test_a_list_opening_the_clause_before_the_figures():
    from kg.nlp.metrics import find_metrics

    got = [(m.division_text, m.growth) for m in find_metrics("凤县、太白县旅游消费带动明显，社会消费品零售总额分别增长7.6%、7.1%。")]
    assert got == [("凤县", Decimal("7.6")), ("太白县", Decimal("7.1"))]
    # a clause with figures of its own still takes the growth rates after it
    got = [(m.division_text, m.value, m.growth) for m in find_metrics("建水县、石屏县分别接待游客986.3万人次、412.6万人次，分别增长11.2%、8.5%。")]
    assert got == [("建水县", Decimal("986.3"), Decimal("11.2")), ("石屏县", Decimal("412.6"), Decimal("8.5"))]


def test_one_character_before_a_short_name_at_an_items_start_makes_another_name():
    from kg.nlp.divisions import find_divisions

    # 、阿蓬江等重点景区: not 江门's 蓬江区
    assert [d.surface for d in find_divisions("其中，桃花源、龚滩古镇、阿蓬江等重点景区接待游客386万人次")] == []
    # 赴蓬江: a verb before the place
    assert [d.surface for d in find_divisions("考察团赴蓬江考察。")] == ["蓬江"]


def test_a_sentence_opened_by_the_project_is_the_projects():
    # 该项目由福建浯港海洋科技有限公司投资建设，规划布设大型养殖平台2座、深水抗风浪网箱120口。
    facts = build([TESTS / "dev13" / "dev13-c-fujian-county-site.txt"]).facts[0]
    assert not any(o.value == Decimal("2") and o.unit == "座" for o in facts.observations if o.division is not None)


def test_a_town_whose_name_ends_in_its_kind():
    from kg.nlp.towns import find_towns

    # 旧镇镇, 许镇镇: the kind written twice; 百县千镇 stays no town
    got = [t.stem for t in find_towns("据介绍,今年以来,旧镇镇海水养殖面积达3.2万亩。要推进百县千镇建设，在许镇镇龙桥村。")]
    assert got == ["旧镇", "许镇"]


def test_a_partners_aid_lands_in_the_texts_place(zhanjiang):
    # 此次集中签约项目28个…；广州对口帮扶协作项目9个、总投资86.5亿元 (湛江's signing)
    got = figures(zhanjiang)
    assert any(d == "湛江市" and v == Decimal("86.5") for d, v, *_ in got)
    assert not any(d == "广州市" and v == Decimal("86.5") for d, v, *_ in got)
