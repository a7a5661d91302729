"""The pipeline on tests/dev7, composed development texts (内蒙古 盟 page, 凉山 county page,
河南 政府工作报告 page, 湖南 magazine): facts their text states, as read by hand, each a case
of a general rule."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

DEV7 = Path(__file__).resolve().parent / "dev7"


@pytest.fixture(scope="module")
def nanyang() -> DocumentFacts:
    return build([DEV7 / "dev7-c-henan-report.txt"]).facts[0]


def test_c_one_lists_bare_posts_are_of_one_city(nanyang, held):
    # 市委书记岑立衡,…,南阳市委常委、邓州市委书记宁国强,市委常委乔立峰、邢子墨、卢建珂,
    # 市人大常委会副主任冀红旗…,副市长靳博文…在主席台就座: the list is 南阳市's.
    assert held(nanyang, "宁国强") == {("市委常委", "南阳市"), ("市委书记", "邓州市")}
    assert ("市委常委", "南阳市") in held(nanyang, "乔立峰")
    assert held(nanyang, "冀红旗") == {("人大常委会副主任", "南阳市")}
    assert held(nanyang, "靳博文") == {("副市长", "南阳市")}


@pytest.fixture(scope="module")
def xilingol() -> DocumentFacts:
    return build([DEV7 / "dev7-a-neimenggu-league.txt"]).facts[0]


def test_a_informal_banner_names_and_a_long_byline(xilingol, held):
    # 东苏旗：“一嘎查一品”… / 发布时间：2025-11-17 10:05　来源：苏尼特左旗融媒体中心　作者：吉雅　王磊
    # 11月14日，旗委书记乌力吉深入…: the item is 苏尼特左旗's (东苏旗 is its press name).
    assert held(xilingol, "乌力吉") == {("旗委书记", "苏尼特左旗")}
    # ▲东乌旗能源保供有力。…旗委副书记、旗长布仁巴雅尔表示…
    assert ("旗长", "东乌珠穆沁旗") in held(xilingol, "布仁巴雅尔")
    # 赛罕高毕苏木 is a sumu, not 呼和浩特's 赛罕区
    names = {m.label for m in xilingol.mentions if m.kind == "division"}
    assert "赛罕区" not in names and "苏尼特左旗" in names


def test_every_informal_alias_names_one_division():
    from kg.admin import _informal_aliases, gazetteer

    aliases = _informal_aliases(list(gazetteer().by_code.values()))
    assert aliases and all(len(divs) == 1 for divs in aliases.values())


def test_a_mongolian_names_and_league_organs(xilingol, held):
    # 盟统计局局长敖登格日乐介绍: a five-character name that reads as surname + two runs on to 介绍
    assert ("统计局局长", "锡林郭勒盟") in held(xilingol, "敖登格日乐")
    # 盟委委员、秘书长其木格,盟行署秘书长高志强…: 行署 (行政公署) is the league's government
    assert held(xilingol, "高志强") == {("行署秘书长", "锡林郭勒盟")}


def test_d_visitors_places_are_not_the_hosts(held):
    # ▲9月10日，株洲市委常委、醴陵市委书记何振宇率党政代表团来浏考察花炮产业…。
    # 市委副书记、市长易文杰，副市长邓海燕、寻　亮陪同考察: the hosts are 浏阳市's.
    liuyang = build([DEV7 / "dev7-d-hunan-magazine.txt"]).facts[0]
    assert held(liuyang, "易文杰") == {("市委副书记", "浏阳市"), ("市长", "浏阳市")}
    assert held(liuyang, "何振宇") == {("市委常委", "株洲市"), ("市委书记", "醴陵市")}


def test_town_and_zone_posts_after_a_bullet_or_with_the_zones_other_name(held):
    liuyang = build([DEV7 / "dev7-d-hunan-magazine.txt"]).facts[0]
    # ▲大瑶镇党委书记孙敏介绍…: a brief's town post
    assert held(liuyang, "孙敏") == {("大瑶镇党委书记", None)}
    # 市委常委、浏阳经开区（高新区）党工委书记陈斌说
    assert ("浏阳经开区（高新区）党工委书记", None) in held(liuyang, "陈斌")  # the brackets as written


def test_a_sumu_posts(xilingol, held):
    # 伊和淖尔苏木党委书记王丽娜说…: a sumu is a town of 内蒙古, its posts have no division
    assert held(xilingol, "王丽娜") == {("伊和淖尔苏木党委书记", None)}


def test_d_a_fact_boxs_labelled_lines(held):
    # 【数读浏阳】 ◆规模以上工业企业：截至8月底达1526家 / ◆空气质量优良天数比例：1-8月为93.6%
    liuyang = build([DEV7 / "dev7-d-hunan-magazine.txt"]).facts[0]
    got = {(o.division.name, o.value, o.unit) for o in liuyang.observations if o.division is not None}
    assert ("浏阳市", Decimal("1526"), "家") in got
    assert ("浏阳市", Decimal("93.6"), "%") in got
    assert ("浏阳市", Decimal("2186.5"), "亿元") in got


def test_a_livestock_in_head_and_animals(xilingol):
    # 全盟牲畜存栏1286.5万头只,同比下降3.1%
    got = {(o.value, o.unit) for o in xilingol.observations}
    assert (Decimal("1286.5"), "万头只") in got


def test_a_a_sumus_and_a_gachas_figures_are_not_the_banners(xilingol):
    # 伊和淖尔苏木党委书记王丽娜说，全苏木已建成标准化棚圈86处，储备饲草料2.3万吨…
    # 嘎查党支部书记、嘎查达吉日嘎拉介绍，嘎查今年统一储备饲草料1260吨…
    # “…我家300多只羊、40多头牛过冬没问题。”牧民孟克说。
    got = {(o.value, o.unit) for o in xilingol.observations if o.division is not None}
    for figure in [(Decimal("86"), "处"), (Decimal("2.3"), "万吨"), (Decimal("1260"), "吨"), (Decimal("300"), "只")]:
        assert figure not in got
    # …截至目前，正镶白旗已储备饲草料8.6亿斤 is the banner's
    assert (Decimal("8.6"), "亿斤") in got


def test_b_enterprises_named_by_their_place(xilingol):
    # ▲近日，多伦县委书记刘振国到多伦县滦源新材料科技有限公司调研: the name opens at the second 多伦县
    names = {m.label for m in xilingol.mentions if m.kind == "enterprise"}
    assert "多伦县滦源新材料科技有限公司" in names
    meigu = build([DEV7 / "dev7-b-sichuan-liangshan-county.txt"]).facts[0]
    # ▲今年以来，国网美姑县供电公司完成农网巩固提升工程项目31个: a group's branch named by its place
    names = {m.label for m in meigu.mentions if m.kind == "enterprise"}
    assert "国网美姑县供电公司" in names and "国网" not in names


def test_padded_names_in_a_list_and_a_secretary_general_after_a_leagues_member(xilingol, held):
    liuyang = build([DEV7 / "dev7-d-hunan-magazine.txt"]).facts[0]
    # 副市长邓海燕、寻　亮陪同考察
    assert held(liuyang, "寻亮") == {("副市长", "浏阳市")}
    # 盟委委员、秘书长其木格，盟行署秘书长高志强…
    assert ("盟委秘书长", "锡林郭勒盟") in held(xilingol, "其木格")


def test_d_a_company_introduced_by_where_it_settled(held):
    # 同样在园区落地的华晟新能储能电池项目…: a trade name after 落地的/来自X的/位于X的
    liuyang = build([DEV7 / "dev7-d-hunan-magazine.txt"]).facts[0]
    assert "华晟新能" in {m.label for m in liuyang.mentions if m.kind == "enterprise"}
