"""The document's date, title and source: from a sidecar file, else from the text.

Sidecar: ``<file>.meta.json`` beside ``<file>`` (``000.txt`` -> ``000.txt.meta.json``;
``000.meta.json`` is accepted too), a JSON object with optional keys ``date``
(``YYYY-MM-DD``), ``title`` and ``source``; other keys are ignored. When present it wins.
Malformed JSON, a non-object, or a bad date is a one-line :class:`~kg.errors.KgError`.

From the text, a date is only returned when the text fixes it:

1. a full date in a dateline or editor's note (``本报杭州2023年10月20日讯``,
   ``编者按:2025年7月17日,…``);
2. a month and day from a dateline or editor's note (``本报杭州10月20日讯``,
   ``编者按:7月17日,…``) combined with a year only when the text fixes it: the same
   ``M月D日`` written with a year elsewhere in the text, or an issue line's year. (The
   years a text mentions are no guide: 004, written in December 2024, names only 2025,
   the year of its targets.)
3. an issue line of a periodical (``2024年第10期 … 半月刊``): the first day of the
   period the issue covers (monthly: month n; half-monthly: issue 2m-1 -> m/1, issue 2m
   -> m/16; ten-daily: thirds of a month).

Otherwise ``None``: a date guessed wrongly would misplace every relative time
(今年, 明年) in the document.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError


@dataclass(frozen=True)
class Meta:
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None


def sidecar_path(path: Path) -> Path | None:
    """The sidecar of ``path`` if one exists."""
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if candidate != path and candidate.is_file():
            return candidate
    return None


def parse_date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except (AttributeError, ValueError):
        raise KgError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from None


def read_sidecar(path: Path) -> Meta | None:
    """Read the sidecar of ``path``; ``None`` if there is none."""
    side = sidecar_path(path)
    if side is None:
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise KgError(f"{side}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"{side}: cannot read sidecar ({exc})") from None
    if not isinstance(data, dict):
        raise KgError(f"{side}: sidecar must be a JSON object with date/title/source")
    date = data.get("date")
    for key in ("title", "source"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise KgError(f"{side}: {key!r} must be a string")
    return Meta(
        date=parse_date(date, str(side)) if date not in (None, "") else None,
        title=data.get("title") or None,
        source=data.get("source") or None,
    )


_Y = r"((?:19|20)\d\d)\s*年"
_MD = r"(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ANCHOR = r"(?:本报|本刊|新华社|记者)[^\n()]{0,12}?|编者按\s*[:]\s*"
_FULL_ANCHORED_RE = re.compile(f"(?:{_ANCHOR}){_Y}{_MD}")
_MD_ANCHORED_RE = re.compile(f"(?:{_ANCHOR}){_MD}")
_FULL_RE = re.compile(f"{_Y}{_MD}")
_ISSUE_RE = re.compile(r"((?:19|20)\d\d)\s*年\s*第\s*(\d{1,2})\s*期([^\n]{0,30})")


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _issue_date(year: int, issue: int, rest: str) -> dt.date | None:
    if "半月刊" in rest:
        return _date(year, (issue + 1) // 2, 1 if issue % 2 else 16)
    if "旬刊" in rest:
        month, third = divmod(issue - 1, 3)
        return _date(year, month + 1, 1 + 10 * third)
    if "月刊" in rest and "双月刊" not in rest:
        return _date(year, issue, 1)
    if "双月刊" in rest:
        return _date(year, 2 * issue - 1, 1)
    return None


def date_from_text(text: str) -> dt.date | None:
    """The date the text fixes, or ``None`` (see the module docstring)."""
    m = _FULL_ANCHORED_RE.search(text)
    if m:
        d = _date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            return d
    issue = _ISSUE_RE.search(text)
    m = _MD_ANCHORED_RE.search(text)
    if m:
        month, day = int(m[1]), int(m[2])
        years = {int(f[1]) for f in _FULL_RE.finditer(text) if int(f[2]) == month and int(f[3]) == day}
        if not years and issue:
            years = {int(issue[1])}
        if len(years) == 1:
            d = _date(years.pop(), month, day)
            if d:
                return d
    if issue:
        return _issue_date(int(issue[1]), int(issue[2]), issue[3])
    return None


_TITLE_MIN_LEN = 4


def title_from_sections(titles: list[str | None]) -> str | None:
    """A document title when no sidecar gives one: the first section title that is not a
    column label (``要闻``)."""
    for t in titles:
        if t and len(t) >= _TITLE_MIN_LEN:
            return t
    return None
