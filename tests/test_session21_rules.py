"""Rules added in session 21, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import of, text_facts

TESTS = Path(__file__).resolve().parent

guangxi_water = text_facts("guangxi_water", TESTS / "dev57" / "dev57-c-guangxi-regional-water-resources-news.txt")


def test_what_a_work_does_for_the_places_around_it_is_no_ones_figure(guangxi_water):
    # 该水库总库容1260万立方米,目前蓄水量仅为兴利库容的34%,下游5个乡镇1.2万亩稻田用水紧张。
    # 该工程日供水能力达到2.5万吨,已为周边3个乡镇应急调水4.2万立方米。
    values = {f[:2] for place in ("广西壮族自治区", "凌云县", "田林县", "百色市") for f in of(guangxi_water, place)}
    assert not values & {(Decimal("1260"), "万立方米"), (Decimal("34"), "%"), (Decimal("5"), "个"), (Decimal("1.2"), "万亩"),
                         (Decimal("2.5"), "万吨"), (Decimal("4.2"), "万立方米")}
    # the region's own figures in the same report stay
    assert Decimal("368.4") in {f[0] for f in of(guangxi_water, "广西壮族自治区")}


def test_the_places_a_project_reaches_are_no_count_of_the_county(tmp_path):
    from development_facts import snippet_facts

    facts = snippet_facts("鹿寨县洛清江综合治理工程带动沿线6个村发展乡村旅游。全县新增民宿床位500张。", tmp_path)
    mine = {f[0] for f in of(facts, "鹿寨县")}
    assert Decimal("6") not in mine and Decimal("500") in mine
