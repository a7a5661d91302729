"""Repair OCR/PDF artefacts, keeping a map from every repaired character to the raw text.

``repair(raw) -> (text, offsets)``: ``len(offsets) == len(text) + 1``; ``offsets[i]`` is
the index in ``raw`` of the character ``text[i]`` came from, and ``offsets[len(text)]``
is ``len(raw)``. Every repair either replaces one character by one character or deletes
characters, so ``raw[offsets[i]]`` is always the source of ``text[i]`` (the same
character, or its full-width / variant form from the table below).

Character folding (one character to one character)
    * Full-width ASCII U+FF01..U+FF5E -> ASCII (NFKC for that block): letters, digits and
      ``！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～``. So ``，：；（）！？％``
      become ``, : ; ( ) ! ? %`` and every later regex sees one form. The seeds already
      write ``,:;()`` in ASCII almost everywhere; the magazine (001) mixes both.
    * Half-width CJK marks U+FF61..U+FF64 -> ``。「」、``.
    * Ideographic space U+3000, no-break space U+00A0, tab -> space; lone CR, form feed,
      vertical tab, U+2028/U+2029 -> newline.
    * Kept as they are: ``。、“”‘’《》「」『』【】…—·``, since they have no ASCII form that
      means the same (``、`` is not a comma; Chinese quotes delimit program names).

Deletions
    * CR of CRLF; zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens.
    * Leading and trailing blanks of every line (indentation, ``\u3000\u3000`` paragraph
      indents), and Markdown heading markers (``### `` at the start of a line).
    * The space inside a two-character name typeset with a space (``刘 颖``, ``■ 叶 慧 梁 威``):
      a single CJK character, spaces, a single CJK character, on a short line without
      sentence punctuation. Spaces between longer phrases (``作风 凝心聚力``) are kept.
    * Page breaks inside a sentence: the blank lines between a line that stops mid-sentence
      and the line that continues it (``国家高新\\n\\n区为动力`` -> ``国家高新区为动力``).
      See :func:`_should_join` for when two lines are one sentence.

Text extracted from a PDF (deletions)
    * Page furniture: page numbers (``— 3 —``, ``第3页``) and, on a text that has them, the
      running header repeated after them (``芷江县十八届人大五次会议文件``): deleted, so the
      page-break join above sees the sentence the page cut.
    * Hard wraps: on a text whose lines mostly fill one width (a PDF's column, 30–40
      characters), the newline after a full line that stops mid-sentence is deleted
      (``…增速\\n高于全市0.4个百分点`` -> one line). See :func:`_hard_wraps`.

Stacked figure blocks (one newline to nothing or to a comma)
    * A one-picture post (一图读懂) sets a figure as a label line and one line per number:
      ``■ 地区生产总值\\n6186.5亿元\\n增长6.1%\\n高于全省0.2个百分点`` reads as
      ``■ 地区生产总值6186.5亿元,增长6.1%,高于全省0.2个百分点``: the newline after the label
      is deleted, each later one becomes a comma (its offset still points at the newline).
      See :func:`_figure_blocks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.patterns import (
    BYLINE_RE,
    CJK,
    ENDS_WITH_POST_RE,
    HAS_SENTENCE_END_RE,
    INNER_PUNCT_RE,
    META_LINE_RE,
    PHRASE_SPACE_RE,
    SUBTITLE_RE,
    TRAILER_RE,
    ends_final,
    match_header,
)

_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_TABLE.update({0xFF61: "。", 0xFF62: "「", 0xFF63: "」", 0xFF64: "、"})
_TABLE.update({0x3000: " ", 0x00A0: " ", 0x09: " ", 0x0B: "\n", 0x0C: "\n", 0x2028: "\n", 0x2029: "\n"})

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
_LONE_CR_RE = re.compile(r"\r(?!\n)")
_LINE_RE = re.compile(r"[^\n]*")
_BLANK = f" \r{_INVISIBLE}"
_LEAD_RE = re.compile(f"[{_BLANK}]*(?:#{{1,6}}[ ]+)?")
_MD_RE = re.compile(r"#{1,6}[ ]")
_TRAIL_RE = re.compile(f"[{_BLANK}]+$")
_SPACED_NAME_RE = re.compile(f"(?<![{CJK}])[{CJK}]( +)[{CJK}](?![{CJK}])")
_NO_NAME_FIX_RE = re.compile("[,;。!?]")
_NAME_LINE_MAX = 40

#: A line can continue a sentence only if it starts like running text.
_CONT_START_RE = re.compile(f"[{CJK}0-9A-Za-z“‘《「(]")
#: Continuations nothing but a page break could separate from the line before:
#: ``增长\n\n6.5%,`` and ``31\n\n日夜间``.
_PERCENT_START_RE = re.compile(r"\d+(?:\.\d+)?%")
_AFTER_DIGIT = set("年月日号时分秒个万亿元%多余")
#: How paragraphs open: a period phrase and a comma (2024年, / 今年上半年, / 1—9月,).
_OPENING_RE = re.compile(r"(?:(?:19|20)\d{2}年|今年|去年|上半年|前三季度|[0-9]{1,2}[—\-至~][0-9]{1,2}月)[^,，。]{0,6}[,，]")

#: A numbered heading: ``一、``, ``(三)``, ``2.``.
_NUMBERED_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、](?!\d))")
_CLAUSE_MARK_RE = re.compile("[,、;]")  # a heading's colon (榆林:能源…) is no clause mark
#: Headlines do not end in a particle, preposition or conjunction: ``营造亲清和谐的``.
_FUNCTION_END = set("的和与及或把被将从对向在让使于而并且")
#: A bulleted subhead: ``● 以实绩论英雄、用干部``.
_BULLET_RE = re.compile("[●◆▲★•]")

_SHORT = 20  # a line shorter than this with a comma is a fragment of running text
_HEADLINE = 40  # lines from this length on are running text unless typeset as a headline


#: A line holding one figure and nothing else (``6186.5亿元``, ``增长6.1%``, ``稳定在120万吨以上``)
_ONE_FIGURE = (r"(?:同比|比上年|较上年)?(?:增长|增加|提高|提升|下降|降低|减少|回落|达到|达|稳定在|保持在|控制在|突破|超过|约)?"
               r"[-−]?\d+(?:\.\d+)?[多余]?(?:%|‰|(?![年月日号时])[\u4e00-\u9fff]{1,5}?)(?:以上|以下|以内|左右)?")
#: (``218.4亿元　增长3.6%``: a value and its growth on one line, set apart by spaces)
_FIGURE_LINE_RE = re.compile(_ONE_FIGURE + r"(?: +" + _ONE_FIGURE + r")?")
_GAP_RE = re.compile(r" +")
#: A line that goes on comparing the figure above it (``高于全省0.2个百分点（全省增长5.9%）``)
_COMPARED_LINE_RE = re.compile(r"(?:降幅|增幅|增速)?(?:高于|低于|快于|慢于|比|较|占)[^,，。;；]{0,30}$")
#: A figure's label: a short line of words (``■ 地区生产总值``, ``细颗粒物（PM2.5）平均浓度``)
_LABEL_LINE_RE = re.compile(r"[■□●◆▲★•▶►]?[ ]*[\u4e00-\u9fff“][^,，。;；:：!?！？\s]{1,17}")
_LABEL_MAX = 18


@dataclass
class _Line:
    line_start: int
    line_end: int  # before the newline
    start: int  # content start in the folded text
    end: int  # content end (trailing blanks excluded)
    content: str
    markdown: bool


def _strong_continuation(a: str, b: str) -> bool:
    return bool(_PERCENT_START_RE.match(b)) or (a[-1:].isdigit() and b[:1] in _AFTER_DIGIT)


def _heading_like(line: str, markdown: bool) -> bool:
    """A line that stands on its own: headline, speaker header, byline, credit."""
    if markdown or match_header(line) or BYLINE_RE.match(line) or SUBTITLE_RE.match(line):
        return True
    if TRAILER_RE.match(line) or _headline_like(line):
        return True
    if HAS_SENTENCE_END_RE.search(line) or line.endswith((",", "、")) or line[-1] in _FUNCTION_END:
        return False
    if len(line) < _HEADLINE and (_BULLET_RE.match(line) or ENDS_WITH_POST_RE.search(line)):
        return True
    if len(line) >= _HEADLINE:
        return False
    numbered = _NUMBERED_RE.match(line)
    if numbered and not _CLAUSE_MARK_RE.search(line, numbered.end()):
        return True  # ``一、2024年工作回顾``, ``四、榆林:能源…``: its 、 numbers the heading
    if len(line) < _SHORT and INNER_PUNCT_RE.search(line):
        return False  # ``聚焦创新驱动,让提升发展的产``: a column-width fragment
    return True


def _headline_like(line: str) -> bool:
    """Phrases separated by spaces and no punctuation: ``习近平…强调 促进高质量充分就业 …``."""
    return (
        bool(PHRASE_SPACE_RE.search(line))
        and not INNER_PUNCT_RE.search(line)
        and not HAS_SENTENCE_END_RE.search(line)
    )


def _title_like(line: str) -> bool:
    """A short line that does not end a sentence, or a headline: not a continuation."""
    return _headline_like(line) or (
        len(line) < _HEADLINE
        and not ends_final(line)
        and not line.endswith((",", "、"))
        and not HAS_SENTENCE_END_RE.search(line)
    )


def _should_join(a: str, a_markdown: bool, a_joined: bool, b: str, b_markdown: bool) -> bool:
    """Whether ``b`` continues the sentence ``a`` stops in, across blank lines (a page break).

    ``a`` must stop mid-sentence, ``b`` must start like running text and be neither a
    header, byline nor headline; ``a`` must be running text (long, or a short fragment
    with a comma) rather than a headline — unless ``b`` starts with something only a
    page break can separate from ``a`` (``增长`` / ``6.5%``).
    """
    if ends_final(a) or b_markdown or not _CONT_START_RE.match(b) or META_LINE_RE.search(a):
        return False  # (a page's 发布时间/来源 line ends its own line)
    if match_header(b) or BYLINE_RE.match(b) or SUBTITLE_RE.match(b) or TRAILER_RE.match(b):
        return False
    if _strong_continuation(a, b):
        return not (a_markdown or match_header(a) or BYLINE_RE.match(a))
    if not a_joined and _heading_like(a, a_markdown):
        return False
    if _title_like(a) and _OPENING_RE.match(b):
        return False  # a headline, then a paragraph that opens with its period: 2024年,…
    return not _title_like(b)


def _lines(t: str) -> list[_Line]:
    out: list[_Line] = []
    for m in _LINE_RE.finditer(t):
        s, e = m.span()
        if s == e and s > 0 and t[s - 1] != "\n":
            continue  # the empty match finditer yields after each line
        lead = _LEAD_RE.match(t, s, e)
        cs = lead.end()
        trail = _TRAIL_RE.search(t, cs, e)
        ce = trail.start() if trail else e
        content = _INVISIBLE_RE.sub("", t[cs:ce])
        out.append(_Line(s, e, cs, ce, content, bool(_MD_RE.search(t, s, cs))))
    return out


_PAGE_NUMBER_RE = re.compile(r"[—–\-－]+ *\d{1,3} *[—–\-－]+|第 *\d{1,3} *页(?: *共 *\d{1,3} *页)?|\d{1,3} */ *\d{1,3}")
_HEADER_MAX = 30
_WRAP_MIN = 20  # lines at least this long may be a column's full lines
_WRAP_SLACK = 6  # a full line is within this much of the column's width (see _width)
_SENTENCE_FINAL = tuple("。！？!?")


def _page_furniture(lines: list[_Line]) -> set[int]:
    """Indices of page-number lines and of the running header repeated right after them (only
    on a text with at least two page numbers: a PDF's)."""
    numbers = [k for k, line in enumerate(lines) if _PAGE_NUMBER_RE.fullmatch(line.content)]
    if len(numbers) < 2:
        return set()
    seen: dict[str, int] = {}
    for line in lines:
        if line.content and len(line.content) <= _HEADER_MAX:
            seen[line.content] = seen.get(line.content, 0) + 1
    out = set(numbers)
    for k in numbers:
        after = next((j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].content), None)
        if (after is not None and seen[lines[after].content] >= 2
                and not HAS_SENTENCE_END_RE.search(lines[after].content)):
            out.add(after)
    return out


_NARROW_RUN = re.compile("[\x00-\u2e7f]+")


def _width(text: str) -> int:
    """A line's printed width: a Han character or a full-width mark is two, the rest one (a
    PDF wraps by width, and digits are narrow)."""
    return len(text) + len(_NARROW_RUN.sub("", text))


def _hard_wraps(lines: list[_Line]) -> list[tuple[int, int]]:
    """Pairs of lines (this one, the next with text) whose break is a PDF's hard wrap: the text's lines mostly fill one
    width, and this one fills it, stops mid-sentence, and the next line goes straight on."""
    lengths = sorted(_width(line.content) for line in lines if len(line.content) >= _WRAP_MIN)
    if len(lengths) < 10:
        return []
    width = lengths[int(len(lengths) * 0.8)]
    full = [n for n in lengths if width - _WRAP_SLACK <= n <= width + 1]
    if len(full) < max(8, len(lengths) // 2):
        return []
    out = []
    for k in range(len(lines) - 1):
        a = lines[k]
        # the next line with text (across a page break: blank lines and the page's furniture)
        j = next((j for j in range(k + 1, len(lines)) if lines[j].content), None)
        if j is None:
            break
        b = lines[j]
        wide = _width(a.content)
        filled = width - _WRAP_SLACK <= wide <= width + 1 or (
            wide >= width - 2 * _WRAP_SLACK and _strong_continuation(a.content, b.content))  # (…增长\n8.1%。)
        if (filled and not a.content.endswith(_SENTENCE_FINAL)
                and _CONT_START_RE.match(b.content) and not _NUMBERED_RE.match(b.content) and not match_header(b.content)):
            out.append((k, j))
    return out


def _figure_blocks(lines: list[_Line]) -> tuple[list[tuple[int, int]], list[int]]:
    """The stacked figure blocks among ``lines``: the spans to delete (label to its first figure)
    and the newlines to read as commas (between a block's figure lines)."""
    deletions: list[tuple[int, int]] = []
    commas: list[int] = []
    i = 0
    while i < len(lines) - 1:
        label = lines[i].content
        j = i + 1
        if (len(label) <= _LABEL_MAX and _LABEL_LINE_RE.fullmatch(label) and not _FIGURE_LINE_RE.fullmatch(label)
                and not label[-1].isdigit()):
            while (j < len(lines) and lines[j].line_start == lines[j - 1].line_end + 1
                   and (_FIGURE_LINE_RE.fullmatch(lines[j].content)
                        or j > i + 1 and _COMPARED_LINE_RE.match(lines[j].content))):
                j += 1
        if j > i + 1:
            deletions.append((lines[i].end, lines[i + 1].start))
            commas += [lines[k].line_end for k in range(i + 1, j - 1)]
            for k in range(i + 1, j):  # 218.4亿元　增长3.6% -> 218.4亿元,增长3.6%
                for gap in _GAP_RE.finditer(lines[k].content):
                    at = lines[k].start + gap.start()
                    commas.append(at)
                    deletions.append((at + 1, lines[k].start + gap.end()))
            i = j
        else:
            i += 1
    return deletions, commas


def repair(raw: str) -> tuple[str, list[int]]:
    """Return the repaired text and its offset map into ``raw`` (see the module docstring)."""
    t = _LONE_CR_RE.sub("\n", raw.translate(_TABLE))
    n = len(t)
    keep = bytearray(b"\x01") * n

    def delete(s: int, e: int) -> None:
        if e > s:
            keep[s:e] = bytes(e - s)

    for m in _INVISIBLE_RE.finditer(t):
        delete(*m.span())

    lines = _lines(t)
    for line in lines:
        delete(line.line_start, line.start)  # indentation, Markdown heading marker
        delete(line.end, line.line_end)  # trailing blanks
        if line.content and len(line.content) <= _NAME_LINE_MAX and not _NO_NAME_FIX_RE.search(line.content):
            for m in _SPACED_NAME_RE.finditer(t, line.start, line.end):
                delete(*m.span(1))

    furniture = _page_furniture(lines)
    for k in sorted(furniture):
        delete(lines[k].line_start, lines[k].line_end)
        lines[k] = _Line(lines[k].line_start, lines[k].line_end, lines[k].start, lines[k].start, "", False)
    for k, j in _hard_wraps(lines):
        delete(lines[k].end, lines[j].start)  # the newline (and the page break between)

    deletions, commas = _figure_blocks(lines)
    for span in deletions:
        delete(*span)
    if commas:
        chars = list(t)
        for at in commas:
            chars[at] = ","
        t = "".join(chars)

    prev: _Line | None = None
    prev_text = ""
    prev_joined = False
    blank_between = False
    for line in lines:
        if not line.content:
            blank_between = True
            continue
        if prev is not None and blank_between and _should_join(
            prev_text, prev.markdown, prev_joined, line.content, line.markdown
        ):
            delete(prev.end, line.start)
            prev_text += line.content
            prev_joined = True
        else:
            prev_text = line.content
            prev_joined = False
        prev = line
        blank_between = False

    parts: list[str] = []
    offsets: list[int] = []
    for m in re.finditer(rb"\x01+", keep):
        s, e = m.span()
        parts.append(t[s:e])
        offsets.extend(range(s, e))
    offsets.append(len(raw))
    return "".join(parts), offsets
