"""Officials: the names that go with posts (see :mod:`kg.nlp.posts` for the posts' grammar).

A chain of posts is followed by the holder's name, either on a speaker line (``…区委书记 刘颖``)
or inline (``区人大常委会主任赵立明``); appointment notices put the name first (任命蒋立为…,
免去…的…职务); national titles follow the name (习近平总书记). Careers are read by
:mod:`kg.nlp.careers`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.patterns import BRACKETED_TURN_RE, EVENT_ROLE_SRC
from kg.nlp.careers import name_line_officials, profile_officials, roster_officials, town_roster_officials
from kg.nlp.divisions import DivisionMention, find_divisions
from kg.nlp.lexicon import jieba_dictionary, word_frequencies
from kg.nlp.posts import (
    BARE_TOWN, CONTINUATION, LEVELS, ORGAN_LEVEL, ORGAN_POST, POST_ASIDE, POST_START, ROLE_AT_END, ZONE_POST,
    ZONE_POST_START, OfficialMention, PostMention, post_chain, posts_at,
)
from kg.nlp.surnames import DOT, DOTTED, SURNAMES_1 as _SURNAMES_1, SURNAMES_2 as _SURNAMES_2, opens_with_surname

# Characters that end a one-character given name whatever follows them, and words that
# end it (范志强表示 is 范志强 + 表示, but 范志强调 is 范志 + 强调).
_LIST_MARKS = ("，", ",", "、", "。", "；", ";")
_AFTER_NAME = set("在说等和与及同的是对为到赴向也就已曾将又还并、,，。;；:：!！?？()（）“”\"'《》 \n")
_WORD_AFTER_NAME = re.compile(
    r"出席|出来|主持|主任|强调|指出|表示|带队|带领|调研|率队|率领|一行|一同|来到|来自|会见|会上|作了|作出|作(?:[\u4e00-\u9fff]{0,4}?)(?:报告|讲话|说明|推介|发言|部署|表态|总结|动员|点评|辅导)|列席|到会|致辞|发言|宣布|先生|女士|先后|"
    r"讲话|介绍|陪同|参加|参观|视察|考察|走访|走进|深入|代表|提出|要求|希望|听取|宣读|通报|汇报|推介|牵头|分别|分析|解读|回答|受到|就|兼任|调任|至今"
    r"|联系|分管|负责|包联"  # 改由县委常委、副县长宁方联系: whom a leader is assigned to
    r"|多次"  # 政法委书记彭杰多次到院指导
)
_NAME_OR_DOTTED = r"(" + DOTTED + r"|[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}?)"  # 党 嘉为…: padded
_APPOINTED = re.compile(r"(?:决定任命|任命|提名|推选|补选|选举|决定)[:：]?(?!任命|提名|推选|补选|选举)" + _NAME_OR_DOTTED + r"(?:同志)?(?:为|任)")
_REMOVED = re.compile(r"免去" + _NAME_OR_DOTTED + r"(?:同志)?的|(?:接受|同意)了?" + _NAME_OR_DOTTED
                      + r"(?:同志)?(?:因[^辞,，。;；]{1,10})?辞去")  # 接受王振宁因援藏期满辞去…
_APPOINTED_LIST = re.compile(r"(?:任命|提名|决定任命|补选|选举)[:：]?((?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,5}?)(?:同志)?为")
# 任免名单 lines: 一、任命 / 唐思远为芜湖市数据资源管理局局长； / 二、免去 / 刘振邦的…局长职务。
_LIST_LINE = re.compile(r"(?:^|(?<=[\n；;]))[ \u3000]*" + _NAME_OR_DOTTED + r"(?:为|的|辞去|同志任)")  # 接受: / 刘 洋辞去…职务的请求。
_LIST_LINE_END = re.compile(r"(?:职务)?(?:的请求)?(?:[（(][^）)\n]{1,12}[）)])?(?:[；;]|[。]?[ \u3000]*(?:\n|$))")
# 经市委研究决定，谭立峰同志任中共祁东县委委员、常委、副书记，…；龙建国同志不再担任…职务: a decision's
# clause naming the comrade first (posts left count: they were held until then)
_PADDED_NAME = r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"  # (贺　丽: padded to three)
# (何春梅同志（原任绵阳市游仙区委常委、组织部部长）任…: the posts held before, in brackets)
_COMRADE_CLAUSE = re.compile(r"(?:^|(?<=[\n；;：:，,。])|(?<=关于))[ \u3000]*(?P<others>(?:" + _PADDED_NAME + "、)*)" + _NAME_OR_DOTTED
                             + r"同志(?:[（(](?:原任|原系|曾任)(?P<before>[^（）()]{2,40})[）)])?(?:任|不再担任|担任)")
# 储文涛此前任市委副书记、代市长 / 刘振邦现任…: a person named by the text's own words for the posts he holds
# (刘振江不再担任讷河市委书记、常委、委员职务: the posts he leaves, held until now)
_NAMED_HOLDS = re.compile(r"(?:^|(?<=[\n；;。]))[ \u3000]*" + _NAME_OR_DOTTED + r"(?:此前任|现任|不再担任)")
# 冯晓光同志任中共克山县委书记,免去其…局长职务 / 付明亮同志任中共江油市委委员、常委，不再担任中共三台县委
# 常委、委员职务: the posts the appointee leaves, held until now
_NO_LONGER = re.compile(r"(?:职务)?[，,](?:不再担任|免去其)(?:原)?(?:担任的)?")
_COMRADE_CLAUSE_END = re.compile(r"(?:职务)?[，,；;。]")
_LIST_LINE_NAMES = re.compile(r"(?:^|(?<=[\n；;]))[ \u3000]*((?:" + _PADDED_NAME + "、)+" + _PADDED_NAME + r"?)为")
_NEXT_APPOINTED = re.compile(r"[,，、;；](?!提名|推荐|推选|选举|拟)(?:决定)?(?:任命)?" + _NAME_OR_DOTTED + r"(?:(?:同志)?为|同志任)")
# (市国资委党委副书记、副主任A，党委委员、副主任B、C，二级巡视员D: the organ's other members)
_NEXT_IN_LIST = re.compile(r"[,，]((?:(?:党组|党委)(?:成员|委员|副?书记)、)?(?:代理?)?(?:常务)?副?(?:秘书长|主任|主席|书记|部长|局长|厅长)"
                           r"|[一二]级巡视员)")
# Posts with no division at all, written after the name (习近平总书记).
_NATIONAL_AFTER = re.compile(r"(?:总书记|国务院总理|总理|国务院副总理|副总理|国家主席|委员长)")


# What a person does right after being named: it ends a name with no Han surname
# (乌力吉巴雅尔汇报时, 其木格介绍).
_ACTION = re.compile(r"(?!出席|参加|列席|主持|陪同|调研|汇报|介绍|讲话|会议|等|深入|走进|走访|来到|看望|慰问|会见|职务)[\u4e00-\u9fff]{2,6}?(?=先后|分别|一同|一起|汇报|介绍|表示|指出|强调|主持|讲话|参加|出席|陪同|调研|带队|带领|率领|率队|一行|说|在|同志|等(?:[在出参列陪]|人)|深入|走进|走访|来到|来(?:我|本)[省市区县州旗盟]|看望|慰问|会见|先生|女士|"
                     r"、(?:常务)?副?[省市区县州旗盟]长"
                     # 州委书记扎西才让,州长… : the next post after a comma ends the name too
                     r"|[,，、](?:[省市区县州旗盟](?:委|长|人大|政协|政府|人民|中级|纪委|行署)|常务副|副[省市区县州旗盟]长)"
                     # 旗发改委主任朝鲁门,旗工业和信息化局局长…: or a bureau's head of the same level
                     r"|[,，、][省市区县州旗盟][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室)(?:常务)?副?(?:局长|主任|书记)"
                     # 市长其木格,苏尼特右旗委副书记…: or after a comma, the next post's place named
                     r"|[,，](?![并和及与向报在对由经])[\u4e00-\u9fff]{2,6}?[市县区旗盟州](?:委(?:常委|副?书记)|长|人大常委会|政协)"
                     # 副州长索南达杰、才让东智出席: a name in a list after a post
                     r"|、[\u4e00-\u9fff]{2,5}(?:[、,，;；。]|出席|参加|列席|陪同|等))")


_COMMON_WORD = 10000
_ENDS_NAME = "[" + "".join(sorted(_AFTER_NAME - set(" \n"))) + "]"  # a function character after a name
# 苏 敏, 马 骏在…: a one-character given name padded with a space, then what ends a name
# (or a common word: 张　颖分别通报)
_PADDED_GIVEN = re.compile(r"[ \u3000]([\u4e00-\u9fff])(?=[^\u4e00-\u9fff]|" + _ENDS_NAME + "|"
                           + _WORD_AFTER_NAME.pattern + "|分别|一起|一同|共同|同志|来(?:我|本|到))")  # 曹 毅来我县调研
_PAD = re.compile(r"[ \u3000][\u4e00-\u9fff]")
# One more name character, then what ends a name: punctuation, a function character, a verb.
_FOURTH_NAME_CHAR = re.compile(r"(?!" + _ENDS_NAME + "|" + _WORD_AFTER_NAME.pattern
                               + r")[\u4e00-\u9fff](?=[、,，;；。]|出席|参加|列席|陪同|主持|到)")
_DOTTED_NAME = re.compile(DOTTED + r"(?=[^\u4e00-\u9fff]|" + _WORD_AFTER_NAME.pattern
                          + r"|率|同志|一行|[在说等和与及为任的向到赴])")


_VISIT_AFTER = re.compile(r"调研|考察|视察|检查|慰问|指导|督导|走访")


def _name_at(text: str, pos: int) -> tuple[str, int] | None:
    """An inline person's name starting at ``pos`` (surname + one or two characters, or a
    transliterated name whose parts a middle dot joins)."""
    dotted = _DOTTED_NAME.match(text, pos)
    if dotted:
        # (【县委书记访谈·奋战收官年】: a column's title, words joined by a dot, no name)
        parts = re.split(DOT, dotted.group())
        words = jieba_dictionary()
        if any(len(p) >= 2 and words.get(p, (0, ""))[1].startswith("v") and words[p][0] >= _VERB_PART for p in parts):
            return None
        return dotted.group(), dotted.end()
    if text.startswith(("任上", "任内", "任期"), pos):
        return None  # 从佛坪县委副书记、县长任上调任…: in office, no one named
    if text.startswith(_CHANGE_NEWS, pos):
        return None  # 曲靖市长辞职, 宜宾市委书记调整, 新任代市长曾任红河州…: a headline's news of a post, no name
    if text[pos : pos + 1] == "谈" and word_frequencies().get(text[pos + 1 : pos + 3], 0) >= _RARE_IN_NAME:
        return None  # 请县委书记谈思路、谈举措: 谈 the verb, not the surname
    if text[pos : pos + 2] in _SURNAMES_2:
        sur = 2
    elif pos < len(text) and text[pos] in _SURNAMES_1:
        sur = 1
    elif _PADDED_GIVEN.match(text, pos + 1) and _ACTION.match(text, pos) is None and text[pos] not in _AFTER_NAME:
        # 党工委书记展 鹏，: a two-character name padded to three is a name whatever its surname
        return text[pos : pos + 3], pos + 3
    else:
        m = _ACTION.match(text, pos)
        if m is None or m.group()[-1] in _NOT_NAME_END:
            return None  # …、海口市、…: a place or an organ in a list, not a person
        if text[pos] in "来到赴回" and _VISIT_AFTER.match(text, m.end()):
            return None  # 榆林市副市长来神调研: came to 神木 (its first character), no one named
        return m.group(), m.end()
    # 苏 敏, 卢 斌: papers pad a two-character name to the width of three.
    # (邢 丽告诉记者: the padding itself marks the name, whatever word follows it)
    if sur == 1 and _PAD.match(text, pos + sur):
        return text[pos : pos + sur + 2], pos + sur + 2
    if text[pos + sur : pos + sur + 1] == "某":
        return None  # 原副局长刘某违规插手…: a person the text keeps anonymous, no name
    given = 0
    for i in range(pos + sur, min(len(text), pos + sur + 2)):
        ch = text[i]
        if not ("\u4e00" <= ch <= "\u9fff") or (given == 1 and (
                # (主任崔永和，…: 和 before a comma joins nothing, it ends the name)
                # (市长罗清和告诉记者: 和 before a verb of saying ends no name either)
                (ch in _AFTER_NAME and not (ch == "和" and (text[i + 1 : i + 2] in _LIST_MARKS or _TELLS.match(text, i + 1))))
                or _WORD_AFTER_NAME.match(text, i)
                # 副市长欧阳帆分别陪同: a very common word (分别, 作为) starts after the name
                or word_frequencies().get(text[i : i + 2], 0) >= _COMMON_WORD)):
            break
        given += 1
    if given == 0:
        return None
    # 市政协委员和其他列席人员: a given name is not one of the commonest words (其他, 有关,
    # 群众; jieba counts ≥ 10000), while names that are words stay (建国 3083, 志强 15).
    if given == 2 and word_frequencies().get(text[pos + sur : pos + sur + 2], 0) >= _COMMON_WORD:
        return None
    # 副县长和各位发布人: a conjunction that is also a surname, before a word, joins no name
    if sur == 1 and text[pos] in "和与及" and given == 2 and word_frequencies().get(text[pos + 1 : pos + 3], 0) > _RARE_IN_NAME:
        return None
    # 由县委书记任组长: a post noun (组长, 局长) after a surname-like character is no given name
    if given == 2 and text[pos + sur + 1] == "长" and word_frequencies().get(text[pos + sur : pos + sur + 2], 0) > 0:
        return None
    end = pos + sur + given
    if re.match(r"\d+号", text[end : end + 6]):
        return None  # 沂水县长安中路198号: a street before its house number, no 县长 named
    if _ORGAN_GOES_ON.match(text, end):
        return None  # …常委、委员和县纪委书记: 和县纪 is no name, the organ goes on after it
    if sur + given == 2 and word_frequencies().get(text[pos:end], 0) >= _COMMON_WORD:
        return None  # 省市县长项目工程: 项目 is a word, no one of the surname 项
    if sur == 1 and given == 2 and _FOURTH_NAME_CHAR.match(text, end):
        end += 1  # 索南达杰出席, 罗布次仁到…: a four-character name (Tibetan) that reads as surname + three
    elif sur == 1 and given == 2:
        end = _long_name_end(text, end)
    return text[pos:end], end


# Words a headline or a report puts right after a post: what happens to it, not who holds it
_CHANGE_NEWS = ("辞职", "调整", "接任", "离任", "卸任", "履新", "到任", "人选", "空缺", "班子", "易人", "换人", "变动",
                "曾任", "落马", "被查")
_TELLS = re.compile(r"告诉|表示|介绍|指出|说[,，:：]")
_FROM_OFFICE = re.compile(_NAME_OR_DOTTED + r"(?:同志)?从")
_LEFT_OFFICE = re.compile(r"(?:任上|岗位上)(调任|转任|提任|升任|交流任)?")
_MOVED_TO = re.compile(r"(?:同志)?(?:已?于\d{4}年\d{1,2}月)?(?:调任|升任|转任|改任|兼任|提任|交流任)")
_ORGAN_GOES_ON = re.compile(r"委(?:常务)?副?书记|委常委|委员会")
# 敖登格日乐介绍, 孟和巴雅尔,: a Mongolian name that reads as surname + two runs on to a verb of saying
# or to the comma of a list.
_SAYS_AFTER = re.compile(r"([\u4e00-\u9fff]{1,2}?)(?:介绍|表示|指出|强调|汇报|说[,，:：]|会见|主持(?!人)|出席|讲话|致辞"
                         r"|[,，、;；])")  # (旗监委主任孟和巴雅尔,旗委常委…: a list's comma ends it too)
_RARE_IN_NAME = 50  # a jieba count above this makes the characters a word, not a name's
_VERB_PART = 50  # no part of a transliterated name is a verb this common (访谈 653, 奋战 294; 达来 6 is a name)


def _long_name_end(text: str, end: int) -> int:
    """Where a name read as surname + two ends when one or two more name characters stand
    before a verb of saying; ``end`` unchanged unless those characters form no word, alone
    or with the name's last character (李伟明确表示, 王刚近日表示: no)."""
    m = _SAYS_AFTER.match(text, end)
    if m is None:
        return end
    more = m.group(1)
    if more == "和":
        return m.end(1)  # 巴图孟和主持: 和 right before a verb joins no second name, it ends this one
    if any(ch in _AFTER_NAME for ch in more) or _WORD_AFTER_NAME.search(more) or more[0] in "来去回":
        # 庞宏远来株调研: came to 株洲, no name character
        return end
    freq = word_frequencies()
    pieces = [text[end - 1 : end + 1], more] + ([text[end - 1 : end + 2]] if len(more) == 2 else [])
    if any(len(p) >= 2 and freq.get(p, 0) > _RARE_IN_NAME for p in pieces):
        return end
    return m.end(1)


def parse_header(header: str, divisions: list[DivisionMention], offset: int = 0) -> OfficialMention | None:
    """Parse a speaker line (``杭州市委常委、余杭区委书记 刘颖``) into a name and its posts.

    ``divisions`` are the division mentions of the header (offsets relative to it);
    ``offset`` is added to every offset of the result.
    """
    by_start = {d.start: d for d in divisions}
    # 【县统计局局长 寇慧敏】, 主持人:市委宣传部副部长 罗晓岚: the turn inside its brackets or after its role
    bracketed = BRACKETED_TURN_RE.match(header.strip())
    role = re.match(EVENT_ROLE_SRC, header)
    if bracketed or role:
        k = header.index("【") + 1 if bracketed else role.end()
        inner = bracketed.group(1) if bracketed else header[k:]
        return parse_header(inner, [replace(d, start=d.start - k, end=d.end - k) for d in divisions if d.start >= k],
                            offset + k)
    m = re.match(r"^(.*?[\u4e00-\u9fff])\s+([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s*[:：]?\s*$", header)
    if m:
        titles, name = m.group(1), re.sub(r"\s+", "", m.group(2))
        posts = post_chain(titles, 0, by_start)
        if posts and posts[-1].end == len(titles):
            shifted = tuple(_shift(p, offset) for p in posts)
            return OfficialMention(name, offset + m.start(2), offset + m.end(2), shifted, source="header")
    # 张霞 云和县崇头镇党委副书记、镇长 / 黎伟挺 (new line) 浙江省公安厅党委副书记、常务副厅长
    m = re.match(r"^(?:[■□▲◆]\s*)?([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s+(\S.*?)\s*$", header)
    if m:
        name = re.sub(r"\s+", "", m.group(1))
        posts = post_chain(header, m.start(2), by_start)
        if posts and posts[-1].end == m.end(2):
            shifted = tuple(_shift(p, offset) for p in posts)
            return OfficialMention(name, offset + m.start(1), offset + m.end(1), shifted, source="header")
    return None


def _shift(p: PostMention, offset: int) -> PostMention:
    return PostMention(p.start + offset, p.end + offset, p.title, p.division, p.level)


_NOT_NAME_END = set("省市区县州旗盟镇乡村局委部厅办院所队站港湾岛山河湖")
_NOT_NAME_START = set("由将以从把请其该他她我你这那各原现新")  # 决定由X任…: the name comes after
# On a list line of its own a given name may end in 山 (张庆山) and 那 is a surname (那　楠)
_NOT_LIST_NAME_END = _NOT_NAME_END - set("山河湖岛湾港")
_NOT_LIST_NAME_START = _NOT_NAME_START - {"那"}
_NAME_END = re.compile(r"[、,，;；。 ]|" + _WORD_AFTER_NAME.pattern)
# 副市长邓海燕、寻　亮陪同: a listed name, padded to three characters or not
_LISTED_NAME = re.compile(r"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,5}?)(?=[、,，;；。]|参加|出席|陪同|列席|等)")


def _listed_name(text: str, pos: int) -> tuple[str, int] | None:
    m = _LISTED_NAME.match(text, pos)
    if m is None or m.group()[-1] in _NOT_NAME_END:
        return None  # 、海口市、: a place in the list
    return m.group(), m.end()


def _starts_post(text: str, pos: int, by_start: dict[int, DivisionMention]) -> bool:
    """Whether a post begins at ``pos`` (瑞金市委书记杨晓峰、市长龚丽: 市长 is a post)."""
    post, _ = posts_at(text, pos, by_start)
    return post is not None


def _same_place_as_before(posts: list[PostMention], out: list[OfficialMention], text: str,
                          pos: int) -> list[PostMention]:
    """瑞金市委书记杨晓峰、市长龚丽 / 巍山县委书记阿苏日且、县长左建平: a post with no division
    right after the previous official's name is of that official's division, at its level."""
    if not out or posts[0].division is not None or not posts[0].level or out[-1].end != pos - 1:
        return posts
    if text[pos - 1] not in "、,，":
        return posts
    # (天津市合作交流办副主任A,副市长B: after a department's post the head's post is not
    # of the department's division for that reason)
    named = [p.division for p in out[-1].posts if p.division is not None and not _DEPARTMENT_POST.search(p.title)]
    if len({d.surface for d in named}) > 1 or any(p.division is None and p.level == posts[0].level for p in out[-1].posts):
        # 南阳市委常委、邓州市委书记宁国强,市委常委乔立峰 / 市委常委、禹州市委书记司马骏,副市长冀慧敏:
        # which city is the list's?
        return posts
    previous = named[-1] if named else None
    if previous is None or not _division_level_char(previous).endswith(posts[0].level):
        return posts
    opened = max(text.rfind(c, 0, pos) for c in "。！？\n")
    if any(o.start > opened and all(p.division is None and p.level == posts[0].level for p in o.posts) for o in out[:-1]):
        # 市委副书记、市长A,韶关市委常委、常务副市长B,市委常委C: A's bare posts made the list's 市 the
        # text's own city; B is a guest (市委常委、温岭市委书记A,温岭市委副书记、市长B,市委常委、常务
        # 副市长C: A's bare seat is no such sign, C is 温岭's)
        return posts
    return [PostMention(p.start, p.end, p.title, previous) if p.division is None and p.level == posts[0].level else p
            for p in posts]


_DEPARTMENT_POST = re.compile(r"(?:局|办|厅|中心|办公室)(?:党组|党委)?(?:常务)?副?[\u4e00-\u9fff]{0,2}$")


def _division_level_char(div: DivisionMention) -> str:
    """The level character a division's name ends in (瑞金市 -> 市, 巍山县 -> 县)."""
    names = [div.surface] + [c.name for c in div.candidates]
    return next((n[-1] for n in names if n and n[-1] in LEVELS), "")


# 副市长王建勋、林志鸿（挂职）、海丽娟: a note on how a name holds the post
_NAME_ASIDE = re.compile(r"[(（](?:挂职|兼|正厅级|副厅级|正处级|副处级|女|回族|蒙古族|藏族|满族|壮族|苗族|彝族|土家族|列席|主持|特邀)[)）]")


def _past_aside(text: str, pos: int) -> int:
    """``pos``, or the end of a note in brackets written there after a name."""
    m = _NAME_ASIDE.match(text, pos)
    return m.end() if m else pos


def _holders_after(text: str, pos: int, posts: list[PostMention], by_start: dict[int, DivisionMention],
                   out: list[OfficialMention]) -> int:
    """The names listed after an official's name at ``pos`` that hold the same posts
    (副主任邓丽、周向东、冉光华), and a further role of the same organ set off by a comma
    (,秘书长马俊); appends them to ``out`` and returns where they end."""
    taken_until = _past_aside(text, pos)
    # 字海峰、和振东: in a list after a title, any two or three characters are a name.
    while text[taken_until : taken_until + 1] == "、" and not _starts_post(text, taken_until + 1, by_start):
        more = _name_at(text, taken_until + 1)
        listed = _listed_name(text, taken_until + 1)
        if listed and (more is None or (more[1] < listed[1] and not _NAME_END.match(text, more[1]))):
            more = listed  # 乌云其木格: a longer name ends at the list's mark, not inside
        if more is None:
            break
        out.append(OfficialMention(more[0], taken_until + 1, more[1], tuple(posts)))
        taken_until = _past_aside(text, more[1])
    m = _NEXT_IN_LIST.match(text, taken_until)
    if m:
        # ,党组成员、秘书长岑丽娜: one or more roles of the same organ, then the name
        roles, at = [], m.start(1)
        while (role := CONTINUATION.match(text, at)) is not None:
            roles.append(role)
            if text[role.end() : role.end() + 1] != "、" or not CONTINUATION.match(text, role.end() + 1):
                break
            at = role.end() + 1
        name = _name_at(text, roles[-1].end()) if roles else None
        if roles and name:
            organ = ROLE_AT_END.sub("", posts[-1].title)
            more = tuple(PostMention(r.start(), r.end(), r.group() if r.group().startswith(organ) else organ + r.group(),
                                     posts[-1].division, posts[-1].level) for r in roles)
            out.append(OfficialMention(name[0], roles[-1].end(), name[1], more))
            # …,副主任祁永胜、贾春梅陪同: the deputies listed after it, and a further role
            taken_until = _holders_after(text, name[1], list(more), by_start, out)
    return taken_until


# A clause opened by a deputy or secretary-general of an organ named earlier in the sentence.
_LED_ROLE = re.compile(r"(?<=[,，;；和])(?:常务)?(?:副主任|副主席|秘书长)(?=[\u4e00-\u9fff])")
_ORGAN_HEAD = re.compile(r"^(?:人大常委会|政协)(?:主任|主席)$")


def _organ_head_before(text: str, pos: int, out: list[OfficialMention]) -> PostMention | None:
    """The head of a 人大常委会 or 政协 named earlier in ``pos``'s sentence, if any."""
    stop = max(text.rfind(ch, 0, pos) for ch in "。！？\n")
    before = sorted((o for o in out if stop < o.start and o.end <= pos), key=lambda o: o.start, reverse=True)
    for official in before:
        head = next((p for p in official.posts if _ORGAN_HEAD.match(p.title)), None)
        if head is not None:
            return head
    return None

# Where a post of a zone, a town or the page's organ opens (one scan: it runs at every clause start)
_UNNAMED_POST_START = re.compile(ZONE_POST_START.pattern + "(?=" + "|".join(
    f"(?:{r.pattern})" for r in (ZONE_POST, BARE_TOWN, ORGAN_POST)) + ")")
# 局党组成员、副局长：杨晓红、何俊峰、罗德明 (a department's leaders block: the posts, a colon, the names)
_ROLE_LINE = re.compile(r"^[ \u3000]*(?=[^\s])([^\n：:]{2,30}?)[：:][ \u3000]*([\u4e00-\u9fff·]{2,6}(?:[、，,][ \u3000]*[\u4e00-\u9fff·]{2,6})*)[ \u3000]*$", re.M)


_ROLE_LINE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")


def _joined_chain(text: str, pos: int, by_start: dict) -> list[PostMention]:
    """The chain of posts at ``pos``, going on after 和/及 (县委常委、委员和县纪委书记)."""
    posts = post_chain(text, pos, by_start)
    while posts and text.startswith(("和", "及"), posts[-1].end):
        more = post_chain(text, posts[-1].end + 1, by_start)
        if not more:
            break
        posts += more
    return posts


def _role_line_officials(text: str, by_start: dict[int, DivisionMention], found: list[OfficialMention]) -> list[OfficialMention]:
    """Lines that give posts, a colon and the names holding them (局党组书记、局长：蒲志强)."""
    out = []
    for m in _ROLE_LINE.finditer(text):
        posts = post_chain(text, m.start(1), by_start)
        if not posts or posts[-1].end != m.end(1) or any(o.start >= m.start(2) and o.end <= m.end(2) for o in found):
            continue
        for name in _ROLE_LINE_NAME.finditer(text, m.start(2), m.end(2)):
            if opens_with_surname(name.group()):
                out.append(OfficialMention(name.group(), name.start(), name.end(), tuple(posts)))
    return out


_HELD_BY = re.compile(r"的[\u4e00-\u9fff]{0,10}?(?:干部|同志|专家|人才)")


# 责任单位：市水利局（局长温建新）、阁山镇（党委书记敖海林、镇长黄晓冬）: an organ, then in brackets
# the roles it names and who holds them
_ORGAN_BRACKET = re.compile(r"(?:^|(?<=[：:、，,；;\s]))(?P<organ>[\u4e00-\u9fff]{2,24}?)[（(](?P<items>[^（）()\n]{3,48})[）)]")


def _organ_bracket_officials(text: str, found: list[OfficialMention]) -> list[OfficialMention]:
    """Names in brackets after the organ they serve, each after its role (市水利局（局长温建新）):
    the organ and the role read as one post (水利局局长); a role with no name goes with the next
    name (樟树经济开发区管委会（党工委副书记、管委会主任钟　斌）)."""
    out = []
    for m in _ORGAN_BRACKET.finditer(text):
        organ, at, pending = m.group("organ"), m.start("items"), []
        for item in re.split(r"[、，,]", m.group("items")):
            start = text.find(item, at)
            at = start + len(item) + 1
            kept = [k for k, ch in enumerate(item) if ch not in " \u3000"]  # (钟　斌: padded)
            compact = "".join(item[k] for k in kept)
            # the role is what reads as a post of the organ; the name, two or three characters, the rest
            split = next((k for k in (2, 3) if len(compact) > k + 1 and opens_with_surname(compact[-k:])
                          and _organ_chain(organ, compact[:-k], 0)), None)
            if split is None:
                if _organ_chain(organ, compact, 0):
                    pending.append(compact)  # (党工委副书记、…: a role whose holder comes after the next)
                continue
            posts = [p for role in [*pending, compact[:-split]] for p in _organ_chain(organ, role, m.start("organ"))]
            pending = []
            name_at, name_end = start + kept[-split], start + kept[-1] + 1
            # (阁山镇（…、镇长黄晓冬）: the bare 镇长 read before names no town; this reading does)
            found[:] = [o for o in found if not (o.start == name_at and all(p.level for p in o.posts))]
            out.append(OfficialMention(compact[-split:], name_at, name_end, tuple(posts)))
    return out


def _organ_chain(organ: str, role: str, shift: int) -> list[PostMention]:
    """The posts ``organ`` + ``role`` read as (水利局 + 局长 -> 水利局局长; a zone's 管委会 + 管委会主任
    or 党工委副书记 -> the zone's), offsets moved by ``shift``; [] if they are not one chain."""
    held = re.sub(r"(?:管委会|党工委)$", "", organ) + role if re.match(r"管委会|党工委", role) else organ + role
    posts = post_chain(held, 0, {d.start: d for d in find_divisions(held) if d.candidates})
    if not posts or posts[-1].end != len(held):
        return []
    return [PostMention(p.start + shift, p.end + shift, p.title,
                        replace(p.division, start=p.division.start + shift, end=p.division.end + shift)
                        if p.division is not None else None, p.level) for p in posts]


# 伍建国（市委常委、鼎城区委书记）：…, 出席的有张三（县委书记）、李四（县长）: a name, its posts in brackets
_NAME_BRACKET = re.compile(r"(?:^|(?<=[\s，,。；;：:、“】]))(?:任命|提名|选举|推选|补选|聘任|聘请|同意)?("
                           + DOTTED + r"|[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)[（(]")


_COMPANY_ROLE_CLOSE = re.compile(r"[^（）()\n]{2,30}?(?:公司|集团|厂|合作社|协会|商会)(?:党委书记|董事长|总经理|经理|负责人|理事长|会长|厂长)[)）]")
_NAMES_BEFORE = re.compile(r"(?:^|(?<=[：:\s]))((?:[\u4e00-\u9fff]{2,3}、)+)$")


def _bracketed_posts(text: str, by_start: dict[int, DivisionMention], found: list[OfficialMention]) -> list[OfficialMention]:
    """Names whose posts follow in brackets, the bracket holding nothing else."""
    out = []
    for m in _NAME_BRACKET.finditer(text):
        name = re.sub(r"[ \u3000]", "", m.group(1))
        if not (DOT in name or opens_with_surname(name)) or any(o.start <= m.start(1) < o.end for o in found):
            continue
        posts = post_chain(text, m.end(), by_start)
        # (胥国良（县政协常委，黄川镇党委副书记、镇长）: chains a comma separates; …，东海县润丰食品有限公司
        # 董事长）: a company's role after them closes the bracket too)
        while posts and text[posts[-1].end : posts[-1].end + 1] in (",", "，"):
            more = post_chain(text, posts[-1].end + 1, by_start)
            if not more:
                break
            posts = posts + more
        closes = posts and (text[posts[-1].end : posts[-1].end + 1] in ")）" or (
            text[posts[-1].end : posts[-1].end + 1] in (",", "，") and _COMPANY_ROLE_CLOSE.match(text, posts[-1].end + 1)))
        if closes:
            out.append(OfficialMention(name, m.start(1), m.end(1), tuple(posts)))
            # 成员：刘婧、宋凯（县委政研室副主任）: the names listed before share the bracket
            listed = _NAMES_BEFORE.search(text, 0, m.start(1))
            if listed:
                at = listed.start(1)
                for before in listed.group(1).split("、")[:-1]:
                    if opens_with_surname(before) and not any(o.start <= at < o.end for o in found):
                        out.append(OfficialMention(before, at, at + len(before), tuple(posts)))
                    at += len(before) + 1
    return out


def find_officials(text: str, divisions: list[DivisionMention]) -> list[OfficialMention]:
    """Inline officials: a chain of posts followed directly by a name, and 习近平总书记 forms."""
    by_start = {d.start: d for d in divisions if d.candidates}
    zone_starts = {m.start() for m in _UNNAMED_POST_START.finditer(text)}
    starts = sorted(set(by_start) | {m.start() for m in POST_START.finditer(text)} | zone_starts)
    out: list[OfficialMention] = []
    organ_only: list[OfficialMention] = []
    taken_until = -1
    for pos in starts:
        if pos < taken_until:
            continue
        posts = post_chain(text, pos, by_start)
        if not posts:
            continue
        posts = _same_place_as_before(posts, out, text, pos)
        after = posts[-1].end
        aside = POST_ASIDE.match(text, after)  # 副县长(挂职)李思远
        if aside:
            after = aside.end()
        if text[after : after + 1] in (",", "，") and _name_at(text, after) is None:
            # 州委常委、副州长(挂职),浙江省援青指挥部党委书记、指挥长周浩; 第三师党委常委、副师长,
            # 图木舒克市委常委、副市长雷振宇: posts of one person in two places, then the name
            more = post_chain(text, after + 1, by_start)
            if more and _name_at(text, more[-1].end) is not None:
                posts, after = posts + more, more[-1].end
        name = _name_at(text, after)
        if name is None and text[after : after + 1] in (" ", "\u3000"):
            # （同期声：县农业农村局局长 李俊峰）: a caption's post, a space, the name that closes it
            gap = len(text[after : after + 2]) - len(text[after : after + 2].lstrip(" \u3000"))
            spaced = _name_at(text, after + gap)
            if spaced is not None and text[spaced[1] : spaced[1] + 1] in ("", "）", ")", "\n", "，", ",", "、", "；", ";", "。"):
                name = spaced
        if name is None and text[max(0, pos - 2):pos] in ("挂任", "挂职", "现任", "担任"):
            # 挂任疏附县委副书记的广州援疆干部林俊熙: the post, then who holds it
            held_by = _HELD_BY.match(text, after)
            name = _name_at(text, held_by.end()) if held_by else None
        if name is None:
            continue
        # (副厅长樊立新: a post of the page's own organ, kept only where nothing else reads the name)
        found = organ_only if all(p.level == ORGAN_LEVEL for p in posts) else out
        found.append(OfficialMention(name[0], after, name[1], tuple(posts)))
        taken_until = _holders_after(text, name[1], posts, by_start, found)
        moved = _MOVED_TO.match(text, name[1])
        new_posts = post_chain(text, moved.end(), by_start) if moved else []
        if new_posts:  # 副县长李文斌同志调任临沂市商务局副局长: the post he went on to hold too
            out.append(OfficialMention(name[0], after, name[1], tuple(new_posts)))
            taken_until = max(taken_until, new_posts[-1].end)
    # 州人大常委会主任韩立新主持会议,副主任A、B,秘书长C出席: roles of the organ whose head the
    # sentence named, each opening a clause.
    for m in _LED_ROLE.finditer(text):
        if any(o.start <= m.start() < o.end or any(p.start <= m.start() < p.end for p in o.posts) for o in out):
            continue
        head = _organ_head_before(text, m.start(), out)
        name = _name_at(text, m.end()) if head is not None else None
        if name is None:
            continue
        organ = ROLE_AT_END.sub("", head.title)
        posts = [PostMention(m.start(), m.end(), organ + m.group(), head.division, head.level)]
        out.append(OfficialMention(name[0], m.end(), name[1], tuple(posts)))
        _holders_after(text, name[1], posts, by_start, out)
    # 贺秦川从佛坪县委副书记、县长任上调任留坝县委书记: the posts he left (once held) and the one he took
    for m in _FROM_OFFICE.finditer(text) if ("任上" in text or "岗位上" in text) else ():
        name = _name_at(text, m.start(1))
        left = post_chain(text, m.end(), by_start) if name and name[1] == m.end(1) else []
        gone = _LEFT_OFFICE.match(text, left[-1].end) if left else None
        if gone is None:
            continue
        out.append(OfficialMention(name[0], m.start(1), name[1], tuple(left), extra={"past": True}))
        taken = post_chain(text, gone.end(), by_start) if gone.group(1) else []
        if taken:
            out.append(OfficialMention(name[0], m.start(1), name[1], tuple(taken)))
    # 任命蒋立为区教育局局长, 免去刘振华的市财政局局长职务: the name before the post; and
    # the appointments that follow in the same list (…主任,谢丽萍为市财政局局长).
    for m in list(_APPOINTED.finditer(text)) + list(_REMOVED.finditer(text)):
        while m:
            g = 1 if m.group(1) else 2  # 免去X的… / 接受X辞去…
            name = _name_at(text, m.start(g)) or _listed_name(text, m.start(g))
            if ((name is None or name[1] != m.end(g)) and m.group(g)[-1] not in _NOT_NAME_END
                    and m.group(g)[0] not in _NOT_NAME_START):
                name = (m.group(g), m.end(g))  # 任命次旦多吉为…: the notice's grammar delimits it
            posts = post_chain(text, m.end(), by_start) if name and name[1] == m.end(g) else []
            if not posts or text.startswith("候选人", posts[-1].end):
                break  # (提名为…县长候选人: a nomination, no post held)
            end = posts[-1].end
            leaves = _NO_LONGER.match(text, end)
            left = post_chain(text, leaves.end(), by_start) if leaves else []
            if left:
                posts, end = posts + left, left[-1].end + (2 if text.startswith("职务", left[-1].end) else 0)
            out.append(OfficialMention(name[0], m.start(g), name[1], tuple(posts)))
            aside = POST_ASIDE.match(text, end)  # (…为新源县人民政府副县长（挂职），X为…)
            m = _NEXT_APPOINTED.match(text, aside.end() if aside else end)
    if "任" in text or "免" in text:
        for m in _LIST_LINE.finditer(text):
            name = m.group(1)
            # (a line of its own names a person: 张庆山的…职务, 那　楠为…; only an organ's or a
            # place's name is ruled out, not a given name ending in 山 or a surname 那)
            if (name[-1] in _NOT_LIST_NAME_END or name[0] in _NOT_LIST_NAME_START
                    or name.startswith(("免去", "任命", "接受", "决定"))):
                continue
            posts = post_chain(text, m.end(), by_start)
            leaves = _NO_LONGER.match(text, posts[-1].end) if posts else None
            left = post_chain(text, leaves.end(), by_start) if leaves else []
            # (许明同志任…中心主任,免去其…副主任职务;: the post left was held until now)
            if posts and (_LIST_LINE_END.match(text, (left or posts)[-1].end) or (leaves and not left)):
                out.append(OfficialMention(name, m.start(1), m.end(1), tuple(posts + left)))
    if "同志" in text:
        for m in _COMRADE_CLAUSE.finditer(text):
            name = 2  # the group of the name before 同志 (1 holds the names listed before it)
            if any(o.start <= m.start(name) < o.end for o in out):
                continue  # (a list line read above)
            posts = _joined_chain(text, m.end(), by_start)
            end = posts[-1].end if posts else m.end()
            aside = POST_ASIDE.match(text, end)  # (…管委会副主任（正科级），免去其…)
            end = aside.end() if aside else end
            if posts and (left := _NO_LONGER.match(text, end)):
                posts += _joined_chain(text, left.end(), by_start)
                end = posts[-1].end
            if posts and _COMRADE_CLAUSE_END.match(text, end):
                out.append(OfficialMention(m.group(name), m.start(name), m.end(name), tuple(posts)))
                at = m.start("others")
                for other in filter(None, m.group("others").split("、")):  # 金学军、甘露同志任…副局长
                    out.append(OfficialMention(other, at, at + len(other), tuple(posts)))
                    at += len(other) + 1
                before = _joined_chain(text, m.start("before"), by_start) if m.group("before") else []
                if before:  # held before the appointment: no post on the document's date
                    out.append(OfficialMention(m.group(name), m.start(name), m.end(name), tuple(before), extra={"past": True}))
    for m in _NAMED_HOLDS.finditer(text):
        if not opens_with_surname(m.group(1)) or any(o.start <= m.start(1) < o.end for o in out):
            continue
        posts = _joined_chain(text, m.end(), by_start)
        if posts and _COMRADE_CLAUSE_END.match(text, posts[-1].end):
            out.append(OfficialMention(m.group(1), m.start(1), m.end(1), tuple(posts)))
    # 任命拉巴卓嘎、张凯为日喀则市中级人民法院审判员: several people to the same post (also on a
    # list line of its own under 任命: 聂晓峰、鲍佳宁为新乡市中级人民法院审判员)
    for m in [*_APPOINTED_LIST.finditer(text), *(_LIST_LINE_NAMES.finditer(text) if "任" in text else ())]:
        posts = post_chain(text, m.end(), by_start)
        if posts:
            at = m.start(1)
            for name in m.group(1).split("、"):
                out.append(OfficialMention(name, at, at + len(name), tuple(posts)))
                at += len(name) + 1
    out.extend(_role_line_officials(text, by_start, out))
    out.extend(_bracketed_posts(text, by_start, out))
    if "（" in text or "(" in text:
        out.extend(_organ_bracket_officials(text, out))
    out.extend(profile_officials(text, by_start))
    out.extend(name_line_officials(text, by_start))
    out.extend(roster_officials(text, by_start))
    if "镇" in text or "乡" in text or "街道" in text:
        out.extend(town_roster_officials(text))
    out.extend(o for o in organ_only if not any(x.start < o.end and o.start < x.end for x in out))
    for m in _NATIONAL_AFTER.finditer(text):
        end = m.start()
        for length in (3, 2):
            s = end - length
            if s >= 0 and (text[s] in _SURNAMES_1 or text[s : s + 2] in _SURNAMES_2) and all(
                "\u4e00" <= ch <= "\u9fff" for ch in text[s:end]
            ):
                out.append(OfficialMention(text[s:end], s, end, (PostMention(m.start(), m.end(), m.group().removeprefix("国务院")),)))
                break
    out.sort(key=lambda o: o.start)
    return out
