"""Shared by the session rule tests: module-scoped fixtures holding one development text's facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts
from kg.nlp.divisions import find_divisions
from kg.nlp.officials import find_officials


def figures(facts: DocumentFacts) -> set[tuple]:
    """(division name, value, unit, growth, period, estimate) of every observation."""
    return {(o.division.name, o.value, o.unit, o.growth, o.period, o.estimate) for o in facts.observations}


def of(facts: DocumentFacts, division: str) -> set[tuple]:
    """The :func:`figures` of one division, without its name."""
    return {f[1:] for f in figures(facts) if f[0] == division}


def held(facts: DocumentFacts, name: str) -> set[tuple]:
    """(title, division name, whether dated) of every post of ``name``."""
    return {(h.title, h.division.name if h.division else None, h.date is not None)
            for h in facts.holdings if h.official == name}


def posts(text: str) -> set[tuple]:
    """(name, title, division as written) of every post :func:`find_officials` reads in ``text``."""
    return {(o.name, p.title, p.division.surface if p.division else None)
            for o in find_officials(text, find_divisions(text)) for p in o.posts}


def text_facts(name: str, path: Path):
    """A module-scoped fixture called ``name``: the facts of the development text at ``path``
    (assign it to a module-level name so pytest collects it)."""

    @pytest.fixture(scope="module", name=name)
    def _facts() -> DocumentFacts:
        return build([path]).facts[0]

    return _facts


def snippet_facts(text: str, tmp_path: Path, date: str = "2025-11-01", title: str = "t") -> DocumentFacts:
    """The facts of ``text`` built as a document dated ``date`` and titled ``title``."""
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    (tmp_path / "t.meta.json").write_text(json.dumps({"date": date, "title": title}), encoding="utf-8")
    return build([tmp_path / "t.txt"]).facts[0]
