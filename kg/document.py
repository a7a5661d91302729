"""The plain data that the ingest stage hands to every later stage.

A :class:`Document` carries two texts: ``raw`` is the file as decoded (what users see
when they open the file, and what provenance offsets point into) and ``text`` is the
repaired text the extractors read. ``offsets`` maps every index of ``text`` (and one
past its end) back to an index of ``raw``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Section:
    """A unit of text with one speaker or one article.

    ``start``/``end`` are offsets into ``Document.text``. ``title`` is the section's
    headline if it has one; ``header`` is the speaker line (``杭州市委常委、余杭区委书记 刘颖``)
    when the section is a speech, with ``header_start`` its offset in ``Document.text``.
    """

    start: int
    end: int
    title: str | None = None
    header: str | None = None
    header_start: int | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into ``Document.text``; ``section`` indexes ``Document.sections``."""

    start: int
    end: int
    section: int


@dataclass
class Document:
    """One ingested file: repaired text, offset map, date and structure."""

    name: str
    path: Path
    raw: str
    text: str
    offsets: list[int]
    encoding: str
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the same span of ``raw``.

        The end maps through the last character, so a span that stops right before a
        repaired page break does not take the removed blank lines with it.
        """
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset`` of ``text`` (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
