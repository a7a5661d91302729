"""Train and evaluate the statistical NER models shipped in kg/models/ner_coarse, ner_fine.

Data (``../shared/data/ner``, JSONL ``{"id","text","entities","entities_coarse"}``):

- coarse model (PER/LOC/ORG): msra_derived_a, msra_derived_b, msra_train_slice, deduplicated
  by NFKC-normalised text; optionally plus CLUENER train's ``entities_coarse``.
- fine model (CLUENER labels): cluener_train ``entities``.

Each corpus is split deterministically: a sentence is held out (10%) when the md5 of its
NFKC-normalised text falls in the first tenth (:func:`kg.train.common.is_heldout`). The
held-out parts are used for early stopping and for the reported figures. The official MSRA
test set and CLUENER dev/test sets are never read.

Each model is ``spacy.blank("zh")`` (character tokens) + one ``ner`` whose tok2vec is
internal (``kg.nlp.statistical.ner_model_config``). Training is seeded (``seed``) and runs on
one thread; the best epoch on validation is kept (weights averaged, as spaCy does).
"""

from __future__ import annotations

import os
import random
import time
import unicodedata
from pathlib import Path
from typing import Iterable, Optional

from .common import MODELS_DIR, Timer, is_heldout, kb_per_s, log, read_jsonl, single_thread

MSRA_FILES = ("msra_derived_a.jsonl", "msra_derived_b.jsonl", "msra_train_slice.jsonl")
CLUENER_FILE = "cluener_train.jsonl"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def load_msra(data_dir: str | os.PathLike, heldout_percent: int = 10):
    """MSRA-derived sentences deduplicated by NFKC text; returns (train, val) rows."""
    seen, train, val = set(), [], []
    for name in MSRA_FILES:
        path = Path(data_dir) / name
        if not path.exists():
            continue
        for row in read_jsonl(path):
            key = _norm(row["text"])
            if key in seen:
                continue
            seen.add(key)
            (val if is_heldout(key, heldout_percent) else train).append(row)
    return train, val


def load_cluener(data_dir: str | os.PathLike, heldout_percent: int = 10):
    train, val = [], []
    for row in read_jsonl(Path(data_dir) / CLUENER_FILE):
        (val if is_heldout(_norm(row["text"]), heldout_percent) else train).append(row)
    return train, val


def _clean_spans(spans: Iterable) -> list:
    """Drop overlapping spans (keep the longer, then the earlier)."""
    spans = sorted(((int(s), int(e), str(l)) for s, e, l in spans), key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list = []
    for s, e, l in spans:
        if e > s and not any(s < ke and ks < e for ks, ke, _ in kept):
            kept.append((s, e, l))
    return sorted(kept)


def _examples(nlp, rows, field: str):
    from spacy.training import Example

    out = []
    for row in rows:
        doc = nlp.make_doc(row["text"])
        ents = []
        for s, e, l in _clean_spans(row.get(field) or []):
            if doc.char_span(s, e) is not None:
                ents.append((s, e, l))
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out


def augment_mentions(rows: list, field: str, copies: int, seed: int = 0) -> list:
    """``copies`` new versions of each sentence with entities, every mention replaced by a
    mention of the same label drawn from other training sentences (mention replacement,
    Dai & Adel 2020): the model sees each context with names it has not memorised there,
    which is what a small corpus lacks. Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    pool: dict = {}
    for row in rows:
        for s, e, l in _clean_spans(row.get(field) or []):
            pool.setdefault(l, []).append(row["text"][s:e])
    out = []
    for _ in range(copies):
        for row in rows:
            spans = _clean_spans(row.get(field) or [])
            if not spans:
                continue
            text, pos, parts, ents = row["text"], 0, [], []
            length = 0
            for s, e, l in spans:
                parts.append(text[pos:s])
                length += s - pos
                name = rng.choice(pool[l])
                ents.append([length, length + len(name), l])
                parts.append(name)
                length += len(name)
                pos = e
            parts.append(text[pos:])
            out.append({"text": "".join(parts), field: ents})
    return out


def _partial_examples(nlp, rows, field: str, missing: frozenset = frozenset({"LOC"})):
    """Examples whose ``missing`` labels are left unannotated (their characters marked
    missing, "-"), so a corpus whose place conventions differ (CLUENER's address and scene)
    teaches persons and organisations without contradicting MSRA's LOC."""
    from spacy.training import Example, offsets_to_biluo_tags

    out = []
    for row in rows:
        doc = nlp.make_doc(row["text"])
        spans = [(s, e, l) for s, e, l in _clean_spans(row.get(field) or []) if doc.char_span(s, e) is not None]
        tags = offsets_to_biluo_tags(doc, [x for x in spans if x[2] not in missing])
        for s, e, l in spans:
            if l in missing:
                for i in range(s, e):  # one token per character
                    tags[i] = "-"
        out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def _blank_ner(width: int, depth: int, window: int, unigram_rows: int, bigram_rows: int, hidden_width: int,
               lexicon: bool = True, encoder: str = "window"):
    import spacy

    from kg.nlp.statistical import ner_model_config

    nlp = spacy.blank("zh")  # segmenter "char": one token per character
    nlp.add_pipe("ner", config={"model": ner_model_config(
        width=width, depth=depth, window=window, unigram_rows=unigram_rows,
        bigram_rows=bigram_rows, hidden_width=hidden_width, lexicon=lexicon, encoder=encoder)})
    return nlp


def score(nlp, examples) -> dict:
    """Micro P/R/F and per-label P/R/F (spaCy's Scorer, exact span match)."""
    from spacy.scorer import Scorer
    from spacy.training import Example

    preds = list(nlp.pipe((ex.reference.text for ex in examples), batch_size=128))
    scored = [Example(p, ex.reference) for p, ex in zip(preds, examples)]
    s = Scorer.score_spans(scored, "ents")
    r = lambda x: round(float(x or 0.0), 4)  # noqa: E731
    return {
        "p": r(s["ents_p"]), "r": r(s["ents_r"]), "f": r(s["ents_f"]),
        "per_label": {k: {"p": r(v["p"]), "r": r(v["r"]), "f": r(v["f"])}
                      for k, v in sorted((s.get("ents_per_type") or {}).items())},
    }


def speed(nlp, texts: list[str], repeats: int = 1) -> float:
    best = None
    for _ in range(repeats):
        with Timer() as t:
            for _doc in nlp.pipe(texts, batch_size=128):
                pass
        best = t.seconds if best is None else min(best, t.seconds)
    return round(kb_per_s(texts, best), 1)


def _train_one(
    name: str,
    train_ex: list,
    val_sets: dict,
    select_on: str,
    out_dir: Path,
    *,
    nlp,
    max_epochs: int,
    patience: int,
    max_minutes: Optional[float],
    batch_size: int,
    dropout: float,
    learn_rate: float,
    seed: int,
) -> dict:
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    fix_random_seed(seed)
    rng = random.Random(seed)
    optimizer = Adam(learn_rate=learn_rate, L2=1e-6, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: train_ex, sgd=optimizer)
    log(f"{name}: {len(train_ex)} train sentences; labels {nlp.get_pipe('ner').labels}")
    t0 = time.perf_counter()
    best_f, best_epoch, history = -1.0, 0, []
    order = list(range(len(train_ex)))
    for epoch in range(1, max_epochs + 1):
        rng.shuffle(order)
        losses: dict = {}
        for batch in minibatch([train_ex[i] for i in order], size=batch_size):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = {k: score(nlp, v) for k, v in val_sets.items()}
            f = scores[select_on]["f"]
            if f > best_f:
                best_f, best_epoch = f, epoch
                nlp.to_disk(out_dir)
        elapsed = time.perf_counter() - t0
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1),
                        **{k: v["f"] for k, v in scores.items()}, "minutes": round(elapsed / 60, 1)})
        log(f"{name}: epoch {epoch} loss {losses.get('ner', 0):.0f} "
            + " ".join(f"{k} F1 {v['f']:.4f}" for k, v in scores.items())
            + f" ({elapsed / 60:.1f} min){' *' if best_epoch == epoch else ''}")
        per_epoch = elapsed / epoch
        if epoch - best_epoch >= patience:
            log(f"{name}: early stop (no gain for {patience} epochs)")
            break
        if max_minutes is not None and elapsed + per_epoch > max_minutes * 60:
            log(f"{name}: time budget reached")
            break
    return {"train_minutes": round((time.perf_counter() - t0) / 60, 1), "best_epoch": best_epoch,
            "epochs_run": len(history), "history": history}


def train(
    data_dir: str | os.PathLike,
    out_dir: str | os.PathLike = MODELS_DIR,
    *,
    which: str = "both",
    cluener_in_coarse: bool | str = False,
    coarse_epochs: int = 26,
    fine_epochs: int = 24,
    patience: int = 5,
    max_minutes: Optional[float] = None,
    width: int = 96,
    depth: int = 4,
    window: int = 2,
    unigram_rows: int = 6000,
    bigram_rows: int = 20000,
    hidden_width: int = 64,
    lexicon: bool = True,
    encoder: str = "window",
    batch_size: int = 32,
    dropout: float = 0.1,
    learn_rate: float = 0.001,
    seed: int = 0,
    limit: Optional[int] = None,
    augment: Optional[int] = None,
) -> dict:
    """Train the coarse (``out_dir/ner_coarse``) and/or fine (``out_dir/ner_fine``) model.

    ``which``: "coarse", "fine" or "both" (one after the other). The defaults reproduce the
    shipped models (12 and 11 epochs; keep the best epoch on validation). ``max_minutes``
    optionally bounds each model's training by wall-clock time (not reproducible then);
    ``patience`` stops after that many epochs without a validation gain. ``limit`` keeps only the first N training sentences of each
    corpus (for smoke tests). ``augment`` adds that many mention-replaced copies of each
    training sentence with entities (:func:`augment_mentions`); by default one for the coarse
    model (MSRA validation 0.850 -> 0.860) and none for the fine one (CLUENER 0.679 -> 0.680,
    no gain for twice the time per epoch). Returns a dict of metrics per model (validation F1 per label,
    speed in KB/s, size, training time).
    """
    single_thread()
    import spacy

    import kg.nlp.statistical  # noqa: F401  registers zjkg.CharNgramEmbed.v1

    if which not in ("both", "coarse", "fine"):
        raise ValueError("which must be 'coarse', 'fine' or 'both'")
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    msra_tr, msra_val = load_msra(data_dir)
    clu_tr, clu_val = load_cluener(data_dir)
    if limit:
        msra_tr, clu_tr = msra_tr[:limit], clu_tr[:limit]
        msra_val, clu_val = msra_val[: max(limit // 5, 20)], clu_val[: max(limit // 5, 20)]
    log(f"MSRA {len(msra_tr)} train / {len(msra_val)} val; CLUENER {len(clu_tr)} train / {len(clu_val)} val")
    arch = dict(width=width, depth=depth, window=window, unigram_rows=unigram_rows,
                bigram_rows=bigram_rows, hidden_width=hidden_width, lexicon=lexicon, encoder=encoder)
    knobs = dict(patience=patience, max_minutes=max_minutes,
                 batch_size=batch_size, dropout=dropout, learn_rate=learn_rate, seed=seed)
    results: dict = {}
    jobs = []
    if which in ("both", "coarse"):
        jobs.append("coarse")
    if which in ("both", "fine"):
        jobs.append("fine")
    for job in jobs:
        nlp = _blank_ner(**arch)
        path = out_dir / f"ner_{job}"
        copies = augment if augment is not None else (1 if job == "coarse" else 0)
        if job == "coarse":
            train_ex = _examples(nlp, msra_tr + augment_mentions(msra_tr, "entities", copies, seed), "entities")
            if cluener_in_coarse == "partial":
                train_ex += _partial_examples(nlp, clu_tr, "entities_coarse")
            elif cluener_in_coarse:
                train_ex += _examples(nlp, clu_tr, "entities_coarse")
            val_sets = {"msra": _examples(nlp, msra_val, "entities")}
            if cluener_in_coarse:
                val_sets["cluener_coarse"] = _examples(nlp, clu_val, "entities_coarse")
            select_on = "msra"
        else:
            train_ex = _examples(nlp, clu_tr + augment_mentions(clu_tr, "entities", copies, seed), "entities")
            val_sets = {"cluener": _examples(nlp, clu_val, "entities")}
            select_on = "cluener"
        epochs = coarse_epochs if job == "coarse" else fine_epochs
        res = _train_one(f"ner_{job}", train_ex, val_sets, select_on, path, nlp=nlp, max_epochs=epochs, **knobs)
        best = spacy.load(path)
        res["validation"] = {k: score(best, v) for k, v in val_sets.items()}
        texts = [ex.reference.text for v in val_sets.values() for ex in v]
        res["kb_per_s"] = speed(best, texts)
        res["model_bytes"] = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        res["settings"] = {**arch, **knobs, "epochs": epochs, "augment": copies, "cluener_in_coarse": cluener_in_coarse if job == "coarse" else None}
        best.meta.update({
            "name": f"zjkg_ner_{job}", "version": "0.1.0",
            "description": ("zjkg statistical NER over characters; trained on "
                            + (("MSRA-derived + CLUENER coarse" if cluener_in_coarse else "MSRA-derived")
                               if job == "coarse" else "CLUENER2020 train")
                            + (f" data (+{copies} mention-replaced cop{'y' if copies == 1 else 'ies'} per sentence)"
                               if copies else " data")
                            + ", whose terms allow research/evaluation use"),
            "license": "model: MIT (project); training data: research use only",
            "zjkg_metrics": {k: res[k] for k in ("validation", "kb_per_s", "train_minutes", "best_epoch")},
        })
        best.to_disk(path)
        results[job] = res
        log(f"ner_{job}: best epoch {res['best_epoch']}, " + ", ".join(
            f"{k} F1 {v['f']}" for k, v in res["validation"].items())
            + f", {res['kb_per_s']} KB/s, {res['model_bytes'] / 1e6:.1f} MB")
    return results


def evaluate(data_dir: str | os.PathLike, models_dir: str | os.PathLike = MODELS_DIR) -> dict:
    """Validation F1 per label and speed of the shipped models (no training)."""
    single_thread()
    import spacy

    import kg.nlp.statistical  # noqa: F401

    data_dir, models_dir = Path(data_dir), Path(models_dir)
    _, msra_val = load_msra(data_dir)
    _, clu_val = load_cluener(data_dir)
    out = {}
    for job in ("coarse", "fine"):
        path = models_dir / f"ner_{job}"
        if not path.is_dir():
            continue
        nlp = spacy.load(path)
        if job == "coarse":
            sets = {"msra": _examples(nlp, msra_val, "entities"),
                    "cluener_coarse": _examples(nlp, clu_val, "entities_coarse")}
        else:
            sets = {"cluener": _examples(nlp, clu_val, "entities")}
        out[job] = {k: score(nlp, v) for k, v in sets.items()}
        out[job]["kb_per_s"] = speed(nlp, [ex.reference.text for v in sets.values() for ex in v], repeats=2)
    return out


if __name__ == "__main__":  # pragma: no cover - manual use
    import argparse
    import json

    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", nargs="?", default="../shared/data/ner")
    ap.add_argument("out_dir", nargs="?", default=str(MODELS_DIR))
    ap.add_argument("--which", default="both")
    ap.add_argument("--cluener-in-coarse", action="store_true")
    ap.add_argument("--cluener-partial", action="store_true",
                    help="add CLUENER's persons and organisations to the coarse model, its places left unannotated")
    ap.add_argument("--coarse-epochs", type=int, default=26)
    ap.add_argument("--fine-epochs", type=int, default=24)
    ap.add_argument("--max-minutes", type=float, default=None)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--hidden-width", type=int, default=64)
    ap.add_argument("--no-lexicon", action="store_true")
    ap.add_argument("--encoder", default="window", choices=("window", "bilstm"))
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--learn-rate", type=float, default=0.001)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--augment", type=int, default=None,
                    help="mention-replaced copies per training sentence (default: 1 coarse, 0 fine)")
    ap.add_argument("--metrics", default=None, help="write metrics JSON here")
    a = ap.parse_args()
    m = train(a.data_dir, a.out_dir, which=a.which, cluener_in_coarse="partial" if a.cluener_partial else a.cluener_in_coarse,
              coarse_epochs=a.coarse_epochs, fine_epochs=a.fine_epochs, max_minutes=a.max_minutes, patience=a.patience,
              width=a.width, depth=a.depth, window=a.window, limit=a.limit,
              hidden_width=a.hidden_width, lexicon=not a.no_lexicon, encoder=a.encoder, augment=a.augment, learn_rate=a.learn_rate, dropout=a.dropout)
    text = json.dumps(m, ensure_ascii=False, indent=1)
    if a.metrics:
        Path(a.metrics).write_text(text, encoding="utf-8")
    print(text)
