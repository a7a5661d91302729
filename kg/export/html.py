"""Draw the graph as one self-contained interactive HTML page (vis-network via pyvis).

The picture shows the entities people ask about and the facts between them:

* officials (red) with an edge to the division of each post they hold, labelled with
  the post's title (区委书记) and carrying the dated holdings and source sentences;
  a post without a division (总书记) becomes a node of its own;
* administrative divisions (blue, bigger for higher levels) linked to their parent
  (隶属), programs (orange) linked from the divisions implementing them (实施),
  enterprises (green) linked to the division they are located in (位于);
* observations (purple boxes, "财政总收入 500.3亿元 +5.9% 2025H1") linked to their
  division; indicators only when asked for (``types`` containing ``"indicator"``).

Escaping. vis-network 9.1 (the copy pyvis ships) draws labels on a canvas and shows a
string ``title`` with ``innerText``, so neither is parsed as HTML: labels and tooltips
are kept as plain text (escaping them with ``html.escape`` would show ``&lt;`` to the
reader). They reach the page inside a ``<script>`` as JSON in which ``<``, ``>`` and
``&`` are written ``\\u003c``, ``\\u003e``, ``\\u0026``, so no text from the graph can
close the script or open a tag; everything that is written as HTML (page title,
legend, summary) goes through ``html.escape``. A Content-Security-Policy forbids any
request: the page loads nothing from the network (vis-network's JS and CSS are inlined
from pyvis's bundled copy; pyvis's own template is not used because it always links
bootstrap from a CDN).
"""

from __future__ import annotations

import html
import json
import os
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.atomic import atomic_open
from kg.errors import KgError

KG = Namespace("https://w3id.org/zjkg/ontology#")

__all__ = ["NODE_TYPES", "DEFAULT_TYPES", "HtmlExportError", "to_networkx", "select", "render_html"]


class HtmlExportError(KgError, ValueError):
    """A bad filter (unknown type, focus matching nothing): one line for the CLI."""


@dataclass(frozen=True)
class _Style:
    zh: str
    en: str
    color: str
    shape: str
    size: int


# Order matters: it is the legend order and the node order in the output.
NODE_TYPES: dict[str, _Style] = {
    "official": _Style("官员", "Official", "#e15759", "dot", 18),
    "post": _Style("职务", "Post", "#ff9da7", "dot", 12),
    "division": _Style("行政区划", "Division", "#4e79a7", "dot", 20),
    "program": _Style("政策工程", "Program", "#f28e2b", "diamond", 16),
    "enterprise": _Style("企业", "Enterprise", "#59a14f", "square", 14),
    "observation": _Style("指标数据", "Observation", "#b07aa1", "box", 10),
    "indicator": _Style("指标", "Indicator", "#9c755f", "triangle", 12),
}
DEFAULT_TYPES: frozenset[str] = frozenset(NODE_TYPES) - {"indicator"}

# edge kind -> (label shown on the edge or None, legend text, colour, dashed)
EDGE_KINDS: dict[str, tuple[str | None, str, str, bool]] = {
    "holds": (None, "任职 holds post (label: title)", "#e15759", False),
    "partOf": ("隶属", "隶属 part of", "#9aa5b1", True),
    "implements": ("实施", "实施 implements", "#f28e2b", False),
    "locatedIn": ("位于", "位于 located in", "#59a14f", False),
    "refArea": (None, "指标数据 observation of", "#b07aa1", False),
    "indicator": (None, "指标 indicator", "#9c755f", True),
}

_DIVISION_SIZE = {KG.Province: 30, KG.PrefectureCity: 24, KG.County: 18}
_DIVISION_CLASSES = (KG.AdministrativeDivision, KG.Province, KG.PrefectureCity, KG.County)
_TYPE_ALIASES = {
    "administrativedivision": "division",
    "divisions": "division",
    "province": "division",
    "prefecturecity": "division",
    "county": "division",
    "posts": "post",
    "officials": "official",
    "programs": "program",
    "enterprises": "enterprise",
    "observations": "observation",
    "indicators": "indicator",
    "metric": "observation",
    "metrics": "observation",
}
_BOUND_TEXT = {"atLeast": "以上", "about": "左右", "atMost": "以内"}
_MAX_SOURCES = 5  # source sentences per tooltip


# --------------------------------------------------------------------------- helpers


def _sorted(values: Iterable) -> list:
    return sorted(values, key=lambda t: (str(t), getattr(t, "language", None) or ""))


def _label(g: Graph, node) -> str:
    """The rdfs:label of ``node`` (preferring @zh), else the end of its IRI."""
    labels = list(g.objects(node, RDFS.label))
    if labels:
        zh = [lab for lab in labels if isinstance(lab, Literal) and (lab.language or "").startswith("zh")]
        return str(_sorted(zh or labels)[0])
    text = str(node)
    return text.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _one(g: Graph, node, prop):
    values = _sorted(g.objects(node, prop))
    return values[0] if values else None


def _str(value) -> str:
    return "" if value is None else str(value)


def _doc_name(g: Graph, doc) -> str:
    title = _one(g, doc, DCTERMS.title)
    src = _one(g, doc, KG.sourceFile)
    date = _one(g, doc, DCTERMS.date)
    name = _str(title) or _str(src) or _label(g, doc)
    extra = ", ".join(x for x in (_str(date), _str(src)) if x)
    return f"{name} [{extra}]" if extra and extra != name else name


def _source_lines(g: Graph, mentions: Iterable) -> list[str]:
    """Plain-text lines quoting the sentence of each mention and naming its document."""
    lines: list[str] = []
    mentions = _sorted(set(mentions))
    for m in mentions[:_MAX_SOURCES]:
        sentence = _str(_one(g, m, KG.sentence)) or _str(_one(g, m, KG.text))
        doc = _one(g, m, KG.inDocument)
        start, end = _one(g, m, KG.startOffset), _one(g, m, KG.endOffset)
        where = _doc_name(g, doc) if doc is not None else ""
        if start is not None and end is not None:
            where = f"{where} 字符 {start}–{end}".strip()
        if sentence:
            lines.append(f"“{sentence}”")
        if where:
            lines.append(f"  — {where}")
    if len(mentions) > _MAX_SOURCES:
        lines.append(f"… 另有 {len(mentions) - _MAX_SOURCES} 处出处 (more sources)")
    return lines


def _documents_line(g: Graph, node) -> list[str]:
    docs = _sorted(g.objects(node, KG.mentionedIn))
    if not docs:
        return []
    names = [_doc_name(g, d) for d in docs[:_MAX_SOURCES]]
    more = f" … +{len(docs) - _MAX_SOURCES}" if len(docs) > _MAX_SOURCES else ""
    return ["见于 (mentioned in): " + "; ".join(names) + more]


def _kind_of(g: Graph, node) -> str | None:
    types = set(g.objects(node, RDF.type))
    if KG.Official in types:
        return "official"
    if types & set(_DIVISION_CLASSES):
        return "division"
    if KG.Program in types:
        return "program"
    if KG.Enterprise in types:
        return "enterprise"
    if KG.Observation in types:
        return "observation"
    if KG.Indicator in types:
        return "indicator"
    if KG.Post in types:
        return "post"
    return None


def _number(value) -> str:
    return _str(value)


def _observation_label(g: Graph, obs) -> str:
    indicator = _one(g, obs, KG.indicator)
    parts = [_label(g, indicator) if indicator is not None else "?"]
    value, unit = _one(g, obs, KG.value), _one(g, obs, KG.unit)
    growth = _one(g, obs, KG.growthPercent)
    if value is not None:
        parts.append(f"{_number(value)}{_str(unit)}")
    if growth is not None:
        text = _number(growth)
        parts.append(f"{'' if text.startswith('-') else '+'}{text}%")
    bound = _one(g, obs, KG.bound)
    if bound is not None and str(bound) in _BOUND_TEXT:
        parts[-1] += _BOUND_TEXT[str(bound)]
    period = _one(g, obs, KG.refPeriod)
    if period is not None:
        parts.append(str(period))
    estimate = _one(g, obs, KG.isEstimate)
    if isinstance(estimate, Literal) and estimate.toPython() is True:
        parts.append("(预计)")
    return " ".join(parts)


# ------------------------------------------------------------------ RDF -> networkx


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Build the picture's graph from the RDF graph.

    Nodes are keyed by IRI (string) with attributes ``kind`` (a key of NODE_TYPES),
    ``label``, ``names`` (label and alternative labels, for ``focus``), ``title``
    (plain-text tooltip) and ``size``. Edges are keyed by their kind (EDGE_KINDS) with
    ``label`` and ``title``. Every node type is included; :func:`select` filters.
    """
    g = graph
    G = nx.MultiDiGraph()

    def add_node(node, kind: str, label: str, lines: list[str], size: int | None = None) -> str:
        key = str(node)
        names = {label} | {str(a) for a in g.objects(node, SKOS.altLabel)} | {str(a) for a in g.objects(node, RDFS.label)}
        style = NODE_TYPES[kind]
        G.add_node(
            key,
            kind=kind,
            label=label,
            names=sorted(names),
            title="\n".join([f"{label} ({style.zh} {style.en})", *lines, key]),
            size=size or style.size,
        )
        return key

    # --- entity nodes
    subjects: dict[str, list] = defaultdict(list)
    for s in set(g.subjects(RDF.type, None)):
        if isinstance(s, URIRef):
            kind = _kind_of(g, s)
            if kind:
                subjects[kind].append(s)
    for kind in subjects:
        subjects[kind] = _sorted(subjects[kind])

    for d in subjects["division"]:
        lab = _label(g, d)
        info = [x for x in (_str(_one(g, d, KG.divisionType)), _str(_one(g, d, KG.adcode))) if x]
        lines = ["，".join(info)] if info else []
        alts = sorted({str(a) for a in g.objects(d, SKOS.altLabel)} - {lab})
        if alts:
            lines.append("别名: " + "、".join(alts))
        parent = _one(g, d, KG.partOf)
        if parent is not None:
            lines.append("隶属: " + _label(g, parent))
        lines += _documents_line(g, d)
        size = next((sz for cls, sz in _DIVISION_SIZE.items() if (d, RDF.type, cls) in g), None)
        add_node(d, "division", lab, lines, size)

    holdings_by_official: dict = defaultdict(list)
    for h in _sorted(g.subjects(RDF.type, KG.PostHolding)):
        official = _one(g, h, KG.holder)
        if official is not None:
            holdings_by_official[official].append(h)

    for o in subjects["official"]:
        lab = _label(g, o)
        lines = []
        alts = sorted({str(a) for a in g.objects(o, SKOS.altLabel)} - {lab})
        if alts:
            lines.append("别名: " + "、".join(alts))
        posts = []
        for h in holdings_by_official.get(o, []):
            post = _one(g, h, KG.post)
            date = _one(g, h, KG.attestedOn)
            posts.append(f"{_label(g, post) if post is not None else '?'}" + (f" ({date})" if date is not None else ""))
        if posts:
            lines.append("职务: " + "；".join(posts))
        lines += _documents_line(g, o)
        add_node(o, "official", lab, lines)

    for p in subjects["program"]:
        implementers = sorted(_label(g, d) for d in g.subjects(KG.implements, p))
        lines = ["实施: " + "、".join(implementers)] if implementers else []
        lines += _documents_line(g, p)
        add_node(p, "program", _label(g, p), lines)

    for e in subjects["enterprise"]:
        lines = []
        located = [_label(g, d) for d in _sorted(g.objects(e, KG.locatedIn))]
        if located:
            lines.append("位于: " + "、".join(located))
        lines += _documents_line(g, e)
        lines += _source_lines(g, g.objects(e, KG.mentionedAt))
        add_node(e, "enterprise", _label(g, e), lines)

    for i in subjects["indicator"]:
        add_node(i, "indicator", _label(g, i), _documents_line(g, i))

    for obs in subjects["observation"]:
        area = _one(g, obs, KG.refArea)
        header = _observation_label(g, obs)
        lines = []
        if area is not None:
            lines.append("区域: " + _label(g, area))
        lines += _source_lines(g, g.objects(obs, PROV.wasDerivedFrom))
        add_node(obs, "observation", header, lines)

    # --- edges
    def add_edge(u, v, kind: str, label: str | None, lines: list[str]) -> None:
        u, v = str(u), str(v)
        if u in G and v in G:
            G.add_edge(u, v, key=kind, kind=kind, label=label, title="\n".join(lines))

    # officials -> division of the post (or -> post node when the post has no division)
    for o in subjects["official"]:
        by_target: dict[tuple[str, str], list] = defaultdict(list)
        posts = set(g.objects(o, KG.holds))
        for h in holdings_by_official.get(o, []):
            post = _one(g, h, KG.post)
            if post is None:
                continue
            posts.discard(post)
            by_target[_post_target(g, post)].append(h)
        for post in _sorted(posts):  # kg:holds without a PostHolding
            by_target[_post_target(g, post)].append(None)
        for (target, title), holdings in sorted(by_target.items()):
            if target.startswith("post:"):
                post = URIRef(target[5:])
                if str(post) not in G:
                    add_node(post, "post", _label(g, post), [])
                target = str(post)
            lines = []
            for h in holdings:
                if h is None:
                    continue
                post = _one(g, h, KG.post)
                date = _one(g, h, KG.attestedOn)
                lines.append(f"{_label(g, o)} — {_label(g, post)}" + (f" ({date})" if date is not None else ""))
                lines += _source_lines(g, g.objects(h, PROV.wasDerivedFrom))
            if not lines:
                lines = [f"{_label(g, o)} — {title}"]
            G.add_edge(str(o), target, key=f"holds:{title}", kind="holds", label=title, title="\n".join(lines))

    for d in subjects["division"]:
        for parent in _sorted(g.objects(d, KG.partOf)):
            add_edge(d, parent, "partOf", "隶属", [f"{_label(g, d)} 隶属 {_label(g, parent)}"])
        for p in _sorted(g.objects(d, KG.implements)):
            impls = [
                i
                for i in g.subjects(KG.implementer, d)
                if (i, KG.program, p) in g
            ]
            mentions = [m for i in impls for m in g.objects(i, PROV.wasDerivedFrom)]
            add_edge(d, p, "implements", "实施", [f"{_label(g, d)} 实施 {_label(g, p)}", *_source_lines(g, mentions)])

    for e in subjects["enterprise"]:
        for d in _sorted(g.objects(e, KG.locatedIn)):
            add_edge(e, d, "locatedIn", "位于", [f"{_label(g, e)} 位于 {_label(g, d)}"])

    for obs in subjects["observation"]:
        for d in _sorted(g.objects(obs, KG.refArea)):
            add_edge(obs, d, "refArea", None, [f"{_label(g, d)}: {G.nodes[str(obs)]['label']}"])
        for i in _sorted(g.objects(obs, KG.indicator)):
            add_edge(obs, i, "indicator", None, [_label(g, i)])
    return G


def _post_target(g: Graph, post) -> tuple[str, str]:
    """(node the holds-edge points to, edge label) for a post."""
    title = _one(g, post, KG.title)
    label = str(title) if title is not None else _label(g, post)
    division = _one(g, post, KG.postIn)
    if division is not None and _kind_of(g, division) == "division":
        return (str(division), label)
    return ("post:" + str(post), label)


# ------------------------------------------------------------------------- filters


def _normalise_types(types: Iterable[str] | str | None) -> set[str]:
    if types is None:
        return set(DEFAULT_TYPES)
    if isinstance(types, str):  # "official,division" from a command line
        types = [t for t in types.split(",") if t.strip()]
    out = set()
    for t in types:
        key = str(t).strip()
        key = key.rsplit("#", 1)[-1].rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
        key = _TYPE_ALIASES.get(key, key)
        if key not in NODE_TYPES:
            raise HtmlExportError(f"unknown node type {t!r}; choose from {', '.join(NODE_TYPES)}")
        out.add(key)
    return out


def _resolve_focus(G: nx.MultiDiGraph, focus: str) -> list[str]:
    focus = focus.strip()
    if focus in G:
        return [focus]
    return sorted(n for n, data in G.nodes(data=True) if focus in data.get("names", ()))


def select(
    G: nx.MultiDiGraph,
    *,
    types: Iterable[str] | None = None,
    focus: str | None = None,
    depth: int = 2,
) -> nx.MultiDiGraph:
    """Keep the nodes of the given types; with ``focus``, only those within ``depth``
    steps (edges followed both ways) of the node(s) whose IRI, label or alternative
    label is ``focus``. Raises HtmlExportError (a KgError and a ValueError) for an
    unknown type or focus."""
    kinds = _normalise_types(types)
    H = G.subgraph(n for n, k in G.nodes(data="kind") if k in kinds)
    if focus is None:
        return H.copy()
    if depth < 0:
        raise HtmlExportError("depth must be >= 0")
    seeds = _resolve_focus(H, focus)
    if not seeds:
        if _resolve_focus(G, focus):
            raise HtmlExportError(f"focus {focus!r} is not among the selected node types")
        raise HtmlExportError(f"focus {focus!r} matches no node (give an IRI, a label or an alternative label)")
    undirected = H.to_undirected(as_view=True)
    seen = {s: 0 for s in seeds}
    queue = deque(seeds)
    while queue:
        n = queue.popleft()
        if seen[n] >= depth:
            continue
        for m in undirected.neighbors(n):
            if m not in seen:
                seen[m] = seen[n] + 1
                queue.append(m)
    S = H.subgraph(seen).copy()
    for s in seeds:
        S.nodes[s]["focus"] = True
    return S


# -------------------------------------------------------------------------- output


def _script_json(value) -> str:
    """JSON that is safe inside <script>: no <, >, & or line separators appear raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # an inlined script must not contain "</script"; vis-network does not, but make sure
    js = js.replace("</script", "<\\/script")
    css = css.replace("</style", "<\\/style")
    return js, css


_OPTIONS = {
    "autoResize": True,
    "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"inherit": False},
        "font": {"size": 11, "align": "middle", "strokeWidth": 3},
        "smooth": {"type": "continuous"},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
    "layout": {"randomSeed": 20250717, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 110, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400},
    },
}

_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ margin: 0; font-family: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; }}
header {{ padding: 8px 14px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }}
header h1 {{ font-size: 18px; margin: 0 12px 0 0; }}
#legend {{ display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }}
#legend label {{ cursor: pointer; white-space: nowrap; }}
#legend .sw {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin: 0 4px -1px 2px; }}
#legend .edge {{ display: inline-block; width: 22px; height: 0; border-top: 2px solid; margin: 0 4px 3px 2px; }}
#legend .edge.dashed {{ border-top-style: dashed; }}
#summary {{ font-size: 12px; color: #666; }}
#search {{ font-size: 13px; padding: 2px 4px; width: 14em; }}
#mynetwork {{ width: 100%; height: calc(100vh - 70px); min-height: 480px; }}
div.vis-tooltip {{ white-space: pre-wrap !important; max-width: 520px; font-size: 13px; line-height: 1.45; }}
</style>
<script>{vis_js}</script>
</head>
<body>
<header>
<h1>{title}</h1>
<div id="legend">{legend}</div>
<input id="search" list="node-names" placeholder="查找 / find…" aria-label="find a node">
<datalist id="node-names"></datalist>
<div id="summary">{summary}</div>
</header>
<div id="mynetwork"></div>
<script>
(function () {{
  "use strict";
  var nodeData = {nodes};
  var edgeData = {edges};
  var options = {options};
  var nodes = new vis.DataSet(nodeData);
  var edges = new vis.DataSet(edgeData);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {{nodes: nodes, edges: edges}}, options);
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{physics: {{enabled: false}}}});
    network.fit();
  }});
  var boxes = document.querySelectorAll("#legend input[data-kind]");
  function applyTypes() {{
    var hidden = {{}};
    boxes.forEach(function (b) {{ hidden[b.getAttribute("data-kind")] = !b.checked; }});
    nodes.update(nodeData.map(function (n) {{ return {{id: n.id, hidden: !!hidden[n.kind]}}; }}));
  }}
  boxes.forEach(function (b) {{ b.addEventListener("change", applyTypes); }});
  var list = document.getElementById("node-names");
  var byName = {{}};
  nodeData.forEach(function (n) {{
    if (byName[n.label] === undefined) {{
      byName[n.label] = n.id;
      var opt = document.createElement("option");
      opt.value = n.label;
      list.appendChild(opt);
    }}
  }});
  document.getElementById("search").addEventListener("change", function (ev) {{
    var id = byName[ev.target.value];
    if (id !== undefined) {{
      network.selectNodes([id]);
      network.focus(id, {{scale: 1.2, animation: true}});
    }}
  }});
  window.zjkgNetwork = network;
}})();
</script>
</body>
</html>
"""


def _legend(kinds_present: list[str], edge_kinds_present: list[str]) -> str:
    parts = []
    for kind in kinds_present:
        st = NODE_TYPES[kind]
        parts.append(
            f'<label><input type="checkbox" checked data-kind="{html.escape(kind)}">'
            f'<span class="sw" style="background:{html.escape(st.color)}"></span>'
            f"{html.escape(st.zh)} {html.escape(st.en)}</label>"
        )
    for kind in edge_kinds_present:
        _, text, color, dashed = EDGE_KINDS[kind]
        cls = "edge dashed" if dashed else "edge"
        parts.append(
            f'<span><span class="{cls}" style="border-color:{html.escape(color)}"></span>{html.escape(text)}</span>'
        )
    return "".join(parts)


def _vis_data(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """Nodes and edges as vis-network dicts, through pyvis, in a stable order."""
    from pyvis.network import Network

    order = {k: i for i, k in enumerate(NODE_TYPES)}
    net = Network(directed=True, cdn_resources="in_line")
    for n, data in sorted(G.nodes(data=True), key=lambda item: (order[item[1]["kind"]], item[1]["label"], item[0])):
        st = NODE_TYPES[data["kind"]]
        extra = {}
        if data["kind"] == "observation":
            extra["font"] = {"size": 11, "color": "#ffffff"}
        if data.get("focus"):
            extra["borderWidth"] = 4
            extra["color"] = {"background": st.color, "border": "#222222"}
        net.add_node(
            n,
            label=data["label"],
            title=data["title"],
            shape=st.shape,
            color=extra.pop("color", st.color),
            size=data["size"],
            kind=data["kind"],
            **extra,
        )
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        _, _, color, dashed = EDGE_KINDS[data["kind"]]
        opts = {"title": data["title"], "color": color, "dashes": dashed, "kind": data["kind"]}
        if data.get("label"):
            opts["label"] = data["label"]
        if data["kind"] in ("refArea", "indicator"):
            opts["width"] = 1
            opts["arrows"] = {"to": {"enabled": False}}
        net.add_edge(u, v, **opts)
    nodes, edges, *_ = net.get_network_data()
    return nodes, edges


def render_html(
    graph: Graph,
    path: str | os.PathLike[str],
    *,
    types: set[str] | None = None,
    focus: str | None = None,
    depth: int = 2,
    title: str = "zjkg 知识图谱",
) -> None:
    """Write ``graph`` as a self-contained interactive HTML page to ``path``.

    ``types`` keeps only these node types (keys of NODE_TYPES, class names such as
    "Official" / "kg:Program" are accepted; default: all but "indicator"); ``focus``
    (IRI, label or alternative label) with ``depth`` keeps the ego network around it.
    The file is written atomically. Raises HtmlExportError (a KgError and a ValueError) for an unknown type or focus.
    """
    G = select(to_networkx(graph), types=types, focus=focus, depth=depth)
    nodes, edges = _vis_data(G)
    kinds_present = [k for k in NODE_TYPES if any(n["kind"] == k for n in nodes)]
    edge_kinds_present = [k for k in EDGE_KINDS if any(e["kind"] == k for e in edges)]
    summary = f"{len(nodes)} 个节点 nodes · {len(edges)} 条边 edges"
    if focus is not None:
        summary += f" · 中心 focus: {focus} (深度 depth {depth})"
    vis_js, vis_css = _vis_assets()
    page = _PAGE.format(
        title=html.escape(title),
        vis_css=vis_css,
        vis_js=vis_js,
        legend=_legend(kinds_present, edge_kinds_present),
        summary=html.escape(summary),
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=_script_json(_OPTIONS),
    )
    with atomic_open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
