"""Rules added in session 16, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import held, of, posts, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent


guangshan = text_facts("guangshan", TESTS / "dev36" / "dev36-a-henan-county-message-board-replies.txt")


def test_a_town_named_after_a_verb_of_accompanying_heads_its_bare_posts(guangshan):
    # 县交通运输局局长胡德胜会同寨河镇党委书记方卫东、镇长陈思远到现场查看
    assert ("寨河镇镇长", None, True) in held(guangshan, "陈思远")


yantai = text_facts("yantai", TESTS / "dev38" / "dev38-a-shandong-city-holiday-tourism-release.txt")


def test_listed_figures_take_the_unit_written_once_after_the_last(yantai):
    # 莱山区、福山区、牟平区分别接待游客121.6万、78.4万、96.2万人次
    assert (Decimal("121.6"), "万人次", Decimal("9.1")) in {f[:3] for f in of(yantai, "莱山区")}
    assert (Decimal("78.4"), "万人次", Decimal("6.7")) in {f[:3] for f in of(yantai, "福山区")}


def test_a_bare_magnitude_alone_keeps_its_unit(tmp_path):
    facts = snippet_facts("莱山区、福山区分别完成投资12.5亿、8.3亿。", tmp_path)
    assert {f[:2] for f in of(facts, "莱山区")} == {(Decimal("12.5"), "亿")}


qidong = text_facts("qidong", TESTS / "dev39" / "dev39-a-hunan-county-cadre-publicity-notice.txt")


def test_a_birthplace_is_no_place_of_the_career(qidong):
    # 谢丽华，女，汉族，1983年9月生，湖南衡阳县人，…现任县财政局党组成员、副局长 on 祁东县's page
    assert ("财政局副局长", "祁东县", True) in held(qidong, "谢丽华")
    assert not {t for t, d, _ in held(qidong, "谢丽华") if d == "衡阳县"}


def test_a_county_centre_heads_post(qidong):
    # 现任县农业农村局党组书记、局长，县黄花菜产业发展服务中心主任
    assert ("黄花菜产业发展服务中心主任", "祁东县", True) in held(qidong, "贺建军")


def test_surname_kuang(qidong):
    # 县委常委、常务副县长旷明杰通报全县经济运行情况
    assert ("常务副县长", "祁东县", True) in held(qidong, "旷明杰")


def test_brigades_and_arbitration_courts():
    found = posts("县劳动保障监察大队大队长熊伟作表态发言，县劳动人事争议仲裁院院长唐敏参加。")
    assert ("熊伟", "劳动保障监察大队大队长", None) in found
    assert ("唐敏", "劳动人事争议仲裁院院长", None) in found


def test_a_decision_clause_naming_the_comrade_first():
    found = posts("经市委研究决定，谭立峰同志任中共祁东县委常委、副书记，提名为祁东县人民政府县长候选人；"
                  "龙建国同志不再担任中共祁东县委副书记、常委、委员职务，另有任用。")
    assert ("谭立峰", "县委副书记", "祁东县") in found
    assert ("龙建国", "县委委员", "祁东县") in found  # posts left were held until then


def test_a_budgeted_sum_is_no_rank(tmp_path):
    # 安排 ends in 排 (as 排第3 does): 市本级一般公共预算收入安排43.1亿元，增长4.4%
    facts = snippet_facts("商丘市财政局报告。市本级一般公共预算收入安排43.1亿元，增长4.4%。", tmp_path, "2025-02-14")
    assert (Decimal("43.1"), "亿元", Decimal("4.4")) in {f[:3] for f in of(facts, "商丘市")}
    assert {o.indicator for o in facts.observations} == {"市本级一般公共预算收入"}


cangzhou = text_facts("cangzhou", TESTS / "dev40" / "dev40-a-hebei-city-leaders-division-of-labour.txt")


def test_a_leaders_name_on_a_line_of_its_own_with_its_posts_below(cangzhou):
    # 祁振川 / 副市长，市政府党组成员；渤海新区党工委副书记、管委会主任
    assert {("副市长", "沧州市", True), ("政府党组成员", "沧州市", True),
            ("渤海新区管委会主任", None, True)} <= held(cangzhou, "祁振川")
    # 程栩 / 副市长（挂职），市政府党组成员
    assert ("政府党组成员", "沧州市", True) in held(cangzhou, "程栩")


def test_a_result_held_against_its_plans_target(tmp_path):
    facts = snippet_facts("中江县发展和改革局报告。2024年，全县规模以上工业增加值增长9.6%，高于8%的预期目标1.6个百分点；"
                          "全社会固定资产投资增长3.2%，未完成增长8%的预期目标。", tmp_path, "2025-01-15")
    found = {f[:5] for f in of(facts, "中江县")}
    assert (None, None, Decimal("8"), "2024", True) in found  # the target: a growth the plan set
    assert (Decimal("1.6"), "个百分点", None, "2024", False) in found  # the gap is a result
    assert (None, None, Decimal("3.2"), "2024", False) in found
    assert not any(unit == "%" for _, unit, *_ in found)


def test_a_list_of_places_after_a_modifier_ending_in_de(tmp_path):
    facts = snippet_facts("湖南日报。\n首次上榜的攸县、祁阳市、桃江县，去年地区生产总值分别为402.3亿元、386.7亿元、352.9亿元。",
                          tmp_path, "2025-08-05")
    assert {f[:2] for f in of(facts, "祁阳市")} == {(Decimal("386.7"), "亿元")}
    assert {f[:2] for f in of(facts, "桃江县")} == {(Decimal("352.9"), "亿元")}


def test_a_quote_naming_an_indicator_only_a_division_reports(tmp_path):
    facts = snippet_facts("湖南日报。\n宁乡市委副书记、市长钟晓岚说，宁乡以园区建设为抓手。"
                          "“下一步，我们将确保全年规模工业增加值增长9%以上。”", tmp_path, "2025-08-05")
    assert (None, None, Decimal("9"), "2025", True) in of(facts, "宁乡市")


def test_a_post_verb_opens_no_company_name(qidong):
    # 现任祁东县城市发展投资集团有限公司党委书记、董事长
    names = {l.enterprise for l in qidong.locations}
    assert "祁东县城市发展投资集团有限公司" in names
    assert not any(n.startswith("现任") for n in names)


def test_hunans_five_goods_parks_is_a_program(qidong):
    # 以“五好园区”创建为抓手 (湖南's provincial campaign for its parks)
    assert "五好园区" in {i.program for i in qidong.implementations}


heze = text_facts("heze", TESTS / "dev41" / "dev41-a-shandong-city-population-bulletin.txt")


def test_a_table_column_in_points_is_a_change_in_points(heze):
    # 县　区　　　城镇化率（%）　　比上年末提高（百分点） / 东明县　　　49.51　　　　　　1.22
    assert (Decimal("1.22"), "个百分点") in {f[:2] for f in of(heze, "东明县")}


def test_harvest_figures(tmp_path):
    facts = snippet_facts("商水县农业农村局。夏粮总产量78.62万吨（折合15.72亿斤），比上年增产1.84万吨、增长2.4%；"
                          "平均单产581.7公斤/亩，比上年增加11.6公斤、增长2.0%。在农发行商水县支行，该行今年已投放贷款5.6亿元。",
                          tmp_path, "2025-06-25")
    found = {f[:3] for f in of(facts, "商水县")}
    assert (Decimal("78.62"), "万吨", Decimal("2.4")) in found  # the rate is the total's, not the increase's
    assert (Decimal("581.7"), "公斤/亩", Decimal("2.0")) in found  # a rate per unit is one unit
    assert not {v for v, *_ in found} & {Decimal("15.72"), Decimal("5.6")}  # the same total converted; the bank's


def test_bare_listed_figures_take_the_last_unit_and_a_whole_counted_is_no_figure(tmp_path):
    facts = snippet_facts("临汾市生态环境局通报。2024年，全市二氧化硫、二氧化氮平均浓度分别为12、31微克/立方米。"
                          "全市13个国考断面中，水质优良断面10个。会议共设分会场163个。", tmp_path, "2025-02-10")
    found = {f[:2] for f in of(facts, "临汾市")}
    assert (Decimal("12"), "微克/立方米") in found
    assert (Decimal("10"), "个") in found
    assert not {v for v, _ in found} & {Decimal("13"), Decimal("163")}


def test_the_three_national_pollution_campaigns():
    from kg.nlp.programs import find_programs

    def names(t: str) -> set[str]:
        return {p.name for p in find_programs(t)}

    assert "蓝天保卫战" in names("全区上下要以打赢蓝天保卫战为主线，强化扬尘管控。")
    # the last of a list sharing its head names the three together; two names stay two
    assert "净土保卫战" not in names("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度降至32微克/立方米。")
    assert {"林长制", "河湖长制"} <= names("全面落实林长制、河湖长制，空气质量优良天数比例达到93.8%。")


def test_a_bracket_opened_by_a_whole_holds_its_figures():
    from kg.nlp.metrics import find_metrics

    found = {(m.division_text, m.value, m.growth) for m in find_metrics(
        "实现旅游总收入186.42亿元，同比增长13.6%，增速高于全省2.1个百分点（全省接待游客1.62亿人次、"
        "旅游总收入1893.6亿元，分别增长9.1%和11.5%）。")}
    assert ("全省", Decimal("1.62"), Decimal("9.1")) in found
    assert ("全省", Decimal("1893.6"), Decimal("11.5")) in found
    two = {(m.division_text, m.growth) for m in find_metrics(
        "全县规模以上工业增加值同比增长7.6%，分别高于全市、全省1.1个和0.8个百分点（全市增长6.5%、全省增长6.8%）。")}
    assert {("全市", Decimal("6.5")), ("全省", Decimal("6.8"))} <= two


def test_a_fairs_and_a_races_tallies_are_no_figures(tmp_path):
    facts = snippet_facts("台州市商务局。全市52家企业参展，现场接洽客商2300余人次，达成意向成交1.36亿美元。"
                          "赛事沿途设置补给站18个、医疗点32个，全市外贸进出口总值236.8亿元。", tmp_path, "2025-08-18")
    assert {f[:2] for f in of(facts, "台州市")} == {(Decimal("236.8"), "亿元")}


def test_a_centres_party_group_then_its_head():
    found = posts("会上，县投资促进中心党组书记、主任岳海洋通报了全县招商引资主要指标完成情况。")
    assert {("岳海洋", "投资促进中心党组书记", None), ("岳海洋", "投资促进中心主任", None)} <= found


def test_central_offices_in_a_place():
    found = posts("中国人民银行锦州市分行党委书记、行长阎立群，国家金融监督管理总局锦州监管分局局长柏晓东参加。"
                  "任命严晓彤为国家税务总局盱眙县税务局党委委员、副局长；")
    assert {("阎立群", "中国人民银行分行党委书记", "锦州市"), ("阎立群", "中国人民银行分行行长", "锦州市"),
            ("柏晓东", "国家金融监督管理总局监管分局局长", "锦州"),
            ("严晓彤", "税务局副局长", "盱眙县")} <= found
    assert not posts("中国工商银行锦州分行行长张三参加。")  # a commercial bank's head holds no post


def test_a_units_brackets_as_written(tmp_path):
    facts = snippet_facts("北辰区住建委。上半年全区筹集保障性租赁住房1860套（间），完成年度任务的77.5%。", tmp_path, "2025-08-26")
    assert (Decimal("1860"), "套（间）") in {f[:2] for f in of(facts, "北辰区")}


def test_the_same_period_in_the_whole_city_and_a_services_tally(tmp_path):
    facts = snippet_facts("天津市北辰区人民政府 部门动态\n上半年，全区商品房销售面积28.6万平方米，同比下降6.2%。"
                          "同期全市商品房销售面积下降11.3%。税务干部为纳税人解答咨询86人次，发放宣传资料1200余份。",
                          tmp_path, "2025-08-26")
    assert (None, None, Decimal("-11.3"), "2025H1", False) in of(facts, "天津市")
    assert {f[:2] for f in of(facts, "北辰区")} == {(Decimal("28.6"), "万平方米")}


def test_the_nation_setting_a_program_is_no_part_of_its_name():
    from kg.nlp.programs import find_programs
    names = {p.name for p in find_programs("市商务局将认真落实国家提振消费专项行动，用足用好“两新”政策。")}
    assert "提振消费专项行动" in names and "国家提振消费专项行动" not in names


def test_a_half_year_milestone_is_no_program():
    from kg.nlp.programs import find_programs
    assert not {p.name for p in find_programs("为实现“双过半”打下坚实基础；招商引资实现“时间过半、任务过半”。")}


def test_a_deputy_to_a_peoples_congress():
    found = posts("辉县市人民代表大会常务委员会补选庞雪莹、滑建新为新乡市第十五届人民代表大会代表；"
                  "获嘉县人民代表大会常务委员会接受宁向阳辞去新乡市第十五届人民代表大会代表职务的请求。")
    assert {("庞雪莹", "人大代表", "新乡市"), ("滑建新", "人大代表", "新乡市"), ("宁向阳", "人大代表", "新乡市")} <= found
    assert not posts("会议听取了人大代表团的意见，市人大代表大会秘书处参加。")


def test_mass_organizations_posts():
    found = posts("市人大常委会副主任、市总工会主席滕雅琴主持会议，市妇联党组书记、副主席宁海燕作工作报告，"
                  "团市委书记姜雨桐，团抚远市委书记衣宁，市科协党组书记、常务副主席邢志远参加。")
    assert {("滕雅琴", "总工会主席", None), ("宁海燕", "妇联副主席", None), ("姜雨桐", "团市委书记", None),
            ("衣宁", "团市委书记", "抚远市"), ("邢志远", "科协常务副主席", None)} <= found


def test_flood_control_headquarters_posts():
    found = posts("副县长、县防汛抗旱指挥部常务副总指挥危晓东出席。县委书记、县防汛抗旱指挥部政委饶国梁讲话。")
    assert {("危晓东", "防汛抗旱指挥部常务副总指挥", None), ("饶国梁", "防汛抗旱指挥部政委", None)} <= found


def test_rainfall_against_the_normal_year_and_health_rates():
    from kg.nlp.metrics import find_metrics

    def found(t: str) -> set[tuple]:
        return {(m.value, m.unit, m.growth) for m in find_metrics(t)}

    assert found("全县累计平均降雨量1126.8毫米，较常年同期偏多38.5%。") == {(Decimal("1126.8"), "毫米", Decimal("38.5"))}
    assert (Decimal("11.6"), "/10万", None) in found("孕产妇死亡率为11.6/10万。")
    assert found("全市人均预期寿命达到76.3岁，年满60岁的老人免费体检。") == {(Decimal("76.3"), "岁", None)}


def test_an_insurers_branch_and_a_programs_runner():
    from kg.nlp.enterprises import find_enterprises
    from kg.nlp.programs import find_programs
    names = {e.name for e in find_enterprises("中国人民财产保险股份有限公司南丰支公司已开通理赔绿色通道。")}
    assert "中国人民财产保险股份有限公司南丰支公司" in names
    programs = {p.name for p in find_programs("县农业农村局将结合实施全县蜜桔产业提升三年行动，推广水肥一体化技术。")}
    assert "蜜桔产业提升三年行动" in programs and "全县蜜桔产业提升三年行动" not in programs


def test_an_acting_head_written_both_ways_is_one_post(tmp_path):
    facts = snippet_facts("湄潭县召开会议。会议决定任命邹明辉为湄潭县人民政府副县长、代理县长。代县长邹明辉主持会议。", tmp_path)
    titles = {t for t, d, _ in held(facts, "邹明辉") if d == "湄潭县"}
    assert "代县长" in titles and "代理县长" not in titles
    alone = snippet_facts("湄潭县召开会议。会议决定任命邹明辉为湄潭县人民政府副县长、代理县长。", tmp_path)
    assert "代理县长" in {t for t, _, _ in held(alone, "邹明辉")}


def test_a_department_head_visits_a_county_level_city(tmp_path):
    facts = snippet_facts("安康市交通运输局\n7月9日，市交通运输局党组书记、局长邹立新到旬阳市调研农村公路建设工作。"
                          "安康市人大常委会副主任、旬阳市委书记柯文斌，市委副书记、市长熊 婧陪同调研。", tmp_path, "2025-07-16")
    assert ("市长", "旬阳市", True) in held(facts, "熊婧")  # a city's mayor does not accompany his own bureau head
    assert ("交通运输局局长", "安康市", True) in held(facts, "邹立新")


def test_the_boundary_check_short_cut_agrees_with_jieba():
    import jieba

    from kg.nlp.lexicon import on_word_boundaries

    def cut_at_both(text: str, start: int, end: int) -> bool:
        lo = max(0, start - 6)
        cuts, pos = {lo}, lo
        for word in jieba.lcut(text[lo : end + 6], HMM=False):
            pos += len(word)
            cuts.add(pos)
        return start in cuts and end in cuts

    text = (TESTS / "dev39" / "dev39-c-guangxi-city-major-projects-signing.txt").read_text(encoding="utf-8")
    spans = [(a, a + n) for a in range(0, len(text) - 3, 7) for n in (2, 3)]
    assert all(on_word_boundaries(text, a, b) == cut_at_both(text, a, b) for a, b in spans)


def test_a_towns_or_a_schools_whole_owns_the_figures_after_it(tmp_path):
    facts = snippet_facts("尤溪县教育局。在县第一中学，校长蒋学成介绍，今年该校本科上线率96.2%，上线268人。"
                          "西城镇党委书记卢国栋介绍，全镇今年撤并教学点3个，开通校车线路5条。"
                          "全县今年新增学位1860个。", tmp_path, "2025-09-05")
    assert {f[:2] for f in of(facts, "尤溪县")} == {(Decimal("1860"), "个")}


def test_a_legal_name_starts_at_its_place_after_a_verb_or_a_units_word():
    from kg.nlp.enterprises import find_enterprises

    def names(t: str) -> set[str]:
        return {e.name for e in find_enterprises(t)}

    assert names("项目施工单位陕西秦岭通衢路桥工程有限公司负责人介绍。") == {"陕西秦岭通衢路桥工程有限公司"}
    assert names("紫云社区引入陆良县嘉禾物业服务有限公司，探索服务。") == {"陆良县嘉禾物业服务有限公司"}
    # a place-like word that is no place here stays in the name (资源 of 再生资源, not 资源县)
    assert "湖北汉江再生资源集团有限公司" in names("湖北汉江再生资源集团有限公司的拆解线满负荷运转。")
    assert "国网浙江省电力有限公司" in names("国网浙江省电力有限公司参加。")
