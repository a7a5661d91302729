"""Rules added in session 18, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from development_facts import held, of, posts, text_facts

from kg.nlp.periods import find_periods

TESTS = Path(__file__).resolve().parent

harvest = text_facts("harvest", TESTS / "dev41" / "dev41-b-henan-county-harvest-news.txt")
pingliang = text_facts("pingliang", TESTS / "dev20" / "dev20-b-gansu-citydaily.txt")
liuzhou = text_facts("liuzhou", TESTS / "dev5" / "dev5-a-guangxi-citydaily.txt")
pingyao = text_facts("pingyao", TESTS / "dev53" / "dev53-b-shanxi-county-culture-tourism-bureau-news.txt")
longhui = text_facts("longhui", TESTS / "dev46" / "dev46-a-hunan-county-npc-standing-committee-news.txt")


def codes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(p.text, p.part, p.frames) for p in find_periods(text, dt.date(2025, 11, 1))]


def test_up_to_a_day_the_year_so_far_is_the_year(harvest):
    # 截至6月16日，全省已收获小麦8460万亩: what the year has brought so far
    assert (Decimal("8460"), "万亩", None, "2025", False) in of(harvest, "河南省")
    assert codes("截至10月28日，全市已收获粮食作物251.4万亩") == [("截至10月28日", "Y", True)]
    # a day alone dates an event
    assert codes("10月28日，全市召开秋收工作会议") == []


def test_a_stock_on_a_day_has_no_period(pingliang):
    # 截至11月20日，全市电煤库存86.5万吨
    assert (Decimal("86.5"), "万吨", None, None, False) in of(pingliang, "平凉市")


def test_a_holiday_after_this_year_dates_its_figures_with_no_period(liuzhou):
    # 据了解，今年国庆中秋假期，城中区接待游客42.6万人次，实现旅游消费3.1亿元
    assert {(Decimal("42.6"), "万人次", None, None, False), (Decimal("3.1"), "亿元", None, None, False)} <= of(liuzhou, "城中区")


def test_a_bare_holiday_in_a_holiday_release(pingyao):
    # 全省假期共接待游客4126.5万人次，同比增长7.6%; 假期全市共接待游客812.7万人次…
    assert (Decimal("4126.5"), "万人次", Decimal("7.6"), None, False) in of(pingyao, "山西省")
    assert (Decimal("812.7"), "万人次", Decimal("8.1"), None, False) in of(pingyao, "晋中市")
    assert codes("暑假期间，全县接待游客") == []


def test_a_quarter_singled_out_stops_at_its_clause(longhui):
    # 上半年，…，其中二季度当季增长6.1%；规模工业增加值增长7.4%；…社会消费品零售总额72.65亿元、增长5.9%
    assert (Decimal("72.65"), "亿元", Decimal("5.9"), "2025H1", False) in of(longhui, "隆回县")


xinyuan = text_facts("xinyuan", TESTS / "dev56" / "dev56-b-jiangsu-xinjiang-counterpart-aid-news.txt")
jining = text_facts("jining", TESTS / "dev56" / "dev56-a-shandong-city-executive-meeting.txt")


def test_the_hosts_head_speaks_for_the_host_his_paragraph_through(xinyuan):
    # 扬州's page on its delegation in 新源县: 叶尔兰·哈力木别克表示，新源县将…。预计上半年全县…。
    # 全年确保地区生产总值增长7%左右…
    assert (None, None, Decimal("7"), "2025", True) in of(xinyuan, "新源县")
    assert not any(f[2] == Decimal("7") for f in of(xinyuan, "扬州市"))
    # and the paragraph only: in the page's briefs after it (▲6月13日，高邮市委副书记、市长吴砚秋带领
    # 高邮市考察团赴新源县…，市委常委、副市长祁慧中…随同考察) the bare posts are the visitors' city's
    assert ("副市长", "高邮市", True) in held(xinyuan, "祁慧中")


def test_a_county_head_on_the_citys_standing_committee_speaks_for_his_county(jining):
    # 市委常委、邹城市委书记戚宏亮介绍，今年以来，邹城…。…截至4月底，全市已开工省市重点项目63个
    assert (Decimal("63"), "个", None, "2025M1-M4", False) in of(jining, "邹城市")


def test_the_citys_head_speaking_of_his_whole_takes_the_page_back(jining):
    # after 任城区's paragraph: 綦建峰指出，今年以来，全市上下…。綦建峰强调，…力争二季度地区生产总值增长6.3%以上
    assert (None, None, Decimal("6.3"), "2025Q2", True) in of(jining, "济宁市")
    assert not any(f[2] == Decimal("6.3") for f in of(jining, "任城区"))


jingzhou = text_facts("jingzhou", TESTS / "dev57" / "dev57-b-hubei-city-talent-conference.txt")


def test_the_whole_year_after_a_past_year_is_that_year(jingzhou):
    # April 2025: 柯慧敏通报，2024年，全市新增各类人才4.62万人…。…全年引进博士研究生326名、硕士研究生2870名，
    # 分别增长18.5%、11.2%
    assert (Decimal("326"), "名", Decimal("18.5"), "2024", False) in of(jingzhou, "荆州市")


def test_a_zones_post_names_the_city_the_zone_is_named_after(jingzhou):
    # 市委常委、荆州开发区党工委书记卢彬介绍，开发区…，去年新引进硕士以上人才1120名 (after 松滋市's paragraph)
    assert ("市委常委", "荆州市", True) in held(jingzhou, "卢彬")
    assert (Decimal("1120"), "名", None, "2024", False) in of(jingzhou, "荆州市")


def test_a_captions_post_then_a_space_then_the_name():
    # dev58-b (a county TV news script): （同期声：县农业农村局局长 李俊峰）, padded names too
    assert posts("（同期声：县农业农村局局长 李俊峰）") == {("李俊峰", "农业农村局局长", None)}
    assert posts("（同期声：县文化旅游广电体育局局长 沈 曼）") == {("沈 曼", "文化旅游广电体育局局长", None)}
    # a space inside running text joins no name to a post
    assert posts("县委常委、组织部部长 龙晓岚陪同。") == set()


def test_a_verb_of_hearing_is_no_part_of_a_towns_name():
    # dev58-a: …，聆听三湾乡党委书记贺明远讲授《从三湾改编看党的组织建设》专题党课
    assert posts("学员们重温历史，聆听三湾乡党委书记贺明远讲授专题党课。") == {("贺明远", "三湾乡党委书记", None)}


def test_an_appointment_goes_on_after_a_posts_aside():
    # dev56-b: 决定任命高泽宇为新源县人民政府副县长（挂职），阿依古丽·努尔兰为新源县文化体育广播电视和旅游局局长；
    assert ("阿依古丽·努尔兰", "文化体育广播电视和旅游局局长", "新源县") in posts(
        "决定任命高泽宇为新源县人民政府副县长（挂职），阿依古丽·努尔兰为新源县文化体育广播电视和旅游局局长；")


def test_an_industrial_chains_chief():
    # dev59-a: 市委书记、市重点产业链总链长夏立诚; 市委常委、常务副市长、新能源汽车及零部件产业链链长钱文博;
    # ▲凤阳县委书记、县硅基新材料产业链链长龚启明
    assert ("夏立诚", "重点产业链总链长", None) in posts("市委书记、市重点产业链总链长夏立诚出席会议并讲话。")
    assert ("钱文博", "新能源汽车及零部件产业链链长", None) in posts(
        "会上，市委常委、常务副市长、新能源汽车及零部件产业链链长钱文博通报了情况。")
    assert ("龚启明", "硅基新材料产业链链长", "凤阳县") in posts("▲凤阳县委书记、县硅基新材料产业链链长龚启明调研硅基新材料产业。")


linyi_finance = text_facts("linyi_finance", TESTS / "dev59" / "dev59-b-shanxi-county-financial-work-conference.txt")


def test_a_banks_voice_after_a_period_is_no_divisions(linyi_finance):
    # 临猗农商银行董事长孙建业介绍，截至2024年末，该行各项存款余额142.3亿元、各项贷款余额96.5亿元
    assert not any(f[0] == Decimal("142.3") for f in of(linyi_finance, "临猗县"))


qinggang = text_facts("qinggang", TESTS / "dev60" / "dev60-b-heilongjiang-county-spring-ploughing.txt")


def test_a_plan_for_a_quantity_is_an_estimate(qinggang):
    # 今年全县计划粮食播种面积稳定在286万亩以上，其中玉米、大豆、水稻分别为198万亩、64万亩、7.8万亩
    assert {(Decimal("286"), "万亩", None, "2025", True), (Decimal("64"), "万亩", None, "2025", True)} <= of(qinggang, "青冈县")


def test_sets_of_machines_are_one_unit(qinggang):
    # 截至3月底，全县拥有各类农业机械4.68万台套
    assert (Decimal("4.68"), "万台套", None, "2025Q1", False) in of(qinggang, "青冈县")


def test_a_share_of_the_year_names_no_period():
    # dev61-b: 从季度看，…四季度完成交易额312.4亿元，占全年的34.2%
    assert [p.text for p in find_periods("四季度完成交易额312.4亿元，占全年的34.2%。", dt.date(2025, 1, 22))] == ["四季度"]


def test_a_month_frames_a_figure_in_kilowatts():
    # dev61-a: 7月份，全县通过电力需求响应最大削减高峰负荷9.6万千瓦
    assert codes("7月份，全县通过电力需求响应最大削减高峰负荷9.6万千瓦，未发生拉闸限电情况。") == [("7月份", "M7-M7", True)]


guiyang = text_facts("guiyang", TESTS / "dev61" / "dev61-c-guizhou-capital-digital-economy-conference.txt")
chuzhou = text_facts("chuzhou", TESTS / "dev59" / "dev59-a-anhui-city-industrial-chain-meeting.txt")


def test_a_county_heads_exchange_speech_holds_for_his_paragraph_only(guiyang, chuzhou):
    # 清镇市委副书记、市长谌立新介绍，清镇市…。(next paragraphs: 贵安新区…; …1—4月，全市规模以上工业增加值增长7.2%)
    assert (None, None, Decimal("7.2"), "2025M1-M4", False) in of(guiyang, "贵阳市")
    # 滁州市委常委、天长市委书记邵振宇作交流发言。他介绍，天长市…; 定远县委书记杜承恩介绍…; then
    # 夏立诚在讲话中指出，…去年全市地区生产总值达到3682.5亿元
    assert (Decimal("3682.5"), "亿元", Decimal("6.1"), "2024", False) in of(chuzhou, "滁州市")


def test_the_governments_offices_and_its_inspection_office():
    # dev62-c: 由省政府秘书长、办公厅主任邵文海，省政府副秘书长、督查室主任温建国，省政府督查室副主任常晓燕等分别带队
    found = posts("由省政府秘书长、办公厅主任邵文海，省政府副秘书长、督查室主任温建国，省政府督查室副主任常晓燕等分别带队。")
    assert {("邵文海", "政府办公厅主任", None), ("温建国", "政府督查室主任", None),
            ("常晓燕", "政府督查室副主任", None)} <= found
    # dev56-a: 市政府秘书长、办公室主任邵明川
    assert ("邵明川", "政府办公室主任", None) in posts("市政府秘书长、办公室主任邵明川出席会议。")


def test_a_yao_surname():
    # dev62-a: 乳源县委书记盘建新带头包联瑶区长者饭堂建设
    assert posts("乳源县委书记盘建新带头包联瑶区长者饭堂建设。") == {("盘建新", "县委书记", "乳源县")}


shaoguan = text_facts("shaoguan", TESTS / "dev62" / "dev62-a-guangdong-city-livelihood-projects-report.txt")


def test_a_plans_completion_rate_is_a_result(shaoguan):
    # 截至6月底，南雄市、仁化县、始兴县进度较快，年度计划完成率分别为68.3%、66.1%、63.9%
    assert (Decimal("68.3"), "%", None, "2025H1", False) in of(shaoguan, "南雄市")


def test_results_against_a_plan_and_plans_for_the_year(shaoguan):
    # 累计完成投资18.72亿元，完成年度计划投资32.6亿元的57.4%: a result
    assert (Decimal("57.4"), "%", None, "2025H1", False) in of(shaoguan, "韶关市")
    # 计划全年完成农村公路提档升级420公里、危桥改造35座: targets
    assert (Decimal("420"), "公里", None, "2025", True) in of(shaoguan, "韶关市")
    # 力争8月底前年度计划完成率…: 底前|年度 holds no 前年
    assert "前年" not in [c[0] for c in codes("力争8月底前年度计划完成率分别达到55%、52%以上")]


zhenjiang = text_facts("zhenjiang", TESTS / "dev63" / "dev63-a-jiangsu-city-housing-provident-fund-report.txt")


def test_a_bureau_of_the_pages_city_after_a_county_level_citys_post(zhenjiang):
    # 镇江's page: 管委会副主任、扬中市人民政府副市长朱可欣，管委会委员、丹徒区人民政府副区长贺 悦，
    # 管委会委员、市财政局副局长包恩泽
    assert ("财政局副局长", "镇江市", True) in held(zhenjiang, "包恩泽")


def test_units_of_transport_work_pairs_classes_and_computing_power(guiyang):
    from kg.nlp.metrics import find_metrics
    found = {(m.value, m.unit) for m in find_metrics("货物周转量31.5亿吨公里、增长7.2%；莒县、五莲县分别拥有国际友好城市3对、2对。")}
    assert {(Decimal("31.5"), "亿吨公里"), (Decimal("3"), "对")} <= found
    # 截至4月底，全省算力总规模达到68.5EFLOPS
    assert (Decimal("68.5"), "EFLOPS", None, "2025M1-M4", False) in of(guiyang, "贵州省")


def test_a_verb_and_its_complement_are_no_part_of_a_companys_name():
    from kg.nlp.enterprises import find_enterprises
    # dev64-a: 要用好郴州市产业发展投资集团有限公司（以下简称“郴州产投”）等市属国企平台
    assert [e.name for e in find_enterprises("要用好郴州市产业发展投资集团有限公司（以下简称“郴州产投”）等市属国企平台。")] == [
        "郴州市产业发展投资集团有限公司"]
    # a trade name that opens with 好 keeps it
    assert [e.name for e in find_enterprises("河南好想你健康食品股份有限公司发布。")] == ["河南好想你健康食品股份有限公司"]


def test_leaders_who_take_charge_of_a_chain_or_an_area_name_no_one():
    # dev64-c: 推行县领导包保产业链的链长制; dev62-a: 推行“区领导包片、部门包项”工作机制
    assert posts("推行县领导包保产业链的链长制。") == set()
    assert posts("曲江区推行“区领导包片、部门包项”工作机制。") == set()
    assert posts("市领导包振华出席。") == {("包振华", "市领导", None)}


def test_an_average_age_is_a_figure():
    from kg.nlp.metrics import find_metrics
    # dev58-a: 目前全县村党组织书记平均年龄44.6岁
    assert (Decimal("44.6"), "岁") in {(m.value, m.unit) for m in find_metrics("目前全县村党组织书记平均年龄44.6岁，比换届前下降6.2岁。")}
