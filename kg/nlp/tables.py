"""Statistical tables written as text lines, cells split at ｜, |, tabs or runs of spaces.

Two shapes are read:

- a table of places: a header of indicators with their units, then one line per place
  (县（市）｜地区生产总值（亿元）｜增速（%）… / 慈溪市｜2068.5｜6.4…): each number takes its
  column's indicator and unit, and the row's place is its division;
- a table of indicators: a header 指标名称｜单位｜1-10月｜同比增长(%), then one line per
  indicator (规模以上工业营业收入｜亿元｜312.6｜9.4): the figures are the text's own place's,
  dated by the value column's head (or by a period in the indicator's brackets).

A bare growth column (增速（%）, 同比（%）) joins the value before it; a column or a cell of "—"
has no figure. A first column of ranks (排名) and columns of words (所在省份) are skipped, scores
(综合得分) are no figures, and a 单位：个、%、户 line between caption and header gives the columns
their units. Sentence grammar reads nothing in a row of bare numbers, hence this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from kg.nlp.metrics import MetricMention
from kg.nlp.periods import PeriodMention, find_periods

__all__ = ["table_metrics"]

# Cells: split at ｜, |, tabs, or two or more spaces, ASCII or full-width (not one full-width
# space, which spaces out a head or pads a name: 地　区, 全　市)
_CELL = re.compile(r"(?:[^｜|\t\n \u3000]| (?! )|\u3000(?!\u3000))+")
_NUMBER = re.compile(r"[-－−+＋]?\d+(?:\.\d+)?")  # (+4.7: a rise written with its sign)
_NONE = re.compile(r"[—–\-－…/]+|")  # a cell with no figure
_UNIT = re.compile(r"[（(]([^）)]{1,6})[）)]$")
# (比2018年末增长: against a census's or a plan's base year)
_AGAINST = r"(?:同比|比上年末?|比\d{4}年末?)?"
# (同比（%）, 同比增减（%）: a change against last year, its sign written in the cells)
_GROWTH = re.compile(_AGAINST + r"(?:增速|增长|增幅|增长率)(?:±)?|(?:同比|比上年)(?:变化|增减|升降|变动)?(?:±)?")
_NAMED_GROWTH = re.compile(r"(.+?)" + _AGAINST + r"(?:增速|增长率?|增幅)")  # 地区生产总值增速（%）
# 单位：个、%、户 under a table's caption: the units of its columns, each written once
# (（单位：亿元；增速按可比价格计算）: in brackets, a note after it)
_UNITS_LINE = re.compile(r"[ \u3000]*[（(]?(?:计量)?单位[：:][ \u3000]*([^\s；;，,（）()]{1,24})(?:[；;，,][^\n]{0,30})?[）)]?[ \u3000]*$")
# 排名｜城市｜所在省份｜GDP｜同比增长: a column of words beside the figures (a province, a type)
_TEXT_COLUMN = re.compile(r"(?:所在|所属)?(?:省份|省区|省|地区|区域|类型|类别|级别|备注)")
_LABEL = re.compile(r"[\u4e00-\u9fff（）()、]{2,12}")
_INDICATOR_HEAD = re.compile(r"指标(?:名称)?|主要指标|项目|指标项")
_UNIT_HEAD = re.compile(r"(?:计量)?单位")
_SPACES = re.compile(r"[\s\u3000]+")
# a row's place or indicator, a note in brackets after it (存款余额（10月末）, 县（市）)
_ROW_NAME = re.compile(r"[\u4e00-\u9fff、·]{2,30}(?:[（(][^（）()]{1,12}[）)])?")
_ROW_LABEL = re.compile(r"[\s\u3000]*(?:其中[：:])?[\s\u3000]*(.+?)[\s\u3000]*$")
_BRACKETED = re.compile(r"[（(]([^）)]{2,10})[）)]$")  # 地区生产总值（前三季度）
# A row of a table of places that is no division: a town, a zone, a total (弋江镇, 乡镇合计)
# The places a caption says its rows are (县（市、区）及开发区规上工业增加值增速 -> 规上工业增加值增速)
_CAPTION_PLACES = re.compile(r"^(?:各|全市|全省)?(?:县|县市|县区|县市区|区县)(?:[（(][县市区、]+[）)])?(?:及(?:开发区|园区|功能区))?")
_NOT_A_DIVISION = re.compile(r"(?:镇|乡|街道|村|社区|园区|开发区|高新区|合计|总计|全县|全市|全区"
                             r"|局|委|办|厅|中心|公司|集团)$")  # (1｜市人力资源社会保障局｜2635｜100%: an organ's row)
# 排名｜县（市、区）｜承办工单（件）｜…: a column of ranks before the places; 综合得分: a score, no figure
_RANK_HEAD = re.compile(r"排名|序号|排序|位次|名次")
_SCORE = re.compile(r"(?:综合)?(?:得分|评分|分值|排名|位次|名次)")
_RATE_NAME = re.compile(r"[\u4e00-\u9fff]率$")  # 按时办结率, 满意率: a share written with its % in the cells


@dataclass(frozen=True)
class _Column:
    indicator: str
    unit: str | None
    growth: bool  # a bare growth column (增速（%）): the growth of the value column before it
    rate: bool = False  # a growth column of its own indicator (地区生产总值增速（%）)
    period: PeriodMention | None = None  # a value column's head's period (1-10月)
    words: bool = False  # a column of words, no figures (所在省份)


@dataclass(frozen=True)
class _Table:
    columns: list[_Column]  # the columns after the first (and after 单位 in a table of indicators)
    of_indicators: bool
    unit_column: bool  # whether a table of indicators has a 单位 column
    caption: PeriodMention | None
    ranked: bool = False  # whether a column of ranks comes first (排名｜县（市、区）｜…)


def _cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line: (start, end, text) within the line (a number's % sign dropped: 12.3%)."""
    out = []
    for m in _CELL.finditer(line):
        text = m.group().strip()
        if text.endswith(("%", "％")) and _NUMBER.fullmatch(text[:-1]):
            text = text[:-1]
        if text:
            lead = len(m.group()) - len(m.group().lstrip())
            out.append((m.start() + lead, m.start() + lead + len(text), text))
    return out


def _column(text: str) -> _Column | None:
    unit = _UNIT.search(text)
    name = text[: unit.start()] if unit else text
    unit_text = unit.group(1).replace("％", "%") if unit else None
    if unit_text in ("百分点", "千分点"):
        unit_text = "个" + unit_text  # 比上年末提高（百分点）: a change in points, as the text writes it in prose
    if unit_text is None and _RATE_NAME.search(name) and not _GROWTH.fullmatch(name):
        unit_text = "%"
    bare = bool(_GROWTH.fullmatch(name)) and unit_text in ("%", None)
    named = _NAMED_GROWTH.fullmatch(name) if unit_text == "%" and not bare else None
    return _Column(named.group(1) if named else name, unit_text, bare, named is not None,
                   next(iter(find_periods(name)), None), bool(_TEXT_COLUMN.fullmatch(name)))


def _with_units(columns: list[_Column], units: list[str]) -> list[_Column]:
    """Columns without a unit given the units a 单位： line lists: a growth column's is %, a
    column whose name ends in a listed unit takes it (个体经营户: 户), the rest the first listed."""
    plain = [u for u in units if u != "%"]
    out = []
    for c in columns:
        if c.unit is None and not c.growth and not c.words and plain:
            c = replace(c, unit=next((u for u in plain if c.indicator.endswith(u)), plain[0]))
        out.append(c)
    return out


def _header(cells: list[tuple[int, int, str]], caption: PeriodMention | None, caption_text: str = "",
            units: list[str] | None = None) -> _Table | None:
    """The table a header line opens, or None if the line is no header."""
    cells = [(a, b, _SPACES.sub("", t)) for a, b, t in cells]  # (地　区)
    if len(cells) == 2 and _LABEL.fullmatch(cells[0][2]) and _column(cells[1][2]).growth:
        # 县（市、区）及开发区规上工业增加值增速 / 县区 | 增速 / 天长市 | 12.3%: one growth column,
        # whose indicator the caption names
        named = _NAMED_GROWTH.fullmatch(_CAPTION_PLACES.sub("", caption_text.strip()))
        if named is None or not named.group(1):
            return None
        return _Table([_Column(named.group(1), "%", False, True)], False, False, caption)
    if len(cells) >= 4 and _RANK_HEAD.fullmatch(cells[0][2]):
        table = _header(cells[1:], caption, caption_text, units)
        return replace(table, ranked=True) if table is not None and not table.of_indicators else None
    if len(cells) < 3 or not _LABEL.fullmatch(cells[0][2]) or any(_NUMBER.fullmatch(c[2]) for c in cells):
        return None
    if _INDICATOR_HEAD.fullmatch(_SPACES.sub("", cells[0][2])):  # (指　　标: a head spaced out to its column)
        unit_column = bool(_UNIT_HEAD.fullmatch(_SPACES.sub("", cells[1][2])))
        columns = [_column(c[2]) for c in cells[1 + unit_column :]]
        # (values dated by their heads: 1-10月, 本年累计; growths by 同比增长(%))
        if not any(c.growth for c in columns) and not any(c.period for c in columns):
            return None
        return _Table(columns, True, unit_column, caption)
    columns = _with_units([_column(c[2]) for c in cells[1:]], units or [])
    if columns[0].growth or not any(c.unit for c in columns):
        return None
    return _Table(columns, False, False, caption)


def table_metrics(text: str) -> dict[tuple[int, int], list[MetricMention]]:
    """The figures of every table row in ``text``: the row's span -> its metrics, offsets
    relative to the row's start (a table of places writes its place as the row's first cell)."""
    out: dict[tuple[int, int], list[MetricMention]] = {}
    table: _Table | None = None
    previous = caption = ""
    units: list[str] = []
    at = 0
    for line in text.split("\n"):
        cells = _cells(line)
        if table is not None and table.ranked and cells and _NUMBER.fullmatch(cells[0][2]):
            cells = cells[1:]  # (1｜鹤山市｜4126｜…: the rank is no figure)
        width = len(table.columns) + 1 + table.unit_column if table else 0
        if table is not None and len(cells) == width and _is_row(cells, table):
            out[(at, at + len(line))] = _indicator_row(cells, table) if table.of_indicators else _place_row(cells, table)
        elif line.strip():
            # (the line before a header is the table's caption: 表1　2025年1-10月弋阳县主要经济指标;
            # a 单位： line may stand between them)
            listed = _UNITS_LINE.match(line)
            if listed:
                units = re.split(r"[、,，/]", listed.group(1))
                at += len(line) + 1
                continue
            caption = previous
            table = _header(cells, next(iter(find_periods(caption)), None), caption, units)
            previous, units = line, []
        at += len(line) + 1
    return out


def _is_row(cells: list[tuple[int, int, str]], table: _Table) -> bool:
    figures = [c[2] for c, column in zip(cells[1 + table.unit_column :], table.columns) if not column.words]
    return (_ROW_NAME.fullmatch(_SPACES.sub("", _ROW_LABEL.match(cells[0][2]).group(1))) is not None
            and all(_NUMBER.fullmatch(f) or _NONE.fullmatch(f) for f in figures)
            and any(_NUMBER.fullmatch(f) for f in figures))


def _number(text: str) -> Decimal | None:
    return Decimal(text.replace("－", "-").replace("−", "-").replace("＋", "+")) if _NUMBER.fullmatch(text) else None


def _place_row(cells: list[tuple[int, int, str]], table: _Table) -> list[MetricMention]:
    """慈溪市｜2068.5｜6.4｜151.2｜4.3: one place's figures, by the header's columns."""
    label_start, label_end, label = cells[0]
    label = _SPACES.sub("", label)  # (全　市)
    if _NOT_A_DIVISION.search(label):
        return []
    header, figures = table.columns, cells[1:]
    out = []
    for k, (column, (start, end, text)) in enumerate(zip(header, figures)):
        if column.growth or column.words or _number(text) is None or _SCORE.fullmatch(column.indicator):
            continue  # (a growth column is joined to the value before it)
        if column.rate:
            out.append(MetricMention(label_start, end, column.indicator, start, end, None, None, _number(text),
                                     None, False, label, table.caption, division_listed=True, from_table=True))
            continue
        growth, last = None, end
        if k + 1 < len(header) and header[k + 1].growth:
            growth, last = _number(figures[k + 1][2]), figures[k + 1][1]
        out.append(MetricMention(label_start, last, column.indicator, start, end, _number(text), column.unit, growth,
                                 None, False, label, column.period or table.caption, division_listed=True,
                                 from_table=True))
    return out


def _indicator_row(cells: list[tuple[int, int, str]], table: _Table) -> list[MetricMention]:
    """规模以上工业营业收入｜亿元｜312.6｜9.4: the text's place's figures of one indicator."""
    label_start, label_end, written = cells[0]
    name = _ROW_LABEL.match(written).group(1)
    start = label_start + written.index(name)
    bracket = _BRACKETED.search(name)  # 地区生产总值（前三季度）, 存款余额（10月末）
    own_period = next(iter(find_periods(bracket.group(1))), None) if bracket else None
    if bracket:
        name = name[: bracket.start()]
    unit = cells[1][2] if table.unit_column and not _NONE.fullmatch(cells[1][2]) else None
    figures = cells[1 + table.unit_column :]
    out = []
    for k, (column, (_, end, text)) in enumerate(zip(table.columns, figures)):
        if column.growth:
            continue
        value = _number(text)
        growth, last = None, end
        if k + 1 < len(table.columns) and table.columns[k + 1].growth:
            growth, last = _number(figures[k + 1][2]), figures[k + 1][1]
        if value is None and growth is None:
            continue
        period = own_period or column.period or table.caption
        out.append(MetricMention(label_start, last, name, start, start + len(name), value,
                                 (unit or column.unit) if value is not None else None, growth, None, False, None,
                                 period, from_table=True))
    return out
