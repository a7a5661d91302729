"""A grammar of Chinese official posts.

A post is written as an optional division, an organ and a role: 杭州市 + 委常委,
余杭区 + 委书记, 区 + 人大常委会主任, 常务副区长, 中共浙江省 + 委书记. Posts are chained
with 、 (杭州市委常委、余杭区委书记); :mod:`kg.nlp.officials` reads the holder's name that
follows a chain, and :mod:`kg.nlp.careers` the chains of a cadre's career.

The title kept for the graph is the post with the division's name stripped, keeping the
level character where the post reads through it (余杭区委书记 -> 区委书记, 义乌市长 -> 市长,
余杭区人大常委会主任 -> 人大常委会主任).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.patterns import BULLETS
from kg.nlp.divisions import DivisionMention

_ROLE = (r"原?(?:常务)?(?:副)?(?:新闻发言人|(?<=产业链)总?链长|(?<=工作队)队长|(?<=工作队)队员|关长|(?:[省市县区镇乡村]级)?(?:副?总)?(?:河长|湖长|林长)|书记|主任委员|主任|主席|部长|秘书长|科长|股长|(?:组织|宣传|统战|纪检)委员|总指挥长|指挥长|总指挥|领队|政委|师长|团长|连长|指导员|司令员|参谋长|校长|常委(?!会)|委员(?!会)|成员(?!单位)|省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|局长|厅长|处长|司长|组长|院长|大队长|支队长|(?<=总商会)(?:常务)?副?会长|检察长|审计长|审判员|检察员|庭长)"
         r"|(?:[一二三四]级)?(?:巡视员|调研员)|总(?:统计|经济|工程|会计|审计|规划)师")
_ORGAN = (
    r"(?:人大常委会|人民代表大会(?!代表)|人大|政协|人民政府|政府|纪委监委|纪委|监委|党委|党组|党工委|管委会|纪工委|工委|"
    r"委组织部|委宣传部|委统战部|委政法委|委办公厅|委办公室|委第[一二三四五六七八九十]{1,3}巡[视察]组|委员会|常委会|组织部|宣传部|统战部|政法委|人武部|武装部|"
    r"发展和改革委员会|发展改革委|发改委|中级人民法院|法院|人民法院|检察院|人民检察院|(?:(?!公司|集团|部门|[对向在把被从])[\u4e00-\u9fff]){2,12}?(?:局|厅)|"
    r"工商联|总商会|总工会|妇联|妇女联合会|科协|科学技术协会|侨联|文联|残联|红十字会|政府办公室|办公室|办事处|行政公署|行署|(?:援[疆藏青]|对口支援[\u4e00-\u9fff]{2,4}工作)[\u4e00-\u9fff]{0,4}?(?:前方)?分?指挥部|(?:防汛抗旱|防汛|抗旱|森林防灭火|防灭火)指挥部|(?:援[疆藏青宁]|东西部协作[\u4e00-\u9fff]{2,3})工作队(?:[\u4e00-\u9fff]{2,4}?工作组)?|援[疆藏青宁]干部(?:人才)?(?:联络组)?|[\u4e00-\u9fff]{1,4}?办(?=(?:常务)?副?主任|党组)|新闻办公室(?=(?:常务)?副?主任|党组)|[\u4e00-\u9fff]{2,4}?审判(?:第[一二三四五六七八九十]+)?庭|"
    r"[\u4e00-\u9fff]{2,8}?委员会|[\u4e00-\u9fff]{2,5}?委(?=(?:常务)?副?主任|党委|党组)|委督查室|(?:人民)?政府督查室|督查室(?=副?主任)|委研究室|委政策研究室|委政研室|政府研究室"
    # a bureau's section (能源局煤炭行业管理科科长)
    r"|(?<=[局部])[\u4e00-\u9fff]{2,8}?[科股](?=原?副?[科股]长)"
    # a department's division (科学技术厅成果转化与区域创新处副处长)
    r"|(?<=[局厅委])[\u4e00-\u9fff]{2,10}?处(?=副?处长)"
    # a centre, an enforcement brigade or an arbitration court (县就业服务中心主任, 劳动保障监察大队大队长,
    # 文化市场综合执法支队支队长, 劳动人事争议仲裁院院长)
    r"|(?:(?!公司|集团|部门|[对向在把被从和与])[\u4e00-\u9fff]){2,12}?中心(?=(?:党组|党委)?(?:常务)?副?(?:主任|书记)|党组成员)"
    r"|(?:(?!公司|集团|部门|[对向在把被从和与])[\u4e00-\u9fff]){2,10}?(?:大队(?=副?大队长)|支队(?=副?支队长)|仲裁院(?=副?院长))"
    # a military sub-district (乐山军分区司令员) and a party school (市委党校校长)
    r"|军分区(?:党委)?|委党校(?=(?:常务)?副?校长)|驻村工作队(?=副?队长|队员)"
    # a river or a forest a chief is named for (中山河县级河长 -> 县级河长)
    r"|[\u4e00-\u9fff]{1,6}?(?:河|江|溪|湖|林区|流域)(?=[省市县区镇乡村]级(?:副?总)?(?:河长|湖长|林长))"
    # an industrial chain with its chief (市重点产业链总链长, 新能源汽车及零部件产业链链长)
    r"|(?:(?![对向在把被从])[\u4e00-\u9fff]){2,14}?产业链(?=(?:副|总)?链长)"
    # a customs office named by its city (烟台海关党委书记、关长 -> 海关党委书记, 海关关长 of 烟台市)
    r"|海关(?=(?:党委)?(?:常务)?副?(?:书记|关长|委员)))"
)
# (市农业农村局原党组成员: a post once held, 原 between the organs)
_ORGANS = r"(?:原?" + _ORGAN + r")"
# After a division's full name (余杭区|委书记) or after a bare level character (区|委书记).
_AFTER_DIVISION = re.compile(
    # 新乡市第十五届人民代表大会代表: a deputy to the division's people's congress (人大代表)
    r"(?:(?:第[一二三四五六七八九十]{1,3}届)?(?:人民代表大会|人大)代表(?![团大会])|"
    r"委原?(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长)|" + _ORGANS + r"{1,2}(?:代理?)?(?:" + _ROLE + r")|(?:代理?)?(?:常务)?副?(?:省|市|区|县|州|旗|盟)?长)"
)
# A later post of a chain that names no division: 、副主任 / 、代检察长 / 、市长 (the
# division is the previous post's).
CONTINUATION = re.compile(r"(?:代理?|原)?" + _ORGAN + r"{0,2}(?:" + _ROLE + r")")
ROLE_AT_END = re.compile(r"(?:" + _ROLE + r")$")
# National posts written before the name (中共中央总书记习近平, 国务院总理李强).
_NATIONAL_BEFORE = re.compile(r"(?:中共中央总书记|国家主席|国务院总理|国务院副总理)")
LEVELS = "省市区县州旗盟"
# A post with no division named: 区人大常委会主任, 市委书记, 常务副区长, 中共…省委书记.
_BARE = re.compile(
    r"(?:中共)?(?:自治区(?:党委(?:常委|副书记|书记|委员|秘书长)|" + _ORGANS + r"{1,2}(?:" + _ROLE + r")|(?:常务)?副?主席)"
    r"|[" + LEVELS + r"](?:委原?(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长)|" + _ORGANS + r"{1,2}(?:" + _ROLE + r"))|(?:代理?)?(?:常务)?副?[" + LEVELS + r"]长(?:助理)?"
    # 市领导曾凡军、孙志勇出席: an attendee list's heading is the only post some names get
    # 行署秘书长高文博: a 盟's or 地区's commissioner's office, which no level character opens
    r"|(?:行署|行政公署)(?:副?秘书长|(?:常务)?副?专员)"
    # 地委副书记周立峰, 地区统计局副局长何玉洁: a 地区's party committee and offices
    r"|地委(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长|(?:组织|宣传|统战)部(?:常务)?副?部长)|地区" + _ORGANS + r"{1,2}(?:" + _ROLE + r")"
    r"|[" + LEVELS + r"]领导(?=[\u4e00-\u9fff])(?!干部|小组|班子|同志|分别|担任|包联|包保|包片|包抓|包村|包案|包干|包挂|包点|联系|挂点|牵头|带头|率先|要))"
)


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


_GOVERNMENT_HEAD = re.compile(r"^(?:人民政府|政府|行政公署|行署)(?=(?:常务)?副?[" + LEVELS + r"]长$)")


def _title_after(div: DivisionMention, written: str) -> str:
    """The title of a post written right after a division's name."""
    written = _GOVERNMENT_HEAD.sub("", written)  # 株洲市人民政府副市长 -> 副市长
    written = re.sub(r"^第[一二三四五六七八九十]{1,3}届", "", written)  # 第十五届人民代表大会代表 -> 人大代表
    written = _title_after_level(written)  # 广州市人民政府副秘书长 -> 政府副秘书长, as 市政府副秘书长 is written
    if written.startswith("委") or written.startswith("长") or written.startswith("副长"):
        return div.surface[-1] + written if div.surface[-1] in LEVELS else written
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
_PLACE_CHARS = r"(?:(?![与及同跟向对在为把被的了他她它我你该这因由])[\u4e00-\u9fff])"
_YOUTH_LEAGUE = re.compile(r"共青团|团(?=[\u4e00-\u9fff]{0,8}?[市县区州旗盟]委(?:常务)?副?书记)")
# 团市委书记姜雨桐: the league's committee of the level the text is about, written without its place
_BARE_LEAGUE = re.compile(r"团([市县区州旗盟])委(?:常务)?副?书记")
_LEAGUE_ROLE = re.compile(r"委(?:常务)?副?书记")
# The democratic parties' committees of a place (民革临沂市委会主委 -> 民革市委会主委 of 临沂市; 民建市委会
# 副主委 bare) and the CPPCC written before its place (政协临沂市第十五届委员会常务委员 -> 政协常委)
_PARTY = r"民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
_DEMOCRATIC_PARTY = re.compile(_PARTY)
_PARTY_ROLE = re.compile(r"委会(?:常务)?副?主委")
_BARE_PARTY = re.compile(r"(?:" + _PARTY + r")([省市区县州])委会(?:常务)?副?主委")
_CPPCC_BEFORE = re.compile(r"政协|中国人民政治协商会议")
_CPPCC_ROLE = re.compile(r"(?:第[一二三四五六七八九十]{1,3}届)?委员会((?:常务)?副?主席|副?秘书长|常务委员)")
# (国家统计局河南调查总队副总队长: a province's survey corps)
_SURVEY_TEAM = re.compile(r"国家统计局([\u4e00-\u9fff]{2,8}?)(调查总?队)(副?总?队长)")
_BRANCH_COMMAND = re.compile(r"援[疆藏青宁]([\u4e00-\u9fff]{2,3}?)分指挥部")
_CORPS_DIVISION = r"第[一二三四五六七八九十]{1,3}师"
_CORPS_UNIT = r"(?:[一二三四五六七八九十〇零百]{1,5}|\d{1,3})[团连]"
ZONE_POST = re.compile(
    r"(?:[\u4e00-\u9fff]{2,10}?(?:高新技术产业开发区|经济技术开发区|高新区|开发区|经开区|新区|自贸片区|工业园区|产业园区|园区|投资区|行委"
    r"|经济区|合作区|试验区|示范区|保税区|新城|管理区)|[\u4e00-\u9fff]{0,8}?(?:临空区|临港区))"  # 大连花园口经济区, 深汕特别合作区, 白沟新城, 石岛管理区
    r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?"  # 浏阳经开区(高新区)党工委书记: the zone's other name
    r"(?:党工委第一书记|(?:党工委|管委会|管理委员会|工委)(?:常务)?副?(?:书记|主任|委员))"  # (…开发区党工委第一书记: a county head's concurrent post)
    # towns and streets are no divisions either (喜洲镇党委书记杨春燕)
    # (原兴隆镇党委书记: 原 says the post was once held, unless the rest is too short a name: 原墙镇)
    r"|(?!原(?:(?![镇乡])[\u4e00-\u9fff]){2,4}(?:镇|乡|街道))" + _PLACE_CHARS + r"{2,8}?(?:镇|乡|街道|地区|苏木)原?(?:党委|党工委|工委|纪委|人大|人民代表大会|人民政府|政府|办事处|(?<=[镇乡])委员会"
    r"|(?!村)[\u4e00-\u9fff]{2,8}?(?:办公室|中心)(?=(?:常务)?副?主任))?"  # 新河镇便民服务中心主任
    r"原?(?:常务)?副?(?:书记|镇长|乡长|主任|主席|苏木达|(?<=委)(?:组织|宣传|统战)?委员)"
    # and villages and communities (黄瓜山村党委书记, 驻拉佑村第一书记; 内蒙古's 苏木 and 嘎查)
    r"|" + _PLACE_CHARS + r"{2,8}?(?:村|社区|嘎查)(?:党委|党总支|党支部|村委会|居委会)?原?(?:第一)?副?(?:书记|主任|嘎查达)"
    # and forest farms (北山国有林场场长: a unit like a town, no division)
    r"|" + _PLACE_CHARS + r"{2,8}?林场(?:党委)?(?:副?场长|副?书记)"
    # (马家坪村驻村工作队队员, 红崖村驻村工作队队长: the team the village hosts)
    r"|" + _PLACE_CHARS + r"{2,8}?(?:村|社区)驻村工作队(?:副?队长|队员)"
    # and the 兵团's divisions (第三师党委书记、政委: the 师 is in no gazetteer of divisions)
    r"|(?:新疆生产建设兵团)?" + _CORPS_DIVISION + r"(?:党委)?(?:常委|(?:常务)?副?(?:书记|政委|师长))"
    # and its farms and their companies, as towns and villages (十团党委书记, 十二连党支部书记、指导员)
    r"|" + _CORPS_UNIT + r"(?:党委|党支部)?(?:常务)?副?(?:书记|政委|团长|连长|指导员)"
)
ZONE_WORDS = r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|综保区|保税区)"
# (时任大忠桥镇党委书记: a word of time before the town is no part of its name either)
_VERB_BEFORE_PLACE = re.compile(r"(?:听取了?|聆听了?|倾听了?|采访了?|拜访了?|会见了?|看望了?|慰问了?|邀请|陪同|会同|时任|曾任|原任|历任|现任|(?:[省市县区]直?)?派驻)(?=[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|村|社区|开发区|高新区|新区)原?(?:党委|党工委|党支部|村委会|居委会|管委会|人民政府|政府|第一书记))")
# A town's or village's post with the town unnamed (镇党委书记王建国, 苏木党委副书记、苏木达X,
# 嘎查党支部书记): kg.relate names it after the town the text was just about.
BARE_TOWN = re.compile(r"(?:镇|乡|街道|苏木|嘎查|社区|村)(?:党委|党工委|党支部|党总支|纪委|人大|人民政府|政府|办事处|居委会|村委会|(?<=村)委会)?原?(?:常务)?副?"
                        r"(?:书记|镇长|乡长|主任|主席|达|(?<=委)(?:组织|宣传|统战)?委员)"
                        # 社区党委书记、居委会主任: the community's committee, after its party post
                        r"|(?<=、)居委会(?:常务)?副?主任"
                        # 寨河镇党委书记方卫东、镇长陈思远: the head of the town just named
                        r"|(?:(?<=[、，,。；;：:\n])|^)[镇乡]长(?=[\u4e00-\u9fff])"
                        # 副镇长魏小川 on a town's own page (the town's name comes from the text)
                        r"|(?:常务)?副[镇乡]长"
                        # 党工委副书记、管委会主任乔文博 after a zone's post (named after that zone)
                        # (not after 、: 开发区党工委委员、管委会副主任 goes on with the zone written)
                        r"|(?<!、)(?:党工委|管委会|纪工委)(?:常务)?副?(?:书记|主任|委员)"
                        # and a zone's (高新区党工委副书记、管委会主任 on the zone's own site)
                        r"|" + ZONE_WORDS + r"(?:党工委|管委会|管理委员会|工委)(?:常务)?副?(?:书记|主任|委员)"
                        # and its departments (经开区招商局局长, 经开区企业服务中心主任)
                        r"|" + ZONE_WORDS + r"(?!党工委|管委会)[\u4e00-\u9fff]{2,10}?(?:局(?=(?:常务)?副?局长)|中心(?=(?:常务)?副?主任)|办公室(?=(?:常务)?副?主任))"
                        r"(?:常务)?副?(?:局长|主任)")
TOWN_LEVEL = "town"  # PostMention.level of such a post
# A post of the organ whose own site the page is, written without the organ (党组成员、副厅长樊立新,
# 厅一级巡视员武宏昌, 任命李文涛为对外贸易处处长): relate names it after the page's organ, or
# drops it on any other page.
ORGAN_POST = re.compile(r"常委会(?:党组(?:副?书记|成员)|(?:常务)?副?主任|副?秘书长|[\u4e00-\u9fff]{2,8}?(?:工委|委员会)副?主任)"  # (a congress's own report)
                        r"|(?:[我本]?[厅局委院])?(?:党组(?:副?书记|成员)|(?:常务)?副?(?:厅长|局长|主任)|[一二]级(?:巡视员|调研员)"
                        # (a court's or a procuratorate's own report: 副院长X, 民一庭庭长Y, 执行局局长Z)
                        r"|(?:常务)?副?(?:院长|检察长)|(?:审判|检察)委员会专职委员|执行局副?局长|[\u4e00-\u9fff]{1,6}?庭副?庭长"
                        r"|第[一二三四五六七八九十]{1,2}检察部副?主任"
                        # (a bureau's own page: 局党委副书记、政委冯丽娜, 党委委员、政治处主任白雪松)
                        r"|[局厅]党委(?:副?书记|委员)|(?<=、)(?:政委|政治处副?主任)"
                        r"|总(?:经济|工程|会计)师)(?![\u4e00-\u9fff]{0,2}(?:会议|办公会|扩大))"
                        # (任命李文涛为对外贸易处处长, 执法稽查科科长宁振海介绍: a division or section of the organ)
                        # (据市商务局…处处长马琰: a post of its own organ, written in full, is no such section)
                        r"|(?![据由在经从])(?:(?![局厅])[\u4e00-\u9fff]){2,14}?(?:处副?处长|科副?科长)")
ORGAN_LEVEL = "organ"  # PostMention.level of such a post
_TOWN_GOVERNMENT = re.compile(r"(?:人民政府|政府)(?=(?:常务)?副?[镇乡]长)")
_TOWN_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|地区|村|社区|林场)")
_TOWN_BEFORE_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,6}?(?:村|社区))")
# 社区党委书记, 园区管委会主任: 区 there ends another word, it is no level.
_NOT_LEVEL_BEFORE = set("社小园景辖城片厂矿校营库")
# What may stand right before a town's, village's or zone's post (a clause start, a bullet,
# 与: 奚文军与村党总支书记…); a zone's post may also follow 驻 (驻拉佑村第一书记).
_BEFORE_BARE_TOWN = "、,，。；;：: \n“”" + BULLETS + "】与和同跟向原.．"  # (1.八宝镇…: a numbered item)
ZONE_POST_START = re.compile(r"(?:^|(?<=[\s驻" + re.escape(_BEFORE_BARE_TOWN) + r"]))(?=[\u4e00-\u9fff])")


# The central bank's, the financial regulator's and the tax administration's offices in a place
# (中国人民银行锦州市分行党委委员、副行长, 国家金融监督管理总局锦州监管分局局长, 国家税务总局盱眙县税务局
# 副局长): the office is the place's, titled without the place (中国人民银行分行副行长); a tax
# office as a county's bureau is written (税务局副局长).
_CENTRAL_OFFICE = re.compile(r"(中国人民银行|国家金融监督管理总局|国家税务总局)")
_CENTRAL_SUFFIX = {"中国人民银行": "分行", "国家金融监督管理总局": "监管分局", "国家税务总局": "税务局"}
CENTRAL_ROLE = re.compile(r"(?:党委|党组)(?:副?书记|委员|成员)|(?:常务)?副?(?:行长|局长)|纪检组组长|总经济师|总会计师")


def _central_branch_post(text: str, pos: int, divisions: dict[int, DivisionMention]) -> PostMention | None:
    office = _CENTRAL_OFFICE.match(text, pos)
    div = divisions.get(office.end()) if office else None
    if div is None or not div.candidates:
        return None
    suffix = _CENTRAL_SUFFIX[office.group()]
    role = CENTRAL_ROLE.match(text, div.end + len(suffix)) if text.startswith(suffix, div.end) else None
    if role is None:
        return None
    organ = suffix if office.group() == "国家税务总局" else office.group() + suffix
    return PostMention(pos, role.end(), organ + role.group(), division=div)


def central_office(title: str) -> str | None:
    """The office a central-office post's title names (中国人民银行分行副行长 -> 中国人民银行分行), if any."""
    for prefix, suffix in _CENTRAL_SUFFIX.items():
        organ = suffix if prefix == "国家税务总局" else prefix + suffix
        if title.startswith(organ) and CENTRAL_ROLE.fullmatch(title, len(organ)):
            return organ
    return None


_PREFECTURE_ORGAN = re.compile(r"(?:地区)?(地委(?:常委(?!会)|副书记|书记|委员(?!会)|副?秘书长)|(?:行署|行政公署)(?:常务)?副?专员)")
_SESSION = re.compile(r"第[一二三四五六七八九十]{1,3}届(?=人大|人民代表大会|政协|中国人民政治协商会议)")


def posts_at(text: str, pos: int, divisions: dict[int, DivisionMention]) -> tuple[PostMention | None, int]:
    """Parse one post starting at ``pos``; return it and the offset after it."""
    start = pos
    league = _YOUTH_LEAGUE.match(text, pos)
    if league and divisions.get(league.end()) is not None:
        # 共青团府谷县委书记: the league's committee of the county, not the party's
        div = divisions[league.end()]
        role = _LEAGUE_ROLE.match(text, div.end)
        if role and div.candidates and div.surface[-1] in LEVELS:
            # (团抚远市委书记 -> 团市委书记, as the league writes it: 共青团 or 团, as the text does)
            return PostMention(start, role.end(), league.group() + div.surface[-1] + role.group(), division=div), role.end()
    bare_league = _BARE_LEAGUE.match(text, pos)
    if bare_league:
        return PostMention(pos, bare_league.end(), bare_league.group(), level=bare_league.group(1)), bare_league.end()
    survey = _SURVEY_TEAM.match(text, pos)
    if survey and divisions.get(survey.start(1)) is not None and divisions[survey.start(1)].end == survey.end(1):
        # 国家统计局固始调查队队长: the national bureau's team in the county
        return (PostMention(start, survey.end(), "国家统计局" + survey.group(2) + survey.group(3), division=divisions[survey.start(1)]),
                survey.end())
    central = _central_branch_post(text, pos, divisions)
    if central is not None:
        return central, central.end
    party = _DEMOCRATIC_PARTY.match(text, pos)
    div = divisions.get(party.end()) if party else None
    if div is not None and div.candidates and div.surface[-1] in LEVELS:
        role = _PARTY_ROLE.match(text, div.end)
        if role:
            return PostMention(start, role.end(), party.group() + div.surface[-1] + role.group(), division=div), role.end()
    bare_party = _BARE_PARTY.match(text, pos)
    if bare_party:
        return PostMention(pos, bare_party.end(), bare_party.group(), level=bare_party.group(1)), bare_party.end()
    cppcc = _CPPCC_BEFORE.match(text, pos)
    div = divisions.get(cppcc.end()) if cppcc else None
    if div is not None and div.candidates:
        role = _CPPCC_ROLE.match(text, div.end)
        if role:
            title = "政协" + ("常委" if role.group(1) == "常务委员" else role.group(1))
            return PostMention(start, role.end(), title, division=div), role.end()
    lead = _VERB_BEFORE_PLACE.match(text, pos)
    if lead:  # 听取大安镇党委书记韦海燕…: the verb is no part of the town's name
        pos = lead.end()
    zone = ZONE_POST.match(text, pos)
    if zone and (pos == 0 or text[pos - 1] in "、,，。；;：: \n驻“”任为的去其原" + BULLETS + "】.．" or lead):
        # 临江镇黄瓜山村党委书记 -> 黄瓜山村党委书记: the village names the post; 新河镇人民政府镇长 ->
        # 新河镇镇长, as 县人民政府县长 is 县长
        title = _TOWN_GOVERNMENT.sub("", _TOWN_BEFORE_VILLAGE.sub("", zone.group()))
        # 奎文区广文街道党工委书记 -> 广文街道党工委书记: the town names it, not its district
        # (湖州市吴兴区织里镇党委副书记 -> 织里镇党委副书记: every division before the town)
        div = divisions.get(pos)
        # (民乐朝鲜族乡乡长: a short name at the start is the town's own name's part)
        while (div is not None and div.candidates and div.surface[-1] in LEVELS
               and _TOWN_NAMED.match(title, len(div.surface))):
            title, div = title[len(div.surface):], divisions.get(div.end)
        return PostMention(pos, zone.end(), title), zone.end()  # (after a lead verb: 时任 stays outside)
    town = BARE_TOWN.match(text, pos)
    if town and (pos == 0 or text[pos - 1] in _BEFORE_BARE_TOWN + "为其的任"):
        return PostMention(start, town.end(), town.group(), level=TOWN_LEVEL), town.end()
    if text.startswith("中共", pos):
        pos += 2
    if text.startswith("师市", pos) and _BARE.match(text, pos + 1):
        pos = start = pos + 1  # 任命李娜为师市商务局局长: the 师 and its city as one, the city's bureau
    acting = _BARE.match(text, pos) if text.startswith("代", pos) else None
    if acting:  # 、代县长刘芳: an acting county head, not a post of 代县 (山西)
        level = next((ch for ch in acting.group()[1:] if ch in LEVELS), None)  # 代县长, 代理市长
        return PostMention(start, acting.end(), acting.group(), level=level), acting.end()
    div = divisions.get(pos)
    # 绍兴市柯桥区委书记: the post is of the innermost division written.
    while div is not None and div.end in divisions:
        div = divisions[div.end]
    if div is not None and div.candidates:
        after = div.end
        # 东乡族自治县县委副书记, 临夏回族自治州州委书记: the level written again after the name
        # (not the first character of a word: 宝鸡市|市场监督管理局局长).
        if (text[after : after + 1] == div.surface[-1] and div.surface[-1] in LEVELS
                and not text.startswith(("市场", "市政", "市民", "区域", "县城"), after)
                and _AFTER_DIVISION.match(text, after + 1)):
            after += 1
        session = _SESSION.match(text, after)
        if session and _AFTER_DIVISION.match(text, session.end()):
            after = session.end()  # 山东省第十届人大常委会副主任: the congress's term is no part of the title
        m = _AFTER_DIVISION.match(text, after)
        former = _PREFECTURE_ORGAN.match(text, after) if m is None else None
        if former and any(c.level == "prefecture" for c in div.candidates):
            # 临沂地委副书记, 临沂地区行署专员: the prefecture's party committee and commissioner's
            # office of the 地区 the city once was
            return PostMention(start, former.end(), former.group(1), division=div), former.end()
        if m and div.surface[-1] not in LEVELS and re.fullmatch(r"(?:代理?)?(?:常务)?副?长", m.group()):
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
        level = next((ch for ch in written if ch in LEVELS), "行署" if written.startswith(("行署", "行政公署")) else None)
        # 区人大常委会主任 -> 人大常委会主任: the level stands for the division's name.
        # 州党委常委 (新疆's prefectures) keeps its level, as 州委常委 does.
        title = (written[1:] if written[0] in LEVELS and written[1:2] != "委" and not written[1:].startswith("长")
                 and not written.startswith("州党委")
                 and written[1:] != "领导" else written)
        title = _GOVERNMENT_HEAD.sub("", title)  # 市政府副市长 -> 副市长
        if title.startswith("党委") and text[start - 1 : start + 1] == "师市":
            title = "师市" + title  # 师市党委常委: the 师's and its city's one committee, as 市委 keeps 市
        if level in LEVELS:
            title = _title_after_level(title)  # 市人民政府副秘书长 -> 政府副秘书长
        return PostMention(start, m.end(), title, level=level), m.end()
    return None, start


# Roles that, written alone after 、, belong to the previous post's organ
# (自治区党委常委、秘书长 -> 自治区党委秘书长).
_ORGAN_ROLES = re.compile(r"^(?:副)?(?:秘书长|常委|委员|主任|主席|书记|(?:组织|宣传|统战|纪检)委员)$")  # (任中共克山县委委员、常委、书记)
_PARTY_ORGAN = re.compile(r"(?:党委|人大常委会|政协|纪委|党工委|^[省市区县州旗盟地]委)$")


_PARTY_DEPARTMENT = re.compile(r"^(?:组织部|宣传部|统战部|政法委|纪委|办公室)")


def _inherit_organ(previous: str, role: str) -> str:
    """The title of a post written after 、 without its organ: 市委常委、秘书长 -> 市委秘书长,
    市委常委、组织部部长 -> 市委组织部部长, 商务局党组书记、局长 -> 商务局局长."""
    organ = ROLE_AT_END.sub("", previous)
    # 县委办公室副主任、主任 -> 县委办公室主任: a career's promotion in the same organ
    promoted = re.fullmatch(r"(.+?)(?:常务)?副" + re.escape(role), previous)
    if promoted and not ROLE_AT_END.search(promoted.group(1)):
        return promoted.group(1) + role
    # 人大常委会党组书记、主任 -> 人大常委会主任: the head of the organ whose party group came first
    body = re.fullmatch(r"((?:人大常委会|政协|人民政府|政府|法院|人民法院|中级人民法院|检察院|人民检察院|工商联|总工会|妇联|科协|侨联|文联|残联"
                        r"|[\u4e00-\u9fff]{2,10}?(?:委员会|委|办公室|中心)|[\u4e00-\u9fff]{1,10}?办))(?:党组|党委)", organ)  # (发展改革委党组书记、主任; 外办党组书记、主任)
    # (市政府党组成员、秘书长 -> 政府秘书长; 市政府办公室党组书记、主任 -> 政府办公室主任)
    if body and re.fullmatch(r"(?:常务)?副?(?:主任|主席|院长|检察长|秘书长)", role):
        return body.group(1) + role
    if _ORGAN_ROLES.match(role) and _PARTY_ORGAN.search(organ):
        return organ + role
    if _PARTY_DEPARTMENT.match(role) and re.fullmatch(r"(?:自治区|地|[" + LEVELS + r"])党?委", organ):
        # (县委常委、纪委书记 -> 纪委书记, as 县纪委书记 is written: the 纪委 is an organ of its own)
        return role if role.startswith("纪委") else organ + role
    # 发展改革委综合处处长、副主任 -> 发展改革委副主任: the head of the body whose division
    # (处, 科) came first
    # (市委组织部干部科科长、副部长 -> 市委组织部副部长, 公安局刑侦支队副支队长、局长: the body whose
    # head the role names, not the first 委 in the name)
    for parent in re.finditer(r"(?=(?:(?<=委员会)|(?<=[委局厅部]))[\u4e00-\u9fff]{2,10}?(?:[处科股]|支队|大队)$)", organ):
        body = organ[: parent.start()]
        if re.fullmatch(r"(?:常务)?副?(?:主任|" + body[-1] + "长)", role):
            return body + role
    # 中级人民法院审判委员会委员、审判员 -> 中级人民法院审判员: the court's judge; its chambers
    # too (中级人民法院审判员、民事审判第二庭副庭长 -> 中级人民法院民事审判第二庭副庭长)
    court = re.match(r"(?:中级人民法院|人民法院|法院|人民检察院|检察院)", organ)
    if court and re.fullmatch(r"(?:[\u4e00-\u9fff]{2,4}?审判(?:第[一二三四五六七八九十]+)?庭)?"
                              r"(?:审判员|检察员|(?:副)?庭长|(?:副)?院长|(?:副)?检察长|审判委员会委员|检察委员会委员)", role):
        return court.group() + role
    # 市政府秘书长、办公室主任 -> 政府办公室主任, 省政府副秘书长、督查室主任 -> 政府督查室主任: the
    # government's own offices, whose head its secretary-general usually is
    # (县政府党组成员、办公室主任 too: the government's party group named first)
    if re.fullmatch(r"(?:人民)?政府(?:党组)?", organ) and re.match(r"(?:办公厅|办公室|督查室)(?:常务)?副?主任$", role):
        return "政府" + role
    # 县人大常委会委员、农业与农村工作委员会副主任 -> 人大常委会农业与农村工作委员会副主任: a
    # committee of the congress or of the CPPCC whose member was named first
    assembly = re.fullmatch(r"人大常委会|人大|政协", organ)
    if assembly and re.fullmatch(r"[\u4e00-\u9fff]{2,12}?委员会(?:常务)?副?(?:主任委员|主任|委员)", role):
        return organ + role
    corps = re.match(_CORPS_DIVISION, organ)
    if corps and not role.startswith(corps.group()):
        return corps.group() + role  # 第三师党委书记、政委 -> 第三师政委
    office = re.fullmatch(r"(.+?(?:局|厅|委员会|委|办))(?:党组|党委)?", organ)
    if office and re.fullmatch(r"新闻发言人|[一二]级巡视员", role):
        return office.group(1) + role  # 农业农村厅党组成员、副厅长、新闻发言人 -> 农业农村厅新闻发言人
    if organ.startswith("海关") and re.fullmatch(r"副?关长", role):
        return "海关" + role  # 烟台海关党委书记、关长 -> 海关关长
    command = re.match(r".*?指挥部", organ)
    if command and re.fullmatch(r"(?:常务)?副?(?:指挥长|总指挥)", role):
        return command.group() + role  # 援青指挥部党委书记、指挥长
    bureau = re.match(r"[\u4e00-\u9fff]{2,12}?[局厅]", organ)
    if bureau and re.fullmatch(r"(?:常务)?副?(?:" + bureau.group()[-1] + "长|政委)", role):
        return bureau.group() + role  # 公安局党委副书记、政委 -> 公安局政委
    if role.startswith("党组") and re.fullmatch(r"(?:常务)?副?[" + LEVELS + r"]长", previous):
        return "政府" + role  # 县人民政府县长、党组书记 -> 政府党组书记: the government's party group
    if role.startswith("党组") and len(organ) >= 2 and not re.search(r"党$|党组|党委|党工委|[" + LEVELS + r"地]委$", organ):
        return organ + role  # 商务局局长、党组书记 -> 商务局党组书记; 人大常委会副主任、党组成员 -> 人大常委会党组成员
    # 周覃镇党委副书记、镇长, 昆山高新区党工委副书记、管委会主任: the town's or zone's head (no
    # division: its name stays in the title)
    # (红崖村第一书记、驻村工作队队长 -> 红崖村驻村工作队队长: the team the village hosts)
    village = re.match(r"[\u4e00-\u9fff]{2,8}?(?:村|社区)(?=(?:党支部|党总支|党委)?(?:第一)?副?书记$)", organ + "书记") \
        if role.startswith("驻村工作队") else None
    if village:
        return village.group() + role
    town = re.match(r"(?:[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|高新区|开发区|经开区|新区|园区)|" + ZONE_WORDS + "|" + _CORPS_UNIT
                    + r")(?=原?(?:党委|党工委|党支部|人大|人民政府|政府|办事处|管委会))", organ)
    if town and not role.startswith(town.group()):
        return town.group() + role
    return role


def _organ_post_at(text: str, pos: int) -> tuple[PostMention | None, int]:
    """An :data:`ORGAN_POST` opening a chain at ``pos`` (after a clause's start, 为, 其 or 的)."""
    m = ORGAN_POST.match(text, pos)
    if m is None or (pos and text[pos - 1] not in _BEFORE_BARE_TOWN + "为其的驻任"):
        return None, pos
    return PostMention(pos, m.end(), m.group(), level=ORGAN_LEVEL), m.end()


# A role at a congress's session, no post (大会主席团常务主席, 大会执行主席)
_MEETING_ROLE = re.compile(r"(?:大会)?(?:主席团(?:常务)?主席|主席团成员|执行主席)|代表团副?团长")


def post_chain(text: str, pos: int, by_start: dict[int, DivisionMention]) -> list[PostMention]:
    """Posts joined by 、 / 兼 starting at ``pos``."""
    posts: list[PostMention] = []
    post, after = posts_at(text, pos, by_start)
    if post is None:
        post, after = _organ_post_at(text, pos)
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
            if text[after + 1 : after + 2] in ("我", "本") and text[after + 2 : after + 3] in LEVELS:
                after += 2  # 海珠区副区长、挂职我市副市长: the text's own city, a bare post
        nxt, after2 = posts_at(text, after + 1, by_start)
        if nxt is None and post.level == ORGAN_LEVEL:
            nxt, after2 = _organ_post_at(text, after + 1)  # 党组成员、副厅长 (the same organ's)
        office = central_office(post.title) if nxt is None and post.division is not None else None
        role = CENTRAL_ROLE.match(text, after + 1) if office else None
        if role is not None:  # 中国人民银行锦州市分行党委委员、副行长: the same office's
            nxt, after2 = PostMention(role.start(), role.end(), office + role.group(), post.division), role.end()
        if nxt is None:
            m = CONTINUATION.match(text, after + 1)
            meeting = _MEETING_ROLE.match(text, after + 1) if not m else None
            if meeting:
                # 县委委员、镇党委书记、大会主席团常务主席X: a role at the meeting, no post; the
                # chain (and the name after it) goes on past it
                last = posts[-1]
                posts[-1] = PostMention(last.start, meeting.end(), last.title, last.division, last.level)
                post, after = posts[-1], meeting.end()
                continue
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
        seconded = post_chain(text, after + (4 if text.startswith("任", after + 3) else 3), by_start)
        if seconded and text[seconded[-1].end : seconded[-1].end + 1] in ")）":
            posts = posts + seconded
    # 新乡市人民代表大会常务委员会…主任: an organ's full name, titled as it is usually written
    # (八宝镇党委原书记, 原党组成员: the post once held, titled as it is)
    posts = [PostMention(p.start, p.end, _TITLE_TIDY.sub(lambda m: _SHORT_ORGAN.get(m.group(), ""), p.title), p.division, p.level)
             if _TITLE_TIDY.search(p.title) else p for p in posts]
    # 中共白霓镇委员会书记 -> 白霓镇党委书记: a town's party committee as it is usually written
    posts = [PostMention(p.start, p.end, _TOWN_COMMITTEE.sub(r"\1党委", p.title), p.division, p.level) for p in posts]
    # 副县长、中山河县级河长 -> 县级河长: the level's river chief, whichever river
    posts = [PostMention(p.start, p.end, _RIVER_NAMED.sub("", p.title), p.division, p.level) for p in posts]
    # 县财政局驻平瑶村第一书记 -> 平瑶村第一书记: the village's first secretary, whoever sent him
    return [PostMention(p.start, p.end, _SENT_TO_VILLAGE.sub("", p.title), p.division, p.level)
            if p.title.endswith("第一书记") else p for p in posts]


_TOWN_COMMITTEE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,8}?[镇乡])委员会")
_RIVER_NAMED = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:河|江|溪|湖|林区|流域)(?=[省市县区镇乡村]级)")
_SENT_TO_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{0,12}?派?驻(?=[\u4e00-\u9fff]{2,8}?(?:村|社区)(?:党支部|党总支)?第一书记$)")
# (longest first: the standing committee before the congress, 羊平镇人民代表大会副主席 -> 羊平镇人大副主席)
_SHORT_ORGAN = {"人民代表大会常务委员会": "人大常委会", "人民代表大会": "人大"}
# 原 written inside a post (党委原书记, 原党组成员): the post is one once held
ONCE_HELD = re.compile(r"原(?=党组|党委|党支部|党工委|村委会|常务|副|书记|主任|局长|股长|镇长|乡长|成员|委员|主席)")
_TITLE_TIDY = re.compile("|".join(_SHORT_ORGAN) + "|" + ONCE_HELD.pattern)


# An aside in brackets after a post (副县长(挂职)李思远, 副市长（挂职），市政府党组成员, 州长(女)…)
POST_ASIDE = re.compile(r"[(（](?:挂职|兼|代|正[厅处科]级|副[厅处科]级|女|[\u4e00-\u9fff]{1,2}族)[)）]")
POST_START = re.compile(r"中共|共青团|" + _PARTY + r"|政协(?![副主秘常委])|中国人民政治协商会议|代(?=理?[省市区县州旗盟]长)|团(?=[\u4e00-\u9fff]{0,8}?[市县区州旗盟]委)|国家统计局|中国人民银行|国家金融监督管理总局|国家税务总局|委|自治区|行署|行政公署|地委|地区|(?<![全该])[" + LEVELS + r"]|常务|副|国家主席|国务院")


def find_posts(text: str, divisions: list[DivisionMention]) -> list[tuple[PostMention, ...]]:
    """Every chain of posts in ``text``, whether or not a name follows (for the model's names)."""
    by_start = {d.start: d for d in divisions if d.candidates}
    starts = sorted(set(by_start) | {m.start() for m in POST_START.finditer(text)})
    out: list[tuple[PostMention, ...]] = []
    taken_until = -1
    for pos in starts:
        if pos < taken_until:
            continue
        posts = post_chain(text, pos, by_start)
        if posts:
            out.append(tuple(posts))
            taken_until = posts[-1].end
    return out


# An organ's title split at the organ's last word: 发展和改革委员会|主任, 工信局|副局长
_ORGAN_AND_ROLE = re.compile(r"^(.+?(?:委员会|[局委厅办]))((?:党组)?(?:常务)?副?[\u4e00-\u9fff]{1,3})$")


def _in_order(short: str, full: str) -> bool:
    """Whether ``short``'s characters all occur in ``full`` in order (发改委 in 发展和改革委)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def shortens(short: str, full: str) -> bool:
    """Whether organ name ``short`` is ``full`` shortened (发改委, 发展改革委 for 发展和改革委员会;
    人社局 for 人力资源和社会保障局), not a body of its own inside it (财政局 in 财政局预算局)."""
    short, full = (re.sub("委员会$", "委", name) for name in (short, full))
    return (len(short) < len(full) and short[0] == full[0] and short[-1] == full[-1]
            and not full.startswith(short) and _in_order(short, full))


def abbreviates(short: str, full: str) -> bool:
    """Whether title ``short`` is ``full`` with its organ's name shortened (发改委主任 for
    发展和改革委员会主任, 人社局局长 for 人力资源和社会保障局局长): the same post written twice."""
    a, b = _ORGAN_AND_ROLE.match(short), _ORGAN_AND_ROLE.match(full)
    return bool(a and b and a.group(2) == b.group(2) and shortens(a.group(1), b.group(1)))
