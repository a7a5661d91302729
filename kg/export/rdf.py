"""Re-serialise a graph file as Turtle, N-Triples or JSON-LD (Oxigraph, atomically)."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, serialize

from kg.atomic import atomic_open
from kg.graph import PREFIXES
from kg.query import load_store

_OUT = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD}


def export_rdf(graph: str | Path, out: str | Path, fmt: str) -> Path:
    """Write ``graph`` (a file or store) to ``out`` in ``fmt`` (turtle, ntriples, jsonld)."""
    store = load_store(graph)
    triples = sorted((q.triple for q in store), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    kwargs = {"prefixes": PREFIXES} if fmt in ("turtle", "jsonld") else {}
    data = serialize(triples, format=_OUT[fmt], **kwargs)
    with atomic_open(out, "wb") as fh:
        fh.write(data)
    return Path(out)
