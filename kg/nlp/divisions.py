"""Find the administrative divisions a text names.

Full names (余杭区) are matched as written; short names (余杭, 义乌, 景宁) too, but a
short name that is also an ordinary word (和平, 江山, 天台) or part of a longer word
(钱塘 in 钱塘江) is only *weak*: the linker keeps it only if the document also names
its parent or the division itself in full. Deictic forms (全区, 本市, 我县) are found
here and resolved later against the section's own division.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from kg.admin import COUNTY, PROVINCE, Division, gazetteer
from kg.nlp.lexicon import jieba_dictionary, on_word_boundaries
from kg.nlp.surnames import SURNAMES_1

# jieba tags place names ns/nr/nz...; a short name tagged as a verb, noun or adverb, or
# used very often, is more likely the ordinary word (开化 'to civilise', 和平 'peace').
_PROPER_TAGS = {"ns", "nr", "nrt", "nz", "nrfg", "nt"}
_COMMON_FREQ = 1000
# 全市, 本区, …; and 师市, how a 兵团 师 whose seat is a city (第一师阿拉尔市) names the two as one
# (not 律师市场, 教师市级…)
# (全市民营经营主体, 我市民政局: 全市 then 民营, not 市民; 本市民 alone is the city's people)
_DEICTIC = re.compile(r"(?:(?:全|本|我|该)(省|市|区|县|州|旗|盟)|(?<![律医教厨技讲导牧程])师(市))"
                      r"(?!委|长|级|直|场|内|外|属|域|民(?!营|政|生|族|警|众|主|宗|俗|兵|事|航|用|宿|居|商|间))")
_LEVEL_OF_SUFFIX = {"省": "province", "市": None, "区": "county", "县": "county", "州": "prefecture", "旗": "county"}


@dataclass(frozen=True)
class DivisionMention:
    """A place in the text that names a division (or refers to one, for deictics)."""

    start: int
    end: int
    surface: str
    candidates: tuple[Division, ...]  # empty for deictic mentions
    weak: bool = False  # needs support from the document's other mentions
    deictic: str | None = None  # the suffix of 全区/本市/... ("区", "市", ...)


_EVERYDAY_PLACE_FREQ = 1000  # a short name this frequent in jieba's counts is an everyday word


@dataclass(frozen=True)
class _Matcher:
    names: ahocorasick.Automaton  # every full and short name; leftmost-longest matches
    common: frozenset[str]  # names that are also ordinary words
    longer: frozenset[str]  # dictionary words that extend a short name (钱塘江, 北京大学)


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    gaz = gazetteer()
    words = jieba_dictionary()
    names = set(gaz.by_name) | set(gaz.by_short)
    common = set()
    for name in names:
        freq, tag = words.get(name, (0, "ns"))
        if name not in gaz.by_name and (tag not in _PROPER_TAGS or (freq >= _COMMON_FREQ and tag != "ns")
                                        or (freq >= _EVERYDAY_PLACE_FREQ and all(d.level == COUNTY for d in gaz.by_short[name]))):
            # 古城 (古城文旅持续升温), 长安, 和平: county names in everyday use
            common.add(name)
        elif len(name) == 2 and name in gaz.by_name:
            # Two-character full names (城区, 矿区, 和县) are generic words too.
            common.add(name)
        elif name in _POLICY_WORDS:
            common.add(name)
    shorts = set(gaz.by_short) - set(gaz.by_name)
    longer = {
        word
        for word in words
        if len(word) > 2 and word not in names and any(len(word) > k and word[:k] in shorts for k in (2, 3, 4))
    }
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    return _Matcher(names=automaton, common=frozenset(common), longer=frozenset(longer | _SLOGAN_WORDS))


_BYWORD_AFTER = re.compile(r"经验|模式|全面振兴")
# 绿水青山就是金山银山, 冰天雪地也是金山银山: the slogan's words, no 金山区 (jieba has no entry)
_SLOGAN_WORDS = frozenset({"金山银山"})
# Short names that government prose uses as words (惠民举措, 惠农政策, 富民增收, 安居工程), whatever
# jieba's dictionary tags them: they need support like any everyday word
_POLICY_WORDS = frozenset({"惠民", "惠农", "富民", "安居", "兴业"})
# (彭水农村居民人均可支配收入: 农村居民 are the county's rural residents, no village)
_SUMU_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:苏木|嘎查)|(?!农村居民)[\u4e00-\u9fff]?(?:社区|村(?![民委级庄镇])|小区)")
_TITLE_BEFORE = re.compile(r"(?:经理|董事长|负责人|理事长|书记|主任|记者|通讯员|厂长|站长|社长|村民|总裁|总监|局长|院长|校长|大师|传承人|工匠|能手|教授|专家|师傅|会长)$")
# an adverb that only ever comes before a verb (全面振兴的…): the short name after it is the word
_ADVERB_BEFORE = re.compile(r"(?:全面|加快|深入|持续|大力|努力|奋力|全力|进一步|不断|共同|积极)$")
_NAME_VERB_AFTER = re.compile(r"主持|说|介绍|表示|指出|强调|参加|出席|陪同|带队|讲话|告诉|一行")
_SEAT_THEN = re.compile(r"委(?:常委|副书记)[、,，]")
_STREET_AFTER = re.compile(r"(?:街|路|大道|大街|巷|胡同)(?![道区办])")
_TOWN_LIST_END = re.compile(r"(?:[、和][\u4e00-\u9fff]{2,4}?)*[\d一二三四五六七八九十两]+个(?:街道|镇|乡|社区|苏木|嘎查)")
_LONGEST_EXTENSION = 5
_LONGEST_NAME = 8  # characters looked back for a zone's place name
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学|合作社|国际陆港|陆港|国际机场|机场|学院|研究院|研究所|实验室|医院|调解中心|仲裁中心|博览会|展览会|展销会|交易会|论坛|峰会|文化节|旅游节)")
_ZONE = re.compile(r"(?:新区|开发区|高新区|经开区|综保区|保税区|自贸区|自贸片区|片区|园区|港区|湾区|新城)")


# 潍坊滨海经济技术开发区: a zone's name may hold its kind's words before 开发区.
_ZONE_KINDS = r"(?:经济技术|高新技术产业|高新技术|经济|技术|工业|旅游)"
_ZONE_AFTER_NAME = re.compile(_ZONE_KINDS + "?" + _ZONE.pattern)
_NAMED_ZONE = re.compile(r"[\u4e00-\u9fff]{2,5}?" + _ZONE_KINDS + r"?(?:开发区|高新区|经开区|新区|园区)")
_ZONE_KIND_BEFORE = re.compile(r"(?:" + _ZONE_KINDS + "|港)$")  # (钦州|港片区)
# A port named after its city (经钦州港发运的班列…) is, like a zone, the city's for its figures
# (郑州机场货邮吞吐量62.8万吨: an airport named after its city likewise)
_ZONE_OR_PORT = re.compile(_ZONE.pattern[:-1] + r"|港(?![澳台区口])|(?<![国际])机场|国际机场)")


def find_zone_places(text: str) -> list[DivisionMention]:
    """Places that name a development zone or a port (宜昌 in 宜昌高新区, 余杭 in 余杭经济开发区,
    钦州 in 钦州港).

    A zone is no division and these are no mentions of one; but a zone's figures and
    news are its division's, so the place can stand as a sentence's subject.
    """
    gaz = gazetteer()

    def place_before(end: int) -> tuple[int, tuple] | None:
        for start in range(max(0, end - _LONGEST_NAME), end - 1):
            candidates = gaz.candidates(text[start:end])
            if candidates:
                return start, candidates
        return None

    out = []
    for zone in _ZONE_OR_PORT.finditer(text):  # zones are rare: look back from each for a place name
        kind = _ZONE_KIND_BEFORE.search(text, max(0, zone.start() - 6), zone.start())
        end = kind.start() if kind else zone.start()  # 谷城|经济开发区
        found = place_before(end)
        # 潍坊|滨海|经济技术开发区: a place written before the place names the zone's division.
        outer = place_before(found[0]) if found else None
        if outer is not None:
            end, found = found[0], outer
        if found is not None:
            out.append(DivisionMention(found[0], end, text[found[0]:end], found[1]))
    return out


# Single characters that may stand before a place at a clause's start (赴蓬江, 在余杭, 与…)
_LONE_BEFORE_PLACE = set("在到赴和与及的从向对为是把被让给来去往至经由于驻访抵回临自同跟或将")


def find_divisions(text: str) -> list[DivisionMention]:
    """All division mentions in ``text``, in order, non-overlapping."""
    gaz = gazetteer()
    m = _matcher()
    out: list[DivisionMention] = []
    for last, surface in m.names.iter_long(text):
        end = last + 1
        start = end - len(surface)
        full = surface in gaz.by_name
        weak = surface in m.common
        if not full and surface[0] == "原" and surface[1] in "省市区县州旗盟":
            continue  # 原州人大常委会主任: "the former 州's", not 原州区
        if weak and not full and _ADVERB_BEFORE.search(text, max(0, start - 3), start):
            continue  # 东北全面振兴的重要讲话: 振兴 'revival', not 振兴区
        if full and len(surface) == 2 and weak and not on_word_boundaries(text, start, end):
            continue  # 示范县(市)创建: 范县 straddles 示范|县
        if full and surface.endswith("市") and text.startswith("场", end):
            # 在广州市场销售额: 广州 + 市场, the city's market, not a mention of 广州市 itself
            short = surface[:-1]
            if short not in gaz.by_short:
                continue
            surface, end, full, weak = short, end - 1, False, short in m.common
        if not full:
            # 钱塘 in 钱塘江, 北京 in 北京大学: the short name is part of another word.
            if any(text[start : end + k] in m.longer for k in range(1, _LONGEST_EXTENSION + 1)):
                continue
            # 龙凤山冰雪小镇: a mountain named like a place is the mountain (not 开化山海协作, the
            # place and its 山海协作; a level word after it, 凤山县, is matched as the full name)
            if text[end : end + 1] in "山岭峰" and text[end + 1 : end + 2] not in "省市区县州旗盟海":
                continue
            # 所城里、朝阳街等历史文化街区: a street named after a place is the street
            if _STREET_AFTER.match(text, end):
                continue
            # 钱塘新区, 余杭经济开发区: a zone named after the place, not the place; 香港国际
            # 调解中心, 北京大学: an institution's name, not a mention of the place.
            if _ZONE_AFTER_NAME.match(text, end) or _INSTITUTION.match(text, end):
                continue
            # 江苏洋口港经济开发区: a province's name opening a zone's (the zone lies in a county
            # the text is about), unless a place follows it (江苏南京高新区)
            zone = _NAMED_ZONE.match(text, end)
            if zone and all(c.level == PROVINCE for c in gaz.candidates(surface)) and not any(
                    text[end : end + k] in gaz.by_short or text[end : end + k] in gaz.by_name for k in (2, 3)):
                continue
            # 、阿蓬江等景区: one character opening the item before the short name makes
            # another name (阿蓬江), whatever jieba cuts
            if (start >= 1 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _LONE_BEFORE_PLACE
                    and (start == 1 or text[start - 2] in "、，,。；;：:“（( \n")):
                continue
            # 普安镇, 柯桥街道: a town named like a county is the town; so is one of a list of
            # towns (靖和、新安、河南、近海四个街道)
            if text[end : end + 1] in ("镇", "乡") or text.startswith("街道", end) or _TOWN_LIST_END.match(text, end):
                continue
            # 总经理赵海东介绍, 郑怀远主持: a person's given name (after a surname, with a title
            # before or a speaker's verb after)
            if end - start == 2 and start and text[start - 1] in SURNAMES_1 and (
                    _TITLE_BEFORE.search(text, max(0, start - 5), start - 1) or _NAME_VERB_AFTER.match(text, end)):
                continue
            # 董事长常德胜说: the short name opens a three-character name (surname + two)
            if (end - start == 2 and text[start] in SURNAMES_1 and "\u4e00" <= text[end : end + 1] <= "\u9fff"
                    and _TITLE_BEFORE.search(text, max(0, start - 5), start) and _NAME_VERB_AFTER.match(text, end + 1)):
                continue
            # 赛罕高毕苏木, 巴彦淖尔嘎查: a Mongolian sumu's or gacha's name runs on past it;
            # 裕华里社区, 长安村: so does a community's or a village's
            if _SUMU_AFTER.match(text, end):
                continue
            # “晋江经验”, 黑土地保护利用“龙江模式”, 新时代龙江全面振兴: a county's name in a model's
            # or a region's byword (龙江 is 黑龙江 here), no mention of 晋江市 or 龙江县
            if _BYWORD_AFTER.match(text, end) and all(c.level == COUNTY for c in gaz.candidates(surface)):
                continue
            # 新和 in 创新和...: the name straddles the words around it (jieba's cut: the dearest
            # check, so the last)
            if not on_word_boundaries(text, start, end):
                continue
        out.append(DivisionMention(start, end, surface, gaz.candidates(surface), weak=weak))
    # 山东莒县人: a name that is also a word (莒县, 和县) is sure right after its province or city.
    for k in range(1, len(out)):
        parent, child = out[k - 1], out[k]
        if child.weak and not parent.weak and parent.end == child.start and len(parent.candidates) == 1 and any(
                c.adcode.startswith(parent.candidates[0].adcode.rstrip("0")) for c in child.candidates):
            out[k] = DivisionMention(child.start, child.end, child.surface, child.candidates, False, child.deictic)
    # 海口市委常委、龙华区委书记: the second post's place lies in the first's (海口's 龙华区,
    # not 深圳's)
    for k in range(1, len(out)):
        parent, child = out[k - 1], out[k]
        if len(parent.candidates) == 1 and len(child.candidates) > 1 and _SEAT_THEN.fullmatch(text, parent.end, child.start):
            prefix = parent.candidates[0].adcode.rstrip("0")
            under = tuple(c for c in child.candidates if c.adcode.startswith(prefix))
            if under:
                out[k] = DivisionMention(child.start, child.end, child.surface, under, child.weak, child.deictic)
    # 上海、深圳、合肥等: a name that is also a word is sure in a list of places
    for k, d in enumerate(out):
        if d.weak and any(0 <= j < len(out) and not out[j].weak and text[min(d.end, out[j].end):max(d.start, out[j].start)] in ("、", "和", "及", "与")
                          for j in (k - 1, k + 1)):
            out[k] = DivisionMention(d.start, d.end, d.surface, d.candidates, False, d.deictic)
    # 芜湖市江城产业投资集团: a short name right after a division it does not lie in is part
    # of a name (阳江's 江城区 is not 芜湖's)
    out = [d for k, d in enumerate(out)
           if not (k and d.surface not in gaz.by_name and out[k - 1].end == d.start and out[k - 1].candidates
                   and not any(c.adcode.startswith(p.adcode.rstrip("0")) for c in d.candidates for p in out[k - 1].candidates))]
    for hit in _DEICTIC.finditer(text):
        out.append(DivisionMention(hit.start(), hit.end(), hit.group(), (), deictic=hit.group(1) or hit.group(2)))
    out.sort(key=lambda d: d.start)
    return out


def deictic_level(suffix: str) -> str | None:
    """The level a deictic suffix points at (区/县 county, 州 prefecture, 省 province; 市 either)."""
    return _LEVEL_OF_SUFFIX.get(suffix)
