"""Rules added in session 14, each checked on the development text whose error showed it
(texts in tests/dev29 and later, read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.facts import DocumentFacts
from kg.nlp.divisions import find_divisions
from kg.nlp.officials import parse_header

from development_facts import held, posts, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent


xinhe = text_facts("xinhe", TESTS / "dev29" / "dev29-b-jiangsu-town-site.txt")


def test_a_towns_deputy_heads_are_named_after_the_town(xinhe):
    # 镇党委委员、副镇长蔡云飞、周婷婷，副镇长魏小川: 副镇长 after a town post and on its own
    assert ("新河镇副镇长", None, True) in held(xinhe, "蔡云飞")
    assert ("新河镇副镇长", None, True) in held(xinhe, "周婷婷")
    # a village's committee keeps its own name after the village's: 花园村 + 村委会主任
    assert ("花园村村委会主任", None, True) in held(xinhe, "武建华")


def test_a_town_notice_of_appointments(xinhe):
    # 刘昊同志任新河镇经济发展办公室主任； / 许明同志任新河镇便民服务中心主任，免去其…副主任职务；
    assert ("新河镇经济发展办公室主任", None, True) in held(xinhe, "刘昊")
    assert {("新河镇便民服务中心主任", None, True), ("新河镇社会事业服务中心副主任", None, True)} <= held(xinhe, "许明")
    # 接受杨国庆辞去新河镇人民政府副镇长职务请求: held until the resignation
    assert ("新河镇副镇长", None, True) in held(xinhe, "杨国庆")


def test_a_list_line_with_tongzhi_ren():
    got = posts("关于任免的通知\n王立新同志任湖州市财政局局长；\n李强同志任长兴县委副书记。\n")
    assert {("王立新", "财政局局长", "湖州市"), ("李强", "县委副书记", "长兴县")} <= got


def test_a_rural_revitalisation_centre_is_no_towns_office():
    # 全县乡村振兴服务中心主任: no town 全县乡 with a 村振兴服务中心
    assert not any("乡村振兴" in p[1] for p in posts("。全县乡村振兴服务中心主任王刚介绍。"))


zunyi = text_facts("zunyi", TESTS / "dev30" / "dev30-a-guizhou-city-press-conference.txt")


def obs(facts: DocumentFacts, division: str, indicator_part: str) -> set[tuple]:
    return {(o.value, o.unit, o.growth, o.period, o.estimate) for o in facts.observations
            if o.division.name == division and indicator_part in o.indicator}


def test_a_press_conference_transcript(zunyi):
    # speaker turns end in a colon (市统计局党组书记、局长　娄文博：) and open sections; the host's
    # posts follow a role label (主持人：市委宣传部副部长、市政府新闻办主任　罗晓岚)
    assert ("统计局局长", "遵义市", True) in held(zunyi, "娄文博")
    assert ("市委宣传部副部长", "遵义市", True) in held(zunyi, "罗晓岚")
    # 市商务局局长穆青女士: 女士 is no part of the name; the city's bare posts are 遵义's, not 仁怀's
    assert ("商务局局长", "遵义市", True) in held(zunyi, "穆青")
    assert not [h for h in zunyi.holdings if h.official.endswith(("女士", "先生"))]
    assert not [h for h in zunyi.holdings if h.official in ("冉启航", "娄文博") and h.division.name == "仁怀市"]
    # GDP of the city, not of the county-level city whose head is among the speakers
    assert (Decimal("3526.8"), "亿元", Decimal("5.8"), "2025Q1-Q3", False) in obs(zunyi, "遵义市", "GDP")


def test_a_county_in_a_city_officials_answer_is_its_sentences_subject(zunyi):
    # 湄潭县坚持“三茶统筹”,前三季度茶叶综合产值增长9.2%。 (市农业农村局副局长's answer)
    assert (None, None, Decimal("9.2"), "2025Q1-Q3", False) in obs(zunyi, "湄潭县", "茶叶综合产值")
    # 湄潭县兴隆湾村党支部书记杨国富…,村集体经济收入达到86万元: the village's, no county's
    assert not obs(zunyi, "湄潭县", "村集体经济收入")


def test_a_required_pace_is_no_figure_and_an_event_named_by_its_quarter_has_no_period(zunyi):
    # 要实现全年目标,四季度全市地区生产总值需要保持6.4%以上的增速
    assert not [o for o in zunyi.observations if o.growth == Decimal("6.4")]
    # 10月16日,全市第四季度重大项目集中签约,共签约项目42个
    assert (Decimal("42"), "个", None, None, False) in obs(zunyi, "遵义市", "签约项目")


yishui = text_facts("yishui", TESTS / "dev30" / "dev30-c-shandong-county-npc-report.txt")


def test_a_january_reports_half_year_is_last_years(yishui):
    # a report read on 2026-01-15: 上半年,全县实现地区生产总值318.6亿元、同比增长6.2%
    assert (Decimal("318.6"), "亿元", Decimal("6.2"), "2025H1", False) in obs(yishui, "沂水县", "GDP")
    # while this year's targets stay this year's: 今年全县地区生产总值增长6%左右
    assert not [o for o in yishui.observations if o.period and o.period.startswith("2026") and not o.estimate]


def test_a_peoples_congress_own_work_is_no_figure(yishui):
    # 听取审议专项工作报告24个, 开展执法检查4次, 任免国家机关工作人员64人次, 建成人大代表之家19个,
    # 代表提出的186件建议全部办复,满意和基本满意率98.4%
    values = {o.value for o in yishui.observations}
    assert not values & {Decimal("24"), Decimal("64"), Decimal("19"), Decimal("98.4")}


anshan = text_facts("anshan", TESTS / "dev30" / "dev30-b-liaoning-hightech-zone-site.txt")


def test_a_zone_sites_bare_organ_posts_are_the_zones(anshan):
    # page headed 鞍山高新技术产业开发区管理委员会; 市委常委、高新区党工委书记隋振铎…,党工委副书记、
    # 管委会主任乔文博…,党工委委员、纪工委书记那启航
    assert ("鞍山高新区党工委书记", None, True) in held(anshan, "隋振铎")
    assert {("鞍山高新区党工委副书记", None, True), ("鞍山高新区管委会主任", None, True)} <= held(anshan, "乔文博")
    assert {("鞍山高新区党工委委员", None, True), ("鞍山高新区纪工委书记", None, True)} <= held(anshan, "那启航")


def test_a_zones_organ_after_its_full_name_keeps_it():
    text = "滕志鹏，男，汉族，现任潍坊滨海经济技术开发区党工委委员、管委会副主任。"
    assert ("滕志鹏", "潍坊滨海经济技术开发区管委会副主任", None) in posts(text)


def test_a_zone_sites_bare_zone_is_its_subject(anshan):
    # ▲今年以来,高新区新引进各类人才3260人 (after an item about 立山区, where the zone lies)
    assert (Decimal("3260"), "人", None, "2025", False) in obs(anshan, "鞍山市", "人才")
    assert not obs(anshan, "立山区", "人才")


def test_ethnic_townships_name_their_posts():
    from kg.nlp.towns import find_towns

    def towns(text: str) -> list[str]:
        return [text[t.start : t.end] for t in find_towns(text)]

    assert towns("在格朗和哈尼族乡，乡党委书记李晓岚介绍") == ["格朗和哈尼族乡"]
    assert towns("。拉林满族镇深入学习运用") == ["拉林满族镇"]
    assert towns("走进布朗山布朗族乡") == ["布朗山布朗族乡"]


def test_events_counted_in_sessions_are_no_figures():
    from kg.nlp.metrics import find_metrics

    text = "今年以来，全市累计赴上海、深圳等地开展招商推介活动126场次，新引进10亿元以上项目68个。"
    values = {m.value for m in find_metrics(text)}
    assert Decimal("68") in values and Decimal("126") not in values


def test_a_stock_now_has_no_period_and_frames_nothing_after_it():
    import datetime as dt

    from kg.nlp.periods import find_periods

    text = "前三季度，全县规上工业增加值增长8.1%。目前，全县规上工业企业达到352家。"
    phrases = {p.text: p for p in find_periods(text, dt.date(2025, 10, 20))}
    assert phrases["目前"].part is None and phrases["目前"].frames
    # (从目前情况看: an outlook, not a stock)
    assert "目前" not in {p.text for p in find_periods("从目前情况看，预计全年增长6%。", dt.date(2025, 10, 20)) if p.frames}


gucheng = text_facts("gucheng", TESTS / "dev4" / "dev4-c-hubei-magazine.txt")


def test_a_stock_now_in_a_text(gucheng):
    # 目前全县规上工业企业达到352家,国家级专精特新“小巨人”企业5家
    assert (Decimal("352"), "家", None, None, False) in obs(gucheng, "谷城县", "规上工业企业")


def test_income_ratios_are_figures_without_a_unit():
    from kg.nlp.metrics import find_metrics

    def got(text: str) -> set[tuple]:
        return {(m.indicator, m.value, m.unit) for m in find_metrics(text)}

    assert got("城乡居民收入比缩小到1.86∶1。") == {("城乡居民收入比", Decimal("1.86"), None)}
    assert ("城乡居民收入比", Decimal("2.42"), None) in got("城乡居民收入比由去年同期的2.51缩小到2.42。")
    assert got("城乡居民人均可支配收入之比为1.88。") == {("城乡居民人均可支配收入之比", Decimal("1.88"), None)}
    # (a bare number with no ratio before it stays no figure: 全县有3.5)
    assert not got("这一比例提到3.5左右的水平后，还要再看。")


def test_days_counted_by_an_indicator_of_days():
    from kg.nlp.metrics import find_metrics

    got = {(m.indicator, m.value, m.unit, m.bound) for m in find_metrics("确保空气质量优良天数稳定在310天以上。")}
    assert got == {("空气质量优良天数", Decimal("310"), "天", "atLeast")}
    assert not find_metrics("距离年底仅剩不到10天。")


changde = text_facts("changde", TESTS / "dev31" / "dev31-c-hunan-city-leaders-page.txt")


def test_a_leaders_page_profile_after_a_bracketed_label_and_its_timeline(changde):
    # 【简　　历】覃立衡，男，…。历任石门县委副书记、县长，临澧县委书记，…
    assert {("县长", "石门县", False), ("县委书记", "临澧县", False)} <= held(changde, "覃立衡")
    # …学士。\n1997.07—2003.05　汉寿县财政局工作\n2003.05—2009.08　汉寿县财政局副局长、局长\n…:
    # timeline lines are no headings, so the career is read on
    assert {("财政局局长", "汉寿县", False), ("区长", "鼎城区", False)} <= held(changde, "龚振宇")
    # 伍思齐　市政府党组成员、秘书长，市政府办公室党组书记、主任
    assert {("政府秘书长", "常德市", True), ("政府办公室主任", "常德市", True)} <= held(changde, "伍思齐")


bailang = text_facts("bailang", TESTS / "dev31" / "dev31-a-xizang-county-site.txt")


def test_a_village_opening_a_sentence_owns_its_figures(bailang):
    # 今年曲吉村依托牦牛育肥合作社,村集体经济收入达到46万元,户均分红3200元。
    assert not [o for o in bailang.observations if o.value in (Decimal("46"), Decimal("3200"))]
    # 县委副书记、县长次仁顿珠先后…: 先后 is no part of the name
    assert not [h for h in bailang.holdings if h.official.endswith("先后")]


def test_a_sumus_and_a_gachas_posts_are_named_after_them():
    from kg.nlp.towns import find_towns

    def towns(text: str) -> list[str]:
        return [text[t.start : t.end] for t in find_towns(text)]

    # longest Mongolian name first; a word before 嘎查 is no name
    assert towns("立冬过后，正镶白旗伊和淖尔苏木查干诺尔嘎查的储草棚里") == ["伊和淖尔苏木", "查干诺尔嘎查"]
    assert towns("“今年雨水好，打草多，再加上嘎查统一调运的饲草料") == []
    assert towns("在浩勒图高勒镇，镇党委书记吴海军") == ["浩勒图高勒镇"]


xiwu = text_facts("xiwu", TESTS / "dev31" / "dev31-b-neimenggu-banner-site.txt")


def test_sumu_posts_in_a_banner_site(xiwu):
    # 在巴彦胡舒苏木乌兰陶勒盖嘎查,苏木党委书记苏日娜,苏木党委副书记、苏木达巴图孟和…
    assert ("巴彦胡舒苏木党委书记", None, True) in held(xiwu, "苏日娜")
    assert {("巴彦胡舒苏木党委副书记", None, True), ("巴彦胡舒苏木苏木达", None, True)} <= held(xiwu, "巴图孟和")


def test_a_visit_to_our_banner_leaves_the_figures_to_the_host(xiwu):
    # 锡林郭勒盟委副书记、盟长哈斯朝鲁一行到我旗调研…。在白音华工业园区,…园区完成规上工业产值98.4亿元
    assert (Decimal("98.4"), "亿元", Decimal("8.8"), "2025Q1-Q3", False) in obs(xiwu, "西乌珠穆沁旗", "产值")
    assert not obs(xiwu, "锡林郭勒盟", "产值")


def test_a_five_character_mongolian_name_in_a_list():
    got = posts("。旗委常委、旗纪委书记、旗监委主任孟和巴雅尔，旗委常委、宣传部部长王芳出席。")
    assert {n for n, _, _ in got} == {"孟和巴雅尔", "王芳"}
    # (a name that is surname + two stays so before a word and a comma: 刘建新同志,)
    assert {n for n, _, _ in posts("。县长刘建新同志，副县长王芳出席。")} == {"刘建新", "王芳"}


def test_a_place_in_brackets_after_a_trade_name():
    from kg.nlp.enterprises import find_enterprises

    def names(text: str) -> list[str]:
        return [e.name for e in find_enterprises(text)]

    assert names("；中科瀚海（北京）数据科技有限公司绿电算力中心项目") == ["中科瀚海（北京）数据科技有限公司"]
    # (a zone's other name in brackets is no part of the company's)
    assert names("在浏阳经开区（高新区）湖南康晟生物医药股份有限公司的车间里") == ["湖南康晟生物医药股份有限公司"]


def test_a_visitors_name_before_lai_wo_xian():
    assert posts("▲11月5日，日喀则市副市长强巴欧珠来我县督导冬季森林草原防火工作。") == {("强巴欧珠", "副市长", "日喀则市")}


def test_names_of_no_known_surname_end_before_the_next_bureau_or_an_honorific():
    got = posts("。旗委常委、副旗长（挂职）赵明宇，旗发改委主任朝鲁门，旗工业和信息化局局长高建军等参加。")
    assert ("朝鲁门", "发改委主任", None) in got
    # 市长母德昌先生: the name, and no 德昌县 inside it
    assert ("母德昌", "市长", "仁怀市") in posts("。仁怀市委副书记、市长母德昌先生，请他们介绍。")


def test_a_credit_line_a_print_run_and_a_households_account_are_no_figures(xiwu, anshan):
    from kg.nlp.metrics import find_metrics

    assert not find_metrics("鞍山高新区国有资本投资运营集团有限公司与辽宁华盛银行鞍山分行签署战略合作协议，获得意向授信30亿元。")
    assert not find_metrics("编辑：王婧　审核：刘长青　（共印120份）")
    # 达来告诉调研组,自家草场实行划区轮牧,今年出栏乌珠穆沁羊420只
    assert not [o for o in xiwu.observations if o.value == Decimal("420")]


def test_one_companys_project_size_is_no_figure_but_a_signing_total_is(zunyi):
    # 其中,总部位于深圳的华芯智联科技有限公司与新蒲新区签约建设智能终端产业园,总投资28亿元
    assert not [o for o in zunyi.observations if o.value == Decimal("28")]
    # 10月16日,全市第四季度重大项目集中签约,共签约项目42个,总投资316.8亿元
    assert (Decimal("316.8"), "亿元", None, None, False) in obs(zunyi, "遵义市", "总投资")


def test_a_plants_capacity_is_no_figure_of_the_place(tmp_path):
    text = "彭水县召开推进会。\n\n在鞍子镇，山东华岳食品股份有限公司投资建设的红薯粉条精深加工项目已投产，年加工鲜薯10万吨。全县红薯种植面积12万亩。"
    values = {o.value for o in snippet_facts(text, tmp_path).observations}
    assert Decimal("12") in values and Decimal("10") not in values


def test_a_countys_name_in_a_byword_is_no_mention():
    def names(text: str) -> list[str]:
        return [d.surface for d in find_divisions(text)]

    assert names("深入践行新时代“晋江经验”，扎实开展行动") == []
    assert names("为推动新时代龙江全面振兴贡献力量") == []
    # (the county itself, named as a place, stays)
    assert names("晋江市召开会议") == ["晋江市"]


def test_a_banks_branch_and_verbs_before_a_company():
    from kg.nlp.enterprises import find_enterprises

    def names(text: str) -> list[str]:
        return [e.name for e in find_enterprises(text)]

    assert names("与锡林郭勒盟泽润农村商业银行股份有限公司西乌珠穆沁旗支行签订战略合作协议") == [
        "锡林郭勒盟泽润农村商业银行股份有限公司西乌珠穆沁旗支行"]
    assert names("全市服务保障长庆油田等驻市企业稳油增气") == ["长庆油田"]
    assert names("实地考察浙江澜泰电器股份有限公司") == ["浙江澜泰电器股份有限公司"]
    # (a company's 分公司 stands for the company)
    assert names("吉林省顺捷物流有限公司四平分公司投资建设冷链物流园") == ["吉林省顺捷物流有限公司"]


def test_the_head_of_a_body_after_its_divisions_post():
    got = posts("。市财政局预算科科长、副局长王强出席。")
    assert {("王强", "财政局预算科科长", None), ("王强", "财政局副局长", None)} <= got


def test_a_rate_in_brackets_right_after_a_division_is_that_divisions():
    from kg.nlp.metrics import find_metrics

    got = {(m.division_text, m.growth) for m in find_metrics(
        "前三季度，全旗实现地区生产总值128.6亿元，同比增长6.1%，仅次于东乌旗（增长6.8%）和锡林浩特市（增长6.4%）。")}
    assert {("东乌旗", Decimal("6.8")), ("锡林浩特市", Decimal("6.4"))} <= got


def test_a_zones_part_named_after_a_county_is_that_countys(tmp_path):
    text = "慈溪市召开会议。\n\n分区域看，前三季度，宁波前湾新区慈溪片区规上工业产值增长15.3%。"
    got = {(o.division.name, o.growth) for o in snippet_facts(text, tmp_path).observations}
    assert got == {("慈溪市", Decimal("15.3"))}


def test_the_corps_citys_party_committee_keeps_its_name():
    got = posts("。师市党委常委、秘书长孙丽娟，师市党委常委、副师长胡晓东出席。")
    assert {("孙丽娟", "师市党委常委", None), ("孙丽娟", "师市党委秘书长", None), ("胡晓东", "副师长", None)} <= got


def test_bracketed_turns_of_a_transcript():
    from kg.ingest.patterns import match_header

    assert match_header("【县统计局局长 寇慧敏】") and match_header("【主持人 雷晓峰】") and match_header("【宝鸡日报记者】")
    assert not match_header("【打印本页】 【关闭窗口】") and not match_header("【字体：大 中 小】")
    assert match_header("主 持 人：县委宣传部副部长、县政府新闻办主任 雷晓峰")
    official = parse_header("【县统计局局长 寇慧敏】", find_divisions("【县统计局局长 寇慧敏】"))
    assert official.name == "寇慧敏" and [p.title for p in official.posts] == ["统计局局长"]


def test_a_named_speakers_quanqu_is_his_district_in_a_region(tmp_path):
    text = ("玉林日报\n\n本报讯（记者 韦 彤）10月27日，广西福绵华越纺织科技有限公司高端纺织印染一体化项目在福绵生态纺织服装产业园开工。"
            "副市长莫振东，福绵区委书记罗永康，区委副书记、区长黄志成出席开工仪式。\n\n"
            "罗永康在致辞中介绍，今年以来，全区纺织服装产业逆势增长，1—9月实现产值158.6亿元、增长10.2%。")
    got = {(o.division.name, o.value) for o in snippet_facts(text, tmp_path).observations}
    assert got == {("福绵区", Decimal("158.6"))}


def test_a_conjunction_that_is_a_surname_before_a_word():
    assert not {n for n, _, _ in posts("。谢谢党建军副县长和各位发布人，也谢谢各位记者朋友。")} & {"和各位"}
    # (和 as a surname stays: 县长和晓东主持)
    assert ("和晓东", "县长", None) in posts("。县长和晓东主持会议。")


def test_a_project_size_with_its_company_inside_the_indicator(tmp_path):
    text = ("城固县召开发布会。\n\n位于园区的宝鸡恒钛新材料科技有限公司年产5000吨钛合金精密管材项目总投资12亿元。"
            "前三季度，全县地区生产总值168.42亿元，同比增长5.9%。")
    values = {o.value for o in snippet_facts(text, tmp_path).observations}
    assert Decimal("168.42") in values and Decimal("12") not in values


def test_a_towns_armed_forces_department_after_its_party_post(tmp_path):
    text = "羊平镇人民政府\n\n11月7日，镇党委召开扩大会议。羊平镇党委书记霍建新主持，镇党委委员、武装部部长封海涛等出席会议。"
    got = {(h.official, h.title) for h in snippet_facts(text, tmp_path).holdings}
    assert {("封海涛", "羊平镇党委委员"), ("封海涛", "羊平镇武装部部长")} <= got


yangping = text_facts("yangping", TESTS / "dev32" / "dev32-b-hebei-town-site.txt")


def test_a_visiting_delegations_members_hold_posts_of_their_own_county(yangping):
    # 惠安县副县长林振辉带领考察团来我镇考察…,县工业和信息化局局长黄志斌…等随团考察 (曲阳县's town page)
    assert ("工业和信息化局局长", "惠安县", True) in held(yangping, "黄志斌")


def test_a_towns_congress_written_in_full():
    got = posts("会议以无记名投票方式，选举史浩然为羊平镇人民政府镇长，侯宇航为羊平镇人民代表大会副主席。")
    assert got == {("史浩然", "羊平镇镇长", None), ("侯宇航", "羊平镇人大副主席", None)}


def test_on_a_towns_own_site_its_bare_posts_are_its_own(yangping):
    # ▲11月2日,…惠安县副县长林振辉带领考察团来我镇考察,…崇武镇党委副书记、镇长曾雅婷等随团考察,
    # 镇党委书记霍建新陪同 (曲阳县羊平镇人民政府's page)
    assert ("羊平镇党委书记", None, True) in held(yangping, "霍建新")
    assert not [h for h in yangping.holdings if h.official == "霍建新" and h.title.startswith("崇武镇")]


def test_a_count_of_measures_is_no_programs_name():
    from kg.nlp.programs import find_programs

    assert not find_programs("从研发投入、首台套应用、人才引育等方面提出18条支持措施，力争")
    assert [p.name for p in find_programs("出台金融支持实体经济20条措施")] == ["金融支持实体经济20条措施"]


def test_an_institution_and_a_company():
    from kg.nlp.enterprises import find_enterprises

    assert [e.name for e in find_enterprises("走访辽宁科技大学鞍山激光产业创新研究院和晟辉股份。")] == ["晟辉股份"]


def test_a_programs_short_name_is_no_second_program():
    from kg.nlp.programs import find_programs

    text = "按照全省“百村精品、千村示范、万村创建”行动（以下简称“百千万”行动）部署，"
    assert [p.name for p in find_programs(text)] == ["百村精品、千村示范、万村创建"]


wuchang = text_facts("wuchang", TESTS / "dev29" / "dev29-c-heilongjiang-city-work-bulletin.txt")


def test_a_short_name_the_text_gave_is_used_later_as_the_same_program(wuchang):
    # “百村精品、千村示范、万村创建”行动(以下简称“百千万”行动) … later “百千万”行动 again
    programs = {i.program for i in wuchang.implementations}
    assert "百村精品、千村示范、万村创建" in programs and "百千万" not in programs


def test_one_of_some_products_is_no_program():
    from kg.nlp.programs import find_programs

    assert not find_programs("要求，推动“常德牛肉粉”等特色美食走出去，争创")


def test_a_workers_pay_in_a_quotation_is_no_figure(tmp_path):
    text = "慈溪市召开会议。\n\n“家门口就能上班，一个月能挣5000多元。”前三季度，全市地区生产总值增长6.1%。"
    got = {(o.value, o.growth) for o in snippet_facts(text, tmp_path).observations}
    assert got == {(None, Decimal("6.1"))}
