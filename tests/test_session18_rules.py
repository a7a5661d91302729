"""Rules added in session 18, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from development_facts import of, text_facts

from kg.nlp.periods import find_periods

TESTS = Path(__file__).resolve().parent

harvest = text_facts("harvest", TESTS / "dev41" / "dev41-b-henan-county-harvest-news.txt")
pingliang = text_facts("pingliang", TESTS / "dev20" / "dev20-b-gansu-citydaily.txt")
liuzhou = text_facts("liuzhou", TESTS / "dev5" / "dev5-a-guangxi-citydaily.txt")
pingyao = text_facts("pingyao", TESTS / "dev53" / "dev53-b-shanxi-county-culture-tourism-bureau-news.txt")
longhui = text_facts("longhui", TESTS / "dev46" / "dev46-a-hunan-county-npc-standing-committee-news.txt")


def codes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(p.text, p.part, p.frames) for p in find_periods(text, dt.date(2025, 11, 1))]


def test_up_to_a_day_the_year_so_far_is_the_year(harvest):
    # 截至6月16日，全省已收获小麦8460万亩: what the year has brought so far
    assert (Decimal("8460"), "万亩", None, "2025", False) in of(harvest, "河南省")
    assert codes("截至10月28日，全市已收获粮食作物251.4万亩") == [("截至10月28日", "Y", True)]
    # a day alone dates an event
    assert codes("10月28日，全市召开秋收工作会议") == []


def test_a_stock_on_a_day_has_no_period(pingliang):
    # 截至11月20日，全市电煤库存86.5万吨
    assert (Decimal("86.5"), "万吨", None, None, False) in of(pingliang, "平凉市")


def test_a_holiday_after_this_year_dates_its_figures_with_no_period(liuzhou):
    # 据了解，今年国庆中秋假期，城中区接待游客42.6万人次，实现旅游消费3.1亿元
    assert {(Decimal("42.6"), "万人次", None, None, False), (Decimal("3.1"), "亿元", None, None, False)} <= of(liuzhou, "城中区")


def test_a_bare_holiday_in_a_holiday_release(pingyao):
    # 全省假期共接待游客4126.5万人次，同比增长7.6%; 假期全市共接待游客812.7万人次…
    assert (Decimal("4126.5"), "万人次", Decimal("7.6"), None, False) in of(pingyao, "山西省")
    assert (Decimal("812.7"), "万人次", Decimal("8.1"), None, False) in of(pingyao, "晋中市")
    assert codes("暑假期间，全县接待游客") == []


def test_a_quarter_singled_out_stops_at_its_clause(longhui):
    # 上半年，…，其中二季度当季增长6.1%；规模工业增加值增长7.4%；…社会消费品零售总额72.65亿元、增长5.9%
    assert (Decimal("72.65"), "亿元", Decimal("5.9"), "2025H1", False) in of(longhui, "隆回县")
