"""Rules added in session 10, each checked on the development text whose error showed it
(texts in tests/dev14, read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.build import build
from kg.facts import DocumentFacts
from kg.ingest import read_paths
from kg.link import program_aliases
from kg.nlp.divisions import find_divisions

from development_facts import text_facts

TESTS = Path(__file__).resolve().parent


def figures(facts: DocumentFacts) -> set[tuple]:
    """(division name, value, unit, growth, period) of every observation."""
    return {(o.division.name, o.value, o.unit, o.growth, o.period) for o in facts.observations}


def names(facts: DocumentFacts, kind: str) -> set[str]:
    return {m.key for m in facts.mentions if m.kind == kind}


magazine = text_facts("magazine", TESTS / "dev14" / "dev14-c-liaoning-magazine.txt")
report = text_facts("report", TESTS / "dev14" / "dev14-a-shandong-county-report.txt")
citydaily = text_facts("citydaily", TESTS / "dev14" / "dev14-b-sichuan-citydaily.txt")
plenum = text_facts("plenum", TESTS / "dev15" / "dev15-a-guangdong-county-plenum.txt")
henan_daily = text_facts("henan_daily", TESTS / "dev15" / "dev15-b-henan-citydaily.txt")
county_site = text_facts("county_site", TESTS / "dev15" / "dev15-c-jiangxi-county-site.txt")
shenmu = text_facts("shenmu", TESTS / "dev16" / "dev16-a-shaanxi-county-report.txt")
taizhou_daily = text_facts("taizhou_daily", TESTS / "dev16" / "dev16-b-zhejiang-citydaily.txt")
guizhou_magazine = text_facts("guizhou_magazine", TESTS / "dev16" / "dev16-c-guizhou-magazine.txt")
hebei_magazine = text_facts("hebei_magazine", TESTS / "dev17" / "dev17-b-hebei-magazine.txt")
ningxia_daily = text_facts("ningxia_daily", TESTS / "dev17" / "dev17-c-ningxia-citydaily.txt")


def test_a_zone_named_economic_area_keeps_its_post_and_the_county_post_before_it(magazine, held):
    # 庄河市委副书记、大连花园口经济区党工委书记宫振华介绍
    assert held(magazine, "宫振华") == {("市委副书记", "庄河市"), ("大连花园口经济区党工委书记", None)}


def test_a_padded_name_with_an_uncommon_surname_is_a_name(report, held):
    # 市委常委、肥城高新区党工委书记展 鹏，副市长隋晓燕…列席会议
    assert held(report, "展鹏") >= {("市委常委", "肥城市"), ("肥城高新区党工委书记", None)}


def test_the_hosts_bare_posts_when_the_citys_official_visits(magazine, held):
    # 大连市副市长隋正阳带队到庄河调研…，市委书记韩立群，市委副书记、市长葛明远陪同
    assert held(magazine, "隋正阳") == {("副市长", "大连市")}
    assert held(magazine, "韩立群") == {("市委书记", "庄河市")}
    assert held(magazine, "葛明远") == {("市委副书记", "庄河市"), ("市长", "庄河市")}


def test_a_division_written_with_its_parent_is_the_inner_one(magazine):
    got = figures(magazine)
    # ▲今年以来，鞍山市岫岩县接待游客386万人次，实现旅游综合收入31.5亿元，分别增长16.2%、18.9%
    assert ("岫岩满族自治县", Decimal("31.5"), "亿元", Decimal("18.9"), "2025") in got
    # ▲上半年，大连市瓦房店市轴承产业产值达到142.6亿元，同比增长11.8%
    assert ("瓦房店市", Decimal("142.6"), "亿元", Decimal("11.8"), "2025H1") in got
    assert not any(d in ("鞍山市", "大连市") for d, *_ in got)


def test_a_quotation_in_a_towns_or_a_shops_voice_is_not_the_divisions(magazine):
    # “镇里今年新增深水网箱120个…”, “公司在新民流转土地3.2万亩…”, “旺季店里一天要发出3000多单。”
    values = {v for _, v, *_ in figures(magazine)}
    assert not values & {Decimal("120"), Decimal("3.2"), Decimal("3000")}


def test_a_company_opening_the_sentence_owns_its_later_figures(magazine):
    # 镁晟集团今年上半年实现营业收入36.8亿元,同比增长21.4%,高端耐火材料占比提升到61%
    assert not any(v in (Decimal("36.8"), Decimal("61")) for _, v, *_ in figures(magazine))


def test_a_division_opening_a_later_clause_is_the_subject_of_its_figures(magazine):
    # 辽宁肩负维护国家“五大安全”的政治使命，新民扛牢粮食安全责任，今年粮食播种面积稳定在215万亩以上
    got = figures(magazine)
    assert ("新民市", Decimal("215"), "万亩", None, "2025") in got
    assert not any(d == "辽宁省" and v == Decimal("215") for d, v, *_ in got)


def test_names_that_are_words_or_persons_are_no_divisions(magazine, report):
    assert "常德市" not in {m.label for m in magazine.mentions if m.kind == "division"}  # 董事长常德胜说
    # …在全国综合实力百强县市中位次提升至第58位: 市中 is no short name
    assert not [d for d in find_divisions("在全国综合实力百强县市中位次提升至第58位") if d.candidates]


def test_a_money_threshold_after_guo_is_no_figure(report):
    # 新签约过亿元项目73个、总投资486亿元,其中过10亿元项目14个
    got = figures(report)
    assert ("肥城市", Decimal("14"), "个", None, "2025") in got
    assert not any(v == Decimal("10") and u == "亿元" for _, v, u, *_ in got)


def test_a_year_that_dates_the_start_value_does_not_date_the_end_value(report):
    # 一般公共预算收入由2020年的41.7亿元增加到58.3亿元
    got = figures(report)
    assert ("肥城市", Decimal("41.7"), "亿元", None, "2020") in got
    assert not any(v == Decimal("58.3") and p == "2020" for _, v, _, _, p in got)


def test_a_page_furniture_line_is_not_joined_to_the_news_lead():
    doc = read_paths([TESTS / "dev14" / "dev14-b-sichuan-citydaily.txt"])[0]
    leads = [doc.text[s.start : s.end] for s in doc.sentences if "本报讯" in doc.text[s.start : s.end]]
    assert leads and all(t.startswith("本报讯") for t in leads)


def test_the_host_of_two_districts_reports_their_joint_figures(citydaily):
    # 游仙区·北碚区…合作交流会暨项目签约仪式在游仙区举行。…两地“川渝通办”事项办件量达1.8万件
    got = figures(citydaily)
    assert ("游仙区", Decimal("1.8"), "万件", None, "2025") in got
    assert ("游仙区", Decimal("42.6"), "亿元", None, None) in got


def test_a_headline_growth_repeats_the_bodys_figure(citydaily):
    # headline 地区生产总值增长7.1% over 前三季度，三台县实现地区生产总值358.2亿元，同比增长7.1%
    assert not any(d == "三台县" and g == Decimal("7.1") and p is None for d, _, _, g, p in figures(citydaily))


def test_a_years_figure_in_a_quarters_sentence_is_the_years(citydaily):
    # 四季度全县将滚动推进重点项目112个，确保完成年度投资86亿元
    assert ("三台县", Decimal("86"), "亿元", None, "2025") in figures(citydaily)


def test_programs_quoted_in_a_policy_document_and_named_by_their_tail(citydaily, magazine):
    # 《绵阳市推进“高效办成一件事”改革实施方案》; 两地“川渝通办”事项办件量
    got = names(citydaily, "program")
    assert {"高效办成一件事", "川渝通办"} <= got
    assert not [p for p in got if "实施方案" in p]
    # “三年行动” in a text that names 全面振兴新突破三年行动
    assert "三年行动" not in names(magazine, "program")
    assert program_aliases(["三年行动", "全面振兴新突破三年行动"]) == {"三年行动": "全面振兴新突破三年行动"}


def test_trade_names_of_bearings_and_e_commerce_and_a_joining_word(report, magazine):
    got = names(report, "enterprise")
    assert "鑫恒轴承" in got  # 鑫恒轴承年产500万套精密轴承项目
    assert not [n for n in got if n.startswith("与")]  # ，与岱汶重工等企业一道推介肥城
    assert "柳品电商" in names(magazine, "enterprise")  # 柳品电商负责人赵晓霏说


def test_a_period_set_off_by_a_colon_frames_the_paragraphs_after_it(county_site):
    # 据县统计局统计，1-8月：\n\n工业生产较快增长。全县规模以上工业增加值同比增长9.4%…
    got = figures(county_site)
    assert ("于都县", None, None, Decimal("9.4"), "2025M1-M8") in got
    assert ("于都县", Decimal("127.35"), "亿元", Decimal("5.8"), "2025M1-M8") in got


def test_names_before_a_verb_of_presenting_and_post_nouns_after_a_surname(county_site, plenum, held):
    # 县委副书记、县长钟毅作项目推介
    assert held(county_site, "钟毅") == {("县委副书记", "于都县"), ("县长", "于都县")}
    # 成立由县委书记任组长的文件起草组: 任组长 is no one
    assert not held(plenum, "任组长")
    # 市委第三督导组组长、市委副秘书长卢伟光到会指导
    assert ("市委副秘书长", "云浮市") in held(plenum, "卢伟光")


def test_bare_posts_after_a_guest_from_another_province_are_the_papers(henan_daily, held):
    # 深圳市商务局副局长陈嘉伟，宁波市北仑区副区长吴海燕，市发展改革委主任宋志超，市商务局局长何立群
    assert {d for _, d in held(henan_daily, "何立群")} == {"许昌市"}


def test_bare_posts_after_the_citys_member_who_runs_a_county(henan_daily, held):
    # 市委常委、禹州市委书记司马骏，副市长冀慧敏，市政府秘书长娄建峰，禹州市委副书记、市长亢立新
    assert held(henan_daily, "冀慧敏") == {("副市长", "许昌市")}
    assert held(henan_daily, "亢立新") == {("市委副书记", "禹州市"), ("市长", "禹州市")}


def test_what_a_company_a_facility_an_event_or_a_village_counts_is_not_the_divisions(henan_daily, county_site):
    values = {v for _, v, *_ in figures(henan_daily)}
    # 在钧润中药，企业负责人闵国伟介绍，公司今年前三季度实现营业收入8.6亿元…
    # 活动共吸引86家用人单位参加，提供就业岗位2300余个，现场达成就业意向526人
    # 其中主产区陈化店镇、柏梁镇花木种植面积均超过10万亩
    assert not values & {Decimal("8.6"), Decimal("2300"), Decimal("526"), Decimal("10")}
    values = {v for _, v, *_ in figures(county_site)}
    # 育苗基地今年已培育秋冬季蔬菜种苗1200万株; 【银坑镇】…村内新建文化广场2处; 本栏目共有信息3862条
    assert not values & {Decimal("1200"), Decimal("2"), Decimal("3862")}


def test_the_parts_of_an_events_count_have_no_period(henan_daily):
    # 11月18日至21日，…现场签约项目32个…。其中，与广东企业签约项目18个、总投资126.3亿元
    assert ("许昌市", Decimal("18"), "个", None, None) in figures(henan_daily)


def test_a_figure_compared_with_is_the_wider_divisions_and_its_own(plenum):
    # 同比增长5.2%，在全市增长3.9%的情况下增速居全市第一，第一、二、三产业增加值分别增长4.2%…
    got = figures(plenum)
    assert ("云浮市", None, None, Decimal("3.9"), "2025Q1-Q3") in got
    assert ("新兴县", None, None, Decimal("4.2"), "2025Q1-Q3") in got


def test_vocational_training_is_counted_and_the_towns_a_county_is_made_of_are_not(plenum):
    got = figures(plenum)
    assert ("新兴县", Decimal("1.28"), "万人次", None, "2025") in got  # 开展技能培训1.28万人次
    assert not any(v == Decimal("12") and u == "个" for _, v, u, *_ in got)  # 全县12个镇全部完成…


def test_program_quotes_nested_adjacent_coded_and_ranked(plenum, henan_daily, county_site):
    got = names(plenum, "program")
    assert {"12221", "双区"} <= got  # 完善“12221”农产品市场体系; 深度对接“双区”建设
    assert "头号工程" not in got  # 以省委“头号工程”——“百县千镇万村高质量发展工程”为总抓手
    assert "花木+" in names(henan_daily, "program")  # “…我们坚持‘花木+’融合发展…”
    assert "拿地即开工" in names(county_site, "program")  # 全面推行“标准地+承诺制”“拿地即开工”
    assert "硅碳新材料" not in names(henan_daily, "enterprise")  # 签约硅碳新材料产业链项目3个


def test_the_place_whose_report_was_heard_owns_the_figures_after(taizhou_daily):
    # 许晨阳听取了温岭市工作汇报。据介绍，今年1-9月，全市实现规上工业增加值456.3亿元，同比增长9.1%
    got = figures(taizhou_daily)
    assert ("温岭市", Decimal("456.3"), "亿元", Decimal("9.1"), "2025M1-M9") in got
    assert not any(d == "台州市" and v == Decimal("456.3") for d, v, *_ in got)


def test_projects_settling_in_a_place_are_counted_there(taizhou_daily):
    # 仪式上，共有12个产业合作项目签约落户庆元，总投资21.6亿元，其中澜涛泵业…项目总投资6.8亿元
    got = figures(taizhou_daily)
    assert ("庆元县", Decimal("12"), "个", None, None) in got
    assert ("庆元县", Decimal("21.6"), "亿元", None, None) in got
    assert not any(v == Decimal("6.8") for _, v, *_ in got)


def test_a_company_that_opens_its_sentence_with_what_it_is(taizhou_daily):
    # 澜涛泵业是深交所主板上市公司，今年前三季度实现营业收入38.6亿元、增长11.2%
    assert "浙江澜涛泵业集团股份有限公司" in names(taizhou_daily, "enterprise")  # the short name, merged
    assert not any(v == Decimal("38.6") for _, v, *_ in figures(taizhou_daily))


def test_membership_of_a_group_is_no_figure_and_compression_is_a_fall(taizhou_daily, shenmu):
    assert not any(v == Decimal("26") for _, v, *_ in figures(taizhou_daily))  # 庆元是全省26个山区县之一
    got = figures(shenmu)
    assert ("神木市", None, None, Decimal("-42"), "2025") in got  # 审批时限平均压缩42%
    # 一般公共预算收入186.3亿元、同口径增长4.1%
    assert any(v == Decimal("186.3") and g == Decimal("4.1") for _, v, _, g, _ in got)


def test_no_official_from_words_that_read_as_names(shenmu, taizhou_daily):
    assert "来神" not in names(shenmu, "official")  # 榆林市副市长来神调研能源保供
    assert "项目" not in names(taizhou_daily, "official")  # 加快推进省市县长项目工程
    assert "国投" not in names(shenmu, "enterprise")  # (以下简称“麟州国投”),麟州国投综合融资成本…
    assert "秦晖硅业" in names(shenmu, "enterprise")  # 恒泰新材年产40万吨…、秦晖硅业30万吨工业硅等项目


def test_a_brief_opened_by_a_city_and_its_district_is_the_districts(guizhou_magazine, held):
    # ▲近日，遵义市播州区召开重点项目推进会。1-8月，全区固定资产投资同比增长7.4%…。区委副书记、区长何丽娟要求
    assert ("播州区", None, None, Decimal("7.4"), "2025M1-M8") in figures(guizhou_magazine)
    assert held(guizhou_magazine, "何丽娟") == {("区委副书记", "播州区"), ("区长", "播州区")}
    # 白酒产量11.2万千升、同比下降2.4%
    assert ("仁怀市", Decimal("11.2"), "万千升", Decimal("-2.4"), "2025M1-M8") in figures(guizhou_magazine)


def test_a_party_committees_named_deployment_is_a_program(guizhou_magazine):
    # 按照省委“富矿精开”部署…; 按照州委“强州府”部署
    assert {"富矿精开", "强州府"} <= names(guizhou_magazine, "program")


def test_a_citys_project_list_in_a_countys_report_is_the_countys(report):
    # 其中省重点项目7个、泰安市重点项目42个 (肥城's report): the list the projects are on
    got = figures(report)
    assert ("肥城市", Decimal("42"), "个", None, "2025") in got
    assert not any(d == "泰安市" for d, *_ in got)


def test_a_company_introduced_by_a_relative_clause_or_this_company(guizhou_magazine):
    values = {v for _, v, *_ in figures(guizhou_magazine)}
    # 去年落户名酒工业园区的贵州醇源包装科技有限公司,专门生产…,带动本地配套企业30余家
    # 搭乘“黔货出山”快车,这家企业的红酸汤系列产品去年销售额突破3亿元
    assert not values & {Decimal("30"), Decimal("3")}


def test_a_zone_named_once_with_its_division_stands_for_it_after(hebei_magazine, held):
    # 便到了保定市高碑店市白沟新城。…上半年，白沟新城箱包产业交易额达到412.6亿元，同比增长6.8%
    got = figures(hebei_magazine)
    assert ("高碑店市", Decimal("412.6"), "亿元", Decimal("6.8"), "2025H1") in got
    assert not any(d == "安平县" and v == Decimal("412.6") for d, v, *_ in got)
    # 高碑店市委副书记、白沟新城党工委书记杜永胜表示
    assert held(hebei_magazine, "杜永胜") == {("市委副书记", "高碑店市"), ("白沟新城党工委书记", None)}


def test_distances_and_leaders_assigned_to_chains_are_no_facts(hebei_magazine):
    # 从北京南下100多公里; 距离雄安新区仅20余公里
    assert not any(u == "公里" for _, _, u, *_ in figures(hebei_magazine))
    # 由县领导分别担任原料、纺纱、制品、电商四条细分链条的链长
    assert not names(hebei_magazine, "official") & {"分别担任原料", "纺纱", "制品"}


def test_names_after_a_note_in_brackets_and_hui_surnames(ningxia_daily, held):
    # 副市长王建勋、林志鸿（挂职）、海丽娟、禹 航，…; 市政协主席纳振华带领…
    assert ("副市长", "吴忠市") in held(ningxia_daily, "禹航")
    assert held(ningxia_daily, "纳振华") == {("政协主席", "吴忠市")}


def test_who_leads_a_visit_names_the_place_of_those_accompanying(ningxia_daily, held):
    # ▲11月5日，市委常委、利通区委书记张海韬调研…，区委副书记、区长沙建军陪同
    assert held(ningxia_daily, "沙建军") == {("区委副书记", "利通区"), ("区长", "利通区")}


def test_a_visiting_delegation_leaves_the_bare_posts_to_the_hosts(ningxia_daily, held):
    # 泉州市委副书记陈泽川率泉州市党政代表团出席，… 泉州市委常委…，市委副书记马学成
    assert held(ningxia_daily, "马学成") == {("市委副书记", "吴忠市")}


def test_a_growth_rate_written_as_a_share_is_growth():
    from kg.nlp.metrics import find_metrics

    # 上半年，受市场需求波动影响，全市社会消费品零售总额增速一度回落至3.8% (dev17-a)
    got = [(m.indicator, m.value, m.unit, m.growth) for m in find_metrics("全市社会消费品零售总额增速一度回落至3.8%；")]
    assert got == [("社会消费品零售总额", None, None, Decimal("3.8"))]


def test_guests_from_afar_and_a_partner_before_the_host_leave_the_papers_place():
    facts = build([TESTS / "dev18" / "dev18-c-heilongjiang-citydaily.txt"]).facts[0]
    # 广州·齐齐哈尔对口合作重点项目推介签约会在我市举行。广州市人民政府副秘书长黄伟健，…，市长孙维嘉…
    # “十四五”以来，两市累计实施对口合作项目128个，实际到位资金186.3亿元。
    assert ("齐齐哈尔市", Decimal("128"), "个", None, None) in figures(facts)
    assert {h.division.name for h in facts.holdings if h.official == "孙维嘉"} == {"齐齐哈尔市"}


def test_a_verb_before_a_towns_post_is_no_part_of_it():
    facts = build([TESTS / "dev18" / "dev18-a-guangxi-county-site.txt"]).facts[0]
    # 听取大安镇党委书记韦海燕关于镇域经济发展情况的汇报
    assert {h.title for h in facts.holdings if h.official == "韦海燕"} == {"大安镇党委书记"}


def test_a_points_unit_written_once_for_two_differences():
    from kg.nlp.metrics import find_metrics

    # 增速分别高于全市、全区0.5个和1.1个百分点 (dev18-a)
    got = [(m.value, m.unit) for m in find_metrics("同比增长6.3%，增速分别高于全市、全区0.5个和1.1个百分点；")]
    assert (Decimal("0.5"), "个百分点") in got and (Decimal("1.1"), "个百分点") in got


def test_a_party_committees_secretary_in_an_appointment_notice(held):
    from kg.build import build_documents
    from kg.ingest.reader import document_from_text

    text = "克山县新闻。经市委研究决定：冯晓光同志任中共克山县委委员、常委、书记，免去其…职务。"
    facts = build_documents([document_from_text(text, Path("notice.txt"))]).facts[0]
    assert ("县委书记", "克山县") in held(facts, "冯晓光")  # (dev18-c; not a bare 书记)
