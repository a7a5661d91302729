"""The whole build as one library call: files -> facts -> triples -> Turtle.

``build(paths)`` runs ingest, the spaCy pipeline, linking and relating, and the graph
stage; ``BuildResult.write(directory)`` writes graph.ttl (and optionally graph.html).
The CLI's ``kg build`` is a thin layer over these.
"""

from __future__ import annotations

import gc
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, Triple, serialize

from kg.atomic import atomic_open
from kg.document import Document
from kg.facts import DocumentFacts
from kg.graph import PREFIXES, build_triples
from kg.ingest import read_paths
from kg.nlp.pipeline import make_nlp, section_data
from kg.relate import relate


@dataclass
class BuildResult:
    """What a build produced, with counts and timings for the summary."""

    documents: list[Document]
    facts: list[DocumentFacts]
    triples: list[Triple]
    seconds: dict[str, float] = field(default_factory=dict)

    def store(self) -> Store:
        """An in-memory Oxigraph store holding the graph."""
        store = Store()
        store.bulk_extend(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in self.triples)
        return store

    def turtle(self) -> bytes:
        """The graph as Turtle, in a fixed order with the project's prefixes."""
        return serialize(self.triples, format=RdfFormat.TURTLE, prefixes=PREFIXES)

    def write_turtle(self, path: str | Path) -> Path:
        """Write the Turtle atomically (no half-written file on failure)."""
        with atomic_open(path, "wb") as fh:
            fh.write(self.turtle())
        return Path(path)

    def summary(self) -> dict:
        """Counts of documents, entities per type and facts per type, and the seconds taken."""
        entities: Counter = Counter()
        seen: set[tuple[str, str]] = set()
        for f in self.facts:
            for m in f.mentions:
                if (m.kind, m.key) not in seen:
                    seen.add((m.kind, m.key))
                    entities[m.kind] += 1
        facts = Counter()
        for f in self.facts:
            facts["post holdings"] += len(set((h.official, h.title, h.division, h.date) for h in f.holdings))
            facts["observations"] += len(f.observations)
            facts["implementations"] += len(set((i.division, i.program) for i in f.implementations))
            facts["locations"] += len(set((loc.enterprise, loc.division) for loc in f.locations))
        return {
            "documents": len(self.documents),
            "characters": sum(len(d.raw) for d in self.documents),
            "entities": dict(sorted(entities.items())),
            "facts": dict(sorted(facts.items())),
            "triples": len(self.triples),
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


# A text that touches every lazily loaded resource (jieba's dictionary, the division
# names, the NER models), so that "load" in the summary is loading and "extract" is work.
_WARM_UP = "杭州市委常委、余杭区委书记 刘颖\n王健,义乌市委书记,出席。阿里巴巴集团、惠生海工等企业在“415X”中增长5.9%。"


@lru_cache(maxsize=4)
def pipeline(segmenter: str = "char"):
    """The spaCy pipeline, loaded once per process (and warmed up)."""
    from kg.ingest import document_from_text

    nlp = make_nlp(segmenter)
    for _ in section_data(nlp, [document_from_text(_WARM_UP, Path("warm-up.txt"))]):
        pass
    # The models, dictionaries and lexicons just loaded live as long as the process:
    # freezing them spares every full collection during a build from walking them again
    # (measured: about a tenth of the build's CPU time on the seeds).
    gc.freeze()
    return nlp


def default_jobs() -> int:
    """Processes a build uses by default: one a core, up to four (the stages after the
    NLP stage run in one process, so more would gain little)."""
    return max(1, min(4, os.cpu_count() or 1))


def build_documents(documents: Iterable[Document], segmenter: str = "char", jobs: int | None = None) -> BuildResult:
    """Build the graph of already-ingested documents.

    ``jobs``: processes for the NLP stage (default :func:`default_jobs`); 1 runs all in
    this process. The graph is the same for any value.
    """
    documents = list(documents)
    t0 = time.perf_counter()
    nlp = pipeline(segmenter)
    t1 = time.perf_counter()
    jobs = default_jobs() if jobs is None else jobs
    facts = [relate(document, sections) for document, sections in section_data(nlp, documents, jobs)]
    t2 = time.perf_counter()
    triples = build_triples(facts)
    t3 = time.perf_counter()
    return BuildResult(documents, facts, triples, {"load": t1 - t0, "extract": t2 - t1, "graph": t3 - t2})


def build(paths: Iterable[str | Path], segmenter: str = "char", jobs: int | None = None) -> BuildResult:
    """Read files and folders and build their graph (``jobs``: see :func:`build_documents`)."""
    t0 = time.perf_counter()
    documents = read_paths(paths)
    t1 = time.perf_counter()
    result = build_documents(documents, segmenter, jobs)
    result.seconds = {"ingest": t1 - t0, **result.seconds}
    return result


def build_store(paths: Iterable[str | Path]) -> Store:
    """The built graph of ``paths`` in an in-memory Oxigraph store (used by ``kg evaluate``)."""
    return build(paths).store()


