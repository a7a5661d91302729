"""The rule components' findings as plain NER spans, for ``kg ner`` without --model-only.

Officials' names are PER/name, divisions LOC/address, enterprises ORG/company: the label
names of the training data (MSRA coarse, CLUENER fine). A division inside a post
(杭州市委常委) is part of an organisation's name there, not a place, so it is left out.
"""

from __future__ import annotations

from kg.nlp.divisions import find_divisions
from kg.nlp.enterprises import find_enterprises
from kg.nlp.officials import find_officials

_COARSE = {"person": "PER", "division": "LOC", "company": "ORG"}
_FINE = {"person": "name", "division": "address", "company": "company"}


def rule_spans(text: str, labels: str = "both") -> list[tuple[int, int, str]]:
    """Spans ``(start, end, label)`` the rule components find in ``text``."""
    found: list[tuple[int, int, str]] = []
    divisions = find_divisions(text)
    officials = find_officials(text, divisions)
    in_posts = [(p.start, p.end) for off in officials for p in off.posts]
    found += [
        (d.start, d.end, "division")
        for d in divisions
        if d.candidates and not d.weak and not any(a <= d.start < b for a, b in in_posts)
    ]
    found += [(off.start, off.end, "person") for off in officials]
    found += [(e.start, e.end, "company") for e in find_enterprises(text)]
    out = []
    for start, end, kind in found:
        if labels in ("both", "coarse") and kind in _COARSE:
            out.append((start, end, _COARSE[kind]))
        if labels in ("both", "fine") and kind in _FINE:
            out.append((start, end, _FINE[kind]))
    return sorted(set(out))
