"""Turn a document's mentions into facts.

The hard part is context. A speech's figures belong to the speaker's division (全区 is
his district), also after a paragraph that starts with another division's name (the
北仑区 paragraph whose speaker line was lost). A period phrase (今年上半年) frames the
figures after it until another one appears, within one section. A post written without
a division (区人大常委会主任) is of the division the section is about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left

from kg.admin import COUNTY, Division, gazetteer
from kg.bylines import byline_source
from kg.document import Document
from kg.ingest.structure import BODY, TITLE, classify
from kg.facts import DocumentFacts, EntityMention, Evidence, Holding, Implementation, Location, Observation
from kg.link import (DivisionContext, canonical_name, division_at_level, level_above, matches_level, merge_aliases,
                     most_specific)
from kg.nlp.countries import FOREIGN_POST_BEFORE
from kg.nlp.divisions import DivisionMention, find_zone_places
from kg.framing import REVIEW_MONTHS, bulletin_year, ended, frame_year, named_year, not_yet_over, planned, restates
from kg.nlp.enterprises import looks_like_company, only_lead_words
from kg.nlp.indicators import canonical_indicator
from kg.nlp.metrics import UNITS_COUNTED
from kg.nlp.posts import (LEVELS, ONCE_HELD, ORGAN_LEVEL, TOWN_LEVEL, ZONE_WORDS, OfficialMention, PostMention,
                          abbreviates, find_posts, shortens)
from kg.nlp.periods import is_future, resolve
from kg.nlp.towns import find_towns, page_zone_name, town_post_title
from kg.nlp.pipeline import Section, SectionInfo, doc_text, records
from kg.section_state import AIMS, BULLETS, SectionState, singles_out
from kg.subjects import SCENE, OtherSubjects, opens_at, unplaced_quote
from kg.visits import is_visit, note_places_visited

_PROGRAMME = re.compile(r"节目组|本期节目|往期节目|节目开播|现场(?:满意度)?测评")
_JOB_FAIR = re.compile(r"招聘会|招聘活动|双选会|人才洽谈会|人才交流会|人才对接会")
_EVENT_DAY = re.compile(r"[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日(?!前|以来|起)|日前|近日")
_FORMERLY = re.compile(r"(?:时任|曾任|原任|前任|历任|原)$")
_LEADER_HEADING = re.compile(r"[省市区县州旗盟]领导")
_AVERAGE = re.compile(r"年均(?:分别)?(?:增长|增速|递增|下降)")
_EVENT_NAMED = re.compile(r"[^，,。；;：:]{0,10}?(?:集中签约|集中开工|签约仪式|开工仪式|签约活动|开工活动|签约会|推介会|招商会)")
_THIS_EVENT = re.compile(r"此次|本次|这次|会上|现场|仪式上")  # 此次共签约项目48个: this event's count


_PERSON_LABELS = {"PER", "name"}
_COMPANY_LABELS = {"company"}
_MODEL_CONFIDENCE = 0.7
# Subjects that are not the division: a town, a village, a project, a cooperative, a plant.
_ONCE_BUILT = r"(?:达产|建成|投产|满产)后"
_OTHER_SUBJECT = re.compile(r"(?:该|其|这一?|此)(?:镇|乡|村|街道|社区|项目|企业|公司|合作社|基地|园区|风电场|电站|工厂|车间|景区)"
                            r"|(?:合作社|风电场|电站|车间|村内|镇内|村里|镇里|连队(?!常住|居民))"  # (连队: a 兵团 farm's company; 连队常住居民 is the 师市's)
                            # 企业负责人介绍,今年1-10月公司实现产值…: the company a man speaks for
                            r"|公司(?!债|制|化|型)"
                            # 本栏目共有信息3862条: a web page's furniture
                            r"|本(?:栏目|页|站|网)|(?:全|本|该)(?:书|刊)(?=设|共|收录)"  # (全书设类目30个: a yearbook's own make-up)
                            # 项目总投资42亿元, 达产后可新增年产值60亿元: one project's size
                            r"|项目(?=总投资|达产|建成|投产|满产)|(?:项目)?" + _ONCE_BUILT)
# 项目全部建成投产后,预计年产值可达120亿元: what a project yields once built (a projection)
_AFTER_COMPLETION = re.compile(_ONCE_BUILT)
_SENTENCE_END = re.compile(r"[。！？!?]")
_TOWN_LIST = re.compile(r"[\u4e00-\u9fff](?:镇|乡|街道)[、和及与][\u4e00-\u9fff]{1,6}(?:镇|乡|街道)")
_GIVEN_SHORT = re.compile(r"简称[“\"]([^”\"]{2,12})[”\"]")
# 浠水县清泉城乡发展集团有限公司(以下简称“清泉城发”): a short name given to a company
_COMPANY_GIVEN = re.compile(r"(?:公司|集团|银行|[分支]行|合作社)[（(](?:以下)?简称[“\"]([^”\"]{2,12})[”\"]")
_RELATIVE_LEAD = re.compile(r"[^，,。；;、\d]{2,20}的")
_VISIT_VERB = re.compile(r"调研|考察|视察|检查|督导|走访|慰问|带队|率队")
_ZONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:新城|新区|经济开发区|经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|工业园区|产业园区)")
_LIST_LEVEL_AFTER = re.compile(r"(?:级)?(?:重点|重大)(?:项目|工程)")
_LANDED = ("落户", "落地", "入驻", "落户在", "落地在")
_PROJECTS_LAND = re.compile(r"[,，]项目(?:将|均|已)?(?:全部)?(?:落户|落地)(?:在)?")  # the next clause
_AS_ROLE = re.compile(r"\s*作为[^,，。;；“”]{2,14}[,，]")
_VISITING = re.compile(_VISIT_VERB.pattern + r"|拜访|来到|察看|参观|看望|会见|座谈")  # (a scene of a visit)
_TOWN_REPORT_GIVEN = re.compile(r"代表[\u4e00-\u9fff]{0,6}?[镇乡](?:人民)?政府(?:向大会)?作(?:政府)?工作报告")
_SOURCE_ORGAN = re.compile(r"[\s▲]*据")
# 孟庆川：去年是…; 市人大代表、靖安县委副书记、县长涂晓明：靖安县将… (the posts before the name too)
# (伍建国（市委常委、鼎城区委书记）：我们将…: the posts in brackets after the name)
_ANSWER_LINE = re.compile(r"[ \u3000]*(?:[^。：:\n（(]{2,40}?(?<=[\u4e00-\u9fff]))?([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})"
                          r"(?:[（(][^（()）\n]{2,40}[)）])?[：:]")
_NAMED_COOPERATIVE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:专业合作社|合作社|联合社)"
                                # (临猗农商银行董事长孙建业介绍: a bank named after its place)
                                r"|(?:农商银行|农商行|农村商业银行|村镇银行|农村信用合作联社|信用联社)"
                                # (浙江省发展规划研究院研究员周启明认为: an institute's expert, not the province)
                                r"|[\u4e00-\u9fff]{0,10}?(?:研究院|研究所|研究中心|社会科学院|社科院|大学|学院|党校)(?:[\u4e00-\u9fff]{0,8}?(?:研究员|教授|院长|所长|主任|专家|学者))")
_DELEGATION_MEETS = re.compile(r"[）)]?(?:[（(][^）)]{2,8}[）)])?代表团(?:审议|讨论|分组)")  # (泰州医药高新区（高港区）代表团)
_JOINED_VISIT = re.compile(r"(?:参加|一同|随同)(?:调研|考察|视察|走访)")
_SENDING = r"挂职|援[疆藏青宁]|派驻|选派"  # how a cadre comes to serve elsewhere
_SENT_CADRES = re.compile(_SENDING + r"|对口|第[\d一二三四五六七八九十]+批")
_SECONDED_CADRE = re.compile(r"(?:" + _SENDING + r"|帮扶)干部")
_ORIGIN_AFTER = re.compile(r"企业|客商|籍|商会|投资者|资本")  # a place that says where someone comes from
_REPORT_AFTER = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,8}?(?:工作)?汇报")
_GOVERNED = re.compile(r"推动|推进|加快|支持|引导|鼓励|扶持|培育|引进|服务|帮助|协调|督促|指导|促成|助力|依托|对接")
_PLACE_IMPACT = re.compile(r"(?:可|将)?(?:带动|拉动|吸纳|增加)?(?:当地|本地|全[省市县区州旗])")
# What follows a division that is a clause's subject: a verb or adverb of its own, not a list
# mark, a post, an organ or a figure's indicator.
_CLAUSE_SUBJECT = re.compile(r"(?:扛|抓|坚持|聚焦|立足|依托|围绕|发挥|把|将|以|在|全力|持续|大力|积极|着力|深入|加快|推动|推进|突出|用好|做强|打造|实施)")
_ONE_HEAD = re.compile(r"([市县区州旗盟])(?:委书记|长)")  # posts one person holds at a time
# what parts a year's results from a look ahead or a new period (去年…为412.6亿元,从目前走势看,预计全年…)
_NEW_OUTLOOK = re.compile(r"预计|力争|目前|目标|计划|确保")
# 路宏伟说, / 罗永康在致辞中介绍, : a person named as the speaker of what follows
# (于海燕回答，…全市签发…, 林 涛补充说: a press conference's answers)
_SAID_BY = re.compile(r"([\u4e00-\u9fff]{2,8}?|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}?)(?:在[\u4e00-\u9fff]{1,8}?中)?(?:表示|介绍|说|指出|谈到|强调|回答|答|补充说?|解读)[,，:：]")
_COMPANY_IS = re.compile(r"是[^,，;；。]{0,24}?(?:企业|公司|集团|龙头|厂商)[,，]")
# 由2020年的68户增加到103户: the value a figure grew to from a dated start
_GREW_TO = re.compile(r"由[^,，;；。]{0,24}(?:增加|增长|提高|提升|跃升|扩大|上升|突破)(?:到|至)")
# 河口、金平、绿春3个边境县建成…58个: the places listed are counted as a group; the figure is
# the group's, so the wider division's
_GROUP_COUNT = re.compile(r"[\d一二三四五六七八九十两]+个" + UNITS_COUNTED.pattern)
_LANDS = re.compile(r"(?:累计)?(?:实施|投入|建设|援建|落地|落户|安排|捐赠|拨付|新建)")
_CAPACITY = re.compile(r"^(?:[年日月]|每[年日天月])(?:产|加工|处理|生产|吞吐)|产能|达产|投产后|建成后")
_INVESTMENT = re.compile(r"^(?:计划)?总投资|总投资$|(?:项目)?投资额?$")
_PROJECT_WORD = re.compile(r"项目|基地|产业园|工程|生产线")
_PROJECT_COUNT = re.compile(r"项目\d+个|\d+个[\u4e00-\u9fff]{0,6}项目|等\d+个")
_WITH_DELEGATION = re.compile(r"随团|随同考察|一同考察")
_AID_AFTER = re.compile(r"(?:市|县|区|省)?(?:对口帮扶|对口支援|对口协作|对口援建|援建|帮扶|落实到|安排到|下达到)")
_LEGAL_NAME = re.compile(r"公司|集团|银行|合作社|研究院|株式会社")
_MANY_PLACES = re.compile(r"(?:各地|各市|各县|多地|多数(?:城市|地区|县市)|(?:[\d一二三四五六七八九十]+|几个)(?:市|县|地|个设区市|个县市区))"
                          r"[^,，;；。]{0,20}?(?:普遍|多在|大多|大都|均在)")
_GROUP = re.compile(r"(?<![\u4e00-\u9fff])[两三四五六七八九十]{1,2}(?:市|县|区|地|县市区|县（市、区）)")
_PRIOR_YEAR = re.compile(r"由(?:上年|去年)(同期)?的$")
_GAP_AGAINST = re.compile(r"高于|低于|快于|慢于|高出|低出")
_LIST_COUNT = re.compile(r"[（(]\d+(?:个|名|人|家|项|位|户|件|所|批)[)）][ \u3000]*$")
# 天长市 | 598.6 | 7.5: a table's row
_TABLE_ROW = re.compile(r"[^｜|\t\n]{2,20}[｜|\t][ ]*[-－−]?\d|[^\s｜|]{2,20}(?:  |\u3000\u3000)[ \u3000]*[-－−+]?\d")  # (孝南区　　16842)
# ;同期,徐州市新沂市…: a clause after a semicolon opened by a place (after a word of time or contrast)
_CLAUSE_LEAD = re.compile(r"[;；](?:同期|同时|此外|另外|相比之下|对比来看|反观)?[,，]?$")
# 【数说赣州·2024】, 《缙云县…第十五个五年规划纲要（征求意见稿）》主要目标: a box's heading line
_PLACE_BOX = re.compile(r"(?:【[^】\n]{2,16}】|《[^》\n]{2,40}》[^\n，,。；;]{0,8})[ \t]*(?=\n|$)")
_BRIEFS_HEADING = re.compile(r"[\s【\[]*[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯|简报|速览|速递)[】\]]?\s*(?:\n|$)")
_ORGAN_POST = re.compile(r"(?:局|办|委员会|委(?!书记|副书记|常委|委员))(?:党组|党委)?(?:常务)?副?(?:局长|主任|书记|成员|委员)$")
_SPEAKS = re.compile(r"(?:代表)?(?:在[^，,。；;]{1,10}?中)?(?:表示|介绍|说|指出|强调|谈到)[,，:：]|作(?:交流|表态|典型)?发言")  # (…市长杨晓岚代表说,: a deputy)
# 二、评价结果: a part of a text's outline
_PART_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")
# 嘉兴今年的目标为地区生产总值增长5.5%以上,…: a year's aims, which its 的 does not narrow to one noun
_AIMS_AFTER = re.compile(AIMS.pattern + r"|[“\"]?成绩单")
_SEMICOLON = re.compile(r"[;；]")
_NEWS_LEAD = re.compile(r"\s*(?:本报|本刊|又)讯")  # (又讯: a second item of the same page)
_SHORT_NAME_ASIDE = re.compile(r"(?:[(（](?:以下)?简称)?[^()（）,，。]{0,12}?[)）][,，]?")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。]")  # (年均增长7.4%,去年全年增长7.9%: the average is the first clause's)
_GLUE = re.compile(r"[\s,，、:：(（]{0,2}")


def _shift_div(d: DivisionMention, by: int) -> DivisionMention:
    return DivisionMention(d.start + by, d.end + by, d.surface, d.candidates, d.weak, d.deictic)


class _Reader:
    """Reads one document's section Docs into a :class:`DocumentFacts`."""

    def __init__(self, document: Document, docs: list[Section]):
        self.document = document
        self.docs = docs
        mentions = [m for doc in docs for m in records(doc, "divisions")]
        self.ctx = DivisionContext.from_mentions(mentions)
        self.facts = DocumentFacts(document.name, document.title, document.date, document.source)
        self.dominant: list[Division] = self._dominant()
        self.headline_figures: list[Observation] = []
        self.bulletin_year = bulletin_year(document.title)
        self.chronicle = "大事记" in (document.title or "")  # (涞水县2024年大事记: dated entries of one year)
        self.event_figures = False  # whether the last sentence with figures counted one dated event
        self.subject: Division | None = None  # the division the current sentence opens with
        self.heading_place: Division | None = None  # the division a heading line just named ((三)平安区(5名))
        self.posts_place: Division | None = None  # the division whose bare posts the sentence's are
        self.sentence_mark = 0  # how many observations there were when the sentence began
        self.heads: dict[tuple[str, str], str] = {}  # (市长, adcode) -> who the text says holds it
        self.other_subject = False  # whether a town, a company or a quotation opens it instead
        self.others = OtherSubjects(document.text)  # towns and companies as sentence subjects
        self.full_width_brackets = "（" in document.raw
        self.page_home: Division | None = None  # the first news item's source's division
        self.bylined_before = False  # whether a section before had a byline
        # Short names the text gives companies (以下简称“麟州国投”), wherever they are used later
        given = sorted(set(_GIVEN_SHORT.findall(document.text)), key=len, reverse=True)
        self.short_names = frozenset(given)  # (“百千万”行动 later on: the program named in full before)
        self.given_names = re.compile("|".join(map(re.escape, given))) if given else None
        companies = sorted(set(_COMPANY_GIVEN.findall(document.text)), key=len, reverse=True)
        self.company_given = re.compile("|".join(map(re.escape, companies))) if companies else None
        self.zone_homes: dict[str, Division] = {}  # 白沟新城 -> 高碑店市, once the text writes them together
        # 淄博高新技术产业开发区管理委员会 heading the page: the zone's own site, whose 全区 is the zone
        # (its figures are the division's it is named after, as a named zone's are)
        self.home_zone: Division | None = _home_zone(document.text)
        first_line = _HOME_ZONE.match(document.text.lstrip("\n"))
        self.page_zone = page_zone_name(first_line.group()) if first_line else None  # 鞍山高新区
        self.home_town = _HOME_TOWN.match(document.text.lstrip("\n")) is not None  # 沭阳县新河镇人民政府
        heading = document.text.lstrip("\n").split("\n", 1)[0]
        heading_towns = find_towns(heading) if self.home_town else []
        self.page_town = heading[heading_towns[-1].start : heading_towns[-1].end] if heading_towns else None  # 新河镇
        # 岱崮镇2025年政府工作报告 (来源：岱崮镇人民政府) on the county's site: the town's own text
        own = _TOWN_REPORT.search(document.text, 0, 800)
        self.town_report = own is not None and not self.home_town  # (its paragraphs mix the county's and the town's)
        if self.town_report:
            self.home_town, self.page_town = True, own.group(1) or own.group(2)
        # 山西省商务厅 heading the page: the organ's own site, whose bare posts (副厅长X) are its own
        self.page_organ: tuple[str, Division] | None = _page_organ(document.text)
        # A report on an office's own work: a court's or a procuratorate's casework, a CPPCC's
        # members' work, a 政府信息公开工作年度报告's disclosures are no figures of the place
        organ = self.page_organ[0] if self.page_organ is not None else None
        self.own_work: re.Pattern | None = (
            _CASEWORK if organ in ("人民法院", "人民检察院") else _CPPCC_WORK if organ == "政协"
            else _DISCLOSURE_WORK if _DISCLOSURE_REPORT.search(document.title or "") or _DISCLOSURE_REPORT.search(document.text, 0, 600)
            else None)
        self.paragraph_named = False  # whether a figure of this paragraph named its division
        # 留言内容：… up to 回复单位/回复内容: a citizen's message on a leaders' message board
        self.citizen_spans = _citizen_spans(document.text)
        self.said_place: Division | None = None  # the place of the sentence's speaker (X介绍,…)
        self.paragraph_only = False  # whether the sentence's subject holds for its paragraph only (a speaker's)

    # -- helpers -----------------------------------------------------------------
    def _dominant(self) -> list[Division]:
        """The document's most-named divisions, most specific first (a fallback context)."""
        counts: dict[str, int] = {}
        for doc in self.docs:
            for m in records(doc, "divisions"):
                div = self.ctx.resolve(m)
                if div is not None:
                    counts[div.adcode] = counts.get(div.adcode, 0) + 1
        gaz = gazetteer()
        ranked = sorted(counts, key=lambda c: (-counts[c], c))
        return [gaz.by_code[c] for c in ranked[:5]]

    def evidence(self, info: SectionInfo, start: int, end: int, sentence: tuple[int, int] | None) -> Evidence:
        """Evidence for Doc offsets ``[start, end)``, with the sentence that holds them."""
        doc_text = self.document.text
        a, b = info.offset + start, info.offset + end
        raw_a, raw_b = self.document.to_raw(a, b)
        if sentence is None:
            s = self.document.sentence_at(a)
            sent = doc_text[s.start : s.end] if s else doc_text[a:b]
        else:
            sent = doc_text[info.offset + sentence[0] : info.offset + sentence[1]]
        return Evidence(self.document.name, raw_a, raw_b, self.document.raw[raw_a:raw_b], sent)

    def as_written(self, title: str, raw: str | None = None) -> str:
        """A title with the brackets the document writes (ingest reads （） as ()):
        浏阳经开区（高新区）党工委书记 is how the post is named. ``raw``, the mention as the
        file writes it, decides where one document writes both kinds."""
        if raw is not None and "(" in raw and "（" not in raw:
            return title
        if (self.full_width_brackets or (raw is not None and "（" in raw)) and ("(" in title or ")" in title):
            return title.replace("(", "（").replace(")", "）")
        return title

    def mention(self, kind: str, key: str, label: str, ev: Evidence) -> None:
        self.facts.mentions.append(EntityMention(kind, key, label, ev.text, ev))

    def post_division(self, post: PostMention, sec: SectionState) -> Division | None:
        if post.division is not None:
            return self.ctx.resolve(post.division)
        if post.level == TOWN_LEVEL:
            return None  # towns are no divisions
        if (post.level and self.page_organ is not None and self.page_organ[1].name.endswith(post.level)
                and self.posts_place is None and (sec.visited is None or not sec.visited.name.endswith(post.level))):
            # 烟台市文化和旅游局's own page: its bare 市 posts (副市长A, 市委常委B) are its city's,
            # whichever county-level city the paragraph was about (unless the sentence opens with
            # one: 桐乡市推行…,由市委副书记、市长X担任…)
            return self.page_organ[1]
        if post.level:
            below = sec.headed_below
            if below is not None and _ONE_HEAD.fullmatch(post.title.removeprefix("代").replace("委副书记", "委书记")) \
                    and matches_level(below, post.level):
                # 衢州市委常委、江山市委书记A，市委副书记、市长B: the city's own mayor would be
                # listed before its standing committee's members; B is 江山's
                return below
            # One list's bare posts of a level are of one division: 市委书记A,…,南阳市委常委、
            # 邓州市委书记B,市委常委C…: C sits with A, not in the city B also runs.
            if post.level in sec.list_levels:
                return sec.list_levels[post.level]
            # 攸县县委书记左文杰…。县委副书记、县长刘佩琳陪同: the county a post just named;
            # of two it named (南阳市委常委、邓州市委书记), the one the text is about.
            named = [sec.current] if sec.current in sec.post_places else []
            # 到庄河调研，市委书记A陪同: the place visited comes before the visitor's own
            visited = [sec.visited] if sec.visited is not None else []
            # (深圳市商务局副局长A，…，市发展改革委主任B in 许昌's paper: a post naming a place of
            # another province is a guest's; the bare 市 after it is still the paper's own)
            places = [d for d in sec.post_places if sec.current is None or d.same_province(sec.current)]
            if (_ORGAN_POST.search(post.title) and sec.current is not None and matches_level(sec.current, post.level)
                    and self.dominant and sec.current.adcode == self.dominant[0].adcode and not visited):
                # 管委会副主任、扬中市人民政府副市长A,…,市财政局副局长B (镇江's page): a bureau of the
                # page's own city, not of the county-level city another's post named
                places = [d for d in places if d.level == sec.current.level]
            own = [self.posts_place] if self.posts_place is not None else []
            near = [*visited, *own, *named, *reversed(places), sec.current, sec.speaker]
            # A division of that very level near by before the parent of a county a post named
            # (慈溪市's paper: 常山县委书记A…,市委副书记、市长B is 慈溪's, not 衢州's).
            div = (division_at_level(near, post.level, ancestors=False)
                   or division_at_level([*near, *self.dominant], post.level))
            if div is None and sec.visitors:
                # 龙华区委书记邓瑞平率龙华区党政代表团来我市考察,区委常委、常务副区长钟毅参加 (琼海's
                # paper): no place of that level here; the visiting district's
                div = self._visitor_at_level(sec, post.level)
            sec.list_levels[post.level] = div
            return div
        return None

    @staticmethod
    def _place_label(text: str, s: int, items: dict, resolved: dict) -> Division | None:
        """The division a paragraph's label names: a run of divisions from ``s`` (after a list mark)
        right up to a colon (浙江省金华市义乌市：…), its last and innermost; None for any other opening."""
        at = s
        while at < len(text) and text[at] in " \u3000·•●■◆▲":  # (· 广东英德：副市长…: a link's line)
            at += 1
        last = None
        for d in sorted(items["divisions"], key=lambda d: d.start):
            if d.start < at:
                continue
            if d.start != at:
                break
            last, at = resolved.get((d.start, d.end)), d.end
        return last if last is not None and text[at : at + 1] in ("：", ":") else None

    def _visitor_at_level(self, sec: SectionState, level: str) -> Division | None:
        """The one visiting division of ``level``, if exactly one visits (龙华区委书记…来我市考察)."""
        guests = [self.ctx.gaz.by_code[c] for c in sorted(sec.visitors) if c in self.ctx.gaz.by_code]
        at_level = [g for g in guests if division_at_level([g], level, ancestors=False) is not None]
        return at_level[0] if len(at_level) == 1 else None

    # -- reading -----------------------------------------------------------------
    def read(self) -> DocumentFacts:
        carried = SectionState()
        for doc in self.docs:
            carried = self.read_section(doc, carried)
        merge_aliases(self.facts)
        self._drop_repeated_headline_figures()
        self._drop_restated_figures()
        self._drop_leader_headings()
        self._drop_abbreviated_posts()
        return self.facts

    def _drop_restated_figures(self) -> None:
        """A figure restated without a period (规上工业企业由2020年的68户增加到103户, after 总数达到
        103户 in the year's review) is the dated one: one fact, kept with its period."""
        dated = {(o.division, o.value, o.unit) for o in self.facts.observations
                 if o.period is not None and o.value is not None}
        self.facts.observations = [o for o in self.facts.observations
                                   if not (o.period is None and (o.division, o.value, o.unit) in dated
                                           and _GREW_TO.search(o.evidence.text))]

    def _drop_leader_headings(self) -> None:
        """市领导 is a post only for a person the text names under no other post (市领导A、B出席:
        A's real posts, given elsewhere, are what A holds)."""
        heading = {h.official for h in self.facts.holdings if not _LEADER_HEADING.fullmatch(h.title)}
        self.facts.holdings = [h for h in self.facts.holdings
                               if not (_LEADER_HEADING.fullmatch(h.title) and h.official in heading)]

    def _drop_abbreviated_posts(self) -> None:
        """A post written in full once (任命舒建平为常德市发展和改革委员会主任) and shortened elsewhere
        (市发改委主任舒建平) is one post, titled in full."""
        held: dict[tuple, set[str]] = {}
        for h in self.facts.holdings:
            held.setdefault((h.official, h.division), set()).add(h.title)
        # 任命邹明辉为…副县长、代理县长 and 代县长邹明辉 elsewhere: one acting head, titled as it is
        # usually written (代县长); 代理县长 alone stays as written
        self.facts.holdings = [h for h in self.facts.holdings
                               if not any(abbreviates(h.title, full) for full in held[(h.official, h.division)])
                               and not (h.title.startswith("代理") and "代" + h.title[2:] in held[(h.official, h.division)])]

    def _company_opens(self, text: str, sentence: tuple[int, int], periods: list[tuple[int, int]]) -> bool:
        """Whether a short name the text gave a company opens the sentence (截至2024年底,清泉城发资产
        总额186.4亿元: the company's figures)."""
        if self.company_given is None:
            return False
        first = self.company_given.search(text, sentence[0], min(sentence[1], sentence[0] + 24))
        return first is not None and opens_at(text, sentence[0], first.start(), periods)

    def _line_kind(self, pos: int) -> str:
        """The kind of the line Doc offset ``pos`` lies on (title, byline, body, header)."""
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return classify(self.text[a : b if b >= 0 else len(self.text)].strip())

    def _in_headline(self, pos: int) -> bool:
        """Whether Doc offset ``pos`` lies on a headline (a title line, not running text)."""
        return self._line_kind(pos) == TITLE

    def _drop_repeated_headline_figures(self) -> None:
        """A headline's figure that the article repeats (16个项目总投资112.6亿元) is that
        article's figure: keep the body's, whose wording and period are the article's."""
        headline = {id(o) for o in self.headline_figures}
        body = [o for o in self.facts.observations if id(o) not in headline]
        values = {(o.value, o.unit) for o in body if o.value is not None}
        growths = {o.growth for o in body if o.growth is not None}  # (增长7.1% repeats 358.2亿元、增长7.1%)

        def repeated(o: Observation) -> bool:
            return (o.value, o.unit) in values if o.value is not None else o.growth in growths

        self.facts.observations = [o for o in self.facts.observations if id(o) not in headline or not repeated(o)]

    def read_section(self, doc: Section, carried: SectionState) -> SectionState:
        """Read one section; return the context the next section starts from.

        A section without a speaker line goes on from the one before it (ingest splits
        magazine articles at their sub-headings too); a speaker line starts afresh.
        """
        info: SectionInfo = doc.user_data["zjkg"]
        self.text = doc_text(doc)
        # Place names inside a person's or a company's name (盘海东, 成都蜀芯微电子…)
        # are part of that name: as the subject of a sentence they would mislead.
        self.inside_names = [(o.start, o.end) for o in records(doc, "officials")]
        self.inside_companies = [(e.start, e.end) for e in records(doc, "enterprises")]
        self.given_spans = [m.span() for m in self.given_names.finditer(self.text)] if self.given_names else []
        self.towns = find_towns(self.text)
        sec = carried.next_section()
        if (self.bulletin_year is not None and sec.year not in (None, self.bulletin_year)
                and _PART_HEADING.match(self.text.lstrip())):
            # 二、评价结果 after (五)今年开局态势良好。今年1—2月…: a report on a year starts each part
            # of its outline from that year again (its 全年 is the year reported on)
            sec.period = sec.base = sec.year = None
        if (sec.current is not None and self.dominant and sec.current.within(self.dominant[0])
                and _PART_HEADING.match(self.text.lstrip())):
            # 三、各县（市、区）办理情况 … 鹤山市持续深化… / 四、市直部门（单位）办理情况: a county the
            # part before was about does not go on into the next part of the page's own division
            sec.current = None
        # 嘉禾生物董事长…: a short name opening a trade name (no legal form) is the brand's word,
        # no mention of 嘉禾县
        trade_names = [(e.start, e.end) for e in records(doc, "enterprises") if not _LEGAL_NAME.search(e.name)]
        divisions = [
            m for m in records(doc, "divisions") if not any(a <= m.start < b for a, b in self.inside_names)
            and not (m.surface not in gazetteer().by_name and any(a == m.start and m.end < b for a, b in trade_names))
        ]
        resolved = {(m.start, m.end): self.ctx.resolve(m) for m in divisions if m.candidates}
        for m in divisions:
            div = resolved.get((m.start, m.end))
            if div is not None:
                self.mention("division", div.adcode, div.name, self.evidence(info, m.start, m.end, None))

        officials = records(doc, "officials")
        header = next((o for o in officials if o.source == "header"), None)
        if header is not None:
            # (（三）平安区（5名）/ 区政府办公室主任　宋丽娟: a bare post under a heading line naming a
            # division of its level is that division's; 在德清县经济工作会议上的讲话 / 县委书记　张三 too)
            above = [resolved[(m.start, m.end)] for m in divisions if m.end <= header.start and resolved.get((m.start, m.end))]
            above = [self.heading_place, *above] if self.heading_place is not None else above
            divs = [next((d for d in reversed(above) if p.division is None and p.level and d.name.endswith(p.level)), None)
                    or self.post_division(p, SectionState()) for p in header.posts]
            sec = SectionState.for_speaker(most_specific(d for d in divs if d is not None))

        bylined, publisher = byline_source(self.text, divisions, resolved, self._line_kind)
        if bylined and self.page_home is None and publisher is None and self.dominant and not self.bylined_before:
            # 来源：市国资委办公室 on the page's first item: the page is its own place's (the
            # division it is most about), not that of a later item's newsroom (海城市融媒体中心)
            self.page_home = self.dominant[0]
        self.bylined_before = self.bylined_before or bylined
        if publisher is not None and header is None:
            sec.current = sec.before_item = publisher
            self.page_home = self.page_home or publisher
        elif bylined and header is None and sec.current is not None and self.page_home is not None:
            # 来源：大柴旦行委融媒体中心, 来源：州统计局: an item of its own whose source names
            # no division goes back to the page's place, not on from the item before it.
            sec.current = sec.before_item = self.page_home

        by_sentence = self._group_by_sentence(doc, info)
        listed, self.heading_place = self.heading_place, None
        for sentence, items in by_sentence:
            self.read_sentence(doc, info, sec, sentence, items, resolved)
            s, e = sentence
            line = s == 0 or self.text[s - 1] == "\n"
            if header is not None and s <= header.start < e:
                self.heading_place = listed  # (a list's next line, 区发展和改革局局长　郭亮, is under the same heading)
            else:
                self.heading_place = (self.subject if line and e - s <= 30 and not _CLAUSE_BREAK.search(self.text, s, e)
                                      and not items["officials"] else None)
        return sec

    def _named_zones(self, divisions: list) -> list[DivisionMention]:
        """Zones the text names once after their division (保定市高碑店市白沟新城) and then
        alone (白沟新城共有箱包生产企业…): each bare mention stands for that division."""
        starts = {d.start for d in divisions}
        for m in divisions:
            # (杭州市余杭经济开发区: a zone named after a division is that division's, found elsewhere)
            zone = _ZONE_NAME.match(self.text, m.end) if m.candidates and m.end not in starts else None
            home = self.ctx.resolve(m) if zone else None
            if home is not None:
                self.zone_homes.setdefault(zone.group(), home)
        out = []
        for name, home in self.zone_homes.items():
            for hit in re.finditer(re.escape(name), self.text):
                if not any(d.end == hit.start() for d in divisions):
                    out.append(DivisionMention(hit.start(), hit.end(), name, (home,)))
        if self.home_zone is not None and self.page_zone is not None:
            # ▲今年以来,高新区新引进各类人才3260人 on 鞍山高新区's own site: the page's zone, as 全区 is
            # (not 国家高新区综合评价: a kind of zone, not this one)
            kind = _ZONE_KIND_AT_END.search(self.page_zone).group()
            taken = {z.start for z in out}
            for hit in re.finditer(kind, self.text):
                before = self.text[hit.start() - 1 : hit.start()]
                if hit.start() not in taken and (not before or not "\u4e00" <= before <= "\u9fff" or before in _ZONE_LEAD):
                    out.append(DivisionMention(hit.start(), hit.end(), kind, (self.home_zone,)))
        return out

    def _group_by_sentence(self, doc: Section, info: SectionInfo):
        """Each sentence with the records of every group that start inside it."""
        groups = ("divisions", "officials", "programs", "enterprises", "metrics", "periods", "model")
        recs = {g: sorted(records(doc, g), key=lambda r: r.start) for g in groups}
        zones = [z for z in find_zone_places(self.text) if z.candidates] + self._named_zones(recs["divisions"])
        recs["zones"] = sorted(zones, key=lambda z: z.start)
        starts = {g: [r.start for r in rs] for g, rs in recs.items()}
        out = []
        for s, e in info.sentences:
            # records sorted by start: each sentence's are one slice
            items = {g: rs[bisect_left(starts[g], s) : bisect_left(starts[g], e)] for g, rs in recs.items()}
            out.append(((s, e), items))
        # A speaker line is not a sentence of the body: read it first, on its own.
        if info.header is not None:
            hs = info.header[1]
            he = hs + len(info.header[0])
            if not any(s <= hs < e for s, e in info.sentences):
                items = {g: [r for r in recs[g] if hs <= r.start < he] for g in groups}
                out.insert(0, ((hs, he), items))
        return out

    def _subject(self, sentence: tuple[int, int], items: dict, resolved: dict, sec: SectionState) -> tuple[Division | None, bool]:
        """The division a sentence is about, if it opens with one (北仑区聚焦…, 今年上半年,余杭区…,
        前三季度,全县实现…), and whether it is this sentence's subject only, not the paragraph's: one
        that opens after a scene set off by a comma (在猇亭区,韩立新来到…) or a speaker's lead
        (X告诉记者,阎良区…)."""
        s, _ = sentence
        text = self.text
        period_spans = [(p.start, p.end) for p in items["periods"]]
        # 宜昌高新区推行…: a zone's sentence is about the division the zone is named after.
        # ▲7月下旬,州委常委、个旧市委书记罗志鹏带队赴深圳市…: an official whose posts open the
        # sentence opens it with the places those posts name.
        led = next((off for off in items["officials"] if off.posts
                    and opens_at(text, s, min(p.start for p in off.posts), period_spans, scene=True)), None)
        # (市委常委、荆州开发区党工委书记卢彬介绍: a zone's post names its zone's place)
        led_places = {p.division.start if p.division is not None else p.start for p in led.posts
                      if p.division is not None or p.level is None} if led else set()
        # (在崖州湾科技城,三亚市委常委、崖州区委书记黎文博…: the scene's 崖州 is no subject when
        # the posts that follow name places)
        scene = SCENE.match(text, s) if led_places else None
        role = _AS_ROLE.match(text, s)  # 作为江西省会,南昌市…: 江西 says what 南昌市 is
        for m in sorted(items["divisions"] + items.get("zones", []), key=lambda d: d.start):
            if not (m.candidates or m.deictic) or any(a <= m.start < b for a, b in self.inside_companies):
                continue
            if (scene and m.start < scene.end()) or (role and m.start < role.end()):
                continue
            if text.endswith(("中国(", "中国（"), 0, m.start):
                continue  # 中国(广西)自由贸易试验区钦州港片区: the province names the trade zone only
            if _NAMED_COOPERATIVE.match(text, m.end):
                continue  # 孙吴县绿丰蓝莓种植专业合作社理事长X说: the cooperative's place, no subject
            if self._own_port(m, items, sec):
                continue
            if m.start in led_places or opens_at(text, s, m.start, period_spans, speaker=True, end=m.end):
                guest = resolved.get((m.start, m.end))
                if (m.start in led_places and guest is not None and sec.current is not None
                        and not guest.same_province(sec.current)
                        and not (sec.scene is not None and sec.scene.adcode == guest.adcode)):  # (在湖南,…。湖南省…厅长X介绍)
                    return None, False  # 广州市人民政府副秘书长A,…出席 in 齐齐哈尔's paper: guests from afar
                if _AID_AFTER.match(text, m.end):
                    return None, False  # 福建省对口支援昌吉州…对接会: the giver opens, the text is the recipient's
                if _SECONDED_CADRE.match(text, (_right_after(items, m) or m).end):
                    return None, False  # 南京市雨花台区挂职干部、丹凤县委常委…: where a cadre comes from
                sentence_only = not opens_at(text, s, m.start, period_spans)
                if self.text[m.end : m.end + 1] in ("、", "和", "与") and any(
                        d.start == m.end + 1 and d.candidates for d in items["divisions"]):
                    return None, False  # 寿光市、诸城市、青州市地区生产总值分别…: a list, no one subject
                if self.others.town_at(self.text, m.end) is not None or self.others.village_post_at(self.text, m.end):
                    return None, False  # 奎文区广文街道…, 湄潭县兴隆湾村党支部书记…: the street, the village
                if m.deictic:
                    found = self.deictic_division(m.deictic, sec, m.surface)
                    if sentence_only and self._speaks_for_own(found, sec):
                        # 綦建峰指出,今年以来,全市上下…: the city's head speaks for it (a place inside the
                        # text's, his paragraph through)
                        sentence_only, self.paragraph_only = False, found.adcode != self.dominant[0].adcode
                    return found, sentence_only
                # 桐乡·开化山海协作产业园新引进项目8个: a park two places build together lies in
                # the second, the host; the first is the partner.
                m = self._host(items, m, resolved)
                # 晋城市委常委、阳城县委书记卫建峰出席会议: a sentence opened by an official's
                # posts is about the innermost place they name, not the city of the first post.
                m = _innermost_post_place(items, m, resolved) or m
                found = resolved.get((m.start, m.end)) or self.ctx.resolve(m)
                # 佛山市顺德区人民政府门户网站, 鞍山市岫岩县接待游客…, ▲ 舟山岱山：…: a division
                # written with its parent is about the inner one.
                inner = _right_after(items, m)
                # 宁波前湾新区慈溪片区规上工业产值…, 汉中航空产业园城固片区…: a zone's part named
                # after a county is that county's
                found = self._zone_part(items, m, found)
                dateline = inner is not None and text[inner.end : inner.end + 1] in ("：", ":")
                narrowed = False
                while found is not None and inner is not None:
                    child = resolved.get((inner.start, inner.end)) or self.ctx.resolve(inner)
                    if child is None or not child.adcode.startswith(found.adcode):
                        break
                    found, inner, narrowed = child, _right_after(items, inner), True
                # a running sentence's "parent + child" names the place of that sentence only
                # (a dateline's, ▲ 舟山岱山：…, and a brief's, ▲近日，遵义市播州区召开…, are the brief's)
                brief = text[text.rfind("\n", 0, s) + 1 : s + 1][:1] in BULLETS
                if narrowed and not dateline and not brief and _SENTENCE_END.search(text, sentence[0], sentence[1]):
                    sentence_only = True
                elif (sentence_only and found is not None and any(found.within(d) for d in self.dominant[:1])
                      and self._own_place_speaker(text[s : m.start], found)):
                    # 路宏伟说,华池县… (庆阳's paper): one of the city's county heads speaks for his
                    # county, on and on (a guest city's official speaks for his city this once)
                    sentence_only = False
                elif m.start in led_places and _SPEAKS.match(text, led.end):
                    # 市委常委、邹城市委书记戚宏亮介绍,…; 清镇市委副书记、市长谌立新介绍,…: the head of
                    # the place his posts end with speaks for it, his paragraph through
                    sentence_only, self.paragraph_only = False, True
                elif (sentence_only and found is not None and found.adcode in sec.hosts
                      and self.said_place is not None and self.said_place.adcode == found.adcode):
                    # 叶尔兰·哈力木别克表示,新源县将… (a visiting delegation's paper): the host's own
                    # head speaks for the host, his paragraph through
                    sentence_only, self.paragraph_only = False, True
                return found, sentence_only
            break
        return None, False

    def read_sentence(self, doc: Section, info: SectionInfo, sec: SectionState, sentence, items, resolved) -> None:
        text = self.text
        s, e = sentence
        paragraph_start = s == 0 or text[s - 1] == "\n"
        if sec.visited_next is not None:  # (市交通运输局局长X到旬阳市调研。…市委副书记、市长Y陪同)
            sec.visited, sec.visited_next = sec.visited_next, None
            sec.post_places.append(sec.visited)
        if paragraph_start or self.town_report:
            self.paragraph_named = False  # (in a town's report, a sentence naming the county names it for itself)
            sec.start_paragraph(text[s : s + 1], self._line_kind(s) != BODY)
            answer = _ANSWER_LINE.match(text, s)
            place = self._held_place(canonical_name(answer.group(1))) if answer else None
            if answer and place is None and (answer.start(1) > s or answer.end(1) < answer.end() - 1):
                # 市人大代表、靖安县委副书记、县长涂晓明：靖安县将…: the posts written before the name
                named = [self.post_division(p, sec) for o in items["officials"] if o.end == answer.end(1) for p in o.posts]
                place = most_specific(d for d in named if d is not None)
            if place is not None:
                # 孟庆川：去年是极不平凡的一年。我们…: an interview's answer speaks for the place of the
                # official who gives it (his most specific: 砀山县, not 宿州市 whose 常委 he also is)
                sec.current = place
            label = self._place_label(text, s, items, resolved)
            if label is not None:
                # 湖北省宜昌市宜都市：推行…。2024年，全市…: a paragraph headed by a place and a colon
                # (a digest of places' experiences) is that place's
                sec.current = label
            box = _PLACE_BOX.match(text, s)
            named = [resolved.get((d.start, d.end)) for d in items["divisions"] if box and s <= d.start < box.end()]
            if box and len(named) == 1 and named[0] is not None:
                # 【数说赣州·2024】 / ●全市新增经营主体15.6万户: a box headed by a place is that place's
                # (《缙云县…规划纲要（征求意见稿）》主要目标 / 到2030年: / ●…全县地区生产总值…: a plan's)
                sec.current = sec.before_item = named[0]
                sec.before_brief = None
            if _BRIEFS_HEADING.match(text, s) or (text.startswith("又讯", s) and self.page_home is not None):
                # 简讯 / 【县域简讯】: the briefs after it are the page's, not the last item's place's;
                # so is a second item of the page (又讯（记者…）…)
                sec.current = self.page_home or (self.dominant[0] if self.dominant else None)
                sec.before_brief = None
        # 今年,讷河市承担…,全市大豆播种面积…。据测产,全市粮食总产…: a paragraph reporting a
        # place's figures goes on reporting them in the sentence after
        reported = self.subject is not None and any(
            o.division.adcode == self.subject.adcode for o in self.facts.observations[self.sentence_mark :])
        sec.paragraph_subject = self.subject if reported and not paragraph_start else None
        self.sentence_mark = len(self.facts.observations)
        self.subject = None
        # 罗永康在致辞中介绍,今年以来,全区…: a speaker the text named with a post speaks for its place
        said = _SAID_BY.search(text, s, min(e, s + 24))
        self.said_place = self._held_place(said.group(1)) if said else None
        # 据晋中市文化和旅游局通报，假期全市…: an organ of a division as the source speaks for it
        source = _SOURCE_ORGAN.match(text, s, e)
        if self.said_place is None and source:
            named = next((resolved.get((d.start, d.end)) for d in items["divisions"] if d.start == source.end()), None)
            self.said_place = named
        self.paragraph_only = False  # whether the subject holds for its paragraph only (a speaker's)
        subject, sentence_only = self._subject(sentence, items, resolved, sec)
        if subject is not None and sec.speaker is not None and subject.level != sec.speaker.level:
            # In a speech, only a peer of the speaker's division takes over (the 北仑区
            # paragraph whose speaker line was lost); 杭州 in 滨江's speech does not. A place
            # within the speaker's is the subject of its own sentence (a city's official:
            # 湄潭县坚持…,前三季度茶叶综合产值增长9.2%).
            if subject.within(sec.speaker):
                sentence_only = True
            else:
                subject = None
        # 株洲市委常委、醴陵市委书记何振宇率党政代表团来浏考察: visitors' places are not
        # what the text is about, nor what the hosts' bare posts after them are of.
        visit = is_visit(text, items, e)
        note_places_visited(text, items, resolved, sec, visit, self.ctx.resolve)
        if subject is not None and subject.adcode in sec.visitors and subject != self.said_place:
            # (a visitor's own 全市 when he speaks, 耿海波指出,…全市工业经济…, stays his city's)
            subject = None
        # 吴忠市委常委、同心县委书记冶文斌…等陪同考察: those who accompany a visit name their
        # own places, not the place of the bare posts after them.
        accompanying = "陪同" in text[s:e]
        table_row = _TABLE_ROW.match(text, s, e) is not None  # (天长市 | 598.6 | 7.5: a row names its own place only)
        if subject is not None and not sentence_only and not visit and not table_row:
            sec.enter(subject, paragraph_start, bool(_NEWS_LEAD.match(text, s)), paragraph_only=self.paragraph_only)
        elif subject is not None and text.startswith("在", s) and subject.adcode not in sec.hosts:
            if paragraph_start and not _VISITING.search(text, s, e):
                sec.scene = subject  # (在湖北，…建设全面提速: a topic's scene; not 在深圳，庞启航拜访了…)
            # 在清水县,雒振川走进…。县委副书记、县长安文涛介绍: the scene's place is where the
            # paragraph's bare posts are, though its figures stay the visitor's text's
            sec.post_places.append(subject)
            if (_VISITING.search(text, s, e) and sec.current is not None and subject.within(sec.current)
                    and subject.adcode != sec.current.adcode):
                # 在招远市，臧立军来到…，市委副书记、市长隋国栋陪同: the place of the text's city
                # visited, whose 市长 accompanies, before any 市 a guest's post named
                sec.visited = subject
        # 许晨阳听取了温岭市工作汇报。据介绍,今年1-9月,全市…: the place heard reports next
        heard = next((resolved.get((d.start, d.end)) for d in items["divisions"]
                      if text.endswith(("听取", "听取了"), s, d.start) and _REPORT_AFTER.match(text, d.end)), None)
        if heard is not None and heard.adcode not in sec.hosts:
            sec.current = heard
        # A town's sentence (千灯镇依托…已新签约项目14个) or a company's is not the division's;
        # the next sentence is the division's again unless it opens with the town too.
        periods = [(p.start, p.end) for p in items["periods"]]
        self.other_subject = subject is None and (self.others.opens(text, sentence, periods, items["divisions"])
                                                  or unplaced_quote(text, sentence, items["divisions"])
                                                  or self._company_opens(text, sentence, periods))
        # 镇长X代表镇人民政府作政府工作报告。报告指出,…全年实现地区生产总值86.7亿元: the rest of the
        # paragraph is the town's report, whatever county the page is about
        sec.town_report = sec.town_report or bool(_TOWN_REPORT_GIVEN.search(text, s, e))
        if sec.town_report and subject is None:
            self.other_subject = True
        here = subject or sec.current
        self.subject = subject  # 猇亭区负责同志介绍,全区…: 全区 is the sentence's subject
        # A county paper's own county may never open a sentence (县委书记…, 全县…): its
        # figures belong to the division the document is most about.
        fallback = here or (self.dominant[0] if self.dominant else None)

        sec.list_levels, sec.headed_below = {}, None
        for d in items["divisions"]:
            # 海陵区代表团审议时，区委书记管立群代表说: a congress delegation's meeting is its
            # division's; the bare posts of its level in the sentence are that division's
            place = resolved.get((d.start, d.end))
            if place is not None and d.start < s + 16 and _DELEGATION_MEETS.match(text, d.end):
                sec.list_levels[place.name[-1]] = place
                sec.post_places.append(place)  # (…代表团审议时,…去年全区实现…: its 全区 too)
        if sec.current is not None and _JOINED_VISIT.search(text, s, e) and not is_visit(text, items, e):
            # 市委常委、统战部部长A，市政协副主席B参加调研 (the city's leaders visiting 鹤山市): those
            # who join a visit come with the visitors; their bare posts are the text's own place's
            sec.list_levels[sec.current.name[-1]] = sec.current
        # 桐乡市推行…,由市委副书记、市长方海涛担任…: a sentence a division opens (not its posts:
        # 苏州市副市长A,…,市委副书记、市长B) holds its bare posts of that level
        posts_open = any(off.posts and opens_at(text, s, min(p.start for p in off.posts), periods, scene=True)
                         for off in items["officials"])
        first_post = min((p.start for off in items["officials"] for p in off.posts), default=e)
        self.posts_place = (subject if subject is not None and not sentence_only and not posts_open and not visit
                            # (上海市第十一批援藏干部联络组组长、市委常委…: a giver's cadres serve elsewhere)
                            and not _SENT_CADRES.search(text, s, first_post) else None)
        for off in items["officials"]:
            # (市委常委、利通区委书记张海韬调研…,区委副书记、区长沙建军陪同: who leads the visit
            # is not one of those accompanying it; his place is the bare posts' after him)
            lead = accompanying and _VISIT_VERB.search(text, off.end, min(e, off.end + 4)) is not None
            self.read_official(info, sec, off, sentence, visit or (accompanying and not lead))
        self.posts_place = None
        for prog in items["programs"]:
            if prog.name in self.short_names:
                continue  # a short name the text gave a company or a program it named in full
            name = canonical_name(prog.name)
            ev = self.evidence(info, prog.start, prog.end, sentence)
            self.mention("program", name, name, ev)
            if here is not None:
                self.facts.implementations.append(Implementation(here, name, ev))
        for ent in items["enterprises"]:
            if any(a < ent.end and ent.start < b for a, b in self.inside_names):
                continue  # 任命邹丽华为…: 华为 inside an official's name
            if any(a <= ent.start and ent.end <= b and (a, b) != (ent.start, ent.end) for a, b in self.given_spans):
                continue  # 推动麟州国投市场化转型: 国投 inside the short name the text gave a company
            ev = self.evidence(info, ent.start, ent.end, sentence)
            name = self.as_written(canonical_name(ent.name), ev.text)
            self.mention("enterprise", name, name, ev)
            inside = [resolved.get((m.start, m.end)) for m in items["divisions"] if ent.start <= m.start and m.end <= ent.end]
            where = most_specific(d for d in inside if d is not None) or here
            if where is not None and here is not None and here.within(where):
                where = here  # 河北绒泰纺织集团股份有限公司 in 清河县's section: registered in the province, sits here
            if where is not None:
                self.facts.locations.append(Location(name, where, ev))
        self.read_metrics(doc, info, sec, sentence, items, resolved, fallback)
        if items["model"]:
            self.read_model_spans(info, sec, sentence, items, here)

    def read_model_spans(self, info: SectionInfo, sec: SectionState, sentence, items, here) -> None:
        """Officials and enterprises from the statistical NER, where the rules found none.

        A person's name counts only next to a post (王健,义乌市委书记 / 市委书记:王健); a
        company only if it looks like one (no government body, school or division).
        """
        s, e = sentence
        text = self.text
        chains = find_posts(text[s:e], [_shift_div(d, -s) for d in items["divisions"]])
        for span in items["model"]:
            label = span.label
            name = canonical_name(text[span.start : span.end])
            if label in _PERSON_LABELS and 2 <= len(name) <= 4:
                a, b = span.start - s, span.end - s
                for chain in chains:
                    after = text[s + chain[-1].end : span.start]
                    before = text[span.end : s + chain[0].start]
                    if (chain[-1].end <= a and _GLUE.fullmatch(after)) or (b <= chain[0].start and _GLUE.fullmatch(before)):
                        ev = self.evidence(info, span.start, span.end, sentence)
                        self.mention("official", name, name, ev)
                        for post in chain:
                            div = self.post_division(post, sec)
                            if post.division is not None and div is None:
                                continue
                            self.facts.holdings.append(
                                Holding(name, self.as_written(post.title), div, self.document.date, ev, _MODEL_CONFIDENCE,
                                        "model:ner")
                            )
                        break
            elif label in _COMPANY_LABELS and looks_like_company(name):
                ev = self.evidence(info, span.start, span.end, sentence)
                self.mention("enterprise", name, name, ev)
                if here is not None:
                    self.facts.locations.append(Location(name, here, ev, _MODEL_CONFIDENCE, "model:ner"))

    def _organ_places(self, post: PostMention) -> bool:
        """Whether the page's own organ holds a post written without it: any organ's page for
        党组成员 or 副局长, only a court's for 院长 or 庭长 (院长马文杰介绍,医院… on a health
        commission's page is a hospital's head)."""
        if self.page_organ is None:
            return False
        own = _OWN_ROLES.get(self.page_organ[0])
        return (own is not None and own.search(post.title) is not None) or not any(
            rx.search(post.title) for rx in _OWN_ROLES.values())

    def read_official(self, info: SectionInfo, sec: SectionState, off: OfficialMention, sentence,
                      visitor: bool = False) -> None:
        if off.posts and not any(p.level != ORGAN_LEVEL or self._organ_places(p) for p in off.posts):
            return  # 主任X说 on a page that is no organ's own: no post anyone can place
        if off.posts and FOREIGN_POST_BEFORE.search(self.text, max(sentence[0], off.posts[0].start - 14), off.posts[0].start):
            return  # 韩国庆尚南道统营市副市长朴正勋: a foreign city's official, no post of ours
        name = canonical_name(off.name)
        ev = self.evidence(info, off.start, off.end, sentence)
        self.mention("official", name, name, ev)
        first = min(p.start for p in off.posts) if off.posts else off.start
        # 时任浙江省委书记习近平 / 原州人大常委会主任董仁杰: a post held once, not on the
        # document's date; the holding is kept, undated.
        # 历任… in a cadre's profile; 八宝镇党委原书记, 市农业农村局原党组成员
        past = off.extra.get("past", False) or (bool(off.posts) and ONCE_HELD.search(
            self.text, first, max(p.end for p in off.posts)) is not None)
        date = None if past or _FORMERLY.search(self.text, max(0, first - 2), first) else self.document.date
        # 市委常委、寿光市委书记昝国栋: a member of the city's own organs first; 寿光市 is where
        # he also serves, not the place the paragraph's bare posts (市人大常委会主任…) are of.
        named = next((p for p in off.posts if p.division is not None), None)
        named_div = self.ctx.resolve(named.division) if named is not None else None
        zone_named = None
        if named is None:
            # 市委常委、荆州开发区党工委书记卢彬: a zone's post names the city the zone is named after
            zone_named = next(((p, d) for p in off.posts if p.division is None and p.level is None
                               for d in [self._zone_post_place(p.title)] if d is not None), None)
        led_by_bare = (bool(off.posts) and off.posts[0].division is None and off.posts[0].level is not None
                       and named_div is not None and matches_level(named_div, off.posts[0].level))
        bare: list[int] = []  # indices of the holdings of posts written without their division
        for post in off.posts:
            if post.level == ORGAN_LEVEL:
                if not self._organ_places(post):
                    continue
                organ, div = self.page_organ
                role = re.sub(r"^(?:[我本]?[厅局委院](?!长)|常委会)", "", post.title)  # 厅党组成员, 我局副局长 -> 党组成员, 副局长 (not 局长)
                self.facts.holdings.append(Holding(name, organ + role, div, date, ev))
                continue
            div = self.post_division(post, sec)
            if visitor and post.division is None and post.level and post.level != TOWN_LEVEL and sec.visitors \
                    and _WITH_DELEGATION.search(self.text, off.end, sentence[1]):
                # 惠安县副县长林振辉带领考察团来我镇考察,县工业和信息化局局长黄志斌…等随团考察: the
                # delegation's own county's bureau
                div = self._visitor_at_level(sec, post.level) or div
            if (post.division is None and post.level and named_div is not None and post.start < named.start
                    and (matches_level(named_div, post.level)
                         or (named_div.level == COUNTY and post.level in ("市", "州", "盟")
                             and post.title.startswith(post.level + "委")))):
                # 市委常委、枣阳市委书记 (in 枣阳's own feature), 市委常委、赤坎区委书记: the 市委
                # written before a county's own post is the city above it, whatever the
                # paragraph is about; so are the list's bare posts of that level after it
                # (…，副市长冀慧敏，市政府秘书长娄建峰).
                div = level_above(named_div, post.level) or div
                sec.list_levels[post.level] = div
            if (zone_named is not None and post.division is None and post.level and post.start < zone_named[0].start
                    and matches_level(zone_named[1], post.level)):
                div = zone_named[1]  # (市委常委、荆州开发区党工委书记: the 市委 is 荆州's)
                sec.list_levels[post.level] = div
            if post.division is not None and div is None:
                continue  # a post of something that is not a division (衢州智造新城党工委书记)
            if post.level == TOWN_LEVEL:
                title = town_post_title(post.title, self.towns, self.text, post.start, post.end, sentence[1],
                                        self.page_zone, self.page_town)
                if title is None:
                    continue  # 镇党委书记 of a town the text has not named
                post = PostMention(post.start, post.end, title, None, TOWN_LEVEL)
            if (post.division is not None and not led_by_bare and not visitor and not past
                    and div.adcode not in sec.visitors and div.adcode not in sec.hosts):
                sec.post_places.append(div)
            if post.division is None:
                bare.append(len(self.facts.holdings))
            self.facts.holdings.append(Holding(name, self.as_written(post.title), div, date, ev))
        self._one_head_each(name, bare, sec)
        sec.headed_below = self._headed_below(off)

    def _zone_post_place(self, title: str) -> Division | None:
        """The division a zone's post names its zone after (荆州开发区党工委书记 -> 荆州市), if any."""
        zone = next((z for z in find_zone_places(title) if z.start == 0 and z.candidates), None)
        return self.ctx.resolve(zone) if zone is not None else None

    def _held_place(self, name: str) -> Division | None:
        """The most specific division ``name`` holds a post of now, by the posts read so far."""
        own = [h.division for h in self.facts.holdings if h.official == name and h.division is not None and h.date is not None]
        return most_specific(own) if own else None

    def _headed_below(self, off: OfficialMention) -> Division | None:
        """The county-level division ``off`` heads by name while sitting on the standing committee
        of the division above it by name (衢州市委常委、江山市委书记 -> 江山市), if any."""
        named = [(p, self.ctx.resolve(p.division)) for p in off.posts if p.division is not None]
        above = [d for p, d in named if d is not None and p.title.endswith("委常委")]
        return next((d for p, d in named if d is not None and d.level == COUNTY and _ONE_HEAD.fullmatch(p.title)
                     and any(d.within(a) for a in above)), None)

    def _one_head_each(self, name: str, bare: list[int], sec: SectionState) -> None:
        """A division has one 市长, one 县委书记: a bare head's post whose division another named
        person already heads is the paragraph's own place's (平凉's paper, 华亭 brief: 市委常委、
        华亭市委书记A出席并讲话,市委副书记、市长B主持 -> B is 华亭's, 平凉's 市长 being C)."""
        for k in bare:
            h = self.facts.holdings[k]
            head = _ONE_HEAD.fullmatch(h.title)
            if (head is None or h.division is None or h.date is None
                    or self.heads.get((h.title, h.division.adcode), name) == name):
                continue  # (时任/原市长: held once, no conflict)
            # (the paragraph's place, or a place a post just before named: 华亭市委书记A,…市长B)
            recent = [x.division for x in self.facts.holdings[max(0, bare[0] - 6) : bare[0]] if x.division is not None]
            here = next((d for d in [sec.current, *reversed(sec.post_places), *reversed(recent)]
                         if d is not None and d.adcode != h.division.adcode and matches_level(d, head.group(1))
                         and self.heads.get((h.title, d.adcode), name) == name), None)
            if here is not None:
                old = h.division
                for j in bare:
                    if self.facts.holdings[j].division == old and self.facts.holdings[j].title.startswith(head.group(1)):
                        self.facts.holdings[j] = replace(self.facts.holdings[j], division=here)
                break
        for k in bare:
            h = self.facts.holdings[k]
            if h.division is not None and h.date is not None and _ONE_HEAD.fullmatch(h.title):
                self.heads.setdefault((h.title, h.division.adcode), name)

    def read_metrics(self, doc, info, sec, sentence, items, resolved, here) -> None:
        # 截至10月底,全区今年累计…: "this year" after a narrower period of the same year
        # restates it; the narrower one stands.
        # (10月16日,全市第四季度重大项目集中签约: a period naming an event dates it, frames nothing)
        periods = [p for p in sorted(items["periods"], key=lambda p: p.start)
                   if not restates(p.record, [q.record for q in items["periods"] if p.start - 12 <= q.start < p.start])
                   and not (_EVENT_NAMED.match(self.text, p.end) and not p.record.text.endswith("以来"))]
        respective = _respective_periods(self.text, periods, items["metrics"])
        written = None  # the division a figure of this sentence names as its subject
        company = None  # whether the sentence's figures so far are all a company's (its subject carries on)
        event_before, self.event_figures = self.event_figures, False
        previous_end = sentence[0]
        lists = _place_lists(self.text, items, resolved)  # 英德、兴宁、廉江: what 三地 may refer back to
        if any(a <= info.offset + sentence[0] < b for a, b in self.citizen_spans):
            return  # a citizen's message on a message board: what a person says, no division's report
        if _PROGRAMME.search(self.text, sentence[0], sentence[1]):
            return  # 节目组…共征集群众诉求1126条, 本期节目现场满意度测评…: a TV programme's own tallies
        job_fair = _JOB_FAIR.search(self.text, sentence[0], sentence[1]) is not None
        for wrapped in sorted(items["metrics"], key=lambda m: m.start):
            m = wrapped.record
            if self._list_heading_count(wrapped):
                continue
            if job_fair and _EVENT_DAY.search(self.text, sentence[0], wrapped.start):
                continue  # 5月7日,…举办…专场招聘会,提供就业岗位1600余个: one fair's tally, no place's figure
            # …增长6.6%;和政县古动物化石文旅品牌影响力持续扩大,1—11月接待游客增长18.7%: a
            # division opening a clause after a semicolon is the subject from there on.
            # So is one opening a clause after a comma when it is the clause's subject, not a
            # post's place or a list's first item (…政治使命,新民扛牢粮食安全责任,今年粮食播种面积…;
            # …分别增长…,其中良庆区依托…龙头企业,算力产业产值增长42.3%).
            opening = [resolved.get((d.start, d.end)) for d in items["divisions"]
                       if previous_end <= d.start and not _AID_AFTER.match(self.text, d.end)
                       # …比重为3.62%,而海盐县仅为2.41%: a place set against the one before (its name
                       # may open the figure's own span)
                       and ((d.start <= wrapped.start + 1 and self.text[d.start - 2 : d.start] in (",而", "，而", "；而", ";而")
                             and d.candidates)
                            or d.start < wrapped.start and _CLAUSE_LEAD.search(self.text, max(0, d.start - 6), d.start) is not None
                            or d.start < wrapped.start and ((self.text[d.start - 1 : d.start] in (",", "，")
                                 or self.text[d.start - 3 : d.start] in (",其中", "，其中")) and d.candidates
                                and _CLAUSE_SUBJECT.match(self.text, d.end)
                                and not any(p.division is not None and p.division.start == d.start
                                            for o in items["officials"] for p in o.posts)))]
            if opening and opening[-1] is not None:
                written = opening[-1]
                # (；同期，徐州市新沂市…: the county its city is written before)
                last = next((d for d in reversed(items["divisions"]) if resolved.get((d.start, d.end)) is written), None)
                inner = _right_after(items, last) if last is not None else None
                child = resolved.get((inner.start, inner.end)) if inner is not None else None
                if child is not None and child.adcode != written.adcode and child.within(written):
                    written = child
            previous_end = wrapped.end
            # The period: the last phrase before the figure in this sentence, else the frame.
            # 由2020年的2616.5亿元增加到…: a year that dates one value (…年的) is not the period of
            # the figures after it.
            # (由2020年的41.7亿元增加到58.3亿元: 2020 dates 41.7 only, not what it grew to)
            # (…其中二季度当季增长6.1%；规模工业增加值增长7.4%: a period singled out stops at its clause)
            own = [p for p in periods if p.record.frames and p.start < wrapped.end
                   and not (_SEMICOLON.search(self.text, p.end, wrapped.start) and p.record.part is not None
                            and singles_out(self.text, p, self.document.date))
                   and not (self.text.startswith("的", p.end) and not _AIMS_AFTER.match(self.text, p.end + 1)
                            and (wrapped.end > p.end + 16 or (
                       self.text[p.end + 1 : p.end + 2].isdigit()
                       and (m.value is None or not self.text.startswith(format(m.value, "f"), p.end + 1)))))]
            period = own[-1].record if own else (sec.period.record if sec.period is not None else None)
            if m.from_table and m.period is not None and not own:
                period = m.period  # a table's row: its caption's period
            period = respective.get(wrapped.end, period)  # 一季度、上半年分别增长5.4%、5.6%
            # …由2020年的356家增加到去年的498家: a year written right before a value with 的 dates it
            dated = [p for p in periods if m.value is not None and self.text.startswith("的", p.end)
                     and self.text.startswith(format(m.value, "f"), p.end + 1) and wrapped.start <= p.start < wrapped.end]
            if dated:
                period = dated[-1].record
            if (m.value is None and any(not _CLAUSE_BREAK.search(self.text, a.end(), wrapped.end)
                                        for a in _AVERAGE.finditer(self.text, wrapped.start, wrapped.end))
                    and not (own and is_future(own[-1].record, self.document.date))):
                # “十四五”时期…年均增长5.1%: an average over years, no one period (到2027年…年均
                # 增长7% is still that deadline's target)
                period = None
            # (此次 may open the figure's own indicator: 此次集中签约项目28个)
            indicator_end = wrapped.start + (m.indicator_end - m.start)
            if not own and (_EVENT_DAY.search(self.text, sentence[0], wrapped.start)
                            or _THIS_EVENT.search(self.text, sentence[0], max(wrapped.start, indicator_end))
                            or (event_before and self.text.startswith("其中", sentence[0]))):
                # 10月25日,我县举行…签约活动,现场签约项目16个: the figure counts one dated
                # event, not a reporting period (nor do the parts of its count the next
                # sentence gives: 其中,与广东企业签约项目18个…).
                period = None
                self.event_figures = True
            if not own and _AFTER_COMPLETION.search(self.text, sentence[0], wrapped.start):
                period = None  # 项目全部建成投产后,预计年产值可达120亿元: a projection, no period
            # 全区地区生产总值增长5.6%,新能源装机规模突破1.2亿千瓦: the subject carries on
            # to the figures after it in the sentence.
            own_division = self._metric_division(m, wrapped, items, resolved, sec) or self._landed_in(wrapped, items, resolved)
            if m.counted_place is not None:
                # 英德、兴宁、廉江三地…。三地网络零售额分别增长…: the k-th place of the list
                k, n = m.counted_place
                places = ([p for p in lists if p[0] < wrapped.start and len(p[1]) == n] or [(0, sec.listed)])[-1][1]
                own_division = places[k] if len(places) == n else own_division
            # 在全市增长3.9%的情况下增速居全市第一: a figure the text compares with is the
            # wider division's, and its own only
            # (…增速高于全市0.4个百分点（全市预计增长5.2%）；规模以上工业增加值…: in brackets, too)
            compared = own_division is not None and any(
                d.deictic and d.surface == m.division_text and (self.text[d.start - 1 : d.start] in ("在", "（", "(")
                                                                or self.text[d.start - 2 : d.start] in ("高于", "低于", "超过", "不及"))
                and wrapped.start <= d.start < wrapped.end for d in items["divisions"])
            # 增速高于全市0.8个百分点、全省1.4个百分点: the second place a gap is held against is
            # compared too; the gap is the subject's
            gap_against = m.unit == "个百分点" and _GAP_AGAINST.search(m.indicator) is not None and any(
                d.deictic and d.surface == m.division_text and self.text[d.start - 1 : d.start] in ("、", "和", "及")
                and wrapped.start <= d.start < wrapped.end for d in items["divisions"])
            if gap_against:
                own_division = None
            if m.division_listed or compared:
                division = own_division or here  # one county of a 分别 list: its own figure only
            else:
                written = own_division or written
                division = written or here
            named = own_division or written or self.subject
            if self.other_subject and not named:
                continue  # a town's figure (千灯镇…已新签约项目14个) is not its county's
            if self.home_town and not named and not self.paragraph_named:
                # on a town's own site every figure is the town's unless its paragraph names a
                # division for it (会议通报,前三季度,全县…。…会议要求,确保全年…)
                continue
            self.paragraph_named = self.paragraph_named or bool(named)
            if division is None or self._group_figure(m, wrapped):
                continue
            # 镁晟集团今年上半年实现营业收入36.8亿元,同比增长21.4%,高端耐火材料占比提升到61%: a
            # company whose figures open the sentence goes on being its subject until a division
            # is named again (not one whose figure comes after the division's: …新增台资企业42家,
            # 台资企业X追加投资1.5亿美元…,在晋创业就业台胞突破5000人)
            own_company = self._enterprise_figure(m, wrapped, items, sentence[0])
            if company is None and own_company and self._company_governed(sentence[0], wrapped.end, items):
                company = False  # (推动永驰汽车年产10万辆…项目满产达产,…力争…产业产值突破700亿元)
            # (…等18个项目现场签约: companies given as examples; 可带动当地就业1200人: the place's)
            carried_on = (bool(company) and own_division is None and not opening
                          and "等" not in self.text[sentence[0] : wrapped.start]
                          and not _PLACE_IMPACT.match(self.text, wrapped.start))
            company = (own_company if company is None else company and (own_company or carried_on))
            if own_company or carried_on:
                continue
            # 今年以来,…前三季度…: a year named earlier in the sentence goes before the frame's.
            year = sec.year
            for p in own:
                year = named_year(p.record, year, self.document.date)
            framed = frame_year(year, period, self.document.date)
            if framed is None and self.bulletin_year is not None and (year in (None, self.bulletin_year) or (
                    self.chronicle and period is not None and period.text == "全年" and not any(
                        p.record.year is not None or p.record.year_offset is not None for p in own[:-1]))):
                # a bulletin's 全年 is the year it reports on (a chronicle's 12月10日 entry: 部署2025年
                # 经济工作。会议预计,全年…: still the chronicle's year, the sentence naming none)
                framed = self.bulletin_year
            named_before = [p for p in own[:-1] if p.record.year is not None or p.record.year_offset is not None]
            if (framed is None and named_before and period is own[-1].record and period.text == "全年"
                    and not _NEW_OUTLOOK.search(self.text, named_before[-1].end, own[-1].start)):
                framed = year  # 去年,北流陶瓷产业全年产值达到298.5亿元: the year its sentence named
            if (framed is None and period is not None and period.text in ("全年", "全年度") and period.year is None
                    and period.year_offset is None and year is not None and self.document.date is not None
                    and year < self.document.date.year and not own[:-1] and not m.estimate
                    and sec.base is not None and sec.base.record.part == "Y"):
                framed = year  # 2024年,全市新增人才4.62万人。…全年引进博士研究生326名: the year under review
            if (own and m.estimate and period is own[-1].record and period.year is None and period.year_offset is None
                    and self.document.date is not None and self.document.date.month > 12 - REVIEW_MONTHS + 1
                    and ended(period, self.document.date, by_month=6)):
                # 一季度力争固定资产投资增长15% in December: a target for a year's first months,
                # set at its end, is next year's (预计前三季度… in November is this year's)
                framed = self.document.date.year + 1
            code = resolve(period, self.document.date, framed) if period is not None else None
            code = self._prior_level(m, wrapped, code)
            estimate = bool(m.estimate) or (period is not None and (
                is_future(period, self.document.date) or planned(period, code, self.document.date)))
            if (code and not estimate and period.year is None and period.year_offset is None and self.document.date
                    and code[:4] == str(self.document.date.year) and not_yet_over(period, self.document.date)):
                # 上半年,全县实现地区生产总值318.6亿元 in a January report: results of last year's half
                code = resolve(period, self.document.date, self.document.date.year - 1)
            if code and len(code) > 4 and m.unit != "%" and m.indicator.startswith(("年度", "全年")):
                code = code[:4]  # 四季度…确保完成年度投资86亿元: the year's figure, not the quarter's
            ev = self.evidence(info, wrapped.start, wrapped.end, sentence)
            indicator = canonical_indicator(m.indicator)
            if self.own_work is not None and self.own_work.search(self.text, max(sentence[0], wrapped.start - 12), wrapped.end):
                continue  # (全年执结案件4268件, 调解成功率61.8%: the court's casework; 主动公开…15826条)
            self.mention("indicator", indicator, indicator, ev)
            # 套（间）: a unit's brackets as the evidence writes them (ingest reads （） as ())
            full_width = m.unit.replace("(", "（").replace(")", "）") if m.unit and ")" in m.unit else None
            unit = full_width if full_width and full_width in ev.text else m.unit
            obs = Observation(division, indicator, m.value, unit, m.growth, code, estimate, m.bound, ev)
            self.facts.observations.append(obs)
            if self._in_headline(wrapped.start):
                self.headline_figures.append(obs)
        if lists:
            sec.listed = lists[-1][1]
        # Framing phrases of this sentence frame the sentences after it.
        for p in periods:
            if p.record.frames and not singles_out(self.text, p, self.document.date):
                sec.frame(p, self.text[p.end : p.end + 1] in (",", "，", ":", "："), self.document.date)  # (据统计，1-8月：…)

    def _prior_level(self, m, wrapped, code: str | None) -> str | None:
        """The period of a starting level written 由上年(同期)的X…缩小到Y: the year before the
        sentence's (its same months with 同期), not the sentence's own."""
        if m.value is None or code is None or not code[:4].isdigit():
            return code
        at = self.text.rfind(format(m.value, "f"), wrapped.start, wrapped.end + 1)
        prior = _PRIOR_YEAR.search(self.text, max(0, at - 8), at) if at >= 0 else None
        if prior is None:
            return code
        year = str(int(code[:4]) - 1)
        return year + code[4:] if prior.group(1) else year

    def _list_heading_count(self, wrapped) -> bool:
        """Whether the figure is the count a list's heading line closes with ((二)乐都区(6名),
        一、先进集体(32个)): how many entries follow, no figure of the place."""
        line_start = self.text.rfind("\n", 0, wrapped.start) + 1
        line_end = self.text.find("\n", wrapped.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        count = _LIST_COUNT.search(line)
        return (count is not None and not _CLAUSE_BREAK.search(line)
                and count.start() <= wrapped.end - line_start and wrapped.start - line_start < count.end())

    def _enterprise_figure(self, m, wrapped, items, sentence_start: int) -> bool:
        """Whether the figure is a company's own (峡鑫新材料年产值可达80亿元, …集团有限公司新开通
        水上游线3条): its indicator opens with the company's name. Such figures are not a
        division's (GOLD-SCHEMA: a number a division reports about itself)."""
        a = wrapped.start + (m.indicator_start - m.start)
        b = wrapped.start + (m.indicator_end - m.start)
        if (_OTHER_SUBJECT.match(self.text, a) or self.others.town_at(self.text, a) is not None
                or _TOWN_LIST.search(self.text, a, b)):
            # 该镇茶叶产值…, 容桂街道规上工业总产值…, 合作社带动…, 主产区陈化店镇、柏梁镇花木种植面积均…:
            # a town's, a cooperative's, each of a list of towns'
            return True
        companies = [e for e in items["enterprises"] if not self.text.startswith("等", e.end)  # 草原肉业等…: examples
                     # (…股份有限公司(以下简称“绒泰集团”)是…: the short name in the aside is the same company)
                     and "简称" not in self.text[max(0, e.start - 6) : e.start]]
        if _INVESTMENT.search(m.indicator):
            # 湖南锐驰新材料科技有限公司投资建设的…项目落户渌口区,总投资52亿元: one company's
            # project's size, not a total a place reports (共签约项目42个,总投资386.5亿元 is one)
            clause_start = max(sentence_start, self.text.rfind(";", sentence_start, a) + 1,
                               self.text.rfind("；", sentence_start, a) + 1)
            if (any(clause_start <= e.start < b for e in companies) and _PROJECT_WORD.search(self.text, clause_start, b)
                    and not _PROJECT_COUNT.search(self.text, clause_start, b)):
                return True
        if _CAPACITY.search(m.indicator) and any(sentence_start <= e.start < a for e in companies):
            return True  # 山东华岳食品股份有限公司投资建设的…项目已投产,年加工鲜薯10万吨: a plant's capacity
        if any(e.start <= a < e.end or (a <= e.start < b and (e.start - a <= 2 or only_lead_words(self.text[a:e.start])))
               for e in companies):
            return True  # …, 日资企业高岛精密部件(昆山)有限公司追加投资8500万美元
        # 凤羽酒业今年上半年销售收入达4600万元: the company is the clause's subject when it is
        # the last name before the figure in its clause (no division, 全县 or 我县 after it).
        last_company = max((e.end for e in companies if e.end <= a), default=-1)
        # (瑶岭新材是全省有色金属精深加工骨干企业,今年…: 全省 in what the company is names no subject)
        said = _COMPANY_IS.match(self.text, last_company) if last_company >= 0 else None
        places = [d.end for d in items["divisions"] if (d.candidates or d.deictic) and d.end <= a
                  and not (said and said.start() <= d.start < said.end())]
        # …科技股份有限公司(简称“蓝翼航空”),今年已交付…: its short name's aside ends no clause
        aside = (_SHORT_NAME_ASIDE.match(self.text, last_company)
                 if last_company >= 0 and "简称" in self.text[max(0, last_company - 10) : last_company + 6] else None)
        after = aside.end() if aside else last_company
        if last_company <= max(places, default=-1):
            return False
        # 澜涛泵业是深交所主板上市公司,今年前三季度实现营业收入38.6亿元: the company the
        # sentence opens with is its subject across its clauses
        # (so is one that opens a clause after a semicolon, or that a relative clause
        # introduces: 去年落户名酒工业园区的贵州醇源包装科技有限公司,…带动本地配套企业30余家)
        opener = next((e for e in companies if e.end == last_company), None)
        if opener is None:
            return not _CLAUSE_BREAK.search(self.text, after, a)
        clause_start = max(sentence_start, self.text.rfind(";", sentence_start, opener.start) + 1,
                           self.text.rfind("；", sentence_start, opener.start) + 1)
        opens = (opens_at(self.text, clause_start, opener.start, ())
                 or _RELATIVE_LEAD.fullmatch(self.text, clause_start, opener.start) is not None)
        return not _CLAUSE_BREAK.search(self.text, after, a) or (
            opens and not self._company_governed(clause_start, wrapped.end, items))

    def _landed_in(self, wrapped, items, resolved) -> Division | None:
        """The division projects counted in the figure's clause settle in (共有12个产业合作项目
        签约落户庆元: 庆元's, whichever paper reports the signing)."""
        stop = _CLAUSE_BREAK.search(self.text, wrapped.end)
        end = stop.start() if stop else len(self.text)
        for d in items["divisions"]:
            if not (d.candidates and self.text.endswith(_LANDED, 0, d.start) and not _ORIGIN_AFTER.match(self.text, d.end)):
                continue  # (已入驻南京企业23家: where the companies come from)
            # (…签约产业协作项目14个、总投资32.6亿元,项目将全部落户商洛: the clause after it says so)
            if wrapped.start <= d.start < end or (d.start >= end and _PROJECTS_LAND.fullmatch(self.text, end, d.start)):
                return resolved.get((d.start, d.end))
        return None

    def _company_governed(self, start: int, end: int, items) -> bool:
        """Whether the first company in ``text[start:end]`` is the object of what the government
        does (推动永驰汽车…, 加快渝川精密…): then it is no subject of the figures after it."""
        first = min((e.start for e in items["enterprises"] if start <= e.start < end), default=None)
        return first is not None and _GOVERNED.search(self.text, start, first) is not None

    def _group_figure(self, m, wrapped) -> bool:
        """Whether the figure is a group's sum (三市地区生产总值合计…, 两县…): no one division
        reports it."""
        a = wrapped.start + (m.indicator_start - m.start)
        if _GROUP.search(self.text, max(0, a - 4), a + 4) is not None and "合计" in self.text[a : wrapped.end]:
            return True
        # 各地普遍把今年地区生产总值增长目标定在5.5%至6.5%之间, 7市的投资增长目标多在4%至6%之间: what
        # places mostly do, no one's figure
        clause = max(self.text.rfind(c, 0, wrapped.start) for c in ",，;；。\n") + 1
        return _MANY_PLACES.search(self.text, clause, wrapped.start) is not None

    def _metric_division(self, m, wrapped, items, resolved, sec: SectionState) -> Division | None:
        """A division written as the figure's own subject (柯桥区纺织品出口…, 全省…)."""
        if not getattr(m, "division_text", None):
            return None
        best = None
        for d in sorted(items["divisions"] + items.get("zones", []), key=lambda d: d.start):
            if any(a <= d.start < b for a, b in self.inside_companies):
                continue  # 云南鸡足山果业有限公司…: a place inside a company's name
            if self._own_port(d, items, sec):
                continue
            if d.start <= wrapped.start + (m.indicator_start - m.start) and d.surface == m.division_text:
                best = d
        if best is None:
            # …分别增长12.4%、9.7%,麟游县下降2.3%: the indicator is the clause's before; the
            # division is written right in the figure's own clause
            best = next((d for d in items["divisions"] if d.surface == m.division_text and wrapped.start <= d.start < wrapped.end), None)
        if best is None:
            return None
        if best.deictic:
            return self.deictic_division(best.deictic, sec, best.surface)
        indicator_end = wrapped.start + (m.indicator_end - m.start)
        # 广东、上海、山东三省市累计在喀什地区实施援疆项目1860个: several givers open the clause,
        # none reports the figure alone; it is where it lands (one giver's is the giver's own:
        # 温岭累计在庆元实施协作项目58个)
        # 北仑区累计向我县投入财政援助资金3.12亿元, 今年北仑区安排我县…, 广州企业在我市新落地项目
        # 21个: what the partner gives or does "here" is the text's own place's figure
        for d in items["divisions"]:
            if (best.end <= d.start < indicator_end and d.deictic
                    and (d.surface[0] in "我本师" and (self.text[d.start - 1 : d.start] in ("向", "给", "在", "为")
                                                   or self.text.endswith(("安排", "投入", "帮助", "援助", "支持"), 0, d.start))
                         # 瑞安为文成建设的“消薄飞地”今年向全县68个村集体分红1360万元
                         or d.surface[0] == "全" and self.text[d.start - 1 : d.start] == "向")):
                return self.deictic_division(d.deictic, sec, d.surface)
        if any(d.candidates and best.end < d.start < indicator_end and self.text[d.start - 1] == "、"
               and "等" in self.text[d.end:indicator_end] for d in items["divisions"]):
            return sec.current  # 泊头铸造、孟村管件等特色集群营业收入突破2600亿元: the group's, the city's
        if self.text[best.end : best.end + 1] == "、":
            run = next((r for r in _mention_runs(self.text, items, resolved) if any(d is best for d, _ in r)), None)
            if run and _GROUP_COUNT.match(self.text, run[-1][0].end) and not m.division_listed:
                return sec.current
            for d in items["divisions"]:
                if (best.end <= d.start < indicator_end and d.candidates and self.text[d.start - 1 : d.start] in ("在", "向")
                        and _LANDS.match(self.text, d.end)):
                    return resolved.get((d.start, d.end)) or self.ctx.resolve(d)
        if _AID_AFTER.match(self.text, best.end):
            return None  # 广州对口帮扶协作项目9个: the partner's aid lands in the text's place
        best = self._host(items, best, resolved)
        found = self._zone_part(items, best, resolved.get((best.start, best.end)) or self.ctx.resolve(best))
        here = sec.current
        if found is not None and here is not None and here.within(found) and _LIST_LEVEL_AFTER.match(self.text, best.end):
            return None  # 其中省重点项目7个、泰安市重点项目42个 (肥城's report): the list the projects are on
        return found

    def _zone_part(self, items: dict, mention, found: Division | None) -> Division | None:
        """``found``, or the county a part of its zone is named after when one follows the mention
        (宁波前湾新区慈溪片区…, 汉中航空产业园城固片区…: the part's county's)."""
        part = next((z for z in items.get("zones", ()) if mention.end < z.start <= mention.end + 12
                     and self.text.startswith("片区", z.end)
                     and re.fullmatch(r"[\u4e00-\u9fff]*", self.text[mention.end : z.start])), None)
        child = self.ctx.resolve(part) if part is not None and found is not None else None
        return child if child is not None and child.within(found) else found

    def _speaks_for_own(self, place: Division | None, sec: SectionState) -> bool:
        """Whether ``place`` is the sentence's speaker's (X指出,…全市…) and the text's own
        division or one inside it: not a visitor's."""
        home = self.dominant[0] if self.dominant else None
        return (place is not None and self.said_place is not None and place.adcode == self.said_place.adcode
                and home is not None and (place.adcode == home.adcode or place.within(home))
                and place.adcode not in sec.visitors)

    def _own_place_speaker(self, lead: str, place: Division) -> bool:
        """Whether ``lead`` (X说, / X介绍,) is a speaker the text has named holding a post of
        ``place`` (华池县委书记路宏伟 … 路宏伟说,华池县…)."""
        said = _SAID_BY.fullmatch(lead.strip())
        return said is not None and any(h.official == said.group(1) and h.division == place for h in self.facts.holdings)

    def _own_port(self, mention, items: dict, sec: SectionState) -> bool:
        """Whether ``mention`` names a port of a place inside the current division (黄骅港 in
        沧州's report): the city's port, whose figures are the city's, not 黄骅市's."""
        if not self.text.startswith("港", mention.end) or sec.current is None or mention not in items.get("zones", ()):
            return False
        home = self.ctx.resolve(mention)
        return home is not None and home.within(sec.current)

    def _host(self, items: dict, mention, resolved: dict):
        """The host of a park or a cooperation two places name together (桐乡·开化山海协作产业园
        -> 开化), unless the host is a place of another province than the text's own and the
        partner is not (泉州市·固原市闽宁协作联席会议在泉召开 in 泉州's paper: 泉州)."""
        host = _cobuilt_host(self.text, items, mention)
        if host is None:
            return mention
        home = self.dominant[0] if self.dominant else None
        first = resolved.get((mention.start, mention.end)) or self.ctx.resolve(mention)
        second = resolved.get((host.start, host.end)) or self.ctx.resolve(host)
        if home is not None and first is not None and second is not None and first.same_province(home) \
                and not second.same_province(home):
            return mention
        return host

    def deictic_division(self, suffix: str, sec: SectionState, surface: str = "") -> Division | None:
        """What 全区/全市/全省 refers to: the section's division or its ancestor at that level.

        In an autonomous region's text 全区 is the region when the section is not about a
        district (锡林郭勒盟's report: 全区 = 内蒙古自治区). 我市/本市 is never a place of
        another province than the text's own (广州企业在我市…: the paper's city, not 广州).
        """
        carried = (sec.paragraph_subject if self.subject is None and sec.paragraph_subject is not None
                   and sec.paragraph_subject.suffix == suffix and surface[:1] == "全" else None)
        context = [self.subject, carried, *reversed(sec.post_places), sec.current, sec.speaker, *self.dominant]
        if surface[:1] in ("我", "本") and self.dominant:
            context = [d for d in context if d is None or d.same_province(self.dominant[0])]
        if suffix == "区" and self.home_zone is not None and surface[:1] in "全本我":
            return self.home_zone
        if self.said_place is not None and surface[:1] == "全" and self.said_place.name.endswith(suffix):
            return self.said_place
        organ_city = self.page_organ[1] if self.page_organ is not None else None
        if (organ_city is not None and organ_city.name.endswith(suffix) and surface[:1] in "全本我"
                and not (self.subject is not None and self.subject.name.endswith(suffix))):
            return organ_city  # 烟台市文化和旅游局's page: 全市 is 烟台, not the county-level city last named
        found = division_at_level(context, suffix)
        if suffix == "区":
            region = division_at_level(context, "自治区")
            current = sec.current or sec.speaker
            # (福绵区委书记罗永康…致辞…全区纺织服装产业…: a district a post of the item named)
            district_named = found is not None and found.level == COUNTY and found in sec.post_places
            if region is not None and not district_named and (current is None or not current.name.endswith("区")
                                                               or current.level != COUNTY):
                return region
        return found


# A page headed by a zone's or a town's own name (its site): 淄博高新技术产业开发区管理委员会,
# 沭阳县新河镇人民政府
_HOME_ZONE = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,4}?)" + ZONE_WORDS + r"(?:管理委员会|管委会|党工委)?[ \u3000]*(?:\n|$)")
_TOWN_REPORT = re.compile(r"(?:^|\n)[ \u3000]*([\u4e00-\u9fff]{2,5}?(?:镇|乡))(?:\d{4}年)?(?:政府工作报告|工作总结|人民政府工作报告)[ \u3000]*\n"
                          # (发布机构：兴福镇人民政府 in a county site's index block)
                          r"|(?:信息来源|来源|发布机构|发文机关)[：:][ \u3000]*([\u4e00-\u9fff]{2,5}?(?:镇|乡))(?:人民政府|党委)")
_HOME_TOWN = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{0,10}?[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)?[ \u3000]*\n")


_ZONE_KIND_AT_END = re.compile(ZONE_WORDS + "$")
_ZONE_LEAD = set("在到赴与和同跟向对由为把将从")  # words a bare zone's name may follow (到高新区调研)


# 山西省商务厅, 云南省发展和改革委员会: a division and one of its organs (not its government or committees)
_ORGAN_NAMED = (r"([\u4e00-\u9fff]{2,8}?[" + LEVELS + r"])((?!人民政府|政府|党委|人大|政协|纪委|委员会|委)"
                r"[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会|委))")
_HOME_ORGAN = re.compile(r"[ \u3000]*" + _ORGAN_NAMED + r"[ \u3000]*(?:\n|$)")  # heading the page
_CONGRESS_REPORT = re.compile(r"(?:^|\n)[ \u3000]*([\u4e00-\u9fff]{2,8}?[" + LEVELS + r"])人民代表大会常务委员会工作报告")
# 政协钦州市第七届委员会常务委员会工作报告: a CPPCC standing committee's own report
_CPPCC_REPORT = re.compile(r"(?:^|\n)[ \u3000]*(?:中国人民政治协商会议|政协)([\u4e00-\u9fff]{2,8}?[" + LEVELS + r"])"
                           r"(?:第[一二三四五六七八九十]{1,3}届)?委员会常务委员会工作报告")
# 怀宁县人民法院工作报告, 永城市人民检察院工作报告: a court's or a procuratorate's own report
_JUDICIAL_REPORT = re.compile(r"(?:^|\n)[ \u3000]*([\u4e00-\u9fff]{2,8}?[" + LEVELS + r"])(人民法院|人民检察院)工作报告")
# Roles only one kind of organ has, written bare on its own page (副院长 on a court's)
_OWN_ROLES = {"人民法院": re.compile(r"(?:院长|庭长|专职委员|执行局副?局长)$"),
              "人民检察院": re.compile(r"(?:检察长|专职委员|检察部副?主任)$")}
# What an office's own report tells of its own work, near a figure (no figure of the place; what
# such a report cites of the economy is): a disclosure report's, a CPPCC's, a court's
_DISCLOSURE_REPORT = re.compile(r"政府信息公开工作(?:年度)?报告")
_DISCLOSURE_WORK = re.compile(r"公开|申请|复议|诉讼|审结|结转|解读|图解|政策文件|规范性文件|监督员|访问量|粉丝|第三方|专区|建议|提案|意见"
                              r"|信息\d|条$|篇")
_CPPCC_WORK = re.compile(r"委员|提案|建议|视察|协商|调研|座谈|走访|监督员|引荐|反映问题|议政|履职|社情民意|专题|常委会会议")
_CASEWORK = re.compile(r"案件|案\d|审结|执结|审执结|受理|调解|诉|判处|判令|罪|检察|起诉|批捕|逮捕|法官|陪审|执行|司法|追赃|挽损|破产|重整"
                       r"|债务|赔偿|复绿|放流|干警|培训|记录报告|纠纷|法律|矫正|公益|监督|办案|结案|成讼|欠薪|法庭|辖区"
                       r"|量刑|认罪|争议|信访|涉诈|证据|听证")
# 中共江安县委政策研究室 heading the page: a party organ's own site (its bare 县 posts are 江安县's)
_HOME_PARTY_ORGAN = re.compile(r"[ \u3000]*中共([\u4e00-\u9fff]{2,8}?[" + LEVELS + r"])(委(?:政策研究室|办公室|组织部|宣传部|统战部|政法委员会|政法委"
                               r"|全面深化改革委员会办公室|改革办|党史研究室|机构编制委员会办公室|编办))[ \u3000]*(?:\n|$)")
# 发布机构：嘉兴市经济和信息化局 in a document's metadata: the organ that published it
_PUBLISHING_ORGAN = re.compile(r"(?:发布机构|发文机关|发布单位|(?<![\u4e00-\u9fff])来源)[：:][ \u3000]*" + _ORGAN_NAMED + r"(?![\u4e00-\u9fff])")
_SITE_GOVERNMENT = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,8}?[" + LEVELS + r"])(?:人民政府|政府)[ \u3000]*\n")
# 信息来源：县农业农村局 on its county's site: the department's own page too
_BARE_SOURCE_ORGAN = re.compile(r"(?:信息来源|来源|发布机构|发布单位)[：:][ \u3000]*([" + LEVELS + r"])((?!人民政府|政府|党委|人大|政协|纪委|委员会|委)"
                                r"[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会|委))(?![\u4e00-\u9fff])")
_BARE_HOME_ORGAN = re.compile(r"^[ \u3000]*([" + LEVELS + r"])((?!人民政府|政府|党委|人大|政协|纪委|委员会|委)"
                              r"[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会|委))[ \u3000]*$", re.M)
_ORGAN_WRITTEN = re.compile(r"(?<=[" + LEVELS + r"])[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会|委)")


def _page_organ(text: str) -> tuple[str, Division] | None:
    """The organ whose own site the page is, as the text most often writes it after its level
    (省发展改革委 for 云南省发展和改革委员会), and its division; None on any other page."""
    cppcc = _CPPCC_REPORT.search(text, 0, 1200)
    if cppcc is not None:
        # (its own work's counts are no figures of the city)
        found = gazetteer().candidates(cppcc.group(1))
        return ("政协", found[0]) if len(found) == 1 else None
    judicial = _JUDICIAL_REPORT.search(text, 0, 1200)
    if judicial is not None:
        # its bare posts (副院长X, 庭长Y, 党组成员、执行局局长Z) are the court's
        found = gazetteer().candidates(judicial.group(1))
        return (judicial.group(2), found[0]) if len(found) == 1 else None
    congress = _CONGRESS_REPORT.search(text, 0, 1200)
    if congress is not None:
        # 西峡县人民代表大会常务委员会工作报告: the standing committee's own report (常委会副主任X)
        found = gazetteer().candidates(congress.group(1))
        return ("人大常委会", found[0]) if len(found) == 1 else None
    m = (_HOME_ORGAN.match(text.lstrip("\n")) or _PUBLISHING_ORGAN.search(text, 0, 1200)
         or _HOME_PARTY_ORGAN.match(text.lstrip("\n")))
    found = gazetteer().candidates(m.group(1)) if m else ()
    if m is None:
        # 营山县人民政府 heading the site, then 县人力资源和社会保障局 on a line of its own: the
        # department's page on its county's site
        site = _SITE_GOVERNMENT.match(text.lstrip("\n"))
        m = (_BARE_HOME_ORGAN.search(text, 0, 800) or _BARE_SOURCE_ORGAN.search(text, 0, 800)) if site else None
        found = tuple(d for d in gazetteer().candidates(site.group(1)) if d.name.endswith(m.group(1))) if m else ()
    if len(found) != 1:
        return None
    full = m.group(2)
    written: dict[str, int] = {}
    for w in _ORGAN_WRITTEN.findall(text):
        if w == full or shortens(w, full):
            written[w] = written.get(w, 0) + 1
    return max(written, key=written.get) if written else full, found[0]


def _respective_periods(text: str, periods: list, metrics: list) -> dict[int, object]:
    """The period of each figure of a 分别 run after a list of periods (一季度、上半年、前三季度
    全市地区生产总值分别增长5.4%、5.6%、5.8%): the i-th figure's is the i-th period, by its end."""
    out: dict[int, object] = {}
    k = 0
    while k < len(periods):
        run = [periods[k]]
        while k + 1 < len(periods) and text[run[-1].end : periods[k + 1].start] in ("、", "和", "及", "与"):
            k += 1
            run.append(periods[k])
        k += 1
        if len(run) < 2:
            continue
        after = sorted((m for m in metrics if m.start >= run[-1].end), key=lambda m: m.end)[: len(run)]
        if (len(after) == len(run) and "分别" in text[run[-1].end : after[0].end]
                and not re.search(r"[。；;]", text[run[-1].end : after[-1].start])):
            out.update({m.end: p.record for m, p in zip(after, run)})
    return out


_MESSAGE_LABEL = re.compile(r"(?:留言|来信|网友留言)内容[：:]")
_REPLY_LABEL = re.compile(r"(?:回复|答复)(?:单位|内容|时间|部门)[：:]")


def _citizen_spans(text: str) -> list[tuple[int, int]]:
    """The spans of citizens' messages on a message board: from each 留言内容： to the reply's
    label after it (回复单位：…), or to the end of the text."""
    out = []
    for m in _MESSAGE_LABEL.finditer(text):
        reply = _REPLY_LABEL.search(text, m.end())
        out.append((m.end(), reply.start() if reply else len(text)))
    return out


def _home_zone(text: str) -> Division | None:
    """The division a zone is named after when the text's first line is the zone's name."""
    m = _HOME_ZONE.match(text.lstrip("\n"))
    found = gazetteer().candidates(m.group(1)) if m else ()
    return found[0] if len(found) == 1 else None


_PARK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:园|合作区|飞地|对口合作|协作)")  # (广州·齐齐哈尔对口合作…: the second hosts)


def _cobuilt_host(text: str, items: dict, mention) -> object | None:
    """The host of a park named by partner and host (桐乡·开化山海协作产业园 -> 开化,
    广州(兴宁)产业共建园 -> 兴宁), if any."""
    mark = text[mention.end : mention.end + 1]
    if mark not in ("·", "・", "(", "（"):
        return None
    host = next((d for d in items["divisions"] if d.start == mention.end + 1 and d.candidates), None)
    if host is None:
        return None
    end = host.end
    if mark in ("(", "（"):
        if text[end : end + 1] not in (")", "）"):
            return None
        end += 1
    return host if _PARK_AFTER.match(text, end) else None


def _innermost_post_place(items: dict, mention, resolved: dict) -> object | None:
    """The lowest-level division named in the posts of the official whose first post is
    written with ``mention`` (晋城市委常委、阳城县委书记X -> 阳城县), if any."""
    for off in items["officials"]:
        places = [p.division for p in off.posts if p.division is not None and p.division.candidates]
        if not places or places[0].start != mention.start:
            continue
        known = {resolved[(d.start, d.end)]: d for d in places if resolved.get((d.start, d.end)) is not None}
        return known.get(most_specific(known))
    return None


def _mention_runs(text: str, items: dict, resolved: dict) -> list[list[tuple[DivisionMention, Division]]]:
    """The lists of two or more places in a sentence (泉州、漳州; 英德、兴宁和廉江), each as its
    mentions with the divisions they stand for, in order."""
    out: list[list[tuple[DivisionMention, Division]]] = []
    run: list[tuple[DivisionMention, Division]] = []
    for d in sorted(items["divisions"], key=lambda d: d.start):
        div = resolved.get((d.start, d.end))
        if div is None:
            continue
        if run and text[run[-1][0].end : d.start] in ("、", "和", "与", "及"):
            run.append((d, div))
            continue
        if len(run) >= 2:
            out.append(run)
        run = [(d, div)]
    if len(run) >= 2:
        out.append(run)
    return out


def _place_lists(text: str, items: dict, resolved: dict) -> list[tuple[int, list[Division]]]:
    """The lists of places in a sentence, each as (where it ends, its divisions in order)."""
    return [(run[-1][0].end, [v for _, v in run]) for run in _mention_runs(text, items, resolved)]


def _right_after(items: dict, mention) -> object | None:
    """The division mention written right after ``mention`` (佛山市|顺德区), if any."""
    return next((d for d in items["divisions"] if d.start == mention.end and d.candidates), None)


def relate(document: Document, docs: list[Section]) -> DocumentFacts:
    """All facts of one document, from what the pipeline found in its sections (their
    :class:`SectionData`, or their Docs)."""
    return _Reader(document, docs).read()
