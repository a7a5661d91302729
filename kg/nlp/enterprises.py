"""Enterprises named by a company suffix (阿里巴巴集团, 物产中大集团股份有限公司, 精工科技).

The suffix is easy to see; the left edge of the name is not (持续深化与阿里巴巴集团战略合作).
jieba cuts a short window before the suffix and the name takes words backwards while
they look like parts of a name (proper nouns, unknown words, place names), stopping at
verbs, function words and punctuation. Bare 公司/科技 suffixes also need a proper-noun
core (鹏辉能源公司, not 上市公司; 精工科技, not 数字科技).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from kg.nlp.countries import COUNTRY
from kg.nlp.lexicon import jieba_dictionary, load_lexicon, on_word_boundaries, word_frequencies

# A legal form (…有限公司) is certain; 集团 and the bare forms need a proper-noun core.
# The legal form comes first so that 科技股份有限公司 is one suffix, not 科技 + 股份….
_LEGAL = r"(?:科技|控股|集团|股份|实业|发展|银行)*(?:股份有限公司|有限责任公司|有限公司)"
# (吉林银行四平分行: a bank's branch is named after the place it serves; not the central bank's,
# 人民银行四平市分行, an organ of the state)
_SUFFIX = re.compile(_LEGAL + r"|株式会社|集团|控股|股份|公司|科技|(?<!人民)银行[\u4e00-\u9fff]{2,5}?[分支]行|银行")
_NOT_BEFORE_CJK = {"控股", "股份", "公司", "科技", "银行"}
_BRACKETED_PLACE = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]")
_PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nz", "nt", "eng"}
_STOP_WORDS = set("与和及同在为对把被让向由从是的了等、,，。;；:：“”《》()（）") | {
    "推动", "支持", "引进", "引导", "带动", "培育", "依托", "围绕", "联合", "深化", "加强", "落户",
    "走进", "打造", "建设", "成立", "设立", "参与", "通过", "作为", "其中", "包括", "全国", "全省",
    "全市", "全区", "首家", "一批", "多家", "企业", "上市", "国有", "民营", "龙头", "我们", "一家",
    "考察", "调研", "实地", "参观", "察看", "视察", "来到", "前往", "会同",  # 实地考察|浙江澜泰电器股份有限公司
    "现任", "曾任", "历任", "担任", "兼任", "时任",  # 现任|祁东县城市发展投资集团有限公司党委书记
    "牵线", "协调", "对接", "携手", "招引",  # 镇党委牵线|贵州湄韵茶业有限公司
    "全资", "子公司", "控股子公司", "全资子公司",  # 其全资子公司|三泽精密（常州）有限公司
    # 农业龙头企业|广东穗禾农牧集团股份有限公司: a category before the name
    "龙头企业", "骨干企业", "链主企业", "重点企业", "上市公司", "国企", "央企", "外企", "民企",
}
_MAX_NAME = 12
_INSTITUTION_AND = re.compile(r"(?:研究院|研究所|大学|学院|学校|中心|协会|局|委)(?:和|与|及)")
_LEAD_WORDS = {"台资", "外资", "港资", "侨资", "合资", "独资", "民营", "国有", "本地", "当地"}
# 昆山高新区|江苏启澜光电科技股份有限公司: a zone before a name that opens with its own place
# is where the company sits (西咸新区发展集团有限公司 keeps its zone: no place after it).
_ZONE_WORDS = {"高新区", "开发区", "经开区", "园区", "新区", "保税区", "综保区", "产业园", "工业园"}


@dataclass(frozen=True)
class EnterpriseMention:
    """A company name and its offsets in the text."""

    start: int
    end: int
    name: str
    suffix: str


# Tags that end a name when read backwards: verbs, adverbs, prepositions, conjunctions,
# particles, pronouns. Adjectives and localisers stay (物产中大, 新吉奥).
_BREAK_TAGS = {"v", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "y", "e", "o", "zg", "t", "q"}
PROPER_NAME_MAX_FREQ = 300  # a word rarer than this in jieba's counts reads as a proper name (精工, 巨化)


# A verb and its complement jieba glues to a name after it (用好|利用好|抓好…郴州市产业发展投资集团有限公司)
_USE_WELL = re.compile(r"(?:利用|运用|用|抓|做|管|服务|发挥)好(?=[\u4e00-\u9fff]{4})")
# What may stand between 建设 and a legal form in a business scope (城市建设投资集团有限公司)
_SCOPE_AFTER = re.compile(r"(?:投资|发展|开发|运营|经营|管理|工程)*")


def _left_edge(text: str, suffix_start: int, strong: bool) -> int | None:
    """Where the name before a suffix begins, or None if no name stands there."""
    import jieba.posseg as pseg

    freq = word_frequencies()
    lo = max(0, suffix_start - _MAX_NAME)
    pairs = [(p.word, p.flag) for p in pseg.lcut(text[lo:suffix_start], HMM=True)]
    start = suffix_start
    proper = placed = False
    for k in range(len(pairs) - 1, -1, -1):
        word, flag = pairs[k]
        if len(word) >= 3 and word[0] in _LONE_FUNCTION and word not in freq and flag in _PROPER_TAGS:
            # 该项目|由辰兴|集团: jieba glued a preposition to a name it does not know
            start -= len(word) - 1
            proper = True
            break
        # 云南珠源|建设|集团有限公司: right before a legal form 建设 is the business scope
        scope_word = strong and word == "建设" and _SCOPE_AFTER.fullmatch(text, start, suffix_start) is not None
        if (word in _STOP_WORDS and not scope_word) or not word.isalnum() or (word in _ZONE_WORDS and placed):
            break
        if re.fullmatch(r"\d+[家个]?", word):
            break  # …等9家|银行: a count, no name
        # 浙江斐络工业设计有限公司 cut as 斐/络(v): in a legal name, a lone character between
        # lone characters is part of a word jieba does not know.
        fragment = strong and len(word) == 1 and k > 0 and len(pairs[k - 1][0]) == 1 and pairs[k - 1][0].isalnum()
        # 鞍山鑫诚精密锻造有限公司: a verb right before a legal suffix is the business scope.
        scope = strong and start == suffix_start and flag.startswith("v") and len(word) == 2
        # 福建跃动体育科技股份有限公司 (跃动 a rare verb), 佛山科睿达机器人有限公司 (科睿|达),
        # 维斯顿供应链管理(中国)有限公司 (维斯|顿): in a legal name a rare word, or a lone
        # character after a name-like word, is part of a coined trade name.
        rare = strong and len(word) >= 2 and freq.get(word, 0) < PROPER_NAME_MAX_FREQ
        coined = strong and len(word) == 1 and k > 0 and pairs[k - 1][0] not in _STOP_WORDS and (
            pairs[k - 1][1] in _PROPER_TAGS and freq.get(pairs[k - 1][0], 0) < PROPER_NAME_MAX_FREQ)
        # 台资企业|冠|宏|精密机械(漳州)有限公司: a lone character right after a word that ends
        # a name, before a lone character the name took, is the trade name's first character.
        first_char = (strong and len(word) == 1 and k > 0 and pairs[k - 1][0] in _STOP_WORDS | _LEAD_WORDS
                      and k + 1 < len(pairs) and len(pairs[k + 1][0]) == 1
                      and start == suffix_start - sum(len(w) for w, _ in pairs[k + 1 :]))
        # …要盯紧赣州磁源…: left of the place a legal name opens with, a verb is a verb.
        coined_ok = (rare or coined or first_char) and not placed
        if flag in _BREAK_TAGS and not fragment and not scope and not coined_ok:
            break
        if False:
            break  # 达产|后|汨江集团: a localiser after a verb closes the clause before the name
        placed = placed or flag == "ns"
        if flag in _PROPER_TAGS or freq.get(word, 0) < PROPER_NAME_MAX_FREQ:
            proper = True
        start -= len(word)
    if start == lo and lo > 0 and len(pairs[0][0]) == 1 and "\u4e00" <= text[lo - 1] <= "\u9fff":
        start += 1  # 国有企|业红河州…: the window cut a word; its last character is no part of the name
    if suffix_start - start < 2 or not (strong or proper) or text[start:suffix_start] == "建设":
        return None
    return start


# Short trade names: a proper-noun core and an industry word (惠生海工, 银岱汽车, 华迪钢业,
# 糖能科技), as the press writes listed and local companies.
_INDUSTRY = (
    "新能源", "新材料", "海工", "汽车", "电机", "科技", "钢业", "能源", "储能", "电子", "电气", "机械",
    "装备", "药业", "医药", "纺织", "化工", "材料", "重工", "实业", "光电", "生物", "食品", "物流",
    "股份", "控股", "集团", "环保", "通信", "软件", "电器", "制药", "化纤", "轻纺", "锂能", "锂电",
    "石化", "光伏", "半导体", "微电子", "精密", "智能", "纸业", "家居", "服饰", "鞋业", "建材",
    "铝业", "铜业", "钢铁", "船舶", "航空", "传媒", "肉业", "乳业", "酒业", "茶业", "农牧", "牧业",
    "食品", "粮油", "水泥", "陶瓷", "玻璃", "塑业", "橡胶", "矿业", "电池", "储能", "存储", "芯片",
    "木业", "包装", "新材", "锂电材料", "光伏材料", "电子材料", "锻造", "激光", "数科", "动力", "风电",
    "电力", "水务", "物联", "信息", "数码", "机电", "重机", "光学", "铸造", "精工", "新能",
    "煤业", "氢能", "智造", "机器人", "冷链", "文旅", "汽配",
    "轴承", "电商", "水产", "果业", "置业", "建工", "热电", "特钢", "合金", "纤维",
    "硅业", "泵业", "泵阀", "阀门", "智控", "模具", "晶硅",
)
INDUSTRY_WORDS = tuple(sorted(set(_INDUSTRY), key=len, reverse=True))
# Verbs after which a company name begins (推动蓝拓新能源等…, 引进绿源锂能…).
_GOVERNS = "推动|引导|依托|支持|培育|引进|带动|服务|保障|联合|鼓励|扶持|签约|落户|其中|包括|走进|来到|实地考察|考察|调研|会见|拜会|拜访|接见|上市公司"
_AFTER_GOVERNING = "|".join(f"(?<={verb})" for verb in _GOVERNS.split("|"))
# 来自深圳的锐拓机器人, 总部位于北京的慧联数科, 落户园区的甬鑫电子: a company introduced by where
# it comes from or has settled (not after any 的: 全省的…, 传统的…)
_INTRODUCED = re.compile(r"(?:来自|总部位于|位于|落户|落地)[\u4e00-\u9fff]{0,8}?的")
_TRADE_START = re.compile(r"(?:^|(?<=[，,。；;、：:“”\s])|" + _AFTER_GOVERNING + r"|(?<=企业)|(?<=与)|(?<=在))(?=[\u4e00-\u9fff])")
_TRADE_BODY = re.compile(
    r"([\u4e00-\u9fff]{2,4}?(?:" + "|".join(sorted(_INDUSTRY, key=len, reverse=True)) + r"))"
    # what follows a company's name: a list mark, a verb of its own, or its project
    # (长科光电年产5000万平方米光伏玻璃项目) -- but not more of a longer name (…微电子科技有限公司)
    r"(?![\u4e00-\u9fff]{0,2}(?:科技|有限|股份|集团|公司|控股)|[(（][\u4e00-\u9fff]{2,4}[)）](?:有限|股份))"
    r"(?=[、，,。；;“”\s(（]|等|的总部|落户|[0-9]|国际|世界|首|项目|生态|成功|入选|获|在|与|和|投产|建成|正式|年产|"
    # 澜涛泵业是深交所主板上市公司: what the company is
    r"是[^，,。；;]{0,12}?(?:公司|企业|集团|龙头|上市)|"
    # 华秦储能建设的…, 华曜数科签订…, 锐拓机器人也在…: the company's own verb
    r"(?:投资)?建设的|(?:自主)?(?:开发|研发|推出|打造)的|投资|签订|签约|也|还|"
    # 嘉禾生物董事长汤文博: the company's own officers
    r"董事长|总经理|副总经理|负责人|创始人|总裁|"
    # or its own results (德润食品今年1-10月营业收入增长21%)
    r"今年|去年|上半年|前三季度|全年|已|实现|营业收入|营收|销售收入|产值|"
    # (晶澜光伏一季度产值增长45.3%, 锐驰汽车新增订单…, 枝扬新能源拥有发明专利…, 瀚睿智能深耕…)
    r"[一二三四]季度|新增|拥有|深耕|累计|牵头|承担|"
    r"[^，,。；;、]{2,20}?项目)"
)
# A list closed by 等…企业 or 等…项目 marks its items as companies (惠生海工、银岱汽车、晨光电机等规上企业).
_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、){1,6}[\u4e00-\u9fff]{2,20})等(?:[\u4e00-\u9fff]{0,4})企业"
                     r"(?!服务|发展|管理|家|主体|文化|需求|诉求|集群|用工|负担|成本|融资|举措)")


_TIME_WORD = re.compile(r"[年月季度日]|全[省市区县]|新增|重点|主导|龙头|规上"
                        r"|^(?:高端|新型|智能|绿色|数字|先进|传统|现代|未来|特色|优势|战略性|首版次|首台|首批|世界级|国际化|全国性)")


_TRADE_RARE = 50  # a trade name's core is a coined word: rarer than most proper nouns
_LISTED_RARE = 200  # inside a list of companies a core may be a rarer everyday word (晨光)
# A core with a verb, adverb, adjective, time, number or measure word in it is a phrase
# (推进化工, 清洁能源, 首批次新材料), not a name.
_PHRASE_TAGS = {"v", "vn", "l", "i", "d", "a", "ad", "t", "m", "q", "p", "c", "f"}
_FUNCTION_TAGS = {"p", "c", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud"}


def _proper_core(core: str, listed: bool = False) -> bool:
    import jieba.posseg as pseg

    if core in _INDUSTRY or word_frequencies().get(core, 0) >= (_LISTED_RARE if listed else _TRADE_RARE):
        return False
    if core[0] in "也都就又才还":
        return False  # “老企业也要有新装备”: an adverb opens a clause, no name
    # Single characters say little (糖能 cuts into 糖/能): only dictionary words count, and
    # the function words that no name holds (我们以橡胶, 是人工智能).
    return not any((len(p.word) > 1 and p.flag in _PHRASE_TAGS) or p.flag in _FUNCTION_TAGS or p.word == "是"
                   for p in pseg.lcut(core, HMM=False))


# One named company set before 等…企业 (中州琴韵等龙头企业, 草原肉业等龙头企业带动…), after a
# clause break or a verb that governs it.
_ONE_LISTED = re.compile(
    r"(?:^|(?<=[，,。；;：:\s])|" + _AFTER_GOVERNING + r")"
    r"([\u4e00-\u9fff]{2,6})等(?:[\u4e00-\u9fff]{0,2})(?:龙头|骨干|链主|重点|规上)?企业"
)


def _listed_names(text: str) -> list[EnterpriseMention]:
    """Companies named in a list closed by 等…企业, when the name is a coined word."""
    import jieba

    out: list[EnterpriseMention] = []
    if "等" not in text or "企业" not in text:
        return out
    for m in _ONE_LISTED.finditer(text):
        name, start = m.group(1), m.start(1)
        if len(name) >= 3 and name[0] in _LONE_FUNCTION:
            name, start = name[1:], start + 1  # ，与岱汶重工等企业: 与 joins, it names nothing
        words = jieba.lcut(name, HMM=False)
        # 规上企业, 纺织服装等企业: a category made of common words, not a name; a piece
        # jieba can only cut into single characters (肉业 -> 肉/业) is a coined word.
        common = all(len(w) > 1 and word_frequencies().get(w, 0) >= _TRADE_RARE for w in words)
        if _TIME_WORD.search(name) or common:
            continue
        out.append(EnterpriseMention(start, m.end(1), name, ""))
    return out


_LONE_FUNCTION = set("与和同跟向对为把被让将在从及由")


# A list that closes with 等…产业 names industries, not companies (风电装备、储能电池等产业链条).
# So does one closed by 集群 (盐山管道装备、南皮五金机电集群营业收入: counties' industry clusters).
_INDUSTRY_LIST = re.compile(r"(?:、[\u4e00-\u9fff]{2,8}){0,6}(?:等|[两三四五六七八九十]大)[\u4e00-\u9fff]{0,4}?(?:产业|行业|领域|板块|赛道|业态)"
                            r"|(?:、[\u4e00-\u9fff]{2,8}?){1,6}(?:产业)?集群")


def _list_items(text: str) -> list[EnterpriseMention]:
    """Every coined name in a list closed by 等…企业 (森源木业、佳和包装、湖北宜化、兴发集团等企业):
    the list's head says what its items are; a common-word item (规上企业) is a category."""
    out = []
    for m in _LISTED.finditer(text):
        if any(_common_words_only(item) for item in m.group(1).split("、")):
            continue  # 智能物联、集成电路、高端软件等链主企业: a list of industries
        pos = m.start(1)
        for item in m.group(1).split("、"):
            start = pos
            pos += len(item) + 1
            if start == m.start(1):
                # The first item's left edge: the list may follow a verb (走访了森源木业、…).
                edge = _left_edge(text, start + len(item), True)
                if edge is None:
                    continue
                start = max(start, edge)
                item = text[start : m.start(1) + len(item)]
            if len(item) < 2 or _TIME_WORD.search(item) or _common_words_only(item):
                continue
            out.append(EnterpriseMention(start, start + len(item), item, ""))
    return out


def _common_words_only(name: str) -> bool:
    import jieba

    return all(len(w) > 1 and word_frequencies().get(w, 0) >= _TRADE_RARE for w in jieba.lcut(name, HMM=False))


# 做大盐化工和化工新材料产业: what a place grows is an industry, not a company
_GROWS = re.compile(r"做大|做强|做优|做精|做实|壮大|发展|打造|提升|延伸")


def _trade_names(text: str) -> list[EnterpriseMention]:
    out: list[EnterpriseMention] = []
    # A trade name's core is 2-4 characters before an industry word: only those starts can
    # hold one (the same starts the grammar would try, found faster).
    starts = sorted({last + 1 - len(word) - k for last, word in _industry_words().iter(text) for k in (2, 3, 4)})
    introduced = {m.end() for m in _INTRODUCED.finditer(text)}
    starts = [i for i in starts if i >= 0 and (_TRADE_START.match(text, i) or i in introduced)]
    if not starts:
        return out
    listed = {(m.start(1), m.end(1)) for m in _LISTED.finditer(text)}
    # Every start is tried (推动蓝拓新能源: 推动蓝拓 fails as a core, 蓝拓 after the verb holds).
    for start in starts:
        if out and start < out[-1].end:
            continue
        m = _TRADE_BODY.match(text, start)
        if m is None:
            continue
        name = m.group(1)
        if _INDUSTRY_LIST.match(text, m.end(1)) or text.startswith(("产业", "行业", "领域", "板块"), m.end(1)):
            continue  # (签约硅碳新材料产业链项目3个: an industry, not a company)
        core = name[: -max(len(w) for w in _INDUSTRY if name.endswith(w))]
        in_list = any(a <= m.start(1) < b for a, b in listed)
        # 科创板上市公司明澈光电: after 上市公司 a coined core is the name, however jieba tags it
        listed_company = text.endswith("上市公司", 0, start) and word_frequencies().get(core, 0) < _TRADE_RARE
        # 积石山县光伏项目 (a place's industry), 输转劳动力 (劳动力 is one word): no trade name
        # (a company introduced by where it comes from needs no clean cut: 慧联|数科 cut 慧/联数/科)
        if (core[-1] in "省市区县州镇乡村" or _GROWS.match(core)
                or not (start in introduced or _trade_on_boundary(name, len(core)))):
            continue
        if len(core) >= 2 and not _TIME_WORD.search(core) and (listed_company or _proper_core(core, in_list)):
            out.append(EnterpriseMention(m.start(1), m.end(1), name, name[len(core):]))
    return out


@lru_cache(maxsize=1)
def _industry_words() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in INDUSTRY_WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _trade_on_boundary(name: str, at: int) -> bool:
    """Whether jieba cuts ``name`` between its core and its trade word (航拓|动力, not 输转劳动|力)."""
    import jieba

    pos = 0
    for word in jieba.lcut(name, HMM=False):
        if pos == at:
            return True
        pos += len(word)
        if pos > at:
            return False
    return True


def _place_length(text: str, pos: int, longest: int, words: dict | None = None) -> int:
    """The length of the division name (full or short) at ``text[pos:]``, longest first; 0 if none.
    With jieba's ``words``, a short name counts only where jieba knows it as a place (not 资源 of
    再生资源, 资源县's short name)."""
    from kg.admin import gazetteer

    gaz = gazetteer()
    for k in range(longest, 1, -1):
        name = text[pos : pos + k]
        if gaz.by_name.get(name) or (gaz.by_short.get(name) and (words is None or words.get(name, (0, ""))[1] == "ns")):
            return k
    return 0


def _branch_end(text: str, end: int, banks_only: bool = False) -> int:
    """Where a company's name ends when a branch named by its place follows it (国网|美姑县供电公司,
    …股份有限公司|西乌珠穆沁旗支行); ``end`` if none does."""
    place = _place_length(text, end, 8)
    branch = _BRANCH.match(text, end + place) if place else None
    if branch is None or (banks_only and branch.group(1) not in ("支行", "分行", "营业部", "分公司", "支公司")):
        return end
    return branch.end()


def _known_names(text: str) -> list[EnterpriseMention]:
    """Well-known enterprises of ``enterprises.txt`` (中化, 国家电网) standing as words."""
    out = []
    for last, name in load_lexicon("enterprises.txt").iter_long(text):
        start, end = last + 1 - len(name), last + 1
        if name.endswith("局") and _BUREAU_ROLE.match(text, end):
            continue  # 经开区招商局局长: a bureau of the government, not 招商局集团
        # 国网美姑县供电公司, 农业银行海伦市支行, 中国银行佛山分行: a branch named by its place is the branch
        branch_end = _branch_end(text, end)
        if branch_end > end:
            out.append(EnterpriseMention(start, branch_end, text[start:branch_end], _BRANCH.search(text, end, branch_end).group(1)))
        elif on_word_boundaries(text, start, end):
            out.append(EnterpriseMention(start, end, name, ""))
    return out


_BUREAU_ROLE = re.compile(r"(?:党组|党委)?(?:常务)?副?(?:局长|书记|成员)")
_BRANCH = re.compile(r"[\u4e00-\u9fff]{0,4}?(供电分?公司|分公司|支公司|子公司|支行|分行|营业部)")


def _is_place_name(name: str) -> bool:
    """A division's name or short name, or 中国 (中科瀚海(北京)…, …(中国)有限公司)."""
    from kg.admin import gazetteer

    gaz = gazetteer()
    return name == "中国" or name in gaz.by_name or name in gaz.by_short


def find_enterprises(text: str) -> list[EnterpriseMention]:
    """Enterprise mentions in ``text``, in order."""
    out: list[EnterpriseMention] = _trade_names(text)
    out += [e for e in _listed_names(text) if not any(o.start <= e.start < o.end for o in out)]
    out += [e for e in _list_items(text) if not any(o.start < e.end and e.start < o.end for o in out)]
    for m in _SUFFIX.finditer(text):
        suffix = m.group()
        strong = suffix.endswith("公司") and len(suffix) > 2
        nxt = text[m.end() : m.end() + 1]
        # 科技创新, 银行业, 公司化: a bare suffix running on into another word is not one.
        if (suffix in _NOT_BEFORE_CJK and nxt and "\u4e00" <= nxt <= "\u9fff" and nxt not in "和与等在"
                and not (suffix == "公司" and _branch_end(text, m.end(), banks_only=True) > m.end())):
            continue  # (中国出口信用保险公司|浙江分公司: a company's branch named by its place goes on)
        strong = strong or suffix == "株式会社"
        # 宏晶电子(昆山)有限公司, 施韦特精密机械(中国)有限公司: a place in brackets before the form
        bracket = _BRACKETED_PLACE.search(text, max(0, m.start() - 8), m.start())
        edge_at = bracket.start() if bracket and bracket.end() == m.start() else m.start()
        start = _left_edge(text, edge_at, strong)
        inner = _BRACKETED_PLACE.search(text, max(0, start - 6), start) if start is not None and strong else None
        bracketed_inner = inner is not None and inner.end() == start and _is_place_name(inner.group()[1:-1])
        if bracketed_inner:
            # 中科瀚海(北京)数据科技有限公司: the place in brackets after the trade name
            start = _left_edge(text, inner.start(), strong) or start
        if start is not None and strong:
            start = _place_opening(text, start, m.start())
        if start is None:
            continue
        inside = [e for e in out if e.start <= start < e.end]
        if inside and bracketed_inner and all(start <= e.start and e.end <= m.end() for e in inside):
            # 优膳冷链(上海)供应链管理有限公司: the legal name the trade name found first opens
            out = [e for e in out if e not in inside]
        elif inside and strong and all(start <= e.start and e.end < m.start() for e in inside):
            # 商洛秦锂新能|源材料有限公司: a trade name found inside a legal name is its part
            out = [e for e in out if e not in inside]
        elif inside:
            continue
        if not strong and _TIME_WORD.search(text[start : m.start()]):
            continue  # 世界级时尚集团, 龙头集团: a description, not a name
        lead = _USE_WELL.match(text, start - 1 if text[start : start + 1] == "好" else start, m.start())
        if lead and m.start() - lead.end() >= 4:
            start = lead.end()  # 要用好|郴州市产业发展投资集团有限公司: the verb's complement is no part of it
        joined = _INSTITUTION_AND.search(text, start, m.start())
        if joined:
            start = joined.end()  # …创新研究院和晟辉股份: an institution, then the company
            if m.start() - start < 2:
                continue
        end = m.end()
        if "银行" in text[start : m.end()] or "保险" in text[start : m.end()]:
            # …农村商业银行股份有限公司西乌珠穆沁旗支行, …财产保险股份有限公司南丰支公司: a bank's or an
            # insurer's branch named by its place is the branch (a company's 分公司 stands for the
            # company, as the annotators have it)
            end = _branch_end(text, end, banks_only=True)
        out.append(EnterpriseMention(start, end, text[start:end], suffix))
    # A known name inside a longer one (中化 in 中化集团有限公司) is that one's part (one inside a
    # short name the text gave a company, 国投 in 麟州国投, is dropped in kg.relate, which
    # sees the whole text).
    out += [k for k in _known_names(text) if not any(o.start < k.end and k.start < o.end for o in out)]
    out = _without_lead(_from_its_place(_past_split_verb(text, out)))
    out.sort(key=lambda e: e.start)
    return out


_MAX_LEGAL = 18  # 昌吉州庭州国有资本投资运营|集团有限公司: place, trade name and scope
# What cannot stand inside a legal name: marks, function words, and the verbs and
# quantifiers that end a name read backwards (_STOP_WORDS; scope words 建设, 国有 excepted).
_HARD_STOP = re.compile(r"[与和及同在为对把被让向由从是的了等到赴、,，。;；:：“”《》()（）\s]|来自|位于|帮助|协助|指导|督促|鼓励|扶持|"
                        r"前往|走访|调研|考察|视察|书记|[省市区县]长|经理|董事长|总裁|主任|局长|行长|"
                        + "|".join(w for w in sorted(_STOP_WORDS, key=len, reverse=True) if len(w) > 1 and w not in ("建设", "国有")))


def _place_opening(text: str, start: int, suffix_start: int) -> int:
    """A legal name opens with its place (海伦市|城市建设投资|集团有限公司, 木垒县|胡杨谷|文化旅游
    发展有限公司): where a division's name stands before ``start`` with nothing but the name's
    words between (business-scope words such as 建设 and 投资 included), the name begins there."""
    from kg.admin import gazetteer

    gaz = gazetteer()
    if text.endswith(tuple(_ZONE_WORDS), 0, start) and any(
            text[start : start + k] in gaz.by_name or text[start : start + k] in gaz.by_short for k in range(2, 5)):
        return start  # 昆山高新区|江苏启澜光电…: after a zone, a name that opens with a place has its place
    lo = max(0, suffix_start - _MAX_LEGAL)
    for i in range(lo, start + 1):  # (金城江区河池市金江化工…: the left edge itself may be a place)
        if _HARD_STOP.search(text, i, start):
            continue
        first = next((k for k in range(8, 1, -1) if i + k <= suffix_start - 2
                      and (text[i : i + k] in gaz.by_name or text[i : i + k] in gaz.by_short)), None)
        if first is not None:
            return _past_location(text, i, i + first, suffix_start)
    return start


def _past_location(text: str, start: int, end: int, suffix_start: int) -> int:
    """东乌珠穆沁旗|锡林郭勒华牧乳业集团…: a place written before a name that opens with the
    division above it says where the company is; the name begins after it."""
    from kg.admin import gazetteer

    gaz = gazetteer()
    if text[end : end + 1] == "以" and text[end - 1] in "省市区县州旗盟":
        return end + 1  # 宝鸡市以|宝鸡华钛新材料股份有限公司…项目为龙头: a preposition after the place
    inner = gaz.candidates(text[start:end])
    while True:
        for k in range(8, 1, -1):
            outer = gaz.candidates(text[end : end + k]) if end + k <= suffix_start - 2 else ()
            if any(a.within(b) for a in inner for b in outer):
                return end
            if any(b.within(a) for a in inner for b in outer):
                # 渭南市蒲城县|陕西渭北新能源…: a chain of places going down, then the name's own
                inner, end = outer, end + k
                break
        else:
            return start


# Words that stand before a name without being part of it: a governing verb (依托华晟磁材,
# 支持竹韵茶业) or the kind of company (县属国有企业三都县兴都投资集团有限公司).
# (韩国世宏化学株式会社, 德国克莱恩机械集团: a foreign country names where the company comes from,
# no part of its name; 香港/澳门 ones are registered with it)
_LEAD = re.compile(r"^(?:" + _GOVERNS + r"|[省市区县州]属|国有企业|" + COUNTRY + r"|[\u4e00-\u9fff]{2,8}?(?:高新区|开发区|经开区|园区)内|国企|民营企业|龙头企业|(?:台|港|外|德|日|美|韩|法|合|独)资企业|"
                   r"(?:科创板|创业板|主板|北交所|深交所|上交所|港股)?上市公司|(?:本地|当地|本土)?企业|来自[\u4e00-\u9fff]{2,6}的"
                   # (总部位于|上海的澜拓生物科技有限公司: a legal name holds no 的)
                   r"|[\u4e00-\u9fff]{1,6}?的)+")


def only_lead_words(text: str) -> bool:
    """Whether ``text`` is only words that stand before a company's name (台资企业, 上市公司…)."""
    return _LEAD.fullmatch(text) is not None


_TWO_CHAR_GOVERNS = tuple(v for v in _GOVERNS.split("|") if len(v) == 2)


def _past_split_verb(text: str, mentions: list[EnterpriseMention]) -> list[EnterpriseMention]:
    """Names that open with the second half of a governing verb (…有限公司联|合江苏凤城…: the
    word cut inside 联合) start after it."""
    return [EnterpriseMention(e.start + 1, e.end, e.name[1:], e.suffix)
            if e.start and text[e.start - 1 : e.start + 1] in _TWO_CHAR_GOVERNS and len(e.name) > 3 else e
            for e in mentions]


def _from_its_place(mentions: list[EnterpriseMention]) -> list[EnterpriseMention]:
    """Legal names that open, after a verb or a unit's word, with the place they are registered
    in (施工单位|陕西秦岭通衢路桥工程有限公司, 社区引入|陆良县嘉禾物业服务有限公司, 促成|上海岚峰…): the name
    starts at the place."""
    import jieba.posseg as pseg

    words = jieba_dictionary()
    out = []
    for e in mentions:
        cut = 0
        if e.suffix:
            for p in range(2, len(e.name) - 4):
                if not _place_length(e.name, p, 4, words):
                    continue
                last = list(pseg.cut(e.name[:p], HMM=False))[-1]
                if last.flag.startswith("v") or last.word in _WORDS_BEFORE_PLACE:
                    cut = p
                break
        out.append(EnterpriseMention(e.start + cut, e.end, e.name[cut:], e.suffix) if cut else e)
    return out


# Words jieba does not tag as verbs that still end what stands before a registered name
# (施工单位|…, 紫云社区引入|…, 会见|新加坡…)
_WORDS_BEFORE_PLACE = frozenset({"单位", "社区", "街道", "村", "镇", "会见", "引进", "引入"})


# 所属辽宁鞍信…有限公司, 原鞍山城投集团 (before a place): what the company is to another, or was
_RELATION_LEAD = re.compile(r"(?:所属|下属|旗下|控股的)|原(?=[\u4e00-\u9fff]{2,3}(?:城投|国投|交投|集团|市|县|区))")
# 整合为9户集团: a count of groups, no name
_COUNTED = re.compile(r"\d+[户家个](?:集团|公司|企业)")


def _without_lead(mentions: list[EnterpriseMention]) -> list[EnterpriseMention]:
    out: list[EnterpriseMention] = []
    for e in mentions:
        if _COUNTED.fullmatch(e.name):
            continue
        relation = _RELATION_LEAD.match(e.name)
        if relation and len(e.name) - relation.end() >= 4 and _place_length(e.name, relation.end(), 8):
            e = EnterpriseMention(e.start + relation.end(), e.end, e.name[relation.end():], e.suffix)
        lead = _LEAD.match(e.name)
        if lead and len(e.name) - lead.end() >= 2:
            e = EnterpriseMention(e.start + lead.end(), e.end, e.name[lead.end():], e.suffix)
        if not any((o.start, o.end) == (e.start, e.end) for o in out):
            out.append(e)
    return out


_NOT_COMPANY = re.compile(r"(?:政府|委员会|委|局|厅|部|院|中心|大学|学院|学校|实验室|协会|党委|办公室|办|所|站|队|会|区|县|市|省|镇|乡|村)$")


_GENERIC_PART = re.compile(r"工业|产业|经济|领域|行业|企业|项目|平台|基地|园区")


def looks_like_company(name: str) -> bool:
    """Whether a span (the statistical model's) reads as a company name: not an office, a
    place, an everyday word or a phrase of everyday words."""
    from kg.admin import gazetteer

    return (
        2 <= len(name) <= 16
        and not _NOT_COMPANY.search(name)
        and not _GENERIC_PART.search(name)
        and not gazetteer().candidates(name)
        and word_frequencies().get(name, 0) < 20
        and not _all_common_words(name)
        and not _common_before_trade(name)
    )


def _common_before_trade(name: str) -> bool:
    """轨道交通装备: an industry (everyday words, then a trade word), not a trade name."""
    trade = next((w for w in INDUSTRY_WORDS if name.endswith(w) and len(name) > len(w)), None)
    return trade is not None and not _proper_core(name[: -len(trade)])


def _all_common_words(name: str) -> bool:
    """Whether jieba cuts ``name`` into everyday words only (中华民族/现代/文明): a phrase, not a name."""
    import jieba

    words = jieba.lcut(name, HMM=False)
    # this grammar's line: a word rarer than PROPER_NAME_MAX_FREQ reads as a proper name
    return len(words) > 1 and all(word_frequencies().get(w, 0) >= PROPER_NAME_MAX_FREQ for w in words)
