"""The shipped statistical models load offline and work (they are never trained here)."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parent.parent / "kg" / "models"

# Held-out sentences (in the 10% validation parts, never trained on).
MSRA_HELDOUT = "美国财政部长鲁宾16日在会见记者时表示，近日将派遣财政部副部长萨默斯前往日本，就日元贬值对策和日本经济问题举行协商。"
CLUENER_HELDOUT = "所以说越是高端信用卡市场，其风险越小。”民生银行信用卡中心总裁杨科说，"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def guard(*args, **kwargs):
        raise AssertionError("network access attempted while loading a shipped model")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket, "create_connection", guard)


@pytest.fixture(scope="module")
def ner():
    from kg.nlp.statistical import StatisticalNER

    return StatisticalNER()


def test_model_files_small():
    for sub in ("pkuseg", "ner_coarse", "ner_fine"):
        path = MODELS / sub
        assert path.is_dir(), path
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        assert 0 < size < 30 * 1024 * 1024, (sub, size)


def test_coarse_finds_per_and_org(ner):
    (spans,) = ner.predict([MSRA_HELDOUT], labels="coarse")
    labels = {l for _, _, l in spans}
    assert {"PER", "ORG"} <= labels, spans
    for s, e, l in spans:
        assert 0 <= s < e <= len(MSRA_HELDOUT)
        assert l in ("PER", "LOC", "ORG")


def test_fine_labels(ner):
    (spans,) = ner.predict([CLUENER_HELDOUT], labels="fine")
    labels = {l for _, _, l in spans}
    assert labels & {"name", "company", "government", "organization"}, spans
    from kg.nlp.statistical import FINE_LABELS

    assert labels <= set(FINE_LABELS)


def test_both_is_union(ner):
    texts = [MSRA_HELDOUT, CLUENER_HELDOUT, ""]
    both = ner.predict(texts)
    coarse = ner.predict(texts, labels="coarse")
    fine = ner.predict(texts, labels="fine")
    for b, c, f in zip(both, coarse, fine):
        assert sorted(b) == sorted(c + f)
    assert both[2] == []


def test_annotate_jsonl_model_only(ner):
    lines = [
        {"id": "a", "text": MSRA_HELDOUT, "extra": [1, "二"]},
        {"id": "b", "text": CLUENER_HELDOUT},
    ]
    src = io.StringIO("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    out = io.StringIO()
    n = ner.annotate_jsonl(src, out, model_only=True, labels="coarse")
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert n == 2 and [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["extra"] == [1, "二"]
    assert "二" in out.getvalue()  # ensure_ascii=False
    for row in rows:
        for s, e, l in row["entities"]:
            assert isinstance(s, int) and isinstance(e, int) and l in ("PER", "LOC", "ORG")


def test_annotate_jsonl_rules_fill_gaps_only(ner):
    text = MSRA_HELDOUT
    (model,) = ner.predict([text], labels="coarse")
    s, e, label = model[0]
    gap = next(i for i in range(len(text) - 1) if not any(a <= i < b or a <= i + 1 < b for a, b, _ in model))

    def rules(t):
        # one rule span overlapping the model's first span, one in a gap, one place
        return [(s, e + 1, "PER"), (gap, gap + 2, "ORG"), (gap, gap + 2, "LOC")]

    out = io.StringIO()
    ner.annotate_jsonl(io.StringIO(json.dumps({"text": text}) + "\n"), out, rules=rules, labels="coarse")
    ents = [tuple(x) for x in json.loads(out.getvalue())["entities"]]
    assert (s, e, label) in ents and (s, e + 1, "PER") not in ents  # the model wins
    assert (gap, gap + 2, "ORG") in ents  # a rule company fills a gap
    assert (gap, gap + 2, "LOC") not in ents  # rule places never


def test_pkuseg_in_spacy():
    from kg.train.segmenter import DEFAULT_MODEL, spacy_with_pkuseg

    assert DEFAULT_MODEL == MODELS / "pkuseg"
    nlp = spacy_with_pkuseg(DEFAULT_MODEL)
    doc = nlp("全区完成财政总收入500.3亿元，增长5.9%。")
    words = [t.text for t in doc]
    assert "".join(words) == "全区完成财政总收入500.3亿元，增长5.9%。"
    assert "财政" in words or "财政总收入" in words
    assert len(words) < len(doc.text)  # words, not characters


DATA_NER = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"


def test_mention_replacement_keeps_labels_and_offsets():
    """The coarse model's training copies (kg.train.ner.augment_mentions): each mention is
    swapped for another of its label from the data, and the offsets point at it."""
    from kg.train.ner import augment_mentions, load_msra

    train, _ = load_msra(DATA_NER) if DATA_NER.is_dir() else ([], [])
    if not train:
        pytest.skip("../shared/data/ner is not here")
    rows = train[:200]
    pool = {(row["text"][s:e], label) for row in rows for s, e, label in row["entities"]}
    copies = augment_mentions(rows, "entities", 1, seed=0)
    assert copies == augment_mentions(rows, "entities", 1, seed=0)  # deterministic
    assert len(copies) == sum(1 for row in rows if row["entities"])
    for row in copies:
        for s, e, label in row["entities"]:
            assert (row["text"][s:e], label) in pool
    assert any(c["text"] != r["text"] for c, r in zip(copies, [r for r in rows if r["entities"]]))
