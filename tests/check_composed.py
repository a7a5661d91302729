"""Sanity check of a folder of composed, hand-annotated texts (tests/ext, tests/blind,
tests/final, tests/dev): ``python tests/check_composed.py tests/ext``.

Reuses tests/gold/check_gold.py unchanged, pointed at the folder (JSON parses, evidence is
an exact substring, no spaces in names, divisions used in facts are listed, field types),
and adds: people_other are strings, every name occurs in the text (spaces ignored), no
duplicate metrics, and each document's held_out flag as the folder's README states it
(``--development NAME…`` lists the documents that are not held out).
"""
import argparse
import json
import re
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS / "gold"))
import check_gold  # noqa: E402


def extra(folder: Path, development: set[str]) -> list[str]:
    errs = []
    for f in sorted(folder.glob("*.gold.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        text = re.sub(r"\s", "", (folder / g["doc"]).read_text(encoding="utf-8"))
        expected = f.name.removesuffix(".gold.json") not in development
        if g.get("held_out") is not expected:
            errs.append(f"{f.name}: held_out should be {str(expected).lower()}")
        if not all(isinstance(p, str) for p in g["people_other"]):
            errs.append(f"{f.name}: people_other must be strings")
        names = [o["name"] for o in g["officials"]] + g["people_other"] + [e["name"] for e in g["enterprises"]]
        errs += [f"{f.name}: name not in text: {n}" for n in names if n not in text]
        keys = [(m["division"], m["indicator"], m["period"], m["value"], m["growth_pct"], m["unit"]) for m in g["metrics"]]
        if len(set(keys)) != len(keys):
            errs.append(f"{f.name}: duplicate metrics")
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--development", nargs="*", default=[], help="documents (stems) that are not held out")
    a = ap.parse_args(argv)
    check_gold.HERE = a.folder.resolve()
    check_gold.SEEDS = a.folder.resolve() / "no-seeds-here"
    rc = check_gold.main()
    errs = extra(a.folder, set(a.development))
    for e in errs:
        print(e)
    print(f"extra checks: {len(errs)} problems")
    return 1 if rc or errs else 0


if __name__ == "__main__":
    sys.exit(main())
