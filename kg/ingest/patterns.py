"""Character classes and line patterns shared by the repair and structure steps.

Everything here works on repaired text (full-width ASCII already folded to half-width,
see :mod:`kg.ingest.repair`), so a pattern only has to know one form of each mark.
"""

from __future__ import annotations

import re

#: CJK unified ideographs (basic block and extension A) plus the compatibility block.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")

#: Marks that open a brief, an item of a roundup (▲7月18日,献县…), whose place does not carry on.
BULLETS = "▲△●■◆★"

#: Marks that end a sentence. ``…`` ends a line-level thought but not a sentence (it is
#: used mid-sentence: ``全面启用……自启动``), so it only counts at the end of a line.
SENTENCE_END = "。!?"
#: Closing marks that stay with the sentence they follow: ``他说:“好。”``.
CLOSERS = "”’」』\"'"

#: Pictographs some layouts put after a paragraph (``影响力。🌟``).
_DECOR = "\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f"
#: A line ends its paragraph (never a page-break fragment) when it ends like this.
#: Photo credits (``省商务厅供图``, ``陈威摄``) end a caption.
_FINAL_END_RE = re.compile(f"(?:(?:[{SENTENCE_END}…;:]|——)[{CLOSERS})》】]*|供图|摄)[{_DECOR}]*$")


def ends_final(line: str) -> bool:
    """Whether ``line`` ends where a paragraph can end (sentence mark, list mark, colon)."""
    return bool(_FINAL_END_RE.search(line))


#: Punctuation that only occurs inside running text (not in headlines) when it ends a line.
INNER_PUNCT_RE = re.compile("[,、;:]")
#: A sentence-ending mark anywhere in a line: the line is running text, not a headline.
HAS_SENTENCE_END_RE = re.compile(f"[{SENTENCE_END}]")
#: Two phrases separated by a space, the way headlines are typeset: ``作风 凝心聚力``.
PHRASE_SPACE_RE = re.compile(f"[{CJK}”》)] +[{CJK}“《(]")

# --- speaker headers ------------------------------------------------------------------
# A speaker header is ``<posts> <name>`` (or ``<name> <posts>``): one or more posts joined
# by 、, each an organisation followed by a post noun, then a personal name. The post
# grammar is general (party, government, congress, court, enterprise, school), not a
# list of the seeds' posts.
_POST_NOUNS = (
    # party and people's congress / CPPCC
    "书记|常委|委员|主任|主席|秘书长|主委|组长"
    # government
    "|省长|市长|区长|县长|州长|盟长|旗长|镇长|乡长|部长|厅长|局长|处长|科长|司长|署长"
    "|主任委员|巡视员|调研员|专员|督察长|总督学"
    # judiciary and police
    "|院长|检察长|庭长|所长|总队长|支队长|大队长|队长|政委|政治委员"
    # institutions and enterprises
    "|校长|社长|总编辑|台长|馆长|站长|行长|董事长|副董事长|总经理|经理|总裁|总监"
    "|理事长|会长|总工程师|总会计师|首席执行官"
)
POST_RE_SRC = f"(?:常务|执行|第一)?副?(?:{_POST_NOUNS})"
_ORG_CHARS = f"{CJK}()、·"
# a name may still carry the typesetting space (``刘 颖``) when the header is matched on
# the raw line before repair removes it
_NAME_SRC = f"(?:[{CJK}](?: ?[{CJK}]){{1,3}}|[{CJK}]{{1,8}}·[{CJK}]{{1,8}})"
# organisation: at least two characters before the post noun, so a bare ``副主任 何黎斌``
# or ``社长 郑文纲`` (a masthead list) is not a speaker header.
# A later post of a chain may stand right after 、 (宾川县委副书记、县长 施晓波).
_POSTS_SRC = f"[{_ORG_CHARS}]*?(?:[{CJK})]{{2}}|[{CJK})]、){POST_RE_SRC}"

#: A press conference's roles before a speaker's posts: ``主持人:市委宣传部副部长 罗晓岚``.
EVENT_ROLE_SRC = r"(?:主[ \t]*持[ \t]*人|发[ \t]*布[ \t]*人|新闻发言人|嘉[ \t]*宾)[:：][ \t]*"
#: ``杭州市委常委、余杭区委书记 刘颖``: posts, whitespace, name at the end of the line (a
#: transcript's turn ends it with a colon: ``市统计局党组书记、局长 娄文博:``).
HEADER_POST_FIRST_RE = re.compile(
    # 区长 郗明远 (under a 政府工作报告's dateline): a head of government alone is a post too
    f"^(?:{EVENT_ROLE_SRC})?(?P<posts>{_POSTS_SRC}|(?:代理?)?[省市区县州旗盟]长)[ \t]+(?P<name>{_NAME_SRC})[:：]?$")
#: A transcript's turn of someone who holds no post: ``主持人 罗晓岚:``, ``遵义日报记者 王 婧:``,
#: ``记者:``. It starts a section (a new voice) whose figures are the page's place's again.
TURN_RE = re.compile(f"^(?:主持人|[{CJK}]{{0,14}}?记者|问|提问)(?:[ \t]+{_NAME_SRC})?[:：]$")
#: ``张霞 云和县崇头镇党委副书记、镇长``: name first, then the posts.
HEADER_NAME_FIRST_RE = re.compile(
    f"^(?P<name>{_NAME_SRC})[ \t]+(?P<posts>{_POSTS_SRC}(?:、[{_ORG_CHARS}]*?{POST_RE_SRC})*)$"
)

#: A speaker line broken in two: a line of posts alone, and a line with the name alone.
POSTS_LINE_RE = re.compile(f"^{_POSTS_SRC}(?:、[{_ORG_CHARS}]*?{POST_RE_SRC})*$")
NAME_LINE_RE = re.compile(f"^(?:[■□▲◆][ \t]*)?[{CJK}](?: ?[{CJK}]){{1,3}}$")
HEADER_MAX_LEN = 50


#: A line that ends in a post noun: ``浙江省经信厅党组书记、厅长`` (a header without a name).
ENDS_WITH_POST_RE = re.compile(f"{POST_RE_SRC}$")


#: A transcript's turn in square brackets: ``【县统计局局长 寇慧敏】``, ``【主持人 雷晓峰】``.
BRACKETED_TURN_RE = re.compile(r"^【([^【】]+)】$")


def match_header(line: str) -> re.Match[str] | None:
    """Match a speaker header line (already stripped); ``None`` if it is not one."""
    if len(line) > HEADER_MAX_LEN or HAS_SENTENCE_END_RE.search(line):
        return None
    bracketed = BRACKETED_TURN_RE.match(line)
    if bracketed:
        line = bracketed.group(1).strip()
    # (a bracketed turn needs no colon: 【主持人 雷晓峰】, 【宝鸡日报记者】)
    return (HEADER_POST_FIRST_RE.match(line) or HEADER_NAME_FIRST_RE.match(line)
            or TURN_RE.match(line + "：" if bracketed else line))


# --- bylines, subtitles, trailers -----------------------------------------------------
#: Bylines: ``■记者 姚潮龙``, ``■ 詹敏``, ``本刊评论员``, ``本刊记者``, ``记者 周煜程``.
BYLINE_RE = re.compile(
    r"^(?:[■□▲◆]"
    r"|(?:本刊|本报)(?:特约)?(?:评论员|记者|通讯员)"
    r"|(?:首席|特约|见习)?记者[ \t]"
    r"|通讯员[ \t])"
)
#: A page's furniture line: ``发布时间：2025-10-30 07:30　来源：绵阳日报　作者：记者 陈 曦``.
META_LINE_RE = re.compile(r"^(?:发布时间|发布日期|发表时间|时间|日期|来源|作者|编辑|责任编辑|浏览次数|点击数|阅读量)\s*[:：]"
                          r"|(?:来源|作者|浏览次数|责任编辑)\s*[:：]")
#: Subtitles: ``——“六大金名片”系列报道之三``.
SUBTITLE_RE = re.compile(r"^(?:——|─|—)")
#: A parenthesised credit at the end of an article: ``(本报记者 李攀 万笑影 整理)``.
TRAILER_RE = re.compile(r"^\(.*\)$")
