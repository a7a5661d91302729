"""Where a news item starts: the source its byline names.

A page of news items (a city daily's front page, a government site's 要闻 column) prints
each item under its headline with a byline: ``发布时间：2025-07-30 16:05　来源：晋城日报``.
The source says whose item it is: a paper or newsroom named after a division (晋城日报,
高平市融媒体中心) places the item there; a province's paper (河北日报) reports on every
county and places nothing; a source that names no division (州统计局, 大柴旦行委融媒体中心)
still marks an item of its own. kg.relate uses this so that one item's place does not run
on into the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.admin import PROVINCE, Division
from kg.ingest.structure import BODY

__all__ = ["byline_source"]

_SOURCE = re.compile(r"来\s*源\s*[:：]\s*《?")  # 来源：X, X's paper or newsroom
# A byline too long to be classified as one (发布时间：… 来源：苏尼特左旗融媒体中心 作者：…)
_BYLINE_START = re.compile(r"\s*(?:发布时间|发布日期|时间|日期|来源|稿源|作者|编辑|\d{4}[-年/.]\d)")
_BYLINE_SCAN = 200  # a news item's byline stands under its headline


def byline_source(text: str, divisions: list, resolved: dict, line_kind: Callable[[int], str]
                  ) -> tuple[bool, Division | None]:
    """Whether ``text`` (a section) opens with a byline naming a source, and the division
    whose paper or newsroom that is (None for a province's paper or a source naming none).

    ``divisions``: the section's division mentions; ``resolved``: their divisions by
    (start, end); ``line_kind``: the kind (kg.ingest.structure) of the line at an offset.
    """
    bylined = False
    for found in _SOURCE.finditer(text, 0, _BYLINE_SCAN):
        if line_kind(found.start()) == BODY and not _BYLINE_START.match(text, text.rfind("\n", 0, found.start()) + 1):
            continue
        bylined = True
        m = next((m for m in divisions if m.start == found.end()), None)
        div = resolved.get((m.start, m.end)) if m is not None else None
        if div is not None and div.level != PROVINCE:
            return True, div
    return bylined, None
