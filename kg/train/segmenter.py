"""Train and evaluate the spacy-pkuseg word segmenter shipped in kg/models/pkuseg/.

Data: ``pku_gold.jsonl`` (SIGHAN 2005 PKU gold segmentation, ``{"id","text","words"}``).
90% trains (split by md5 of the sentence text, see :func:`kg.train.common.is_heldout`),
10% is held out and only measured (spacy-pkuseg keeps its last iteration; it never
selects on the held-out part).

    >>> from kg.train.segmenter import train, evaluate
    >>> metrics = train("../shared/data/cws/pku_gold.jsonl", "kg/models/pkuseg", epochs=20)

spaCy then uses the shipped model with::

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(PATH), pkuseg_user_dict="default")
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .common import MODELS_DIR, Timer, kb_per_s, log, read_jsonl, single_thread, split

DEFAULT_MODEL = MODELS_DIR / "pkuseg"


def _data_file(data_path: str | os.PathLike) -> Path:
    p = Path(data_path)
    return p / "pku_gold.jsonl" if p.is_dir() else p


def load_split(data_path: str | os.PathLike, heldout_percent: int = 10):
    rows = [r for r in read_jsonl(_data_file(data_path)) if r.get("words")]
    return split(rows, key="text", percent=heldout_percent)


def _spans(words):
    out, i = set(), 0
    for w in words:
        out.add((i, i + len(w)))
        i += len(w)
    return out


def word_prf(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Word precision/recall/F1 over (start, end) character spans of non-space words."""
    tp = ng = np_ = 0
    for g, p in zip(gold, pred):
        g = [w for w in g if w.strip()]
        p = [w.strip() for w in p if w.strip()]
        gs, ps = _spans(g), _spans(p)
        tp += len(gs & ps)
        ng += len(gs)
        np_ += len(ps)
    prec = tp / np_ if np_ else 0.0
    rec = tp / ng if ng else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4)}


def load_pkuseg(model_dir: str | os.PathLike = DEFAULT_MODEL):
    import spacy_pkuseg

    # Always pass a path: without one spacy_pkuseg tries to download a model.
    return spacy_pkuseg.pkuseg(model_name=str(model_dir), user_dict="default")


def spacy_with_pkuseg(model_dir: str | os.PathLike = DEFAULT_MODEL):
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    # "default" and not None: with None spaCy opens the model folder as a file.
    nlp.tokenizer.initialize(pkuseg_model=str(model_dir), pkuseg_user_dict="default")
    return nlp


def train(
    data_path: str | os.PathLike,
    out_dir: str | os.PathLike = DEFAULT_MODEL,
    *,
    epochs: int = 20,
    heldout_percent: int = 10,
    evaluate_after: bool = True,
) -> dict:
    """Train spacy-pkuseg on 90% of the PKU gold file; write the model to ``out_dir``.

    Returns a dict of metrics (train time, sizes, held-out F1 of pkuseg and jieba, speeds).
    spacy-pkuseg's training is deterministic given the data (no random init/shuffle).
    """
    single_thread()
    import spacy_pkuseg

    train_rows, held_rows = load_split(data_path, heldout_percent)
    log(f"segmenter: {len(train_rows)} train / {len(held_rows)} held-out sentences")
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="zjkg-pkuseg-") as tmp:
        tr, te, model_tmp = Path(tmp, "train.txt"), Path(tmp, "test.txt"), Path(tmp, "model")
        tr.write_text("".join(" ".join(r["words"]) + "\n" for r in train_rows), encoding="utf-8")
        te.write_text("".join(" ".join(r["words"]) + "\n" for r in held_rows), encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(tmp)  # spacy-pkuseg writes temp files relative to its own temp dir / cwd
        try:
            with Timer() as t:
                spacy_pkuseg.train(str(tr), str(te), str(model_tmp), train_iter=epochs)
        finally:
            os.chdir(cwd)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(model_tmp, out_dir)
    size = sum(f.stat().st_size for f in out_dir.rglob("*") if f.is_file())
    metrics = {
        "train_seconds": round(t.seconds, 1),
        "epochs": epochs,
        "n_train": len(train_rows),
        "n_heldout": len(held_rows),
        "model_bytes": size,
    }
    log(f"segmenter: trained in {t.seconds:.0f}s, model {size / 1e6:.1f} MB at {out_dir}")
    if evaluate_after:
        metrics.update(evaluate(data_path, out_dir, heldout_percent=heldout_percent))
    return metrics


def evaluate(
    data_path: str | os.PathLike,
    model_dir: str | os.PathLike = DEFAULT_MODEL,
    *,
    heldout_percent: int = 10,
    speed_repeats: int = 3,
) -> dict:
    """Word F1 on the held-out part for the shipped pkuseg model and jieba (default dict);
    throughput in KB/s (UTF-8) of pkuseg, jieba, and spaCy's tokenizer (char/jieba/pkuseg)."""
    single_thread()
    import jieba
    import spacy

    jieba.setLogLevel(60)
    _, held = load_split(data_path, heldout_percent)
    texts = [r["text"] for r in held]
    gold = [r["words"] for r in held]
    seg = load_pkuseg(model_dir)
    jieba.initialize()

    res: dict = {}
    res["pkuseg"] = word_prf(gold, [seg.cut(t) for t in texts])
    res["jieba"] = word_prf(gold, [jieba.lcut(t) for t in texts])
    nlp_pku = spacy_with_pkuseg(model_dir)
    res["spacy_pkuseg"] = word_prf(gold, [[tok.text for tok in nlp_pku(t)] for t in texts])

    nlp_char = spacy.blank("zh")
    nlp_jieba = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    runners = {
        "pkuseg": seg.cut,
        "jieba": jieba.lcut,
        "spacy_char": nlp_char.make_doc,
        "spacy_jieba": nlp_jieba.make_doc,
        "spacy_pkuseg": nlp_pku.make_doc,
    }
    speed = {}
    for name, fn in runners.items():
        best = None
        for _ in range(speed_repeats):
            with Timer() as t:
                for x in texts:
                    fn(x)
            best = t.seconds if best is None else min(best, t.seconds)
        speed[name] = round(kb_per_s(texts, best), 1)
    res["kb_per_s"] = speed
    log(f"segmenter eval: {res}")
    return res


if __name__ == "__main__":  # pragma: no cover - manual use
    import json
    import sys

    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/cws/pku_gold.jsonl"
    out = sys.argv[2] if len(sys.argv) > 2 else str(DEFAULT_MODEL)
    print(json.dumps(train(data, out), ensure_ascii=False, indent=1))
