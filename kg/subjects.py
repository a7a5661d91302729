"""Whom a sentence is about, as far as its opening words tell.

A figure is a division's only when the division reports it. The sentence's opening says
whose report it is: 北仑区聚焦… or 前三季度,全县实现… (a division: kg.relate resolves it),
千灯镇依托… or 容桂街道党工委书记X表示,… (a town), 董雅楠介绍,公司今年出口额… (a company),
“今年我们新上了两条产线…” (a first-person quotation that names no place). These helpers
are pure functions of the sentence's text and its NLP records, used by kg.relate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.ingest.patterns import BULLETS
from kg.nlp.towns import town_at, town_stems

__all__ = ["OtherSubjects", "opens_at", "unplaced_quote"]

# What may stand before a sentence's subject: a period phrase, 今年以来, punctuation.
SUBJECT_PREFIX = re.compile(
    r"^[\s,，:：、" + BULLETS + r"※【]*"
    # a numbered or labelled heading: 四、榆林:能源…, 【县域样本】神木:…, (二)…
    r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|【[^】]{1,8}】)?"
    r"(?:(?:同时|同期|此外|其中|目前|当前|眼下|如今|全年|一年来|今年以来|近年来|截至目前|"
    r"报告显示|数据显示|统计显示|据统计|据介绍|据了解|据悉|会议指出|会议强调|"
    # a news item's lead: 本报讯(记者 X)11月17日上午,攸县…
    r"(?:本报|本刊|又)讯(?:[(（][^()（）]{0,30}[)）])?|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上?)?|[上中下]旬|近日|日前"
    r"|记者(?:近日)?从"  # ▲记者从炎陵县获悉,…
    r"|经"  # 今年经钦州港发运的班列…: the port the figures pass through
    r"|代表[、，,]"  # 代表、华兴村党总支书记…发言说: a deputy to the congress speaking
    r"|作为[^,，。;；“”]{2,14}[,，]"  # 作为江西省会,南昌市…: what the subject is, then the subject
    r"|中国[(（][\u4e00-\u9fff]{2,4}[)）]自由贸易试验区"  # …自由贸易试验区钦州港片区1-10月新增…
    r"|政协|中国人民政治协商会议|中共"  # 政协临沂市河东区第十届委员会…: the division's own body
    r")[\s,，]*)*$")
# 杜宏亮表示,北滘将…: what a speaker says opens after his name and verb of saying.
# (海丰紫菜专业合作社理事长范春燕建议…，她介绍，合作社去年…: a clause of the speaker's before)
_SPEAKER_LEAD = re.compile(r"(?:[^，,。；;“”]{2,40}[，,](?=[他她]))?[\u4e00-\u9fff、 ·]{1,30}?(?:表示|介绍|说|指出|透露|告诉记者|回答|补充说?)[,，:：]")
_COMPANY_WORD = re.compile(r"(?:该|本|我们|这家|该家)?(?:公司|企业|集团)(?![所的\d])"  # (企业2.15万户: a count)
                           # 育苗基地今年已培育…, 合作社去年…: a facility or a cooperative's own count
                           r"|[\u4e00-\u9fff]{0,4}?(?:基地|合作社|养殖场|农场|牧场|车间|工厂)(?=今年|去年|上半年|已|共|累计|年产|年均)")
# 活动共吸引86家用人单位参加,提供就业岗位2300余个: who came to an event and what it offered,
# not the division's (what was signed at it, 活动共签约项目28个, is).
_EVENT_TALLY = re.compile(r"[\s“]*(?:本次|此次|这次|该)?(?:活动|招聘会|洽谈会|推介会|交流会|博览会|展会|大会)(?:期间)?共(?:吸引|邀请|组织|有)")
# (市政协委员、中国农业银行临沂分行行长单玉峰介绍，该行去年…: a speaker's lead before it)
_THIS_COMPANY = re.compile(r"[\s“]*(?:[^，,。；;]{0,16}[，,]|[^，,。；;]{2,40}?(?:介绍|表示|说|称)[，,：:]"
                           # (…董事长孙建业介绍,截至2024年末,该行…; 他表示,公司2019年落户…: the company's own voice)
                           r"(?:(?:截至|截止|今年|去年|上半年|前三季度)[^，,。；;]{0,10}[，,])?(?=该|公司))?"
                           r"(?:(?:这家|该家)[^，,。；;！？]{0,16}?(?:企业|公司|集团)|(?:该|此|这个|这一)项目|该(?:行|公司|企业|集团|合作社)"
                           r"|(?<=[，,：:])公司(?![所的\d]))")
# “镇里今年新增深水网箱120个…”, “公司在新民流转土地3.2万亩…”, “旺季店里一天要发出3000多单”:
# a quotation opened by a town's, a shop's or a company's "we" speaks for that, not for a division.
_LOCAL_VOICE = re.compile(r"[\s“\"「]+(?:(?:我们|咱们|俺们|我|咱|俺)?(?:镇里|乡里|村里|店里|厂里|社里|园区里|公司|厂子|合作社)"
                          r"|(?:我们|咱们|俺们|咱|俺)(?:镇|乡|村|店|厂|社)|[\u4e00-\u9fff]{0,4}?(?:店里|厂里|镇里|村里))")
_HOUSEHOLD = re.compile(r"自家|我家|俺家|家里")
# 一年来,市人大常委会共召开常委会会议9次,听取审议专项工作报告26项…: an assembly's or a
# consultative conference's own work, not figures of its division
_ORGAN_TALLY = re.compile(r"[省市区县州旗盟]?(?:人大常委会|政协)(?:机关|党组)?(?:共|累计|全年|今年|先后|一年来)")
_SCAN = 60  # a subject opens a sentence within its first characters


# ▲洋浦 前三季度,…: a brief's label before its text
_BRIEF_LABEL = re.compile(r"^([" + BULLETS + r"])\s*[\u4e00-\u9fff]{2,6}\s+")
# 在朱鹮的故乡洋县,…全县…: a place set off as the scene of what follows is its subject.
SCENE = re.compile(r"\s*在[^,，。;；]{2,16}?[,，]")  # 在崖州湾科技城, (a scene set off before the subject)
_SCENE_CLOSED = re.compile(r"[^,，。;；]{2,12}?[,，]")  # a scene's place, set off by a comma
_LOCATIVE = re.compile(r"在(?:[^,，。;；]{0,10}的[\u4e00-\u9fff]{1,4})?$")


def opens_at(text: str, start: int, pos: int, periods: Iterable[tuple[int, int]], speaker: bool = False,
             end: int | None = None, scene: bool = False) -> bool:
    """Whether what stands between a sentence's ``start`` and ``pos`` may precede a subject:
    period phrases (``periods``, their spans), 今年以来, a dateline, punctuation; with
    ``speaker``, also a speaker's lead (X表示,). Given the subject's ``end``, also a locative
    (在…的故乡|洋县,) when a comma sets the place off."""
    prefix = text[start:pos]
    for ps, pe in sorted(periods, reverse=True):
        if start <= ps and pe <= pos:
            prefix = prefix[: ps - start] + prefix[pe - start :]
    if speaker:
        prefix = _SPEAKER_LEAD.sub("", prefix)
    if scene:
        # 在崖州湾科技城,三亚市委常委、崖州区委书记黎文博向记者介绍…: the scene, then who speaks
        lead = SCENE.match(prefix)
        prefix = prefix[lead.end() :] if lead else prefix
    if end is not None and text[end : end + 1] in (",", "，"):
        locative = _LOCATIVE.search(prefix)
        if locative and SUBJECT_PREFIX.match(prefix[: locative.start()]):
            return True
    if end is not None and text[end : end + 1] == "的" and prefix.endswith("位于"):
        # 位于儋州市的洋浦经济开发区完成…: what the sentence is about lies in that division
        return bool(SUBJECT_PREFIX.match(_BRIEF_LABEL.sub("", prefix[:-2], count=1)))
    return bool(SUBJECT_PREFIX.match(prefix))


def unplaced_quote(text: str, sentence: tuple[int, int], divisions: Iterable) -> bool:
    """Whether a sentence is a first-person quotation that names no place (“今年我们新上了两条
    产线,前三季度产值同比增长近四成。”, “…我家300多只羊…”): a company's or a person's account, not a division's
    report (an official's quote names it: “全县…”, “我们县…”)."""
    s, e = sentence
    lead = _NEWS_LEAD.match(text, s, e)
    s = lead.end() if lead else s  # 本报讯(记者 陆书瑶)“工作站帮我找到了…”: the dateline, then the quote
    if not text.startswith("“", s):
        return False
    close = text.find("”", s, e)
    quote = text[s : close if close > 0 else e]
    if _DIVISION_INDICATOR.search(quote):
        return False  # “…我们力争全年地区生产总值增长5.5%以上”: only a division has a GDP
    return bool(_FIRST_PERSON.search(quote)) and not any(d.candidates or d.deictic for d in divisions)


# Indicators only a division reports (a company has no GDP, no fiscal revenue).
_DIVISION_INDICATOR = re.compile(r"地区生产总值|GDP|一般公共预算收入|固定资产投资|社会消费品零售总额|居民人均可支配收入"
                                 r"|规模(?:以上)?工业增加值|规上工业增加值|财政总收入|城镇新增就业")


# 我们, 我家, 公司 (a company man speaking). A bare 我 and 企业 were tried: final values fell.
# (…一个月能挣5000多元, 现在每个月能拿到6000多元, 每月到手6000多元: a worker's pay, told in the first person)
_FIRST_PERSON = re.compile(r"我们|我家|咱|俺|公司|厂里|合作社|村里|[一每]个?月(?:能(?:挣|拿)|到手)")
# A news item's lead before its first words (本报讯(记者 陆书瑶 通讯员 商文博))
_NEWS_LEAD = re.compile(r"(?:本报|又)讯\s*(?:[（(][^）)]{0,30}[）)])?\s*")
# A company's chairman or manager opening the sentence as its speaker (华澜药业董事长陈立伟说,
# …有限公司负责人说); 负责人 only of a company, not of a bureau (市统计局负责人介绍).
_COMPANY_SPEAKER = re.compile(
    r"(?:在[^，,。；;“”]{2,12}[，,])?[^，,。；;“”]{0,24}?(?:(?:董事长|总经理|总裁|创始人)|(?:公司|集团|企业|合作社|厂|业)(?:党委书记|负责人|经理|厂长|理事长))"
    r"[、\u4e00-\u9fff·]{0,8}?(?:说|介绍|表示|告诉记者)")
# 三江口村党委书记胡国庆告诉记者,今年村集体…: a village's head speaks for the village.
# A village (two or three characters and 村) opening a sentence as its subject (曲吉村依托…,
# 花园村通过…): no 农村 or 乡村
_VILLAGE_SUBJECT = re.compile(r"村(?=依托|通过|立足|发挥|借助|积极|大力|围绕|把|以|在|的|今年|去年|全年)")
# 县政协副主席、湄江街道党工委书记吴 昊述职时说,…; 复兴镇党委书记谌丽萍介绍,…: a town's head speaks
# for the town (his other posts before it, a county's, do not make it the county's)
_TOWN_SPEAKER = re.compile(r"(?:[^，,。；;“”]{0,24}?、)?(?P<town>[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))(?:党委|党工委|人民政府|政府|办事处)?"
                           r"(?:常务)?副?(?:书记|镇长|乡长|主任)(?:、[^，,。；;“”]{2,12}?)?[\u4e00-\u9fff ·]{2,5}?"
                           r"(?:在?述职(?:时|中)|汇报时)?(?:说|介绍|表示|告诉记者|坦言)")
# 冷霜介绍,镇党委对…: a town's organ, written bare, as the subject
_BARE_TOWN_ORGAN = re.compile(r"(?:镇|乡)(?:党委|人民政府|政府)(?!书记|副书记|委员)|街道(?:党工委|办事处)(?!书记|副书记|主任)")
_VILLAGE_POST = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:村|社区)(?:党委|党总支|党支部|村委会|居委会)?(?:第一)?副?(?:书记|主任)")


class OtherSubjects:
    """Towns and companies as the subjects of a document's sentences (its towns' short names
    are learnt from where the document writes them in full)."""

    def __init__(self, document_text: str):
        self.stems = town_stems(document_text)
        # Only where a town's kind, a short name or a company word is written can one open.
        self._hint = re.compile("|".join([r"镇|乡|街道|社区|苏木|嘎查|村里|全村|该村|公司|企业|集团|基地|合作社|养殖场|农场|牧场|车间|工厂",
                                          *map(re.escape, self.stems)]))

    def town_at(self, text: str, pos: int):
        """The town written at ``pos``, if any (see :func:`kg.nlp.towns.town_at`)."""
        return town_at(text, pos, self.stems)

    @staticmethod
    def village_post_at(text: str, pos: int) -> bool:
        """Whether a village's post is written at ``pos`` (湄潭县|兴隆湾村党支部书记杨国富…)."""
        return _VILLAGE_POST.match(text, pos) is not None

    def opens(self, text: str, sentence: tuple[int, int], periods: list[tuple[int, int]], divisions: list) -> bool:
        """Whether a town (千灯镇依托…, 前三季度,全镇…, 容桂街道党工委书记X表示,…, 奎文区广文街道…)
        or a company (董雅楠介绍,公司今年出口额…) opens the sentence, before any division does."""
        s, e = sentence
        limit = min(e, s + _SCAN)
        speaker = _TOWN_SPEAKER.match(text, s, min(e, s + 60))
        if speaker and self.town_at(text, speaker.start("town")) is not None:
            return True
        organ = _BARE_TOWN_ORGAN.search(text, s, min(e, s + 24))
        if organ and opens_at(text, s, organ.start(), periods, speaker=True):
            return True
        village = _VILLAGE_POST.search(text, s, min(e, s + 30))
        if village and opens_at(text, s, village.start(), periods):
            return True
        # (今年曲吉村依托牦牛育肥合作社,村集体经济收入达到46万元: the village's)
        for v in _VILLAGE_SUBJECT.finditer(text, s, min(e, s + 20)):
            if text[v.start() - 1] not in "农乡全本该各" and any(
                    opens_at(text, s, v.start() - k, periods) for k in (2, 3) if v.start() - k >= s):
                return True
        # 华澜药业董事长陈立伟说,这项政策让企业…: a company's man speaks for the company;
        # 这家国家级专精特新“小巨人”企业去年营收…, 该项目…规划布设…: the company or project just named
        if (_COMPANY_SPEAKER.match(text, s, min(e, s + 40)) or _THIS_COMPANY.match(text, s, min(e, s + 40))
                or _LOCAL_VOICE.match(text, s, min(e, s + 12)) or _EVENT_TALLY.match(text, s, min(e, s + 16))):
            return True
        if _HOUSEHOLD.search(text, s, min(e, s + 40)):
            return True  # 达来告诉调研组,自家草场…今年出栏乌珠穆沁羊420只: a household's account
        organ = _ORGAN_TALLY.search(text, s, min(e, s + 40))
        if organ and opens_at(text, s, organ.start(), periods, speaker=True):
            return True
        # a town's name runs at most three characters before its kind (six for a sumu's)
        hints = {max(s, h.start() - back) for h in self._hint.finditer(text, s, limit)
                 for back in range(7 if h.group() in ("苏木", "嘎查") else 4)}
        if not hints:
            return False
        first_division = min((d.start for d in divisions if s <= d.start < limit and (d.candidates or d.deictic)),
                             default=limit)
        opening = next((d for d in divisions if d.start == first_division), None)
        town_after_division = opening is not None and self.town_at(text, opening.end) is not None
        if town_after_division:
            hints.add(first_division)
        for pos in sorted(hints):
            if pos > first_division:
                return False
            found = (self.town_at(text, pos) is not None or _COMPANY_WORD.match(text, pos) is not None
                     or (pos == first_division and town_after_division))
            if found:
                # (在湄江街道田家沟村，村集体与…合作，去年接待游客46万人次: the town's or village's scene)
                return opens_at(text, s, pos, periods, speaker=True) or (
                    text[pos - 1 : pos] == "在" and _SCENE_CLOSED.match(text, pos) is not None
                    and opens_at(text, s, pos - 1, periods, speaker=True))
            if pos == first_division:
                return False  # a division opens it
        return False
