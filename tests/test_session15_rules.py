"""Rules added in session 15, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from pathlib import Path

from kg.nlp.posts import abbreviates

from development_facts import held, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent


changde = text_facts("changde", TESTS / "dev13" / "dev13-a-hunan-prefecture-report.txt")


def test_a_post_written_in_full_and_shortened_is_one_post(changde):
    # 任命舒建平为常德市发展和改革委员会主任 … 市发改委主任舒建平介绍
    titles = {t for t, d, _ in held(changde, "舒建平") if d == "常德市"}
    assert titles == {"发展和改革委员会主任"}


def test_which_titles_shorten_which():
    assert abbreviates("人社局局长", "人力资源和社会保障局局长")
    assert abbreviates("发展改革委党组书记", "发展和改革委员会党组书记")
    assert not abbreviates("发改委主任", "发展和改革委员会副主任")  # another post
    assert not abbreviates("县委书记", "县委副书记")
    assert not abbreviates("财政局局长", "财政局预算局局长")  # a body inside the bureau


def test_a_shortened_post_alone_stays_as_written(tmp_path):
    facts = snippet_facts("常德市召开会议。市发改委主任舒建平介绍，全市集中开工项目56个。", tmp_path)
    assert ("发改委主任", "常德市", True) in held(facts, "舒建平")
