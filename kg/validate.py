"""SHACL validation of a built graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str


def validate(graph: str | Path) -> ValidationReport:
    """Validate an RDF file; the ontology is given to pyshacl so subclass links count."""
    import rdflib
    from pyshacl import validate as shacl

    path = Path(graph)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    data = rdflib.Graph()
    try:
        data.parse(str(path), format="turtle" if path.suffix == ".ttl" else None)
    except Exception as exc:  # rdflib's parsers raise many kinds of error
        raise KgError(f"{path}: malformed RDF: {' '.join(str(exc).split())[:300]}") from None
    shapes = rdflib.Graph().parse(str(ONTOLOGY_DIR / "shapes.ttl"), format="turtle")
    ontology = rdflib.Graph().parse(str(ONTOLOGY_DIR / "zjkg.ttl"), format="turtle")
    conforms, _, text = shacl(data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True)
    summary = f"{path}: {'conforms' if conforms else 'does NOT conform'} to ontology/shapes.ttl ({len(data):,} triples)"
    return ValidationReport(bool(conforms), summary if conforms else summary + "\n" + text)
