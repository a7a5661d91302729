"""The HTML export: offline, escaped, filtered, deterministic, atomic."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib

from kg.export.html import DEFAULT_TYPES, render_html, select, to_networkx

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
ID = "https://w3id.org/zjkg/id/"
XSS_ENTERPRISE = "<img src=x onerror=alert(1)>"
XSS_OFFICIAL = "<img/src=x/onerror=alert(1)>"


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE)


def _render(graph, tmp_path, name="graph.html", **kwargs) -> str:
    out = tmp_path / name
    render_html(graph, out, **kwargs)
    return out.read_text(encoding="utf-8")


def _data(page: str, var: str) -> list[dict]:
    m = re.search(rf"var {var} = (\[.*?\]);\n", page)
    assert m, var
    return json.loads(m.group(1))


def test_page_loads_nothing_from_the_network(graph, tmp_path):
    page = _render(graph, tmp_path)
    low = page.lower()
    # no remote script/style/image/frame: no src=/href= pointing to http(s) or //host
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", low)
    assert "<link" not in low
    assert not re.search(r"""@import|url\(\s*["']?\s*(?:https?:)?//""", low)
    assert "cdn.jsdelivr" not in low and "cdnjs" not in low and "unpkg" not in low
    # vis-network is inlined and the browser is told to refuse any request
    assert "vis.Network" in page and "default-src 'none'" in page


def test_names_are_escaped_everywhere(graph, tmp_path):
    page = _render(graph, tmp_path, title="<b>图</b>")
    for raw in ("<img src=x onerror", "<img/src=x", "<img", "alert(2)</script>", "<b>图"):
        assert raw not in page, raw
    # two scripts (vis-network and ours) and nothing closes them early
    assert page.count("</script") == 2 and len(re.findall(r"^<script>", page, re.M)) == 2
    assert "&lt;b&gt;图&lt;/b&gt;" in page
    # the reader still sees the real names: vis-network draws labels on a canvas and
    # sets string tooltips with innerText, so the data holds plain text
    nodes = _data(page, "nodeData")
    labels = {n["label"] for n in nodes}
    assert {XSS_ENTERPRISE, XSS_OFFICIAL} <= labels
    edges = _data(page, "edgeData")
    assert any("</script><script>alert(2)</script>" in e["title"] for e in edges)


def test_content(graph, tmp_path):
    page = _render(graph, tmp_path)
    nodes = {n["label"]: n for n in _data(page, "nodeData")}
    edges = _data(page, "edgeData")
    assert {"刘颖", "余杭区", "杭州市", "浙江省", "千项万亿", "浙江天龙胶丸有限公司"} <= set(nodes)
    assert "财政总收入 500.3亿元 +5.9% 2025H1" in nodes
    assert "GDP" not in nodes  # indicators only on request
    liu, yuhang = nodes["刘颖"]["id"], nodes["余杭区"]["id"]
    holds = [e for e in edges if e["from"] == liu and e["to"] == yuhang]
    assert len(holds) == 1 and holds[0]["label"] == "区委书记"
    assert "2025-07-17" in holds[0]["title"] and "杭州市委常委、余杭区委书记 刘 颖" in holds[0]["title"]
    assert any(e["from"] == yuhang and e["to"] == nodes["杭州市"]["id"] and e["label"] == "隶属" for e in edges)
    assert any(e["from"] == yuhang and e["to"] == nodes["千项万亿"]["id"] and e["label"] == "实施" for e in edges)
    obs = nodes["财政总收入 500.3亿元 +5.9% 2025H1"]
    assert "全区完成财政总收入500.3亿元、增长5.9%" in obs["title"]
    # a legend entry per node type shown
    for text in ("官员 Official", "行政区划 Division", "政策工程 Program", "企业 Enterprise", "指标数据 Observation"):
        assert text in page


def test_output_is_deterministic(graph, tmp_path):
    a = _render(graph, tmp_path, "a.html")
    shuffled = rdflib.Graph()
    for t in sorted(graph, reverse=True):
        shuffled.add(t)
    b = _render(shuffled, tmp_path, "b.html")
    assert a == b


def test_type_filter(graph, tmp_path):
    page = _render(graph, tmp_path, types={"Official", "kg:AdministrativeDivision"})
    kinds = {n["kind"] for n in _data(page, "nodeData")}
    assert kinds == {"official", "division"}
    assert "政策工程 Program" not in page
    G = select(to_networkx(graph), types={"indicator", "observation"})
    assert {k for _, k in G.nodes(data="kind")} == {"indicator", "observation"}
    assert set(select(to_networkx(graph), types="Program, enterprise").nodes) == {
        ID + "program/千项万亿", ID + "program/六干", ID + "enterprise/浙江天龙胶丸有限公司",
        ID + "enterprise/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    }
    assert G.number_of_edges() == 3
    assert DEFAULT_TYPES == {"official", "post", "division", "program", "enterprise", "observation"}


def test_focus_filter(graph, tmp_path):
    G = to_networkx(graph)
    one = select(G, focus="刘颖", depth=1)
    assert {d["label"] for _, d in one.nodes(data=True)} == {"刘颖", "余杭区", "杭州市"}
    two = select(G, focus=ID + "official/刘颖", depth=2)
    labels = {d["label"] for _, d in two.nodes(data=True)}
    assert {"浙江省", "千项万亿", "财政总收入 500.3亿元 +5.9% 2025H1", XSS_ENTERPRISE} <= labels
    assert "义乌市" not in labels and "王健" not in labels
    # an alternative label works too, and the ego network respects the type filter
    alt = select(G, focus="余杭", depth=1, types={"division"})
    assert {d["label"] for _, d in alt.nodes(data=True)} == {"余杭区", "杭州市"}
    zero = select(G, focus="余杭区", depth=0)
    assert list(zero.nodes) == [ID + "division/330110"]
    page = _render(graph, tmp_path, focus="刘颖", depth=1)
    assert {n["label"] for n in _data(page, "nodeData")} == {"刘颖", "余杭区", "杭州市"}


def test_bad_filters_raise_and_write_nothing(graph, tmp_path):
    out = tmp_path / "graph.html"
    with pytest.raises(ValueError, match="matches no node"):
        render_html(graph, out, focus="不存在")
    with pytest.raises(ValueError, match="unknown node type"):
        render_html(graph, out, types={"planet"})
    with pytest.raises(ValueError, match="not among the selected"):
        render_html(graph, out, focus="刘颖", types={"division"})
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_post_without_division_becomes_a_node(graph, tmp_path):
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    kg = rdflib.Namespace("https://w3id.org/zjkg/ontology#")
    post, official = rdflib.URIRef(ID + "post/none/总书记"), rdflib.URIRef(ID + "official/习近平")
    g.add((official, rdflib.RDF.type, kg.Official))
    g.add((official, rdflib.RDFS.label, rdflib.Literal("习近平", lang="zh")))
    g.add((official, kg.holds, post))
    g.add((post, rdflib.RDF.type, kg.Post))
    g.add((post, rdflib.RDFS.label, rdflib.Literal("总书记", lang="zh")))
    g.add((post, kg.title, rdflib.Literal("总书记", lang="zh")))
    G = select(to_networkx(g), focus="习近平", depth=1)
    assert {d["kind"] for _, d in G.nodes(data=True)} == {"official", "post"}
