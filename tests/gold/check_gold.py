"""Sanity check of the hand-annotated gold files (run: python tests/gold/check_gold.py).

Checks: every *.gold.json and *.meta.json parses; the annotated text exists; every metric
evidence is an exact substring of its document; names have no internal spaces; metric,
post, enterprise and program divisions appear in the document's division list; field values
are of the documented types; seed copies are byte-identical to seeds/.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"
PERIOD = re.compile(r"^\d{4}(H[12]|Q[1-4](-Q[1-4])?|M\d{1,2}-M\d{1,2})?$")


def check(path: Path) -> list[str]:
    errs = []
    g = json.loads(path.read_text(encoding="utf-8"))
    doc = HERE / g["doc"]
    if not doc.exists():
        return [f"{path.name}: document {g['doc']} missing"]
    text = doc.read_text(encoding="utf-8")
    meta = HERE / (g["doc"][:-4] + ".meta.json")
    m = json.loads(meta.read_text(encoding="utf-8"))
    if m["date"] != g["doc_date"]:
        errs.append(f"{path.name}: meta date {m['date']} != doc_date {g['doc_date']}")
    if (SEEDS / g["doc"]).exists() and (SEEDS / g["doc"]).read_bytes() != doc.read_bytes():
        errs.append(f"{path.name}: copy differs from seeds/{g['doc']}")
    divs = set(g["divisions"])
    names = [o["name"] for o in g["officials"]] + g["people_other"] + [e["name"] for e in g["enterprises"]] + list(divs)
    errs += [f"{path.name}: space in name {n!r}" for n in names if re.search(r"\s", n)]
    for o in g["officials"]:
        for p in o["posts"]:
            if p["division"] is not None and p["division"] not in divs:
                errs.append(f"{path.name}: post division {p['division']} not in divisions")
    for e in g["enterprises"]:
        if e["division"] is not None and e["division"] not in divs:
            errs.append(f"{path.name}: enterprise division {e['division']} not in divisions")
    for p in g["programs"]:
        errs += [f"{path.name}: program {p['name']} division {d} not listed" for d in p["divisions"] if d not in divs]
    for i, x in enumerate(g["metrics"]):
        where = f"{path.name} metric {i} ({x['indicator']})"
        if x["evidence"] not in text:
            errs.append(f"{where}: evidence not in text: {x['evidence']!r}")
        if x["division"] not in divs:
            errs.append(f"{where}: division {x['division']} not listed")
        if x["period"] is not None and not PERIOD.match(x["period"]):
            errs.append(f"{where}: bad period {x['period']}")
        if x["bound"] not in (None, "atLeast", "about", "atMost"):
            errs.append(f"{where}: bad bound {x['bound']}")
        if not isinstance(x["estimate"], bool):
            errs.append(f"{where}: estimate not bool")
        for k in ("value", "growth_pct"):
            if x[k] is not None and not isinstance(x[k], (int, float)):
                errs.append(f"{where}: {k} not a number")
        if x["value"] is None and x["growth_pct"] is None:
            errs.append(f"{where}: neither value nor growth")
    return errs


def main() -> int:
    files = sorted(HERE.glob("*.gold.json"))
    errs = [e for f in files for e in check(f)]
    for f in sorted(HERE.glob("*.meta.json")):
        json.loads(f.read_text(encoding="utf-8"))
    for e in errs:
        print(e)
    print(f"{len(files)} gold files, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
