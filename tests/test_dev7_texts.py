"""The pipeline on tests/dev7, composed development texts (内蒙古 盟 page, 凉山 county page,
河南 政府工作报告 page, 湖南 magazine): facts their text states, as read by hand, each a case
of a general rule."""

from __future__ import annotations

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
