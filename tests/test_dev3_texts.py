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
