"""The facts the relate stage hands to the graph stage: plain, hashable records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from kg.admin import Division


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span of a document's text and its sentence.

    ``start``/``end`` index the file's decoded text (``Document.raw``), so a user who
    opens the file finds the words there; ``text`` is that raw span.
    """

    document: str
    start: int
    end: int
    text: str
    sentence: str


@dataclass(frozen=True)
class EntityMention:
    """An entity named somewhere: ``kind`` is division/official/program/enterprise/indicator."""

    kind: str
    key: str  # adcode for divisions, canonical name otherwise
    label: str
    surface: str  # as written (余杭, 刘 颖)
    evidence: Evidence


@dataclass(frozen=True)
class Holding:
    """An official attested in a post on a date."""

    official: str
    title: str
    division: Division | None
    date: dt.date | None
    evidence: Evidence
    confidence: float = 1.0
    extracted_by: str = "rules:officials"


@dataclass(frozen=True)
class Observation:
    """A figure a division reported."""

    division: Division
    indicator: str
    value: Decimal | None
    unit: str | None
    growth: Decimal | None
    period: str | None
    estimate: bool
    bound: str | None
    evidence: Evidence
    confidence: float = 1.0
    extracted_by: str = "rules:metrics"


@dataclass(frozen=True)
class Implementation:
    """A division carrying out a program."""

    division: Division
    program: str
    evidence: Evidence
    confidence: float = 1.0
    extracted_by: str = "rules:programs"


@dataclass(frozen=True)
class Location:
    """An enterprise located in a division."""

    enterprise: str
    division: Division
    evidence: Evidence
    confidence: float = 1.0
    extracted_by: str = "rules:enterprises"


@dataclass
class DocumentFacts:
    """Everything read from one document."""

    name: str
    title: str | None
    date: dt.date | None
    source: str | None
    mentions: list[EntityMention] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    implementations: list[Implementation] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
