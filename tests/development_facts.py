"""Shared by the session rule tests: module-scoped fixtures holding one development text's facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts


def figures(facts: DocumentFacts) -> set[tuple]:
    """(division name, value, unit, growth, period, estimate) of every observation."""
    return {(o.division.name, o.value, o.unit, o.growth, o.period, o.estimate) for o in facts.observations}


def of(facts: DocumentFacts, division: str) -> set[tuple]:
    """The :func:`figures` of one division, without its name."""
    return {f[1:] for f in figures(facts) if f[0] == division}


def text_facts(name: str, path: Path):
    """A module-scoped fixture called ``name``: the facts of the development text at ``path``
    (assign it to a module-level name so pytest collects it)."""

    @pytest.fixture(scope="module", name=name)
    def _facts() -> DocumentFacts:
        return build([path]).facts[0]

    return _facts
