"""The pipeline on tests/dev8, composed development texts (青海 prefecture page, 浙江
county-level city daily, 福建 county page): facts their text states, as read by hand, each a
case of a general rule."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

DEV8 = Path(__file__).resolve().parent / "dev8"


@pytest.fixture(scope="module")
def cixi() -> DocumentFacts:
    return build([DEV8 / "dev8-b-zhejiang-citydaily.txt"]).facts[0]


def test_b_a_visiting_delegations_place_is_not_the_hosts(cixi, held):
    # 10月22日，衢州市常山县党政代表团来我市考察山海协作工作…。常山县委书记汪卫东，县委副书记、
    # 县长徐 婕，我市领导…参加活动。…签约仪式由市委常委、常务副市长施宏涛主持: 慈溪's, not 衢州's
    assert held(cixi, "施宏涛") == {("市委常委", "慈溪市"), ("常务副市长", "慈溪市")}
    assert ("县长", "常山县") in held(cixi, "徐婕")


def test_b_a_compared_divisions_rate_in_brackets(cixi):
    # …同比增长6.2%，比上半年加快0.3个百分点，高于宁波全市0.8个百分点（宁波全市增长5.4%）。
    got = {(o.division.name, o.value, o.unit, o.growth) for o in cixi.observations if o.division is not None}
    assert ("宁波市", None, None, Decimal("5.4")) in got
    assert ("慈溪市", Decimal("0.8"), "个百分点", None) in got
    assert not any(d == "慈溪市" and g == Decimal("5.4") for d, _, _, g in got)


def test_b_a_villages_head_and_a_companys_quote_speak_for_themselves(cixi):
    # 三江口村党委书记胡国庆告诉记者,今年村集体经营性收入预计突破260万元。
    # “今年公司新开拓了11个国家的客户,前三季度出口额同比增长32%。”
    got = {(o.value, o.unit, o.growth) for o in cixi.observations if o.division is not None}
    assert (Decimal("260"), "万元", None) not in got
    assert not any(g == Decimal("32") for _, _, g in got)


@pytest.fixture(scope="module")
def haixi() -> DocumentFacts:
    return build([DEV8 / "dev8-a-qinghai-prefecture.txt"]).facts[0]


def test_a_post_lists_with_long_names_courts_and_administrative_committees(haixi, held):
    # 州人大常委会副主任才让、乌兰其木格、陈 涛，秘书长李国庆出席会议
    assert held(haixi, "乌兰其木格") == {("人大常委会副主任", "海西蒙古族藏族自治州")}
    assert held(haixi, "李国庆") == {("人大常委会秘书长", "海西蒙古族藏族自治州")}
    # 任命韩玉梅为…中级人民法院审判委员会委员、审判员
    assert ("中级人民法院审判员", "海西蒙古族藏族自治州") in held(haixi, "韩玉梅")
    # 大柴旦行委党工委书记王德顺: a 行委 is no county; its posts have no division
    assert held(haixi, "王德顺") == {("大柴旦行委党工委书记", None)}


def test_c_office_heads_and_a_notice_after_a_colon(held):
    anxi = build([DEV8 / "dev8-c-fujian-county.txt"]).facts[0]
    # 泉州市政协副主席、市台港澳办主任郑雅婷: 台港澳办 is an office (办) whose head is 主任
    assert ("台港澳办主任", "泉州市") in held(anxi, "郑雅婷")
    # 会议决定任命：陈国栋为县财政局局长，郑宇航为县住房和城乡建设局局长
    assert held(anxi, "郑宇航") == {("住房和城乡建设局局长", "安溪县")}


def test_c_a_towns_post_named_after_the_town_the_text_is_about(held):
    anxi = build([DEV8 / "dev8-c-fujian-county.txt"]).facts[0]
    # (感德镇 item) 镇党委书记王建国介绍，感德镇将力争…; 镇党委副书记、镇长苏丽华说…
    assert held(anxi, "王建国") == {("感德镇党委书记", None)}
    assert held(anxi, "苏丽华") == {("感德镇党委副书记", None), ("感德镇镇长", None)}


def test_a_an_item_whose_source_names_no_division_goes_back_to_the_pages_place(haixi):
    # 格尔木市 item (来源：格尔木市融媒体中心), then 大柴旦行委：… / 来源：大柴旦行委融媒体中心:
    # 全行委规上工业企业达到24家 is reported on 海西州's page for the 行委 (no county), not 格尔木's.
    got = {(o.division.name, o.value, o.unit) for o in haixi.observations if o.division is not None}
    assert ("海西蒙古族藏族自治州", Decimal("24"), "家") in got
    assert ("格尔木市", Decimal("24"), "家") not in got


def test_c_policy_formulas_and_aid_by_teams_are_programs():
    anxi = build([DEV8 / "dev8-c-fujian-county.txt"]).facts[0]
    names = {m.label for m in anxi.mentions if m.kind == "program"}
    # 通过“以购代捐”“以销代帮”…: "by X, Y" formulas
    assert {"以购代捐", "以销代帮"} <= names
    haixi = build([DEV8 / "dev8-a-qinghai-prefecture.txt"]).facts[0]
    # 医疗、教育人才“组团式”帮扶持续深化
    assert "组团式" in {m.label for m in haixi.mentions if m.kind == "program"}


def test_c_those_who_accompany_name_their_own_places_only(held):
    # …赴宁夏回族自治区吴忠市同心县考察…。吴忠市委常委、同心县委书记冶文斌，…等陪同考察或参加座谈。
    # 县委常委、常务副县长黄伟杰，县政府办主任周俊杰参加: the delegation's own, 安溪县's
    anxi = build([DEV8 / "dev8-c-fujian-county.txt"]).facts[0]
    assert held(anxi, "周俊杰") == {("政府办主任", "安溪县")}
    assert ("县委书记", "同心县") in held(anxi, "冶文斌")
