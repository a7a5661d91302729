"""Rules added in session 15, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.nlp.divisions import find_divisions
from kg.nlp.posts import abbreviates

from development_facts import held, of, posts, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent


changde = text_facts("changde", TESTS / "dev13" / "dev13-a-hunan-prefecture-report.txt")


def test_a_post_written_in_full_and_shortened_is_one_post(changde):
    # 任命舒建平为常德市发展和改革委员会主任 … 市发改委主任舒建平介绍
    titles = {t for t, d, _ in held(changde, "舒建平") if d == "常德市"}
    assert titles == {"发展和改革委员会主任"}


def test_which_titles_shorten_which():
    assert abbreviates("人社局局长", "人力资源和社会保障局局长")
    assert abbreviates("发展改革委党组书记", "发展和改革委员会党组书记")
    assert not abbreviates("发改委主任", "发展和改革委员会副主任")  # another post
    assert not abbreviates("县委书记", "县委副书记")
    assert not abbreviates("财政局局长", "财政局预算局局长")  # a body inside the bureau


def test_a_shortened_post_alone_stays_as_written(tmp_path):
    facts = snippet_facts("常德市召开会议。市发改委主任舒建平介绍，全市集中开工项目56个。", tmp_path)
    assert ("发改委主任", "常德市", True) in held(facts, "舒建平")


shanxi = text_facts("shanxi", TESTS / "dev33" / "dev33-a-shanxi-provincial-department-site.txt")


def test_a_departments_site_names_its_bare_posts_after_the_department(shanxi):
    # 山西省商务厅 heads the page: 党组成员、副厅长樊立新、贾慧敏、阎晓峰 / 厅一级巡视员武宏昌
    for name in ("樊立新", "贾慧敏", "阎晓峰"):
        assert {("商务厅党组成员", "山西省", True), ("商务厅副厅长", "山西省", True)} <= held(shanxi, name)
    assert ("商务厅一级巡视员", "山西省", True) in held(shanxi, "武宏昌")
    # the department's notice: 任命李文涛为对外贸易处处长 / 免去白志强的市场运行和消费促进处处长职务
    assert ("商务厅对外贸易处处长", "山西省", True) in held(shanxi, "李文涛")
    assert ("商务厅市场运行和消费促进处处长", "山西省", True) in held(shanxi, "白志强")


def test_a_bare_organ_post_on_any_other_page_is_nobodys(tmp_path):
    facts = snippet_facts("常德市召开会议。\n\n主任李明说，全市集中开工项目56个。副主任王芳出席。", tmp_path)
    assert not facts.holdings and not [m for m in facts.mentions if m.kind == "official"]


def test_a_list_after_an_organs_head_keeps_the_organ(tmp_path):
    # the organ-post grammar must not take the names the head's organ gives
    facts = snippet_facts("晋城市召开会议。\n\n市人大常委会主任吕宏斌主持会议，副主任张秀梅、申小龙，秘书长贾卫东出席。", tmp_path)
    assert ("人大常委会副主任", "晋城市", True) in held(facts, "申小龙")
    assert ("人大常委会秘书长", "晋城市", True) in held(facts, "贾卫东")


def test_a_surname_of_shanxi(shanxi):
    # 运城市委常委、河津市委书记畅建军: 畅 is a surname
    assert ("市委书记", "河津市", True) in held(shanxi, "畅建军")


taizhou = text_facts("taizhou", TESTS / "dev33" / "dev33-b-jiangsu-city-statistical-bulletin.txt")


def test_a_list_of_periods_dates_its_own_figures_in_turn(taizhou):
    # 一季度、上半年、前三季度全市地区生产总值分别增长5.4%、5.6%、5.8%
    gdp = {(o.growth, o.period) for o in taizhou.observations if o.division.name == "泰州市" and o.indicator == "GDP"}
    assert {(Decimal("5.4"), "2024Q1"), (Decimal("5.6"), "2024H1"), (Decimal("5.8"), "2024Q1-Q3")} <= gdp
    # and frames nothing after it: the bulletin's next paragraph is the year's
    assert (Decimal("361.2"), "亿元", Decimal("3.1"), "2024", False) in of(taizhou, "泰州市")


def test_a_count_that_scopes_a_share_is_no_figure(taizhou):
    # 15个国考断面水质优Ⅲ类比例达100%: 15 counts the monitored sections the share is of
    assert not [o for o in taizhou.observations if o.value == Decimal("15") and o.unit == "个"]


def test_a_group_a_place_is_ranked_in_is_no_figure(tmp_path):
    facts = snippet_facts("仙居县前三季度经济运行情况。\n\n在全省26个山区海岛县中，仙居规上工业增加值增速排名第四。", tmp_path)
    assert not [o for o in facts.observations if o.value == Decimal("26")]


def test_a_negative_figure(taizhou):
    # 人口自然增长率-3.80‰ (not a range: 1-9月 stays a period)
    assert (Decimal("-3.8"), "‰", None, "2024", False) in of(taizhou, "泰州市")


def test_the_planned_total_of_projects_signed_is_no_estimate(tmp_path):
    text = ("仙居县前三季度经济运行情况。\n\n今年以来，全县新招引亿元以上产业项目32个，其中10亿元以上项目5个，"
            "计划总投资186.5亿元；新开工亿元以上项目21个。明年民生实事候选项目初定12件、计划总投资9.8亿元。")
    got = {(o.value, o.estimate) for o in snippet_facts(text, tmp_path).observations}
    assert {(Decimal("186.5"), False), (Decimal("21"), False)} <= got
    assert (Decimal("9.8"), True) in got  # next year's candidates: a plan


def test_company_names_after_where_they_come_from_and_after_a_split_verb(tmp_path):
    text = ("泰州市召开会议。\n\n市属国企泰州凤城产业发展集团有限公司联合江苏凤城农村商业银行股份有限公司高港支行，为1200余家企业提供融资服务。"
            "总部位于上海的澜拓生物科技有限公司在开发区投资建设的项目总投资12亿元。")
    names = {m.label for m in snippet_facts(text, tmp_path).mentions if m.kind == "enterprise"}
    assert {"江苏凤城农村商业银行股份有限公司高港支行", "澜拓生物科技有限公司"} <= names


xishui = text_facts("xishui", TESTS / "dev34" / "dev34-b-hubei-county-audit-report.txt")


def test_an_audits_findings_are_no_figures_of_the_county(xishui):
    values = {o.value for o in xishui.observations if o.division.name == "浠水县"}
    # 县财政局滞留上级转移支付资金2.36亿元…,其中衔接推进乡村振兴补助资金5800万元; 2100万元闲置超过1年;
    # 查出违规问题金额1.26亿元; 共完成审计项目27个
    assert not values & {Decimal("2.36"), Decimal("5800"), Decimal("2100"), Decimal("1.26"), Decimal("27")}


def test_dismantling_illegal_buildings_is_still_a_figure(tmp_path):
    text = "宁波市城市管理工作。\n\n今年以来，全市拆除违规建筑186万平方米，盘活闲置土地3000亩。"
    values = {o.value for o in snippet_facts(text, tmp_path).observations}
    assert {Decimal("186"), Decimal("3000")} <= values


def test_a_company_by_the_short_name_the_text_gave_it_opens_its_sentence(xishui):
    # 审计了浠水县清泉城乡发展集团有限公司(以下简称“清泉城发”)。截至2024年底,清泉城发资产总额186.4亿元,资产负债率60.2%。
    values = {o.value for o in xishui.observations}
    assert not values & {Decimal("186.4"), Decimal("60.2")}


counties = text_facts("counties", TESTS / "dev34" / "dev34-c-zhejiang-provincial-daily-county-economy.txt")


def test_a_tables_rows_are_read_by_their_columns(counties):
    # 【数据链接】前三季度部分县(市)主要经济指标 / 县（市）｜地区生产总值（亿元）｜增速（%）｜一般公共预算收入（亿元）｜增速（%）
    # / 余姚市｜1398.2｜5.9｜98.7｜2.6
    assert {(Decimal("1398.2"), "亿元", Decimal("5.9"), "2025Q1-Q3", False),
            (Decimal("98.7"), "亿元", Decimal("2.6"), "2025Q1-Q3", False)} <= of(counties, "余姚市")
    assert (Decimal("88.4"), "亿元", Decimal("-1.8"), "2025Q1-Q3", False) in of(counties, "乐清市")


def test_table_rows_without_a_header_are_no_table():
    from kg.nlp.tables import table_metrics
    assert table_metrics("慈溪市｜2068.5｜6.4\n诸暨市｜1352.7｜6.1\n") == {}
    rows = table_metrics("地区｜工业增加值增速（%）｜出口（亿元）\n慈溪市｜6.4｜151.2\n")
    (metrics,) = rows.values()
    assert [(m.indicator, m.value, m.unit, m.growth) for m in metrics] == [
        ("工业增加值", None, None, Decimal("6.4")), ("出口", Decimal("151.2"), "亿元", None)]


nanjing = text_facts("nanjing", TESTS / "dev34" / "dev34-a-jiangsu-east-west-cooperation-news.txt")


def test_a_seconded_cadres_home_opens_no_sentence(nanjing):
    # 南京市雨花台区挂职干部、丹凤县委常委、副县长沈哲介绍,…宁商协作产业园已入驻南京企业23家,今年1—10月实现产值9.8亿元
    # (入驻南京企业: where the companies come from, not where they settle)
    assert {(Decimal("23"), "家"), (Decimal("9.8"), "亿元")} <= {f[:2] for f in of(nanjing, "丹凤县")}


def test_a_workers_pay_quoted_after_the_dateline(nanjing):
    # 本报讯(记者 陆书瑶 通讯员 商文博)“工作站帮我找到了电子厂的工作,每月到手6000多元。”
    assert not [o for o in nanjing.observations if o.value == Decimal("6000")]


def test_projects_signed_belong_where_the_next_clause_says_they_land(nanjing):
    # 集中签约产业协作项目14个、总投资32.6亿元,项目将全部落户商洛 (on 南京's page)
    assert {(Decimal("14"), "个"), (Decimal("32.6"), "亿元")} <= {f[:2] for f in of(nanjing, "商洛市")}


daigu = text_facts("daigu", TESTS / "dev35" / "dev35-c-shandong-town-government-work-report.txt")


def test_a_towns_report_on_the_countys_site_is_the_towns_text(daigu):
    # 岱崮镇2025年政府工作报告 (来源：岱崮镇人民政府): 全年民生支出2860万元 / 新增城镇就业420人 are the town's
    values = {o.value for o in daigu.observations if o.division.name == "蒙阴县"}
    assert not values & {Decimal("2860"), Decimal("420")}
    # while the county's own figures it quotes stay the county's: 前三季度全县地区生产总值增长6.2%
    assert (None, None, Decimal("6.2"), "2024Q1-Q3", False) in of(daigu, "蒙阴县")


def test_a_policys_provisions_are_no_figures(tmp_path):
    text = ("四川省政策解读。\n\n对设备投资额在1000万元以上的智能化改造项目，按设备投资额的10%给予补助，单个项目最高补贴500万元；"
            "对列入清单的，补助比例提高到12%。今年以来，全省已发放技改补贴资金12.6亿元。")
    values = {o.value for o in snippet_facts(text, tmp_path).observations}
    assert not values & {Decimal("10"), Decimal("500"), Decimal("12")}
    assert Decimal("12.6") in values  # money paid out is the province's figure


def test_a_paragraphs_scene_then_a_sentence_about_it(tmp_path):
    text = ("　　洛阳市副市长赵启航介绍，1—9月，全市规上工业增加值增长9.2%。\n\n"
            "　　在湖北，现代产业集群建设全面提速。湖北省政府新闻办公室日前举行新闻发布会，省发展改革委副主任严楚南、"
            "省统计局局长黄启元出席。\n\n　　洛阳市今年新增规上企业120家。")
    facts = snippet_facts(text, tmp_path)
    assert ("发展改革委副主任", "湖北省", True) in held(facts, "严楚南")
    # the scene holds for its paragraph only
    assert ("洛阳市", Decimal("120")) in {(o.division.name, o.value) for o in facts.observations}


def test_what_a_place_is_then_the_place(tmp_path):
    text = ("　　洛阳市今年新增规上企业120家。\n\n　　作为江西省会，南昌市电子信息产业持续壮大。"
            "据南昌市统计局发布的数据，前三季度，全市电子信息产业营业收入增长15.6%。")
    facts = snippet_facts(text, tmp_path)
    assert ("南昌市", Decimal("15.6")) in {(o.division.name, o.growth) for o in facts.observations}


def test_a_scene_paragraph_of_another_province_is_no_guests(tmp_path):
    text = ("　　许昌市今年新增规上企业120家。\n\n　　在湖南，一批标志性产业链加速壮大。湖南省工业和信息化厅厅长彭雨霏介绍，"
            "前三季度，全省工程机械产业营业收入增长10.6%。")
    facts = snippet_facts(text, tmp_path)
    assert ("湖南省", Decimal("10.6")) in {(o.division.name, o.growth) for o in facts.observations}


def test_who_qualifies_and_how_a_policy_is_laid_out_are_no_figures(tmp_path):
    text = ("四川省政策解读。\n\n《若干措施》共6个方面18条。对新认定的省级智能工厂、数字化车间，分别给予100万元、50万元奖励。"
            "在用能方面，对实施智能化改造后单位产品能耗下降10%以上的项目，在能耗指标上予以优先保障。")
    facts = snippet_facts(text, tmp_path)
    assert not {o.value for o in facts.observations} & {Decimal("18"), Decimal("100"), Decimal("50")}
    assert not [o for o in facts.observations if o.growth == Decimal("-10")]


def test_a_towns_report_names_the_county_sentence_by_sentence(daigu):
    # 全年完成固定资产投资4.3亿元,增长12.1% is the town's, though its paragraph named 全县 before
    assert Decimal("4.3") not in {o.value for o in daigu.observations if o.division.name == "蒙阴县"}


def test_chief_statisticians_a_body_no_organ_and_a_surname():
    assert ("潘文涛", "统计局总统计师", None) in posts("。省统计局总统计师潘文涛分析，从前三季度数据看。")
    # 县包靠部门|县农业农村局: a department's name holds no 部门; 鹿 is a surname
    assert {("鹿永刚", "农业农村局党组书记", None), ("鹿永刚", "农业农村局局长", None)} <= posts(
        "县人大常委会副主任刘庆森，县包靠部门县农业农村局党组书记、局长鹿永刚到会指导。")


def test_a_sentence_a_division_opens_holds_its_bare_posts(tmp_path):
    text = ("嘉兴市经济和信息化局答复。\n\n全市专精特新企业达到320家。桐乡市推行“链长+链主”协同机制，"
            "由市委副书记、市长方海涛担任化纤新材料产业链“链长”。")
    assert ("市长", "桐乡市", True) in held(snippet_facts(text, tmp_path), "方海涛")


def test_town_heads_after_a_town_post_and_village_first_secretaries():
    # 会同寨河镇党委书记方卫东、镇长陈思远: a verb before the town, and its head after its secretary
    got = posts("10月13日，县交通运输局局长胡德胜会同寨河镇党委书记方卫东、镇长陈思远到现场查看。")
    assert {("方卫东", "寨河镇党委书记", None), ("陈思远", "镇长", None)} <= got
    # 县财政局驻平瑶村第一书记 -> 平瑶村第一书记
    assert ("张晨阳", "东石门村第一书记", None) in posts("。临沂市派驻东石门村第一书记张晨阳协调资金。")


guangshan = text_facts("guangshan", TESTS / "dev36" / "dev36-a-henan-county-message-board-replies.txt")


def test_a_citizens_message_on_a_message_board_is_no_report(guangshan):
    # 留言内容：我常年在郑州打工…一共9000多元 / 听说今年县城一年级报名的超过5000人 (the replies' figures stay)
    values = {o.value for o in guangshan.observations}
    assert not values & {Decimal("9000"), Decimal("5000")}
    assert Decimal("66.8") in values  # 回复内容：…全县城乡居民基本医疗保险参保人数66.8万人


def test_problems_named_in_quotes_are_no_programs():
    from kg.nlp.programs import find_programs
    text = ("您在提案中指出，我市专精特新企业存在“数量多、个头小、梯队不够完整”“融资渠道偏窄”“高层次人才引不进、留不住”等问题。"
            "深入实施“千万工程”。")
    assert [p.name for p in find_programs(text)] == ["千万工程"]


def test_a_compared_share_in_brackets_is_the_compared_divisions_share():
    from kg.nlp.metrics import find_metrics
    got = [(m.value, m.unit, m.growth, m.division_text) for m in find_metrics(
        "截至9月底,全县城乡居民基本医疗保险参保率97.3%,高于全市1.2个百分点(全市为96.1%)。")]
    assert (Decimal("96.1"), "%", None, "全市") in got


def test_an_organ_that_published_the_page_owns_its_bare_posts(tmp_path):
    text = ("嘉兴市人民政府\n\n发布机构：嘉兴市经济和信息化局　　成文日期：2025-09\n\n关于第126号提案的答复\n\n"
            "5月28日，我局联合市政协经济委员会召开提案办理面商会，我局副局长黄晓燕、钱卫东与您面对面沟通交流。")
    facts = snippet_facts(text, tmp_path)
    assert ("经济和信息化局副局长", "嘉兴市", True) in held(facts, "钱卫东")


congjiang = text_facts("congjiang", TESTS / "dev36" / "dev36-c-guizhou-rural-revitalisation-feature.txt")


def test_what_a_giver_puts_into_the_texts_place_is_the_places(congjiang):
    # 今年,广东省落实到从江的东西部协作财政援助资金1.26亿元,实施协作项目48个
    assert (Decimal("48"), "个") in {f[:2] for f in of(congjiang, "从江县")}


yiyang = text_facts("yiyang", TESTS / "dev37" / "dev37-b-jiangxi-county-statistics-data-release.txt")


def test_a_table_of_indicators_is_the_texts_places(yiyang):
    # 指标名称｜单位｜1-10月｜同比增长(%) / 地区生产总值（前三季度）｜亿元｜198.64｜5.8
    # / 规模以上工业增加值｜—｜—｜7.6 / 商品房销售面积｜万平方米｜26.38｜-9.2
    got = of(yiyang, "弋阳县")
    assert {(Decimal("198.64"), "亿元", Decimal("5.8"), "2025Q1-Q3", False),
            (Decimal("26.38"), "万平方米", Decimal("-9.2"), "2025M1-M10", False),
            (None, None, Decimal("7.6"), "2025M1-M10", False),
            # (after 规模以上服务业营业收入（1-9月）: a row whose note holds digits ends no table)
            (Decimal("15.82"), "亿元", Decimal("3.1"), "2025M1-M10", False)} <= got
    # the towns' table (乡镇  规上工业增加值增速(%) …, rows split by runs of spaces) is no division's
    assert Decimal("4.62") not in {o.value for o in yiyang.observations}


huoshan = text_facts("huoshan", TESTS / "dev37" / "dev37-c-anhui-county-yearbook.txt")


def test_a_yearbooks_roster_of_leaders(huoshan):
    # 【县委领导名录】 副 书 记　汪启明（2021.09—2024.08） / 　　　　　俞海涛（2024.09—　）
    assert ("县委副书记", "霍山县", False) in held(huoshan, "汪启明")  # a closed term: held once
    assert ("县委副书记", "霍山县", True) in held(huoshan, "俞海涛")
    # 【县政府领导名录】 俞海涛（代县长，2024.09—　） / 副 县 长　胡晓东（常务） / 储怀远（兼县公安局局长）
    assert ("代县长", "霍山县", True) in held(huoshan, "俞海涛")
    assert ("常务副县长", "霍山县", True) in held(huoshan, "胡晓东")
    assert {("副县长", "霍山县", True), ("公安局局长", "霍山县", True)} <= held(huoshan, "储怀远")


def test_a_yearbook_records_the_year_before_its_edition(huoshan):
    # 《霍山年鉴（2025）》选登 (published 2025-09-30): 全年一般公共预算收入18.3亿元,增长4.8% is 2024's
    assert (Decimal("18.3"), "亿元", Decimal("4.8"), "2024", False) in of(huoshan, "霍山县")


cangzhou = text_facts("cangzhou", TESTS / "dev37" / "dev37-a-hebei-city-market-regulation-bureau-site.txt")


def test_a_bureaus_site_its_sections_head_and_its_casework(cangzhou):
    # 局党组书记、局长鲍建勋 -> 市场监督管理局局长 (not …局长 cut to 长); 执法稽查科科长宁振海介绍 / 付丽萍同志任…科科长
    assert ("市场监督管理局局长", "沧州市", True) in held(cangzhou, "鲍建勋")
    assert ("市场监督管理局执法稽查科科长", "沧州市", True) in held(cangzhou, "宁振海")
    assert ("市场监督管理局食品生产安全监督管理科科长", "沧州市", True) in held(cangzhou, "付丽萍")
    # 共查办各类案件2316件,罚没款1862.4万元,移送公安机关18件: law enforcement's casework, no figures
    assert not {o.value for o in cangzhou.observations} & {Decimal("2316"), Decimal("1862.4"), Decimal("18")}


def test_what_a_division_is_made_of_is_no_figure(huoshan):
    # 全县总面积2043平方千米,辖12个镇、4个乡,143个村(社区)
    assert not {o.value for o in huoshan.observations} & {Decimal("12"), Decimal("4")}


yantai = text_facts("yantai", TESTS / "dev38" / "dev38-a-shandong-city-holiday-tourism-release.txt")


def test_a_year_that_dates_a_holiday_frames_nothing(yantai):
    # 今年国庆中秋假期（10月1日至8日，共8天），… / 假期全市共接待游客1186.4万人次: the holiday's, no period
    assert (Decimal("1186.4"), "万人次", None, None, False) in of(yantai, "烟台市")


def test_policy_words_and_streets_named_like_places():
    # (惠民 is found as a weak mention: one the document's other mentions must support)
    got = {d.surface for d in find_divisions("四、惠民举措精准发力。芝罘区依托烟台山、所城里、朝阳街等历史文化街区。") if not d.weak}
    assert "惠民" not in got and "朝阳" not in got and "芝罘区" in got


def test_an_organs_page_holds_its_citys_bare_posts(yantai):
    # 烟台市文化和旅游局's page, a paragraph on 莱州 before: 副市长栾志国、宫丽娜分别带队… are 烟台's
    assert ("副市长", "烟台市", True) in held(yantai, "栾志国")


def test_an_organs_page_holds_its_citys_whole(yantai):
    # 去年全年,全市接待游客1.18亿人次 (the paragraph before named 莱州市): 烟台's
    assert (Decimal("1.18"), "亿人次") in {f[:2] for f in of(yantai, "烟台市")}


yingshan = text_facts("yingshan", TESTS / "dev38" / "dev38-b-sichuan-county-employment-news.txt")


def test_a_department_page_on_its_countys_site_and_its_leaders_block(yingshan):
    # 营山县人民政府 / … / 县人力资源和社会保障局 / 【领导信息】 局党组成员、副局长：杨晓红、何俊峰、罗德明
    for name in ("杨晓红", "何俊峰"):  # (罗德明, appointed in full later in the page, keeps the full title)
        assert {("人社局党组成员", "营山县", True), ("人社局副局长", "营山县", True)} <= held(yingshan, name)


def test_places_moved_in_a_ranking_are_no_figure():
    from kg.nlp.metrics import find_metrics
    got = [(m.value, m.unit) for m in find_metrics("1-10月,规上工业增加值增速居全市第3位,比上半年前移2个位次。")]
    assert (Decimal("2"), "个") not in got


def test_a_yearbooks_make_up_and_a_committees_agenda_are_no_figures(huoshan):
    # 全书设类目30个、分目186个、条目1840余条 / 全年召开县委常委会会议38次、县委全会3次,研究重大事项216项
    got = {(o.value, o.unit) for o in huoshan.observations}
    assert not got & {(Decimal("30"), "个"), (Decimal("186"), "个"), (Decimal("216"), "项"), (Decimal("3"), "次")}
