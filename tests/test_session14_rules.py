"""Rules added in session 14, each checked on the development text whose error showed it
(texts in tests/dev29 and later, read by hand), or on the sentence itself."""

from __future__ import annotations

from pathlib import Path

from kg.facts import DocumentFacts
from kg.nlp.divisions import find_divisions
from kg.nlp.officials import find_officials

from development_facts import text_facts

TESTS = Path(__file__).resolve().parent


def held(facts: DocumentFacts, name: str) -> set[tuple]:
    """(title, division name, whether dated) of every post of ``name``."""
    return {(h.title, h.division.name if h.division else None, h.date is not None)
            for h in facts.holdings if h.official == name}


def posts(text: str) -> set[tuple]:
    return {(o.name, p.title, p.division.surface if p.division else None)
            for o in find_officials(text, find_divisions(text)) for p in o.posts}


xinhe = text_facts("xinhe", TESTS / "dev29" / "dev29-b-jiangsu-town-site.txt")


def test_a_towns_deputy_heads_are_named_after_the_town(xinhe):
    # 镇党委委员、副镇长蔡云飞、周婷婷，副镇长魏小川: 副镇长 after a town post and on its own
    assert ("新河镇副镇长", None, True) in held(xinhe, "蔡云飞")
    assert ("新河镇副镇长", None, True) in held(xinhe, "周婷婷")
    # a village's committee keeps its own name after the village's: 花园村 + 村委会主任
    assert ("花园村村委会主任", None, True) in held(xinhe, "武建华")


def test_a_town_notice_of_appointments(xinhe):
    # 刘昊同志任新河镇经济发展办公室主任； / 许明同志任新河镇便民服务中心主任，免去其…副主任职务；
    assert ("新河镇经济发展办公室主任", None, True) in held(xinhe, "刘昊")
    assert {("新河镇便民服务中心主任", None, True), ("新河镇社会事业服务中心副主任", None, True)} <= held(xinhe, "许明")
    # 接受杨国庆辞去新河镇人民政府副镇长职务请求: held until the resignation
    assert ("新河镇副镇长", None, True) in held(xinhe, "杨国庆")


def test_a_list_line_with_tongzhi_ren():
    got = posts("关于任免的通知\n王立新同志任湖州市财政局局长；\n李强同志任长兴县委副书记。\n")
    assert {("王立新", "财政局局长", "湖州市"), ("李强", "县委副书记", "长兴县")} <= got


def test_a_rural_revitalisation_centre_is_no_towns_office():
    # 全县乡村振兴服务中心主任: no town 全县乡 with a 村振兴服务中心
    assert not any("乡村振兴" in p[1] for p in posts("。全县乡村振兴服务中心主任王刚介绍。"))
