"""Shared helpers for the lexicon-driven components: word lists shipped as text files,
and jieba's word cut as a check that a matched name stands as a word of its own."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import ahocorasick

_WINDOW = 6


@lru_cache(maxsize=None)
def load_lexicon(resource: str) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over the names in ``kg/nlp/<resource>`` (one per line, # comments)."""
    text = resources.files("kg.nlp").joinpath(resource).read_text(encoding="utf-8")
    automaton = ahocorasick.Automaton()
    for line in text.splitlines():
        word = line.split("#")[0].strip()
        if word:
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# What jieba reads as one block (its re_han_default): a cut always falls where it stops.
_BLOCK_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


def on_word_boundaries(text: str, start: int, end: int) -> bool:
    """Whether jieba, cutting a small window around ``[start, end)``, cuts at both ends."""
    import jieba

    if (start == 0 or not _BLOCK_CHAR.match(text, start - 1)) and (end >= len(text) or not _BLOCK_CHAR.match(text, end)):
        return True  # (、余杭、: set off on both sides, jieba cuts there whatever it does inside)
    lo = max(0, start - _WINDOW)
    cuts = {lo}
    pos = lo
    for word in jieba.lcut(text[lo : min(len(text), end + _WINDOW)], HMM=False):
        pos += len(word)
        cuts.add(pos)
    return start in cuts and end in cuts


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """jieba's dictionary counts, loaded first (``jieba.dt.FREQ`` is empty until then)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ


@lru_cache(maxsize=1)
def jieba_dictionary() -> dict[str, tuple[int, str]]:
    """jieba's bundled word list, word -> (frequency, part-of-speech tag), read once.

    The rule components (division names that are everyday words, verbs that are no town
    names) and the NER model's lexicon feature all read it from here."""
    import logging
    import os

    import jieba

    jieba.setLogLevel(logging.WARNING)
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words
