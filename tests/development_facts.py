"""Shared by the session rule tests: module-scoped fixtures holding one development text's facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.facts import DocumentFacts


def text_facts(name: str, path: Path):
    """A module-scoped fixture called ``name``: the facts of the development text at ``path``
    (assign it to a module-level name so pytest collects it)."""

    @pytest.fixture(scope="module", name=name)
    def _facts() -> DocumentFacts:
        return build([path]).facts[0]

    return _facts
