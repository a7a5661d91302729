"""Which year a period phrase without one belongs to, and when a figure is a target.

kg.relate reads a section's period phrases in order (see :class:`kg.section_state.SectionState`);
these pure functions hold the rules it applies, against the document's date:

- a phrase names a year (2024年, 今年, 一年来 early in a year) or keeps the one named before
  (全年, 上半年): :func:`named_year`;
- that carried year is used only for a review given early in the year (last year) or a
  plan given late in it (next year): :func:`frame_year`;
- a figure for a later year, or for the whole current year in a first-quarter report, is a
  target: :func:`planned`;
- 今年 right after a narrower period of this year only restates it: :func:`restates`.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.nlp.periods import PeriodMention

#: Reviews of "the past year" (政府工作报告) are given in a year's first quarter; plans for
#: next year (经济工作会议) in its last.
REVIEW_MONTHS = 3


def named_year(period: PeriodMention, before: int | None, date: dt.date | None) -> int | None:
    """The year ``period`` names (written, or 今年/去年/一年来 against ``date``); a phrase
    without one (全年, 上半年) keeps the year named ``before``."""
    if period.year is not None:
        return period.year
    if period.year_offset is not None and date is not None:
        return date.year + period.year_offset
    return before


def frame_year(year: int | None, period: PeriodMention | None, date: dt.date | None) -> int | None:
    """The year a phrase without one takes from the frame (``year``): last year in a review
    given early this year (一年来 in a January 政府工作报告), next year in a plan given late
    this year (明年 at a December 经济工作会议); otherwise None (this year's)."""
    if date is None or year is None:
        return None
    if date.month <= REVIEW_MONTHS and year == date.year - 1:
        return year
    if date.month > 12 - REVIEW_MONTHS and year == date.year + 1 and not ended(period, date):
        return year  # …截至10月底 in a November text is this year's all the same
    return None


_BULLETIN = re.compile(r"((?:19|20)\d{2})年度?[^\n]{0,24}?(?:统计公报|大事记|(?:评价|考核|考评|测评)结果)")
_YEARBOOK = re.compile(r"年鉴[（(]((?:19|20)\d{2})[）)]|((?:19|20)\d{2})年?鉴")


def bulletin_year(title: str | None) -> int | None:
    """The year a statistical bulletin reports on (固始县2024年国民经济和社会发展统计公报, issued in
    April 2025: its 全年, 年末 and 上年 are 2024's, 2023's) or a chronicle records (涞水县2024年大事记), or an evaluation rates
    (关于2024年度全市营商环境评价结果的通报),
    or a yearbook (《霍山年鉴（2025）》
    records 2024), if the title names one."""
    m = _BULLETIN.search(title or "")
    if m:
        return int(m.group(1))
    m = _YEARBOOK.search(title or "")
    return int(m.group(1) or m.group(2)) - 1 if m else None


def planned(period: PeriodMention, code: str | None, date: dt.date | None) -> bool:
    """Whether a figure's period code makes it a target: a later year than the document's
    (全年 in a December plan for next year), or the whole current year in a report of its
    first quarter (the plan half of a 政府工作报告: the year has barely begun)."""
    if date is None or code is None or not code[:4].isdigit():
        return False
    if int(code[:4]) > date.year:
        return True
    # (截至2月20日,…已开工98个: the year so far, no plan)
    return (date.month <= REVIEW_MONTHS and code == str(date.year) and "以来" not in period.text
            and not period.text.startswith(("截至", "截止")))


def ended(period: PeriodMention | None, date: dt.date, by_month: int = 12) -> bool:
    """Whether ``period``'s part (M1-M10, Q1-Q3, H1…) of ``date``'s year has ended by then
    (and, with ``by_month``, ended by that month of the year)."""
    part = getattr(period, "part", None)
    if not part or part == "Y":
        return False
    last = re.findall(r"\d+", part)
    if not last:
        return False
    months = {"H": 6, "Q": 3}.get(part[0], 1) * int(last[-1])
    return months < date.month and months <= by_month


def not_yet_over(period: PeriodMention | None, date: dt.date) -> bool:
    """Whether ``period``'s part of ``date``'s year (H1, Q1-Q3, M1-M11…) ends after the month of
    ``date``: no result for it can be reported yet (上半年 in a January report is last year's)."""
    part = getattr(period, "part", None)
    last = re.findall(r"\d+", part) if part and part != "Y" else []
    return bool(last) and {"H": 6, "Q": 3}.get(part[0], 1) * int(last[-1]) > date.month


def restates(period: PeriodMention, before: list[PeriodMention]) -> bool:
    """Whether 今年 only restates a narrower period of this year named just before it
    (截至10月底,全区今年累计…)."""
    return period.text in ("今年", "本年") and any(
        q.frames and q.part not in (None, "Y") and q.year is None and q.year_offset in (None, 0) for q in before)
