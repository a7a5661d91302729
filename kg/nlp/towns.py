"""Towns, townships, streets and communities: places below the county.

They are no divisions (GOLD-SCHEMA lists none below a county), and what a sentence says
about one is not its county's: 千灯镇今年以来已新签约亿元以上项目14个 is the town's count,
容桂街道规上工业总产值1320.6亿元 the street's output. kg.relate uses these finders to tell
a town's sentence from its county's.

A town is a short name plus its kind (千灯镇, 容桂街道, 闽宁镇, 华口社区), or a deictic
(全镇, 该街道). Once written in full, its short name alone (容桂是…, 北滘将…) names it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.admin import gazetteer
from kg.ingest.patterns import BULLETS
from kg.nlp.lexicon import jieba_dictionary, word_frequencies

__all__ = ["TownMention", "find_towns", "page_zone_name", "town_at", "town_post_title", "town_stems"]

_KINDS = r"(?:镇|乡|街道|社区|苏木|嘎查)"
# 内蒙古's sumu and gacha (towns and villages) carry Mongolian names of up to six characters.
# Ethnic townships carry the people's name between the town's and its kind (格朗和哈尼族乡,
# 拉林满族镇, 布朗山布朗族乡).
_ETHNIC = (r"(?:满|回|蒙古|藏|维吾尔|苗|彝|壮|布依|朝鲜|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇"
           r"|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|鄂温克|德昂|保安|裕固|京|独龙|鄂伦春|赫哲)族")
_NAME = re.compile(r"(?P<estem>[\u4e00-\u9fff]{2,3}?)" + _ETHNIC + r"(?P<ekind>镇|乡)"
                   r"|(?P<stem>[\u4e00-\u9fff]{2,3}?)(?P<kind>街道|社区)"
                   r"|(?P<lstem>[\u4e00-\u9fff]{2,5}?)(?P<lkind>镇|乡)"
                   r"|(?P<mstem>[\u4e00-\u9fff]{2,6}?)(?P<mkind>苏木|嘎查)")
_ETHNIC_BEFORE = re.compile(_ETHNIC + "$")
_DEICTIC = re.compile(r"(?:全|本|该|我)(?:镇|乡|街道|社区|苏木|嘎查|村)(?![长区村级域党])"
                      r"|(?:街道|镇里|镇上|乡里|村里|嘎查)(?![办党工达])")
# What may stand right before a town's name (a clause start, a place, a verb of visiting).
_BEFORE = re.compile(r"(?:^|[\s,，。;；:：、!！?？“”\"()（）【】\[\]" + BULLETS + r"]|在|到|赴|来到|走进|深入|会同|陪同|和|与|及|的|市|区|县|旗|街道|苏木)$")
# Words that end like a town but are none (城镇化, 乡镇, 特色小镇, 城乡, 返乡, 乡村…).
_GENERIC_END = frozenset("城乡村集小古重强名特建新")
_KIND_AFTER = re.compile(r"镇|乡|街道")
_GENERIC_STEMS = re.compile(r"(?:城|家|故|下|返|老|同|异|他|水|梦|侨|本|外|山|农|园|居|和|新型|美丽|特色|生态|文明|智慧|平安|示范)$")
_NOT_AFTER = re.compile(r"(?:[\d一二三四五六七八九十两百千]|化|村|镇|级|域|土|间|愁|亲|情|音|贤|企|办(?!事处)|卫生院|工作|建设|发展|振兴|治理|干部|以上)")

# jieba counts above these make two characters a word, not part of a transliterated name
# (Mongolian names hold some fairly common pairs: 阿拉 277, 音高 84)
_RARE_PAIR = 50
_COMMON_PAIR = 500


def _has_word(stem: str, above: int) -> bool:
    return any(word_frequencies().get(stem[i : i + 2], 0) > above for i in range(len(stem) - 1))
_ALIAS_NEXT = re.compile(r"[是将已在以把的要还也今去近全共累正,，、]")


_LEADING_VERBS = frozenset({"新建", "建设", "打造", "创建", "推进", "每个", "各个", "所有", "典型", "示范", "重点"})


@dataclass(frozen=True)
class TownMention:
    """A town at ``[start, end)``; ``stem`` is its short name ('' for 全镇, 该街道)."""

    start: int
    end: int
    stem: str


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Words jieba's dictionary tags as verbs or function words: 实现街道…, 新建社区… name no town."""
    return frozenset(w for w, (_, tag) in jieba_dictionary().items()
                     if len(w) <= 3 and tag in ("v", "vn", "vd", "d", "p", "c", "ad", "a"))


def _named_at(text: str, pos: int) -> TownMention | None:
    m = _NAME.match(text, pos)
    if m is None:
        return None
    stem = m.group("estem") or m.group("stem") or m.group("lstem") or m.group("mstem")
    kind = m.group("ekind") or m.group("kind") or m.group("lkind") or m.group("mkind")
    # 实现街道…, 以城带乡, 百县千镇, 新建社区: a verb, a level word inside, or a verb-like start
    # (旧镇镇, 许镇镇: a town whose name ends in its kind writes the kind twice)
    inner = stem[:-1] if len(stem) >= 2 and stem[-1] == kind and kind in ("镇", "乡") else stem
    if (stem in _verbs() or re.search(r"[县省乡镇村]|.城", inner) or stem[:2] in _LEADING_VERBS
            or stem[0] in "是占在为与和及的把将从向对全各每"
            # (今年全镇: a time word and a deictic, no town's name)
            or stem[-1] in "全本我该各每" or stem[:2] in ("今年", "去年", "明年", "目前", "当前", "同时")):
        return None
    if any(c in stem for c in "，,。、；;：:") or stem[-1] in _GENERIC_END and kind in ("镇", "乡"):
        return None
    # (佛山市南海区狮山镇: after its district a name ending like a word, 山, is still a town's)
    placed = pos > 0 and text[pos - 1] in "市区县旗" and stem.endswith("山")  # (not 全县|新增返乡)
    if (_GENERIC_STEMS.search(stem) and not m.group("estem") and not placed) or _NOT_AFTER.match(text, m.end()):
        return None
    if kind == "乡" and text.startswith("村", m.end()):
        return None
    if m.group("lstem") and len(stem) > 3 and _has_word(stem, _RARE_PAIR):
        return None  # (统筹投入驻镇: words, not a long transliterated name like 浩勒图高勒镇)
    if m.group("mstem") and _has_word(stem, _COMMON_PAIR):
        return None  # (再加上嘎查统一调运…: words, not a Mongolian name like 乌兰陶勒盖嘎查)
    return TownMention(m.start(), m.end(), stem)


def town_at(text: str, pos: int, stems: frozenset[str] = frozenset()) -> TownMention | None:
    """The town written at ``pos``, if any: a name with its kind, a deictic (全镇), or the short
    name of a town the document has named in full (``stems``)."""
    m = _DEICTIC.match(text, pos)
    if m is not None:
        return TownMention(m.start(), m.end(), "")
    named = _named_at(text, pos)
    if named is not None:
        return named
    for stem in stems:
        # 容桂是…, 北滘将…: the short name as a subject; 都江古城景区 is a place of its own.
        if not text.startswith(stem, pos):
            continue
        if _ALIAS_NEXT.match(text, pos + len(stem)):
            return TownMention(pos, pos + len(stem), stem)
        kind = _KIND_AFTER.match(text, pos + len(stem))
        if kind:  # 狮山镇 again, after 南海区狮山镇 named it
            return TownMention(pos, kind.end(), stem)
    return None


def find_towns(text: str) -> list[TownMention]:
    """Towns written with their kind (千灯镇, 容桂街道) where a name can begin: at a clause start,
    after a place (昆山市千灯镇) or a verb of visiting (来到北滘镇). Names that are also a
    division's (a 街道 named after its district: 柯桥街道) keep only the full form."""
    out: list[TownMention] = []
    for kind in re.finditer(_KINDS, text):
        ethnic = _ETHNIC_BEFORE.search(text, max(0, kind.start() - 6), kind.start()) if kind.group() in ("镇", "乡") else None
        extra = kind.start() - ethnic.start() if ethnic else 0  # (格朗和|哈尼族|乡)
        # (a 苏木's or 嘎查's Mongolian name, longest first: 正镶白旗|伊和淖尔苏木, not 伊和|淖尔苏木)
        for length in (2 + extra, 3 + extra, 4, 5) if kind.group() in ("镇", "乡") else (2, 3) if kind.group() in ("街道", "社区") else range(6, 1, -1):
            start = kind.start() - length
            if start < 0 or not _BEFORE.search(text, max(0, start - 2), start) and start > 0:
                continue
            found = _named_at(text, start)
            if found is not None and found.end == kind.end():
                out.append(found)
                break
    return sorted(set(out), key=lambda t: t.start)


def town_stems(text: str) -> frozenset[str]:
    """Short names of the towns ``text`` writes in full, except those that are also a
    division's short name (柯桥 of 柯桥街道 is 柯桥区 on its own)."""
    gaz = gazetteer()
    return frozenset(t.stem for t in find_towns(text) if t.stem and not gaz.candidates(t.stem))


_ZONE_KIND = re.compile(r"高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|综保区|保税区")


# The short kind the press writes for a zone's full kind (鞍山高新技术产业开发区 -> 鞍山高新区)
_SHORT_KIND = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区"}
_ZONE_ORGAN = re.compile(r"(?:党工委|管委会|纪工委)(?=(?:常务)?副?(?:书记|主任|委员))")


def _zone_name(kind: str, text: str, start: int, page_zone: str | None = None) -> str:
    """The name of the zone of ``kind`` (高新区) a post at ``start`` is of: the place the text
    writes before that kind, or before its full form (鞍山高新技术产业开发区 -> 鞍山高新区), the
    last before ``start``, else the first; else the page's own zone of that kind; else the kind
    alone."""
    forms = [kind] + [full for full, short in _SHORT_KIND.items() if short == kind]
    named = [(m.start(), text[m.start() - k : m.start()]) for form in forms for m in re.finditer(form, text)
             for k in (4, 3, 2) if m.start() >= k and _is_place(text[m.start() - k : m.start()])]
    named.sort()
    before = [n for n in named if n[0] <= start]
    found = before[-1] if before else (named[0] if named else None)
    if found is None and page_zone is not None and page_zone.endswith(kind):
        return page_zone
    return (found[1] if found else "") + kind


def page_zone_name(first_line: str) -> str | None:
    """The zone a page heading names, as the press writes it (鞍山高新技术产业开发区管理委员会 ->
    鞍山高新区), if it names one after a place."""
    for m in _ZONE_KIND.finditer(first_line):
        for k in (4, 3, 2):
            if m.start() >= k and _is_place(first_line[m.start() - k : m.start()]):
                return first_line[m.start() - k : m.start()] + _SHORT_KIND.get(m.group(), m.group())
    return None


def _is_place(name: str) -> bool:
    gaz = gazetteer()
    return name in gaz.by_name or name in gaz.by_short


_POST_KIND = re.compile(r"镇|乡|街道|社区|村|苏木|嘎查|(?=居委会)")
_DEPUTY = re.compile(r"(?:常务)?副?")
# A village written in full where a name can begin (在许镇镇龙桥村, 走进黄瓜山村): villages are
# no towns of find_towns (村 ends too many words), so a village's post looks for one itself.
# (察看农村人居环境: 农村, 乡村, 全村 are no village's name)
# (…，今年村集体经济收入…: a year before 村 names no village)
_VILLAGE = re.compile(r"(?:(?<=镇|乡)|(?<=街道)|(?<=[，,。；;：:\s在到]))((?![镇乡街在到赴他她它我你该这]|(?:今|去|明|全|当|前|同)年)[\u4e00-\u9fff]{2,3}?(?<![农乡全本该各进驻政])村)(?![民委级庄镇里])")


def town_post_title(title: str, towns: list[TownMention], text: str, start: int, end: int,
                    sentence_end: int, page_zone: str | None = None, page_town: str | None = None) -> str | None:
    """The full title of a town's post written without the town (镇党委书记 at
    ``text[start:end]``): named after the town of its kind the text last named before it, or
    else the first its sentence names after it (镇长X说,感德镇将…); a village's or a
    community's post likewise after the village or community last named (在许镇镇龙桥村…村党总支
    书记); a 苏木's or 嘎查's (内蒙古) after the one named in full where a name can begin (在巴彦胡舒
    苏木…,苏木党委书记X); None if there is none.
    ``towns``: :func:`find_towns` of ``text``; ``page_zone``: the zone whose own site the page
    is (鞍山高新区), for a zone's post the text itself does not name; ``page_town``: the town whose
    own site the page is (羊平镇), whose bare posts are its own whatever other town a visit names."""
    organ = _ZONE_ORGAN.match(title)
    if organ is not None:
        # 党工委副书记、管委会主任乔文博 after 高新区党工委书记X: the organs of the zone the
        # text last wrote (鞍山高新区管委会主任); none written, no post known
        kinds = list(_ZONE_KIND.finditer(text, 0, start))
        if not kinds:
            return None
        kind = _SHORT_KIND.get(kinds[-1].group(), kinds[-1].group())
        return _zone_name(kind, text, start, page_zone) + title
    zone = _ZONE_KIND.match(title)
    if zone is not None:
        # 高新区党工委书记 -> 淄博高新区党工委书记: after the zone of that kind the text names
        # (the last before the post, else the first); a zone's post holds unnamed too
        return _zone_name(zone.group(), text, start, page_zone) + title[zone.end():]
    lead = _DEPUTY.match(title).end()  # 副镇长, 常务副镇长: the town's name goes before the whole title
    kind = _POST_KIND.match(title, lead)
    if kind is None:
        # 镇党委委员、武装部部长: an organ of the town after its post, named after the town too
        towns_before = [t for t in towns if t.end <= start and text[t.start : t.end].endswith(("镇", "乡", "街道"))]
        return text[towns_before[-1].start : towns_before[-1].end] + title if towns_before else None
    if kind.group() == "村":
        villages = list(_VILLAGE.finditer(text, 0, start))
        if not villages:
            return None
        # 村党总支书记 -> 花园村党总支书记, but 村委会主任 -> 花园村村委会主任 (the committee's name)
        return villages[-1].group(1) + (title if title.startswith("村委会") else title[kind.end():])
    # 镇党委书记 -> 感德镇党委书记, 镇长 -> 感德镇镇长 (as the head's title is written in full)
    # (苏木达 -> 巴彦胡舒苏木苏木达, 嘎查达 likewise)
    rest = title if title[kind.end():].startswith(("长", "达")) else title[:lead] + title[kind.end():]
    if page_town is not None and page_town.endswith(kind.group()) and kind.group() in ("镇", "乡", "街道"):
        return page_town + rest
    named = [t for t in towns if text[t.start : t.end].endswith(kind.group() or "社区")]
    before = [t for t in named if t.end <= start]
    after = [t for t in named if end <= t.start < sentence_end]
    town = before[-1] if before else (after[0] if after else None)
    return text[town.start : town.end] + rest if town is not None else None
