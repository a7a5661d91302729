"""Shared fixtures: the seeds are built once per test session and reused.

``seeds_build`` is the :class:`kg.build.BuildResult` of ``kg.build.build([seeds])``;
``seeds_ttl`` its Turtle written to a temporary folder (what ``kg build`` writes to
exports/graph.ttl); ``seeds_store`` an Oxigraph store of it. Tests must not change them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_build():
    from kg.build import build

    result = build([SEEDS])
    assert result.documents, "the seeds built no documents"
    return result


@pytest.fixture(scope="session")
def seeds_turtle(seeds_build) -> bytes:
    return seeds_build.turtle()


@pytest.fixture(scope="session")
def seeds_ttl(seeds_build, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeds_graph") / "graph.ttl"
    seeds_build.write_turtle(path)
    return path


@pytest.fixture(scope="session")
def seeds_store(seeds_build):
    return seeds_build.store()


@pytest.fixture(scope="session")
def kg_exe() -> str:
    """The ``kg`` console script of the interpreter running the tests (the venv's)."""
    exe = VENV_BIN / "kg"
    if not exe.exists():
        pytest.skip(f"no kg console script beside {sys.executable}")
    return str(exe)


@pytest.fixture(scope="session")
def held():
    """``held(facts, name)``: the (title, division name) pairs a person holds in a document's facts."""

    def _held(facts, name: str) -> set[tuple]:
        return {(h.title, h.division.name if h.division else None) for h in facts.holdings if h.official == name}

    return _held
