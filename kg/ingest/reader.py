"""Compose the ingest steps: file -> :class:`~kg.document.Document`; paths -> documents."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from kg.document import Document
from kg.errors import KgError
from kg.ingest.dates import Meta, date_from_text, read_sidecar, title_from_sections
from kg.ingest.decode import read_text
from kg.ingest.repair import repair
from kg.ingest.structure import find_sections, split_sentences

log = logging.getLogger("kg.ingest")

#: Files taken from a folder (a file named on the command line is read whatever its name).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
SIDECAR_SUFFIX = ".meta.json"


def document_from_text(raw: str, path: Path, encoding: str = "utf-8", meta: Meta | None = None) -> Document:
    """Build a Document from already decoded text (repair, structure, date)."""
    text, offsets = repair(raw)
    sections = find_sections(text)
    sentences = split_sentences(text, sections)
    meta = meta or Meta()
    return Document(
        name=path.name,
        path=path,
        raw=raw,
        text=text,
        offsets=offsets,
        encoding=encoding,
        date=meta.date or date_from_text(text),
        title=meta.title or title_from_sections([s.title for s in sections]),
        source=meta.source,
        sections=sections,
        sentences=sentences,
    )


def read_document(path: str | Path) -> Document:
    """Read one file into a Document. Raises :class:`KgError` (one line) on bad input."""
    p = Path(path)
    raw, encoding = read_text(p)
    return document_from_text(raw, p, encoding, read_sidecar(p))


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


# A folder's own documentation (README.md, LICENSE) is not one of its news documents; named
# on the command line it is read like any file.
_FOLDER_DOCS = re.compile(r"(?i)^(?:readme|license|licence|changelog|copying)(?:\.[a-z]+)?$")


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files ``paths`` name: files as given, folders searched recursively for text
    files (sidecars, hidden files and the folder's README/LICENSE skipped). Sorted, without
    duplicates."""
    found: dict[Path, Path] = {}  # resolved -> as named, so a file reached twice is read once
    for item in paths:
        p = Path(item)
        if p.is_dir():
            for f in p.rglob("*"):
                if (
                    f.is_file()
                    and not f.name.endswith(SIDECAR_SUFFIX)
                    and f.suffix.lower() in TEXT_SUFFIXES
                    and not _is_hidden(f, p)
                    and not _FOLDER_DOCS.match(f.name)
                ):
                    found.setdefault(f.resolve(), f)
        elif p.is_file():
            found.setdefault(p.resolve(), p)
        else:
            raise KgError(f"{p}: no such file or directory")
    return sorted(found.values())


def read_paths(paths: Iterable[str | Path]) -> list[Document]:
    """Read every file ``paths`` name (see :func:`collect_files`), in sorted order.

    A file that is not readable text (binary, empty, undecodable, too large) is skipped
    with one warning line on the ``kg.ingest`` logger; a missing path or a malformed
    sidecar is an error for the whole run.
    """
    docs = []
    for f in collect_files(paths):
        try:
            raw, encoding = read_text(f)
        except KgError as exc:
            log.warning("skipped %s", exc)
            continue
        docs.append(document_from_text(raw, f, encoding, read_sidecar(f)))
    return docs
