"""Link mentions to canonical entities.

Divisions: each mention is resolved to one division (adcode) using the whole document
as context. Names written in full anchor the document in its places; a weak or
ambiguous short name is kept only if the document supports it (its parent, a child or
its own full name is anchored), and among several candidates (鼓楼区 is in four cities)
the best-supported one wins. A short county name far from every anchor (新和 in a text
about Zhejiang) is dropped.

Names of people, programs and enterprises are canonicalised by removing spaces and
quotes, so 刘 颖 and 刘颖 are one person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.admin import COUNTY, PREFECTURE, PROVINCE, Division, Gazetteer, gazetteer
from kg.facts import DocumentFacts
from kg.nlp.divisions import DivisionMention
from kg.nlp.enterprises import INDUSTRY_WORDS

_LEVEL_RANK = {PROVINCE: 0, PREFECTURE: 1, COUNTY: 2}


def canonical_name(surface: str) -> str:
    """A name without spaces (刘 颖 -> 刘颖) or quotes."""
    return re.sub(r"[\s“”\"']+", "", surface)


_NUMERALS = "一二三四五六七八九十百千万亿两双"
_PROGRAM_HEAD = re.compile(r"(工程|行动|战略|计划|改革|试点)$")
_NUMBERED_TAIL = re.compile(f"^[{_NUMERALS}][年号大项个]?(?:行动|工程|战略|计划|攻坚)$")
_NUMERAL_CORE = re.compile(f"^[{_NUMERALS}]{{2,}}(?:工程|行动|战略|计划|改革|试点)?$")


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is the numeral abbreviation of ``full``: 百千万工程 of
    百县千镇万村高质量发展工程 (each numeral in order, each followed by its noun)."""
    head_s = _PROGRAM_HEAD.search(short)
    head_f = _PROGRAM_HEAD.search(full)
    core = short[: head_s.start()] if head_s else short
    if len(core) < 2 or any(ch not in _NUMERALS for ch in core) or len(full) <= len(short):
        return False
    if head_s and (not head_f or head_f.group() != head_s.group()):
        return False
    numerals = "".join(ch for ch in full if ch in _NUMERALS)
    pattern = "".join(f"{ch}[^{_NUMERALS}]{{1,2}}" for ch in core)
    return numerals == core and re.match(pattern, full) is not None


def program_aliases(names: Iterable[str]) -> dict[str, str]:
    """Abbreviated program names mapped to the full name the same text also uses.

    A text that writes 百县千镇万村高质量发展工程 once and 百千万工程 after names one program;
    the full name is kept (as the annotation rules ask). Only numeral abbreviations are
    linked: they can be checked character by character, other short forms cannot; and a
    slogan's part quoted on its own is the slogan.
    """
    names = sorted(set(names), key=len)
    out: dict[str, str] = {}
    shorts = [n for n in names if _NUMERAL_CORE.match(n)]
    for short in shorts:
        fulls = [f for f in names if _abbreviates(short, f)]
        if len(fulls) == 1:
            out[short] = fulls[0]
    # 山海协作 and 山海协作工程, 成渝地区双城经济圈 and …建设: the name with its head word and
    # without it, in one text, are one program (kept with the head, as written in full)
    present = set(names)
    for short in names:
        fulls = [short + head for head in _PROGRAM_HEAD_WORDS if short + head in present]
        if short not in out and len(fulls) == 1:
            out[short] = fulls[0]
    # “三年行动” after 全面振兴新突破三年行动: a numbered head word is the tail of the full name
    for short in names:
        if short not in out and _NUMBERED_TAIL.match(short):
            fulls = [f for f in names if len(f) > len(short) and f.endswith(short)]
            if len(fulls) == 1:
                out[short] = fulls[0]
    # “两翼驱动” quoted out of “一主引领、两翼驱动、全域协同”: one part of the slogan, not its own
    for part in names:
        slogans = [f for f in names if "、" in f and part in f.split("、")]
        if part not in out and len(slogans) == 1:
            out[part] = slogans[0]
    return out


_PROGRAM_HEAD_WORDS = {"工程", "战略", "行动", "计划", "建设", "发展", "工作", "行动计划"}
_LEGAL_FORM = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|集团|公司)$")
_LEGAL_SUFFIX = re.compile(r"(?:有限责任公司|股份有限公司|有限公司)$")


def enterprise_aliases(names: Iterable[str]) -> dict[str, str]:
    """Short enterprise names mapped to the full legal name the same text also writes
    (华冠木业 -> 山东华冠木业集团有限公司, 宁德时代 -> 宁德时代新能源科技股份有限公司): one
    company, named once in full (as the annotation rules keep it)."""
    names = sorted(set(names), key=len)
    fulls = [n for n in names if _LEGAL_FORM.search(n)]
    out: dict[str, str] = {}
    for short in names:
        if len(short) < 2:
            continue
        longer = [f for f in fulls if len(f) > len(short) and short in f]
        if not longer:
            # 兴都集团 -> 三都县兴都投资集团有限公司: the core and its 集团, a word of trade between
            # 鑫诚锻造 -> 鞍山鑫诚精密锻造有限公司: the core and its trade, words between
            group = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(集团|控股|股份|" + "|".join(INDUSTRY_WORDS) + ")", short)
            if group:
                core, kind = group.groups()
                longer = [f for f in fulls if len(f) > len(short) and _LEGAL_SUFFIX.search(f)
                          and re.search(re.escape(core) + r"[\u4e00-\u9fff]{0,6}?" + re.escape(kind), f)]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


@dataclass
class DivisionContext:
    """What a document says about its places: the anchors that resolve short names."""

    anchors: set[str]  # adcodes named unambiguously, and their ancestors
    provinces: Counter  # province adcode -> how often the document names something in it
    cities: set[str]  # prefecture and province adcodes the document names itself
    gaz: Gazetteer
    pinned: frozenset[str] = frozenset()  # adcodes a qualified name fixed (鞍山市铁西区)

    @classmethod
    def from_mentions(cls, mentions: Iterable[DivisionMention]) -> DivisionContext:
        gaz = gazetteer()
        sure = [m.candidates[0] for m in mentions if len(m.candidates) == 1 and not m.weak and (
            m.candidates[0].level != COUNTY or m.surface in gaz.by_name)]
        # Cities and provinces say which provinces a text is about; a county name
        # (平安区 in 夺取平安区创建) anchors only inside those, or its city is named too.
        cities = {d.adcode for d in sure if d.level != COUNTY}
        provinces: Counter = Counter(d.adcode[:2] for d in sure if d.level != COUNTY)
        anchors: set[str] = set()
        for div in sure:
            if div.level == COUNTY and provinces and div.adcode[:2] not in provinces and div.parent not in cities:
                continue
            anchors.add(div.adcode)
            anchors.update(a.adcode for a in gaz.ancestors(div.adcode))
        return cls(anchors, provinces, cities, gaz, _pinned(list(mentions)))

    def _support(self, div: Division) -> int:
        """How strongly the document's anchors support ``div``."""
        score = 0
        if div.adcode in self.anchors:
            score += 3
        if any(a.adcode in self.anchors for a in self.gaz.ancestors(div.adcode) if a.level != PROVINCE):
            score += 2
        if any(code.startswith(div.adcode) and code != div.adcode for code in self.anchors) and div.level != COUNTY:
            score += 2
        if div.adcode[:2] in self.provinces:
            score += 1
        return score

    def resolve(self, mention: DivisionMention) -> Division | None:
        """The division a mention stands for, or None if the document does not support it."""
        cands = mention.candidates
        if not cands:
            return None
        pinned = [d for d in cands if d.adcode in self.pinned]
        if len(pinned) == 1:
            return pinned[0]
        if len(cands) == 1 and not mention.weak:
            div = cands[0]
            if div.level != COUNTY or not self.provinces or div.adcode[:2] in self.provinces:
                return div
            # A county of a province the text never names (平安区 in 夺取平安区创建,
            # 大关 in 突破3000亿元大关) needs its city or itself named elsewhere.
            city = next((a for a in self.gaz.ancestors(div.adcode) if a.level == PREFECTURE), None)
            return div if city is not None and city.adcode in self.cities else None
        scored = sorted(((self._support(d), -_LEVEL_RANK[d.level], d.adcode) for d in cands), reverse=True)
        best, runner_up = scored[0], scored[1] if len(scored) > 1 else None
        need = 2 if mention.weak else 1
        if best[0] < need and not mention.weak:
            # 销往银川、西安、福州等地: with nothing in the text for any of them, a city's bare name
            # is the city (西安市), not a district of the same name elsewhere (牡丹江's 西安区)
            cities = [d for d in cands if d.level != COUNTY]
            if len(cities) == 1 and best[0] == 0:
                return cities[0]
        if best[0] < need or (runner_up is not None and runner_up[0] == best[0] and runner_up[1] == best[1]):
            return None
        return self.gaz.by_code[best[2]]


def _pinned(mentions: list[DivisionMention]) -> frozenset[str]:
    """Divisions a text names once with their parent (鞍山市铁西区, 吉林省吉林市): the short
    name then means that one everywhere in the text, whatever else it names (沈阳 too)."""
    out = set()
    for parent, child in zip(mentions, mentions[1:]):
        if parent.end != child.start or len(parent.candidates) != 1 or len(child.candidates) < 2:
            continue
        under = [d for d in child.candidates if d.parent == parent.candidates[0].adcode
                 or d.adcode.startswith(parent.candidates[0].adcode)]
        if len(under) == 1:
            out.add(under[0].adcode)
    return frozenset(out)


def most_specific(divisions: Iterable[Division]) -> Division | None:
    """The lowest-level division of a set (余杭区 over 杭州市 over 浙江省)."""
    best = None
    for d in divisions:
        if best is None or _LEVEL_RANK[d.level] > _LEVEL_RANK[best.level]:
            best = d
    return best


_GIVEN_SHORT_AFTER = re.compile(r"[(（](?:以下)?简称[“\"]([^”\"]{2,12})[”\"]")


def _given_short_names(facts: DocumentFacts, known: dict[str, str]) -> dict[str, str]:
    """Short names the text gives companies right after their legal names (内蒙古乌珠穆沁能源
    集团股份有限公司(简称“乌能集团”) -> 乌能集团), where no letters of the short name show it."""
    keys = {m.key for m in facts.mentions if m.kind == "enterprise"}
    out: dict[str, str] = {}
    for m in facts.mentions:
        if m.kind != "enterprise" or not _LEGAL_FORM.search(m.key):
            continue
        at = m.evidence.sentence.find(m.evidence.text)
        given = _GIVEN_SHORT_AFTER.match(m.evidence.sentence, at + len(m.evidence.text)) if at >= 0 else None
        if given and given.group(1) in keys and given.group(1) not in known and given.group(1) != m.key:
            out[given.group(1)] = m.key
    return out


def merge_aliases(facts: DocumentFacts) -> None:
    """Rename, in one document's facts, every program abbreviation and short enterprise
    name to the full name the same text writes (see :func:`program_aliases`,
    :func:`enterprise_aliases`)."""
    programs = program_aliases(m.key for m in facts.mentions if m.kind == "program")
    companies = enterprise_aliases(m.key for m in facts.mentions if m.kind == "enterprise")
    companies.update(_given_short_names(facts, companies))
    aliases = {"program": programs, "enterprise": companies}
    facts.mentions = [
        replace(m, key=aliases[m.kind][m.key], label=aliases[m.kind][m.key]) if m.key in aliases.get(m.kind, {}) else m
        for m in facts.mentions]
    facts.implementations = [replace(i, program=programs.get(i.program, i.program)) for i in facts.implementations]
    facts.locations = [replace(loc, enterprise=companies.get(loc.enterprise, loc.enterprise)) for loc in facts.locations]


def matches_level(div: Division, suffix: str) -> bool:
    """Whether a division is of the level a bare 区/县/市/省 points at."""
    if suffix == "省":
        return div.level == PROVINCE
    if suffix == "自治区":
        return div.level == PROVINCE and div.name.endswith("自治区")
    if suffix == "市":
        # in 永川区's text 市委常委 is of 重庆市: a municipality is a province-level 市
        return div.suffix == "市"
    if suffix in ("区", "县", "旗"):
        return div.level == COUNTY and div.name.endswith(suffix)
    if suffix == "地":
        return div.level == PREFECTURE and div.name.endswith("地区")  # 地委书记: the 地区's
    if suffix == "行署":
        # 行署秘书长: the commissioner's office of a 盟 or a 地区
        return div.level == PREFECTURE and div.name.endswith(("盟", "地区"))
    if suffix in ("州", "盟"):
        # 全州/我州 is an autonomous prefecture (临夏回族自治州), never 厦门市 or 杭州市
        return div.level == PREFECTURE and div.name.endswith(suffix)
    return False


def level_above(div: Division, suffix: str) -> Division | None:
    """The nearest division above ``div`` at the level of ``suffix`` (襄阳市 above 枣阳市 for 市)."""
    return division_at_level(list(gazetteer().ancestors(div.adcode)), suffix, ancestors=False)


def division_at_level(context: list[Division | None], suffix: str, ancestors: bool = True) -> Division | None:
    """The first division of the context (or, with ``ancestors``, an ancestor of one) at the
    level of ``suffix``."""
    gaz = gazetteer()
    for div in context:
        if div is None:
            continue
        for d in [div, *(gaz.ancestors(div.adcode) if ancestors else ())]:
            if matches_level(d, suffix):
                return d
    return None
