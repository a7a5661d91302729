"""Rules added in session 16, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import held, of, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent


guangshan = text_facts("guangshan", TESTS / "dev36" / "dev36-a-henan-county-message-board-replies.txt")


def test_a_town_named_after_a_verb_of_accompanying_heads_its_bare_posts(guangshan):
    # 县交通运输局局长胡德胜会同寨河镇党委书记方卫东、镇长陈思远到现场查看
    assert ("寨河镇镇长", None, True) in held(guangshan, "陈思远")


yantai = text_facts("yantai", TESTS / "dev38" / "dev38-a-shandong-city-holiday-tourism-release.txt")


def test_listed_figures_take_the_unit_written_once_after_the_last(yantai):
    # 莱山区、福山区、牟平区分别接待游客121.6万、78.4万、96.2万人次
    assert (Decimal("121.6"), "万人次", Decimal("9.1")) in {f[:3] for f in of(yantai, "莱山区")}
    assert (Decimal("78.4"), "万人次", Decimal("6.7")) in {f[:3] for f in of(yantai, "福山区")}


def test_a_bare_magnitude_alone_keeps_its_unit(tmp_path):
    facts = snippet_facts("莱山区、福山区分别完成投资12.5亿、8.3亿。", tmp_path)
    assert {f[:2] for f in of(facts, "莱山区")} == {(Decimal("12.5"), "亿")}
