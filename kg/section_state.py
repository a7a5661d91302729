"""What carries from sentence to sentence, paragraph to paragraph and section to section.

kg.relate reads a document in order; this is the running context it keeps: the speaker's
division, the division the text is currently about, the period phrase framing the figures
that follow, and the places that posts just named. The transitions are the rules of
GOLD-SCHEMA's "hard cases":

- a period phrase frames the figures after it until another appears, within one section
  (one speech, one article); a phrase late in a paragraph is an aside, and the next
  paragraph goes back to the paragraph-level frame;
- a paragraph opening with another division's name is that division's, with its own
  periods;
- a ▲ brief and a news item (本报讯…) are items of their own: the place they are about
  does not carry on past them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.admin import Division
from kg.framing import named_year
from kg.ingest.patterns import BULLETS
from kg.nlp.periods import BASE_FIGURE_AFTER, HOLIDAY, is_future

__all__ = ["BULLETS", "SectionState", "singles_out"]



_LIST_MARKS = frozenset("●■◆•")


@dataclass
class SectionState:
    """Running context while reading one section."""

    speaker: Division | None = None
    current: Division | None = None
    period: object | None = None  # the PeriodMention framing the figures that follow
    base: object | None = None  # the frame the next paragraph starts from
    paragraph_framed: bool = False  # whether this paragraph has set its own frame yet
    year: int | None = None  # the last year a framing phrase named (全年 after 一年来 keeps it)
    post_places: list = field(default_factory=list)  # divisions posts named in this paragraph
    visited: Division | None = None  # a place of the text's own division visited in this paragraph (到庄河调研)
    visited_next: Division | None = None  # one visited by a department head: the place from the next sentence on
    paragraph_subject: Division | None = None  # the division whose figures the last sentence of the paragraph reported
    list_levels: dict = field(default_factory=dict)  # level -> division of this sentence's bare posts
    # the county-level place this sentence's last official heads while on its parent's standing
    # committee (衢州市委常委、江山市委书记A): whose 市委副书记、市长 the next bare head posts are
    headed_below: Division | None = None
    town_report: bool = False  # whether this paragraph gives a town's government work report
    before_brief: tuple | None = None  # (current,) as it was before a ▲ brief paragraph
    before_item: Division | None = None  # current when the section began
    item_led: bool = False  # whether a news item's lead (本报讯…) set current in this section
    list_item: bool = False  # whether the paragraph is an item of a ●/■ list
    brief_headline: bool = False  # whether the last paragraph was a ▲ brief's headline line
    visitors: set = field(default_factory=set)  # adcodes of divisions visiting the item's place
    hosts: set = field(default_factory=set)  # adcodes of divisions the item's people went to
    listed: list = field(default_factory=list)  # the last list of places (英德、兴宁、廉江) a count (三地) may refer back to
    scene: Division | None = None  # the place a paragraph opened with as a scene (在湖北，…)

    @classmethod
    def for_speaker(cls, speaker: Division | None) -> SectionState:
        """A speech starts afresh: its figures are the speaker's division's."""
        return cls(speaker=speaker, current=speaker)

    def next_section(self) -> SectionState:
        """The context a section without a speaker line starts from (ingest splits magazine
        articles at their sub-headings too, so periods and place go on).

        A news item's place (本报讯…7月22日,黔南州召开…) is that item's: the next section
        starts from the place the page was about before it.
        """
        current = self.before_item if self.item_led else self.current
        return SectionState(current=current, period=self.base, base=self.base, year=self.year,
                            before_item=current, listed=self.listed)

    def start_paragraph(self, first_char: str, headline: bool = False) -> None:
        """A new paragraph, whose text begins with ``first_char``; ``headline``: the paragraph
        is a heading line (no running text)."""
        # A period phrase later in a paragraph (今年1—4月 after 2023年) is an aside.
        self.period, self.paragraph_framed = self.base, False
        self.post_places, self.visited, self.scene, self.visited_next = [], None, None, None
        self.town_report = False
        bullet = bool(first_char) and first_char in BULLETS
        self.list_item = first_char in _LIST_MARKS
        # ▲ a brief does not carry its place to the next brief or to what follows the briefs;
        # a brief printed as a ▲ headline line goes on in the paragraph under it.
        if self.before_brief is not None and not (self.brief_headline and not bullet):
            self.current, self.before_brief = self.before_brief[0], None
        if bullet and headline:
            self.visitors, self.hosts = set(), set()  # a new brief: its own visitors
        self.brief_headline = bullet and headline
        if bullet:
            self.before_brief = (self.current,)
            if not headline:
                self.visitors, self.hosts = set(), set()

    def enter(self, subject: Division, paragraph_start: bool, news_lead: bool, paragraph_only: bool = False) -> None:
        """A sentence opening with ``subject`` makes it the current division when it opens a
        paragraph (or nothing was current): a new division's paragraph has its own periods.
        ``paragraph_only``: the subject holds for its paragraph only (a speaker's: 清镇市委副书记、
        市长X介绍,…), after which the place before it is current again."""
        # (在湖北，…提速。湖北省政府新闻办公室…: the paragraph's scene, then a sentence about it)
        scene_then = self.scene is not None and self.scene.adcode == subject.adcode
        if not (paragraph_start or self.current is None or scene_then):
            return
        if ((scene_then and not paragraph_start) or paragraph_only) and self.before_brief is None \
                and self.current is not None and self.current.adcode != subject.adcode:
            self.before_brief = (self.current,)  # for this paragraph only
        paragraph_start = paragraph_start or scene_then
        if self.current is not None and subject.adcode != self.current.adcode and paragraph_start and not self.list_item:
            # (● 宜都市连续第5年入选…, ● 夷陵区地区生产总值增长7.4% under ● 2024年,…: a list's items
            # share the frame its first item or its heading set)
            self.period = self.base = None
        self.current = subject
        self.item_led = self.item_led or news_lead

    def frame(self, phrase, set_off: bool, date: dt.date | None) -> None:
        """A framing period phrase frames the sentences after it.

        A partial-year update glued to its figure after a full year's results
        (2023年…。今年1—4月规上工业增加值增长8.4%) is an aside; a phrase set off by a comma
        (2024年,…。今年前三季度,全旗…) or any other phrase frames what follows, paragraphs
        included. ``set_off``: a comma follows the phrase.
        """
        self.period = phrase
        aside = (self.paragraph_framed and not set_off and self.base is not None
                 and self.base.record.part == "Y" and phrase.record.part not in (None, "Y"))
        if not aside:
            self.base = phrase
            self.year = named_year(phrase.record, self.year, date)
        self.paragraph_framed = True


# 今年的目标任务, 今年的主要目标: a year's aims (kg.relate reads it too)
AIMS = re.compile(r"(?:主要)?(?:预期|发展|经济|增长)?(?:目标|任务)")


def singles_out(text: str, phrase, date: dt.date | None) -> bool:
    """Whether a period phrase dates only its own figure, framing nothing after it:
    其中10月当月增长8.5% (a month singled out of a cumulative report), 到2027年…突破2500亿元
    (a deadline dates its own sentence's target), 由2020年的142家… (a year dating one value),
    国庆假期全县接待游客… (a holiday dates its own figures)."""
    if HOLIDAY.fullmatch(phrase.record.text) or BASE_FIGURE_AFTER.match(text, phrase.end):
        return True
    if HOLIDAY.match(text, phrase.end):
        return True  # 今年国庆中秋假期: the year dates the holiday, whose figures have no period of their own
    if text[phrase.end : phrase.end + 1] == "、" or text[phrase.start - 1 : phrase.start] == "、":
        return True  # 一季度、上半年、前三季度…分别增长: a list of periods dates its own figures
    if phrase.record.text in ("目前", "如今"):
        return True  # 目前,全县规上工业企业达到352家: a stock now, in its own sentence
    if text.startswith("当月", phrase.end) or text[max(0, phrase.start - 2) : phrase.start] == "其中":
        return True
    if text[phrase.start - 1 : phrase.start] == "而":
        return True  # …增长6.2%,而2020年这一数字是23.8亿元: a year set against, an aside
    if phrase.record.text.startswith(("到", "至")) and is_future(phrase.record, date):
        # (到2030年：on a line of its own heads the list of targets under it)
        return not re.match(r"[:：][ \t]*\n", text[phrase.end : phrase.end + 4])
    # (今年的目标任务, 今年的主要目标: the year's aims follow, and what comes after them)
    return text.startswith("的", phrase.end) and not AIMS.match(text, phrase.end + 1)
