"""Ingest stage on the real seeds: decoding, OCR repair with offsets, sections, dates."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import collect_files, read_document, read_paths
from kg.ingest import decode as decode_mod
from kg.ingest.dates import date_from_text
from kg.ingest.repair import repair
from kg.ingest.structure import find_sections, split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
S000 = SEEDS / "000_8aae07e36f419ad9.txt"
S001 = SEEDS / "001_93257fffc3be4eeb.txt"
S002 = SEEDS / "002_ddd7232f1a887fee.txt"
S003 = SEEDS / "003_56aeab11ad64d137.txt"
S004 = SEEDS / "004_dafe7a6b21b36eac.txt"
ALL = [S000, S001, S002, S003, S004]


@pytest.fixture(scope="module")
def docs():
    return {d.name[:3]: d for d in read_paths([SEEDS])}


def _same_source(raw_char: str, text_char: str) -> bool:
    if raw_char == text_char:
        return True
    folded = {"\u3000": " ", "\xa0": " ", "\t": " ", "\uff61": "。", "\uff64": "、", "\uff62": "「", "\uff63": "」"}
    if folded.get(raw_char) == text_char:
        return True
    return 0xFF01 <= ord(raw_char) <= 0xFF5E and chr(ord(raw_char) - 0xFEE0) == text_char


def _check_offsets(raw: str, text: str, offsets: list[int]) -> None:
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(raw)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))
    for i, ch in enumerate(text):
        assert _same_source(raw[offsets[i]], ch), (i, ch, raw[offsets[i]])


# --- decoding ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [S000, S003, S004])
def test_utf8_bom_gbk_crlf_give_identical_text(seed, tmp_path):
    raw = seed.read_text(encoding="utf-8")
    variants = {
        "a.txt": raw.encode("utf-8"),
        "b.txt": raw.encode("utf-8-sig"),
        "c.txt": raw.encode("gbk"),
        "d.dat": raw.encode("gbk"),  # the extension plays no part
        "e.txt": raw.replace("\n", "\r\n").encode("utf-8"),
        "f.txt": raw.encode("utf-16"),
    }
    texts, encodings = set(), {}
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        doc = read_document(tmp_path / name)
        texts.add(doc.text)
        encodings[name] = doc.encoding
        _check_offsets(doc.raw, doc.text, doc.offsets)
    assert len(texts) == 1
    assert encodings["a.txt"] == "utf-8"
    assert encodings["b.txt"] == "utf-8-sig"
    assert encodings["c.txt"] == encodings["d.dat"] == "gb18030"
    assert encodings["f.txt"] == "utf-16"
    assert texts == {read_document(seed).text}


def test_magazine_in_gb18030(tmp_path):
    raw = S001.read_text(encoding="utf-8")  # has emoji: GBK cannot hold it, GB18030 can
    (tmp_path / "m.txt").write_bytes(raw.encode("gb18030"))
    assert read_document(tmp_path / "m.txt").text == read_document(S001).text


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("bin.txt", bytes(range(256)) * 40, "binary"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", "  \n\u3000\n\t\n".encode("utf-8"), "empty"),
    ],
)
def test_bad_files_raise_one_line_kgerror(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(KgError) as err:
        read_document(path)
    text = str(err.value)
    assert message in text and name in text and "\n" not in text


def test_too_large(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("浙江" * 100, encoding="utf-8")
    monkeypatch.setattr(decode_mod, "MAX_BYTES", 100)
    with pytest.raises(KgError, match="too large"):
        read_document(path)


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(KgError, match="no such file"):
        read_paths([tmp_path / "nope"])


def test_read_paths_skips_bad_files_with_one_warning_line(tmp_path, caplog):
    (tmp_path / "a.txt").write_bytes(S000.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        docs = read_paths([tmp_path])
    assert [d.name for d in docs] == ["a.txt"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert any("b.txt" in w and "binary" in w for w in warnings)
    assert any("c.txt" in w and "empty" in w for w in warnings)
    assert all("\n" not in w for w in warnings)


def test_collect_files_recurses_sorted_skipping_sidecars_and_hidden(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in ["b.txt", "a.md", "sub/c.txt", "sub/deeper/d.txt", "noext", ".x.txt", ".hidden/e.txt",
                "README.md", "sub/LICENSE"]:
        (tmp_path / rel).write_text("浙江", encoding="utf-8")
    (tmp_path / "b.txt.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    got = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path, tmp_path / "sub" / ".." / "b.txt"])]
    assert got == ["a.md", "b.txt", "noext", "sub/c.txt", "sub/deeper/d.txt"]
    # a folder's README/LICENSE are its documentation, not news; named directly they are read
    assert collect_files([tmp_path / "README.md"]) == [tmp_path / "README.md"]


# --- repair --------------------------------------------------------------------------


def test_offsets_map_back_on_every_seed(docs):
    for doc in docs.values():
        _check_offsets(doc.raw, doc.text, doc.offsets)


def test_full_width_folding_keeps_chinese_quotes_and_enumeration_comma():
    raw = "要闻：“八八战略”、ＧＤＰ增长７．５％（预计）；好！吗？\u3000ａ，ｂ"
    text, offsets = repair(raw)
    assert text == "要闻:“八八战略”、GDP增长7.5%(预计);好!吗? a,b"
    _check_offsets(raw, text, offsets)


def test_page_break_joins(docs):
    t000, t002, t004 = docs["000"].text, docs["002"].text, docs["004"].text
    for joined in ["争创国家高新区为动力", "提质扩面“先查验后装运”", "建立省碳纤维制造业创新中心", "三个“三年翻番”",
                   "结对帮扶“1+3”机制", "汽车零部件", "上线全省首个离岸贸易"]:
        assert joined in t000, joined
    assert "会展综合实力居全国县域第1位" in t000
    assert "推动市北、江南科技城" in t002  # a short fragment with a comma
    assert "前三季度增长6.5%,全年" in t002  # a fragment without punctuation, continued by a percentage
    assert "省级“专精特新”中小企业" in t002
    assert "“研发创新+联合实验室+智能制造”的产学研" in t002
    assert "实现全域推进、整体蝶变。" in t004
    assert "聚焦创新驱动,让提升发展的产业更强。" in t004
    # the duplicated OCR line stays a paragraph of its own, after a sentence end
    assert "萧山经验。\n\n经验。" in t002


def test_headings_headers_and_credits_are_not_joined(docs):
    t000, t002, t003 = docs["000"].text, docs["002"].text, docs["003"].text
    assert "大力弘扬“六干”作风 凝心聚力建设创新浙江\n\n编者按" in t000  # title with a space kept
    assert "杭州市委常委、余杭区委书记 刘颖\n\n今年上半年" in t000
    assert "发展\n\n杭州市委常委" in t000
    assert "保驾护航。\n\n(本报记者 李攀 万笑影 整理)" in t000
    assert "以实体为着力点\n\n眼下" in t002
    assert "■记者 姚潮龙\n\n再早些时候" in t002
    assert "(本报记者 李灿 整理)\n\n擦亮“最美”品牌 弘扬“最美”精神" in t003
    assert "#" not in t003  # Markdown heading markers removed


def test_spaced_names_joined_only_in_short_lines(docs):
    t000, t001 = docs["000"].text, docs["001"].text
    assert "余杭区委书记 刘颖" in t000 and "柯桥区委书记 袁建" in t000
    assert "刘 颖" not in t000
    assert "■ 叶慧 梁威" in t001 and "叶慧 周毅辉" in t001 and "■王洁" in t001
    assert "有德者 前程远" in t001  # phrases, not a name
    text, _ = repair("倒计时 54 天\n今天 他 说了一句话,我 们 听到。")
    assert text == "倒计时 54 天\n今天 他 说了一句话,我 们 听到。"  # long/sentence line untouched


def test_mention_maps_back_to_raw_span(docs):
    doc = docs["000"]
    i = doc.text.index("刘颖")
    s, e = doc.to_raw(i, i + 2)
    assert doc.raw[s:e] == "刘 颖"
    i = doc.text.index("国家高新区")
    s, e = doc.to_raw(i, i + 5)
    assert doc.raw[s:e] == "国家高新\n\n区"
    assert doc.raw[doc.offsets[i + 4]] == "区"


# --- structure -----------------------------------------------------------------------

HEADERS_000 = [
    "杭州市委常委、余杭区委书记 刘颖",
    "金华市委常委、义乌市委书记 叶帮锐",
    "绍兴市柯桥区委书记 袁建",
    "杭州市钱塘区委书记 金承涛",
    "舟山市定海区委书记 孙丹燕",
    "景宁畲族自治县委书记 翁志鸿",
    "衢州市柯城区委书记 胡益峰",
]


def _check_sections(doc):
    secs = doc.sections
    assert secs[0].start == 0 and secs[-1].end == len(doc.text)
    assert all(a.end == b.start and a.start < a.end for a, b in zip(secs, secs[1:]))
    for sec in secs:
        if sec.header is not None:
            assert doc.text[sec.header_start : sec.header_start + len(sec.header)] == sec.header
            assert sec.start <= sec.header_start < sec.end
        if sec.title is not None:
            assert sec.title in doc.text[sec.start : sec.end]


def test_sections_000_one_per_speaker(docs):
    doc = docs["000"]
    _check_sections(doc)
    assert [s.header for s in doc.sections] == [None] + HEADERS_000
    assert doc.sections[0].title == "大力弘扬“六干”作风 凝心聚力建设创新浙江"
    assert doc.sections[1].title == "坚持创新驱动 深化数实融合 加快以新质生产力推动高质量发展"
    # 北仑区's header is lost: its paragraph stays in 柯城区's section, as does the credit
    last = doc.sections[-1]
    assert "北仑区聚焦省委“132”总体部署" in doc.text[last.start : last.end]
    assert doc.text[last.start : last.end].rstrip().endswith("(本报记者 李攀 万笑影 整理)")


def test_sections_003_004_002(docs):
    d3, d4, d2 = docs["003"], docs["004"], docs["002"]
    for d in (d3, d4, d2, docs["001"]):
        _check_sections(d)
    assert [s.header for s in d3.sections if s.header] == [
        "金华市委书记 朱重烈",
        "杭州市滨江区委书记 章登峰",
        "绍兴市委常委、诸暨市委书记 沈志江",
        "嘉兴市秀洲区委书记 徐鸣阳",
        "丽水市委常委、莲都区委书记 张壮雄",
    ]
    # the news articles after the speeches are sections of their own, without a header
    assert [s.title for s in d3.sections[-2:]] == ["杭州举行“最美”品牌十周年理论研讨会", "“浙里来消费·2023金秋购物节”启动"]
    assert [s.header for s in d3.sections[-2:]] == [None, None]
    assert len(d4.sections) == 7 and d4.sections[-1].header == "绍兴市副市长、上虞区委书记 鲁霞光"
    assert "余杭区交出经济社会发展高分报表" in d4.text[d4.sections[-1].start :]  # lost header
    assert d2.sections[0].title == "推进新型工业化 擦亮民营经济和制造业金名片"
    assert "■记者 姚潮龙" in d2.text[d2.sections[0].start : d2.sections[0].end]
    assert all(s.header is None for s in d2.sections)
    assert "区十七届人大常委会举行第十三次会议" in [s.title for s in d2.sections]


def test_magazine_sections(docs):
    doc = docs["001"]
    titles = [s.title for s in doc.sections]
    assert "开创全球先进制造业基地建设新局面" in titles
    yi = next(s for s in doc.sections if s.header == "中共浙江省委书记 易炼红")
    assert yi.title == "奋力谱写全球先进制造业基地建设新篇章"
    assert len(doc.sections) > 50


def test_sentences_cover_text_in_order(docs):
    for doc in docs.values():
        sents = doc.sentences
        assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))
        covered = bytearray(len(doc.text))
        for s in sents:
            piece = doc.text[s.start : s.end]
            assert piece and piece == piece.strip() and "\n" not in piece
            sec = doc.sections[s.section]
            assert sec.start <= s.start and s.end <= sec.end
            covered[s.start : s.end] = b"\x01" * (s.end - s.start)
        assert all(covered[i] or ch.isspace() for i, ch in enumerate(doc.text))


def test_sentence_rules():
    text = "他说:“好。”然后走了!对吗?是;不是……也许\n标题\n\n末句。"
    secs = find_sections(text)
    got = [text[s.start : s.end] for s in split_sentences(text, secs)]
    assert got == ["他说:“好。”", "然后走了!", "对吗?", "是;不是……也许", "标题", "末句。"]


def test_sentence_at(docs):
    doc = docs["000"]
    i = doc.text.index("国家高新区")
    s = doc.sentence_at(i)
    assert "国家高新区为动力" in doc.text[s.start : s.end]


# --- dates ---------------------------------------------------------------------------


def test_dates_titles_sources_from_sidecars(docs):
    assert docs["000"].date == dt.date(2025, 7, 17)
    assert docs["001"].date == dt.date(2024, 5, 31)
    assert docs["002"].date == dt.date(2023, 7, 31)
    assert docs["003"].date == dt.date(2023, 10, 20)
    assert docs["004"].date == dt.date(2024, 12, 21)
    assert docs["001"].source == "今日浙江"
    assert docs["000"].title == "大力弘扬“六干”作风 凝心聚力建设创新浙江"


def test_sidecar_wins_and_malformed_sidecar_is_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(S004.read_bytes())
    assert read_document(tmp_path / "a.txt").date is None  # 004 names only 2025 (targets): no guess
    (tmp_path / "a.meta.json").write_text(json.dumps({"date": "2024-12-21", "source": "X"}), encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert doc.date == dt.date(2024, 12, 21) and doc.source == "X"
    assert doc.title == "锚定目标加油干,只争朝夕抓落实"  # from the text when the sidecar has none
    (tmp_path / "a.meta.json").write_text('{"date": "2024-12-21",', encoding="utf-8")
    with pytest.raises(KgError) as err:
        read_document(tmp_path / "a.txt")
    assert "a.meta.json" in str(err.value) and "malformed JSON" in str(err.value) and "\n" not in str(err.value)
    (tmp_path / "a.meta.json").write_text('{"date": "21/12/2024"}', encoding="utf-8")
    with pytest.raises(KgError, match="bad date"):
        read_document(tmp_path / "a.txt")


def test_date_from_text():
    assert date_from_text("本报杭州2023年10月20日讯(记者 徐雪线)") == dt.date(2023, 10, 20)
    assert date_from_text("编者按:7月17日,省委全会召开。2025年7月17日是…") == dt.date(2025, 7, 17)
    assert date_from_text("编者按:7月17日,省委全会召开。2024年增长5%,2025年目标") is None
    assert date_from_text("今日浙江\n2024年第10期 总第745期 半月刊") == dt.date(2024, 5, 16)
    assert date_from_text("2024年第3期 月刊") == dt.date(2024, 3, 1)
    assert date_from_text("没有日期") is None
    assert date_from_text(S001.read_text(encoding="utf-8")) == dt.date(2024, 5, 16)
