"""Named programs, strategies, campaigns and policy slogans.

Most are quoted (“415X”先进制造业集群, “千万工程”, “六干”作风, “两重”“两新”), but so are
awards (“浙江制造天工鼎”), brands (“景宁600”品牌), places (“中国医药港”产业地标),
categories of enterprises (“小巨人”) and plain quotations. A quoted span is judged by
what it is made of and by the words around it: the head noun after it (工程, 行动,
战略, 改革, 试点, 机制, 作风 ... against 品牌, 称号, 产业地标 ...), the verb before it
(实施, 深化, 弘扬 ... against 夺得, 荣获, 入选), and its shape (short names, number codes
such as 415X and 2+3+X, against clauses with punctuation). Unquoted programs are
number-word coinages (千万工程, 八八战略) and the slogans of ``programs.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from kg.nlp.lexicon import jieba_dictionary, load_lexicon, word_frequencies


# Head nouns that make the quoted name a program when they follow it or end it.
_PROGRAM_HEADS = (
    "工程", "行动", "战略", "计划", "改革", "试点", "机制", "政策", "作风", "精神", "经济", "攻坚",
    "专项行动", "攻坚行动", "攻坚战", "工作法", "工作体系", "体系", "模式", "先进制造业集群", "集群",
    "项目", "三年计划", "行动计划", "举措", "运动", "战役", "工作", "建设", "制度", "方法", "融合",
    "发展路径", "服务模式", "发展模式", "评价模式", "闭环机制", "活动",
    # a slogan the centre or the province sets (“四个走在前”重大要求, “建成支点…”目标定位)
    "重大要求", "重大任务", "重大使命", "目标定位", "战略定位", "总要求", "新要求", "新定位", "新使命",
    "帮扶",  # 教育人才“组团式”帮扶
)
# Head nouns that make it something else: honours, brands, places, titles, categories.
_OTHER_HEADS = (
    "品牌", "金名片", "名片", "称号", "荣誉", "奖", "鼎", "金鼎", "产业地标", "地标", "企业", "示范区",
    "先行区", "样板区", "平台", "基地", "园区", "产业园", "会议", "理念", "路径",
    "目标", "主基调", "优势", "效应", "现象", "人物", "思想", "讲话", "新篇章",
    "发源地", "城市", "中心", "班列", "商品", "产品", "标签", "大会", "赛", "杯", "文化", "担当",
    "责任担当", "格局", "大格局", "新期待", "关键路径",
    "系统举措", "展厅", "县", "镇", "村", "街区", "馆", "厅", "港", "谷",
    "产业生态", "交易平台", "类企业", "新品牌", "作用", "部署要求", "数字化升级", "投产达效",
    "产业地标", "质量", "引领",
)
_PROGRAM_SUFFIX = re.compile(r"(?:工程|行动|战略|计划|改革|试点|机制|政策|经济|攻坚战|工作法|三年行动|通办|[^体]制)$")  # …, 川渝通办: a joint-service reform
_OTHER_SUFFIX = re.compile(r"(?<![进入到上下回出])(?:谷|港|(?<!之)城|湾|廊|中心|基地|小镇|街区|产业园|园区|平台|瓶颈|问题|短板|难题|风险|堵点|痛点"
                           r"|合作社|公司|协会|联盟|商会)$")  # …, “两山合作社”: an organisation
_BEFORE_PROGRAM = re.compile(r"(?:实施|推进|深化|落实|开展|推行|践行|弘扬|争取|贯彻|启动|部署|抓好|抓实|打好|做实|迭代|深耕|推动|加快|持续|坚持|围绕|聚焦|发挥|抢抓|依托|用好|借力|推广|实行|探索|完善|创设|融入|锚定|激发|聚力|紧扣|主攻)(?:好|实|深)?$")
# 按照省委“富矿精开”部署, 州委“强州府”部署: a party committee's named deployment
_ORGAN_DEPLOYS = re.compile(r"(?:[省市州县区盟旗]委|党委|[省市县区]政府)$")
_DEPLOYMENT_AFTER = re.compile(r"(?:的)?(?:部署|决策部署|决策|战略部署|工作部署)")
_BEFORE_OTHER = re.compile(r"(?:夺得|荣获|获评|获得|获|入选|创成|评为|称为|誉为|被誉为|成为|称号|打造|叫响|擦亮|树立|争创|创建|命名为|被评为|列入|位列|跻身|进入|授予|首批|呈现|“)$")
_DESIGNATION_BEFORE = re.compile(r"(?:作为|列为|当作|当成|视为)[\u4e00-\u9fff]{0,8}$|(?:这个|这一|这项)$")
_INDUSTRY_AFTER = re.compile(r"产业(?![链集体园发化基])")
_THINGS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:美食|小吃|特产|农产品|产品|商品|品牌|菜品|文创)")
_PROBLEMS_AFTER = re.compile(r"(?:“[^”“]{1,24}”)*等?(?:问题|难题|短板|困难|痛点|堵点|瓶颈)")
_DESCRIBED_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:精神|难题|问题|困境|窘境|短板|现象|局面|怪圈|心态)")
_THEME_YEAR = re.compile(r"^[\u4e00-\u9fff]{2,}[\u4e00-\u9fff]{2}年$")
_PLAN_PERIOD = re.compile(r"^十[一二三四五六七八九]五$")
_TITLE_PLACE = re.compile(r"^[一二三四五六七八九十百千万亿两双]+[强亿]+(?:县|市|区|镇|村)$")  # (“双区” is two zones)
_RANK_EPITHET = re.compile(r"^(?:头号|一号|首要|头等|第一|1号)(?:工程|任务|战略)$")
_CODE = re.compile(r"^[0-9A-Za-z+＋—\-×]+$|^[0-9]+[A-Za-z]$")  # 415X, 2+8, 4×4
_NUMERIC_WORD = re.compile(r"^[一二三四五六七八九十百千万亿两双]+[一二三四五六七八九十百千万亿两双个大项张条字]*[\u4e00-\u9fff]{0,4}$")
# Unquoted coinages: 千万工程, 八八战略, 百千万工程 (numbers then 工程/战略/行动).
_UNQUOTED = re.compile(r"([一二三四五六七八九十百千万两双]{2,4}(?:工程|战略))")
# Unquoted named programs: a noun phrase ending in one of these (产业基础再造工程,
# 新型城镇化建设三年行动, 国资国企改革, 人工智能赋能制造业试点, 农民增收10项举措).
# The head ends the name: what follows is punctuation, a conjunction joining a second
# name (…三年行动和…行动), or 建设/工作 (农村能源革命试点建设).
_HEAD_END = r"(?=[^\u4e00-\u9fff]|[和与及、等为的]|建设|工作|$)"
_UNQUOTED_HEAD = re.compile(
    r"(?:专项行动|三年行动|行动计划|三年计划|工程|行动|改革|试点|计划|革命|举措|措施|补助奖励政策|补贴政策|奖励政策|扶持政策|联系[\u4e00-\u9fff]{2,6}制度)" + _HEAD_END
    + r"|[十百]条(?:措施|举措)?" + _HEAD_END + r"|[0-9]+条(?:措施|举措|政策|意见)" + _HEAD_END
)
# Heads that name a program only with a count in the name (服务青年发展40条举措, 五大行动).
_COUNTED_HEADS = ("计划", "举措", "措施")
_NUMBERED_COINAGE = re.compile(r"^[一二三四五六七八九十百千万两双][\u4e00-\u9fff]?[一二三四五六七八九十百千万两双]?[\u4e00-\u9fff]{1,4}$")
_COUNT = re.compile(r"[0-9一二三四五六七八九十百千两]+(?:条|项|大|年|亿|千|百)|倍增|翻番")
_FACILITY_COUNT = re.compile(r"[0-9一二三四五六七八九十百千万两]+(?:\.[0-9]+)?(?:余|多)?(?:处|座|个|条|宗|项|公里|千米|万|家)")
# Leading words that govern the name rather than belong to it.
_LEADING = re.compile(r"(?:(?:全面|深入|大力|持续|积极|扎实|加快|着力|全力|聚力|奋力|率先|继续|进一步|深化)?(?:实施|开展|推进|深化|启动|推动|落实|打好|抓好|做好|攻坚|获批|获|争创|创建|完成)|新一轮|第[一二三四五六七八九十]+[轮批期]|好|[省市区县](?![级内域委领场民政容城]))+")
# Words that govern a program's name from outside it: the name starts after them.
_GOVERNING = {
    "实施", "开展", "推进", "深化", "启动", "推动", "落实", "加快", "打好", "入选", "争创", "创建",
    "部署", "深入", "持续", "全面", "大力", "积极", "扎实", "组织", "完成", "出台", "制定", "发布",
    "印发", "聚焦", "围绕", "依托", "通过", "开启", "迭代", "承接", "承担", "获批", "列入", "纳入",
    "成为", "作为", "率先", "全力", "加速", "坚持", "抓好", "做好", "用好", "探索", "打造", "谋划",
}
# Cores that make a generic phrase, not a name (重大工程, 各项改革, 这项行动).
_GENERIC_CORE = re.compile(
    r"^(?:[0-9一二三四五六七八九十百两]+[项个大条])?"
    r"(?:重大|重点|各项|这项|该项|此项|一系列|系列|相关|多项|有关|民生|专项|一批|各类|这些|上述|本次|此次|新一轮"
    r"|具体|主要|关键|务实|有力|配套|主体|实际|头号|首要|发展|[\u4e00-\u9fff]{0,4}性|(?:重点|关键|重要|各)领域)?$")
# (ad: 详细了解…改革 — an adverb of manner ends a name read backwards)
_BREAK_FLAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "d", "ad", "y", "e", "o", "w", "x", "i"}
_MAX_UNQUOTED = 16
# 龙海川详细了解|通关便利化改革: what a visitor does to a program is not part of its name
_VISIT_VERBS = {"提出", "出台", "制定", "印发", "推出", "负责", "分管", "协助", "主管", "了解", "察看", "查看", "调研", "考察", "听取", "看望", "走访", "视察", "参观", "观摩", "询问", "强调", "指出", "要求"}
# (‘花木+’, ‘三篇大文章’: a name quoted inside a quotation takes single quotes)
_QUOTED = re.compile(r"“([^“”\n]{1,32})”|‘([^‘’“”\n]{1,32})’")
_PARALLEL = re.compile(r"^[\u4e00-\u9fff0-9]{2,9}(?:、[\u4e00-\u9fff0-9]{2,9}){1,3}$")
_ONE_ONE = re.compile(r"^一[\u4e00-\u9fff]{1,3}一[\u4e00-\u9fff]{1,3}$")
# 以购代捐, 以竹代塑, 以旧换新, 以工代赈: a policy formula "by X, Y"
_BY_FORMULA = re.compile(r"^以[\u4e00-\u9fff]{1,2}[代促带换补养]([\u4e00-\u9fff]{1,2})$")


@dataclass(frozen=True)
class ProgramMention:
    """A named program as written: ``name`` without quotes, offsets of the whole mention."""

    start: int
    end: int
    name: str
    quoted: bool
    score: float


def _lexicon() -> ahocorasick.Automaton:
    return load_lexicon("programs.txt")


def _common_word(text: str) -> bool:
    """Whether ``text`` is an everyday word (in jieba's dictionary, used often)."""
    return word_frequencies().get(text, 0) >= 20


@lru_cache(maxsize=None)
def _heads_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(heads, key=len, reverse=True))))


def _head_after(text: str, pos: int, heads: tuple[str, ...]) -> str | None:
    """The longest of ``heads`` that ``text`` has at ``pos``, if any."""
    m = _heads_pattern(heads).match(text, pos)
    return m.group() if m else None


_STRONG_HEADS = ("行动", "工程", "计划", "战略", "改革", "试点", "集群", "机制", "模式", "行动方案")
_WINDOW = 6


def _head_within(text: str, pos: int) -> tuple[str | None, int]:
    """("program" | "other", how many characters on) for the first head noun within a few
    Han characters after ``pos`` (提升行动, 的目标), or (None, 0)."""
    for k in range(1, _WINDOW + 1):
        ch = text[pos + k - 1 : pos + k]
        if not ("\u4e00" <= ch <= "\u9fff" or ch.isdigit()):  # 等178项改革任务
            return None, 0
        other = _head_after(text, pos + k, _OTHER_HEADS)
        if other and len(other) > 1 and not _head_after(text, pos + k, _STRONG_HEADS):
            return "other", k  # (one-character heads such as 村 or 港 end too many words)
        if _head_after(text, pos + k, _STRONG_HEADS):
            return "program", k
    return None, 0


def _verb_core(word: str) -> bool:
    """Whether ``word`` alone before a head would be a bare action (提升行动), no name."""
    import jieba.posseg as pseg

    pairs = pseg.lcut(word, HMM=False)
    return len(pairs) == 1 and pairs[0].flag in ("v", "vn")


def _opens_with_verb(phrase: str) -> bool:
    import jieba.posseg as pseg

    first = next(iter(pseg.cut(phrase, HMM=False)), None)
    return first is not None and first.flag in ("v", "vn", "l") and len(first.word) >= 2


_TO_QUOTE = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:到|向)“")
_FROM_QUOTE = re.compile(r"从“[^“”]{1,12}”[\u4e00-\u9fff]{0,2}$")


def _is_idiom(inner: str) -> bool:
    """Whether jieba's dictionary holds ``inner`` as one idiom (一池春水, 如虎添翼)."""
    entry = jieba_dictionary().get(inner)
    return entry is not None and entry[1] == "i"


@lru_cache(maxsize=1)
def _known_programs() -> frozenset[str]:
    return frozenset(word for _, word in _lexicon().items())


def _skip_quotes(text: str, pos: int) -> int:
    """Past a run of further quoted names: “两重”“两新”政策 -> the position of 政策."""
    while pos < len(text) and text[pos] == "“":
        close = text.find("”", pos, pos + 26)
        if close < 0:
            break
        pos = close + 1
    if text.startswith("等", pos):
        pos += 1
    return pos


def score_quoted(text: str, start: int, end: int, inner: str) -> float:
    """How likely the quoted span ``text[start:end]`` (content ``inner``) names a program.

    Positive means a program. The features are additive and each is general: the head
    noun after the quote, the verb before it, and the name's own shape.
    """
    score = 0.0
    after = _skip_quotes(text, end)
    if inner in _known_programs():
        score += 3.0  # 枫桥经验, 千万工程: a known national or provincial program
    if _PROGRAM_SUFFIX.search(inner) or _THEME_YEAR.search(inner):
        score += 2.0  # …工程, …行动; 招商引资提质年, 项目建设提速年: a year's theme campaign
    if _OTHER_SUFFIX.search(inner):
        score -= 2.5  # “中国视谷”, “三大瓶颈”: a place or a problem, whatever is done to it
    if _head_after(text, after, _PROGRAM_HEADS):
        score += 1.5
    elif _head_after(text, after, _OTHER_HEADS):
        # “双百”企业培育工程: a strong head a few characters on outweighs 企业
        score += 1.0 if _head_within(text, after + 1)[0] == "program" else -2.0
    else:
        # “三品”提升行动, “金种子”企业培育计划, “汉服小镇”电商服务平台, “…”的目标: a head a
        # few characters on says the same, a little less surely.
        head, distance = _head_within(text, after)
        if _INDUSTRY_AFTER.match(text, after) and head != "program" and not re.search(r"[0-9+＋]", inner):
            # 做强“双首位”产业: a category of industries (a coded scheme such as “2+8”
            # or 415X names a plan of industries, which the schema counts)
            score -= 2.0
        elif head == "program":
            score += 1.5 if distance <= 2 else 1.0
        elif head == "other":
            score -= 2.0
    if text[end : end + 1] == "等" and _THINGS_AFTER.match(text, after):
        score -= 2.5  # 推动“常德牛肉粉”等特色美食走出去: one of some products, no program
    if _DESCRIBED_AFTER.match(text, after):
        score -= 3.0  # 弘扬“爱拼才会赢”的闽商精神, 破解“有企业无链条”的难题: a description
    if inner.endswith("过半"):
        score -= 3.0  # 实现“双过半”, “时间过半、任务过半”: a half-year milestone reached, no program
    if _PROBLEMS_AFTER.match(text, end):
        score -= 6.0  # 存在“数量多、个头小、梯队不够完整”“融资渠道偏窄”等问题: problems named, whatever their shape
    if (text.endswith("从", 0, start) and _TO_QUOTE.match(text, end)) or (
            text.endswith(("到", "向"), 0, start) and _FROM_QUOTE.search(text, max(0, start - 30), start)):
        score -= 3.0  # 从“两岸合作”到“双向开放”, 从“输血”走向“造血”: a shift described, no names
    if _is_idiom(inner) and inner not in _known_programs():
        score -= 2.0  # 激活基层治理“一池春水”: an idiom used as a metaphor
    four_by_four = _PARALLEL.match(inner) and all(len(item) <= 4 for item in inner.split("、"))
    if len(inner) >= 7 and not four_by_four and _opens_with_verb(inner):
        score -= 3.0  # “发展壮大村级集体经济”: a task written as a verb phrase, not a name (a
        # slogan of four-character phrases, 争当表率、争做示范、走在前列, is one)
    # “标准地+承诺制”“拿地即开工”: a quoted name right after another is implemented as that
    # one is (the verb's bonus carries over; a penalty stays with the words right before)
    lead = start
    while text[lead - 1 : lead] in ("”", "’"):
        opening = text.rfind("“" if text[lead - 1] == "”" else "‘", max(0, lead - 34), lead - 1)
        if opening < 0:
            break
        lead = opening
    if _BEFORE_PROGRAM.search(text[max(0, lead - 4) : lead]):
        score += 1.0
    if _ORGAN_DEPLOYS.search(text, max(0, start - 4), start) and _DEPLOYMENT_AFTER.match(text, after):
        score += 1.5
    before = text[max(0, start - 4) : start]
    if _BEFORE_OTHER.search(before):
        score -= 1.5
    if _DESIGNATION_BEFORE.search(text, max(0, start - 12), start) and not text.endswith(("建设", "实施", "推进", "落实"), 0, start):
        # (作为建设“强富美高”新江苏的…: the quote is what is built, not the rank given)
        score -= 3.0  # 把“双招双引”作为“一号工程”, …建设这个“一号工程”: a rank given to what came before
    if _RANK_EPITHET.match(inner) and re.match(r"[—─-]{1,2}[“‘]", text[end : end + 3]):
        score -= 3.0  # 以省委“头号工程”——“百县千镇万村高质量发展工程”为总抓手: the rank given, then the name
    if _PLAN_PERIOD.match(inner):
        score -= 5.0  # “十四五”规划: a five-year plan's period
    if text.endswith(("简称", "简称为"), max(0, start - 3), start):
        # …城市建设投资集团有限公司(以下简称“五常城投”): a company's short name; “百村精品、千村示范、
        # 万村创建”行动(以下简称“百千万”行动): a program's, the same program again
        score -= 5.0
    if _TITLE_PLACE.match(inner):
        score -= 2.5  # 冲刺“千亿县”, “百强县”: a title a division seeks, not a program
    if _CODE.match(inner) and any(ch.isdigit() for ch in inner):
        score += 1.0
        if inner.isdigit() and len(inner) >= 3:
            score += 1.0  # “12221”农产品市场体系, 33618: a numeral code names a scheme
    if _NUMERIC_WORD.match(inner):
        score += 0.5
    if "+" in inner or "＋" in inner:
        score += 2.5  # 基金+资金+供应链: a formula of measures (the schema counts them)
    if _PARALLEL.match(inner) and all(_common_word(item) for item in inner.split("、")):
        score -= 1.5  # “金融、科技”: a list of everyday words, not a slogan
    elif _PARALLEL.match(inner):
        score += 1.5  # 一包到底、一周清零: a slogan of parallel phrases
    elif re.search(r"[、]", inner):
        score -= 1.0
    if _ONE_ONE.match(inner):
        score += 1.5  # 一县一策, 一岛一功能
    if _BY_FORMULA.match(inner):
        score += 2.0  # 以购代捐, 以销代帮
    if _common_word(inner):
        score -= 1.5  # 活水, 路线图, 一盘棋: an ordinary word used as a metaphor
    if re.search(r"[，,。；;！!？?：:]", inner) or len(inner) > 24 or (len(inner) > 14 and not _PARALLEL.match(inner)):
        score -= 3.0
    if len(inner) <= 1:
        score -= 2.0
    if "·" in inner or re.search(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", inner):
        score -= 1.0  # a year (2025年…) or a foreign name, not a coded program (51020 is one)
    return score


_COUNTED_ITEM = re.compile(r"^[一二三四五六七八九十两]+(?:个|大|项|张|条)")


def _split_parallel(inner: str) -> list[str]:
    """Names in a quoted list: one slogan (一包到底、一周清零) stays whole; a list of named
    programs (腾笼换鸟、凤凰涅槃) or of counted items (一个首要任务、三个主攻方向、两个根本) splits."""
    items = [i for i in inner.split("、") if i]
    if len(items) < 2:
        return [_name(inner)]
    known = {word for _, word in _lexicon().iter_long(inner)}
    if all(i in known for i in items) or all(_COUNTED_ITEM.match(i) for i in items):
        return [_name(i) for i in items]
    return [_name(inner)]


def _name(inner: str) -> str:
    """The program's name: no quotes; 工程/战略 kept when the quoted name has them."""
    return inner.strip()


def _unquoted(text: str) -> list[tuple[int, int]]:
    """Spans of unquoted program names: a head (工程, 行动, 改革 ...) and the words before it."""
    import jieba.posseg as pseg

    spans = []
    for m in _UNQUOTED_HEAD.finditer(text):
        lo = max(0, m.start() - _MAX_UNQUOTED)
        if text[m.start() - 1 : m.start()] in ("”", "“"):
            continue  # “千项万亿”工程: the quoted name is the program
        start, taken = m.start(), ""
        for pair in reversed(pseg.lcut(text[lo : m.start()], HMM=False)):
            word, flag = pair.word, pair.flag
            if not word.isalnum():
                break
            # 示范创建行动: a governing verb right before the head is part of the name.
            # …改革深化提升行动: a governing verb before a bare verb (提升) is inside the name.
            bare_verb_taken = start == m.start() - len(taken) and taken not in _GOVERNING and _verb_core(taken)
            # (认真落实草原生态保护补助奖励政策: jieba keeps 认真落实 one word)
            governs = ((word in _GOVERNING or (len(word) > 2 and word[-2:] in _GOVERNING))
                       and start < m.start() and not bare_verb_taken)
            # 对标提升 cut as 对/标: two single characters are one word jieba split.
            split_word = len(word) == 1 and len(taken) == 1
            # 低效用地再开发三年行动: 再 (re-) belongs to the name it stands in.
            if (governs or flag in _BREAK_FLAGS or word in _VISIT_VERBS) and not split_word and word != "再":
                break
            start -= len(word)
            taken = word
        if start == lo and lo > 0 and text[lo - 1 : lo + 1].isalnum():
            continue  # the name runs past the window: a clause, not a name
        if text[start - 1 : start] == "”":
            continue  # “百日攻坚”项目建设行动: the quoted name is the program
        lead = _LEADING.match(text, start, m.start())
        if lead:
            start = lead.end()
        core = text[start : m.start()]
        if len(core) < 2 or _GENERIC_CORE.match(core) or core[0].isdigit():  # (其中9项治理工程: a count)
            continue
        # 深入实施创新型企业梯次培育计划: a plan named at length after 实施 needs no count.
        implemented = m.group() == "计划" and len(core) >= 6 and text[max(0, start - 2) : start] == "实施"
        if m.group() in _COUNTED_HEADS and not _COUNT.search(core) and not implemented:
            continue
        if m.group() in _COUNTED_HEADS and re.match(r"[\d一二三四五六七八九十两]+条", core):
            continue  # (从…等方面提出18条支持措施: how many measures, no name)
        if _FACILITY_COUNT.match(text, m.end()):
            continue  # 新建改建农村供水工程45处: works counted, not a program
        # 百企扩产行动 -> 百企扩产: a numbered coinage is the name, the head only says
        # what kind of thing it is; a descriptive phrase keeps its head (…三年行动).
        end = m.start() if _NUMBERED_COINAGE.match(core) and m.group() in ("行动", "活动", "工程") else m.end()
        spans.append((start, end))
    return spans


# A policy document in book-title marks is a program: 《宜昌市制造业数字化转型三年行动方案
# (2025—2027年)》 -> 制造业数字化转型三年行动方案 (no issuing division, no years). Laws
# and regulations (条例, 办法) are not.
_POLICY_DOC = re.compile(r"《([^《》\n]{4,40}?(?:行动方案|实施方案|工作方案|行动计划|三年行动|实施意见|若干措施|若干政策|措施|规划|计划))"
                         r"(?:[(（][0-9—\-－~年至]+[)）])?》")
# Sector-strong slogans (工业强县, 文旅强市, 人才强省): a development strategy of the division.
# Only as a pursued strategy (坚持工业强县不动摇, 实施文旅强市战略), not as a self-description
# (扛起经济大区、工业强区责任担当).
_STRONG_SLOGAN = re.compile(
    r"(?:(?<=坚持|实施|推进|深化|落实|打造|推动|建设|紧扣|围绕|聚焦|锚定)|(?<=深入实施|加快建设))"
    r"(?:工业|农业|制造业|制造|文旅|旅游|科技|人才|教育|交通|数字|生态|质量|开放|产业|品牌|商贸|物流)强(?:省|市|县|区|镇|州|旗|盟)"
    r"|(?:工业|农业|制造业|制造|文旅|旅游|科技|人才|教育|交通|数字|生态|质量|开放|产业|品牌|商贸|物流)强(?:省|市|县|区|镇|州|旗|盟)(?=战略|行动|工程)"
)


# East-west and counterpart cooperation named by the two provinces' abbreviations (粤桂协作,
# 闽宁协作, 鲁渝协作, 龙粤对口合作): a national mechanism wherever it is written.
_PROVINCE_ABBREVIATIONS = "京津沪渝冀豫滇辽黑龙湘皖鲁苏浙赣鄂桂甘陇晋蒙陕吉闽黔粤青藏川宁琼"
_PAIRED_COOPERATION = re.compile(
    rf"(?<![{_PROVINCE_ABBREVIATIONS}])([{_PROVINCE_ABBREVIATIONS}])(?!\1)[{_PROVINCE_ABBREVIATIONS}](?:对口)?(?:协作|合作)"
    r"(?![\u4e00-\u9fff]{0,2}(?:区|园|社|公司|银行|大学)|项目)")  # 川渝合作项目: projects, not the mechanism


def _policy_documents(text: str) -> list[ProgramMention]:
    out = []
    for m in _POLICY_DOC.finditer(text):
        name = m.group(1)
        if "“" in name or '"' in name:
            continue  # 《推进“高效办成一件事”改革实施方案》: the quoted program is what it carries out
        for last, _word in _division_prefix(name):
            name = name[last + 1 :]
        name = re.sub(r"^(?:中共|人民政府|政府|市委|县委|区委|省委|办公室|办公厅)+", "", name)
        if len(name) >= 4:
            out.append(ProgramMention(m.start(), m.end(), name, True, 1.0))
    return out


def _division_prefix(name: str) -> list[tuple[int, str]]:
    """The division name that opens ``name`` (宜昌市制造业… -> 宜昌市), as (last index, name)."""
    from kg.admin import gazetteer

    by_name = gazetteer().by_name
    for k in range(min(len(name), 12), 1, -1):
        if name[:k] in by_name:
            return [(k - 1, name[:k])]
    return []


@lru_cache(maxsize=1)
def _city_integration() -> re.Pattern[str]:
    """Two or three cities' first characters joined to 一体化 or 同城化 (广清一体化, 郑许一体化,
    苏锡常一体化, 广佛同城化): a regional integration programme, named as the press writes it."""
    from kg.admin import PREFECTURE, gazetteer

    firsts = "".join(sorted({d.name[0] for d in gazetteer().by_code.values() if d.level == PREFECTURE}))
    return re.compile(rf"([{firsts}])(?!\1)[{firsts}](?:[{firsts}])?(?:一体化|同城化)"
                      r"(?![\u4e00-\u9fff]{0,3}(?:示范区|先行区|园|区|项目))")


_WHOSE = re.compile(r"[全我本][省市区县州旗盟]")
_SHARED_HEAD_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2}、)+$")


def find_programs(text: str, threshold: float = 0.5) -> list[ProgramMention]:
    """Program mentions in ``text``: quoted names that score above ``threshold``, and lexicon hits."""
    out: list[ProgramMention] = _policy_documents(text)
    quoted_spans: list[tuple[int, int]] = [(p.start, p.end) for p in out]
    out += [ProgramMention(m.start(), m.end(), m.group(), False, threshold) for m in _STRONG_SLOGAN.finditer(text)
            if not any(a <= m.start() < b for a, b in quoted_spans)]
    for m in _QUOTED.finditer(text):
        quoted_spans.append(m.span())
        inner = m.group(1) or m.group(2)
        s = score_quoted(text, m.start(), m.end(), inner)
        if s >= threshold:
            for name in _split_parallel(inner):
                out.append(ProgramMention(m.start(), m.end(), name, True, s))

    def inside_quotes(a: int) -> bool:
        return any(qs <= a < qe for qs, qe in quoted_spans)

    lexicon_hits = [(last + 1 - len(word), last + 1) for last, word in _lexicon().iter_long(text)]
    for start, end in _unquoted(text):
        # 深化亩均论英雄改革: the grammar stops inside a known slogan; the name is the whole.
        start = min([start] + [a for a, b in lexicon_hits if a < start < b])
        if (text.startswith("国家", start) or _WHOSE.match(text, start)) and end - start >= 8:
            start += 2  # 落实国家提振消费专项行动, 实施全县蜜桔产业提升三年行动: who runs it, no part of its name
        if not inside_quotes(start):
            out.append(ProgramMention(start, end, text[start:end], False, threshold))
    out += [ProgramMention(m.start(), m.end(), m.group(), False, threshold) for m in _PAIRED_COOPERATION.finditer(text)
            if not inside_quotes(m.start())]
    out += [ProgramMention(m.start(), m.end(), m.group(), False, threshold) for m in _city_integration().finditer(text)
            if not inside_quotes(m.start())]
    for m in _UNQUOTED.finditer(text):
        if not inside_quotes(m.start(1)):
            out.append(ProgramMention(m.start(1), m.end(1), m.group(1), False, threshold))
    for start, end in lexicon_hits:
        # (a name another rule found already, 粤桂协作, is found once)
        inside_longer = any(p.start <= start and end <= p.end for p in out)
        # (打好蓝天、碧水、净土保卫战: the last of a list sharing its head names the three together)
        list_tail = (text[start - 1 : start] == "、" and end - start >= 4 and text[end : end + 1] != "、"
                     and _SHARED_HEAD_LIST.search(text, max(0, start - 12), start)
                     and text[start + 2 : end] not in text[max(0, start - 12) : start])  # (林长制、河湖长制: two names)
        if not inside_quotes(start) and not inside_longer and not list_tail:
            out.append(ProgramMention(start, end, text[start:end], False, threshold))
    out.sort(key=lambda p: p.start)
    return out
