"""kg.evaluate against hand-made graphs (tests/data/eval/*.ttl), without the pipeline."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.evaluate import (
    FACT_TYPES,
    Counts,
    baseline_figures,
    compare_to_baseline,
    evaluate,
    render,
    write_baseline,
)
from kg.evaluate_facts import find_sentence, norm_decimal, norm_str

DATA = Path(__file__).parent / "data" / "eval"


def fixture_build(doc_path: Path) -> ox.Store:
    """Stands in for the pipeline: the graph of doc_x.txt is the hand-made doc_x.ttl."""
    store = ox.Store()
    store.load(path=str(doc_path.with_suffix(".ttl")), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def report():
    return evaluate(DATA, fixture_build)


def counts(c: Counts) -> tuple[int, int, int]:
    return (c.tp, c.fp, c.fn)


EXPECTED_A = {  # (tp, fp, fn), see the comment at the top of doc_a.ttl
    "divisions": (2, 1, 0),      # 浙江省 is only an ancestor; 萧山区 is false
    "officials": (1, 0, 0),
    "posts": (1, 1, 1),          # 市委常委/杭州市 missed, 区长 false
    "programs": (1, 1, 1),       # 千项万亿 missed, 两廊并进 false
    "enterprises": (1, 0, 0),
    "metric_values": (2, 0, 0),  # 500.30 == 500.3, the duplicate collapses, GDP has no value
    "metric_growth": (3, 1, 0),  # growth 3.0 false
    "metrics_full": (2, 2, 1),   # 266 without period: false + miss; growth 3.0 false
    "metric_bound": (2, 2, 1),
}


def test_exact_counts_per_document(report):
    docs = {d.doc: d for d in report.documents}
    assert set(docs) == {"doc_a.txt", "doc_b.txt"}
    assert {t: counts(c) for t, c in docs["doc_a.txt"].counts.items()} == EXPECTED_A
    b = docs["doc_b.txt"]
    assert counts(b.counts["officials"]) == (1, 0, 0)
    assert counts(b.counts["posts"]) == (1, 0, 0)  # 总书记 with no division matches division null
    assert all(c.fp == 0 and c.fn == 0 for c in b.counts.values())


def test_scores_and_empty_conventions(report):
    a = {d.doc: d for d in report.documents}["doc_a.txt"].counts
    assert a["divisions"].precision == pytest.approx(2 / 3)
    assert a["divisions"].recall == 1.0
    assert a["divisions"].f1 == pytest.approx(0.8)
    assert a["metrics_full"].f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    empty = {d.doc: d for d in report.documents}["doc_b.txt"].counts["programs"]
    assert counts(empty) == (0, 0, 0) and empty.f1 == 1.0
    assert Counts(0, 0, 3).f1 == 0.0 and Counts(0, 2, 0).f1 == 0.0


def test_held_out_reported_separately(report):
    assert [d.doc for d in report.docs_in("tuning")] == ["doc_a.txt"]
    assert [d.doc for d in report.docs_in("held_out")] == ["doc_b.txt"]
    tuning, held, every = report.micro("tuning"), report.micro("held_out"), report.micro("all")
    assert counts(tuning["posts"]) == (1, 1, 1)
    assert counts(held["posts"]) == (1, 0, 0)
    assert counts(every["posts"]) == (2, 1, 1)
    assert counts(every["officials"]) == (2, 0, 0)


def test_table_is_aligned(report):
    text = render(report)
    assert "held-out set" in text and "tuning set" in text
    block = text.split("\n\n")[0].splitlines()
    header, rows = block[1], block[2:]
    assert header.split() == ["fact", "type", "P", "R", "F1", "tp", "fp", "fn"]
    assert [r.split()[0] for r in rows[: len(FACT_TYPES)]] == list(FACT_TYPES)
    assert len({len(line) for line in [header] + rows}) == 1  # right-aligned to one width
    assert "divisions      0.667  1.000  0.800   2   1   0" in text


def test_json_output(report):
    data = json.loads(report.to_json(errors=True))
    assert data["micro"]["tuning"]["divisions"] == {"p": 0.6667, "r": 1.0, "f1": 0.8, "tp": 2, "fp": 1, "fn": 0}
    assert data["documents"]["doc_b.txt"]["held_out"] is True
    misses = data["errors"]["doc_a.txt"]["misses"]
    assert {"kind": "miss", "doc": "doc_a.txt", "fact_type": "posts",
            "fact": {"name": "刘颖", "title": "市委常委", "division": "杭州市"},
            "evidence": "杭州市委常委、余杭区委书记 刘 颖"} in misses
    assert "errors" not in json.loads(report.to_json())


def test_error_listing(report):
    a = {d.doc: d for d in report.documents}["doc_a.txt"]
    misses = {(e.fact_type, e.fact): e.evidence for e in a.misses}
    false = {(e.fact_type, e.fact): e.evidence for e in a.false_facts}
    # a missed metric carries the gold evidence
    full_266 = ("余杭区", Decimal("266"), "亿元", Decimal("3.7"), "2025H1", False)
    assert misses[("metrics_full", full_266)] == "[一般公共预算收入] 一般公共预算收入266亿元、增长3.7%"
    # a missed entity carries the sentence of the text that names it
    assert misses[("programs", ("千项万亿",))] == "深入实施“八八战略”,推进“千项万亿”工程,推动两廊并进。"
    # a false fact carries the kg:sentence of the Mention it was derived from
    assert false[("divisions", ("萧山区",))].startswith("今年上半年,余杭区经济运行")
    assert false[("posts", ("刘颖", "区长", "余杭区"))] == "杭州市委常委、余杭区委书记 刘 颖"
    growth = false[("metric_growth", ("余杭区", Decimal("3")))]
    assert growth.startswith("[GDP] «预计GDP增长7.0%以上» 今年上半年")
    assert ("metrics_full", ("余杭区", Decimal("266"), "亿元", Decimal("3.7"), None, False)) in false
    text = render(report, errors=True)
    assert "== doc_a.txt: 3 misses, 6 false facts" in text
    assert "  programs       两廊并进" in text


def test_baseline_gate(report, tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(report, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["micro"]["tuning"]["divisions"] == 0.8
    assert data["documents"]["doc_a.txt"]["posts"] == 0.5
    assert set(data["micro"]) == {"tuning", "held_out", "all"}
    assert "metric_bound" not in data["micro"]["all"]  # information only, not gated
    assert not list(tmp_path.glob(".*.part"))  # written atomically, nothing left over
    # equal scores: nothing flagged
    assert compare_to_baseline(report, path) == []
    # a baseline 3 points higher is a drop of 3 points; 2 points is within tolerance
    data["micro"]["tuning"]["posts"] = 0.53
    data["documents"]["doc_a.txt"]["programs"] = 0.52
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = compare_to_baseline(report, path)
    assert len(problems) == 1 and problems[0].startswith("micro/tuning posts: F1 0.5000 < baseline 0.5300")
    # a document in the baseline that is no longer evaluated is flagged too
    data["documents"]["gone.txt"] = {"divisions": 1.0}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert any("gone.txt" in p for p in compare_to_baseline(report, path))


def test_baseline_errors(report, tmp_path):
    with pytest.raises(KgError, match="baseline not found"):
        compare_to_baseline(report, tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"micro": {"all": {"posts": "high"}}}', encoding="utf-8")
    with pytest.raises(KgError, match="malformed baseline"):
        compare_to_baseline(report, bad)


def test_baseline_figures_shape(report):
    figures = baseline_figures(report)
    assert set(figures) == {"version", "micro", "documents"}
    assert set(figures["documents"]["doc_b.txt"]) == set(FACT_TYPES)


# ------------------------------------------------------------------ bad gold input
def _gold_dir(tmp_path: Path, gold_text: str, with_doc: bool = True) -> Path:
    (tmp_path / "x.gold.json").write_text(gold_text, encoding="utf-8")
    if with_doc:
        shutil.copy(DATA / "doc_b.txt", tmp_path / "doc_b.txt")
    return tmp_path


def _one_line_error(tmp_path: Path) -> str:
    with pytest.raises(KgError) as info:
        evaluate(tmp_path, fixture_build)
    message = str(info.value)
    assert "\n" not in message and "x.gold.json" in message
    return message


def test_malformed_gold_json(tmp_path):
    _gold_dir(tmp_path, '{"doc": "doc_b.txt", "divisions": [,]}')
    assert "malformed gold JSON at line 1" in _one_line_error(tmp_path)


def test_gold_with_wrong_field(tmp_path):
    good = json.loads((DATA / "doc_b.gold.json").read_text(encoding="utf-8"))
    good["metrics"] = [{"division": "余杭区", "value": "500.3", "unit": "亿元"}]
    _gold_dir(tmp_path, json.dumps(good, ensure_ascii=False))
    assert "metrics[0].value must be a number or null" in _one_line_error(tmp_path)


def test_gold_missing_list(tmp_path):
    good = json.loads((DATA / "doc_b.gold.json").read_text(encoding="utf-8"))
    del good["programs"]
    _gold_dir(tmp_path, json.dumps(good, ensure_ascii=False))
    assert '"programs" must be a list' in _one_line_error(tmp_path)


def test_missing_document(tmp_path):
    _gold_dir(tmp_path, (DATA / "doc_b.gold.json").read_text(encoding="utf-8"), with_doc=False)
    assert "document 'doc_b.txt'" in _one_line_error(tmp_path)


def test_empty_or_missing_gold_dir(tmp_path):
    with pytest.raises(KgError, match="no \\*.gold.json"):
        evaluate(tmp_path, fixture_build)
    with pytest.raises(KgError, match="gold folder not found"):
        evaluate(tmp_path / "nope", fixture_build)


# ------------------------------------------------------------------ normalization
def test_normalization():
    assert norm_decimal("500.30") == norm_decimal(Decimal("500.3")) == Decimal("500.3")
    assert hash(norm_decimal("7.0")) == hash(norm_decimal("7"))
    assert str(norm_decimal("1200")) in ("1.2E+3",) and norm_decimal("1200") == 1200
    assert norm_decimal("0.00") == 0
    assert norm_decimal("abc") == "abc"
    assert norm_str("刘 颖") == norm_str("刘\u3000颖") == "刘颖"
    assert find_sentence("前文。杭州市委常委、余杭区委书记 刘 颖\n后文", "刘颖") == "杭州市委常委、余杭区委书记 刘 颖"
