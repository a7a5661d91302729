"""Facts to score: read from a gold annotation file, and read back from a built graph.

A *fact* is a tuple of normalized values; each fact type has its own tuple shape
(see ``FACT_TYPES``). Facts of one document are compared as sets, so duplicates
collapse. Normalization is deliberately small, so the score measures what users get:

- strings (names, titles, division labels, units, periods): all whitespace removed
  (the text has "刘 颖"; gold writes "刘颖");
- numbers: ``decimal.Decimal``, compared by value (500.30 == 500.3);
- a metric without a value has no unit either (unit is only scored together with value).

The graph side is read with the SPARQL queries in this module (``Q_*``); they are the
contract with the builder (ontology/README.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import KgError

#: Scored fact types, in report order, with the shape of their tuples.
FACT_TYPES: dict[str, tuple[str, ...]] = {
    "divisions": ("division",),
    "officials": ("name",),
    "posts": ("name", "title", "division"),
    "programs": ("name",),
    "enterprises": ("name",),
    "metric_values": ("division", "value", "unit"),
    "metric_growth": ("division", "growth"),
    "metrics_full": ("division", "value", "unit", "growth", "period", "estimate"),
}
#: Reported for information only: not part of the quality bar nor the baseline gate.
INFO_FACT_TYPES: dict[str, tuple[str, ...]] = {
    "metric_bound": ("division", "value", "unit", "growth", "period", "estimate", "bound"),
}
ALL_FACT_TYPES: dict[str, tuple[str, ...]] = {**FACT_TYPES, **INFO_FACT_TYPES}

Fact = tuple


# --------------------------------------------------------------------------- normalizing
_WS = re.compile(r"\s+")


def norm_str(value: Any) -> str | None:
    """Whitespace removed (incl. full-width space); None stays None."""
    if value is None:
        return None
    return _WS.sub("", str(value))


def norm_decimal(value: Any) -> Decimal | str | None:
    """A Decimal compared by value; anything unparsable stays a string (never matches)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        d = value
    else:
        try:
            d = Decimal(str(value).strip())
        except InvalidOperation:
            return str(value)
    if not d.is_finite():
        return str(value)
    # normalize() so that the repr is canonical too (500.30 -> 500.3); 0 stays 0.
    return d.normalize() if d != 0 else Decimal(0)


def fmt_value(value: Any) -> str:
    """How a fact component is shown in tables and JSON."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def fact_to_json(fact_type: str, fact: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in zip(ALL_FACT_TYPES[fact_type], fact):
        if isinstance(value, Decimal):
            out[name] = format(value, "f")  # a string keeps 500.3 exact
        else:
            out[name] = value
    return out


def fmt_fact(fact: Fact) -> str:
    return " | ".join(fmt_value(v) for v in fact)


def metric_facts(division, value, unit, growth, period, estimate, bound) -> dict[str, Fact]:
    """The metric fact tuples (one per metric fact type) of one observation."""
    division = norm_str(division)
    value = norm_decimal(value)
    unit = norm_str(unit) if value is not None else None
    growth = norm_decimal(growth)
    period = norm_str(period)
    estimate = bool(estimate)
    bound = norm_str(bound)
    out: dict[str, Fact] = {
        "metrics_full": (division, value, unit, growth, period, estimate),
        "metric_bound": (division, value, unit, growth, period, estimate, bound),
    }
    if value is not None:
        out["metric_values"] = (division, value, unit)
    if growth is not None:
        out["metric_growth"] = (division, growth)
    return out


# --------------------------------------------------------------------------- fact sets
@dataclass
class FactSet:
    """Facts per type, each with the evidence strings seen for it (first is shown)."""

    facts: dict[str, dict[Fact, list[str]]] = field(
        default_factory=lambda: {t: {} for t in ALL_FACT_TYPES}
    )

    def add(self, fact_type: str, fact: Fact, evidence: str | None = None) -> None:
        seen = self.facts[fact_type].setdefault(fact, [])
        if evidence and evidence not in seen:
            seen.append(evidence)

    def of(self, fact_type: str) -> set[Fact]:
        return set(self.facts[fact_type])

    def evidence(self, fact_type: str, fact: Fact) -> str | None:
        ev = self.facts[fact_type].get(fact)
        return ev[0] if ev else None


# --------------------------------------------------------------------------- gold
@dataclass
class Gold:
    path: Path
    doc: str
    doc_path: Path
    held_out: bool
    data: dict[str, Any]


def _fail(path: Path, message: str) -> KgError:
    return KgError(f"{path}: {message}".replace("\n", " "))


def load_gold(path: Path) -> Gold:
    """Read and check one ``<doc>.gold.json``; KgError (one line naming the file) if bad."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(path, f"cannot read gold file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise _fail(path, f"gold file is not UTF-8: {exc.reason}") from None
    try:
        data = json.loads(raw, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as exc:
        raise _fail(path, f"malformed gold JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise _fail(path, "malformed gold JSON: the top level must be an object")
    _check_gold(path, data)
    doc_path = path.parent / data["doc"]
    if not doc_path.is_file():
        raise _fail(path, f"document {data['doc']!r} named by its \"doc\" field not found (looked for {doc_path})")
    return Gold(path=path, doc=data["doc"], doc_path=doc_path, held_out=bool(data.get("held_out", False)), data=data)


def _is_num(v: Any) -> bool:
    return isinstance(v, Decimal)


def _check_gold(path: Path, d: dict[str, Any]) -> None:
    def need(cond: bool, where: str, what: str) -> None:
        if not cond:
            raise _fail(path, f"malformed gold: {where} {what}")

    need(isinstance(d.get("doc"), str) and d.get("doc", "").strip() != "", '"doc"', "must be a non-empty file name")
    need("/" not in d["doc"] and "\\" not in d["doc"], '"doc"', "must be a file name next to the gold file, not a path")
    need(isinstance(d.get("held_out", False), bool), '"held_out"', "must be true or false")
    for key in ("divisions", "officials", "enterprises", "programs", "metrics"):
        need(isinstance(d.get(key), list), f'"{key}"', "must be a list (use [] when there is none)")
    for i, v in enumerate(d["divisions"]):
        need(isinstance(v, str), f"divisions[{i}]", "must be a string")
    for i, o in enumerate(d["officials"]):
        need(isinstance(o, dict) and isinstance(o.get("name"), str), f"officials[{i}]", 'must be an object with a string "name"')
        posts = o.get("posts", [])
        need(isinstance(posts, list), f"officials[{i}].posts", "must be a list")
        for j, p in enumerate(posts):
            w = f"officials[{i}].posts[{j}]"
            need(isinstance(p, dict) and isinstance(p.get("title"), str), w, 'must be an object with a string "title"')
            need(p.get("division") is None or isinstance(p.get("division"), str), f"{w}.division", "must be a string or null")
    for key in ("enterprises", "programs"):
        for i, e in enumerate(d[key]):
            need(isinstance(e, dict) and isinstance(e.get("name"), str), f"{key}[{i}]", 'must be an object with a string "name"')
    for i, m in enumerate(d["metrics"]):
        w = f"metrics[{i}]"
        need(isinstance(m, dict), w, "must be an object")
        need(isinstance(m.get("division"), str), f"{w}.division", "must be a string")
        for k in ("value", "growth_pct"):
            need(m.get(k) is None or _is_num(m.get(k)), f"{w}.{k}", "must be a number or null")
        for k in ("unit", "period", "bound", "indicator", "evidence"):
            need(m.get(k) is None or isinstance(m.get(k), str), f"{w}.{k}", "must be a string or null")
        need(isinstance(m.get("estimate", False), bool), f"{w}.estimate", "must be true or false")
        need(m.get("value") is not None or m.get("growth_pct") is not None, w, "has neither value nor growth_pct")


_SENT_END = re.compile(r"[。！？!?；;\n]")


def find_sentence(text: str, name: str) -> str | None:
    """The sentence of ``text`` where ``name`` first occurs (spaces in the text tolerated)."""
    name = norm_str(name) or ""
    if not name:
        return None
    pattern = re.compile(r"\s*".join(re.escape(ch) for ch in name))
    m = pattern.search(text)
    if not m:
        return None
    starts = [e.end() for e in _SENT_END.finditer(text, 0, m.start())]
    start = starts[-1] if starts else 0
    end_m = _SENT_END.search(text, m.end())
    end = end_m.end() if end_m else len(text)
    return text[start:end].strip()


def gold_facts(gold: Gold, text: str) -> FactSet:
    """The gold facts of one annotated document, with evidence for the error listing."""
    d = gold.data
    fs = FactSet()
    for div in d["divisions"]:
        fs.add("divisions", (norm_str(div),), find_sentence(text, div) or find_sentence(text, div[:2]))
    for o in d["officials"]:
        name = norm_str(o["name"])
        ev = find_sentence(text, name)
        fs.add("officials", (name,), ev)
        for p in o.get("posts", []):
            fs.add("posts", (name, norm_str(p["title"]), norm_str(p.get("division"))), ev)
    for key in ("programs", "enterprises"):
        for e in d[key]:
            fs.add(key, (norm_str(e["name"]),), find_sentence(text, e["name"]))
    for m in d["metrics"]:
        ev = m.get("evidence")
        if m.get("indicator"):
            ev = f"[{m['indicator']}] {ev}" if ev else f"[{m['indicator']}]"
        facts = metric_facts(m["division"], m.get("value"), m.get("unit"), m.get("growth_pct"),
                             m.get("period"), m.get("estimate", False), m.get("bound"))
        for fact_type, fact in facts.items():
            fs.add(fact_type, fact, ev)
    return fs


# --------------------------------------------------------------------------- graph (SPARQL)
PREFIXES = """\
PREFIX kg: <https://w3id.org/zjkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

#: The documents in the built graph and their file names.
Q_DOCUMENTS = PREFIXES + """
SELECT ?doc ?file WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc kg:sourceFile ?file }
}"""

_ZH = 'FILTER(LANG(?{v}) = "" || LANGMATCHES(LANG(?{v}), "zh"))'

#: Entities mentioned in the document (kg:mentionedIn), with the sentence of a mention
#: (kg:mentionedAt -> kg:Mention in that document -> kg:sentence). {classes} is a list
#: of class IRIs: divisions are typed kg:AdministrativeDivision or one of its subclasses.
Q_ENTITIES = PREFIXES + """
SELECT ?label ?sentence ?start WHERE {{
  VALUES ?doc {{ {doc} }}
  VALUES ?cls {{ {classes} }}
  ?e a ?cls ; kg:mentionedIn ?doc ; rdfs:label ?label .
  """ + _ZH.format(v="label") + """
  OPTIONAL {{ ?e kg:mentionedAt ?m . ?m kg:inDocument ?doc .
             OPTIONAL {{ ?m kg:sentence ?sentence }} OPTIONAL {{ ?m kg:startOffset ?start }} }}
}}"""

ENTITY_CLASSES = {
    "divisions": "kg:AdministrativeDivision kg:Province kg:PrefectureCity kg:County",
    "officials": "kg:Official",
    "programs": "kg:Program",
    "enterprises": "kg:Enterprise",
}

#: Post holdings attested by this document: the holding's prov:wasDerivedFrom Mention
#: is kg:inDocument the document.
Q_POSTS = PREFIXES + """
SELECT ?name ?title ?division ?sentence ?start WHERE {{
  VALUES ?doc {{ {doc} }}
  ?h a kg:PostHolding ; kg:holder ?o ; kg:post ?p ; prov:wasDerivedFrom ?m .
  ?m kg:inDocument ?doc .
  ?o rdfs:label ?name . """ + _ZH.format(v="name") + """
  ?p kg:title ?title .
  OPTIONAL {{ ?p kg:postIn ?d . ?d rdfs:label ?division . """ + _ZH.format(v="division") + """ }}
  OPTIONAL {{ ?m kg:sentence ?sentence }} OPTIONAL {{ ?m kg:startOffset ?start }}
}}"""

#: Observations of this document: dcterms:source the document, or derived from a
#: Mention in it. Missing kg:isEstimate counts as false.
Q_METRICS = PREFIXES + """
SELECT ?obs ?division ?indicator ?value ?unit ?growth ?period ?estimate ?bound ?text ?sentence ?start WHERE {{
  VALUES ?doc {{ {doc} }}
  ?obs a kg:Observation .
  {{ ?obs dcterms:source ?doc }} UNION {{ ?obs prov:wasDerivedFrom ?dm . ?dm kg:inDocument ?doc }}
  OPTIONAL {{ ?obs kg:refArea ?a . ?a rdfs:label ?division . """ + _ZH.format(v="division") + """ }}
  OPTIONAL {{ ?obs kg:indicator ?i . ?i rdfs:label ?indicator }}
  OPTIONAL {{ ?obs kg:value ?value }}
  OPTIONAL {{ ?obs kg:unit ?unit }}
  OPTIONAL {{ ?obs kg:growthPercent ?growth }}
  OPTIONAL {{ ?obs kg:refPeriod ?period }}
  OPTIONAL {{ ?obs kg:isEstimate ?estimate }}
  OPTIONAL {{ ?obs kg:bound ?bound }}
  OPTIONAL {{ ?obs prov:wasDerivedFrom ?m . ?m kg:inDocument ?doc .
             OPTIONAL {{ ?m kg:text ?text }}
             OPTIONAL {{ ?m kg:sentence ?sentence }} OPTIONAL {{ ?m kg:startOffset ?start }} }}
}}"""


def _query(store: Any, sparql: str) -> Iterable[Any]:
    try:
        return list(store.query(sparql, use_default_graph_as_union=True))
    except TypeError:  # a store without named graphs
        return list(store.query(sparql))


def _val(sol: Any, var: str) -> str | None:
    term = sol[var]
    return None if term is None else term.value


def _offset(sol: Any) -> int:
    v = _val(sol, "start")
    try:
        return int(v) if v is not None else 1 << 62
    except ValueError:
        return 1 << 62


def find_document(store: Any, doc_name: str) -> str:
    """The document node (as a SPARQL term) whose kg:sourceFile is ``doc_name``.

    Falls back to the only kg:Document of the graph; KgError when there is none that fits.
    """
    rows = _query(store, Q_DOCUMENTS)
    docs = {str(sol["doc"]): _val(sol, "file") for sol in rows}
    named = sorted(d for d, f in docs.items() if f is not None and f == doc_name)
    if named:
        return named[0]
    if len(docs) == 1:
        return next(iter(docs))
    raise KgError(
        f"the graph built from {doc_name} has {len(docs)} kg:Document nodes and none with kg:sourceFile {doc_name!r}"
    )


def graph_facts(store: Any, doc_name: str) -> FactSet:
    """The facts of one document as users get them: SPARQL over the built graph."""
    doc = find_document(store, doc_name)
    fs = FactSet()

    def add_sorted(fact_type: str, rows: list[tuple[int, Fact, str | None]]) -> None:
        for _, fact, sentence in sorted(rows, key=lambda r: r[0]):
            fs.add(fact_type, fact, sentence)

    for fact_type, classes in ENTITY_CLASSES.items():
        rows = [
            (_offset(s), (norm_str(_val(s, "label")),), _val(s, "sentence"))
            for s in _query(store, Q_ENTITIES.format(doc=doc, classes=classes))
        ]
        add_sorted(fact_type, rows)

    rows = [
        (_offset(s), (norm_str(_val(s, "name")), norm_str(_val(s, "title")), norm_str(_val(s, "division"))),
         _val(s, "sentence"))
        for s in _query(store, Q_POSTS.format(doc=doc))
    ]
    add_sorted("posts", rows)

    metric_rows: dict[str, list[tuple[int, Fact, str | None]]] = {t: [] for t in ALL_FACT_TYPES}
    for s in _query(store, Q_METRICS.format(doc=doc)):
        estimate = (_val(s, "estimate") or "false").strip().lower() in ("true", "1")
        facts = metric_facts(_val(s, "division"), _val(s, "value"), _val(s, "unit"), _val(s, "growth"),
                             _val(s, "period"), estimate, _val(s, "bound"))
        sentence = _val(s, "sentence")
        parts = [f"[{_val(s, 'indicator')}]" if _val(s, "indicator") else None,
                 f"«{_val(s, 'text')}»" if _val(s, "text") else None, sentence]
        sentence = " ".join(x for x in parts if x) or None
        for fact_type, fact in facts.items():
            metric_rows[fact_type].append((_offset(s), fact, sentence))
    for fact_type, rows in metric_rows.items():
        add_sorted(fact_type, rows)
    return fs
