"""Sanity check of the composed development texts (run: python tests/dev/check_dev.py).

Reuses tests/gold/check_gold.py unchanged, pointed at this folder (JSON parses, evidence is an
exact substring, no spaces in names, divisions used in facts are listed, field types), and
adds: people_other are strings, every name occurs in the text (spaces
ignored), no duplicate metrics.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "gold"))
import check_gold  # noqa: E402

check_gold.HERE = HERE
check_gold.SEEDS = HERE / "no-seeds-here"


def extra() -> list[str]:
    errs = []
    for f in sorted(HERE.glob("*.gold.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        text = re.sub(r"\s", "", (HERE / g["doc"]).read_text(encoding="utf-8"))
        if not all(isinstance(p, str) for p in g["people_other"]):
            errs.append(f"{f.name}: people_other must be strings")
        names = [o["name"] for o in g["officials"]] + g["people_other"] + [e["name"] for e in g["enterprises"]]
        errs += [f"{f.name}: name not in text: {n}" for n in names if n not in text]
        keys = [(m["division"], m["indicator"], m["period"], m["value"], m["growth_pct"], m["unit"]) for m in g["metrics"]]
        if len(set(keys)) != len(keys):
            errs.append(f"{f.name}: duplicate metrics")
    return errs


if __name__ == "__main__":
    rc = check_gold.main()
    errs = extra()
    for e in errs:
        print(e)
    print(f"extra checks: {len(errs)} problems")
    sys.exit(1 if rc or errs else 0)
