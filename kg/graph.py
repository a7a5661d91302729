"""Build the RDF graph from facts, following ontology/README.md.

Terms are written as N-Triples text while the graph is built (a Python string costs a
fraction of a pyoxigraph term), then Oxigraph parses the sorted lines once, in Rust, into
the triples it stores, queries and serialises; rdflib reads the same Turtle for SHACL and
JSON-LD. IRIs are derived from content only, so building twice gives the same triples.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from pyoxigraph import RdfFormat, Triple, parse

from kg.admin import COUNTY, PREFECTURE, PROVINCE, Division, gazetteer
from kg.facts import DocumentFacts, Evidence

KG = "https://w3id.org/zjkg/ontology#"
ID = "https://w3id.org/zjkg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"

PREFIXES = {
    "kg": KG,
    "id": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCT,
}

# A term is its N-Triples text: <iri>, "text"@zh or "1.5"^^<datatype>.
Term = str

_A = f"<{RDF}type>"
_LABEL = f"<{RDFS}label>"
_ALT = f"<{SKOS}altLabel>"
_DCT_TITLE = f"<{DCT}title>"
_DCT_DATE = f"<{DCT}date>"
_DCT_SOURCE = f"<{DCT}source>"
_DERIVED = f"<{PROV}wasDerivedFrom>"
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LEVEL_CLASS = {PROVINCE: "Province", PREFECTURE: "PrefectureCity", COUNTY: "County"}
_ENTITY_CLASS = {"official": "Official", "program": "Program", "enterprise": "Enterprise", "indicator": "Indicator"}
# Characters an IRI path segment may not hold as they are (RFC 3987 iunreserved is wider).
_UNSAFE = re.compile(r"[^0-9A-Za-z\-._~\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]")


@lru_cache(maxsize=None)
def kg(term: str) -> Term:
    """A term of the zjkg ontology."""
    return f"<{KG}{term}>"


@lru_cache(maxsize=65536)
def _seg(text: str) -> str:
    """``text`` as one IRI path segment: readable Chinese, everything else percent-encoded."""
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), text)


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1 << 18)
def iri(kind: str, *parts: str) -> Term:
    """A resource IRI ``id:{kind}/{part}/...`` with each part made IRI-safe."""
    path = "/".join(_seg(p) for p in parts)
    if path.endswith("."):
        # Turtle writers shorten the IRI to id:…\. and rdflib cannot read a local name
        # that ends in an escaped dot: a name ending in a dot ends in %2E instead.
        path = path[:-1] + "%2E"
    return "<" + ID + kind + "/" + path + ">"


def division_iri(div: Division) -> Term:
    return iri("division", div.adcode)


def post_iri(title: str, div: Division | None) -> Term:
    return iri("post", div.adcode if div else "none", title)


@lru_cache(maxsize=1 << 16)
def _quote(text: str) -> str:
    # cached: a sentence is quoted once for every mention it holds
    text = text.translate(_ESCAPES)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04X}", text)
    return f'"{text}"'


def zh(text: str) -> Term:
    return _quote(text) + "@zh"


def _str(text: str) -> Term:
    return _quote(text)


def _dec(value: Decimal) -> Term:
    # The value as written: "500.3", "7.0", "266".
    return f'"{format(value, "f")}"^^<{XSD}decimal>'


@lru_cache(maxsize=64)
def _confidence(value: float) -> Term:
    return _dec(Decimal(str(value)))


def _int(value: int) -> Term:
    return f'"{value}"^^<{XSD}integer>'


def _date(value: dt.date) -> Term:
    return f'"{value.isoformat()}"^^<{XSD}date>'


def _bool(value: bool) -> Term:
    return f'"{"true" if value else "false"}"^^<{XSD}boolean>'


class GraphBuilder:
    """Accumulates triples (as a set, so repeats collapse) for one or more documents."""

    def __init__(self) -> None:
        # Insertion-ordered, repeats collapse: documents and facts are added in a fixed
        # order, so the triples come out in one without sorting them.
        self.triples: dict[tuple[Term, Term, Term], None] = {}
        self._divisions_done: set[str] = set()
        self._mentions_done: set[str] = set()
        self._entities_done: set[str] = set()

    def add(self, s: Term, p: Term, o: Term) -> None:
        self.triples[(s, p, o)] = None

    # -- nodes -------------------------------------------------------------------
    def division(self, div: Division) -> Term:
        """The division's node, with its ancestors, type, label, adcode and short name."""
        node = division_iri(div)
        if div.adcode in self._divisions_done:
            return node
        self._divisions_done.add(div.adcode)
        gaz = gazetteer()
        self.add(node, _A, kg("AdministrativeDivision"))
        self.add(node, _A, kg(_LEVEL_CLASS[div.level]))
        self.add(node, _LABEL, zh(div.name))
        self.add(node, kg("adcode"), _str(div.adcode))
        self.add(node, kg("divisionType"), zh(div.type))
        if div.parent and div.parent in gaz.by_code:
            self.add(node, kg("partOf"), self.division(gaz.by_code[div.parent]))
        return node

    def document(self, facts: DocumentFacts) -> Term:
        node = iri("document", facts.name)
        self.add(node, _A, kg("Document"))
        self.add(node, kg("sourceFile"), _str(facts.name))
        if facts.title:
            self.add(node, _DCT_TITLE, zh(facts.title))
        if facts.date:
            self.add(node, _DCT_DATE, _date(facts.date))
        if facts.source:
            self.add(node, _DCT_SOURCE, _str(facts.source))
        return node

    def mention(self, ev: Evidence) -> Term:
        node = iri("mention", ev.document, f"{ev.start}-{ev.end}")
        if node in self._mentions_done:
            return node
        self._mentions_done.add(node)
        self.add(node, _A, kg("Mention"))
        self.add(node, kg("inDocument"), iri("document", ev.document))
        self.add(node, kg("startOffset"), _int(ev.start))
        self.add(node, kg("endOffset"), _int(ev.end))
        self.add(node, kg("text"), _str(ev.text))
        self.add(node, kg("sentence"), _str(ev.sentence))
        return node

    def _provenance(self, node: Term, ev: Evidence, confidence: float, extracted_by: str) -> None:
        self.add(node, _DERIVED, self.mention(ev))
        self.add(node, kg("confidence"), _confidence(confidence))
        self.add(node, kg("extractedBy"), _str(extracted_by))

    # -- a document's facts ------------------------------------------------------
    def add_facts(self, facts: DocumentFacts) -> None:
        """All triples of one document's facts."""
        doc = self.document(facts)
        gaz = gazetteer()
        for m in facts.mentions:
            if m.kind == "division":
                node = self.division(gaz.by_code[m.key])
                if m.surface != m.label:
                    self.add(node, _ALT, zh(m.surface))
            else:
                node = iri(m.kind, m.key)
                if node not in self._entities_done:
                    self._entities_done.add(node)
                    self.add(node, _A, kg(_ENTITY_CLASS[m.kind]))
                    self.add(node, _LABEL, zh(m.label))
                if m.surface != m.label and m.kind == "official":
                    self.add(node, _ALT, zh(m.surface))
            self.add(node, kg("mentionedIn"), doc)
            self.add(node, kg("mentionedAt"), self.mention(m.evidence))

        seen_holdings: set[tuple] = set()
        for h in facts.holdings:
            # One PostHolding per official, post and date in a document: the first
            # place the document attests it is its source (ontology/README.md).
            key = (h.official, h.title, h.division.adcode if h.division else "", h.date)
            if key in seen_holdings:
                continue
            seen_holdings.add(key)
            person = iri("official", h.official)
            post = post_iri(h.title, h.division)
            self.add(post, _A, kg("Post"))
            self.add(post, kg("title"), zh(h.title))
            if h.division is not None:
                self.add(post, kg("postIn"), self.division(h.division))
                label = h.division.name + (h.title[1:] if h.title[:1] == h.division.suffix and h.title[1:2] in "委长" else h.title)
            else:
                label = h.title
            self.add(post, _LABEL, zh(label))
            self.add(person, kg("holds"), post)
            node = iri("holding", _hash(*key, facts.name))
            self.add(node, _A, kg("PostHolding"))
            self.add(node, kg("holder"), person)
            self.add(node, kg("post"), post)
            if h.date is not None:
                self.add(node, kg("attestedOn"), _date(h.date))
            self._provenance(node, h.evidence, h.confidence, h.extracted_by)

        for o in facts.observations:
            node = iri("observation", _hash(facts.name, o.evidence.start, o.evidence.end, o.indicator, o.division.adcode, o.value, o.growth))
            self.add(node, _A, kg("Observation"))
            self.add(node, kg("refArea"), self.division(o.division))
            self.add(node, kg("indicator"), iri("indicator", o.indicator))
            if o.value is not None:
                self.add(node, kg("value"), _dec(o.value))
            if o.unit:
                self.add(node, kg("unit"), zh(o.unit))
            if o.growth is not None:
                self.add(node, kg("growthPercent"), _dec(o.growth))
            if o.period:
                self.add(node, kg("refPeriod"), _str(o.period))
            self.add(node, kg("isEstimate"), _bool(o.estimate))
            if o.bound:
                self.add(node, kg("bound"), _str(o.bound))
            self.add(node, _DCT_SOURCE, doc)
            self._provenance(node, o.evidence, o.confidence, o.extracted_by)

        for i in facts.implementations:
            div = self.division(i.division)
            program = iri("program", i.program)
            self.add(div, kg("implements"), program)
            node = iri("implementation", _hash(i.division.adcode, i.program, facts.name, i.evidence.start))
            self.add(node, _A, kg("Implementation"))
            self.add(node, kg("implementer"), div)
            self.add(node, kg("program"), program)
            self._provenance(node, i.evidence, i.confidence, i.extracted_by)

        for loc in facts.locations:
            self.add(iri("enterprise", loc.enterprise), kg("locatedIn"), self.division(loc.division))

    def ntriples(self) -> bytes:
        """The graph as N-Triples, one line per triple, lines sorted."""
        return "".join(sorted(f"{s} {p} {o} .\n" for s, p, o in self.triples)).encode("utf-8")

    def sorted_triples(self) -> list[Triple]:
        """The triples in a fixed order: subjects in the order they were first added, each
        with its triples together (so Turtle writes each subject once) in the order added."""
        by_subject: dict[Term, list[str]] = {}
        for s, p, o in self.triples:
            by_subject.setdefault(s, []).append(f"{s} {p} {o} .\n")
        lines = "".join(line for group in by_subject.values() for line in group).encode("utf-8")
        # Lenient: every IRI here was made by iri() (IRI-safe by construction) and every
        # literal by _quote, so Oxigraph's IRI validation would only re-check our own
        # work, at a fifth of the whole build's graph stage.
        return list(parse(lines, format=RdfFormat.N_TRIPLES, lenient=True))


def build_triples(all_facts: Iterable[DocumentFacts]) -> list[Triple]:
    """The sorted triples of the given documents' facts."""
    builder = GraphBuilder()
    for facts in all_facts:
        builder.add_facts(facts)
    return builder.sorted_triples()


