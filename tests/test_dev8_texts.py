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
