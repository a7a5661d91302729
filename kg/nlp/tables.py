"""Statistical tables written as text lines: a header of column names with their units,
then one line per place (县（市）｜地区生产总值（亿元）｜增速（%）… / 慈溪市｜2068.5｜6.4…).

Sentence grammar reads nothing in a row of bare numbers; here each number takes its
column's indicator and unit, and a growth column (增速（%）) joins the value before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.nlp.metrics import MetricMention
from kg.nlp.periods import PeriodMention, find_periods

__all__ = ["table_metrics"]

_CELL = re.compile(r"[^｜|\t\n]+")
_NUMBER = re.compile(r"[-－−]?\d+(?:\.\d+)?")
_UNIT = re.compile(r"[（(]([^）)]{1,6})[）)]$")
_GROWTH = re.compile(r"(?:同比|比上年)?(?:增速|增长|增幅|增长率)")
_NAMED_GROWTH = re.compile(r"(.+?)(?:同比|比上年)?(?:增速|增长率?|增幅)")  # 地区生产总值增速（%）
_LABEL = re.compile(r"[\u4e00-\u9fff（）()、]{2,12}")


@dataclass(frozen=True)
class _Column:
    indicator: str
    unit: str | None
    growth: bool  # a bare growth column (增速（%）): the growth of the value column before it
    rate: bool = False  # a growth column of its own indicator (地区生产总值增速（%）)


def _cells(line: str, at: int) -> list[tuple[int, int, str]]:
    """The cells of a line split at ｜, | or tabs: (start, end, text) with offsets from ``at``."""
    out = []
    for m in _CELL.finditer(line):
        text = m.group().strip()
        if text:
            lead = len(m.group()) - len(m.group().lstrip())
            out.append((at + m.start() + lead, at + m.start() + lead + len(text), text))
    return out


def _header(cells: list[tuple[int, int, str]]) -> list[_Column] | None:
    """The columns a header line names after its first (the places'), or None if it is none."""
    if len(cells) < 3 or not _LABEL.fullmatch(cells[0][2]):
        return None
    columns = []
    for _, _, text in cells[1:]:
        if _NUMBER.fullmatch(text):
            return None
        unit = _UNIT.search(text)
        name = text[: unit.start()] if unit else text
        unit_text = unit.group(1).replace("％", "%") if unit else None
        bare = bool(_GROWTH.fullmatch(name)) and unit_text in ("%", None)
        named = _NAMED_GROWTH.fullmatch(name) if unit_text == "%" and not bare else None
        columns.append(_Column(named.group(1) if named else name, unit_text, bare, named is not None))
    if columns[0].growth or not any(c.unit for c in columns):
        return None
    return columns


def table_metrics(text: str) -> dict[tuple[int, int], list[MetricMention]]:
    """The figures of every table row in ``text``: the row's span -> its metrics, offsets
    relative to the row's start (the row's first cell is the place, as written)."""
    out: dict[tuple[int, int], list[MetricMention]] = {}
    header: list[_Column] | None = None
    caption: PeriodMention | None = None  # the period the table's caption names (前三季度部分县(市)主要经济指标)
    previous = ""
    at = 0
    for line in text.split("\n"):
        cells = _cells(line, 0)
        row = (header is not None and len(cells) == len(header) + 1 and _LABEL.fullmatch(cells[0][2])
               and all(_NUMBER.fullmatch(c[2]) for c in cells[1:]))
        if row:
            out[(at, at + len(line))] = _row_metrics(cells, header, caption)
        elif line.strip():
            header = _header(cells)
            if header is not None:
                caption = next(iter(find_periods(previous)), None)
            previous = line
        at += len(line) + 1
    return out


def _number(text: str) -> Decimal:
    return Decimal(text.replace("－", "-").replace("−", "-"))


def _row_metrics(cells: list[tuple[int, int, str]], header: list[_Column], caption: PeriodMention | None) -> list[MetricMention]:
    label_start, label_end, label = cells[0]
    out = []
    for k, (column, (start, end, text)) in enumerate(zip(header, cells[1:])):
        if column.growth:
            continue  # joined to the value before it
        if column.rate:
            out.append(MetricMention(label_start, end, column.indicator, start, end, None, None, _number(text),
                                     None, False, label, caption, division_listed=True, from_table=True))
            continue
        growth, last = None, end
        if k + 1 < len(header) and header[k + 1].growth:
            growth, last = _number(cells[k + 2][2]), cells[k + 2][1]
        out.append(MetricMention(label_start, last, column.indicator, start, end, _number(text), column.unit, growth,
                                 None, False, label, caption, division_listed=True, from_table=True))
    return out
