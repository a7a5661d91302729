"""Rules added in session 19, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import held, posts, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent

zhangye = text_facts("zhangye", TESTS / "dev65" / "dev65-b-gansu-city-leaders-resumes.txt")


def test_a_timeline_under_a_work_resume_heading_after_the_division_of_labour(zhangye):
    # 现任…。/ 工作分工：主持市委全面工作。/ 工作简历：/ 1990.07—1996.03　白银市会宁县委办公室副主任、主任 / …
    # （其间：2014.09—2015.01　在中央党校…学习）/ 2016.12—2019.03　定西市人民政府副市长
    secretary = held(zhangye, "石永康")
    assert {("县委书记", "陇西县", False), ("副市长", "定西市", False), ("市长", "武威市", False),
            ("县委办公室主任", "会宁县", False), ("市委组织部副部长", "白银市", False)} <= {
        (t, d, False) for t, d, _ in secretary}


def test_a_promotion_in_one_organ_keeps_the_organ():
    # 白银市会宁县委办公室副主任、主任 (a career's line): the office's head, not a bare 主任
    assert ("李四", "县委办公室主任", "会宁县") in posts("会宁县委办公室副主任、主任李四")
    # the body whose head the role names, not the first 委 in the name
    assert ("李四", "市委组织部副部长", "白银市") in posts("白银市委组织部干部科科长、副部长李四")
    assert ("赵六", "公安局副局长", "天水市") in posts("天水市公安局刑侦支队副支队长、副局长赵六")


def test_a_rank_before_a_post_in_the_same_organ(zhangye):
    # 2002.07—2009.05　兰州市七里河区经济贸易局科员、副局长 (a rank is no post)
    assert ("经济贸易局副局长", "七里河区") in {(t, d) for t, d, _ in held(zhangye, "苏建军")}
    assert not any("科员" in t for t, _, _ in held(zhangye, "苏建军"))
    assert ("公安局刑侦支队副支队长", "天水市") in {(t, d) for t, d, _ in held(zhangye, "魏国栋")}


def test_resume_forms(tmp_path):
    text = ("副市长：李红梅\n姓名：李红梅\n性别：女\n出生年月：1975年8月\n职务：辽源市人民政府副市长\n"
            "工作经历：1997年7月参加工作，历任东辽县农业局科员，东辽县安石镇副镇长、镇长，东辽县人民政府副县长，"
            "辽源市农业农村局局长。\n\n"
            "王建国　市长\n\n王建国，1971年3月生，汉族，吉林梨树人，1993年7月参加工作。\n\n主要经历：\n"
            "1993年7月至1998年4月　四平市梨树县财政局科员、副局长\n2010年2月至2016年5月　四平市铁东区委副书记、区长\n\n"
            "张立新　副市长\n【简历】1992年7月参加工作，2003年任通化县快大茂镇党委书记，2009年任柳河县人民政府副县长，"
            "2016年任通化市发展和改革委员会主任。\n")
    facts = snippet_facts(text, tmp_path)
    assert {("副县长", "东辽县"), ("农业农村局局长", "辽源市"), ("副市长", "辽源市")} <= {
        (t, d) for t, d, _ in held(facts, "李红梅")}
    assert {("财政局副局长", "梨树县"), ("区长", "铁东区")} <= {(t, d) for t, d, _ in held(facts, "王建国")}
    assert {("副县长", "柳河县"), ("发展和改革委员会主任", "通化市")} <= {(t, d) for t, d, _ in held(facts, "张立新")}


HEADED_LIST = ("海东市关于表彰的决定\n二、先进个人（51名）\n\n（二）乐都区（6名）\n区委常委、常务副区长　吕国栋\n"
               "区发展和改革局局长　郭　亮\n\n（三）平安区（5名）\n区政府办公室主任　宋丽娟\n\n（四）互助土族自治县（5名）\n"
               "县委常委、宣传部部长　韩秀兰\n")


def test_a_bare_post_in_a_list_under_a_heading_is_the_headings_division(tmp_path):
    # （三）平安区（5名）/ 区政府办公室主任　宋丽娟: not the district of the heading before
    facts = snippet_facts(HEADED_LIST, tmp_path, "2025-02-26")
    assert held(facts, "宋丽娟") == {("政府办公室主任", "平安区", True)}
    assert ("发展和改革局局长", "乐都区", True) in held(facts, "郭亮")
    assert ("常务副区长", "乐都区", True) in held(facts, "吕国栋")


def test_a_list_headings_count_is_no_figure(tmp_path):
    # （二）乐都区（6名）, 二、先进个人（51名）: how many entries follow
    facts = snippet_facts(HEADED_LIST, tmp_path, "2025-02-26")
    assert facts.observations == []


haidong = text_facts("haidong", TESTS / "dev66" / "dev66-a-qinghai-city-commendation-decision.txt")


def test_a_commendation_lists_posts_and_counts(haidong):
    assert ("县委宣传部部长", "循化撒拉族自治县") in {(t, d) for t, d, _ in held(haidong, "韩秀兰")}
    assert ("政府办公室副主任", "乐都区") in {(t, d) for t, d, _ in held(haidong, "宋丽娟")}
    assert not any(o.unit in ("名", "个") and o.value in (4, 6) for o in haidong.observations
                   if o.division.name == "乐都区")


def test_a_sentence_set_in_a_town_or_village_is_theirs(tmp_path):
    # 在湄江街道田家沟村，村集体与兴茶集团合作开发茶旅项目，去年接待游客46万人次 (dev67-c)
    facts = snippet_facts("湄潭县茶产业发展报告。全县茶园面积60万亩。\n在湄江街道田家沟村，村集体与兴茶集团合作开发茶旅项目，"
                          "去年接待游客46万人次，村集体经济收入突破120万元。\n", tmp_path, "2025-06-10")
    assert {(o.division.name, o.unit) for o in facts.observations} == {("湄潭县", "万亩")}


def test_autonomous_counties_by_their_press_names():
    from kg.nlp.divisions import find_divisions

    def named(text: str) -> list[str]:
        return [c.name for d in find_divisions(text) for c in d.candidates]

    # established abbreviations no rule derives (喀左 = 喀喇沁左翼) and 各族自治县 (all its peoples)
    assert named("喀左县") == ["喀喇沁左翼蒙古族自治县"]
    assert named("阜蒙县") == ["阜新蒙古族自治县"]
    assert named("龙胜县") == ["龙胜各族自治县"]
    assert named("隆林县") == ["隆林各族自治县"]
    assert named("新疆巴州") == ["新疆维吾尔自治区", "巴音郭楞蒙古自治州"]
    assert named("浦东") == ["浦东新区"]


def test_a_single_month_before_an_event_dates_the_event():
    from kg.nlp.periods import find_periods
    import datetime as dt

    def frames(text: str) -> list[tuple[str, bool]]:
        return [(p.text, p.frames) for p in find_periods(text, dt.date(2025, 6, 10))]

    # 今年4月，我县成功承办全省茶产业博览会，活动期间集中签约茶旅项目18个 (dev67-c): no reporting period
    assert frames("今年4月，我县成功承办全省茶产业博览会，活动期间集中签约茶旅项目18个、签约金额46.2亿元。") == [("今年4月", False)]
    # a month's tally still is one
    assert frames("8月份，全县新签约招商引资项目9个、总投资32.6亿元。") == [("8月份", True)]


def test_a_name_ending_in_he_before_a_comma():
    # 县人大常委会党组书记、主任崔永和，县委常委… (dev66-b): 和 before a comma joins nothing
    assert posts("县人大常委会主任崔永和，县委常委马骁出席") == {
        ("崔永和", "人大常委会主任", None), ("马骁", "县委常委", None)}


def test_a_party_group_after_an_organs_post_is_that_organs():
    # 市人大常委会副主任、党组成员蒲建勋 (dev66-b), 市商务局局长、党组书记王刚
    assert ("蒲建勋", "人大常委会党组成员", None) in posts("市人大常委会副主任、党组成员蒲建勋率队")
    assert ("王刚", "商务局党组书记", None) in posts("市商务局局长、党组书记王刚参加")
    assert ("赵六", "发展改革委党组书记", None) in posts("市发展改革委主任、党组书记赵六参加")
    # a party committee's standing member is no organ's party group
    assert ("钱七", "县委党组书记", None) not in posts("县委常委、党组书记钱七")


def test_an_appointment_after_decided_names_no_one_called_ren():
    # ▲经局党组研究决定：任命秦雪为市统计局综合科科长 (dev68-c): 任命 is the verb, not a surname and a name
    assert {n for n, _, _ in posts("决定：任命秦雪为市统计局综合科科长。")} == {"秦雪"}


def test_a_bare_town_head_opening_a_sentence():
    # 油坊镇是…最集中的镇。镇长付晓东说，… (dev68-b)
    assert ("付晓东", "镇长", None) in posts("油坊镇是清河汽车零部件企业最集中的镇。镇长付晓东说，全镇汽配企业已达320余家")
    assert posts("城镇长远发展规划") == set()


def test_a_second_place_a_gap_is_held_against(tmp_path):
    # 增速高于全市0.8个百分点、全省1.4个百分点 (dev68-b): both gaps are the county's
    facts = snippet_facts("清河县。今年上半年，全县地区生产总值132.6亿元、增长6.7%，增速高于全市0.8个百分点、全省1.4个百分点。",
                          tmp_path, "2025-09-16")
    assert {(o.division.name, o.value) for o in facts.observations if o.unit == "个百分点"} == {
        ("清河县", Decimal("0.8")), ("清河县", Decimal("1.4"))}


def test_a_deputys_statement_after_his_posts_and_a_colon(tmp_path):
    # 市人大代表、靖安县委副书记、县长涂晓明：靖安县将…，力争全年接待游客突破1000万人次 (dev68-a)
    facts = snippet_facts("宜春市政府工作报告。\n市人大代表、靖安县委副书记、县长涂晓明：靖安县将守好绿水青山，"
                          "力争全年接待游客突破1000万人次。\n", tmp_path, "2025-01-22")
    assert {o.division.name for o in facts.observations} == {"靖安县"}


def test_a_projects_total_before_it_is_no_figure(tmp_path):
    # 总投资120亿元的鲁南储能电站项目…加快建设 (dev68-c): the project's size
    facts = snippet_facts("济宁市。前三季度，全市固定资产投资增长5.2%。总投资120亿元的鲁南储能电站项目、"
                          "总投资45亿元的济宁运河国际陆港二期项目加快建设。", tmp_path, "2025-10-24")
    assert {(o.value, o.growth) for o in facts.observations} == {(None, Decimal("5.2"))}


def test_one_job_fairs_tally_is_no_figure(tmp_path):
    # ▲近日，区人社局…举办…专场招聘会，126家企业提供岗位3800余个，现场达成就业意向620人 (dev69-c)
    facts = snippet_facts("北辰区。上半年，全区城镇新增就业1.2万人。\n▲近日，区人社局联合天津商业大学举办“才聚北辰”高校毕业生专场招聘会，"
                          "126家企业提供岗位3800余个，现场达成就业意向620人。\n", tmp_path, "2025-06-25")
    assert {(o.value, o.unit) for o in facts.observations} == {(Decimal("1.2"), "万人")}


def test_a_place_set_against_the_one_before(tmp_path):
    # …全市研发经费支出占地区生产总值比重为3.62%，而海盐县仅为2.41%，比全市低1.21个百分点 (dev69-b)
    facts = snippet_facts("嘉兴市。2024年，全市研发经费支出占地区生产总值比重为3.62%，而海盐县仅为2.41%，比全市低1.21个百分点。",
                          tmp_path, "2025-05-20")
    assert {(o.division.name, o.value) for o in facts.observations} == {
        ("嘉兴市", Decimal("3.62")), ("海盐县", Decimal("2.41")), ("海盐县", Decimal("1.21"))}


def test_lead_phrases_before_a_period_and_the_year_so_far_before_an_event_word(tmp_path):
    # 特别是去年四季度，全市规上工业增加值增长12.1% (dev69-a): the quarter frames its figure;
    # 令人振奋的是，今年以来全市已集中开工项目86个: the year so far, not the month framed before it
    facts = snippet_facts("平凉市。\n1月份，全市发电量达到28.6亿千瓦时、增长9.7%。令人振奋的是，今年以来全市已集中开工项目86个、"
                          "总投资218亿元，开局态势良好。特别是去年四季度，全市规上工业增加值增长12.1%。", tmp_path, "2025-02-12")
    assert {(o.value, o.growth, o.period) for o in facts.observations} >= {
        (Decimal("86"), None, "2025"), (None, Decimal("12.1"), "2024Q4")}


def test_a_bureaus_page_on_its_countys_site_and_a_village_after_a_year(tmp_path):
    # 西充县人民政府 / …信息来源：县农业农村局 / 局党组书记、局长何光荣… (dev70-c); …今年村集体经济收入…；村党支部书记罗长青
    facts = snippet_facts("西充县人民政府\n\n西充县农业农村局2025年工作总结\n\n发布时间：2025-12-26　　信息来源：县农业农村局\n\n"
                          "局党组书记、局长何光荣带头落实主体责任，局党组成员、副局长赵明远牵头粮食生产工作专班。\n"
                          "凤鸣镇镇长蒋丽介绍，桥亭村发展乡村民宿，今年村集体经济收入达到62万元；村党支部书记罗长青带领群众建成民宿。\n",
                          tmp_path, "2025-12-26")
    assert held(facts, "何光荣") == {("农业农村局党组书记", "西充县", True), ("农业农村局局长", "西充县", True)}
    assert ("农业农村局副局长", "西充县", True) in held(facts, "赵明远")
    assert held(facts, "罗长青") == {("桥亭村党支部书记", None, True)}


def test_a_starting_level_last_year(tmp_path):
    # 城乡居民收入比由上年的1.98缩小到1.94 (dev23), 由上年同期的1.97缩小至1.93 (dev37): both levels, each its year
    facts = snippet_facts("固始县。2024年，全县城乡居民收入比由上年的1.98缩小到1.94。\n前三季度，全县城乡居民收入比由上年同期的1.97缩小至1.93。",
                          tmp_path, "2025-11-01")
    assert {(o.value, o.period) for o in facts.observations} == {
        (Decimal("1.98"), "2023"), (Decimal("1.94"), "2024"), (Decimal("1.97"), "2024Q1-Q3"), (Decimal("1.93"), "2025Q1-Q3")}


def test_those_a_service_reached(tmp_path):
    # 今年以来，全省已为3260家中小企业开展免费诊断 (dev35); a bank's loans stay the bank's
    facts = snippet_facts("四川省。今年以来，全省已为3260家中小企业开展免费诊断。"
                          "中国农业银行四川省分行推出“技改e贷”产品，已为312户企业授信。", tmp_path, "2025-09-01")
    assert {(o.value, o.unit) for o in facts.observations} == {(Decimal("3260"), "家")}


def test_posts_in_brackets_after_a_name():
    # 伍建国（市委常委、鼎城区委书记）：我们将… (dev71-a), 任命程栩(北京市通州区副区长)为… (dev40)
    assert posts("伍建国（市委常委、鼎城区委书记）：我们将学习运用") == {
        ("伍建国", "市委常委", None), ("伍建国", "区委书记", "鼎城区")}
    assert ("程栩", "副区长", "通州区") in posts("经会议决定，任命程栩(北京市通州区副区长)为沧州市人民政府副市长")
    assert posts("项目（一期）建设") == set()


def test_an_answer_after_a_name_and_its_bracketed_posts(tmp_path):
    # 伍建国（市委常委、鼎城区委书记）：… (dev71-a's transcript form): his district's figure
    facts = snippet_facts("常德市问政。\n伍建国（市委常委、鼎城区委书记）：我们今年将新建改造供水管网120公里。\n", tmp_path, "2025-06-12")
    assert {o.division.name for o in facts.observations} == {"鼎城区"}


def test_an_obituarys_life_with_former_divisions(tmp_path):
    # 鞠维成同志1942年11月生于山东安丘,… / …历任诸城县委副书记、县委书记;…任中共临沂地委副书记、临沂地区行署专员;
    # …当选山东省第十届人大常委会副主任 (dev71-c): a life's posts, old county and prefecture names as today's
    facts = snippet_facts("鞠维成同志生平\n\n鞠维成同志1942年11月生于山东安丘，1961年8月参加工作。\n\n"
                          "1980年5月起历任诸城县委副书记、县委书记；1993年3月任中共临沂地委副书记、临沂地区行署专员；"
                          "2003年1月当选山东省第十届人大常委会副主任。\n", tmp_path, "2025-03-09")
    assert {(t, d) for t, d, _ in held(facts, "鞠维成")} >= {
        ("县委书记", "诸城市"), ("地委副书记", "临沂市"), ("行署专员", "临沂市"), ("人大常委会副主任", "山东省")}


def test_foreign_capital_arrived_is_no_meetings_attendance():
    from kg.nlp.metrics import find_metrics

    # 全年实到外资12.3亿美元、增长7.9% (dev72-a); 应到…实到 counts a meeting's attendance
    assert [(m.indicator, m.value, m.growth) for m in find_metrics("全年实到外资12.3亿美元、增长7.9%。")] == [
        ("实到外资", Decimal("12.3"), Decimal("7.9"))]
    assert find_metrics("会议应到委员35人，实到32人。") == []


def test_a_quarter_the_targets_are_for(tmp_path):
    # 要全力以赴抓好一季度，力争实现“开门红”，规上工业总产值增长7%以上 (dev72-a): the first quarter's targets
    facts = snippet_facts("松江区。要全力以赴抓好一季度，力争实现“开门红”，规上工业总产值增长7%以上。", tmp_path, "2025-01-16")
    assert {(o.growth, o.period, o.estimate) for o in facts.observations} == {(Decimal("7"), "2025Q1", True)}


def test_a_tv_programmes_own_tallies(tmp_path):
    # 节目开播前，节目组…共征集群众诉求1126条 / 本期节目现场满意度测评结果：…票占78.6% (dev71-a)
    facts = snippet_facts("常德市。今年以来，全市新开工城市更新项目38个。节目开播前，节目组通过热线电话共征集群众诉求1126条。"
                          "【现场测评】本期节目现场满意度测评结果：市住房和城乡建设局“满意”和“基本满意”票占78.6%。",
                          tmp_path, "2025-06-12")
    assert {(o.value, o.unit) for o in facts.observations} == {(Decimal("38"), "个")}
