"""The package's modules define each top-level name once: a second assignment silently
replaces the first (two different _COMPARED_BEFORE patterns in one module did once)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"


def _top_level_names(path: Path) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_defined_once(path: Path) -> None:
    twice = sorted(name for name, n in _top_level_names(path).items() if n > 1 and name != "__all__")
    assert not twice, f"{path.name} defines {', '.join(twice)} more than once"
