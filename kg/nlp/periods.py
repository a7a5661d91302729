"""Reporting periods in Chinese economic text.

:func:`find_periods` finds period phrases (今年上半年, 前三季度, 1—4月, 1至11月, 截至6月底,
2024年, 全年, 明年, 今年以来 ...) and says for each whether it FRAMES the figures
reported after it (a reporting-period phrase) or only dates an event
(``项目在一季度全部开工``, ``2023年9月,总书记亲临浙江考察``). Comparison bases
(比上年, 较去年同期, 同比) are not periods and are not returned.

:func:`resolve` turns a mention into a code: ``2025H1``, ``2025H2``, ``2025Q1-Q3``,
``2025Q1``, ``2025M1-M4``, ``2025M6``, ``2025`` (a full year), or ``None`` when the
period cannot be told (截至目前, 近年来, 2023年以来) or no year is known. 今年以来 and 年初以来
(the year so far) are coded as the year, as the gold does for 今年已…

Framing rule (GOLD-SCHEMA "Periods"): a phrase frames when it stands at the start of a
clause (sentence start, after , ; : or a leading 预计/其中/同时...), or when a figure
follows it inside its own clause (``预计上半年GDP增长7%``, ``GDP前三季度增长6.5%``).
It never frames after 在/于/从/自 (an event's date) or before 起/开始/以前/之前.
A bare year (2024年), a single month (6月) or year+month (2023年9月) at a clause start
frames only if the sentence also carries a figure or a future/target word (将, 力争, 预计,
目标, 计划, 确保), because those phrases date events at least as often
(``2011年,嘉兴端午习俗入选…`` frames nothing; ``2025年,我们将…`` frames the targets).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["HOLIDAY", "PeriodMention", "find_periods", "resolve"]


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase at ``[start, end)`` of the text given to :func:`find_periods`.

    ``year``: explicit year written (2024年上半年 -> 2024) or None.
    ``year_offset``: relative year (今年/本年 0, 去年/上年 -1, 前年 -2, 明年/来年 +1) or None.
    ``part``: "Y" (full year), "H1", "H2", "Q1".."Q4", "Q1-Q3", "M1-M4", "M6", or None when
    the phrase sets a period that has no code (截至目前, 近年来, 2023年以来).
    ``frames``: True for a reporting-period phrase, False when it only dates an event.
    ``description``: a short English gloss ("this year H1", "2024 Y", "months 1-11").
    """

    start: int
    end: int
    text: str
    year: int | None
    year_offset: int | None
    part: str | None
    frames: bool
    description: str


_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9, "十": 10, "十一": 11, "十二": 12}
_REL = {"今年": 0, "本年": 0, "本年度": 0, "今年度": 0, "去年": -1, "上年": -1, "上年度": -1,
        "前年": -2, "明年": 1, "来年": 1, "明后年": 1}

_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DASH = r"(?:—{1,2}|–|-|~|～|至|到)"
_YEAR = r"(?:(?P<year>(?:19|20)\d{2})\s?年(?:度)?|(?P<rel>今年度?|本年度?|去年|上年度?|(?<![底末日月])前年|明年|来年))"
_PART = (
    r"(?P<part>上半年|下半年|前三季度|前3季度|前两季度|前二季度|前两个季度"
    rf"|(?:第)?(?P<q>[一二三四1-4])季度"
    r"|全年度?|年内|年底|年末|(?<=年)[底末]"
    # 截至10月28日,全市已收获…: the year so far up to a day (not 10月28日 alone: an event's date)
    rf"|(?(upto)(?P<day>{_M}月[\d一二三四五六七八九十]{{1,3}}[日号])|(?!))"
    rf"|前(?P<fn>{_M}|两)个月"  # 前8个月: the year's first months
    rf"|(?P<m1>{_M}){_DASH}(?P<m2>{_M})月份?"
    rf"|(?P<mo>{_M})月(?:份|底|末)?(?![\d一二三四五六七八九十]+(?:[—–\-~至到][\d一二三四五六七八九十]+)?[日号])"
    r")"
)
# (a bare 假期 in a holiday's release: 假期全市共接待游客…, 全省假期共接待…; not 暑假期间)
_HOLIDAY = (r"(?:“?(?:春节|国庆|中秋|五一|端午|清明|元旦|国庆中秋|中秋国庆)”?(?:假期|小长假|长假|黄金周|期间)"
            r"|(?:(?<![\u4e00-\u9fff])|(?<=全[省市县区]))假期(?:期间)?)")
HOLIDAY = re.compile(_HOLIDAY)
_SEASON = r"(?:19|20)\d{2}\s?年?[—–\-~～至/](?:19|20)?\d{2}\s?年?度?(?:冰雪季|雪季|赛季|学年|榨季|采暖季|供暖季|产季)"
_PERIOD_RE = re.compile(
    rf"(?P<upto>截至|截止到?|到|至)?(?:{_YEAR}\s?)?"
    rf"(?:{_PART}(?P<since>以来)?"
    r"|(?(year)|(?(rel)|(?!)))(?P<since2>以来|来)?"
    r"(?![\d一二三四五六七八九十]|\s?[月底末]|度?(?:[上下]半|前[三两二3]|第[一二三四1-4]|[一二三四1-4]季)))"
    r"|(?P<open>截至目前|截至当前|(?<![截至从到])(?:目前|如今)(?=[,，]?全[省市区县州旗盟镇]|[,，])|年初以来|“?十[一二三四五六七八九]五”?(?:以来|期间|时期)|(?<=回顾)“?十[一二三四五六七八九]五”?(?=[,，])|这一年(?!来|度)|近年来|近[\d一二两三四五六七八九十]+年来?|过去[\d一二两三四五六七八九十]+年|[\d一二两三四五六七八九十]+年来"
    # a holiday (国庆中秋假期, “五一”假期, 春节黄金周) or a season across two years (2024—2025雪季,
    # 2025/2026榨季): a period with no code, as the gold has it
    r"|" + _HOLIDAY + "|" + _SEASON + ")"
)
# characters that, right before a phrase, make it part of something else
_GLUED_BEFORE = re.compile(r"[\dA-Za-z.第每连续近前]$|同比$|[比较同与和或超占]$|相比$|上$")  # (占全年的34.2%: a share of the year)
_VIEWPOINT_AFTER = re.compile(r"[^,，;；。]{0,10}?看[,，]")
_EVENT_BEFORE = re.compile(r"(?:在|(?<!对|关|鉴|由)于|从|自|截止于|待)$")  # (对于今年的…: about, no date)
_EVENT_AFTER = re.compile(r"^(?:起|开始|以前|之前|前(?!三)|以后|之后|后|同期|内|中旬|上旬|下旬|初)")
# 经济总量在去年3826.5亿元的基础上…: a year dating the figure a comparison starts from
BASE_FIGURE_AFTER = re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万)?[\u4e00-\u9fff]{0,2}的基础上")
_BASE_YEAR = re.compile(r"(?<=在)(?:(?P<year>(?:19|20)\d{2})年|(?P<rel>去年|上年|前年))(?=" + BASE_FIGURE_AFTER.pattern + ")")
_COMPARE_AFTER = re.compile(r"^(?:同期|同比)")
_CLAUSE_DELIM = re.compile(r"[,，;；:：。!！?？\n]")
_LEAD_WORDS = re.compile(
    r"(?:预计|力争|确保|争取|(?:目标|计划|预期)(?:是|为)?|提出|明确|要求|其中|同时|此外|另外|目前|当前|而|但|据统计|"
    r"对于|关于|谈到|说到|展望|"  # 对于今年的目标任务,…力争全年…: the year the aims after it are for
    r"特别是|尤其是|[\u4e00-\u9fff]{2,6}的是|"  # 特别是去年四季度,…; 令人振奋的是,今年以来…
    r"要|全力以赴|抓好|抓实|打好|冲刺|决战|决胜|"  # 要全力以赴抓好一季度,力争…: the months the targets after it are for
    r"据了解|据介绍|据悉|数据显示|统计显示|报告显示|"
    r"全市|全区|全县|全省|全国|我市|我区|我县|我省|本市|本区|本县|回顾|\s|“|\(|（|"
    # a dateline or byline before the lead (本报讯(记者 刘 畅)前三季度,…)
    r"本报讯|又讯|[(（][^()（）]{0,24}[)）]|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)*$")
_FIGURE_HINT = re.compile(
    r"(?<![\d.第])\d+(?:\.\d+)?\s?(?:[多余])?(?:万亿|亿|万|千)?(?:%|％|个百分点|元|美元|个(?![月季])|家|项|户|名|人|件|台|套|列|吨|亩|标箱|支|条|座|辆|艘|千瓦时|千瓦|兆瓦|公里|千米|(?:立方|平方)米|人次|台套)"
    r"|百分之|(?:增长|下降|提高|提升|增速)[\d一二三四五六七八九十]")
_FUTURE_HINT = re.compile(r"将(?![近来军士])|力争|预计|目标|计划|确保|争取|有望")


_SENTENCE_END = re.compile(r"[。！？!?]")
# An event the sentence reports after a single month (举行, 承办, 带队赴…): the month dates it
_EVENT_VERB = re.compile(r"举行|举办|承办|召开|开幕|闭幕|带队|率队|率团")


def _dates_event(text: str, end: int) -> bool:
    """Whether an event verb follows the month ending at ``end`` in its sentence before any figure."""
    stop = _SENTENCE_END.search(text, end)
    stop = stop.start() if stop else len(text)
    figure = _FIGURE_HINT.search(text, end, stop)
    verb = _EVENT_VERB.search(text, end, figure.start() if figure else stop)
    return verb is not None


def _month(text: str) -> int | None:
    if text.isdigit():
        m = int(text)
    else:
        m = _CN_NUM.get(text, 0)
    return m if 1 <= m <= 12 else None


def _code_part(m: re.Match[str]) -> tuple[str | None, str]:
    """The part code and a gloss for a match of ``_PERIOD_RE``."""
    if m.group("open"):
        if m.group("open") == "年初以来":
            return "Y", "year to date"  # read as the year, like 今年以来
        if m.group("open") in _PAST_YEAR:
            return "Y", "the past year"  # 一年来 in a year's review: that year
        return None, "open period (" + m.group("open") + ")"
    part = m.group("part")
    upto = m.group("upto")
    if m.group("day"):
        return "Y", "year to a day"
    if part is None:
        if m.group("since2"):
            if m.group("rel") in ("今年", "本年", "今年度", "本年度"):
                return "Y", "year to date"  # 今年以来: the year so far, coded as the year
            return None, "since year"
        return "Y", "full year"
    if m.group("since"):
        if part == "下半年":
            return "H2", "H2 so far"  # 下半年以来: the half year so far, coded as the half
        return None, "since " + part
    if part == "上半年" or part in ("前两季度", "前二季度", "前两个季度"):
        return "H1", "H1"
    if part == "下半年":
        return "H2", "H2"
    if part in ("前三季度", "前3季度"):
        return "Q1-Q3", "Q1-Q3"
    if m.group("q"):
        q = m.group("q")
        n = int(q) if q.isdigit() else _CN_NUM[q]
        return f"Q{n}", f"Q{n}"
    if part.startswith("全年") or part in ("年内", "年底", "年末", "底", "末"):
        return "Y", "full year"
    if m.group("fn"):
        n = 2 if m.group("fn") == "两" else _month(m.group("fn"))
        return (f"M1-M{n}", f"months 1-{n}") if n and n > 1 else (None, "bad month count")
    if m.group("m1"):
        a, b = _month(m.group("m1")), _month(m.group("m2"))
        if a is None or b is None or b < a:
            return None, "bad month range"
        # A month range keeps its month code (1—9月 -> M1-M9, GOLD-SCHEMA "Periods");
        # only 截至N月底 is read as the cumulative quarter or half-year.
        return f"M{a}-M{b}", f"months {a}-{b}"
    mo = _month(m.group("mo"))
    if mo is None:
        return None, "bad month"
    if upto or part.endswith(("底", "末")):
        return _cumulative(mo), f"up to end of month {mo}"
    return f"M{mo}-M{mo}", f"month {mo}"  # the schema's month code: one month is M10-M10


def _cumulative(b: int) -> str:
    return {3: "Q1", 6: "H1", 9: "Q1-Q3", 12: "Y"}.get(b, f"M1-M{b}")


def _kind(m: re.Match[str]) -> str:
    """'sub' for sub-year reporting periods, 'year', 'month' (single month), 'open'."""
    if m.group("open"):
        return "open"
    part = m.group("part")
    if part is None:
        return "year"
    if m.group("mo") and not m.group("upto"):
        return "month"
    if part in ("年底", "年末", "底", "末") and not (m.group("year") or m.group("rel")):
        return "month"  # bare 年底: a deadline, not a period
    return "sub"


# what the year so far has brought up to a day (截至6月16日,全省已收获小麦…; …今年以来…; …累计…)
_SO_FAR = re.compile(r"[^。;；]*?(?:已|累计|今年|新增)")
_YEAR_AT_END = re.compile(_YEAR + r"$")
_YEAR_TARGETS = re.compile(r"[^,，;；。]{0,8}?(?:主要)?(?:预期|发展|经济社会发展)?目标(?:是|为)?[:：]")
# 2024年工作回顾 / 2025年重点工作: a part's heading names the year its figures are of
_YEAR_HEADING = re.compile(r"(?:工作)?(?:回顾|重点工作|重点任务|目标任务|工作安排|主要成绩|成绩单)[ \u3000]*(?:\n|$)")


def find_periods(text: str, doc_date: dt.date | None = None) -> list[PeriodMention]:
    """All period phrases in ``text`` (a sentence or a longer text), in order.

    ``doc_date`` (optional) lets a bare recent year at a clause start (``2024年,``, within
    two years of the document) frame even when its own sentence carries no figure.
    """
    if not text:
        return []
    out: list[PeriodMention] = []
    has_figure: bool | None = None
    for m in _PERIOD_RE.finditer(text):
        s, e = m.span()
        before = text[max(0, s - 4):s]
        after = text[e:e + 4]
        if _GLUED_BEFORE.search(before) and not m.group("upto"):
            continue
        if _COMPARE_AFTER.match(after):
            continue
        kind = _kind(m)
        if m.group("part") in ("底", "末") and kind == "month":
            continue  # 每年底: not a period
        if kind == "year" and m.group("rel") in ("上年", "上年度"):
            continue  # 上年 is a comparison base, not a reporting period
        part, gloss = _code_part(m)
        if m.group("day") and not _SO_FAR.match(text, e):
            # 截至11月20日,全市电煤库存86.5万吨: a stock on a day, no reporting period
            part, gloss = None, "open period (a day)"
        year = int(m.group("year")) if m.group("year") else None
        rel = m.group("rel")
        offset = _REL.get(rel) if rel else None
        if (m.group("part") in ("全年", "全年度") and offset is None and before.endswith("预计")
                and doc_date is not None and doc_date.month > 12 - _REVIEW_MONTHS):
            offset = 0  # 预计全年…增长4.8% late in a year: the year under way, even beside a plan
        if m.group("open") in _PAST_YEAR:
            # A review early in a year (政府工作报告 in January) looks back on the year before.
            offset = -1 if doc_date is not None and doc_date.month <= _REVIEW_MONTHS else 0
        # does the phrase frame?
        event = bool(_EVENT_BEFORE.search(before)) or bool(_EVENT_AFTER.match(after))
        if event and before.endswith("从") and _VIEWPOINT_AFTER.match(text, e):
            event = False  # 从去年的“成绩单”看,…: the period looked at, not an event's date
        if (kind == "year" and m.group("year") and re.match(r"度?(?:[\u4e00-\u9fff]{0,6}(?:名单|案例|项目|计划|规划|报告|标准))", after)
                and not (doc_date is not None and year is not None and year > doc_date.year)):
            # 2023年实施类省重大产业项目 / 2023年度…名单: a label, not a period (谋划储备2026年重点项目186个
            # in December 2025: the year the projects are for)
            event = True
        # clause start?
        lo = max(0, s - 40)
        cut = max((mm.end() for mm in _CLAUSE_DELIM.finditer(text, lo, s)), default=None)
        if cut is None and lo > 0:
            at_clause_start = False
        else:
            head = text[cut or 0:s]
            head = head.strip().lstrip(_BULLETS).strip()  # ▲截至10月底, / ——1—10月,
            at_clause_start = head == "" or bool(_LEAD_WORDS.fullmatch(head)) or (
                head == "从" and _VIEWPOINT_AFTER.match(text, e) is not None)  # (从去年的“成绩单”看,)
            if not at_clause_start and HOLIDAY.fullmatch(m.group(0)):
                # 据了解,今年国庆中秋假期,…: the year dates the holiday, which frames its clause
                at_clause_start = bool(_LEAD_WORDS.fullmatch(_YEAR_AT_END.sub("", head)))
        nxt = _CLAUSE_DELIM.search(text, e)
        clause_rest = text[e:nxt.start() if nxt else len(text)]
        figure_in_clause = bool(_FIGURE_HINT.search(clause_rest))
        if event or text.startswith("大事", e):
            frames = False  # (12月大事将在年鉴中补录: a chronicle's note on what it covers)
        elif kind == "sub" and re.match(r"是[^,，;；。]{0,16}?(?:关键期|关键时期|冲刺期|攻坚期|黄金期|窗口期|旺季|淡季)", text[e : e + 24]):
            frames = False  # 四季度是决战决胜全年目标任务的关键期: what the quarter is, no frame
        elif kind == "sub" or kind == "open":
            # (紧盯全年目标不松劲,确保…增长6%: the year's targets follow)
            frames = at_clause_start or figure_in_clause or (m.group("part") == "全年" and text.startswith("目标", e))
        else:  # bare year, single month, year+month
            if kind == "year" and offset is not None and at_clause_start:
                frames = True  # 今年, / 明年, / 去年,
            elif (kind == "year" and at_clause_start and doc_date is not None and year is not None
                  and abs(year - doc_date.year) <= 2 and (text[e:e + 1] in (",", "，") or text.startswith("是", e))):
                frames = True  # 2024年, / 2025年,我们将… / 2025年是“十四五”规划收官之年
            elif kind == "year" and (_YEAR_TARGETS.match(text, e) or (at_clause_start and _YEAR_HEADING.match(text, e))
                                     or (at_clause_start and re.match(r"[:：][ \u3000]*(?:\n|$)", text[e : e + 3]))):
                # (到2030年： on a line of its own: the targets listed under it)
                frames = True  # 会议确定2025年全县主要预期目标:地区生产总值增长6.5%左右…
            elif kind != "year" and _dates_event(text, e):
                frames = False  # 今年4月,我县成功承办全省茶产业博览会,…签约项目18个: the month dates the event
            elif at_clause_start or figure_in_clause:
                if has_figure is None:
                    has_figure = bool(_FIGURE_HINT.search(text))
                frames = figure_in_clause or has_figure or bool(_FUTURE_HINT.search(text, e))
            else:
                frames = False
        if year is not None:
            yd = str(year)
        elif offset is not None:
            yd = {0: "this year", -1: "last year", -2: "year before last", 1: "next year"}[offset]
        else:
            yd = "(year from context)"
        out.append(PeriodMention(s, e, m.group(0), year, offset, part, frames, f"{yd} {gloss}"))
    for m in _BASE_YEAR.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        offset = {"去年": -1, "上年": -1, "前年": -2}.get(m.group("rel") or "")
        out.append(PeriodMention(m.start(), m.end(), m.group(0), year, offset, "Y", True,
                                 f"{year or m.group('rel')} full year (of a base figure)"))
    out.sort(key=lambda p: p.start)
    return out


_PAST_YEAR = ("一年来", "过去一年", "这一年来", "这一年")
_REVIEW_MONTHS = 3  # reports that review "the past year" are given in its first quarter
_BULLETS = "▲△●○■□◆◇★☆•·※—-－>＞"


def resolve(period: PeriodMention, doc_date: dt.date | None, context_year: int | None = None) -> str | None:
    """The period code of ``period`` (``2025H1``, ``2025Q1-Q3``, ``2025M1-M4``, ``2025``...).

    The year is the one written; else 今年/去年/明年 against ``doc_date``; else
    ``context_year`` (a year set by an earlier framing phrase, if the caller tracks one);
    else ``doc_date``'s year. ``None`` when the part is unknown or no year can be found.
    """
    if period.part is None:
        return None
    if period.year is not None:
        year = period.year
    elif period.year_offset is not None:
        if doc_date is None:
            return None
        year = doc_date.year + period.year_offset
    elif context_year is not None:
        year = context_year
    elif doc_date is not None:
        year = doc_date.year
    else:
        return None
    if period.part == "Y":
        return str(year)
    return f"{year}{period.part}"


def is_future(period: PeriodMention, doc_date: dt.date | None) -> bool:
    """True when the period begins after ``doc_date`` (明年, 2026年...): its figures are targets."""
    if period.year_offset is not None and period.year_offset > 0:
        return True
    if doc_date is None or period.year is None:
        return False
    return period.year > doc_date.year
