"""Careers: a cadre's profile (谭国庆,男,汉族,…历任…现任…), a timeline (2019.03—2021.09　…) and a
leaders page's name lines (俞岚峰　县委副书记，县长), read into the posts each person holds or held."""

from __future__ import annotations

import re

from kg.nlp.divisions import DivisionMention
from kg.nlp.posts import POST_ASIDE, TOWN_LEVEL, OfficialMention, PostMention, post_chain
from kg.nlp.surnames import DOTTED, opens_with_surname
# A cadre's profile names the person first (谭国庆,男,汉族,1977年9月生,…), on a line of its own or
# after a label (个人简历:俞岚峰,男,…); its posts follow a comma or a verb of holding.
# (王建国,1971年3月生,汉族,…; 阿依古丽,女,维吾尔族,…; or a form's 姓名:李红梅 on a line of its own)
_NAME = r"(" + DOTTED + r"|[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,4}?)"
PROFILE = re.compile(r"(?:^|(?<=[\n。；;：:】]))[ \u3000]*(?:" + _NAME + r"[，,](?:男|女|[\u4e00-\u9fff]{1,5}族|\d{4}年\d{1,2}月出?生)[，,]"
                     # 鞠维成同志1942年11月生于山东安丘,… (an obituary's life)
                     r"|" + _NAME + r"同志[，,]?\d{4}年\d{1,2}月出?生"
                     r"|姓[ \u3000]*名[:：][ \u3000]*" + _NAME + r"[ \u3000]*(?=\n))")
# Posts proposed in a 任前公示 (拟任…, 拟提名为…) are not held; the profile's paragraph ends it
# too, and so does a line that does not go on with the career (历任…, 现任…, 2023年3月任…).
_PROFILE_STOP = re.compile(r"拟任|拟提名|拟推荐|拟作为|拟聘|拟进一步使用")
# 简历: / 工作经历: / 【履历】: the heading of a career written below a name
_RESUME_HEAD = r"【?(?:个人|工作|主要|任职)?(?:简[ \u3000]*历|经[ \u3000]*历|履[ \u3000]*历)(?:[:：]|】)"
# A line that goes on with a career: 历任…, a timeline's date, a heading, a form's field (性别:女 /
# 职务:…); 工作分工:… between a profile and its timeline is no post but does not end the career either
_CAREER_LINE = re.compile(r"\n(?:[ \u3000\t]*\n)?[ \u3000\t]*(?=历任|现任|曾任|先后|[（(]?其间|期间|\d{4}[年.．]"
                          r"|" + _RESUME_HEAD + r"|(?:工作)?分[ \u3000]*工[:：]"
                          r"|(?:性[ \u3000]*别|民[ \u3000]*族|籍[ \u3000]*贯|出生年月|出生日期|学[ \u3000]*历|学[ \u3000]*位|党[ \u3000]*派|政治面貌"
                          r"|参加工作时间|入党时间|(?:现任)?职[ \u3000]*务)[:：])")
_CAREER_START = re.compile(r"(?:^|(?<=\n))[ \u3000\t]*(?:" + _RESUME_HEAD + r"|历任|现任|曾任|\d{4}[.．年]\d{1,2}月?[ \u3000]*[—–\-－~～至])")
# 2019.03—2021.09　长兴县人民政府副县长 / 2021.09—　安吉县委常委: a timeline's line, closed or still held
_DATE = r"\d{4}[.．年]\d{1,2}月?"
_TIMELINE = re.compile(r"(?:^|(?<=\n))[ \u3000\t]*" + _DATE + r"[ \u3000]*[—–\-－~～至]+[ \u3000]*(?:(" + _DATE
                       + r")|至今|今)?[ \u3000]*(?:(?:起)?任)?")
# 七里河区经济贸易局科员、副局长: a rank held in an organ (no post) before the organ's post
_RANK_BEFORE = re.compile(r"(?P<organ>[^\s、，,。；;（）()]{2,24}?)(?:副?主任科员|科员|办事员|干部|侦查员|民警|职员|技术员|教员|教师|工作人员)、")
_HOLDING_CUE = re.compile(r"[，,。；;]|(?:历任|现任|曾任|先后任|先后担任|担任|兼任|调任|当选|任|(?:现任)?职[ \u3000]*务[:：][ \u3000]*)")
_NOW_HELD = "现任"
# 俞岚峰　县委副书记，县人民政府县长、党组书记: a leaders page's line, the name then its posts
_NAME_LINE = re.compile(r"^[ \u3000]*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)[ \u3000]+(?=[^ \u3000\n])", re.M)
# 郝建勋 / 市委常委、常务副市长，市政府党组副书记: a leaders page's name on a line of its own, its posts below
_NAME_ALONE = re.compile(r"^[ \u3000]*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)[ \u3000]*\n[ \u3000]*(?=[^\s])", re.M)
# 3｜邢玉海｜县人大常委会主任｜山东麦香源面业有限公司｜县农业农村局: a table's row, a name's cell
# (after its number's) and then a cell of its posts
_CELL = re.compile(r"[｜|\t]")
_NAME_CELL = re.compile(r"^[ \u3000]*(?:\d{1,3}[ \u3000]*" + _CELL.pattern + r"[ \u3000]*)?([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)"
                        r"[ \u3000]*" + _CELL.pattern + r"[ \u3000]*(?=[^ \u3000\n])", re.M)


# 綦振东同志2024年度述职述廉报告: a report on one's own work names its author in its title; his
# career is told in the first person below it (本人2022年9月任…县委副书记、代县长,…现任…)
_OWN_REPORT = re.compile(r"(?:^|(?<=\n))[ \u3000]*" + _NAME + r"(?:同志)?[ \u3000]*(?:\d{4}年度?|[一二〇零]{4}年度?)?(?:个人)?"
                         r"述(?:职|责)(?:述廉|述德|述法|述学)*报告[ \u3000]*(?=\n)")
_FIRST_PERSON_CAREER = re.compile(r"本人(?:于|自)?(?:\d{4}年\d{1,2}月(?:起)?(?:任|担任|兼任)|现任|历任|先后任)")


def report_author(text: str) -> str | None:
    """The author a report on one's own work names in its title (綦振东同志2024年度述职述廉报告)."""
    title = _OWN_REPORT.search(text)
    return re.sub(r"[ \u3000]", "", title.group(1)) if title else None


def author_officials(text: str, by_start: dict[int, DivisionMention], author: str) -> list[OfficialMention]:
    """The author's posts where his report tells his career in the first person: the paragraph
    of a 本人 that opens one (本人2022年9月任…县委副书记、代县长，…现任…); ``本人`` is the mention."""
    out: list[OfficialMention] = []
    for career in _FIRST_PERSON_CAREER.finditer(text):
        line_end = text.find("\n", career.start())
        out += _career_posts(text, by_start, author, career.start(), career.start() + 2, career.start() + 2,
                             len(text) if line_end < 0 else line_end)
    return out


def profile_officials(text: str, by_start: dict[int, DivisionMention]) -> list[OfficialMention]:
    """The posts of each cadre's profile (谭国庆,男,汉族,…): see :func:`_career_posts`."""
    out: list[OfficialMention] = []
    profiles = list(PROFILE.finditer(text))
    for k, m in enumerate(profiles):
        end = profiles[k + 1].start() if k + 1 < len(profiles) else len(text)
        g = next(k for k in (1, 2, 3) if m.group(k))  # (a form's 姓名: line, an obituary's 同志: other groups)
        out += _career_posts(text, by_start, re.sub(r"[ \u3000]", "", m.group(g)), m.start(g), m.end(g), m.end(),
                             _career_end(text, m.end(), end))
    return out


def _career_end(text: str, start: int, limit: int) -> int:
    """Where a career that starts at ``start`` ends: the end of its line, or of the lines after it
    that go on with it (历任…, 现任…, 2023年3月任…, 2019.03—2021.09　…)."""
    line_end = text.find("\n", start, limit)
    while line_end >= 0 and (more := _CAREER_LINE.match(text, line_end)):
        line_end = text.find("\n", more.end(), limit)
    return limit if line_end < 0 else line_end


def _career_posts(text: str, by_start: dict[int, DivisionMention], name: str, name_start: int, name_end: int,
                  start: int, end: int) -> list[OfficialMention]:
    """The posts of one career written in ``text[start:end]``: 历任A，B，C等职 (past), 2023年1月起任D,
    现任E (held now); or a timeline, 2019.03—2021.09　F (past), 2021.09—　G (held now).

    One mention per chain of posts; a chain before 现任, or on a closed line of a timeline, is
    marked past (``extra["past"]``), and so is every chain of a career that says no 现任 at all
    (none is known to be held now). 拟任 posts are not held. A post written with a bare level
    (市发展和改革委员会主任 after 湖州市…) is of the last division of that level the career named.
    """
    stop = _PROFILE_STOP.search(text, start, end)
    end = stop.start() if stop else end
    now = text.find(_NOW_HELD, start, end)
    spans = sorted([(c.end(), None) for c in _HOLDING_CUE.finditer(text, start, end)
                    if not (c.group() in "，,。；;" and _HOLDING_CUE.match(text, c.end()))]  # (。历任…: the verb's)
                   + [(t.end(), t.group(1) is None) for t in _TIMELINE.finditer(text, start, end)])
    chains: list[tuple[list[PostMention], bool]] = []
    line_open: bool | None = None  # whether the timeline line being read is still held
    taken_until = start
    for at, open_line in spans:
        if open_line is not None:
            line_open = open_line
        elif text.rfind("\n", start, at) > text.rfind("\n", start, taken_until):
            line_open = None  # a line of its own that is no timeline's
        if at < taken_until:
            continue
        posts = post_chain(text, at, by_start) or _after_rank(text, at, by_start)
        if not posts or posts[-1].end > end:
            continue
        posts = [_of_named_level(p, text, by_start, start) for p in posts]
        past = not line_open if line_open is not None else (now < 0 or posts[0].start < now)
        chains.append((posts, past))
        taken_until = posts[-1].end
    held = {(p.title, p.division and p.division.surface) for posts, past in chains if not past for p in posts}
    out = []
    for posts, past in chains:
        if past:
            posts = [p for p in posts if (p.title, p.division and p.division.surface) not in held]
        if posts:
            out.append(OfficialMention(name, name_start, name_end, tuple(posts), extra={"past": True} if past else {}))
    return out


def _after_rank(text: str, at: int, by_start: dict[int, DivisionMention]) -> list[PostMention]:
    """The posts after a rank held in the same organ (经济贸易局科员、副局长 -> 经济贸易局副局长):
    read as if the rank were not written, offsets mapped back onto ``text``."""
    m = _RANK_BEFORE.match(text, at)
    if m is None:
        return []
    cut, shift = m.end("organ"), m.end() - m.end("organ")
    moved = lambda x: x if x < cut else x + shift  # noqa: E731
    virtual = text[:cut] + text[m.end():]
    shifted = {s: d for s, d in by_start.items() if s < cut}  # (one after the cut would keep its own offsets)
    return [PostMention(moved(p.start), moved(p.end), p.title, p.division, p.level)
            for p in post_chain(virtual, at, shifted)]


_BIRTHPLACE_END = re.compile(r"人[,，;；。（(]")


def _of_named_level(post: PostMention, text: str, by_start: dict[int, DivisionMention], since: int) -> PostMention:
    """``post`` with its bare level resolved to the last division of that level named since ``since``."""
    if post.division is not None or not post.level or post.level == TOWN_LEVEL:
        return post
    # (湖南衡阳县人: a birthplace is no place of the career)
    named = [d for s, d in by_start.items() if since <= s < post.start and d.candidates and d.surface.endswith(post.level)
             and not _BIRTHPLACE_END.match(text, d.end)]
    if not named:
        return post
    div = max(named, key=lambda d: d.start)
    return PostMention(post.start, post.end, post.title, div, None)


def name_line_officials(text: str, by_start: dict[int, DivisionMention]) -> list[OfficialMention]:
    """Lines that are a name and its posts (钱卓群　县委常委，县人民政府常务副县长、党组副书记), and the
    career written under such a line when no profile (…,男,…) names the person again:
    简历: / 2019.03—2021.09　长兴县人民政府副县长 / 2021.09—　安吉县委常委、常务副县长."""
    lines: list[OfficialMention] = []
    cells = [*_NAME_CELL.finditer(text)] if _CELL.search(text) else []
    for m in sorted([*_NAME_LINE.finditer(text), *_NAME_ALONE.finditer(text), *cells], key=lambda m: m.start()):
        name = re.sub(r"[ \u3000]", "", m.group(1))
        if not opens_with_surname(name):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if m.re is _NAME_CELL:
            cell_end = _CELL.search(text, m.end(), line_end)
            line_end = cell_end.start() if cell_end else line_end
        while line_end > m.end() and text[line_end - 1] in " \u3000":
            line_end -= 1
        posts: list[PostMention] = []
        at = m.end()
        while True:
            chain = post_chain(text, at, by_start)
            if not chain:
                break
            posts += chain
            at = chain[-1].end
            aside = POST_ASIDE.match(text, at)  # 副市长（挂职），市政府党组成员
            at = aside.end() if aside else at
            if at >= line_end or text[at] not in "，,；;":
                break
            at += 1
        if posts and at == line_end:
            lines.append(OfficialMention(name, m.start(1), m.end(1), tuple(posts), source="line"))
    out = list(lines)
    for k, line in enumerate(lines):
        block_end = lines[k + 1].start if k + 1 < len(lines) else min(len(text), line.start + 2000)
        if PROFILE.search(text, line.end, block_end):
            continue
        career = _CAREER_START.search(text, line.end, block_end)
        if career:
            out += _career_posts(text, by_start, line.name, line.start, line.end, career.start(),
                                 _career_end(text, career.start(), block_end))
    return out


# 【县委领导名录】 / 【霍山县人民政府领导名录】: a yearbook's list of an organ's leaders
_ROSTER_HEAD = re.compile(r"^[ \u3000]*【?[\u4e00-\u9fff]{0,10}?(?P<level>[省市区县州旗盟])(?P<organ>委|人民政府|政府|人大常委会|政协)"
                          r"(?:领导|班子成员)?(?:名录|名单)】?[ \u3000]*$", re.M)
_ROSTER_ROLES = ("书记", "副书记", "常委", "委员", "省长", "副省长", "市长", "副市长", "区长", "副区长", "县长", "副县长",
                 "州长", "副州长", "旗长", "副旗长", "盟长", "副盟长", "主任", "副主任", "主席", "副主席", "秘书长",
                 "副秘书长", "办公室主任")
# 汪启明(2021.09—2024.08) / 俞海涛(代县长,2024.09— ) / 储怀远(兼县公安局局长): a name and what its brackets add
_ROSTER_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)(?:[(（](?P<note>[^()（）]*)[)）])?(?=[ \u3000]|$)")
_CLOSED = re.compile(_DATE + r"[ \u3000]*[—–\-－~～至]+[ \u3000]*" + _DATE)


def _roster_title(level: str, organ: str, role: str) -> str:
    """The title a roster's role has in its organ, as a bare post is titled (县委副书记, 副县长,
    政府办公室主任, 人大常委会副主任)."""
    if organ == "委":
        return level + "委" + role
    if organ in ("人民政府", "政府"):
        return role if re.fullmatch(r"副?[省市区县州旗盟]长", role) else "政府" + role
    return organ + role


def roster_officials(text: str, by_start: dict[int, DivisionMention]) -> list[OfficialMention]:
    """The leaders a roster lists under its organ's heading, one role a line and several names
    to a role, a line with no role going on with the role before (书记 周卫国(2021.06—2024.08) /
    汪启明(2024.08— )); a closed term is a post held once, (代县长…) and (常务) change the title,
    (兼县公安局局长) adds a post."""
    out: list[OfficialMention] = []
    for head in _ROSTER_HEAD.finditer(text):
        level, organ = head.group("level"), head.group("organ")
        role = None
        at = head.end() + 1
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            line = text[at:line_end]
            if not line.strip():
                break
            found_role, names_at = _roster_role(line)
            role = found_role or role
            names = list(_ROSTER_NAME.finditer(line, names_at))
            if role is None or not names or _ROSTER_NAME.sub("", line[names_at:]).strip(" \u3000"):
                break  # (注:常委中,…: the roster has ended)
            for m in names:
                name, note = m.group("name"), m.group("note") or ""
                if not opens_with_surname(name):
                    continue
                title = _roster_title(level, organ, role)
                acting = re.search(r"代[省市区县州旗盟]长", note)
                if acting:
                    title = acting.group()
                elif "常务" in note and not title.startswith("常务"):
                    title = "常务" + title
                posts = [PostMention(head.start("level"), head.end("organ"), title, None, level)]
                also = re.search(r"兼(?=[\u4e00-\u9fff])", note)
                if also:
                    posts += post_chain(text, at + m.start("note") + also.end(), by_start)
                past = _CLOSED.search(note) is not None
                out.append(OfficialMention(name, at + m.start("name"), at + m.end("name"), tuple(posts),
                                           source="line", extra={"past": True} if past else {}))
            at = line_end + 1
    return out


# 一、普光镇 / 党委书记：贺文涛 / 党委副书记：何俊峰、陈思琪 / 镇长：何俊峰: a town's new leaders under
# its heading, one line of roles and names each (an election's results)
_TOWN_HEAD = re.compile(r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])?[ \u3000]*"
                        r"([\u4e00-\u9fff]{1,10}?(?:镇|乡|街道))[ \u3000]*$", re.M)
_TOWN_ROLE = (r"(?:党(?:工)?委(?:副)?书记|党(?:工)?委委员|纪(?:工)?委(?:副)?书记|人大(?:副)?主席|(?:代)?(?:副)?(?:镇|乡)长"
              r"|办事处(?:副)?主任|(?:组织|宣传|统战)委员|武装部部长)")
_TOWN_ROLE_LINE = re.compile(r"[ \u3000]*(" + _TOWN_ROLE + r"(?:、" + _TOWN_ROLE + r")*)[：:][ \u3000]*([^\n]+?)[ \u3000]*$")
_LISTED = re.compile(r"([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)(?:[（(](" + _TOWN_ROLE + r")[)）])?(?=[、，,]|$)")


def town_roster_officials(text: str) -> list[OfficialMention]:
    """The leaders listed under a town's heading, a line of roles and a colon before their
    names (党委副书记、镇长：向雪梅; 党委副书记：田雨桐（镇长）、庹清泉): each a post of that town."""
    out: list[OfficialMention] = []
    for head in _TOWN_HEAD.finditer(text):
        town = head.group(1)
        at = head.end() + 1
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            m = _TOWN_ROLE_LINE.fullmatch(text, at, line_end)
            if m is None:
                break
            roles = m.group(1).split("、")
            for name in _LISTED.finditer(text, m.start(2), m.end(2)):
                held = re.sub(r"[ \u3000]", "", name.group(1))
                if not opens_with_surname(held):
                    continue
                titles = roles + ([name.group(2)] if name.group(2) else [])
                posts = tuple(PostMention(m.start(1), m.end(1), town + role) for role in titles)
                out.append(OfficialMention(held, name.start(1), name.end(1), posts, source="line"))
            at = line_end + 1
    return out


def _roster_role(line: str) -> tuple[str | None, int]:
    """The role a roster's line opens with, its letters spaced out or not (副 书 记, 副书 记), and
    where the names after it begin; (None, 0) for a line of names only."""
    letters = [k for k, ch in enumerate(line[:16]) if ch not in " \u3000"]
    compact = "".join(line[k] for k in letters)
    role = max((r for r in _ROSTER_ROLES if compact.startswith(r)), key=len, default=None)
    if role is None or len(letters) <= len(role) or letters[len(role)] == letters[len(role) - 1] + 1:
        return None, 0  # (a role is set off from the names after it by a space: 书记处 is no role)
    return role, letters[len(role)]
