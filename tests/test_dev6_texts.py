"""The pipeline on tests/dev6, composed development texts (西藏 city daily, 山西 speech page,
海南 magazine): facts their text states, as read by hand, each a case of a general rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

DEV6 = Path(__file__).resolve().parent / "dev6"


@pytest.fixture(scope="module")
def shigatse() -> DocumentFacts:
    return build([DEV6 / "dev6-a-xizang-city.txt"]).facts[0]


def test_a_appointment_notices_name_people_without_a_han_surname(shigatse, held):
    # 任命次旦多吉为日喀则市农业农村局局长,达瓦卓玛为日喀则市文化局局长,顾海涛为日喀则市商务局局长;
    assert held(shigatse, "达瓦卓玛") == {("文化局局长", "日喀则市")}
    assert held(shigatse, "顾海涛") == {("商务局局长", "日喀则市")}
    # 接受王振宁因援藏期满辞去日喀则市人民政府副市长职务的请求 (held until now)
    assert ("副市长", "日喀则市") in held(shigatse, "王振宁")


def test_a_a_secondment_is_a_post_held_too(shigatse, held):
    # 青岛市商务局副局长、挂职桑珠孜区委常委、常务副区长刘晓东参加调研。
    assert {("商务局副局长", "青岛市"), ("区委常委", "桑珠孜区")} <= held(shigatse, "刘晓东")


@pytest.fixture(scope="module")
def hainan() -> DocumentFacts:
    return build([DEV6 / "dev6-c-hainan-magazine.txt"]).facts[0]


def test_c_whole_district_is_the_district_the_speakers_post_names(hainan):
    # 海口市委常委、美兰区委书记林振华介绍,1-8月,全区新增经营主体2.46万户: 全区 is 美兰区.
    found = [o.division.name for o in hainan.observations if o.value is not None and float(o.value) == 2.46]
    assert found == ["美兰区"]


def test_c_a_trade_name_after_the_kind_of_company_it_is():
    from kg.nlp.enterprises import find_enterprises

    names = lambda t: [e.name for e in find_enterprises(t)]  # noqa: E731
    assert names("软件园企业数澜科技的总部大楼已于今年6月启用。") == ["数澜科技"]
    # a legal name with its place in brackets stays whole
    assert names("台资企业宏晶电子(昆山)有限公司投资9.6亿元扩建产线") == ["宏晶电子(昆山)有限公司"]


def test_c_a_zone_sited_in_a_division_reports_for_it(hainan):
    # ▲洋浦 前三季度,位于儋州市的洋浦经济开发区完成港口货物吞吐量6821.5万吨,增长11.3%
    port = [o.division.name for o in hainan.observations if o.value is not None and float(o.value) == 6821.5]
    assert port == ["儋州市"]


def test_a_several_people_appointed_to_one_post(shigatse, held):
    # 任命拉巴卓嘎、张凯为日喀则市中级人民法院审判员。
    for name in ("拉巴卓嘎", "张凯"):
        assert held(shigatse, name) == {("中级人民法院审判员", "日喀则市")}


def test_c_a_speakers_lead_with_a_padded_name(hainan):
    # 区委副书记、区长邢 丽告诉记者,美兰区将推动…,力争全年引进重点企业100家以上。
    firms = [o.division.name for o in hainan.observations if o.value is not None and float(o.value) == 100]
    assert firms == ["美兰区"]


@pytest.fixture(scope="module")
def jincheng() -> DocumentFacts:
    return build([DEV6 / "dev6-b-shanxi-speech.txt"]).facts[0]


def test_b_a_news_item_starts_from_its_sources_place(jincheng, held):
    # 高平市召开上半年经济形势分析会 / 来源：高平市融媒体中心 … then
    # 市人大常委会召开第二十七次会议 / 来源：晋城日报: that item's bare 市 is 晋城市, not 高平市.
    assert held(jincheng, "吕宏斌") == {("人大常委会主任", "晋城市")}
    assert ("人大常委会秘书长", "晋城市") in held(jincheng, "贾卫东")
    # …while the 高平 item's own bare 市 posts stay 高平市's
    assert ("市长", "高平市") in held(jincheng, "韩慧敏")
