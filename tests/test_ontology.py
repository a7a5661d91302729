"""ontology/zjkg.ttl declares the contract; ontology/shapes.ttl accepts the sample and
rejects broken copies of it."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "zjkg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
KG = Namespace("https://w3id.org/zjkg/ontology#")
ID = Namespace("https://w3id.org/zjkg/id/")

CLASSES = """Official Post PostHolding AdministrativeDivision Province PrefectureCity County
Enterprise Program Indicator Observation Document Mention Implementation""".split()
PROPERTIES = """holds title postIn holder post attestedOn adcode partOf divisionType locatedIn
implements implementer program refArea indicator value unit growthPercent refPeriod isEstimate
bound sourceFile inDocument startOffset endOffset text sentence mentionedIn mentionedAt
confidence extractedBy""".split()


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES)


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE)


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES, SAMPLE], ids=lambda p: p.name)
def test_parses_in_oxigraph(path):
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(rdflib.Graph().parse(path))


def test_every_contract_term_is_declared(ontology):
    for name in CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
    for name in PROPERTIES:
        types = set(ontology.objects(KG[name], RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
    for name in CLASSES + PROPERTIES:
        langs = {lab.language for lab in ontology.objects(KG[name], RDFS.label)}
        assert {"zh", "en"} <= langs, name
        assert ontology.value(KG[name], RDFS.comment) is not None, name


def test_links_to_standard_vocabularies(ontology):
    def supers(term):
        return set(ontology.transitive_objects(term, RDFS.subClassOf))

    assert URIRef("https://schema.org/Person") in supers(KG.Official)
    assert URIRef("http://www.w3.org/ns/org#Post") in supers(KG.Post)
    assert URIRef("http://purl.org/linked-data/cube#Observation") in supers(KG.Observation)
    assert URIRef("http://www.w3.org/2004/02/skos/core#Concept") in supers(KG.Program)
    assert URIRef("http://www.w3.org/2004/02/skos/core#Concept") in supers(KG.Indicator)
    assert PROV.Entity in supers(KG.Mention) and PROV.Entity in supers(KG.PostHolding)
    assert KG.AdministrativeDivision in supers(KG.County)
    assert (KG.partOf, RDFS.subPropertyOf, URIRef("https://schema.org/containedInPlace")) in ontology


def test_every_kg_term_used_is_declared(ontology):
    declared = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}
    texts = [SAMPLE.read_text(encoding="utf-8"), SHAPES.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "ontology" / "queries").glob("*.rq")]
    used = {KG[m] for text in texts for m in re.findall(r"\bkg:([A-Za-z]\w*)", text)}
    assert used - declared == set()


def validate(data: rdflib.Graph, shapes: rdflib.Graph, **kwargs):
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, **kwargs)
    messages = {str(m) for m in report.objects(None, URIRef("http://www.w3.org/ns/shacl#resultMessage"))}
    return conforms, messages


def test_sample_conforms(sample, shapes, ontology):
    assert validate(sample, shapes) == (True, set())
    assert validate(sample, shapes, ont_graph=ontology)[0]


OBS = ID["observation/a1b2c3d4e5f60718"]
MENTION = ID["mention/000_8aae07e36f419ad9.txt/234-253"]
LIU = ID["official/刘颖"]
YUHANG = ID["division/330110"]
HOLDING = ID["holding/2f0b1c5e6a7d8e90"]


def _replace(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


BROKEN = {
    "observation without refArea": (lambda g: g.remove((OBS, KG.refArea, None)), "refArea"),
    "official label with a space": (lambda g: _replace(g, LIU, RDFS.label, Literal("刘 颖", lang="zh")), "without spaces"),
    "start not before end": (lambda g: _replace(g, MENTION, KG.startOffset, Literal(253)), "less than"),
    "adcode of 5 digits": (lambda g: _replace(g, YUHANG, KG.adcode, Literal("33011")), "2, 4 or 6 digits"),
    "adcode not under parent": (lambda g: _replace(g, YUHANG, KG.partOf, ID["division/3307"]), "parent"),
    "unknown bound": (lambda g: g.add((OBS, KG.bound, Literal("more"))), None),
    "bad period": (lambda g: _replace(g, OBS, KG.refPeriod, Literal("2025上半年")), "refPeriod"),
    "value as a string": (lambda g: _replace(g, OBS, KG.value, Literal("500.3")), None),
    "estimate missing": (lambda g: g.remove((OBS, KG.isEstimate, None)), None),
    "two sources": (lambda g: g.add((OBS, PROV.wasDerivedFrom, ID["mention/000_8aae07e36f419ad9.txt/290-312"])), "exactly one"),
    "holding without source": (lambda g: g.remove((HOLDING, PROV.wasDerivedFrom, None)), "exactly one"),
    "date as a string": (lambda g: _replace(g, HOLDING, KG.attestedOn, Literal("2025-07-17")), None),
    "text length differs from offsets": (lambda g: _replace(g, MENTION, KG.text, Literal("财政总收入")), "characters long"),
    "implementation without implements": (lambda g: g.remove((YUHANG, KG.implements, None)), "implements"),
    "program label in quotes": (lambda g: _replace(g, ID["program/六干"], RDFS.label, Literal("“六干”", lang="zh")), "quotation"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_copy_does_not_conform(case, sample, shapes):
    g = rdflib.Graph()
    for t in sample:
        g.add(t)
    change, expected = BROKEN[case]
    change(g)
    conforms, messages = validate(g, shapes)
    assert not conforms
    if expected:
        assert any(expected in m for m in messages), messages
