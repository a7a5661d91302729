"""A grammar of Chinese official posts and the names that go with them.

A post is written as an optional division, an organ and a role: 杭州市 + 委常委,
余杭区 + 委书记, 区 + 人大常委会主任, 常务副区长, 中共浙江省 + 委书记. Posts are chained
with 、 (杭州市委常委、余杭区委书记) and followed by the holder's name, either on a speaker
line (``…区委书记 刘颖``) or inline (``区人大常委会主任赵立明``). National titles follow the
name instead (习近平总书记).

The title kept for the graph is the post with the division's name stripped, keeping the
level character where the post reads through it (余杭区委书记 -> 区委书记, 义乌市长 -> 市长,
余杭区人大常委会主任 -> 人大常委会主任).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.nlp.divisions import DivisionMention
from kg.nlp.lexicon import word_frequencies

from kg.nlp.surnames import SURNAMES_1 as _SURNAMES_1, SURNAMES_2 as _SURNAMES_2

# Characters that end a one-character given name whatever follows them, and words that
# end it (范志强表示 is 范志强 + 表示, but 范志强调 is 范志 + 强调).
_AFTER_NAME = set("在说等和与及同的是对为到赴向也就已曾将又还并、,，。;；:：!！?？()（）“”\"'《》 \n")
_WORD_AFTER_NAME = re.compile(
    r"出席|出来|主持|主任|强调|指出|表示|带队|带领|调研|率队|率领|一行|一同|来到|来自|会见|会上|作了|作出|作(?:[\u4e00-\u9fff]{0,4}?)(?:报告|讲话|说明|推介|发言|部署|表态|总结|动员|点评|辅导)|列席|到会|致辞|发言|宣布|"
    r"讲话|介绍|陪同|参加|参观|视察|考察|走访|走进|深入|代表|提出|要求|希望|听取|宣读|通报|汇报|推介|牵头|分别|分析|解读|回答|受到|就"
)

_ROLE = (r"原?(?:常务)?(?:副)?(?:书记|主任|主席|部长|秘书长|科长|股长|(?:组织|宣传|统战|纪检)委员|总指挥长|指挥长|总指挥|领队|政委|师长|团长|连长|指导员|司令员|参谋长|校长|常委(?!会)|委员(?!会)|成员(?!单位)|省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|局长|厅长|处长|司长|组长|院长|检察长|审计长|审判员|检察员|庭长)"
         r"|(?:[一二三四]级)?(?:巡视员|调研员)")
_ORGAN = (
    r"(?:人大常委会|人大|政协|人民政府|政府|纪委监委|纪委|监委|党委|党组|党工委|管委会|工委|"
    r"委组织部|委宣传部|委统战部|委政法委|委办公厅|委办公室|委员会|常委会|组织部|宣传部|统战部|政法委|"
    r"发展和改革委员会|发展改革委|发改委|中级人民法院|法院|人民法院|检察院|人民检察院|(?:(?!公司|集团|[对向在把被从])[\u4e00-\u9fff]){2,12}?(?:局|厅)|"
    r"工商联|政府办公室|办公室|办事处|行政公署|行署|(?:援[疆藏青]|对口支援[\u4e00-\u9fff]{2,4}工作)[\u4e00-\u9fff]{0,4}?(?:前方)?分?指挥部|(?:援[疆藏青宁]|东西部协作[\u4e00-\u9fff]{2,3})工作队(?:[\u4e00-\u9fff]{2,4}?工作组)?|援[疆藏青宁]干部(?:人才)?(?:联络组)?|[\u4e00-\u9fff]{1,4}?办(?=(?:常务)?副?主任)|[\u4e00-\u9fff]{2,4}?审判(?:第[一二三四五六七八九十]+)?庭|"
    r"[\u4e00-\u9fff]{2,8}?委员会|[\u4e00-\u9fff]{2,5}?委(?=(?:常务)?副?主任)|委督查室|委研究室|委政策研究室"
    # a bureau's section (能源局煤炭行业管理科科长)
    r"|(?<=局)[\u4e00-\u9fff]{2,8}?[科股](?=原?副?[科股]长)"
    # a department's division (科学技术厅成果转化与区域创新处副处长)
    r"|(?<=[局厅委])[\u4e00-\u9fff]{2,10}?处(?=副?处长)"
    # a military sub-district (乐山军分区司令员) and a party school (市委党校校长)
    r"|军分区(?:党委)?|委党校(?=(?:常务)?副?校长))"
)
# (市农业农村局原党组成员: a post once held, 原 between the organs)
_ORGANS = r"(?:原?" + _ORGAN + r")"
# After a division's full name (余杭区|委书记) or after a bare level character (区|委书记).
_AFTER_DIVISION = re.compile(
    r"(?:委原?(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长)|" + _ORGANS + r"{1,2}(?:代理?)?(?:" + _ROLE + r")|(?:代理?)?(?:常务)?副?(?:省|市|区|县|州|旗|盟)?长)"
)
# A later post of a chain that names no division: 、副主任 / 、代检察长 / 、市长 (the
# division is the previous post's).
_CONTINUATION = re.compile(r"(?:代理?|原)?" + _ORGAN + r"{0,2}(?:" + _ROLE + r")")
# Transliterated names (Uyghur, Kazakh, Tibetan, foreign) join their parts with a middle
# dot: 阿迪力·买买提, 古丽巴哈尔·阿不都. The last part ends where a word after a name starts.
_DOT = "[·•・‧]"
_DOTTED = r"[\u4e00-\u9fff]{1,10}(?:" + _DOT + r"[\u4e00-\u9fff]{1,10}?)+"
_NAME_OR_DOTTED = r"(" + _DOTTED + r"|[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}?)"  # 党 嘉为…: padded
_APPOINTED = re.compile(r"(?:决定任命|任命|提名|推选|选举|决定)[:：]?" + _NAME_OR_DOTTED + r"(?:同志)?(?:为|任)")
_REMOVED = re.compile(r"免去" + _NAME_OR_DOTTED + r"(?:同志)?的|(?:接受|同意)" + _NAME_OR_DOTTED
                      + r"(?:同志)?(?:因[^辞,，。;；]{1,10})?辞去")  # 接受王振宁因援藏期满辞去…
_APPOINTED_LIST = re.compile(r"(?:任命|提名|决定任命)[:：]?((?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,5}?)(?:同志)?为")
# 任免名单 lines: 一、任命 / 唐思远为芜湖市数据资源管理局局长； / 二、免去 / 刘振邦的…局长职务。
_LIST_LINE = re.compile(r"(?:^|(?<=[\n；;]))[ \u3000]*" + _NAME_OR_DOTTED + r"(?:为|的|辞去)")  # 接受: / 刘 洋辞去…职务的请求。
_LIST_LINE_END = re.compile(r"(?:职务)?(?:的请求)?(?:[（(][^）)\n]{1,12}[）)])?(?:[；;]|[。]?[ \u3000]*(?:\n|$))")
_LIST_LINE_NAMES = re.compile(r"(?:^|(?<=[\n；;]))[ \u3000]*((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)为")
_NEXT_APPOINTED = re.compile(r"[,，、;；](?!提名|推荐|推选|选举|拟)(?:决定)?(?:任命)?" + _NAME_OR_DOTTED + r"(?:(?:同志)?为|同志任)")
# 冯晓光同志任中共克山县委书记,免去其…局长职务: the post the appointee leaves, held until now
_LEAVES = re.compile(r"[,，]免去其(?:原)?(?:担任的)?")
# A cadre's profile names the person first (谭国庆,男,汉族,1977年9月生,…), on a line of its own or
# after a label (个人简历:俞岚峰,男,…); its posts follow a comma or a verb of holding.
_PROFILE = re.compile(r"(?:^|(?<=[\n。；;：:]))[ \u3000]*(" + _DOTTED + r"|[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,4}?)[，,](?:男|女)[，,]")
# Posts proposed in a 任前公示 (拟任…, 拟提名为…) are not held; the profile's paragraph ends it
# too, and so does a line that does not go on with the career (历任…, 现任…, 2023年3月任…).
_PROFILE_STOP = re.compile(r"拟任|拟提名|拟推荐|拟作为|拟聘|拟进一步使用")
_CAREER_LINE = re.compile(r"\n[ \u3000\t]*(?=历任|现任|曾任|先后|其间|期间|\d{4}[年.．]|(?:个人)?简[ \u3000]*历[:：])")
_CAREER_START = re.compile(r"(?:^|(?<=\n))[ \u3000\t]*(?:(?:个人)?简[ \u3000]*历[:：]|历任|现任|曾任|\d{4}[.．年]\d{1,2}月?[ \u3000]*[—–\-－~～至])")
# 2019.03—2021.09　长兴县人民政府副县长 / 2021.09—　安吉县委常委: a timeline's line, closed or still held
_DATE = r"\d{4}[.．年]\d{1,2}月?"
_TIMELINE = re.compile(r"(?:^|(?<=\n))[ \u3000\t]*" + _DATE + r"[ \u3000]*[—–\-－~～至]+[ \u3000]*(?:(" + _DATE
                       + r")|至今|今)?[ \u3000]*(?:(?:起)?任)?")
_HOLDING_CUE = re.compile(r"[，,。；;]|(?:历任|现任|曾任|先后任|先后担任|担任|兼任|调任|当选|任)")
_NOW_HELD = "现任"
# 俞岚峰　县委副书记，县人民政府县长、党组书记: a leaders page's line, the name then its posts
_NAME_LINE = re.compile(r"^[ \u3000]*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)[ \u3000]+(?=[^ \u3000\n])", re.M)
_NEXT_IN_LIST = re.compile(r"[,，]((?:党组(?:成员|副?书记)、)?(?:代理?)?(?:常务)?副?(?:秘书长|主任|主席|书记|部长|局长))")
_ROLE_AT_END = re.compile(r"(?:" + _ROLE + r")$")
# National posts written before the name (中共中央总书记习近平, 国务院总理李强).
_NATIONAL_BEFORE = re.compile(r"(?:中共中央总书记|国家主席|国务院总理|国务院副总理)")
_LEVEL = "省市区县州旗盟"
# A post with no division named: 区人大常委会主任, 市委书记, 常务副区长, 中共…省委书记.
_BARE = re.compile(
    r"(?:中共)?(?:自治区(?:党委(?:常委|副书记|书记|委员|秘书长)|" + _ORGANS + r"{1,2}(?:" + _ROLE + r")|(?:常务)?副?主席)"
    r"|[" + _LEVEL + r"](?:委原?(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长)|" + _ORGANS + r"{1,2}(?:" + _ROLE + r"))|(?:代理?)?(?:常务)?副?[" + _LEVEL + r"]长(?:助理)?"
    # 市领导曾凡军、孙志勇出席: an attendee list's heading is the only post some names get
    # 行署秘书长高文博: a 盟's or 地区's commissioner's office, which no level character opens
    r"|(?:行署|行政公署)(?:副?秘书长|(?:常务)?副?专员)"
    # 地委副书记周立峰, 地区统计局副局长何玉洁: a 地区's party committee and offices
    r"|地委(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长|(?:组织|宣传|统战)部(?:常务)?副?部长)|地区" + _ORGANS + r"{1,2}(?:" + _ROLE + r")"
    r"|[" + _LEVEL + r"]领导(?=[\u4e00-\u9fff])(?!干部|小组|班子|同志|分别|担任|包联|联系|挂点|牵头|带头|率先|要))"
)
# Posts with no division at all, written after the name (习近平总书记).
_NATIONAL_AFTER = re.compile(r"(?:总书记|国务院总理|总理|国务院副总理|副总理|国家主席|委员长)")


@dataclass(frozen=True)
class PostMention:
    """One post as written: its title and the division it is of, if written."""

    start: int
    end: int
    title: str
    division: DivisionMention | None = None  # the written division, if any
    level: str | None = None  # the level character of a post with no division named (区, 市, ...)


@dataclass(frozen=True)
class OfficialMention:
    """A person named with one or more posts."""

    name: str
    start: int
    end: int
    posts: tuple[PostMention, ...]
    source: str = "inline"  # "header" for a speaker line, "line" for a leaders page's name line
    extra: dict = field(default_factory=dict, compare=False, hash=False)


_GOVERNMENT_HEAD = re.compile(r"^(?:人民政府|政府|行政公署|行署)(?=(?:常务)?副?[" + _LEVEL + r"]长$)")


def _title_after(div: DivisionMention, written: str) -> str:
    """The title of a post written right after a division's name."""
    written = _GOVERNMENT_HEAD.sub("", written)  # 株洲市人民政府副市长 -> 副市长
    written = _title_after_level(written)  # 广州市人民政府副秘书长 -> 政府副秘书长, as 市政府副秘书长 is written
    if written.startswith("委") or written.startswith("长") or written.startswith("副长"):
        return div.surface[-1] + written if div.surface[-1] in _LEVEL else written
    if written.startswith("党委") and div.surface.endswith("州"):
        return "州" + written  # 昌吉回族自治州党委书记 -> 州党委书记, as 州委书记 keeps 州
    if div.surface.endswith("自治区"):
        return "自治区" + written  # 内蒙古自治区党委书记 -> 自治区党委书记, as 省委书记 keeps 省
    return written


def _title_after_level(written: str) -> str:
    """An organ's post after a bare level word (自治区人民政府副秘书长 -> 政府副秘书长)."""
    return written[2:] if written.startswith("人民政府") else written


# A post in a development zone's organ (宜昌高新区党工委书记, 滨海新区管委会主任): a zone is
# no division, so the post keeps the zone's name in its title and has no division.
# A town's or village's name holds no function character (奚文军与|村党总支书记 is no village;
# 和 stays: 太和镇, 伊和淖尔苏木).
_PLACE_CHARS = r"(?:(?![与及同跟向对在为把被的了])[\u4e00-\u9fff])"
_YOUTH_LEAGUE = re.compile(r"共青团")
_LEAGUE_ROLE = re.compile(r"委(?:常务)?副?书记")
_SURVEY_TEAM = re.compile(r"国家统计局([\u4e00-\u9fff]{2,8}?)调查队(副?队长)")
_BRANCH_COMMAND = re.compile(r"援[疆藏青宁]([\u4e00-\u9fff]{2,3}?)分指挥部")
_CORPS_DIVISION = r"第[一二三四五六七八九十]{1,3}师"
_CORPS_UNIT = r"(?:[一二三四五六七八九十〇零百]{1,5}|\d{1,3})[团连]"
_ZONE_POST = re.compile(
    r"(?:[\u4e00-\u9fff]{2,10}?(?:高新技术产业开发区|经济技术开发区|高新区|开发区|经开区|新区|自贸片区|工业园区|产业园区|园区|投资区|行委"
    r"|经济区|合作区|试验区|示范区|保税区|新城|管理区)|[\u4e00-\u9fff]{0,8}?(?:临空区|临港区))"  # 大连花园口经济区, 深汕特别合作区, 白沟新城, 石岛管理区
    r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?"  # 浏阳经开区(高新区)党工委书记: the zone's other name
    r"(?:党工委|管委会|管理委员会|工委)(?:常务)?副?(?:书记|主任|委员)"
    # towns and streets are no divisions either (喜洲镇党委书记杨春燕)
    r"|" + _PLACE_CHARS + r"{2,8}?(?:镇|乡|街道|地区|苏木)原?(?:党委|党工委|工委|纪委|人大|人民政府|政府|办事处)?原?(?:常务)?副?(?:书记|镇长|乡长|主任|主席|苏木达|(?<=委)(?:组织|宣传|统战)?委员)"
    # and villages and communities (黄瓜山村党委书记, 驻拉佑村第一书记; 内蒙古's 苏木 and 嘎查)
    r"|" + _PLACE_CHARS + r"{2,8}?(?:村|社区|嘎查)(?:党委|党总支|党支部|村委会|居委会)?原?(?:第一)?副?(?:书记|主任|嘎查达)"
    # and the 兵团's divisions (第三师党委书记、政委: the 师 is in no gazetteer of divisions)
    r"|(?:新疆生产建设兵团)?" + _CORPS_DIVISION + r"(?:党委)?(?:常委|(?:常务)?副?(?:书记|政委|师长))"
    # and its farms and their companies, as towns and villages (十团党委书记, 十二连党支部书记、指导员)
    r"|" + _CORPS_UNIT + r"(?:党委|党支部)?(?:常务)?副?(?:书记|政委|团长|连长|指导员)"
)
# A town's or village's post with the town unnamed (镇党委书记王建国, 苏木党委副书记、苏木达X,
# 嘎查党支部书记): kg.relate names it after the town the text was just about.
ZONE_WORDS = r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|综保区|保税区)"
# (时任大忠桥镇党委书记: a word of time before the town is no part of its name either)
_VERB_BEFORE_PLACE = re.compile(r"(?:听取了?|会见了?|看望了?|慰问了?|邀请|陪同|时任|曾任|原任|历任|现任|(?:[省市县区]直?)?派驻)(?=[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|村|社区|开发区|高新区|新区)原?(?:党委|党工委|党支部|村委会|居委会|管委会|人民政府|政府|第一书记))")
_BARE_TOWN = re.compile(r"(?:镇|乡|街道|苏木|嘎查|社区|村)(?:党委|党工委|党支部|党总支|纪委|人大|人民政府|政府|办事处|居委会|村委会|(?<=村)委会)?原?(?:常务)?副?"
                        r"(?:书记|镇长|乡长|主任|主席|达|(?<=委)(?:组织|宣传|统战)?委员)"
                        # 社区党委书记、居委会主任: the community's committee, after its party post
                        r"|(?<=、)居委会(?:常务)?副?主任"
                        # and a zone's (高新区党工委副书记、管委会主任 on the zone's own site)
                        r"|" + ZONE_WORDS + r"(?:党工委|管委会|管理委员会|工委)(?:常务)?副?(?:书记|主任|委员)")
TOWN_LEVEL = "town"  # PostMention.level of such a post
_TOWN_GOVERNMENT = re.compile(r"(?:人民政府|政府)(?=(?:常务)?副?[镇乡]长)")
_TOWN_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|地区|村|社区)")
_TOWN_BEFORE_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,6}?(?:村|社区))")
# 社区党委书记, 园区管委会主任: 区 there ends another word, it is no level.
_NOT_LEVEL_BEFORE = set("社小园景辖城片厂矿校营库")
# What may stand right before a town's, village's or zone's post (a clause start, a bullet,
# 与: 奚文军与村党总支书记…); a zone's post may also follow 驻 (驻拉佑村第一书记).
_BEFORE_BARE_TOWN = "、,，。；;：: \n“”▲△●■◆★】与和同跟向.．"  # (1.八宝镇…: a numbered item)
_ZONE_POST_START = re.compile(r"(?:^|(?<=[\s驻" + re.escape(_BEFORE_BARE_TOWN) + r"]))(?=[\u4e00-\u9fff])")


def _posts_at(text: str, pos: int, divisions: dict[int, DivisionMention]) -> tuple[PostMention | None, int]:
    """Parse one post starting at ``pos``; return it and the offset after it."""
    start = pos
    league = _YOUTH_LEAGUE.match(text, pos)
    if league and divisions.get(league.end()) is not None:
        # 共青团府谷县委书记: the league's committee of the county, not the party's
        div = divisions[league.end()]
        role = _LEAGUE_ROLE.match(text, div.end)
        if role and div.candidates and div.surface[-1] in _LEVEL:
            return PostMention(start, role.end(), "共青团" + div.surface[-1] + role.group(), division=div), role.end()
    survey = _SURVEY_TEAM.match(text, pos)
    if survey and divisions.get(survey.start(1)) is not None and divisions[survey.start(1)].end == survey.end(1):
        # 国家统计局固始调查队队长: the national bureau's team in the county
        return (PostMention(start, survey.end(), "国家统计局调查队" + survey.group(2), division=divisions[survey.start(1)]),
                survey.end())
    lead = _VERB_BEFORE_PLACE.match(text, pos)
    if lead:  # 听取大安镇党委书记韦海燕…: the verb is no part of the town's name
        pos = lead.end()
    zone = _ZONE_POST.match(text, pos)
    if zone and (pos == 0 or text[pos - 1] in "、,，。；;：: \n驻“”任为的▲△●■◆★】.．" or lead):
        # 临江镇黄瓜山村党委书记 -> 黄瓜山村党委书记: the village names the post; 新河镇人民政府镇长 ->
        # 新河镇镇长, as 县人民政府县长 is 县长
        title = _TOWN_GOVERNMENT.sub("", _TOWN_BEFORE_VILLAGE.sub("", zone.group()))
        # 奎文区广文街道党工委书记 -> 广文街道党工委书记: the town names it, not its district
        # (湖州市吴兴区织里镇党委副书记 -> 织里镇党委副书记: every division before the town)
        div = divisions.get(pos)
        # (民乐朝鲜族乡乡长: a short name at the start is the town's own name's part)
        while (div is not None and div.candidates and div.surface[-1] in _LEVEL
               and _TOWN_NAMED.match(title, len(div.surface))):
            title, div = title[len(div.surface):], divisions.get(div.end)
        return PostMention(pos, zone.end(), title), zone.end()  # (after a lead verb: 时任 stays outside)
    town = _BARE_TOWN.match(text, pos)
    if town and (pos == 0 or text[pos - 1] in _BEFORE_BARE_TOWN):
        return PostMention(start, town.end(), town.group(), level=TOWN_LEVEL), town.end()
    if text.startswith("中共", pos):
        pos += 2
    if text.startswith("师市", pos) and _BARE.match(text, pos + 1):
        pos = start = pos + 1  # 任命李娜为师市商务局局长: the 师 and its city as one, the city's bureau
    acting = _BARE.match(text, pos) if text.startswith("代", pos) else None
    if acting:  # 、代县长刘芳: an acting county head, not a post of 代县 (山西)
        level = next((ch for ch in acting.group()[1:] if ch in _LEVEL), None)  # 代县长, 代理市长
        return PostMention(start, acting.end(), acting.group(), level=level), acting.end()
    div = divisions.get(pos)
    # 绍兴市柯桥区委书记: the post is of the innermost division written.
    while div is not None and div.end in divisions:
        div = divisions[div.end]
    if div is not None and div.candidates:
        after = div.end
        # 东乡族自治县县委副书记, 临夏回族自治州州委书记: the level written again after the name
        # (not the first character of a word: 宝鸡市|市场监督管理局局长).
        if (text[after : after + 1] == div.surface[-1] and div.surface[-1] in _LEVEL
                and not text.startswith(("市场", "市政", "市民", "区域", "县城"), after)
                and _AFTER_DIVISION.match(text, after + 1)):
            after += 1
        m = _AFTER_DIVISION.match(text, after)
        if m and div.surface[-1] not in _LEVEL and re.fullmatch(r"(?:代理?)?(?:常务)?副?长", m.group()):
            return None, start  # 安徽长浦电缆: a head is 安徽省长, never 安徽长
        if m:
            title = _title_after(div, m.group())
            branch = _BRANCH_COMMAND.match(title)
            inner = divisions.get(m.start() + branch.start(1)) if branch else None
            if (inner is not None and inner.end == m.start() + branch.end(1) and inner.candidates
                    and any(c.adcode.startswith(p.adcode.rstrip("0")) for c in inner.candidates for p in div.candidates)):
                # 福建援疆泉州分指挥部指挥长: the branch of the province's command that one of its cities
                # sends (上海援疆莎车分指挥部 is named after where it works: 上海's)
                return PostMention(start, m.end(), title[: branch.start(1)] + title[branch.end(1) :], division=inner), m.end()
            return PostMention(start, m.end(), title, division=div), m.end()
        return None, start
    m = _BARE.match(text, start) if text[start - 1 : start] not in _NOT_LEVEL_BEFORE or start == 0 else None
    if m:
        written = m.group().removeprefix("中共")
        if written.startswith("自治区"):
            # 自治区党委常委 and 自治区副主席 keep it, as 省委常委 and 省长 keep 省; an organ's
            # post drops it, as after 省 (自治区工业和信息化厅副厅长 -> 工业和信息化厅副厅长).
            organ_post = not re.match(r"自治区(?:党委|(?:常务)?副?主席)", written)
            title = _title_after_level(written[3:]) if organ_post else written
            return PostMention(start, m.end(), title, level="自治区"), m.end()
        if written.startswith(("地委", "地区")):
            # 地委副书记 keeps its 地委, as 州委副书记 does; 地区统计局副局长 -> 统计局副局长
            title = written if written.startswith("地委") else _title_after_level(written[2:])
            return PostMention(start, m.end(), title, level="地"), m.end()
        level = next((ch for ch in written if ch in _LEVEL), "行署" if written.startswith(("行署", "行政公署")) else None)
        # 区人大常委会主任 -> 人大常委会主任: the level stands for the division's name.
        # 州党委常委 (新疆's prefectures) keeps its level, as 州委常委 does.
        title = (written[1:] if written[0] in _LEVEL and written[1:2] != "委" and not written[1:].startswith("长")
                 and not written.startswith("州党委")
                 and written[1:] != "领导" else written)
        title = _GOVERNMENT_HEAD.sub("", title)  # 市政府副市长 -> 副市长
        if level in _LEVEL:
            title = _title_after_level(title)  # 市人民政府副秘书长 -> 政府副秘书长
        return PostMention(start, m.end(), title, level=level), m.end()
    return None, start


# What a person does right after being named: it ends a name with no Han surname
# (乌力吉巴雅尔汇报时, 其木格介绍).
_ACTION = re.compile(r"(?!出席|参加|列席|主持|陪同|调研|汇报|介绍|讲话|会议|等|深入|走进|走访|来到|看望|慰问|会见|职务)[\u4e00-\u9fff]{2,6}?(?=分别|一同|一起|汇报|介绍|表示|指出|强调|主持|讲话|参加|出席|陪同|调研|带队|带领|率领|率队|一行|说|在|同志|等(?:[在出参列陪]|人)|深入|走进|走访|来到|看望|慰问|会见|"
                     r"、(?:常务)?副?[省市区县州旗盟]长"
                     # 州委书记扎西才让,州长… : the next post after a comma ends the name too
                     r"|[,，、](?:[省市区县州旗盟](?:委|长|人大|政协|政府|人民|中级|纪委|行署)|常务副|副[省市区县州旗盟]长)"
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
_DOTTED_NAME = re.compile(_DOTTED + r"(?=[^\u4e00-\u9fff]|" + _WORD_AFTER_NAME.pattern
                          + r"|率|同志|一行|[在说等和与及为任的向到赴])")


_VISIT_AFTER = re.compile(r"调研|考察|视察|检查|慰问|指导|督导|走访")


def _name_at(text: str, pos: int) -> tuple[str, int] | None:
    """An inline person's name starting at ``pos`` (surname + one or two characters, or a
    transliterated name whose parts a middle dot joins)."""
    dotted = _DOTTED_NAME.match(text, pos)
    if dotted:
        return dotted.group(), dotted.end()
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
    given = 0
    for i in range(pos + sur, min(len(text), pos + sur + 2)):
        ch = text[i]
        if not ("\u4e00" <= ch <= "\u9fff") or (given == 1 and (
                ch in _AFTER_NAME or _WORD_AFTER_NAME.match(text, i)
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
    # 由县委书记任组长: a post noun (组长, 局长) after a surname-like character is no given name
    if given == 2 and text[pos + sur + 1] == "长" and word_frequencies().get(text[pos + sur : pos + sur + 2], 0) > 0:
        return None
    end = pos + sur + given
    if sur + given == 2 and word_frequencies().get(text[pos:end], 0) >= _COMMON_WORD:
        return None  # 省市县长项目工程: 项目 is a word, no one of the surname 项
    if sur == 1 and given == 2 and _FOURTH_NAME_CHAR.match(text, end):
        end += 1  # 索南达杰出席, 罗布次仁到…: a four-character name (Tibetan) that reads as surname + three
    elif sur == 1 and given == 2:
        end = _long_name_end(text, end)
    return text[pos:end], end


# 敖登格日乐介绍: a Mongolian name that reads as surname + two runs on to a verb of saying.
_SAYS_AFTER = re.compile(r"([\u4e00-\u9fff]{1,2}?)(?:介绍|表示|指出|强调|汇报|说[,，:：]|会见|主持(?!人)|出席|讲话|致辞)")
_RARE_IN_NAME = 50  # a jieba count above this makes the characters a word, not a name's


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
    m = re.match(r"^(.*?[\u4e00-\u9fff])\s+([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s*$", header)
    if m:
        titles, name = m.group(1), re.sub(r"\s+", "", m.group(2))
        posts = _chain(titles, 0, by_start)
        if posts and posts[-1].end == len(titles):
            shifted = tuple(_shift(p, offset) for p in posts)
            return OfficialMention(name, offset + m.start(2), offset + m.end(2), shifted, source="header")
    # 张霞 云和县崇头镇党委副书记、镇长 / 黎伟挺 (new line) 浙江省公安厅党委副书记、常务副厅长
    m = re.match(r"^(?:[■□▲◆]\s*)?([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s+(\S.*?)\s*$", header)
    if m:
        name = re.sub(r"\s+", "", m.group(1))
        posts = _chain(header, m.start(2), by_start)
        if posts and posts[-1].end == m.end(2):
            shifted = tuple(_shift(p, offset) for p in posts)
            return OfficialMention(name, offset + m.start(1), offset + m.end(1), shifted, source="header")
    return None


def _shift(p: PostMention, offset: int) -> PostMention:
    return PostMention(p.start + offset, p.end + offset, p.title, p.division, p.level)


# Roles that, written alone after 、, belong to the previous post's organ
# (自治区党委常委、秘书长 -> 自治区党委秘书长).
_ORGAN_ROLES = re.compile(r"^(?:副)?(?:秘书长|常委|委员|主任|主席|书记|(?:组织|宣传|统战|纪检)委员)$")  # (任中共克山县委委员、常委、书记)
_PARTY_ORGAN = re.compile(r"(?:党委|人大常委会|政协|纪委|党工委|^[省市区县州旗盟地]委)$")


_PARTY_DEPARTMENT = re.compile(r"^(?:组织部|宣传部|统战部|政法委|纪委|办公室)")


def _inherit_organ(previous: str, role: str) -> str:
    """The title of a post written after 、 without its organ: 市委常委、秘书长 -> 市委秘书长,
    市委常委、组织部部长 -> 市委组织部部长, 商务局党组书记、局长 -> 商务局局长."""
    organ = _ROLE_AT_END.sub("", previous)
    if _ORGAN_ROLES.match(role) and _PARTY_ORGAN.search(organ):
        return organ + role
    if _PARTY_DEPARTMENT.match(role) and re.fullmatch(r"(?:自治区|地|[" + _LEVEL + r"])党?委", organ):
        # (县委常委、纪委书记 -> 纪委书记, as 县纪委书记 is written: the 纪委 is an organ of its own)
        return role if role.startswith("纪委") else organ + role
    # 人大常委会党组书记、主任 -> 人大常委会主任: the head of the organ whose party group came first
    body = re.fullmatch(r"((?:人大常委会|政协|人民政府|政府|法院|人民法院|中级人民法院|检察院|人民检察院|工商联"
                        r"|[\u4e00-\u9fff]{2,10}?(?:委员会|委|办)))(?:党组|党委)", organ)  # (发展改革委党组书记、主任)
    if body and re.fullmatch(r"(?:常务)?副?(?:主任|主席|院长|检察长)", role):
        return body.group(1) + role
    # 中级人民法院审判委员会委员、审判员 -> 中级人民法院审判员: the court's judge; its chambers
    # too (中级人民法院审判员、民事审判第二庭副庭长 -> 中级人民法院民事审判第二庭副庭长)
    court = re.match(r"(?:中级人民法院|人民法院|法院|人民检察院|检察院)", organ)
    if court and re.fullmatch(r"(?:[\u4e00-\u9fff]{2,4}?审判(?:第[一二三四五六七八九十]+)?庭)?"
                              r"(?:审判员|检察员|(?:副)?庭长|(?:副)?院长|(?:副)?检察长|审判委员会委员|检察委员会委员)", role):
        return court.group() + role
    corps = re.match(_CORPS_DIVISION, organ)
    if corps and not role.startswith(corps.group()):
        return corps.group() + role  # 第三师党委书记、政委 -> 第三师政委
    command = re.match(r".*?指挥部", organ)
    if command and re.fullmatch(r"(?:常务)?副?(?:指挥长|总指挥)", role):
        return command.group() + role  # 援青指挥部党委书记、指挥长
    bureau = re.match(r"[\u4e00-\u9fff]{2,12}?[局厅]", organ)
    if bureau and re.fullmatch(r"(?:常务)?副?(?:" + bureau.group()[-1] + "长|政委)", role):
        return bureau.group() + role  # 公安局党委副书记、政委 -> 公安局政委
    if role.startswith("党组") and re.fullmatch(r"(?:常务)?副?[" + _LEVEL + r"]长", previous):
        return "政府" + role  # 县人民政府县长、党组书记 -> 政府党组书记: the government's party group
    # 周覃镇党委副书记、镇长, 昆山高新区党工委副书记、管委会主任: the town's or zone's head (no
    # division: its name stays in the title)
    town = re.match(r"(?:[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|高新区|开发区|经开区|新区|园区)|" + ZONE_WORDS + "|" + _CORPS_UNIT
                    + r")(?=原?(?:党委|党工委|党支部|人大|人民政府|政府|办事处|管委会))", organ)
    if town and not role.startswith(town.group()):
        return town.group() + role
    return role


def _chain(text: str, pos: int, by_start: dict[int, DivisionMention]) -> list[PostMention]:
    """Posts joined by 、 / 兼 starting at ``pos``."""
    posts: list[PostMention] = []
    post, after = _posts_at(text, pos, by_start)
    if post is None:
        m = _NATIONAL_BEFORE.match(text, pos)
        if m is None:
            return posts
        title = m.group().removeprefix("中共中央").removeprefix("国务院")
        return [PostMention(m.start(), m.end(), title)]
    posts.append(post)
    while after < len(text) and text[after] in "、兼":
        if text.startswith("挂职", after + 1):
            after += 2  # 青岛市商务局副局长、挂职桑珠孜区委常委: a secondment is a post held too
            if text[after + 1 : after + 2] in ("我", "本") and text[after + 2 : after + 3] in _LEVEL:
                after += 2  # 海珠区副区长、挂职我市副市长: the text's own city, a bare post
        nxt, after2 = _posts_at(text, after + 1, by_start)
        if nxt is None:
            m = _CONTINUATION.match(text, after + 1)
            if not m:
                return posts
            nxt, after2 = PostMention(m.start(), m.end(), _inherit_organ(post.title, m.group()), post.division, post.level), m.end()
            if re.search(r"师长|政委", m.group()) and re.search(_CORPS_DIVISION + "$", text[max(0, posts[0].start - 6) : posts[0].start]):
                # 第六师五家渠市党委常委、副师长、副市长: the 师's post, not the city's (the city's
                # posts go on after it)
                posts.append(PostMention(nxt.start, nxt.end, nxt.title, None, None))
                after = after2
                continue
        place = _TOWN_NAMED.match(post.title) if nxt.level == TOWN_LEVEL and post.division is None and post.level is None else None
        if place:
            # 六岭村党支部书记、村委会主任: the committee of the village just named
            nxt = PostMention(nxt.start, nxt.end, place.group() + nxt.title)
        if nxt.division is None and post.division is not None and nxt.level and post.division.surface.endswith(nxt.level):
            # 兴山县委副书记、县长: the 县长 of the county just named.
            nxt = PostMention(nxt.start, nxt.end, nxt.title, post.division)
        posts.append(nxt)
        post, after = nxt, after2
    if text.startswith(("（挂职", "(挂职"), after):
        # 榆林市能源局…科长(挂职府谷县能源局副局长), …(挂职任福清市…副局长): the secondment is a post held too
        seconded = _chain(text, after + (4 if text.startswith("任", after + 3) else 3), by_start)
        if seconded and text[seconded[-1].end : seconded[-1].end + 1] in ")）":
            posts = posts + seconded
    # 县委委员、常委、书记: membership of the committee is implied by the seat on its standing one
    posts = [p for k, p in enumerate(posts)
             if not (p.title.endswith("委委员") and k + 1 < len(posts) and posts[k + 1].title == p.title[:-2] + "常委")]
    # 新乡市人民代表大会常务委员会…主任: an organ's full name, titled as it is usually written
    # (八宝镇党委原书记, 原党组成员: the post once held, titled as it is)
    return [PostMention(p.start, p.end, _TITLE_TIDY.sub(lambda m: _SHORT_ORGAN.get(m.group(), ""), p.title), p.division, p.level)
            if _TITLE_TIDY.search(p.title) else p for p in posts]


_SHORT_ORGAN = {"人民代表大会常务委员会": "人大常委会"}
# 原 written inside a post (党委原书记, 原党组成员): the post is one once held
ONCE_HELD = re.compile(r"原(?=党组|党委|党支部|党工委|村委会|常务|副|书记|主任|局长|股长|镇长|乡长|成员|委员|主席)")
_TITLE_TIDY = re.compile("|".join(_SHORT_ORGAN) + "|" + ONCE_HELD.pattern)


_POST_START = re.compile(r"中共|共青团|国家统计局|委|自治区|行署|行政公署|地委|地区|[" + _LEVEL + r"]|常务|副|国家主席|国务院")


_ASIDE = re.compile(r"[(（](?:挂职|兼|代|正厅级|副厅级|正处级|副处级|女|[\u4e00-\u9fff]{1,2}族)[)）]")
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
    post, _ = _posts_at(text, pos, by_start)
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
    return next((n[-1] for n in names if n and n[-1] in _LEVEL), "")


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
        while (role := _CONTINUATION.match(text, at)) is not None:
            roles.append(role)
            if text[role.end() : role.end() + 1] != "、" or not _CONTINUATION.match(text, role.end() + 1):
                break
            at = role.end() + 1
        name = _name_at(text, roles[-1].end()) if roles else None
        if roles and name:
            organ = _ROLE_AT_END.sub("", posts[-1].title)
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

_HELD_BY = re.compile(r"的[\u4e00-\u9fff]{0,10}?(?:干部|同志|专家|人才)")


def find_officials(text: str, divisions: list[DivisionMention]) -> list[OfficialMention]:
    """Inline officials: a chain of posts followed directly by a name, and 习近平总书记 forms."""
    by_start = {d.start: d for d in divisions if d.candidates}
    zone_starts = {m.start() for m in _ZONE_POST_START.finditer(text)
                   if _ZONE_POST.match(text, m.start()) or _BARE_TOWN.match(text, m.start())}
    starts = sorted(set(by_start) | {m.start() for m in _POST_START.finditer(text)} | zone_starts)
    out: list[OfficialMention] = []
    taken_until = -1
    for pos in starts:
        if pos < taken_until:
            continue
        posts = _chain(text, pos, by_start)
        if not posts:
            continue
        posts = _same_place_as_before(posts, out, text, pos)
        after = posts[-1].end
        aside = _ASIDE.match(text, after)  # 副县长(挂职)李思远
        if aside:
            after = aside.end()
        if text[after : after + 1] in (",", "，") and _name_at(text, after) is None:
            # 州委常委、副州长(挂职),浙江省援青指挥部党委书记、指挥长周浩; 第三师党委常委、副师长,
            # 图木舒克市委常委、副市长雷振宇: posts of one person in two places, then the name
            more = _chain(text, after + 1, by_start)
            if more and _name_at(text, more[-1].end) is not None:
                posts, after = posts + more, more[-1].end
        name = _name_at(text, after)
        if name is None and text[max(0, pos - 2):pos] in ("挂任", "挂职", "现任", "担任"):
            # 挂任疏附县委副书记的广州援疆干部林俊熙: the post, then who holds it
            held_by = _HELD_BY.match(text, after)
            name = _name_at(text, held_by.end()) if held_by else None
        if name is None:
            continue
        out.append(OfficialMention(name[0], after, name[1], tuple(posts)))
        taken_until = _holders_after(text, name[1], posts, by_start, out)
    # 州人大常委会主任韩立新主持会议,副主任A、B,秘书长C出席: roles of the organ whose head the
    # sentence named, each opening a clause.
    for m in _LED_ROLE.finditer(text):
        if any(o.start <= m.start() < o.end or any(p.start <= m.start() < p.end for p in o.posts) for o in out):
            continue
        head = _organ_head_before(text, m.start(), out)
        name = _name_at(text, m.end()) if head is not None else None
        if name is None:
            continue
        organ = _ROLE_AT_END.sub("", head.title)
        posts = [PostMention(m.start(), m.end(), organ + m.group(), head.division, head.level)]
        out.append(OfficialMention(name[0], m.end(), name[1], tuple(posts)))
        _holders_after(text, name[1], posts, by_start, out)
    # 任命蒋立为区教育局局长, 免去刘振华的市财政局局长职务: the name before the post; and
    # the appointments that follow in the same list (…主任,谢丽萍为市财政局局长).
    for m in list(_APPOINTED.finditer(text)) + list(_REMOVED.finditer(text)):
        while m:
            g = 1 if m.group(1) else 2  # 免去X的… / 接受X辞去…
            name = _name_at(text, m.start(g)) or _listed_name(text, m.start(g))
            if ((name is None or name[1] != m.end(g)) and m.group(g)[-1] not in _NOT_NAME_END
                    and m.group(g)[0] not in _NOT_NAME_START):
                name = (m.group(g), m.end(g))  # 任命次旦多吉为…: the notice's grammar delimits it
            posts = _chain(text, m.end(), by_start) if name and name[1] == m.end(g) else []
            if not posts or text.startswith("候选人", posts[-1].end):
                break  # (提名为…县长候选人: a nomination, no post held)
            end = posts[-1].end
            leaves = _LEAVES.match(text, end)
            left = _chain(text, leaves.end(), by_start) if leaves else []
            if left:
                posts, end = posts + left, left[-1].end + (2 if text.startswith("职务", left[-1].end) else 0)
            out.append(OfficialMention(name[0], m.start(g), name[1], tuple(posts)))
            m = _NEXT_APPOINTED.match(text, end)
    if "任" in text or "免" in text:
        for m in _LIST_LINE.finditer(text):
            name = m.group(1)
            # (a line of its own names a person: 张庆山的…职务, 那　楠为…; only an organ's or a
            # place's name is ruled out, not a given name ending in 山 or a surname 那)
            if (name[-1] in _NOT_LIST_NAME_END or name[0] in _NOT_LIST_NAME_START
                    or name.startswith(("免去", "任命", "接受", "决定"))):
                continue
            posts = _chain(text, m.end(), by_start)
            if posts and _LIST_LINE_END.match(text, posts[-1].end):
                out.append(OfficialMention(name, m.start(1), m.end(1), tuple(posts)))
    # 任命拉巴卓嘎、张凯为日喀则市中级人民法院审判员: several people to the same post (also on a
    # list line of its own under 任命: 聂晓峰、鲍佳宁为新乡市中级人民法院审判员)
    for m in [*_APPOINTED_LIST.finditer(text), *(_LIST_LINE_NAMES.finditer(text) if "任" in text else ())]:
        posts = _chain(text, m.end(), by_start)
        if posts:
            at = m.start(1)
            for name in m.group(1).split("、"):
                out.append(OfficialMention(name, at, at + len(name), tuple(posts)))
                at += len(name) + 1
    out.extend(_profile_officials(text, by_start))
    out.extend(_name_line_officials(text, by_start))
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


def _profile_officials(text: str, by_start: dict[int, DivisionMention]) -> list[OfficialMention]:
    """The posts of each cadre's profile (谭国庆,男,汉族,…): see :func:`_career_posts`."""
    out: list[OfficialMention] = []
    profiles = list(_PROFILE.finditer(text))
    for k, m in enumerate(profiles):
        end = profiles[k + 1].start(1) if k + 1 < len(profiles) else len(text)
        out += _career_posts(text, by_start, m.group(1), m.start(1), m.end(1), m.end(), _career_end(text, m.end(), end))
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
        posts = _chain(text, at, by_start)
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


def _of_named_level(post: PostMention, text: str, by_start: dict[int, DivisionMention], since: int) -> PostMention:
    """``post`` with its bare level resolved to the last division of that level named since ``since``."""
    if post.division is not None or not post.level or post.level == TOWN_LEVEL:
        return post
    named = [d for s, d in by_start.items() if since <= s < post.start and d.candidates and d.surface.endswith(post.level)]
    if not named:
        return post
    div = max(named, key=lambda d: d.start)
    return PostMention(post.start, post.end, post.title, div, None)


def _name_line_officials(text: str, by_start: dict[int, DivisionMention]) -> list[OfficialMention]:
    """Lines that are a name and its posts (钱卓群　县委常委，县人民政府常务副县长、党组副书记), and the
    career written under such a line when no profile (…,男,…) names the person again:
    简历: / 2019.03—2021.09　长兴县人民政府副县长 / 2021.09—　安吉县委常委、常务副县长."""
    lines: list[OfficialMention] = []
    for m in _NAME_LINE.finditer(text):
        name = re.sub(r"[ \u3000]", "", m.group(1))
        if not (name[0] in _SURNAMES_1 or name[:2] in _SURNAMES_2):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        while line_end > m.end() and text[line_end - 1] in " \u3000":
            line_end -= 1
        posts: list[PostMention] = []
        at = m.end()
        while True:
            chain = _chain(text, at, by_start)
            if not chain:
                break
            posts += chain
            at = chain[-1].end
            if at >= line_end or text[at] not in "，,":
                break
            at += 1
        if posts and at == line_end:
            lines.append(OfficialMention(name, m.start(1), m.end(1), tuple(posts), source="line"))
    out = list(lines)
    for k, line in enumerate(lines):
        block_end = lines[k + 1].start if k + 1 < len(lines) else min(len(text), line.start + 2000)
        if _PROFILE.search(text, line.end, block_end):
            continue
        career = _CAREER_START.search(text, line.end, block_end)
        if career:
            out += _career_posts(text, by_start, line.name, line.start, line.end, career.start(),
                                 _career_end(text, career.start(), block_end))
    return out


def find_posts(text: str, divisions: list[DivisionMention]) -> list[tuple[PostMention, ...]]:
    """Every chain of posts in ``text``, whether or not a name follows (for the model's names)."""
    by_start = {d.start: d for d in divisions if d.candidates}
    starts = sorted(set(by_start) | {m.start() for m in _POST_START.finditer(text)})
    out: list[tuple[PostMention, ...]] = []
    taken_until = -1
    for pos in starts:
        if pos < taken_until:
            continue
        posts = _chain(text, pos, by_start)
        if posts:
            out.append(tuple(posts))
            taken_until = posts[-1].end
    return out
