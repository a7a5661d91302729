"""A grammar of economic figures in Chinese government text.

``find_metrics(sentence)`` returns one :class:`MetricMention` per reported figure:
an indicator (财政总收入, GDP, 新设市场主体 ...) with a value as written (500.3 + 亿元),
a growth rate (增长5.9% -> 5.9, 下降2% -> -2), a bound (以上/超 -> atLeast, 左右/约/近 ->
about, 以内/不到 -> atMost) and an estimate flag (预计/力争/目标/计划/确保/将 earlier in
the sentence, or a future period such as 明年 inside the figure's clause).

How it works, in three passes over regexes (no per-character Python loops):
1. every quantity (number + magnitude + unit; 百分之…, 千亿元, 七成, 超千亩, 3至5个) is
   found and filtered: years, dates, durations (连续5个月), ranks (第4, 前50强), labels
   (“双20条”, 5G, 十亿级, 2万方LNG), thresholds (10亿元以上项目, 超10亿元的项目) are
   dropped. A count written before its noun counts (22个项目在一季度开工, 构筑1800家企业),
   except after a preposition (在85个项目…), before a plan word (26个专题, 11项改革,
   15项举措), before 等 (8个产业集群等…), as the scope of an indicator (17个行业增加值
   增长…), or as event logistics (10个县负责人作交流发言, 1200多人齐聚); people (名/人)
   and sizes (万方) written before their noun need a verb of achievement (引进, 培育…).
2. each figure is classified from the words right before it: growth (增长/下降/增速 x%),
   a change in 个百分点 (its own metric, value x), or a level value (达/升至/占 …);
   从X提升到Y keeps only Y.
3. figures are grouped: a growth with no indicator of its own joins the value before
   it (``500.3亿元、增长5.9%``); otherwise it takes the last indicator named before it
   (``GDP总量…,增速7.0%以上``); ``A、B分别增长x%、y%`` gives one metric per item.
Estimates: 预计/力争/力保/目标/确保/计划(到…)/将(not 把-like 将“…”)/要/有望/拟 scope to the
sentence end when they come before the sentence's first figure, else to the end of the
first clause after them that holds a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from kg.ingest.patterns import BULLETS
from kg.nlp.divisions import find_divisions
from kg.nlp.numbers import ARABIC, CHINESE, CHINESE_FULL, MAGNITUDE, chinese_to_decimal
from kg.nlp.periods import PeriodMention, find_periods

__all__ = ["MetricMention", "find_metrics"]


@dataclass(frozen=True)
class MetricMention:
    start: int  # evidence span in the sentence: indicator .. last figure
    end: int
    indicator: str
    indicator_start: int
    indicator_end: int
    value: Decimal | None
    unit: str | None
    growth: Decimal | None
    bound: str | None  # "atLeast" | "about" | "atMost" | None
    estimate: bool
    division_text: str | None
    #: a period phrase inside the figure's own clause (GDP前三季度增长6.5%, 明年突破…),
    #: which overrides any period framed earlier; None if the clause names none.
    period: PeriodMention | None = field(default=None, compare=False)
    #: the division is one item of a list spread over the figures (宜都市、枝江市…分别增长…):
    #: it is this figure's alone, not the subject of the figures after it.
    division_listed: bool = False
    #: (k, n): the k-th of n places a count refers back to (三地网络零售额分别增长a、b、c: the
    #: three places listed before), or None.
    counted_place: tuple[int, int] | None = None
    #: read from a table's row (kg.nlp.tables): ``period`` is then its caption's, if any
    from_table: bool = False


# 三地, 两市, 三县（市、区）: places counted, referring back to a list
_COUNTED_PLACES = re.compile(r"([两三四五六七八九])(?:地|县|市|区|县市|县区|县（市、区）|县\(市、区\))")
_CN_DIGIT = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# ----------------------------------------------------------------------------- lexicon
_CURRENCY = r"(?:元|美元|欧元|港元|港币|日元|英镑)"
_MEASURE = (r"(?:吨标准煤|吨公里|人公里|吨|千升|千克|公斤|斤|亩次|亩|公顷|平方公里|平方千米|平方米|立方米|方|公里|千米|毫米|"
            r"微克/立方米|千瓦时|千瓦|兆瓦|标准箱|标箱|辆次|辆|艘|架|列|台套|台|套|座|栋|幢|间|张|件|头只|只|头|株|棵|"
            r"人次|家次|户次|人|个|家|项|户|名|位|支|条|批|例|次|场|所|处|款|份|笔|宗|篇|种|部|本|起|单|羽|期|袋|棒|口(?![岸径号罩碑])|眼|对|节|箱|分钟|EFLOPS|PFLOPS)")
_COUNT_UNITS = frozenset("个 家 项 户 名 位 支 条 批 例 次 场 所 处 款 份 笔 宗 篇 种 部 本 起 类 单 人 "
                         "辆 辆次 艘 架 列 台 套 座 栋 幢 间 张 件 头只 只 头 株 棵 人次 家次 户次 羽 期 袋 棒 口 眼 对 节 箱".split())
# A measure may carry its alternative in brackets: 万头(只), 万台(把).
# A rate per unit (单产581.7公斤/亩, 收购价2.36元/斤) is one unit, written with its slash.
_PER_UNIT_BEFORE = re.compile(r"每(吨|公斤|千克|斤|亩|平方米|人|户)$")
_RATE_UNIT = r"(?:(?:公斤|千克|斤|吨|元)/(?:亩|公顷|斤|公斤|千克|吨|人|平方米)|/10万|/万)"  # (孕产妇死亡率11.6/10万)
_UNIT = rf"(?:个百分点|百分点|{_RATE_UNIT}|%|％|‰|{_CURRENCY}|{_MEASURE}(?:[(（][\u4e00-\u9fff][)）])?)"

_QTY_RE = re.compile(
    rf"(?<![\d.+/—~～])(?<![\d.%A-Za-z][-－−])"
    rf"(?:百分之(?P<pcn>{CHINESE_FULL})"
    rf"|(?:(?P<lo>{ARABIC})(?:至|到|—|-|~|～))?(?P<num>{ARABIC})"
    rf"|(?P<cn>{CHINESE})(?=[多余]?(?:{MAGNITUDE})?[多余]?(?:{_CURRENCY}|%|个百分点))"
    rf"|(?P<cr>[十百千])(?=[亩家个项户])"
    rf"|(?P<cheng>[一二两三四五六七八九])(?=成(?![交员本功立为果效长熟型绩]))"
    rf")"
    rf"(?P<m1>[多余])?(?P<mag>{MAGNITUDE})?(?P<m2>[多余])?(?P<unit>{_UNIT})?"
    rf"(?P<post>及以上|及以下|以上|以下|以内|之内|左右|上下|多|余)?"
)
_PRECHECK = re.compile(r"\d|百分之|[十百千万亿][元%％亩家个项户]|个百分点|[一二两三四五六七八九]成")

_DURATION_AFTER = re.compile(r"(?:个)?(?:月|年|季度|工作日|小时|分钟|天|日|周|星期|秒|号|时|世纪|岁|周年)")
_LABEL_AFTER = re.compile(r"[A-Za-z+＋/]|级|型|号|代|版|星|强|连冠|倍|大(?!关)|成(?![交员本])|折|届|期|路|楼|层|方面|方针")
_RANK_MOVE = re.compile(r"排名|位次|名次|提升|上升|前移|进位|晋升|后移|下滑")
_RANK_BEFORE = re.compile(r"(?:第|(?<![目当此之以提年日])前|(?<![此之以今然而])后|居|(?<!班)列|排名|位列|位居|(?<![安编])排|倒数|top)$", re.I)
_SERVED_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,12}?(?:开展|办理|追回|发放|提供|配备|兑现|落实|减免|补贴|更新|解决|协调)")
_LENDER = re.compile(r"银行|支行|分行|农商行|信用社|公司|集团")  # (…支行推出“人才贷”,已为32名…发放贷款: the bank's)
_PREPOSITIONS = frozenset("在 对 为 向 给 把 从 于 按 以 据 自".split())
_CURRENCY_UNITS = frozenset("元 美元 欧元 港元 港币 日元 英镑".split())
_PLAN_HEADS = (r"专题|重点工作|方面|领域|举措|措施|改革|任务|经验|行动|机制|清单|体系|工作法|做法|政策|意见|"
               r"方案|路径|环节|类别|类型|等级|层级|理念|关键|方向|原则|要求|组|专班|板块|步骤|阶段|重点事项|民生实事|重点民生实事")
_PLAN_NOUN = re.compile(rf"(?:{_PLAN_HEADS})")
_PLAN_NOUN_END = re.compile(rf"(?:{_PLAN_HEADS})$")
_BASE_BEFORE = re.compile(r"(?:从|由)$")
_RATIO_BEFORE = re.compile(r"收入(?:之)?比|(?<=[\u4e00-\u9fff])之比")
# 由2020年的68万千瓦增加到…, 收入比由上年(同期)的1.98缩小到1.94: a dated starting level
_DATED_START = re.compile(r"由(?:(?:19|20)\d{2}年|上年|去年|前年)(?:同期|底|末)?的$")
_STARTING_LEAD = re.compile(r"由(?:(?:19|20)\d{2}年|上年|去年|前年)?(?:同期|底|末)?的?$")
_GREW_TO_AFTER = re.compile(r"(?:∶1|:1)?(?:增加|增长|提高|提升|上升|扩大|跃升|发展|缩小|收窄|下降|降低|减少)(?:到|至)")
_CLAUSE_DELIM = re.compile(r"[,，;；:：。!！?？\n]")
# what may follow a reported figure (post-position); otherwise the figure modifies a noun
_OK_AFTER = re.compile(
    r"$|[,，、;；。:：()（）!！?？\s…]|和|及|与|或|增长|同比|比上|较上|比去|较去|其中|占|居|位居|位列|列|均|分别|连续|"
    r"为|的目标|目标|大关|规模|以上|以下|以内|左右|上下|实现|创(?:历史|历年|新高|近|下)|排名|稳居|领跑|保持|增幅|增速|下降|提高|提升|"
    r"高于|低于|超过|超出|达|等(?!级)|总量|总额|，|并|同|较|比")
_ACHIEVE_BEFORE = re.compile(
    r"(?:新增|新设|新建|新签约?|新引进|新落地|新招引|新开工|新入库|新认定|新培育|引进|引育|引聚|引入|引导|招引|招商|签约|落地|"
    r"建成|建设|建立|培育|创成|创建|获批|获评|认定|入选|集聚|聚集|孵化|累计|共计?|合计|已|开工|竣工|投产|实施|"
    r"完成|实现|新增了|发布|评定|培养|吸引|带动|提供|兑现|发放|减免|服务|帮助|解决|拥有|达到?|超过?)"
    r"[\u4e00-\u9fff“”]{0,2}$")
_GROWTH_BEFORE = re.compile(
    r"(?P<cmp>同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|较常年同期|比常年同期|较常年|比常年|比上年|较上年|比去年|较去年|比年初|较年初|比上年末|较上年末|比上年底|较上年底|比去年底|较去年底|比去年末|较去年末"
    r"|(?<=[,，])(?:比|较)\d{4}年末)?"  # (从业人员98.64万人,比2018年末增长8.4%: against a census's year-end)
    r"(?P<gv>增长|增加|提高|提升|上升|上涨|扩大|增|下降|降低|减少|回落|下滑|下跌|压减|压缩|缩减|缩小|缩短|减|降|增幅|增速|增长率|增幅为|增速为"
    r"|偏多|偏少|偏高|偏低"  # 降雨量较常年同期偏多38.5%: against the normal year, still a change in percent
    # 居民消费价格涨幅2%左右, 降幅收窄至2%以内
    r"|涨幅(?:收窄|扩大|控制)?(?:至|到|在)?|降幅(?:收窄|扩大|控制)?(?:至|到|在)?)"
    r"(?:分别)?(?:了|为|达到?|高达)?(?P<pb>超过?|近|约|逾|将近|接近|不到|不足)?$")
# What may stand between a value and its growth: a list mark, or a statistician's aside
# (地区生产总值4386.2亿元,按不变价格计算,同比增长6.4%)
_ADJACENT_GAP = re.compile(r"[、,，和并且\s]*(?:其中)?(?:(?:按|以)(?:不变价格?|可比价格?|可比口径)计算|扣除价格因素|同口径|可比口径)?[、,，\s]*")
_INCREMENT = re.compile(r"(?:比|较)(?:上年|去年|年初|上年末|去年末|上年底|去年底)(?:末)?(?:增加|减少|净增|多|增产|减产)")
_DAYS = re.compile(r"个工作日|工作日|天")
_TIMES_VERBS = frozenset("增长 增加 提高 提升 上升 上涨 扩大 增".split())  # …X倍: growth by X times
_NEG_VERBS = frozenset("下降 降低 减少 回落 下滑 下跌 压减 压缩 缩减 缩小 缩短 减 降 降幅 偏少 偏低".split())
_PREBOUND = re.compile(r"(?P<b>超过|超出|超|逾|突破|高于|多于|不低于|不少于|至少|将近|接近|大约|约|近|不到|不足|低于|少于|不超过|最多)$")
_PREBOUND_KIND = {"超过": "atLeast", "超出": "atLeast", "超": "atLeast", "逾": "atLeast", "突破": "atLeast",
                  "高于": "atLeast", "多于": "atLeast", "不低于": "atLeast", "不少于": "atLeast", "至少": "atLeast",
                  "将近": "about", "接近": "about", "大约": "about", "约": "about", "近": "about",
                  "不到": "atMost", "不足": "atMost", "低于": "atMost", "少于": "atMost", "不超过": "atMost",
                  "最多": "atMost"}
_POSTBOUND_KIND = {"及以上": "atLeast", "以上": "atLeast", "多": "atLeast", "余": "atLeast", "左右": "about", "上下": "about",
                   "及以下": "atMost", "以下": "atMost", "以内": "atMost", "之内": "atMost"}
_ESTIMATE_RE = re.compile(
    r"预计|力争|力保|要求|(?<!完成年度)(?<!完成全年)目标(?!体系|任务|导向|管理|责任|[,，;；。])|确保|有望|预期|(?<![模虚])拟(?=[投建新引实完达])"
    # (年度计划完成率68.3%: the plan's completion rate, a result)
    r"|(?<!完成年度)(?<!完成全年)计划(?!完成率|完成进度)(?=到|在|于|今|明|全年|年内|升级|面积|投资|总投资|新|建|实现|完成|引进|开工|达到?|招引|用|改造|打造|实施|推进|培育|举办|种植|发放|改建|修建|新增|提升|安排)"
    # (今年全县计划粮食播种面积稳定在286万亩以上: a plan for a quantity, the verb after its noun)
    r"|计划(?!完成率|完成进度)(?=[^，,。；;、\d]{2,10}?(?:稳定在|保持在|控制在|达到|不低于|不少于))"
    r"|(?<![主重需首纲摘概政只])要(?![素求点闻件务害领紧是])"
    r"|(?<![即将])将(?![近来军士领帅“\"《\d其这该每全所])")
# words stripped from the left of an indicator (actions, adverbs, connectives)
_LEAD_STRIP = re.compile(
    r"^(?:[、,，]|在(?=全[省市区县州旗盟])|同口径|可比口径|但|其中|同时|同期|此外|另外|目前|当前|截至目前|已|已经|共|累计|共计|合计|总计|"
    r"全年|年均|预计|力争|力保|确保|争取|目标|计划|将|有望|支撑|保障|推动|推进|带动|拉动|促进|助推|助力|实现|完成|"
    r"全力|加快|努力|持续|继续|进一步|稳步|大力|成功|首次|均|仍|再|还|也|都|使|让|把|力促|基本|仅|"
    r"就(?!业|医|读|学|近)|可以|可(?!支配|再生|比)|能够|"
    r"(?:比|较)(?:上年末|上年底|年初)|比上年|较上年|同比|比去年同期|较去年同期|比去年|较去年|\s)+")
_TAIL_STRIP = re.compile(
    r"(?:达到了?|达|为|是|完成|实现|突破|超过|超出|超|逾|近|约|将近|接近|大约|不到|不足|低于|高于|回升至|回升到|回落至|回落到|"
    r"升至|降至|增至|减至|提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|下降到|下降至|降低到|"
    r"降低至|上升到|上升至|扩大到|扩大至|缩小到|缩小至|收窄到|收窄至|达到|保持在?|稳定在|控制在|"
    r"(?:压缩|减少|下降|降低|提高|提升|增长|增加|上升|扩大|缩小|收窄|缩减|减|增|降|升)(?:到|至|为)|"
    r"累计|共计?|合计|总计|已|已经|仍|再|继续|预计|力争|确保|有望|将|年均|平均|仅为|仅|只有|的|了|分别|均|安排|每[人户]每?[月年]|\s|、|,"
    r"|由(?:[^\d，,；;。]{0,8}的\d+(?:\.\d+)?)?)+$")  # (收入比由去年同期的2.51|缩小到2.42, 企业由|2020年的…)
_INDICATOR_TERMS = re.compile(
    r"(?:GDP|地区生产总值|生产总值|经济总量|财政总收入|一般公共预算收入|财政收入|税收收入|税收|"
    r"固定资产投资|固投|有效投资|制造业投资|工业投资|项目投资|民间投资|社会消费品零售总额|社零总额|社零|"
    r"外贸出口|进出口总额|进出口|出口|进口|外贸|规上工业增加值|工业增加值|增加值|总产值|产值|"
    r"营业收入|营收|利润|人均可支配收入|可支配收入|交易额|成交额|贸易额|市场主体|R&D经费|研发投入)"
    r"(?:总量|总额|规模)?")
_COUNT_PHRASE = re.compile(r"[\d一二两三四五六七八九十]+(?:大|个|项|类|条|级)")
_GENERIC_IND = frozenset("规模 总量 总额 总值 占比 比重 增速 增幅 金额 数量 总数".split())
_NOUN_VERB = re.compile(r"完成|实现|达|突破|超")
# The rest of a clause holding a share or a sum over what was counted (…水质优Ⅲ类比例达100%,
# …地区生产总值合计7856.3亿元), with no list before it (…、5家…: a list of counts)
_SCOPED_FIGURE = re.compile(r"[^,，;；。:：、和及与\d]{0,24}?(?:比例|比重|占比|率|合计|总计)[^,，;；。:：、\d]{0,6}\d")
_ACTOR_UNITS = frozenset("人 名 位".split())
_INDICATOR_END = re.compile(r"(?:增加值|产值|营收|收入|投资|出口|进口|总额|利润|税收)$")
_SCOPE_RE = re.compile(r"(?:增加值|产值|营收|收入|投资|出口|进口|总额|利润|税收)(?:同比)?(?:增长|增速|下降|提高|提升)")
_NOUN_STOP = re.compile(r"[、和及与\d…]|等|(?<!^)的|在|于|已|均|全部|成功|顺利|相继|进入|入选|列入|带动|实现|完成|获")
_PAST_PHRASE = re.compile(r"以来|^截至|^截止")
_DONE_AFTER = re.compile(r"[^,，;；。]{0,8}已(?!经?(?:是|成为|进入))")  # 今年全市已争取…: what has been done
_DONE = re.compile(r"已经?(?:完成|实现|达到|建成|落地|签约|开工)|目前已|截至目前")
_MILESTONE = re.compile(r"(?:的)?新?(?:台阶|大关|关口)")
_FIRST_PASSED = re.compile(r"首次(?:突破|迈上|跨越|站上|超过)")
# (开展职业技能培训1.5万人次 is a programme's output, not a training session's attendance)
# (办理人大代表建议186件、政协提案245件: the congress's and the conference's business, as meetings are)
_EVENT_WORDS = re.compile(r"应到|实到(?!外资|内资|资金|[省市县区]外资金)|到会|列席|会议|全会|研究[^,，;；。]{0,6}事项|座谈会|论坛|提案|议案|代表建议|(?<!技能)(?<!职业)培训|参训|参会|出席|参加(?![^,，;；。]{0,12}(?:保险|医保|社保))|与会|齐聚|观赛|发言|赛事|比赛|讲座|举办|召开|活动$"
                          r"|走访|考察|察看|参观|调研|分会场"  # 调研组在谷城走访了12家企业: a visit's stops; 共设分会场24个
                          # a fair's or a race's tally (达成意向成交1.36亿美元, 接洽客商2300余人次, 外出招商46批次,
                          # 设置补给站18个, 吸引参赛选手3000名)
                          r"|意向成交|意向金额|接洽|拜访|小分队|补给站|医疗点|参赛|选手|志愿者|客商|外出招商"
                          # a service's tally (解答咨询86人次, 发放宣传资料1200余份, 代办涉税业务1460件)
                          r"|解答咨询|宣传资料|政策辅导|代办|纳税人缴费人"
                          # a people's congress's own work: 听取审议专项工作报告24个, 开展执法检查4次,
                          # 审查备案规范性文件23件, 任免国家机关工作人员64人次, 建成人大代表之家19个
                          r"|听取审议|执法检查|专题询问|决议决定|规范性文件|宪法宣誓|任免|代表之家|联络站|来信来访|审计查出|整改到位"
                          # and a CPPCC's: 报送社情民意信息412篇, 被全国政协采用9篇, 建成委员工作室146个,
                          # 专题协商会4次, 就…提出建议27条, 协商决定增补…12人; a job fair's 进场企业620家次
                          r"|政协|社情民意|委员工作室|协商|视察|常委会会议|主席会议|增补|提出建议|进场企业"
                          # a bank's credit line in an agreement (获得意向授信30亿元), a print run (共印120份)
                          r"|意向授信|授信额度|共印"
                          # a survey's own tallies and answers (发放问卷450份, 58.3%的受访企业…)
                          r"|发放问卷|回收(?:有效)?问卷|有效问卷|受访")
_SIGNING = re.compile(r"签约|签订|对接会")
_RANKED_AMONG = re.compile(r"(?:县|市|区|乡镇|省份?)(?:[（(][^）)]{1,6}[）)])?中(?:排|位居|居)")
# 代表提出的186件建议全部办复,满意和基本满意率98.4%: how a congress's motions were answered
_MOTIONS_ANSWERED = re.compile(r"办复|答复率|建议[^,，;；。]{0,12}办结")
# 要实现全年目标,四季度全市地区生产总值需要保持6.4%以上的增速: the pace a target requires, neither
# a result nor a target set
# A count of projects a 计划总投资 right after belongs to (新引进超亿元项目246个、计划总投资…)
_SIGNED_TOTAL = re.compile(r"项目[^,，;；。]{0,4}?\d+个[,，、]$")
_REQUIRED_PACE = re.compile(r"需(?:要)?(?:保持|达到|实现)(?:在)?$")
# 立案263件, 给予党纪政务处分221人, 谈话函询76件次, 第一种形态872人次, 挽回经济损失3180余万元,
# 收受…购物卡,价值1.8万元, 造成低保资金损失4.3万元: a discipline commission's casework and its cases'
# sums, anywhere before the figure in its sentence, not figures a division reports about itself
# (not 违法 or 违规 alone: 拆除违法建设186万平方米 is a city's own figure)
_DISCIPLINE = re.compile(r"立案|处分|留置|谈话函询|信访举报|问题线索|审查起诉|四种形态|第[一二三四]种形态|挽回经济损失|追缴|退赃"
                         r"|违纪|诫勉|问责|纪检监察|收受|套取|侵占|挪用|贪污|受贿|行贿|骗取|职务便利|整改问题|不正之风"
                         # (查办各类案件2316件, 罚没款1862.4万元, 移送公安机关18件: law enforcement's casework)
                         r"|查办[^,，;；。]{0,6}案件|罚没|罚款|移送公安|处以")
# 先后跨越4000亿元、5000亿元两个台阶: milestones passed, not figures reported.
# 首届“南洋美食节”在中原墟开幕,吸引游客和群众2.3万人次: who came to an event
# 开展招商推介活动126场次, 组织企业赴境外参展超过300批次: how many events were held
_EVENT_UNITS = frozenset({"场次", "场", "批次"})
# 辖12个镇、4个乡: what a division is made of, no figure it reports (the list after it goes with it)
_COMPOSED_OF = re.compile(r"(?<![管直])辖(?:有|区内)?$")
# An audit's findings in the figure's sentence before it or in its clause (县财政局滞留上级转移支付资金2.36亿元, 2100万元闲置超过1年,
# 向11名不符合条件人员发放…24万元, 查出违规问题金额1.26亿元) or its own work (共完成审计项目27个,
# 对…18个部门进行了审计): sums of what went wrong, not figures a division reports about itself
# (not 违规建设 or 闲置土地 alone: 拆除违规建筑, 盘活闲置土地3000亩 are a place's own work)
# A policy's provision in the figure's clause (按设备投资额的10%给予补助, 单个项目最高补贴500万元, 补助比例提高到
# 12%, 给予最高100万元安家补贴): what the policy offers, not what a division reports (发放补贴资金1.2亿元 is one)
_POLICY_TERMS = re.compile(r"最高(?:补贴|奖励|补助|资助|支持|给予|不超过)?|按[^,，;；。]{0,12}的[\d.]+%|给予[^,，;；。]{0,16}(?:补助|补贴|奖励|贴息|资助)"
                           r"|(?:补助|补贴|贴息|奖励|资助|缴费|收费)(?:比例|标准)|一次性(?:奖励|补助|补贴)|分档(?:给予|奖励)"
                           # (对…能耗下降10%以上的项目: who qualifies; 共6个方面18条: how the policy is laid out)
                           r"|^对[^,，;；。]{2,30}(?:以上|以下|以内)的(?:项目|企业|单位|主体)|(?:方面|部分|章)[\d一二三四五六七八九十]+条"
                           # (县级河长每季度巡河不少于1次: a duty's frequency)
                           r"|每(?:季度|月|周|年|半年)[^,，;；。]{0,8}?(?:不少于|至少|不低于)")
_AUDIT_FINDING = re.compile(r"违规(?!建设|建筑|用地|占地)|滞留|截留|虚报|多计|多付|少缴|少征|超标准|超概算|超范围|超预算"
                            r"|未及时|未按(?:规定|合同|约定|时|要求)|未纳入|未编入|未将|变相|未细化|未登记|未入账|未收回|逾期未|未批先建"
                            r"|化整为零|规避|不符合条件|已死亡|与实际不符|问题金额|不规范金额|审计项目|进行了?(?:专项)?审计"
                            r"|重复(?:收费|发放|申报|享受)|闲置(?:超过|未)|长期闲置|损失浪费")
_DRAWN_TO_EVENT = re.compile(r"(?:开幕|开街|开园|开赛|举办|举行|启动)[,，]?(?:共|累计)?吸引[^,，;；。]{0,8}$")
_MILESTONES = re.compile(r"[^,，;；。]{0,16}?[两二三四五几多]个新?(?:台阶|大关|关口)")
_EVENT_AFTER = re.compile(r"[^,，;；。]{0,8}?(?:应到|实到(?!外资|内资|资金|[省市县区]外资金)|到会|列席|会议|座谈会|论坛|(?<!技能)(?<!职业)培训|参训|参会|出席|参加(?![^,，;；。]{0,12}(?:保险|医保|社保))|与会|齐聚|观赛|发言|赛事|比赛|讲座|活动|负责人)"
                          # 另有12家企业获得提名奖, 邀请40余家…企业参加: an award's or an event's list
                          r"|[^,，;；。]{0,4}?获(?:得|授|评)?[^,，;；。]{0,12}?(?:奖|称号)|[^,，;；。]{0,16}?企业(?:参加|参会|参展)")
_COMPARED_BEFORE = re.compile(r"高于|低于|高出|快于|慢于|[比较][^，,。；;]{0,10}?[高低快慢]|提高|下降|回落|收窄|扩大")
_TOTAL_BEFORE = re.compile(r"总投资(?:超过|超|达到|达|约|近|逾)?$")
_SHARED_POINTS = re.compile(r"[、和及与]\d+(?:\.\d+)?个?百分点")
_RATE_INDICATOR = re.compile(r"(?:增速|增幅|增长率)(?:一度|仍|已|继续|进一步)?(?:回落|放缓|回升|提高|提升|加快|保持|达到|为|在)?(?:至|到)?$")
_DISTANCE_BEFORE = re.compile(r"距离?|离|南下|北上|东进|西行|车程|相距")
# the units of a division counted as a group (3个边境县, 5个县(区)); kg.relate reads it too
UNITS_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:县市区|县区|县市|市县|区县|县|市|区|旗)(?![委长级域城])")
_LISTED_BEFORE = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,8})$")


def _lists_divisions_before(s: str, end: int) -> bool:
    """Whether ``s[:end]`` ends with the last of a list of divisions (…、金平、绿春)."""
    m = _LISTED_BEFORE.search(s, max(0, end - 9), end)
    return m is not None and _leading_division(s, m.start(1), end) == (m.group(1), end)


_ALL_UNITS = re.compile(r"(?:乡镇|镇|乡|镇街|街道|社区|行政村|村|县|县市|县区|县市区|区县|市县|设区市|地市|市州)(?:（[^）]*）|\([^)]*\))?")
_GENERIC_HEAD = re.compile(r"^(?:主导|重点|优势|新兴|特色|传统|支柱)+")


# ------------------------------------------------------------------------ divisions
_DEICTIC = re.compile(r"(?:全|本|我|该)(?:省|市|区|县|国|州|旗)(?!委|长|级|直|场|民|内|外|属|域)")
_SHORT_STOP = frozenset("资源 方正 大方 共和 安宁 大同 永和 太和 民和 公安 城区 郊区 矿区 新区 平安 和平 新华 城中 城东 城西 城北 城南 市中 东区 西区 南区 北区 "
                        "中区 高新 开发 红旗 友谊 向阳 前进 东风 胜利 建设 团结 新市 长安 永安 安全 文明 "
                        "先进 发展 白云 青山 江山 天台 开化 通道 宁海 普陀 海港 港口 新城 新兴 兴业 合作 永定 "
                        "东方 西湖 南湖 北湖 城关 东山 西山 南山 北山 东城 西城 阳光 光明 龙湾".split())


@lru_cache(maxsize=1)
def _division_names() -> tuple[frozenset[str], int]:
    """Full and short names of Chinese divisions (the gazetteer's), for the subject of a clause."""
    from kg.admin import gazetteer

    gaz = gazetteer()
    names = set(gaz.by_name) | {n for n in gaz.by_short if len(n) >= 2 and n not in _SHORT_STOP}
    return frozenset(names), max((len(n) for n in names), default=0)


_LEVEL_CHARS = frozenset("省市区县州旗盟")
_TOWN_RUNS_ON = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:镇|乡|街道)")


def _leading_division(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """Division-like names at ``text[pos:end]``'s start (全区, 柯桥区, 杭州市萧山区, 义乌)."""
    names, longest = _division_names()
    start = pos
    found = False
    while pos < end:
        m = _DEICTIC.match(text, pos, end)
        if m:
            pos = m.end()
            found = True
            continue
        for k in range(min(longest, end - pos), 1, -1):
            if text[pos:pos + k] in names:
                nxt = text[pos + k:pos + k + 1]
                if nxt in ("委", "长", "级", "政", "场"):  # 义乌市委, 市长, 市级, 市场
                    continue
                if text[pos + k - 1] not in _LEVEL_CHARS and _TOWN_RUNS_ON.match(text, pos + k, end):
                    continue  # 樊城区太平店镇: 太平 begins a town's name here
                pos += k
                found = True
                break
        else:
            break
    return (text[start:pos], pos) if found else (None, start)


_ZONE_BEFORE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:新区|开发区)")
# (…排名前三位的县（市、区）依次为A、B、C,分别下降…: a ranking's list)
_LIST_BEFORE = re.compile(r"(?:^|[的,，;；:：]|依次为|依次是)((?:(?:(?!的)[\u4e00-\u9fff]){2,8}、)+(?:(?!的)[\u4e00-\u9fff]){2,8})$")


# 烟台经济技术开发区、莱州市、招远市进出口分别为…: a zone among the places listed
_ZONE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|综合保税区|保税区)")


def _division_list(text: str, pos: int, end: int, periods=(), zones: bool = False) -> tuple[list[str | None], int]:
    """Division names listed at ``text[pos:end]``'s start (宜都市、枝江市、当阳市 / 长阳、五峰),
    after a period phrase or 其中/同期 if any, and where the list ends; fewer than two names
    is no list. With ``zones``, a zone listed among them stands for the place its name opens
    with (烟台经济技术开发区 -> 烟台), or None (the text's place)."""
    names: list[str] = []
    start = pos
    while pos < end and text[pos] in "，,;；、。：: \t—-▲●■◆":
        pos += 1
    for p in periods:  # 前三季度寿光市、诸城市、青州市地区生产总值分别…
        if p.start == pos:
            pos = p.end
    if text.startswith(("其中", "同期"), pos):
        pos += 2
    while pos < end:
        listed_zone = _ZONE_ITEM.match(text, pos, end) if zones else None
        if listed_zone and _leading_division(text, listed_zone.end(), end)[0] is None:
            # (渤海新区黄骅市: a zone before the city it runs is that city, below) a zone's figure
            # is its city's, as the gold files it: the place its name opens with, else the text's
            names.append(_leading_division(text, pos, listed_zone.end())[0])
            pos = listed_zone.end()
            if pos < end and text[pos] in "、和及与":
                pos += 1
                continue
            break
        name, after = _leading_division(text, pos, end)
        zone = _ZONE_BEFORE_PLACE.match(text, pos, end) if name is None and names else None
        if zone:  # 任丘市、渤海新区黄骅市: a city the zone runs, written after the zone
            name, after = _leading_division(text, zone.end(), end)
        if name is None:
            break
        names.append(name)
        pos = after
        if pos < end and text[pos] in "、和及与":
            pos += 1
        else:
            break
    if len(names) < 2 or text[pos - 1] in "、和及与" or all(n is None for n in names):
        return [], start
    return names, pos


def _run_unit(figure: _Fig, last: _Fig) -> str | None:
    """A listed figure's unit: 121.6万、78.4万、96.2万人次 writes the counted thing once, after the
    last figure, so a bare magnitude (万, 亿) before it means the last's unit (万人次)."""
    if figure.unit and re.fullmatch(MAGNITUDE, figure.unit) and last.unit and last.unit.startswith(figure.unit):
        return last.unit
    if not figure.unit and last.unit:
        return last.unit  # 分别为12、31微克/立方米: the unit written once, after the last
    return figure.unit


_INDUSTRY_GROUP = re.compile(r"集群|产业|行业|板块")


def _places_heading_items(s: str, a: int, raw_ind: str, n: int) -> tuple[list[str], int]:
    """盐山管道装备、南皮五金机电集群营业收入分别增长…: ``n`` items, each opening with a place
    (a county's industry); the places, and where the last one ends."""
    parts = raw_ind.split("、")
    if len(parts) != n or not _INDUSTRY_GROUP.search(parts[-1]):
        return [], a  # (济南钢铁、青岛啤酒营业收入分别…: companies named after places, no counties)
    names, at = [], a
    for part in parts:
        name, after = _leading_division(s, at, at + len(part))
        if name is None or after == at + len(part):
            return [], a
        names.append(name)
        last_end, at = after, at + len(part) + 1
    return names, last_end


_EACH = re.compile(r"(?<![人年平月日亩户])均(?![值价衡])")
_COUNTED_DIVISIONS = re.compile(r"^[\d一二三四五六七八九十两]+个?(?:县|市|区|旗)*(?:[(（][县市区旗、]+[)）])?")


def _listed_divisions(s: str, a: int, ind_end: int, f, periods) -> tuple[list[str], str] | None:
    """Divisions listed before a figure that holds for each of them (…均超过300亿元), and
    the indicator after the list; None when the figure is not spread over a list."""
    # 均 alone (each of them), not 人均/年均/平均/亩均; after the indicator or inside what was
    # taken for it (沂水县、兰陵县、莒南县增速预计均在6%以上)
    each = next((m for m in reversed(list(_EACH.finditer(s, a, f.qstart)))), None)
    if each is None:
        return None
    names, names_end = _division_list(s, a, ind_end, periods)
    if not names or names_end > each.start():
        return None
    ind = _clean_indicator(s, names_end, min(ind_end, each.start()), periods, join=True)[0]
    return names, _COUNTED_DIVISIONS.sub("", ind)


# ------------------------------------------------------------------------ figures
@dataclass
class _Fig:
    start: int  # start of the figure incl. its verb (增长) and pre-bound (超)
    qstart: int  # start of the numeral
    end: int  # end incl. unit and post-bound
    value: Decimal
    unit: str
    kind: str  # "growth" | "pp" (个百分点 change) | "value"
    bound: str | None
    base: bool = False  # 从X (the starting point of 从X到Y)
    prenominal: bool = False
    noun_end: int = 0  # for a pre-nominal count: end of the noun it counts


def _figures(s: str) -> list[_Fig]:
    figs: list[_Fig] = []
    for m in _QTY_RE.finditer(s):
        qs, qe = m.span()
        unit = m.group("unit") or ""
        mag = m.group("mag") or ""
        after_q = s[qe:qe + 6]
        num_end = max(m.end(g) for g in ("m2", "mag", "m1", "pcn", "num", "cn", "cr", "cheng"))
        lead = s[max(0, qs - 2):qs]
        if m.group("cheng"):
            # 占全省规上的七成 -> 70 %; only as a share (after 的/占/达/超/近/约)
            if unit or mag or lead[-1:] not in ("的", "占", "达", "超", "近", "约", "逾") and lead not in ("超过", "达到", "接近"):
                continue
            unit, qe = "%", qe + 1
        elif m.group("cr") and not re.search(r"(?:超|突破|建设|建成|新增|达|打造|培育|引进|创建|近|约)$", lead):
            continue  # 百家/千亩 only as an amount after a verb (建设百家…, 超千亩)
        # dates, durations, years, ages -- but a time cut to a level is a figure (企业开办时间
        # 压缩至0.5个工作日, 项目从签约到开工平均用时缩短到45天)
        days = _DAYS.match(s, num_end) if unit in ("", "个") and not mag else None
        day_bound = None
        if days and (re.search(r"(?:至|(?<!不)到|为)$", s[max(0, qs - 4):qs])  # (仅剩不到10天: no figure)
                     or re.search(r"天数(?:达到?|为|稳定在|保持在|超过)?$", s[max(0, qs - 8):qs])):  # 空气质量优良天数316天
            unit, qe = days.group(), days.end()
            day_bound = re.match(r"以上|以下|以内|左右", s[qe:qe + 2])  # (稳定在310天以上)
        elif not unit and s.startswith("岁", num_end) and re.search(r"(?:寿命|平均年龄)(?:达到?|为|提高到|提高至|降至|降低到|下降到)?$", s[max(0, qs - 8):qs]):
            unit, qe = "岁", num_end + 1  # 人均预期寿命达到76.3岁, 村党组织书记平均年龄44.6岁: an age is a figure
        elif not unit or unit in ("个",):
            if _DURATION_AFTER.match(s, num_end):
                continue
        if unit in ("次",) and s[qe:qe + 1] == "日":
            continue
        if unit in ("公里", "千米", "米") and _DISTANCE_BEFORE.search(s, _clause_start(s, qs), qs):
            continue  # 距离雄安新区仅20余公里, 从北京南下100多公里: how far, no figure
        before = s[max(0, qs - 4):qs]
        if re.search(r"[（(](?:折合|约合|合)约?$", before):
            continue  # 夏粮总产量78.62万吨（折合15.72亿斤）: the same quantity in another unit
        if _RANK_BEFORE.search(before) and not (before.endswith("前") and unit in ("%",)):
            continue
        if unit == "位" and _RANK_MOVE.search(s, _clause_start(s, qs), qs):
            continue  # 位列第63位,较上年提升5位: places moved in a ranking, no figure
        if s.startswith(("位次", "名次"), qe):
            continue  # 比上半年前移2个位次: a ranking too
        if m.group("pcn"):
            value = chinese_to_decimal(m.group("pcn"))
            unit = "%"
        elif m.group("lo"):
            value = Decimal(m.group("lo").replace(",", ""))  # 3至5个: the lower end, atLeast
        elif m.group("num"):
            value = Decimal(m.group("num").replace(",", ""))
            if qs and s[qs - 1] in "-－−" and not m.group("lo"):
                value, qs = -value, qs - 1  # 人口自然增长率-3.80‰: a negative figure
        elif m.group("cheng"):
            value = chinese_to_decimal(m.group("cheng")) * 10
        else:
            value = chinese_to_decimal(m.group("cn") or m.group("cr"))
        if value is None:
            continue
        times = None
        if not unit and not mag and s.startswith("倍", num_end):
            g = _GROWTH_BEFORE.search(s, max(0, qs - 12), qs)
            if g and g.end() == qs and g.group("gv") in _TIMES_VERBS:
                # 增长1.6倍: grown by 160%
                value, unit, qe = value * 100, "%", num_end + 1
                value = value.to_integral_value() if value == value.to_integral_value() else value.normalize()
                times = "atLeast" if s.startswith(("以上", "多"), qe) else None
        if not unit and not mag:
            # a bare number is a figure only as a level after 至/为/达 (倍差收窄至1.78), or a ratio
            # after its 比 (城乡居民收入比缩小到1.86∶1, …由去年同期的2.51缩小到2.42)
            ratio = _RATIO_BEFORE.search(s, _clause_start(s, qs), qs)
            if ratio and s[qe:qe + 2] in ("∶1", ":1"):
                qe = num_end = qe + 2
                after_q = s[qe:qe + 6]
            if not ((re.search(r"(?:至|为|达到?)$", before) or (ratio and re.search(r"(?:到|的)$", before)))
                    and re.match(r"$|[,，;；。、]|(?:缩小|下降|降)", after_q)):
                continue
        if unit == "百分点":
            unit = "个百分点"
        elif unit == "％":
            unit = "%"
        elif unit == "个" and _SHARED_POINTS.match(s, qe) and _COMPARED_BEFORE.search(s, max(0, qs - 16), qs):
            unit = "个百分点"  # 高于全市、全区0.5个和1.1个百分点: the unit written once for both
        post = m.group("post") or (day_bound.group() if day_bound else None)
        if qs and s[qs - 1].isascii() and s[qs - 1].isalpha() and (not unit or s[qe:qe + 1].isascii() and s[qe:qe + 1].isalpha()):
            continue
        if _LABEL_AFTER.match(s, qe) or (not unit and _LABEL_AFTER.match(s, num_end)):
            continue
        # inside a short quotation or a title: a label (“双20条”, 《40条举措》)
        lq = max(s.rfind("“", 0, qs), s.rfind("《", 0, qs))
        if lq >= 0 and max(s.rfind("”", 0, qs), s.rfind("》", 0, qs)) < lq:
            rq = min([i for i in (s.find("”", qe), s.find("》", qe)) if i >= 0] or [len(s)])
            if rq - lq <= 16:
                continue
        # pre-bound / verb before the numeral
        start = qs
        kind = "value"
        bound = None
        left = s[max(0, qs - 12):qs]
        g = _GROWTH_BEFORE.search(left)
        if g and unit in ("%", "个百分点", "‰") and not (unit == "‰" and g.group("gv") == "增长率"):  # (人口自然增长率0.60‰)
            kind = "growth" if unit != "个百分点" else "pp"
            start = qs - (len(left) - g.start())
            if g.group("pb"):
                bound = _PREBOUND_KIND.get(g.group("pb"))
            # (增速比上半年回落0.4个百分点: a slowdown in points is written as it stands, as 收窄 is)
            if (g.group("gv") in _NEG_VERBS or g.group("gv").startswith("降幅")) and not (kind == "pp" and g.group("gv") == "回落"):
                value = -value
        else:
            b = _PREBOUND.search(left)
            if b and b.group("b") == "突破" and unit in _COUNT_UNITS and left[:b.start()].endswith("技术"):
                b = None  # 关键技术突破93项: the noun 突破, not "more than"
            if b:
                bound = _PREBOUND_KIND[b.group("b")]
                start = qs - len(b.group("b"))
        if (kind == "value" and unit == "%" and figs and figs[-1].kind == "growth"
                and re.fullmatch(r"(?:以上|左右)?、(?:力争|争取)", s[figs[-1].end : start])):
            kind = "growth"  # 地区生产总值增长5.5%以上、力争6%: the growth it strives for
        bound = bound or times
        more = m.group("m1") or m.group("m2") or (post if post in ("多", "余") else None)
        if post and post not in ("多", "余"):
            bound = _POSTBOUND_KIND[post]
        elif (more or m.group("lo")) and bound is None:
            bound = "atLeast"
        full_unit = mag + unit if unit else mag
        fig = _Fig(start, qs, qe, value, full_unit, kind, bound)
        if _BASE_BEFORE.search(s, 0, start):
            fig.base = True
            figs.append(fig)
            continue
        # post-position figure, or a count/amount written before its noun?
        ok_after = _OK_AFTER.match(s, qe) is not None or (
            _DATED_START.search(s, 0, start) is not None and _GREW_TO_AFTER.match(s, qe) is not None)  # 由2020年的68万千瓦增加到…
        if ok_after and s[qe:qe + 1] in ("和", "及", "与", "或"):
            nm = _QTY_RE.match(s, qe + 1)
            if nm and nm.group("num") and not _OK_AFTER.match(s, nm.end()) and nm.group("post") in ("以上", "以下"):
                continue  # 50亿元及1亿美元以上重大项目: a threshold pair
        if kind == "value" and not ok_after and figs and not figs[-1].prenominal and figs[-1].kind == "value" \
                and s[figs[-1].end:figs[-1].end + 1] == "、" and not _CLAUSE_DELIM.search(s, figs[-1].end, qs) \
                and unit in _COUNT_UNITS and not re.search(r"[\d一二两三四五六七八九十]$", s[figs[-1].end + 1:qs][-1:]):
            ok_after = True  # 50亿级项目1个、10亿级项目6个落地莲都: the last item of a post-position list
        if kind == "value" and not ok_after:
            # a count or amount written before its noun (22个项目在…开工, 1800家企业, 投资83亿元的综合体)
            before_fig = s[max(0, start - 1):start]
            if before_fig in _PREPOSITIONS and not (before_fig == "为" and _SERVED_AFTER.match(s, qe)
                                                    and not _LENDER.search(s, max(0, start - 40), start)):
                continue  # 在85个重点项目…, 对全县3259家企业…, 为43个项目…
                # (全省已为3260家中小企业开展免费诊断, 为2860名劳动者追回工资: those a service reached)
            if s[qe:qe + 1] == "的" and not (unit == "%" or (unit in _CURRENCY_UNITS and bound is None)):
                continue  # 总投资超10亿元的项目: a threshold, not a figure
            if unit == "个" and UNITS_COUNTED.match(s, qe) and _lists_divisions_before(s, start):
                continue  # 河口、金平、绿春3个边境县建成…: the size of the list just written
            if s[qe:qe + 1] == "的" and _TOTAL_BEFORE.search(s, max(0, start - 6), start):
                continue  # 总投资120亿元的鲁南储能电站项目加快建设: the project's size, not a figure of the place
            if s[qe:qe + 1] == "的" and s.endswith("规模", 0, start):
                continue  # 设立规模50亿元的产业链并购基金: the size of what is set up, not a figure
            if unit not in _COUNT_UNITS and unit != "%" and (bound is not None or (
                    s[start - 1 : start] == "过" and s[start - 2 : start - 1] not in "经通超越穿度")):
                continue  # 10亿元以上制造业项目, 过10亿元项目14个: a threshold
            d = _CLAUSE_DELIM.search(s, qe)
            ns = qe + 1 if s[qe:qe + 1] == "的" else qe
            stop = _NOUN_STOP.search(s, ns, d.start() if d else len(s))
            noun_end = min(stop.start() if stop else (d.start() if d else len(s)), qe + 20)
            noun = s[qe:noun_end].lstrip("的")
            if noun.startswith("“"):  # 56项“小切口、大撬动”改革项目: look past the quotation
                rq = s.find("”", qe)
                if 0 < rq < qe + 20:
                    noun = s[rq + 1:_NOUN_STOP.search(s, rq + 1, d.start() if d else len(s)).start()
                             if _NOUN_STOP.search(s, rq + 1, d.start() if d else len(s)) else (d.start() if d else len(s))]
            if _PLAN_NOUN.match(noun) or _PLAN_NOUN_END.search(noun):
                continue  # 26个专题, 11项攻坚性改革, 15项具体举措: the plan's structure
            if s[noun_end:noun_end + 1] == "等":
                continue  # 推动8个重点产业集群等重点行业…: an example list, not a count
            if noun.endswith("之一") or s.startswith("之一", noun_end):
                continue  # 庆元是全省26个山区县之一: which group it belongs to, no figure of its own
            if re.search(r"中有?$", noun) and (re.match(r"[,，]?有?[\d一二三四五六七八九十两]", s[noun_end:noun_end + 4])
                                              or (noun.endswith("中") and s[noun_end:noun_end + 1] in (",", "，"))):
                continue  # 41个工业行业大类中,有29个行业…, 10个镇街中有4个镇…: the whole a part is counted in
            if (_ALL_UNITS.fullmatch(noun) and (re.match(r"全部|均|都|各|的", s[noun_end:noun_end + 2])
                                                 or re.search(r"(?:全部|所有)$", s[:start]))
                    or noun.endswith("中") and _ALL_UNITS.fullmatch(noun[:-1])):
                # 全县12个镇全部完成镇域发展规划编制, 8个县市中,有5个县市的…增速高于全州: the
                # units the division is made of
                continue
            if (_INDICATOR_END.search(noun) and not _NOUN_VERB.search(noun)) or _SCOPE_RE.search(noun):
                continue  # 17个重点传统制造业增加值增长6.8%: the count scopes an indicator
            if _SCOPED_FIGURE.match(s, qe) or (noun.endswith("中") and re.search(r"在[^,，;；。]{0,4}$", s[:start])):
                # 15个国考断面水质优Ⅲ类比例达100%, 在全省26个山区海岛县中: the count says whose share
                # follows, or which group; it is no figure itself
                continue
            if unit in _ACTOR_UNITS or (unit not in _COUNT_UNITS and unit not in _CURRENCY_UNITS and unit != "%"):
                # 29名县领导领衔攻坚, 700万方国储项目: people and sizes need a verb of achievement
                cs = _clause_start(s, start)
                listed = figs and figs[-1].prenominal and re.fullmatch(r"[、和及与]?", s[figs[-1].noun_end:start])
                if not (_ACHIEVE_BEFORE.search(s, cs, start) or listed):
                    continue
            fig.prenominal = True
            fig.noun_end = noun_end
        figs.append(fig)
    return figs


# 高于8%的预期目标, 低于年初确定的7%左右的预期目标, 完成年度计划的103.4%: a result held against a plan
_HELD_AGAINST = re.compile(r"高于|低于|超过|超出|未完成|未达到|完成|达到|快于|慢于|好于")
_TARGET_AFTER = re.compile(r"(?:左右|以上)?的(?:年度|全年)?(?:预期|增长)?目标")
_COMPARED_TARGET = re.compile(r"(?:" + _HELD_AGAINST.pattern + r")[^，,；;。]{0,16}?的(?:年度|全年)?(?:预期|增长)?(?:目标|计划)")


def _inside_compared_target(s: str, pos: int) -> bool:
    """Whether ``pos`` (an estimate word's) lies in a result's comparison with its plan (高于8%的预期目标)."""
    return any(m.start() < pos < m.end() for m in _COMPARED_TARGET.finditer(s, max(0, pos - 24), pos + 8))


# 今年该校本科上线率96.2%, 全镇今年撤并教学点3个, 此轮强降雨造成全镇受灾人口2.14万人: a school's,
# a town's or a village's own figure, whatever division the sentence is in
# (全村党参种植面积: 党 opens no party organ there)
_OTHER_WHOLE = re.compile(r"(?:该|本|全)(?:镇|乡|村|社区|街道)(?![长区级域委政府]|党(?:委|员|组|支|总|建|群|的))"
                          r"|该(?:校|院|园|馆|社|企业|公司|合作社)"
                          # (该水库总库容1260万立方米, 该工程日供水能力达到2.5万吨: a work's own size)
                          r"|该(?:工程|水库|码头|电站|基地|项目|产业园|园区|路段|线路|大桥|隧道|机场|景区|工厂|厂|车间|医院)")


def _owned_by_other_whole(s: str, pos: int) -> bool:
    """Whether the last whole the sentence names before ``pos`` is a town's, a village's or a
    school's (该镇接待游客286万人次,钧瓷产业产值突破40亿元), not a division's (全县, 我市)."""
    other = max((m.end() for m in _OTHER_WHOLE.finditer(s, 0, pos)), default=-1)
    return other >= 0 and other > max((m.end() for m in _DEICTIC.finditer(s, 0, pos)), default=-1)


# 带动周边8个村村集体年均增收20万元, 为周边3个乡镇应急调水4.2万立方米, 下游5个乡镇: the places a
# project or a plant reaches, and what it does for them; no figure a division reports about itself
_NEARBY_PLACES = re.compile(r"(?:周边|沿线|下游|上游|附近)(?:的)?[\d一二两三四五六七八九十]+个(?:乡镇|镇|乡|行政村|村|社区)")


# 被苏州甩开4246.4亿元, 与西安只差30.7亿元, 领先青岛816.1亿元, 两地差距…缩小至511.5亿元: the gap
# between two places' totals, no figure either reports (a gap in points is: 高于全省0.8个百分点)
# (城乡居民收入差距缩小到…: a gap within one place is its figure)
_GAP_BETWEEN = re.compile(r"(?:(?:与|和|同|跟)[\u4e00-\u9fff]{1,8}?的?差距|两地差距|只差|仅差|甩开)[^,，;；。]{0,14}$"
                          r"|(?:领先|落后)(?!产能|设备|工艺|产品|企业)[\u4e00-\u9fff]{2,4}$")


def _reported_by_none(s: str, start: int, clause: str) -> bool:
    """Whether a figure at ``start`` in its ``clause`` is a sum no division reports about itself:
    a discipline case's or an audit finding's (earlier in the sentence or in the clause), or a
    policy's provision (in the clause)."""
    return bool(_DISCIPLINE.search(s, 0, start) or _AUDIT_FINDING.search(s, 0, start)
                or _AUDIT_FINDING.search(clause) or _POLICY_TERMS.search(clause))


def _clause_start(s: str, pos: int) -> int:
    last = 0
    for m in _CLAUSE_DELIM.finditer(s, 0, pos):
        last = m.end()
    return last


# ------------------------------------------------------------------------ grouping
@dataclass
class _Metric:
    start: int
    end: int
    indicator: str
    ind_start: int
    ind_end: int
    value: Decimal | None = None
    unit: str | None = None
    growth: Decimal | None = None
    bound: str | None = None
    estimate: bool = False
    division: str | None = None
    period: PeriodMention | None = None
    division_listed: bool = False
    counted_place: tuple[int, int] | None = None


def _clean_piece(s: str, a: int, b: int) -> tuple[str, int, int, str | None]:
    text, off = s[a:b], a
    m = _LEAD_STRIP.match(text)
    if m and (len(text) - m.end() >= 2 or m.end() == len(text)):
        text, off = text[m.end():], off + m.end()
    division = None
    # 争取佛山市财政援助资金4.12亿元: the division named after 争取 gives, it does not report
    source = bool(m) and m.group().endswith("争取")
    if text:
        div, pos = _leading_division(text, 0, len(text))
        if div and source and not _DEICTIC.match(div):
            div = None
        if div:
            division = div
            text, off = text[pos:], off + pos
            m = _LEAD_STRIP.match(text)
            if m:
                text, off = text[m.end():], off + m.end()
    m = _TAIL_STRIP.search(text)
    if m and (m.start() >= 2 or m.start() == 0):
        text = text[:m.start()]
    return text, off, off + len(text), division


def _clean_indicator(s: str, a: int, b: int, periods: list[PeriodMention],
                     join: bool = False) -> tuple[str, int, int, str | None, PeriodMention | None]:
    """Indicator text in ``s[a:b]`` with periods, subject, verbs and bound words removed."""
    period = None
    bounds = []
    cur = a
    for p in periods:
        if p.start >= a and p.end <= b:
            bounds.append((cur, p.start))
            cur = p.end
            period = p
    bounds.append((cur, b))
    best = ("", b, b)
    division = None
    joined, jst = [], None
    for x, y in bounds:
        text, st, en, div = _clean_piece(s, x, y)
        division = division or div
        if text:
            best = (text, st, en)
            joined.append(text)
            jst = st if jst is None else jst
    text, st, en = best
    if join and len(joined) > 1:
        text, st = "".join(joined), jst
    text = text.replace("“", "").replace("”", "").strip()
    # 城乡居民收入比由去年同期的|2.51: the starting level's lead is no part of what is measured
    lead = _STARTING_LEAD.search(text)
    if lead and lead.start() > 0:
        text, en = text[: lead.start()], en - (len(text) - lead.start())
    return text, st, en, division, period


def _last_term(s: str, a: int, b: int) -> tuple[str, int, int] | None:
    found = None
    for m in _INDICATOR_TERMS.finditer(s, a, b):
        found = m
    if found is None:
        return None
    cs = max(a, _clause_start(s, found.start()))
    text, st, en, _ = _clean_piece(s, cs, found.end())
    if not text.endswith(found.group(0)):
        return found.group(0), found.start(), found.end()
    return text.replace("“", "").replace("”", ""), st, en


# ◆规模以上工业企业：截至8月底达1526家: a fact box's label before a colon names the figure.
_LABEL = re.compile(r"^[\s" + BULLETS + r"·•\-—]*([\u4e00-\u9fffA-Za-z()（）]{2,20})[:：]$")
_SAYING = re.compile(r"(?:指出|显示|表明|表示|介绍|强调|要求|说|称|透露|获悉|了解到|提出|明确)[:：]$")


def _colon_label(s: str, a: int) -> tuple[str, int, int] | None:
    """The label of a fact-box line whose clause at ``a`` follows it after a colon."""
    m = _LABEL.match(s, 0, a)
    if m is None or _SAYING.search(s, 0, a):
        return None
    return m.group(1), m.start(1), m.end(1)


def _split_items(ind: str, n: int) -> list[str]:
    """``规上工业、高新、战新增增加值`` -> items completed with the shared head."""
    items = [x for x in ind.split("、") if x]
    if len(items) != n:
        items = [x for x in re.split(r"[、和及与]", ind) if x]
    if len(items) < 2:
        return items
    last = items[-1]
    cp = None
    for cp in _COUNT_PHRASE.finditer(last):
        pass
    if cp is not None and cp.start() > 0:
        items[-1] = last[:cp.start()]
        head = _GENERIC_HEAD.sub("", last[cp.end():])
        return [x + head for x in items]
    term = None
    for term in _INDICATOR_TERMS.finditer(last):
        pass
    if term is None or term.start() == 0:
        return items
    head = last[term.start():]
    out = []
    for x in items[:-1]:
        out.append(x if _INDICATOR_TERMS.search(x) else x + head)
    return out + [last]


# 高于全省2.2个百分点(全省增长7.4%), 高于宁波全市0.8个百分点(宁波全市增长5.4%): the compared
# division's own rate in brackets after the gap.
_BRACKETED_RATE = re.compile(r"[(（](?:([\u4e00-\u9fff]{2,4}?)?(全[省市区县州国旗盟])|([\u4e00-\u9fff]{2,8}?[省市区县州旗盟]))(?:同比)?$")
_BRACKETED_SHARE = re.compile(_BRACKETED_RATE.pattern[:-1] + r"(?:为|达|是)$")
_COMPARED_RATE = re.compile(r"(?:比|较|高于|低于|快于|慢于)(全[省市区县州国旗盟]|[\u4e00-\u9fff]{2,8}?[省市区县州旗盟])(?:平均水平|平均)?[(（]$")


_WHOLE_OF = re.compile(r"全(?:国|省|市|区|州|盟)")
_DEICTIC_BRACKET = re.compile(r"[（(](" + _WHOLE_OF.pattern + r")(?=[^（）()]{0,40}?\d)[^（）()]{4,80}[）)]")


_COMPARED_LEVEL = re.compile(r"(?:高于|低于|超过|不及|略高于|略低于)(全[省市区县州国旗盟])$")
_AVERAGE_LEVEL_AFTER = re.compile(r"的?(?:平均)?水平")


def _compared_division(s: str, f: _Fig) -> tuple[str, int, int] | None:
    """The division whose own rate the bracketed figure ``f`` is, and where it is written:
    比全区(6.2%) (a rate in brackets after the compared division) or (全省增长7.4%) (the
    division inside the brackets, after a gap); None for any other figure."""
    if f.unit in ("%", "％") and _AVERAGE_LEVEL_AFTER.match(s, f.end):
        # 护理型床位占比为48%,低于全市55%的平均水平: the compared division's own level
        m = _COMPARED_LEVEL.search(s, max(0, f.start - 12), f.start)
        if m:
            return m.group(1), m.start(1), m.end(1)
    if s[f.end : f.end + 1] not in (")", "）"):
        return None
    if f.unit in ("%", "％"):
        m = _COMPARED_RATE.search(s, max(0, f.start - 12), f.start)
        if m:
            return m.group(1), m.start(1), m.end(1)
        m = _BRACKETED_SHARE.search(s, max(0, f.start - 12), f.start)
        if m:  # 高于全市1.2个百分点(全市为96.1%): the compared division's own share
            return m.group(1) or m.group(2) or m.group(3), m.start() + 1, m.end()
    if f.kind == "growth":
        m = _BRACKETED_RATE.search(s, max(0, f.start - 12), f.start)
        if m:
            return m.group(1) or m.group(2) or m.group(3), m.start() + 1, m.end()
        # 仅次于东乌旗(增长6.8%)和锡林浩特市(增长6.4%): the rate of the division right before the bracket
        if s[f.start - 1 : f.start] in ("(", "（"):
            names = {d.surface: d for d in find_divisions(s[max(0, f.start - 10) : f.start - 1])}
            for k in range(8, 1, -1):
                name = s[max(0, f.start - 1 - k) : f.start - 1]
                if len(name) == k and name in names and names[name].candidates:
                    return name, f.start - 1 - k, f.start - 1
    return None


def find_metrics(sentence: str, periods: list[PeriodMention] | None = None) -> list[MetricMention]:
    """Every economic figure reported in ``sentence`` (offsets relative to it).

    ``periods``: the sentence's period phrases when the caller has found them already.
    """
    s = sentence
    if not s or not _PRECHECK.search(s):
        return []
    figs = _figures(s)
    if not figs:
        return []
    if periods is None:
        periods = find_periods(s)
    # 预计/力争/将… make every figure after them an estimate, up to the end of the sentence
    # (GOLD-SCHEMA "Estimates"): 上半年预计GDP增长6%左右,出口增长11.2%… -> both estimates.
    # A phrase of time gone by ends the scope (要…扎实推进“六水共治”,今年以来全市新建…42.6公里).
    scopes: list[tuple[int, int]] = []
    first = _ESTIMATE_RE.search(s)
    while first and _SIGNED_TOTAL.search(s, 0, first.start()) and s.startswith("计划总投资", first.start()):
        first = _ESTIMATE_RE.search(s, first.end())  # …项目32个,其中…5个,计划总投资186.5亿元: the signed projects' size
    while first and _inside_compared_target(s, first.start()):
        first = _ESTIMATE_RE.search(s, first.end())  # 高于8%的预期目标1.6个百分点: the result is no estimate
    while first:
        cut = next((p.start for p in periods if p.start > first.start()
                    and (_PAST_PHRASE.search(p.text) or _DONE_AFTER.match(s, p.end))), len(s))
        scopes.append((first.start(), cut))
        first = _ESTIMATE_RE.search(s, cut) if cut < len(s) else None
        while first and _inside_compared_target(s, first.start()):
            first = _ESTIMATE_RE.search(s, first.end())
    metrics: list[_Metric] = []
    prev_end = 0
    base: _Fig | None = None
    event_end: int | None = None  # where the last figure read as event logistics ended
    i = 0
    while i < len(figs):
        f = figs[i]
        if f.base:
            base = f
            i += 1
            continue
        compared = _compared_division(s, f)
        if compared is not None:
            # 增速比全区(6.2%)高1.4个百分点, 高于全省2.2个百分点(全省增长7.4%): the rate in brackets
            # is the compared division's own growth of the same indicator (全国 is no division:
            # nothing to record); its own figure only, the subject goes on.
            target, t_start, t_end = compared
            # (参保率97.3%,高于全市1.2个百分点(全市为96.1%): a share compared is a share, not a rate)
            base = next((x for x in reversed(metrics) if x.unit != "个百分点"), metrics[-1] if metrics else None)
            share = base is not None and base.value is not None and base.unit in ("%", "％") and base.growth is None
            if target != "全国" and base is not None:
                metrics.append(_Metric(t_start, f.end, base.indicator, t_start, t_end, f.value if share else None,
                                       "%" if share else None, None if share else f.value,
                                       f.bound, base.estimate, target, base.period, division_listed=True))
            prev_end = f.end + 1
            i += 1
            continue
        a = max(prev_end, _clause_start(s, f.start))
        if a == prev_end and a and s[a:a + 1] in ("和", "及", "与", "或"):
            a += 1  # 39个现代产业学院和180个企业订单班
        if base is not None and base.end <= f.start and base.start >= a:
            # 国高新从295家增长到1880家: the indicator stands before 从
            b_ind = base.start - 1 if s[base.start - 1:base.start] in ("从", "由") else base.start
        else:
            b_ind = f.start
        base = None
        if f.prenominal and f.noun_end:
            # 建成39个现代产业学院: verb + noun after the count
            ind, ist, ien, div, per = _clean_indicator(s, a, f.start, periods)
            noun = s[f.end:f.noun_end]
            ind = (ind + noun) if ind else noun
            ist = ist if ist < f.start else f.end
            ien = f.noun_end
            ind = ind.replace("“", "").replace("”", "")
        else:
            ind, ist, ien, div, per = _clean_indicator(s, a, b_ind, periods)
        fut = any(p.start < f.start and p.year_offset is not None and p.year_offset > 0 for p in periods)
        # 计划种植油菜28.5万亩,目前已完成播种面积16.3万亩: a clause that says it is done is actual.
        done = _DONE.search(s, _clause_start(s, f.start), f.start) is not None
        estimate = (any(a0 < f.start < b0 for a0, b0 in scopes) and not done) or fut
        target = _TARGET_AFTER.match(s, f.end)
        if (target and (f.kind == "growth" or f.unit in ("%", "％"))
                and _HELD_AGAINST.search(s, _clause_start(s, f.start), f.qstart)):
            # 增长9.6%,高于8%的预期目标1.6个百分点 / 未完成增长8%的预期目标: the plan's target the
            # result is held against, a growth rate set for the same indicator
            indicator = metrics[-1].indicator if metrics else ind
            t_bound = f.bound if f.kind == "growth" or not s.startswith(("高于", "低于"), f.start) else None
            metrics.append(_Metric(f.start, target.end(), indicator, ist, ien, None, None, f.value, t_bound,
                                   True, div, per))
            prev_end = target.end()
            i += 1
            continue
        # 分别: A、B分别增长x%、y%
        if s[max(0, f.start - 2):f.start] == "分别" or "分别" in s[f.start:f.qstart] or re.search(r"分别(?:增长|达到?|为|占|下降|提高|提升|超过?)?[^,，;；。]{0,14}$", s[a:f.start]):
            run = [f]
            j = i + 1
            while j < len(figs) and re.fullmatch(r"[、和及与,，]", s[run[-1].end:figs[j].start] or "x"):
                run.append(figs[j])
                j += 1
            raw_ind = re.sub(r"分别.*$", "", s[a:f.start])
            # 宜都市、枝江市、当阳市规上工业增加值分别增长9.6%、9.1%、8.3%: one division per figure.
            names, names_end = _division_list(s, a, a + len(raw_ind), periods, zones=True)
            if not names and a > 0 and s[a - 1] in ",，":
                # 与谷城体量相近的京山、汉川,去年GDP增速分别为6.5%、7.2%: the list ends the clause before
                tail = _LIST_BEFORE.search(s, 0, a - 1)
                if tail:
                    listed, listed_end = _division_list(s, tail.start(1), a - 1)
                    if listed and listed_end == a - 1:
                        names, names_end = listed, a
                before = _clause_start(s, a - 1)
                if not names and not re.search(r"\d", s[before : a - 1]):
                    # 凤县、太白县旅游消费带动明显,社会消费品零售总额分别增长7.6%、7.1%: the clause
                    # before (with no figures of its own) opens with as many places as figures
                    listed, _ = _division_list(s, before, a - 1, periods)
                    if len(listed) == len(run):
                        names, names_end = listed, a
            if not names and len(run) > 1:
                names, names_end = _places_heading_items(s, a, raw_ind, len(run))
            per_division = len(run) > 1 and len(names) == len(run)
            ind_from = names_end if per_division else a
            ind2, ist2, ien2, div2, per2 = _clean_indicator(s, ind_from, a + len(raw_ind), periods, join=True)
            items = [ind2] * len(run) if per_division else _split_items(ind2, len(run))
            if len(run) > 1 and not ind2 and not per_division and f.kind == "growth" and len(metrics) >= len(run) \
                    and all(m.growth is None and m.value is not None for m in metrics[-len(run):]):
                # 接待游客1234.5万人次,实现旅游收入123.4亿元,分别增长15.2%和18.3%
                for m, g in zip(metrics[-len(run):], run):
                    grow = g.value if g.kind == "growth" or f.value >= 0 else -g.value
                    m.growth, m.end = grow, g.end
                    m.bound = m.bound or g.bound
                prev_end = run[-1].end
                i = j
                continue
            if len(run) > 1:
                # 分别 may sit right before the indicator's start (…分别|达到…): look from there.
                at = s.find("分别", max(0, min(a, f.start - 2)))
                after = _clean_indicator(s, at + 2, f.qstart, periods)[0] if not ind2 and 0 <= at < f.qstart else ""
                if not ind2 and per_division and (after or metrics):
                    # A、B分别新增规上工业企业41家、36家 / …地区生产总值…,其中A、B增速分别达到x%、y%
                    items = [after or metrics[-1].indicator] * len(run)
                elif not ind2 and len(metrics) >= len(run):
                    items = [m.indicator for m in metrics[-len(run):]]
                if len(items) != len(run):
                    items = [ind2] * len(run)
                # 三地网络零售额分别增长…: as many figures as the places counted, in their order
                counted = None if per_division else _COUNTED_PLACES.search(s, a, f.start)
                size = _CN_DIGIT.get(counted.group(1), 0) if counted else 0
                counted = counted if size >= len(run) else None
                run_end = _CLAUSE_DELIM.search(s, run[-1].end)
                if _reported_by_none(s, f.start, s[a : run_end.start() if run_end else len(s)]):
                    prev_end, i = run[-1].end, j  # 分别给予100万元、50万元奖励: a policy's, an audit's sums
                    continue
                for k, (item, g) in enumerate(zip(items, run)):
                    val, grow, unit = (None, g.value, None) if f.kind == "growth" else (g.value, None, _run_unit(g, run[-1]))
                    if f.kind == "growth" and g.kind != "growth" and f.value < 0 < g.value:
                        grow = -g.value
                    metrics.append(_Metric(ist2, g.end, item, ist2, ien2, val, unit, grow,
                                           g.bound or f.bound or run[-1].bound,
                                           estimate, names[k] if per_division else div2 or div, per2 or per,
                                           division_listed=per_division or counted is not None,
                                           counted_place=(k, size) if counted else None))
                prev_end = run[-1].end
                i = j
                continue
        if not ind and metrics:
            p = metrics[-1]
            gap = s[p.end:f.start]
            adjacent = _ADJACENT_GAP.fullmatch(gap) is not None
            inc = _INCREMENT.search(s, metrics[-2].end, p.end) if len(metrics) >= 2 else None
            if (f.kind == "growth" and adjacent and inc
                    and re.fullmatch(r"(?:[（(][^）)]{0,16}[）)])?[,，、\s]*", s[metrics[-2].end:inc.start()])
                    and metrics[-2].growth is None and metrics[-2].value is not None and p.unit
                    and (metrics[-2].unit or "").startswith(p.unit)):
                # 贷款余额426.81亿元,比年初增加41.26亿元,增长10.7%: the rate is the balance's, not the increment's
                # (总产量78.62万吨（折合15.72亿斤）,比上年增产1.84万吨; 单产581.7公斤/亩,比上年增加11.6公斤)
                metrics[-2].growth = f.value
                metrics[-2].bound = metrics[-2].bound or f.bound
                prev_end = f.end
                i += 1
                continue
            if f.kind == "growth" and p.growth is None and p.value is not None and p.unit != "个百分点" and adjacent:
                p.growth = f.value
                p.end = f.end
                if p.bound is None:
                    p.bound = f.bound
                p.estimate = p.estimate or estimate
                prev_end = f.end
                i += 1
                continue
            term = None if adjacent else _last_term(s, p.end, f.start)
            if term:
                ind, ist, ien = term
            else:
                ind, ist, ien = p.indicator, p.ind_start, p.ind_end
            div = div or (p.division if adjacent else None)
        elif not ind:
            term = _colon_label(s, a) or _last_term(s, 0, f.start)
            if term:
                ind, ist, ien = term
            else:
                # a figure with nothing to say what it measures (a caption, a broken line)
                prev_end = f.end
                i += 1
                continue
        if ind in _GENERIC_IND:
            term = _last_term(s, 0, ist)
            if term:
                ind = term[0] + ind
            elif metrics:
                ind = metrics[-1].indicator + ind
        if metrics and re.match(r"(?:占|高于|低于|快于|慢于|比|较|超过|超出)", ind) and not ind.startswith(("比重", "比例", "较大")):
            ind = metrics[-1].indicator + ind
        if f.kind == "growth":
            mt = _Metric(min(ist, f.start), f.end, ind, ist, ien, None, None, f.value, f.bound, estimate, div, per)
        else:
            mt = _Metric(min(ist, f.start), max(f.end, f.noun_end), ind, ist, ien, f.value, f.unit or None, None, f.bound,
                         estimate, div, per)
        # 迈上6000亿元台阶,达到6124.7亿元 / 首次突破400亿元,达到408.7亿元: a milestone passed,
        # the exact figure follows.
        milestone = ((_MILESTONE.match(s, f.end) or _FIRST_PASSED.search(s, max(0, f.start - 5), f.start + 2)) and any(g.kind == "value" and g.unit == f.unit for g in figs[i + 1 :])
                     or _MILESTONES.match(s, f.end))
        # 走访了12家企业、6个乡镇和3个园区: the counts listed after an event's count are its too
        same_event = event_end is not None and f.kind != "growth" and s[event_end:f.start] in ("、", "和", "及", "与")
        clause_end = _CLAUSE_DELIM.search(s, f.end)
        clause = s[_clause_start(s, f.start) : clause_end.start() if clause_end else len(s)]
        # (…等9家金融机构与32家企业现场签约，授信金额9.6亿元: the credit a signing granted)
        signed_credit = "授信" in ind and _SIGNING.search(s, 0, f.start) is not None
        # (增速在全市11个县（区）中排第3: the places ranked, no count of the division's)
        ranked_among = _RANKED_AMONG.match(s, f.end) is not None
        if (milestone or same_event or signed_credit or ranked_among or _EVENT_WORDS.search(ind) or _reported_by_none(s, f.start, clause)
                or _owned_by_other_whole(s, f.start)
                or _NEARBY_PLACES.search(s, _clause_start(s, f.start), max(f.end, f.noun_end))
                or (f.kind != "growth" and f.unit not in ("个百分点", "百分点", "%")
                    and _GAP_BETWEEN.search(s, _clause_start(s, f.start), f.start))
                or _COMPOSED_OF.search(s, max(0, f.start - 4), f.start)
                or _REQUIRED_PACE.search(s, max(0, f.start - 8), f.start) or _MOTIONS_ANSWERED.search(s, 0, f.start)
                or _EVENT_AFTER.match(s, f.end, f.end + 16)
                or _DRAWN_TO_EVENT.search(s, 0, f.start) or f.unit in _EVENT_UNITS):
            prev_end = event_end = max(f.end, f.noun_end)  # event logistics: 举办座谈会8场, 参训600余人次
            i += 1
            continue
        event_end = None
        listed = _listed_divisions(s, a, ien, f, periods)
        if listed:
            # 明光、来安、全椒5县(市)地区生产总值均超过300亿元: the figure holds for each one.
            names, ind = listed
            for name in names:
                metrics.append(replace(mt, indicator=ind, division=name, division_listed=True))
        else:
            metrics.append(mt)
        prev_end = max(f.end, f.noun_end)
        i += 1
    for m in metrics:
        # 社会消费品零售总额增速一度回落至3.8%: a growth rate written as a share
        head = m.indicator.split("的")[0]  # (增速一度回落至4.3%的困难局面: the rate before 的)
        rate = (_RATE_INDICATOR.search(m.indicator) or _RATE_INDICATOR.search(head)
                if m.unit == "%" and m.growth is None and m.value is not None else None)
        if rate:
            base_ind = m.indicator if rate.string == m.indicator else head
            m.indicator, m.growth, m.value, m.unit = base_ind[: rate.start()] or m.indicator, m.value, None, None
    for m in metrics:
        # 进口均价每吨718.6元: a price per unit written before the figure (元/吨; a yield, 亩产每亩
        # 520公斤, stays in 公斤 as the gold writes it)
        per = _PER_UNIT_BEFORE.search(m.indicator)
        if per and m.unit in ("元", "万元") and m.value is not None and len(m.indicator) > len(per.group()):
            m.indicator, m.unit = m.indicator[: per.start()], m.unit + "/" + per.group(1)
    # （全省接待游客1.62亿人次、旅游总收入1893.6亿元，分别增长9.1%和11.5%）: a bracket opened by another
    # division holds that division's figures, whichever sentence it stands in
    for b in _DEICTIC_BRACKET.finditer(s):
        # (全市增长6.5%、全省增长6.8%: each division written holds the figures after it)
        heads = list(_WHOLE_OF.finditer(s, b.start(), b.end()))
        for k, h in enumerate(heads):
            seg_end = heads[k + 1].start() if k + 1 < len(heads) else b.end()
            for m in metrics:
                if h.start() < m.end <= seg_end and not m.division_listed:
                    m.division = h.group()
                    m.indicator = m.indicator.split(h.group())[-1] or m.indicator
    return [MetricMention(m.start, m.end, m.indicator, m.ind_start, m.ind_end, m.value, m.unit, m.growth,
                          m.bound, m.estimate, m.division, m.period, m.division_listed, m.counted_place) for m in metrics]

