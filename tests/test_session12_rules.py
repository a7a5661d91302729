"""Rules added in session 12, each checked on the development text whose error showed it
(texts in tests/dev19 and later, read by hand), or on the sentence itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from kg.nlp.divisions import find_divisions
from kg.nlp.periods import find_periods, resolve

from development_facts import figures, of, text_facts

TESTS = Path(__file__).resolve().parent


kashgar = text_facts("kashgar", TESTS / "dev20" / "dev20-a-xinjiang-prefecture-site.txt")
pingliang = text_facts("pingliang", TESTS / "dev20" / "dev20-b-gansu-citydaily.txt")
hunchun = text_facts("hunchun", TESTS / "dev20" / "dev20-c-jilin-speech.txt")
xiuyan = text_facts("xiuyan", TESTS / "dev21" / "dev21-b-liaoning-county-site.txt")
honghe = text_facts("honghe", TESTS / "dev21" / "dev21-c-yunnan-prefecture-report.txt")
guangxi = text_facts("guangxi", TESTS / "dev22" / "dev22-a-guangxi-regional-daily.txt")
cangzhou = text_facts("cangzhou", TESTS / "dev22" / "dev22-b-hebei-city-report.txt")
qionghai = text_facts("qionghai", TESTS / "dev22" / "dev22-c-hainan-county-site.txt")


def test_a_season_across_two_years_has_no_period(hunchun):
    # 2024—2025雪季全市接待游客86.3万人次、实现旅游收入9.1亿元,分别增长24.6%和31.2%
    got = of(hunchun, "珲春市")
    assert (Decimal("86.3"), "万人次", Decimal("24.6"), None, False) in got
    assert (Decimal("100"), "万人次", None, None, True) in got  # 力争2025—2026雪季…突破100万人次


def test_a_value_restated_as_what_it_grew_to_is_one_fact(hunchun):
    # 总数达到103户 …; “十四五”以来,…规上工业企业由2020年的68户增加到103户
    got = of(hunchun, "珲春市")
    assert (Decimal("103"), "户", None, "2025", False) in got
    assert (Decimal("103"), "户", None, None, False) not in got
    assert (Decimal("68"), "户", None, "2020", False) in got


def test_a_deadline_after_a_proposal_dates_its_targets(xiuyan):
    # 会议审议通过了《…三年行动方案(2025—2027年)》,提出到2027年,全县玉石产业总产值达到100亿元
    got = of(xiuyan, "岫岩满族自治县")
    assert (Decimal("100"), "亿元", None, "2027", True) in got
    assert (Decimal("10"), "户", None, "2027", True) in got


def test_a_verb_after_an_adverb_is_no_short_place_name():
    # 东北全面振兴: 振兴, not 振兴区; 玉石雕刻大师吕长海: a person, not 长海县
    assert not [d for d in find_divisions("传达学习习近平总书记关于东北全面振兴的重要讲话") if d.candidates]
    assert not [d for d in find_divisions("中国玉石雕刻大师吕长海现场展示了技艺。") if d.candidates]


def test_a_village_post_after_a_visit_and_the_villages_committee(xiuyan, held):
    # 关振宇来到二道岭村,察看农村人居环境整治…。村党支部书记韩德胜介绍: 农村 names no village
    assert held(xiuyan, "韩德胜") == {("二道岭村党支部书记", None)}


def test_a_seconded_cadres_post_written_before_him(kashgar, held):
    # 挂任疏附县委副书记的广州援疆干部林俊熙介绍
    assert held(kashgar, "林俊熙") == {("县委副书记", "疏附县")}


def test_an_informal_county_name(kashgar, held):
    # 塔县县委副书记、县长热孜万·沙力克
    assert held(kashgar, "热孜万·沙力克") == {("县委副书记", "塔什库尔干塔吉克自治县"),
                                              ("县长", "塔什库尔干塔吉克自治县")}


def test_listed_places_with_their_count_are_a_group(honghe):
    # 河口、金平、绿春3个边境县建成“现代化边境幸福村”58个,边民人均可支配收入增长8.3%
    got = of(honghe, "红河哈尼族彝族自治州")
    assert (Decimal("58"), "个", None, "2025", False) in got
    assert (None, None, Decimal("8.3"), "2025", False) in got
    assert not {f for f in of(honghe, "河口瑶族自治县") if f[0] in (Decimal("58"), Decimal("3")) or f[2] == Decimal("8.3")}
    assert (Decimal("3"), "个", None, "2025", False) not in got


def test_each_of_a_list_after_a_period(honghe):
    # 全年弥勒市、蒙自市地区生产总值均突破500亿元
    assert (Decimal("500"), "亿元", None, "2025", False) in of(honghe, "蒙自市")
    assert (Decimal("500"), "亿元", None, "2025", False) in of(honghe, "弥勒市")


def test_a_count_of_livelihood_projects_is_no_figure(honghe, hunchun):
    # 去年确定的10件民生实事全面完成 / 办好15件民生实事
    assert not {f for f in figures(honghe) if f[2] == "件"}
    assert not {f for f in figures(hunchun) if f[2] == "件"}


def test_a_port_and_a_trade_zone_named_after_a_city_are_its(guangxi):
    # ●截至10月底,今年经钦州港发运的…班列达9860列 / 中国(广西)自由贸易试验区钦州港片区1-10月新增市场主体3260户
    got = of(guangxi, "钦州市")
    assert (Decimal("9860"), "列", Decimal("7.5"), "2025M1-M10", False) in got
    assert (Decimal("3260"), "户", None, "2025M1-M10", False) in got


def test_a_full_year_after_last_year_in_its_sentence(guangxi):
    # 去年,北流陶瓷产业全年产值达到298.5亿元
    assert (Decimal("298.5"), "亿元", None, "2024", False) in of(guangxi, "北流市")


def test_places_heading_the_items_of_a_respectively_list(cangzhou):
    # 盐山管道装备、南皮五金机电集群营业收入分别增长10.3%、8.9%,泊头铸造、孟村管件等特色集群营业收入突破2600亿元
    assert (None, None, Decimal("10.3"), "2025", False) in of(cangzhou, "盐山县")
    assert (None, None, Decimal("8.9"), "2025", False) in of(cangzhou, "南皮县")
    assert (Decimal("2600"), "亿元", None, "2025", False) in of(cangzhou, "沧州市")
    assert "盐山管道装备" not in {m.label for m in cangzhou.mentions if m.kind == "enterprise"}


def test_a_city_written_after_the_zone_that_runs_it_in_a_list(cangzhou):
    # 任丘市、渤海新区黄骅市地区生产总值分别达到812.6亿元、705.3亿元
    assert (Decimal("705.3"), "亿元", None, "2025", False) in of(cangzhou, "黄骅市")
    assert (Decimal("812.6"), "亿元", None, "2025", False) in of(cangzhou, "任丘市")


def test_a_name_before_deng_and_a_second_seat_in_the_first_seats_city(cangzhou, qionghai, held):
    # 市委副书记么国强等在主席台前排就座 / 海口市委常委、龙华区委书记邓瑞平
    assert held(cangzhou, "么国强") == {("市委副书记", "沧州市")}
    assert ("区委书记", "龙华区") in held(qionghai, "邓瑞平")
    assert held(qionghai, "钟毅") == {("区委常委", "龙华区"), ("常务副区长", "龙华区")}


def test_first_months_and_time_gone_by_inside_a_plan(qionghai):
    # 前8个月全市已发行新增地方政府专项债券9.6亿元 / 要…扎实推进“六水共治”,今年以来全市新建改造城镇污水管网42.6公里
    got = of(qionghai, "琼海市")
    assert (Decimal("9.6"), "亿元", None, "2025M1-M8", False) in got
    assert (Decimal("42.6"), "公里", None, "2025", False) in got
    assert (Decimal("71.2"), "%", None, "2025", False) in got


def test_a_partners_signing_held_in_a_county_gives_it_the_figures(pingliang):
    # 天津市武清区—平凉市静宁县东西部协作项目集中签约仪式在静宁县举行。…现场共签约协作项目15个,总投资23.6亿元
    got = of(pingliang, "静宁县")
    assert (Decimal("15"), "个", None, None, False) in got
    assert (Decimal("23.6"), "亿元", None, None, False) in got


def test_a_base_years_figure_and_a_look_back_on_a_plan_period():
    # 经济总量在去年3826.5亿元的基础上再上新台阶 / 回顾“十四五”,…累计完成固定资产投资1.56万亿元
    date = dt.date(2025, 12, 20)
    base = find_periods("经济总量在去年3826.5亿元的基础上再上新台阶。", date)
    assert [resolve(p, date) for p in base] == ["2024"]
    review = find_periods("回顾“十四五”，全市累计完成固定资产投资1.56万亿元。", date)
    assert [(p.text, p.frames, resolve(p, date)) for p in review] == [("“十四五”", True, None)]


def test_town_and_village_committee_posts_chain():
    from kg.nlp.officials import find_officials

    text = "。六岭村党支部书记、村委会主任黄国强说。蒙丽华，女，瑶族，现任国安瑶族乡党委委员、副乡长，拟任乡镇党委副书记。"
    got = {(o.name, p.title) for o in find_officials(text, find_divisions(text)) for p in o.posts}
    assert got == {("黄国强", "六岭村党支部书记"), ("黄国强", "六岭村村委会主任"),
                   ("蒙丽华", "国安瑶族乡党委委员"), ("蒙丽华", "国安瑶族乡副乡长")}


def test_a_citys_branch_of_its_provinces_aid_command_and_a_corps_post():
    from kg.nlp.officials import find_officials

    def posts(text):
        return {(o.name, p.title, p.division.surface if p.division else None)
                for o in find_officials(text, find_divisions(text)) for p in o.posts}

    # 福建援疆泉州分指挥部: 泉州 (in 福建) sends it; 上海援疆莎车分指挥部 works in 莎车: 上海's
    assert ("苏文彬", "援疆分指挥部指挥长", "泉州") in posts("昌吉市委副书记、福建援疆泉州分指挥部指挥长苏文彬介绍了情况。")
    assert ("沈嘉豪", "援疆莎车分指挥部指挥长", "上海") in posts("上海援疆莎车分指挥部指挥长、县委副书记（挂职）沈嘉豪参加调研。")
    # 第六师五家渠市党委常委、副师长、副市长: the 师's post between the city's
    assert posts("第六师五家渠市党委常委、副师长、副市长张海军出席。") == {
        ("张海军", "党委常委", "五家渠市"), ("张海军", "副师长", None), ("张海军", "副市长", "五家渠市")}


chenzhou = text_facts("chenzhou", TESTS / "dev23" / "dev23-a-hunan-citydaily.txt")
liaocheng = text_facts("liaocheng", TESTS / "dev23" / "dev23-b-shandong-provincial-daily.txt")
gushi = text_facts("gushi", TESTS / "dev23" / "dev23-c-henan-county-bulletin.txt")


def test_a_statistical_bulletin_reports_on_the_year_its_title_names(gushi):
    # 固始县2024年国民经济和社会发展统计公报, issued 2025-04-02: 全年…地区生产总值512.36亿元,比上年增长5.8%
    got = of(gushi, "固始县")
    assert (Decimal("512.36"), "亿元", Decimal("5.8"), "2024", False) in got
    assert not {f for f in got if f[3] == "2025" and f[0] == Decimal("512.36")}


def test_a_balances_rate_after_its_increment_and_per_mille_levels(gushi):
    # 各项贷款余额426.81亿元,比年初增加41.26亿元,增长10.7% / 人口自然增长率0.60‰
    got = of(gushi, "固始县")
    assert (Decimal("426.81"), "亿元", Decimal("10.7"), "2024", False) in got
    assert (Decimal("41.26"), "亿元", None, "2024", False) in got
    assert (Decimal("0.60"), "‰", None, "2024", False) in got
    assert not {f for f in got if f[2] == Decimal("0.60")}


def test_thresholds_in_a_bulletins_notes_and_counts_of_companies(gushi):
    # 规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位 / 其中,企业2.15万户,增长9.8%
    got = of(gushi, "固始县")
    assert not {f for f in got if f[0] in (Decimal("2000"), Decimal("500"), Decimal("200")) and f[1] == "万元"}
    assert (Decimal("2.15"), "万户", Decimal("9.8"), "2024", False) in got
    assert (Decimal("9.35"), "万人", None, "2024", False) in got  # 参加城镇职工基本养老保险人数


def test_a_survey_teams_head(gushi, held):
    # 国家统计局固始调查队队长梅晓峰回答记者提问
    assert held(gushi, "梅晓峰") == {("国家统计局调查队队长", "固始县")}


def test_what_a_company_is_names_no_subject_and_done_inside_a_plan(chenzhou):
    # 瑶岭新材是全省有色金属精深加工骨干企业,今年1-10月实现产值41.6亿元 / 要用足用好…,今年全市已争取…28.7亿元
    assert not {f for f in figures(chenzhou) if f[1] == Decimal("41.6")}
    assert (Decimal("28.7"), "亿元", None, "2025", False) in of(chenzhou, "郴州市")


def test_a_guests_city_does_not_pass_to_the_bare_seat_after_it(chenzhou, held):
    # 市委副书记、市长谭立峰,韶关市委常委、常务副市长温振华,市委常委、郴州高新区党工委书记段志国出席
    assert ("市委常委", "郴州市") in held(chenzhou, "段志国")
    assert held(chenzhou, "曹敏") == {("统计局局长", "资兴市")}  # 市统计局局长曹 敏分析说


def test_rural_is_no_village_after_a_county_name(liaocheng, held):
    # 前三季度,彭水农村居民人均可支配收入增长7.1% / 荣成市委常委、石岛管理区党工委书记初明浩
    assert (None, None, Decimal("7.1"), "2025Q1-Q3", False) in of(liaocheng, "彭水苗族土家族自治县")
    assert ("石岛管理区党工委书记", None) in held(liaocheng, "初明浩")


qingyang = text_facts("qingyang", TESTS / "dev24" / "dev24-a-gansu-city-plenum.txt")
jiangxi = text_facts("jiangxi", TESTS / "dev24" / "dev24-b-jiangxi-provincial-daily.txt")
fugu = text_facts("fugu", TESTS / "dev24" / "dev24-c-shaanxi-county-appointments.txt")


def test_a_county_head_speaking_for_his_county_carries_it_on(qingyang):
    # 华池县委书记路宏伟 … 路宏伟说,华池县…。依托南梁革命纪念馆…,1-11月接待游客486万人次…分别增长15.2%、17.8%
    assert (Decimal("486"), "万人次", Decimal("15.2"), "2025M1-M11", False) in of(qingyang, "华池县")


def test_a_dated_start_in_a_unit_of_size(qingyang):
    # 新能源并网装机由2020年的68万千瓦增加到1365万千瓦
    assert (Decimal("68"), "万千瓦", None, "2020", False) in of(qingyang, "庆阳市")


def test_a_respectively_list_with_its_count_is_each_places(jiangxi):
    # 南昌、赣州、九江3个设区市规上工业增加值分别增长8.2%、7.9%、7.6%
    assert (None, None, Decimal("8.2"), "2025M1-M10", False) in of(jiangxi, "南昌市")
    assert (None, None, Decimal("7.9"), "2025M1-M10", False) in of(jiangxi, "赣州市")


def test_profiles_league_committee_sections_and_secondments(fugu, held):
    # 现任共青团府谷县委书记 / 现任榆林市能源局煤炭行业管理科科长(挂职府谷县能源局副局长) / 县委督查室主任
    assert held(fugu, "王晓静") == {("共青团县委书记", "府谷县")}
    assert held(fugu, "闫鹏飞") == {("能源局煤炭行业管理科科长", "榆林市"), ("能源局副局长", "府谷县")}
    assert ("县委督查室主任", "府谷县") in held(fugu, "侯建军")
    assert held(fugu, "张浩") == {("清水工业园区管理委员会副主任", None)}  # 张 浩为…管理委员会副主任


daxing = text_facts("daxing", TESTS / "dev25" / "dev25-b-beijing-district-report.txt")


def test_proposals_and_a_rate_that_fell_to_a_level(daxing, held):
    # 办理人大代表建议186件、政协提案245件 / 上半年地区生产总值增速一度回落至4.3%的困难局面
    got = of(daxing, "大兴区")
    assert not {f for f in got if f[1] == "件"}
    assert (None, None, Decimal("4.3"), "2025H1", False) in got
    # 区委常委、临空区（大兴）管委会主任滕云飞通报
    assert ("临空区（大兴）管委会主任", None) in held(daxing, "滕云飞")


xiji = text_facts("xiji", TESTS / "dev25" / "dev25-c-ningxia-county-appointments.txt")


def test_a_bare_city_name_and_a_list_of_streets(xiji, hunchun):
    # 产品销往银川、西安、福州等地: 西安市, not a 西安区 / 靖和、新安、河南、近海四个街道: streets, not 河南省
    assert "西安市" in {m.label for m in xiji.mentions if m.kind == "division"}
    assert "河南省" not in {m.label for m in hunchun.mentions if m.kind == "division"}


def test_a_secondment_written_as_held(xiji, held):
    # 现任西吉县人力资源和社会保障局副局长(挂职任福清市人力资源和社会保障局副局长)
    assert held(xiji, "虎文斌") == {("人力资源和社会保障局副局长", "西吉县"), ("人力资源和社会保障局副局长", "福清市")}


def test_a_future_year_naming_projects_is_their_year(fugu):
    # 谋划储备2026年重点项目186个、总投资1260亿元 (December 2025): next year's projects, a target
    got = of(fugu, "府谷县")
    assert (Decimal("186"), "个", None, "2026", True) in got
    assert (Decimal("1260"), "亿元", None, "2026", True) in got
