"""The pipeline on tests/dev2, composed development texts from four more provinces (湖南 city
daily, 辽宁 district 政府工作报告, 贵州 county page, 重庆 district speech): facts their text
states, as read by hand, each a case of a general rule found by reading their errors.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

DEV2 = Path(__file__).resolve().parent / "dev2"


@pytest.fixture(scope="module")
def facts() -> dict[str, DocumentFacts]:
    result = build(sorted(DEV2.glob("*.txt")))
    return {Path(f.name).stem.split("-")[1]: f for f in result.facts}


def posts(f: DocumentFacts, official: str) -> set[tuple]:
    return {(h.title, h.division.name if h.division else None) for h in f.holdings if h.official == official}


def test_appointments_with_long_bureau_names_and_a_resignation(facts):
    # 任命邹丽华为市住房和城乡建设局局长,杨振东为市医疗保障局局长; 接受汪立新辞去株洲市人民政府副市长职务
    a = facts["a"]
    assert posts(a, "邹丽华") == {("住房和城乡建设局局长", "株洲市")}
    assert posts(a, "杨振东") == {("医疗保障局局长", "株洲市")}
    assert posts(a, "汪立新") == {("副市长", "株洲市")}


def test_a_name_ends_where_a_common_word_begins(facts):
    # 副市长欧阳帆分别陪同 / 副市长欧阳帆推介了…
    a = facts["a"]
    assert posts(a, "欧阳帆") == {("副市长", "株洲市")}
    assert not [h for h in a.holdings if h.official.startswith("欧阳帆") and h.official != "欧阳帆"]


def test_a_bare_county_post_is_of_the_county_a_post_just_named(facts):
    # 攸县县委书记左文杰深入…。县委副书记、县长刘佩琳,县委常委、常务副县长罗 勇陪同。
    a = facts["a"]
    assert posts(a, "左文杰") == {("县委书记", "攸县")}
    assert posts(a, "刘佩琳") == {("县委副书记", "攸县"), ("县长", "攸县")}


def test_a_report_read_by_the_district_head_and_its_qualified_district(facts):
    # ——…在鞍山市铁西区第十八届人民代表大会… / 区长 郗明远: 铁西区 of 鞍山 (not 沈阳's)
    b = facts["b"]
    assert posts(b, "郗明远") == {("区长", "铁西区")}
    assert {h.division.adcode for h in b.holdings if h.official == "郗明远"} == {"210303"}
    assert {o.division.name for o in b.observations} <= {"铁西区", "鞍山市", "辽宁省"}


def test_town_and_village_posts_keep_their_place_in_the_title(facts):
    c, d = facts["c"], facts["d"]
    assert posts(c, "潘玉琴") == {("周覃镇党委副书记", None), ("周覃镇镇长", None)}
    assert posts(c, "陈思远") == {("拉佑村第一书记", None)}  # 省农业农村厅驻拉佑村第一书记
    assert posts(d, "蒋红英") == {("黄瓜山村党委书记", None)}  # 临江镇黄瓜山村党委书记


def test_organs_of_a_county_and_a_district(facts):
    assert posts(facts["c"], "吴志华") == {("人力资源和社会保障局局长", "三都水族自治县")}
    assert posts(facts["c"], "杨秀芬") == {("政府办公室主任", "三都水族自治县")}
    assert posts(facts["d"], "付晓东") == {("经济信息委主任", "永川区")}
    assert posts(facts["d"], "柳佳音") == {("政协副主席", "永川区"), ("工商联主席", "永川区")}
    # 区委书记周启航代表区委常委会作讲话: 常委会 is an organ, 会作 no one's name
    assert not [h for h in facts["d"].holdings if h.official == "会作"]


def test_shi_in_a_chongqing_district_is_the_municipality(facts):
    # 今年9月,市委常委、副市长高远征来永川调研
    assert posts(facts["d"], "高远征") == {("市委常委", "重庆市"), ("副市长", "重庆市")}


def test_report_targets_for_next_year(facts):
    # 铁西区 2026-01-08 report: 2025 review then 2026 targets, all estimates
    b = facts["b"]
    targets = [o for o in b.observations if o.period == "2026"]
    assert targets and all(o.estimate for o in targets)
    assert any(o.growth == Decimal("5.5") for o in targets)


def enterprises(f: DocumentFacts) -> set[str]:
    return {m.key for m in f.mentions if m.kind == "enterprise"}


def test_enterprise_names_and_their_short_forms(facts):
    b, c, d = enterprises(facts["b"]), enterprises(facts["c"]), enterprises(facts["d"])
    # 鞍山鑫诚精密锻造有限公司 (a verb before the legal suffix is the business scope); later
    # 鑫诚锻造 is the same company; 依托华晟磁材等龙头企业: the verb is not part of the name
    # (and 华晟磁材 is 辽宁华晟磁材科技有限公司, written in full before)
    assert {"鞍山鑫诚精密锻造有限公司", "辽宁华晟磁材科技有限公司"} <= b
    assert not {"鑫诚锻造", "依托华晟磁材", "华晟磁材"} & b
    # 县属国有企业三都县兴都投资集团有限公司 …; 兴都集团负责人表示… -> one company
    assert "三都县兴都投资集团有限公司" in c and not {"兴都集团", "国有企业三都县兴都投资集团有限公司"} & c
    assert "重庆永兴实业集团有限公司" in d and "永兴集团" not in d and "支持竹韵茶业" not in d
    # 任命邹丽华为…: no 华为; 轨道交通装备、航空…三大优势产业: industries, no company
    assert not {"华为", "轨道交通装备"} & enterprises(facts["a"])


def test_programs_of_the_dev2_texts(facts):
    d = {m.key for m in facts["d"].mentions if m.kind == "program"}
    # 明年确定为“招商引资提质年” (a year's theme), 实施“双百”企业培育工程, 成渝地区双城经济圈建设
    assert {"招商引资提质年", "双百", "成渝地区双城经济圈建设"} <= d
    # 把成渝地区双城经济圈建设作为“一号工程”: a rank, not a program
    assert "一号工程" not in d
    a = {m.key for m in facts["a"].mentions if m.kind == "program"}
    # 作为全区发展的“头号工程”; 建成自动化生产线6条 (a count of lines)
    assert not {"头号工程", "建成自动化生产线6条"} & a
