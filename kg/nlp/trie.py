"""Compile a word list into one regular expression shaped like a trie.

Python's ``re`` tries the branches of a flat alternation one after another at every
position; nested by shared prefix it only follows the branch of the next character,
so a few thousand names are matched in one linear pass, longest match first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, preferring the longest at a position."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(root) if root else r"(?!)"


def _emit(node: dict) -> str:
    end = node.get("", False)
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional: a longer word wins over a shorter one that is its prefix.
    if end:
        return "(?:" + body + ")?"
    return body


def trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """:func:`trie_pattern`, compiled."""
    return re.compile(trie_pattern(words))
