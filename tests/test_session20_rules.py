"""Rules added in session 20, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import held, of, posts, snippet_facts, text_facts

from kg.ingest.repair import repair
from kg.ingest.structure import classify
from kg.nlp.enterprises import find_enterprises
from kg.nlp.tables import table_metrics

TESTS = Path(__file__).resolve().parent

yishui = text_facts("yishui", TESTS / "dev73" / "dev73-a-shandong-county-head-annual-report.txt")


def test_a_report_on_ones_own_work_gives_its_author_the_career_told_in_the_first_person(yishui):
    # 綦振东同志2024年度述职述廉报告 / 一、基本情况 / 本人2022年9月任沂水县委副书记、代县长，…此前，
    # 先后任沂南县委常委、常务副县长，临沂市政府副秘书长、…。2024年3月起兼任沂水经济开发区党工委第一书记。现任…
    assert {("县委副书记", "沂水县"), ("代县长", "沂水县"), ("县长", "沂水县"), ("常务副县长", "沂南县"),
            ("政府副秘书长", "临沂市"), ("市委委员", "临沂市"), ("沂水经济开发区党工委第一书记", None)} <= {
        (t, d) for t, d, _ in held(yishui, "綦振东")}


def test_no_author_without_a_title_naming_him(tmp_path):
    facts = snippet_facts("工作总结\n\n本人2022年9月任沂水县委副书记、代县长。\n", tmp_path)
    assert not any(h.title == "代县长" for h in facts.holdings)


def test_the_post_a_named_official_moved_to(yishui):
    # 副县长李文斌同志调任临沂市商务局副局长
    assert ("商务局副局长", "临沂市") in {(t, d) for t, d, _ in held(yishui, "李文斌")}
    assert ("李立新", "沂水经济开发区党工委第一书记", None) in posts("县委副书记、县长李立新兼任沂水经济开发区党工委第一书记。")


def test_the_governments_office_after_its_party_group(yishui):
    # 县政府党组成员、办公室主任杨 帆
    assert ("政府办公室主任", "沂水县") in {(t, d) for t, d, _ in held(yishui, "杨帆")}


def test_a_street_before_its_house_number_names_no_one(yishui):
    # 地址：山东省临沂市沂水县长安中路198号 (沂水县长 + 安中路 is no county head)
    assert not held(yishui, "安中路")


yichang = text_facts("yichang", TESTS / "dev73" / "dev73-b-hubei-city-one-picture-work-report.txt")


def test_a_stacked_figure_block_reads_as_one_line(yichang):
    # ■ 地区生产总值 / 6186.5亿元 / 增长6.1% / 高于全省0.2个百分点（全省增长5.9%）; ■ 规上工业增加值 / 增长8.4%
    mine = of(yichang, "宜昌市")
    assert (Decimal("6186.5"), "亿元", Decimal("6.1"), "2024", False) in mine
    assert (None, None, Decimal("8.4"), "2024", False) in mine
    assert (Decimal("306.8"), "亿元", Decimal("4.5"), "2024", False) in mine
    assert (None, None, Decimal("5.9"), "2024", False) in of(yichang, "湖北省")


def test_repair_joins_a_block_and_keeps_every_offset():
    raw = "主要经济指标\n\n■ 地区生产总值\n6186.5亿元\n增长6.1%\n前三季度增速一度回落至5.6%。\n\n■ 城乡居民收入\n城镇居民人均可支配收入51860元，增长5.2%。\n"
    text, offsets = repair(raw)
    assert "■ 地区生产总值6186.5亿元,增长6.1%\n前三季度" in text
    assert "■ 城乡居民收入\n城镇" in text  # a sentence under a label is no figure line
    assert all(raw[offsets[i]] == c or c == "," for i, c in enumerate(text))


zhejiang = text_facts("zhejiang", TESTS / "dev74" / "dev74-b-zhejiang-provincial-daily-city-two-sessions-roundup.txt")


def test_this_years_aims_frame_the_figures_after_them(zhejiang):
    # 嘉兴今年的目标为地区生产总值增长5.5%以上,一般公共预算收入增长3%,… (in February 2025)
    assert {(None, None, Decimal("5.5"), "2025", True), (None, None, Decimal("3"), "2025", True)} <= of(zhejiang, "嘉兴市")
    assert (None, None, Decimal("7"), "2025", True) in of(zhejiang, "宁波市")  # 宁波今年的预期目标是:…


def test_a_resignation_accepted_names_the_one_who_resigned(zhejiang):
    # 会议还接受了郁文澜辞去宁波市人民政府副市长职务的请求
    assert ("副市长", "宁波市") in {(t, d) for t, d, _ in held(zhejiang, "郁文澜")}
    assert not held(zhejiang, "了郁文澜")


def test_anonymous_people_are_no_officials_and_an_exchange_is_a_move():
    found = posts("县自然资源局原副局长刘某违规插手工程项目问题,给予其政务撤职处分。由县商务局局长冯雪梅交流任县市场监督管理局党组书记。")
    assert not any(name.startswith("刘某") for name, _, _ in found)
    assert ("冯雪梅", "市场监督管理局党组书记", None) in found


meitan = text_facts("meitan", TESTS / "dev75" / "dev75-a-guizhou-county-town-secretaries-review-meeting.txt")


def test_a_town_heads_account_is_the_towns(meitan):
    # 复兴镇党委书记谌丽萍介绍,…2024年全镇接待游客46.8万人次、实现旅游综合收入3.1亿元,分别增长15.2%、17.6%
    # 县政协副主席、湄江街道党工委书记吴 昊述职时说,…; 冷霜介绍,镇党委对排查出的1个软弱涣散村党组织…
    county = of(meitan, "湄潭县")
    assert not any(f[2] in (Decimal("15.2"), Decimal("17.6")) for f in county)
    assert not any(f[:2] in ((Decimal("98.6"), "%"), (Decimal("1"), "个")) for f in county)


def test_a_town_post_once_held(meitan):
    # 因原抄乐镇党委书记吴德兵已于2024年12月调任县水务局局长 (原墙镇 is a town's own name)
    assert {("抄乐镇党委书记", None, False), ("水务局局长", "湄潭县", True)} <= held(meitan, "吴德兵")
    assert ("鲍家兴", "原墙镇党委副书记", None) in posts("原墙镇党委副书记、镇长鲍家兴介绍。")


def test_a_chronicle_records_its_own_year(tmp_path):
    text = "涞水县2024年大事记\n\n12月20日　县统计局发布数据。全年全县地区生产总值142.3亿元、增长6.3%。\n"
    facts = snippet_facts(text, tmp_path, "2025-03-10", "涞水县2024年大事记")
    assert (Decimal("142.3"), "亿元", Decimal("6.3"), "2024", False) in of(facts, "涞水县")


def test_a_year_named_before_a_semicolon_dates_the_whole_year_after_it(tmp_path):
    # 报告显示,2023年,全县地区生产总值完成133.9亿元…;全年接待游客1260万人次…,分别增长46.2%、52.8%
    text = ("1月8日　涞水县第十八届人民代表大会第三次会议开幕。报告显示，2023年，全县地区生产总值完成133.9亿元、增长5.8%；"
            "全年接待游客1260万人次、实现旅游综合收入118亿元，分别增长46.2%、52.8%。\n")
    facts = snippet_facts(text, tmp_path, "2025-03-10", "涞水县2024年大事记")
    assert (Decimal("1260"), "万人次", Decimal("46.2"), "2023", False) in of(facts, "涞水县")


def test_a_parts_heading_names_its_year(yichang):
    # PART 03 / 2025年重点工作 / 01 聚力产业强市 / ● 新增专精特新“小巨人”企业5家以上 (after 今年1月,…46个)
    assert (Decimal("5"), "家", None, "2025", True) in of(yichang, "宜昌市")


hengyang = text_facts("hengyang", TESTS / "dev76" / "dev76-c-hunan-city-business-environment-notice.txt")


def test_an_evaluation_notice_reports_on_its_titles_year(hengyang):
    # 关于2024年度全市营商环境评价结果的通报 (March 2025): after (五)今年开局态势良好。今年1—2月…, the part
    # 二、评价结果 goes back to 2024 (耒阳市全年新设经营主体1.52万户、增长11.8%)
    assert (Decimal("1.52"), "万户", Decimal("11.8"), "2024", False) in of(hengyang, "耒阳市")
    assert (None, None, Decimal("-3.6"), "2024", False) in of(hengyang, "珠晖区")


def test_a_two_column_table_takes_its_indicator_from_the_caption():
    text = "县（市、区）及开发区规上工业增加值增速\n县区 | 增速\n天长市 | 12.3%\n明光市 | 11.8%\n"
    rows = [m for ms in table_metrics(text).values() for m in ms]
    assert [(m.indicator, m.growth) for m in rows] == [("规上工业增加值", Decimal("12.3")), ("规上工业增加值", Decimal("11.8"))]
    assert classify("天长市 | 12.3%") == "body" and classify("县区 | 增速") != "body"


def test_a_block_line_with_a_value_and_its_growth():
    raw = "分产业看\n第一产业增加值\n218.4亿元　增长3.6%\n\n“十大新兴产业”产值\n同比增长14.7%\n降幅比上半年收窄4.5个百分点\n"
    text, _ = repair(raw)
    assert "第一产业增加值218.4亿元,增长3.6%\n" in text
    assert "“十大新兴产业”产值同比增长14.7%,降幅比上半年收窄4.5个百分点" in text


liuba = text_facts("liuba", TESTS / "dev76" / "dev76-b-shaanxi-provincial-daily-official-profile.txt")


def test_a_profile_leaving_an_office_and_a_year_set_against(liuba):
    # 2021年6月,贺秦川从佛坪县委副书记、县长任上调任留坝县委书记 (任上 is no one's name)
    assert {("县长", "佛坪县", False), ("县委书记", "留坝县", True)} <= held(liuba, "贺秦川")
    assert not held(liuba, "任上")
    # 玉皇庙镇党委副书记、镇长苏蕾至今记得…
    assert held(liuba, "苏蕾") and not held(liuba, "苏蕾至")
    # 2024年,留坝县实现地区生产总值31.6亿元,…,而2020年这一数字是23.8亿元;一般公共预算收入1.32亿元,增长8.4%
    assert (Decimal("1.32"), "亿元", Decimal("8.4"), "2024", False) in of(liuba, "留坝县")


jiangan = text_facts("jiangan", TESTS / "dev74" / "dev74-c-sichuan-county-policy-research-report.txt")


def test_a_party_organs_page_and_its_authors_block(jiangan):
    # 中共江安县委政策研究室 heads the page; 课题组组长：廖正清（县委常委、县委办公室主任） after a paragraph
    # on 长宁县 is 江安县's; 成　　员：刘婧、宋凯（县委政研室副主任）: both hold it
    assert ("县委常委", "江安县", True) in held(jiangan, "廖正清")
    assert ("县委政研室副主任", "江安县", True) in held(jiangan, "刘婧")
    assert ("县委政研室主任", "江安县", True) in held(jiangan, "唐晓东")


ganzhou = text_facts("ganzhou", TESTS / "dev73" / "dev73-c-jiangxi-provincial-npc-delegation-deliberation.txt")


def test_a_delegations_deliberation(ganzhou):
    # 赣州市委书记、代表团团长蓝正阳主持审议 (a meeting's role in the chain)
    assert ("市委书记", "赣州市", True) in held(ganzhou, "蓝正阳")
    # 瑞金市委副书记、市长杨晓岚代表说,… then 市委常委、常务副市长邹立新… (the delegation's city's again)
    assert ("常务副市长", "赣州市", True) in held(ganzhou, "邹立新")
    # 【数说赣州·2024】 / ●全市新增经营主体15.6万户: the box's place's
    assert any(f[:2] == (Decimal("15.6"), "万户") for f in of(ganzhou, "赣州市"))
    assert not any(f[:2] == (Decimal("15.6"), "万户") for f in of(ganzhou, "瑞金市"))


jinyun = text_facts("jinyun", TESTS / "dev77" / "dev77-c-zhejiang-county-fifteenth-plan-symposium.txt")


def test_a_plans_targets_box(jinyun):
    # 《缙云县…第十五个五年规划纲要（征求意见稿）》主要目标 / 到2030年： / ●经济实力：全县地区生产总值力争突破500亿元
    mine = of(jinyun, "缙云县")
    assert (Decimal("500"), "亿元", None, "2030", True) in mine
    assert (Decimal("82.5"), "岁", None, "2030", True) in mine
    # 浙江省发展规划研究院研究员周启明认为,…: an institute's expert speaks for no province
    assert not of(jinyun, "浙江省")


def test_a_cities_roundup(zhejiang):
    # 宁波今年的预期目标是:地区生产总值增长5.5%以上、力争6%
    assert (None, None, Decimal("6"), "2025", True) in of(zhejiang, "宁波市")
    # 从去年的“成绩单”看,杭州、宁波固定资产投资分别增长3.2%、4.5%
    assert (None, None, Decimal("4.5"), "2024", False) in of(zhejiang, "宁波市")
    # 各地普遍把今年地区生产总值增长目标定在5.5%至6.5%之间: what places mostly do, no one's
    assert not any(f[:2] == (Decimal("6.5"), "%") for f in of(zhejiang, "杭州市"))


chuzhou = text_facts("chuzhou", TESTS / "dev76" / "dev76-a-anhui-city-quarterly-data-post.txt")


def test_a_tables_rows_do_not_become_the_pages_place(chuzhou):
    # 县区 | 总量（亿元） | 增速（%） / … / 南谯区 | 236.2 | 5.9, then 预计全年粮食总产量505万吨左右、增长1.5%
    assert (Decimal("505"), "万吨", Decimal("1.5"), "2025", True) in of(chuzhou, "滁州市")
    assert not any(f[:2] == (Decimal("505"), "万吨") for f in of(chuzhou, "南谯区"))


zhijiang = text_facts("zhijiang", TESTS / "dev78" / "dev78-b-hunan-county-pdf-government-work-report.txt")


def test_a_pdfs_hard_wraps_and_page_furniture(zhijiang):
    # …增速\n高于全市0.4个百分点（全市预计增长5.2%）；…比上年提高1.2\n\n— 1 —\n\n芷江县十八届人大五次会议文件\n个百分点。
    text, offsets = repair((TESTS / "dev78" / "dev78-b-hunan-county-pdf-government-work-report.txt").read_text())
    assert "比上年提高1.2个百分点。" in text and "— 1 —" not in text
    assert "分别增长5.1%、6.9%。" in text
    assert any(f[2] == Decimal("6.9") and f[3] == "2024" for f in of(zhijiang, "芷江侗族自治县"))


def test_short_lines_of_a_web_page_are_no_hard_wraps():
    raw = "市委常委会召开会议\n\n会议强调，要抓好落实。\n县委书记张三出席\n"
    assert repair(raw)[0].count("\n") == raw.count("\n")


def test_a_bracketed_wider_place_holds_inside_its_brackets_only(tmp_path):
    text = ("芷江侗族自治县政府工作报告\n\n预计全年实现地区生产总值218.6亿元，增长5.6%，增速高于全市0.4个百分点"
            "（全市预计增长5.2%）；规模以上工业增加值增长7.8%；固定资产投资增长6.1%。\n")
    facts = snippet_facts(text, tmp_path, "2025-01-10")
    assert {f[2] for f in of(facts, "芷江侗族自治县")} >= {Decimal("7.8"), Decimal("6.1")}
    assert {f[2] for f in of(facts, "怀化市")} == {Decimal("5.2")}


xixia = text_facts("xixia", TESTS / "dev78" / "dev78-a-henan-county-npc-standing-committee-report.txt")


def test_a_standing_committees_own_report_names_its_posts_bare(xixia, tmp_path):
    # 西峡县人民代表大会常务委员会工作报告: 常委会副主任葛秀兰、邝立新…; 常委会秘书长余晓鹏; 常委会农业农村工委主任曹立群
    assert ("人大常委会副主任", "西峡县", True) in held(xixia, "邝立新")
    assert ("人大常委会秘书长", "西峡县", True) in held(xixia, "余晓鹏")
    assert ("人大常委会农业农村工委主任", "西峡县", True) in held(xixia, "曹立群")
    # (on any other page a bare 常委会副主任X names no post)
    assert not snippet_facts("西峡县召开会议。\n常委会副主任葛秀兰出席。\n", tmp_path).holdings


donghai = text_facts("donghai", TESTS / "dev78" / "dev78-c-jiangsu-county-cppcc-proposals-digest.txt")


def test_a_proposers_bracketed_posts_and_a_wider_average(donghai):
    # 提案人：胥国良（县政协常委，黄川镇党委副书记、镇长）; 管振宇（县政协常委、县工商联副主席，东海县润丰食品有限公司董事长）
    assert {("政协常委", "东海县", True), ("黄川镇镇长", None, True)} <= held(donghai, "胥国良")
    assert ("工商联副主席", "东海县", True) in held(donghai, "管振宇")
    # 护理型床位占比为48%,低于全市55%的平均水平
    assert any(f[:2] == (Decimal("55"), "%") for f in of(donghai, "连云港市"))
    assert not any(f[:2] == (Decimal("55"), "%") for f in of(donghai, "东海县"))


def test_a_place_opening_a_clause_after_a_semicolon_and_a_word_of_time(donghai):
    # …本地配套率仅35%左右;同期,徐州市新沂市硅材料产业开票销售已突破400亿元
    assert any(f[:2] == (Decimal("400"), "亿元") for f in of(donghai, "新沂市"))
    assert not any(f[:2] == (Decimal("400"), "亿元") for f in of(donghai, "东海县"))


def test_a_surveys_own_tallies_are_no_figures(jiangan):
    # …先后走访竹加工企业23家、镇6个、园区2个,发放问卷450份、回收有效问卷412份; 58.3%的受访企业把“招工难”列为…
    county = of(jiangan, "江安县")
    assert not any(f[:2] in ((Decimal("450"), "份"), (Decimal("412"), "份"), (Decimal("58.3"), "%")) for f in county)


def test_a_lists_items_share_its_frame(yichang):
    # 【县市区亮点】 / ● 2024年,宜都市、枝江市、当阳市地区生产总值分别达到… / ● 夷陵区地区生产总值增长7.4%,…
    assert (None, None, Decimal("7.4"), "2024", False) in of(yichang, "夷陵区")
    assert (Decimal("40.2"), "万亩", None, "2024", False) in of(yichang, "秭归县")


laishui = text_facts("laishui", TESTS / "dev75" / "dev75-c-hebei-county-annual-chronicle.txt")


def test_a_chronicles_whole_year_is_its_own(laishui):
    # 涞水县2024年大事记 / 12月10日 …冯立岩部署2025年经济工作。会议预计,全年全县地区生产总值141.2亿元、增长6.2%
    assert (Decimal("141.2"), "亿元", Decimal("6.2"), "2024", True) in of(laishui, "涞水县")


def test_boxes_as_a_unit(liuba):
    # 截至5月底,全县中蜂养殖达到4.6万箱
    assert any(f[:2] == (Decimal("4.6"), "万箱") for f in of(liuba, "留坝县"))


def test_a_legal_name_with_its_place_in_brackets_after_a_trade_name():
    # 总部位于上海的优膳冷链（上海）供应链管理有限公司在沂水经济开发区建设鲁中南冷链物流基地
    found = [e.name for e in find_enterprises("总部位于上海的优膳冷链(上海)供应链管理有限公司在沂水建设基地。")]
    assert found == ["优膳冷链(上海)供应链管理有限公司"]
    # 镇党委牵线贵州湄韵茶业有限公司（以下简称“湄韵茶业”）: the verb before it is no part of the name
    assert "贵州湄韵茶业有限公司" in [e.name for e in find_enterprises("镇党委牵线贵州湄韵茶业有限公司(以下简称“湄韵茶业”)与8个村签订协议。")]
