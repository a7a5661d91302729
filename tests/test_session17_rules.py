"""Rules added in session 17, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from kg.nlp.enterprises import find_enterprises


def names(text: str) -> list[str]:
    return [e.name for e in find_enterprises(text)]


def test_building_before_a_legal_form_is_the_business_scope():
    # dev45-c: 启动仪式上，云南珠源建设集团有限公司、宣威市…; dev45-b: …、福建华建恒泰建设集团有限公司承建
    assert "云南珠源建设集团有限公司" in names("启动仪式上，云南珠源建设集团有限公司、宣威市兴达火腿食品有限公司签约。")
    assert names("投资建设、福建华建恒泰建设集团有限公司承建，总投资2.35亿元。") == ["福建华建恒泰建设集团有限公司"]
    # 建设 alone before the form names no company
    assert names("推动建设有限公司") == []
