"""kg.framing: the year a period phrase without one takes, and when a figure is a target."""

from __future__ import annotations

import datetime as dt

from kg.framing import ended, frame_year, named_year, planned, restates
from kg.nlp.periods import find_periods

JANUARY, DECEMBER, NOVEMBER = dt.date(2025, 1, 14), dt.date(2025, 12, 22), dt.date(2025, 11, 28)


def one(text: str, date: dt.date | None = None):
    return find_periods(text, date)[0]


def test_a_review_early_in_the_year_and_a_plan_late_in_it():
    # 一年来 in a January report names last year; 全年 keeps it.
    year = named_year(one("一年来,我们坚持", JANUARY), None, JANUARY)
    assert year == 2024 and named_year(one("全年新签约项目428个"), year, JANUARY) == 2024
    assert frame_year(year, one("全年新签约项目428个"), JANUARY) == 2024
    # 明年 in December: 全年 is next year's, a target
    assert frame_year(2026, one("全年新增企业20户"), DECEMBER) == 2026
    assert planned(one("全年新增企业20户"), "2026", DECEMBER)
    # …but not 截至10月底 in a November text, nor any carried year in July
    assert frame_year(2026, one("截至10月底,累计发放资金"), NOVEMBER) is None
    assert frame_year(2024, one("全年新签约"), dt.date(2025, 7, 1)) is None


def test_plan_half_of_a_first_quarter_report_and_what_has_ended():
    assert planned(one("今年经济社会发展的主要预期目标是"), "2025", JANUARY)
    assert not planned(one("今年以来,全县新增"), "2025", dt.date(2025, 3, 20))
    assert ended(one("前三季度,全区"), NOVEMBER) and not ended(one("全年新增"), NOVEMBER)


def test_this_year_restating_a_narrower_period():
    ps = find_periods("截至10月底,全区今年累计发放稳岗返还资金1.35亿元")
    assert restates(ps[1], ps[:1]) and not restates(ps[0], [])


def test_this_year_before_a_place_starting_with_shang():
    # 今年上海市安排江孜县援藏资金1.26亿元: 今年 is the period; 上海 is no 上半年
    import datetime

    from kg.nlp.periods import find_periods

    found = [(p.text, p.part) for p in find_periods("商场;今年上海市安排江孜县援藏资金1.26亿元", datetime.date(2025, 8, 28))]
    assert found == [("今年", "Y")]
    assert [(p.text, p.part) for p in find_periods("今年上半年,全市", datetime.date(2025, 8, 28))] == [("今年上半年", "H1")]
