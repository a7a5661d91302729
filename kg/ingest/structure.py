"""Sections and sentences of a repaired text.

Every non-blank line is classified:

``header``   a speaker line, ``杭州市委常委、余杭区委书记 刘颖`` (see :func:`patterns.match_header`)
``title``    a short line that is not running text: no sentence mark, not ending in a comma,
             a particle or a post noun (``以实体为着力点``, ``坚持创新驱动 深化数实融合 …``)
``byline``   ``■记者 姚潮龙``, ``本刊评论员``, a line ending in a post noun without a name
             (``浙江省经信厅党组书记、厅长``), or a subtitle starting with ``——``
``body``     everything else, including a closing credit ``(本报记者 李攀 万笑影 整理)``

A run of consecutive non-body lines is a heading block. Each speaker header in a block
starts a section that begins at the first line of the block after the previous header
(so the headline just above a header belongs to its speech); a block without a header
but with a title starts an article section. The section's ``title`` is the last title
line before its header (or before the body): in ``引题 / 主标题`` pairs the second line is
the headline. Bylines alone never start a section, and a paragraph whose header was lost
(000's 北仑区, 004's 余杭区) stays in the section before it. Text before the first
section is a section with ``title=None``; sections are contiguous and cover the text.

Sentences end after ``。!?`` (and any closing quotes that follow) and at every line
break; ``;`` and ``……`` stay inside a sentence. Each sentence is stripped of
surrounding blanks, and empty ones are dropped.
"""

from __future__ import annotations

import re

from kg.document import Section, Sentence
from kg.ingest.patterns import (
    BYLINE_RE,
    CLOSERS,
    ENDS_WITH_POST_RE,
    HAS_SENTENCE_END_RE,
    NAME_LINE_RE,
    POSTS_LINE_RE,
    SENTENCE_END,
    SUBTITLE_RE,
    TRAILER_RE,
    ends_final,
    match_header,
)

HEADER, TITLE, BYLINE, BODY = "header", "title", "byline", "body"

TITLE_MAX_LEN = 50
BYLINE_MAX_LEN = 40
SUBTITLE_MAX_LEN = 80
#: Running text, not a headline, when a line ends in one of these.
_RUNNING_END = set(",、的和与及或把被将从对向在让使于而并且")
_NOT_TITLE_START_RE = re.compile(r"编者按|按:|\(")

_LINE_RE = re.compile(r"[^\n]+")
_TIMELINE_LINE = re.compile(r"\d{4}[.．年]\d{1,2}月?\s*[—–\-－~～至]")
_SENTENCE_RE = re.compile(f"[^\\n{SENTENCE_END}]*(?:[{SENTENCE_END}]+[{CLOSERS}]*)?")


_TABLE_SEPARATOR = re.compile(r"[｜|\t]")
_TWO_CELL_ROW = re.compile(r"[^｜|\t]{2,20}[｜|\t]\s*[-－−]?\d+(?:\.\d+)?[%％]?")


def classify(line: str) -> str:
    """The kind of a stripped, non-empty line: header, title, byline or body."""
    if match_header(line):
        return HEADER
    if _TIMELINE_LINE.match(line):
        return BODY  # 2009.08—2014.12　常德市财政局副局长: a line of a career, no heading
    if len(_TABLE_SEPARATOR.findall(line)) >= 2 or _TWO_CELL_ROW.fullmatch(line):
        return BODY  # 慈溪市｜2068.5｜6.4｜151.2, 天长市 | 12.3%: a table's row, no heading
    sentence = bool(HAS_SENTENCE_END_RE.search(line))
    if not sentence and len(line) <= BYLINE_MAX_LEN:
        if BYLINE_RE.match(line) or ENDS_WITH_POST_RE.search(line):
            return BYLINE
    if not sentence and len(line) <= SUBTITLE_MAX_LEN and SUBTITLE_RE.match(line):
        return BYLINE
    if (
        len(line) <= TITLE_MAX_LEN
        and not sentence
        and not ends_final(line)
        and line[-1] not in _RUNNING_END
        and not TRAILER_RE.match(line)
        and not _NOT_TITLE_START_RE.match(line)
    ):
        return TITLE
    return BODY


def _lines(text: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for m in _LINE_RE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        s = m.start() + (len(line) - len(line.lstrip()))
        out.append((s, s + len(stripped), stripped, classify(stripped)))
    return _join_split_headers(text, out)


def _join_split_headers(text: str, lines: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A name line and a posts line next to each other (黎伟挺 / 浙江省公安厅党委副书记、
    常务副厅长, in either order) are one speaker header; its text keeps the line break."""
    out: list[tuple[int, int, str, str]] = []
    k = 0
    while k < len(lines):
        if k + 1 < len(lines) and lines[k][3] != BODY and lines[k + 1][3] != BODY:
            a, b = lines[k][2], lines[k + 1][2]
            if (NAME_LINE_RE.match(a) and POSTS_LINE_RE.match(b)) or (POSTS_LINE_RE.match(a) and NAME_LINE_RE.match(b)):
                start, end = lines[k][0], lines[k + 1][1]
                out.append((start, end, text[start:end], HEADER))
                k += 2
                continue
        out.append(lines[k])
        k += 1
    return out


def find_sections(text: str) -> list[Section]:
    """Split ``text`` into contiguous sections (see the module docstring)."""
    lines = _lines(text)
    starts: list[tuple[int, str | None, str | None, int | None]] = []
    i = 0
    while i < len(lines):
        if lines[i][3] == BODY:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j][3] != BODY:
            j += 1
        groups: list[list[tuple[int, int, str, str]]] = []
        current: list[tuple[int, int, str, str]] = []
        for line in lines[i:j]:
            current.append(line)
            if line[3] == HEADER:
                groups.append(current)
                current = []
        if current:
            if groups:
                groups[-1].extend(current)  # bylines / subheads after the last header
            else:
                groups.append(current)
        for group in groups:
            header = next((g for g in group if g[3] == HEADER), None)
            before = [g for g in group if header is None or g[0] < header[0]]
            titles = [g[2] for g in before if g[3] == TITLE]
            if header is None and not titles:
                continue
            starts.append(
                (
                    group[0][0],
                    titles[-1] if titles else None,
                    header[2] if header else None,
                    header[0] if header else None,
                )
            )
        i = j

    if not starts:
        return [Section(0, len(text))]
    if text[: starts[0][0]].strip():
        starts.insert(0, (0, None, None, None))
    else:
        starts[0] = (0,) + starts[0][1:]
    sections = []
    for k, (start, title, header, header_start) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        sections.append(Section(start, end, title, header, header_start))
    return sections


def split_sentences(text: str, sections: list[Section]) -> list[Sentence]:
    """Sentences of ``text`` in order, each tagged with the index of its section."""
    out: list[Sentence] = []
    k = 0
    bounds = [s.end for s in sections]
    for m in _SENTENCE_RE.finditer(text):
        piece = m.group()
        if not piece or piece.isspace():
            continue
        start = m.start() + (len(piece) - len(piece.lstrip()))
        end = m.end() - (len(piece) - len(piece.rstrip()))
        while k < len(bounds) - 1 and start >= bounds[k]:
            k += 1
        out.append(Sentence(start, end, k))
    return out
