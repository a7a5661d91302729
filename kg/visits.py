"""Who visits whom in a news item, and so whose place the bare posts (市长, 区委书记) are of.

A sentence in which officials or a place come to the text's place (…率党政代表团来浏考察,
▲绥化市人大常委会来我市开展…检查) makes them visitors for the rest of the item; an event held
away (…推介会在天津举行) makes that place's officials hosts; a district or county of the text's
place that its people visit (在麦积区检查) is where the bare posts of its level are. Visitors'
and hosts' posts name their own places only, never the place of the bare posts after them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.admin import Division
from kg.nlp.divisions import DivisionMention
from kg.section_state import SectionState

__all__ = ["is_visit", "note_places_visited"]

_VISIT = re.compile(r"来(?:我|本)?[\u4e00-\u9fff]{1,3}?(?:考察|调研|视察|检查|指导|交流|对接|洽谈|走访|慰问)"
                    r"|来(?:我|本)[省市县区州旗盟](?:开展|进行)"
                    # 盟长哈斯朝鲁一行到我旗调研: to "our" place is to the text's
                    r"|(?:到|赴)(?:我|本)[省市县区州旗盟][\u4e00-\u9fff]{0,12}?(?:考察|调研|视察|检查|指导|督导|开展|进行|走访|慰问)"
                    # 泉州市委副书记陈泽川率泉州市党政代表团出席: a delegation at the text's event
                    r"|率[^，,。；;赴到]{0,12}?(?:代表团|考察团)(?![^，,。；;]{0,6}(?:赴|到|前往))")
_AWAY = re.compile(r"(?:市|省)?(?:举行|举办|召开|考察|学习|招商|推介|对接|开展)")
_HELD = re.compile(r"举行|举办|召开")
_DELEGATION = re.compile(r"代表团|考察团|调研组|工作组|一行")
_VISITED_BEFORE = re.compile(r"(?:在|赴|到|深入|来到|走进)$")


def is_visit(text: str, items: dict, end: int) -> bool:
    """Whether the sentence ending at ``end`` says its first official or place comes to the
    text's place (株洲市委常委、醴陵市委书记何振宇率党政代表团来浏考察)."""
    visitors = [o.end for o in items["officials"][:1]] + [m.end for m in items["divisions"][:1]]
    return bool(visitors) and bool(_VISIT.search(text, min(visitors), end))


def note_places_visited(text: str, items: dict, resolved: dict, sec: SectionState, visit: bool,
                        resolve: Callable[[DivisionMention], Division | None]) -> None:
    """Record in ``sec`` the item's visitors (a visit sentence's first official's places and
    first division), the places its people went to as hosts' places (在天津举行), and the
    places of the text's own division they visited as places of bare posts (在麦积区检查)."""
    if visit:
        found = [resolve(p.division) for o in items["officials"][:1] for p in o.posts if p.division is not None]
        found += [resolved.get((m.start, m.end)) for m in items["divisions"][:1]]
        sec.visitors |= {d.adcode for d in found if d is not None}
    for d in items["divisions"]:
        place = resolved.get((d.start, d.end))
        if place is None or sec.current is None:
            continue
        to_place = _VISITED_BEFORE.search(text, max(0, d.start - 2), d.start)
        if place.adcode == sec.current.adcode:
            visitor = _visitor_above(items, d.start, place, resolve) if to_place else None
            if visitor is not None:
                # 大连市副市长X带队到庄河调研，市委书记Y陪同 in 庄河's part of the text: the
                # city's official visits; the bare posts after are 庄河's
                sec.visitors.add(visitor.adcode)
                sec.visited = place
            continue
        inside = place.within(sec.current)
        if text[d.start - 1 : d.start] in ("在", "赴") and _AWAY.match(text, d.end) and not (
                inside or sec.current.within(place)):
            sec.hosts.add(place.adcode)
        # (not a county-level city in a city: whose 市委书记 accompanies is then unclear,
        # unless the visitor's post names the city: 大连市副市长X带队到庄河调研，市委书记Y陪同)
        elif inside and to_place and place.name[-1] == sec.current.name[-1] and _department_head_visits(items, d.start, place):
            sec.visited_next = place  # (the visitor's own bare posts are his city's: from the next sentence on)
        elif inside and to_place and (place.name[-1] != sec.current.name[-1]
                                      or _visitor_above(items, d.start, place, resolve) is not None):
            sec.post_places.append(place)
            sec.visited = place
            first = items["divisions"][0]
            guest = resolved.get((first.start, first.end))
            if (guest is not None and not guest.same_province(place) and _AWAY.match(text, d.end)
                    and (_DELEGATION.search(text, first.end, d.start)
                         or (_HELD.match(text, d.end) and _named_before(items, resolved, place, d.start)))):
                # 北京市昌平区党政代表团到太仆寺旗考察: guests from afar came to the county; the
                # item's figures (…等6个项目集中签约,总投资9.8亿元) are the county's; so are those
                # of a partner's event with it held there (天津市武清区—平凉市静宁县…签约仪式在静宁县举行;
                # not 福建省对口支援昌吉州…对接会在昌吉市举行: the 州's event at its seat)
                sec.current = place



def _named_before(items: dict, resolved: dict, place: Division, before: int) -> bool:
    """Whether the sentence names ``place`` before ``before`` too (…—平凉市静宁县…签约仪式在静宁县
    举行: the county is the partner of the event held there)."""
    return any(m.start < before and resolved.get((m.start, m.end)) == place for m in items["divisions"])


def _visitor_above(items: dict, before: int, place: Division,
                   resolve: Callable[[DivisionMention], Division | None]) -> Division | None:
    """The division above ``place`` that the sentence's first official, written before
    ``before``, holds a post of by name (大连市副市长隋正阳带队到庄河… -> 大连市), if any."""
    for o in items["officials"][:1]:
        if o.end > before:
            return None
        for p in o.posts:
            d = resolve(p.division) if p.division is not None else None
            if d is not None and place.within(d):
                return d
    return None


def _department_head_visits(items: dict, before: int, place: Division) -> bool:
    """Whether the sentence's first official, written before ``before``, heads a department of
    the level above ``place`` written bare (市交通运输局局长邹立新到旬阳市调研): a city's mayor does
    not accompany his own department head, so the 市长 who accompanies him is the visited city's."""
    return any(o.end <= before and o.posts and all(
        p.division is None and p.level == place.name[-1] and _DEPARTMENT_HEAD.search(p.title) for p in o.posts)
        for o in items["officials"][:1])


_DEPARTMENT_HEAD = re.compile(r"(?:局|委员会|(?<![省市区县州旗盟地工])委|办|厅|中心)(?:党组|党委)?(?:常务)?副?(?:书记|局长|主任|厅长|成员)$")
