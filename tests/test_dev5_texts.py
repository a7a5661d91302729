"""The pipeline on tests/dev5, composed development texts (广西 city daily, 陕西 magazine,
黑龙江 county-level 政府工作报告, 新疆 自治州 page): facts their text states, as read by hand,
each a case of a general rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

DEV5 = Path(__file__).resolve().parent / "dev5"


@pytest.fixture(scope="module")
def changji() -> DocumentFacts:
    return build([DEV5 / "dev5-d-xinjiang-prefecture.txt"]).facts[0]


def test_d_transliterated_names_keep_every_part(changji, held):
    # 副州长古丽娜尔·托合提,州中级人民法院…; 吉木萨尔县委书记阿力木江·吐尔地率团赴厦门市…
    assert held(changji, "古丽娜尔·托合提") == {("副州长", "昌吉回族自治州")}
    assert held(changji, "阿力木江·吐尔地") == {("县委书记", "吉木萨尔县")}
    # 决定任命阿迪力·买买提为昌吉回族自治州发展和改革委员会主任
    assert ("发展和改革委员会主任", "昌吉回族自治州") in held(changji, "阿迪力·买买提")
    assert not any("·" in o and not o.split("·")[0] for o in {h.official for h in changji.holdings})


def test_d_a_prefecture_party_committee_keeps_its_level(changji, held):
    # 州党委常委、组织部部长冶春明 (新疆 writes 州党委 where others write 州委)
    assert held(changji, "冶春明") == {("州党委常委", "昌吉回族自治州"), ("州党委组织部部长", "昌吉回族自治州")}


def test_d_deputies_of_an_organ_named_earlier_in_the_sentence(changji, held):
    # 州人大常委会主任韩立新主持会议,副主任哈力木拉提·斯马胡力、杨淑芬、马金福,秘书长陈亮出席。
    for name in ("哈力木拉提·斯马胡力", "杨淑芬", "马金福"):
        assert held(changji, name) == {("人大常委会副主任", "昌吉回族自治州")}
    assert held(changji, "陈亮") == {("人大常委会秘书长", "昌吉回族自治州")}


def test_d_an_autonomous_county_named_without_its_people(changji, held):
    # 木垒哈萨克自治县 (no 族 in the name) is written 木垒县 and 木垒: 县委书记冯志强 is its.
    assert held(changji, "冯志强") == {("县委书记", "木垒哈萨克自治县")}


@pytest.fixture(scope="module")
def hailun() -> DocumentFacts:
    return build([DEV5 / "dev5-c-heilongjiang-report.txt"]).facts[0]


def test_c_a_numbered_heading_is_no_part_of_the_paragraph_after_it(hailun):
    # 一、2024年工作回顾 (its 、 numbers the heading) / 过去一年,…地区生产总值完成172.4亿元,增长5.6%:
    # 过去一年 opens the review, so a January report's figures are last year's.
    from kg.ingest.repair import repair

    text, _ = repair("一、2024年工作回顾\n\n过去一年,在市委的坚强领导下,地区生产总值完成172.4亿元,增长5.6%。")
    assert text.startswith("一、2024年工作回顾\n")
    gdp = [o for o in hailun.observations if o.value is not None and float(o.value) == 172.4]
    assert [(o.division.name, o.period, o.growth is not None and float(o.growth)) for o in gdp] == [("海伦市", "2024", 5.6)]


@pytest.fixture(scope="module")
def shaanxi() -> DocumentFacts:
    return build([DEV5 / "dev5-b-shaanxi-magazine.txt"]).facts[0]


def test_b_a_numbered_heading_naming_a_city_makes_its_section_that_citys(shaanxi):
    # 四、榆林:能源“压舱石”添绿色成色 / “榆林既要…” (a quotation opens the section) … 前三季度,
    # 榆林地区生产总值5368.2亿元…;1-10月,全市原煤产量5.12亿吨、增长3.6%: 全市 is 榆林市.
    coal = [o for o in shaanxi.observations if o.value is not None and float(o.value) == 5.12]
    assert [(o.division.name, o.period) for o in coal] == [("榆林市", "2025M1-M10")]


def test_b_a_scene_set_off_by_a_comma_is_the_sentences_subject(shaanxi):
    # 在朱鹮的故乡洋县,有机产业成为…,今年以来,全县有机认证面积达21.6万亩: 全县 is 洋县, not the
    # county of the section (城固).
    organic = [o for o in shaanxi.observations if o.value is not None and float(o.value) == 21.6]
    assert [o.division.name for o in organic] == ["洋县"]


def test_b_a_company_with_its_short_name_aside_reports_its_own_figure(shaanxi):
    # 区内的西安蓝翼航空科技股份有限公司(简称“蓝翼航空”),今年已交付大型无人机28架。
    assert not [o for o in shaanxi.observations if o.value is not None and float(o.value) == 28]


def test_a_legal_name_opens_with_its_place(changji, hailun):
    from kg.nlp.enterprises import find_enterprises

    names = {e.name for e in find_enterprises(
        "马志成先后走进新疆准晟硅材料有限公司和昌吉州庭州国有资本投资运营集团有限公司(简称“庭州国投”)储能电站项目现场。"
        "引导晋江企业福建万利鞋材有限公司赴宁化投资。")}
    assert {"昌吉州庭州国有资本投资运营集团有限公司", "福建万利鞋材有限公司"} <= names
    located = {(x.enterprise, x.division.name) for x in hailun.locations}
    assert ("海伦市城市建设投资集团有限公司", "海伦市") in located
    assert any(x.enterprise == "木垒县胡杨谷文化旅游发展有限公司" for x in changji.locations)


def test_c_a_brief_under_a_headline_line_does_not_carry_its_place_on(hailun, held):
    # ▲海伦市与哈尔滨市松北区签署…(2025-01-10) / 1月10日,哈尔滨市松北区副区长…: that brief's place
    # ends with it; ▲市政府召开冬季安全生产工作会议 / …副市长常海峰、于 静、王宝林出席: 海伦市's.
    assert ("副市长", "海伦市") in held(hailun, "王宝林")
    assert ("副市长", "哈尔滨市") not in held(hailun, "王宝林")


def test_cooperation_named_by_two_provinces_is_a_program():
    from kg.nlp.programs import find_programs

    names = lambda t: [p.name for p in find_programs(t)]  # noqa: E731
    assert names("石远征强调,要用好粤桂协作机制,引进一批龙头企业") == ["粤桂协作"]
    assert names("借助龙粤对口合作机制,赴广东省佛山市等地开展招商推介") == ["龙粤对口合作"]
    assert names("共同实施川渝合作项目32个") == []  # the projects, not the mechanism
    assert names("黑龙江合作社") == []


def test_a_compared_divisions_rate_in_brackets_is_its_own_growth():
    from kg.nlp.metrics import find_metrics

    found = [(m.value, m.unit, m.growth, m.division_text) for m in find_metrics(
        "1-10月,全市规模以上工业增加值同比增长7.6%,增速比全区(6.2%)高1.4个百分点、比全国高1.5个百分点。")]
    assert (None, None, 7.6, "全市") in [(v, u, g and float(g), d) for v, u, g, d in found]
    assert (None, None, 6.2, "全区") in [(v, u, g and float(g), d) for v, u, g, d in found]
    assert not [f for f in found if f[1] == "%"]  # 6.2% is no value of 全市


def test_padded_names_and_deputies_listed_after_a_further_role():
    from kg.nlp.divisions import find_divisions
    from kg.nlp.officials import find_officials

    def names(text: str) -> list[str]:
        return [o.name.replace(" ", "") for o in find_officials(text, find_divisions(text))]

    # 省政府秘书长马 骏在主会场出席 / …,党 嘉为陕西省统计局副局长 / …、满 江在主席台就座
    assert "马骏" in names("省领导何振邦、孙婉清,省政府秘书长马 骏在主会场出席。")
    assert "党嘉" in names("任命卢晓婷为陕西省工业和信息化厅副厅长,党 嘉为陕西省统计局副局长;")
    assert "满江" in names("市政协副主席付国庆、迟丽娟、满 江在主席台就座。")
    # 市人大常委会主任栾洪波,副主任祁永胜、贾春梅陪同: both deputies
    assert names("市人大常委会主任栾洪波,副主任祁永胜、贾春梅陪同。") == ["栾洪波", "祁永胜", "贾春梅"]


def test_a_helping_verb_ends_a_legal_name_read_back_to_its_place():
    from kg.nlp.enterprises import find_enterprises

    text = "福州援疆分指挥部帮助奇台县麦香源面粉有限责任公司等企业拓展线上渠道"
    assert [e.name for e in find_enterprises(text)] == ["奇台县麦香源面粉有限责任公司"]


def test_a_an_organs_post_after_a_bare_autonomous_region(held):
    # 自治区人民政府副秘书长甘 霖，自治区工业和信息化厅副厅长岑绍华参加调研: the organ's post drops
    # 自治区 as it drops 省; 自治区党委常委 keeps it.
    liuzhou = build([DEV5 / "dev5-a-guangxi-citydaily.txt"]).facts[0]
    assert held(liuzhou, "岑绍华") == {("工业和信息化厅副厅长", "广西壮族自治区")}
    assert held(liuzhou, "甘霖") == {("政府副秘书长", "广西壮族自治区")}
