"""`kg evaluate`: score the built graph against hand-annotated gold documents.

    report = evaluate(Path("tests/gold"), build)   # build(doc_path) -> pyoxigraph.Store
    print(report.format_table())                  # or report.to_json(errors=True)
    print(report.format_errors())
    problems = compare_to_baseline(report, Path("tests/gold/baseline.json"))

Each ``<doc>.gold.json`` in the gold folder names its document in ``"doc"`` (a file in
the same folder). That document is built alone, its facts are read back from the graph
with SPARQL (kg.evaluate_facts), and compared, as sets, with the gold facts per fact
type. Precision, recall and F1 are given per document and micro-averaged (summed
tp/fp/fn) over the tuning set, the held-out set and all documents.

Held-out documents are marked in their gold file with ``"held_out": true``; they are
reported separately from the tuning set (which is every other document).

Conventions: with no predicted facts precision is 1.0, with no gold facts recall is
1.0 (so a type absent from both gold and graph scores 1.0 / 1.0 / 1.0); F1 is 0 when
P + R is 0.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.atomic import atomic_open
from kg.errors import KgError
from kg.evaluate_facts import (
    ALL_FACT_TYPES,
    FACT_TYPES,
    INFO_FACT_TYPES,
    Fact,
    FactSet,
    fact_to_json,
    fmt_fact,
    gold_facts,
    graph_facts,
    load_gold,
)

__all__ = [
    "Counts", "DocResult", "ErrorItem", "Report", "evaluate", "score_document",
    "compare_to_baseline", "write_baseline", "baseline_figures", "render",
    "FACT_TYPES", "INFO_FACT_TYPES", "SPLITS",
]

#: Splits reported in the micro averages.
SPLITS = ("tuning", "held_out", "all")


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class ErrorItem:
    """A miss (gold fact not in the graph) or a false fact (in the graph, not in gold)."""

    kind: str  # "miss" | "false"
    doc: str
    fact_type: str
    fact: Fact
    evidence: str | None  # miss: gold evidence / text sentence; false: kg:sentence of its Mention

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc": self.doc, "fact_type": self.fact_type,
                "fact": fact_to_json(self.fact_type, self.fact), "evidence": self.evidence}

    def format(self) -> str:
        ev = " ".join((self.evidence or "(no evidence)").split())
        if len(ev) > 160:
            ev = ev[:157] + "..."
        return f"  {self.fact_type:<14} {fmt_fact(self.fact)}\n      {ev}"


@dataclass
class DocResult:
    doc: str
    gold_path: Path
    held_out: bool
    counts: dict[str, Counts]
    misses: list[ErrorItem] = field(default_factory=list)
    false_facts: list[ErrorItem] = field(default_factory=list)


def score_document(doc: str, gold: FactSet, predicted: FactSet, *, gold_path: Path = Path(),
                   held_out: bool = False) -> DocResult:
    """Compare one document's gold and predicted facts per fact type."""
    counts: dict[str, Counts] = {}
    misses: list[ErrorItem] = []
    false_facts: list[ErrorItem] = []
    for fact_type in ALL_FACT_TYPES:
        g, p = gold.of(fact_type), predicted.of(fact_type)
        counts[fact_type] = Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))
        for fact in sorted(g - p, key=_sort_key):
            misses.append(ErrorItem("miss", doc, fact_type, fact, gold.evidence(fact_type, fact)))
        for fact in sorted(p - g, key=_sort_key):
            false_facts.append(ErrorItem("false", doc, fact_type, fact, predicted.evidence(fact_type, fact)))
    return DocResult(doc, gold_path, held_out, counts, misses, false_facts)


def _sort_key(fact: Fact) -> tuple:
    return tuple((v is None, str(v)) for v in fact)


@dataclass
class Report:
    documents: list[DocResult]

    def docs_in(self, split: str) -> list[DocResult]:
        if split == "tuning":
            return [d for d in self.documents if not d.held_out]
        if split == "held_out":
            return [d for d in self.documents if d.held_out]
        if split == "all":
            return list(self.documents)
        raise ValueError(f"unknown split {split!r}")

    def micro(self, split: str = "all") -> dict[str, Counts]:
        """Summed tp/fp/fn per fact type over the documents of a split."""
        out = {t: Counts() for t in ALL_FACT_TYPES}
        for d in self.docs_in(split):
            for t in ALL_FACT_TYPES:
                out[t] = out[t] + d.counts[t]
        return out

    # ------------------------------------------------------------------ output
    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "fact_types": list(FACT_TYPES),
            "info_fact_types": list(INFO_FACT_TYPES),
            "micro": {s: {t: c.to_dict() for t, c in self.micro(s).items()}
                      for s in SPLITS if self.docs_in(s)},
            "documents": {
                d.doc: {"held_out": d.held_out, "gold": str(d.gold_path),
                        "scores": {t: c.to_dict() for t, c in d.counts.items()}}
                for d in self.documents
            },
        }
        if errors:
            out["errors"] = {
                d.doc: {"misses": [e.to_dict() for e in d.misses],
                        "false_facts": [e.to_dict() for e in d.false_facts]}
                for d in self.documents
            }
        return out

    def to_json(self, errors: bool = False) -> str:
        return json.dumps(self.to_dict(errors), ensure_ascii=False, indent=2)

    def format_table(self) -> str:
        """Plain-text tables: micro per split, then one per document. '*' = not gated."""
        blocks = []
        for split, title in (("tuning", "tuning set"), ("held_out", "held-out set"), ("all", "all documents")):
            docs = self.docs_in(split)
            if not docs or (split == "all" and len(docs) == len(self.docs_in("tuning"))):
                continue
            names = ", ".join(d.doc for d in docs)
            blocks.append(f"{title}, micro-averaged over {len(docs)} document(s): {names}\n"
                          + _table(self.micro(split)))
        for d in self.documents:
            tag = " (held out)" if d.held_out else ""
            blocks.append(f"{d.doc}{tag}\n" + _table(d.counts))
        if INFO_FACT_TYPES:
            blocks.append("* reported for information, not part of the bar or the baseline gate")
        return "\n\n".join(blocks) + "\n"

    def format_errors(self) -> str:
        lines = []
        for d in self.documents:
            tag = " (held out)" if d.held_out else ""
            misses = [e for e in d.misses if e.fact_type in FACT_TYPES]
            false_facts = [e for e in d.false_facts if e.fact_type in FACT_TYPES]
            lines.append(f"== {d.doc}{tag}: {len(misses)} misses, {len(false_facts)} false facts")
            lines.append("-- misses (gold fact not in the graph; gold evidence)")
            lines.extend(e.format() for e in misses)
            lines.append("-- false facts (in the graph, not in gold; source sentence)")
            lines.extend(e.format() for e in false_facts)
        return "\n".join(lines) + "\n"


def _table(counts: dict[str, Counts]) -> str:
    header = ("fact type", "P", "R", "F1", "tp", "fp", "fn")
    rows = [header]
    for t, c in counts.items():
        name = t + ("*" if t in INFO_FACT_TYPES else "")
        rows.append((name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[i].rjust(widths[i]) for i in range(1, len(r))]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def render(report: Report, *, as_json: bool = False, errors: bool = False) -> str:
    """What `kg evaluate` prints: the table (+ error lists), or the JSON document."""
    if as_json:
        return report.to_json(errors=errors) + "\n"
    text = report.format_table()
    if errors:
        text += "\n" + report.format_errors()
    return text


# ---------------------------------------------------------------------- evaluate
Builder = Callable[[Path], Any]  # doc path -> pyoxigraph.Store (anything with .query)


def gold_files(gold_dir: Path) -> list[Path]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise KgError(f"{gold_dir}: gold folder not found")
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise KgError(f"{gold_dir}: no *.gold.json files in the gold folder")
    return files


def evaluate(gold_dir: Path, build: Builder) -> Report:
    """Score every ``*.gold.json`` of ``gold_dir``: build its document alone, query, compare.

    All gold files are read and checked before anything is built, so a malformed one
    fails fast (KgError naming the file).
    """
    golds = [load_gold(p) for p in gold_files(gold_dir)]
    seen: dict[str, Path] = {}
    for g in golds:
        if g.doc in seen:
            raise KgError(f"{g.path}: document {g.doc!r} is already annotated in {seen[g.doc]}")
        seen[g.doc] = g.path
    results = []
    for g in golds:
        try:
            text = g.doc_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""  # only used to find evidence sentences for misses
        gold = gold_facts(g, text)
        store = build(g.doc_path)
        predicted = graph_facts(store, g.doc)
        results.append(score_document(g.doc, gold, predicted, gold_path=g.path, held_out=g.held_out))
    return Report(results)


# ---------------------------------------------------------------------- baseline
BASELINE_VERSION = 1


def baseline_figures(report: Report) -> dict[str, Any]:
    """The gated figures: F1 per scored fact type, micro per split and per document.

    {"version": 1,
     "micro": {"tuning": {fact_type: f1}, "held_out": {...}, "all": {...}},
     "documents": {doc file name: {fact_type: f1}}}
    F1 rounded to 4 decimals; splits without documents are left out.
    """
    return {
        "version": BASELINE_VERSION,
        "micro": {s: {t: round(c.f1, 4) for t, c in report.micro(s).items() if t in FACT_TYPES}
                  for s in SPLITS if report.docs_in(s)},
        "documents": {d.doc: {t: round(d.counts[t].f1, 4) for t in FACT_TYPES} for d in report.documents},
    }


def write_baseline(report: Report, path: Path) -> None:
    """Record the report's figures as the new baseline (written whole or not at all)."""
    with atomic_open(path, "w") as fh:
        json.dump(baseline_figures(report), fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")


def _load_baseline(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KgError(f"{path}: baseline not found (record one with write_baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: cannot read baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise KgError(f"{path}: malformed baseline JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None

    def table_ok(t: Any) -> bool:
        return isinstance(t, dict) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in t.values())

    ok = (isinstance(data, dict) and isinstance(data.get("micro", {}), dict)
          and isinstance(data.get("documents", {}), dict)
          and all(table_ok(t) for t in data.get("micro", {}).values())
          and all(table_ok(t) for t in data.get("documents", {}).values()))
    if not ok:
        raise KgError(f'{path}: malformed baseline: expected {{"micro": {{split: {{fact_type: f1}}}}, '
                      f'"documents": {{doc: {{fact_type: f1}}}}}}')
    return data


def compare_to_baseline(report: Report, baseline_path: Path, tolerance: float = 0.02) -> list[str]:
    """The figures that dropped more than ``tolerance`` below the recorded baseline.

    A figure present in the baseline but missing from the report (a document or split
    no longer evaluated) is listed too. New figures are not. One line per problem.
    """
    base = _load_baseline(Path(baseline_path))
    now = baseline_figures(report)
    problems: list[str] = []

    def check(where: str, old: dict[str, float], new: dict[str, float] | None) -> None:
        for t, f_old in sorted(old.items()):
            if new is None or t not in new:
                problems.append(f"{where} {t}: F1 {f_old:.4f} in the baseline, not measured now")
            elif f_old - new[t] > tolerance + 1e-9:
                problems.append(f"{where} {t}: F1 {new[t]:.4f} < baseline {f_old:.4f} "
                                f"({new[t] - f_old:+.4f}, tolerance {tolerance})")

    for split, table in sorted(base.get("micro", {}).items()):
        check(f"micro/{split}", table, now["micro"].get(split))
    for doc, table in sorted(base.get("documents", {}).items()):
        check(f"document {doc}", table, now["documents"].get(doc))
    return problems
