"""Rules added in session 8, each checked on the development text whose error showed it
(texts in tests/dev2 and tests/dev5, read by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def hailun() -> DocumentFacts:
    return build([TESTS / "dev5" / "dev5-c-heilongjiang-report.txt"]).facts[0]


@pytest.fixture(scope="module")
def liuzhou() -> DocumentFacts:
    return build([TESTS / "dev5" / "dev5-a-guangxi-citydaily.txt"]).facts[0]


def test_a_visit_told_in_the_briefs_headline_keeps_the_hosts_place(hailun, held):
    # ▲绥化市人大常委会来我市开展黑土地保护法执法检查 / 绥化市人大常委会副主任吴振东带队…。
    # 市人大常委会主任栾洪波，副主任祁永胜、贾春梅陪同: the hosts are 海伦市's
    assert held(hailun, "栾洪波") == {("人大常委会主任", "海伦市")}
    assert held(hailun, "贾春梅") == {("人大常委会副主任", "海伦市")}
    assert ("人大常委会副主任", "绥化市") in held(hailun, "吴振东")


def test_a_courts_chamber_keeps_the_courts_name(liuzhou, held):
    # 任命欧阳晓东为柳州市中级人民法院审判员、民事审判第一庭副庭长
    assert held(liuzhou, "欧阳晓东") >= {("中级人民法院审判员", "柳州市"),
                                       ("中级人民法院民事审判第一庭副庭长", "柳州市")}
