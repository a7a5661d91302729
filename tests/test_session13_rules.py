"""Rules added in session 13, each checked on the development text whose error showed it
(texts in tests/dev26 and later, read by hand), or on the sentence itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from development_facts import figures, held, of, posts, text_facts

TESTS = Path(__file__).resolve().parent


anji = text_facts("anji", TESTS / "dev26" / "dev26-b-zhejiang-county-leaders-page.txt")
aral = text_facts("aral", TESTS / "dev26" / "dev26-a-xinjiang-corps-city-daily.txt")
hechi = text_facts("hechi", TESTS / "dev26" / "dev26-c-guangxi-city-monthly-analysis.txt")


def test_a_leaders_page_line_and_profile_give_current_and_past_posts(anji):
    # 俞岚峰　县委副书记，县人民政府县长、党组书记 / 个人简历：俞岚峰，男，…。历任德清县新市镇党委副书记、
    # 镇长，…，湖州市人民政府副秘书长，市发展和改革委员会主任等职。…现任安吉县委副书记，县人民政府县长、党组书记。
    got = held(anji, "俞岚峰")
    assert {("县委副书记", "安吉县", True), ("县长", "安吉县", True), ("政府党组书记", "安吉县", True)} <= got
    # past posts are kept undated; a bare 市 is the city the profile last named
    assert {("新市镇镇长", None, False), ("商务局局长", "德清县", False),
            ("发展和改革委员会主任", "湖州市", False), ("常务副区长", "吴兴区", False)} <= got
    assert ("发展和改革委员会主任", "安吉县", False) not in got
    # 其间挂职任丽水市景宁畲族自治县人民政府副县长: a secondment in the profile is a post too
    assert ("副县长", "景宁畲族自治县", False) in held(anji, "潘慧敏")
    # 历任湖州市吴兴区织里镇党委副书记，区委组织部副部长: every division before the town goes
    assert {("织里镇党委副书记", None, False), ("区委组织部副部长", "吴兴区", False)} <= held(anji, "吴启航")
    # 长兴县公安局党委副书记、政委: the bureau's commissar
    assert ("公安局政委", "长兴县", False) in held(anji, "郎志坚")


def test_posts_proposed_in_a_profile_are_not_held():
    text = "谭国庆，男，汉族，1977年9月生，历任安丘市商务局局长，现任昌乐县委副书记、县长，拟任县（市、区）党委书记。"
    assert posts(text) == {("谭国庆", "商务局局长", "安丘市"), ("谭国庆", "县委副书记", "昌乐县"), ("谭国庆", "县长", "昌乐县")}


def test_a_departments_division_is_part_of_the_title():
    got = posts("。现任浙江省科学技术厅成果转化与区域创新处副处长张三出席。")
    assert ("张三", "科学技术厅成果转化与区域创新处副处长", "浙江省") in got


def test_corps_farms_and_companies_are_like_towns(aral):
    # 十团党委书记、政委韩卫东; 十二连党支部书记、指导员罗小平; 免去王建军的十二团党委书记、政委职务
    assert held(aral, "韩卫东") == {("十团党委书记", None, True), ("十团政委", None, True)}
    assert held(aral, "罗小平") == {("十二连党支部书记", None, True), ("十二连指导员", None, True)}
    assert ("十二团政委", None, True) in held(aral, "王建军")


def test_an_autonomous_regions_bureau_party_post(hechi):
    # 自治区统计局党组成员、副局长陆宏远一行到我市调研
    assert {("统计局党组成员", "广西壮族自治区", True), ("统计局副局长", "广西壮族自治区", True)} <= held(hechi, "陆宏远")


def test_an_average_over_years_leaves_the_next_clause_its_period(hechi):
    # “十四五”以来,全市规模以上工业增加值年均增长7.4%,去年全年增长7.9%
    got = of(hechi, "河池市")
    assert (None, None, Decimal("7.9"), "2024", False) in got
    assert (None, None, Decimal("7.4"), None, False) in got


def test_a_district_before_a_company_named_after_its_city(hechi):
    # 主要是金城江区河池市金江化工有限公司新增产能释放
    names = {loc.enterprise for loc in hechi.locations}
    assert "河池市金江化工有限公司" in names
    assert "金城江区河池市金江化工有限公司" not in names


def test_aid_a_partner_arranges_for_the_corps_city_is_the_citys(aral):
    # 浙江累计安排师市援疆资金23.6亿元,实施援疆项目318个; 今年连队种植棉花2.6万亩 is a company's, not the city's
    got = of(aral, "阿拉尔市")
    assert (Decimal("23.6"), "亿元", None, None, False) in got
    assert (Decimal("318"), "个", None, None, False) in got
    assert not {f for f in figures(aral) if f[0] == "浙江省" and f[1] == Decimal("23.6")}
    assert not {f for f in got if f[0] == Decimal("2.6") and f[1] == "万亩"}


leshan = text_facts("leshan", TESTS / "dev27" / "dev27-b-sichuan-prefecture-party-leaders-page.txt")
xinxiang = text_facts("xinxiang", TESTS / "dev27" / "dev27-a-henan-city-npc-appointments.txt")


def test_a_profile_in_paragraphs_and_its_military_and_school_posts(leshan):
    # 历任仁寿县委副书记、县长,…,共青团四川省委副书记,…;2025年1月任乐山市人民政府副市长、代理市长 (lines of
    # their own after the profile's first); 赵国庆　市委常委、乐山军分区司令员; 现任…市委党校校长
    got = held(leshan, "何立川")
    assert {("县长", "仁寿县", False), ("共青团省委副书记", "四川省", False), ("代理市长", "乐山市", False),
            ("市长", "乐山市", True)} <= got
    assert ("军分区司令员", "乐山市", True) in held(leshan, "赵国庆")
    assert ("市委党校校长", "乐山市", True) in held(leshan, "吉克伍且")
    # 市文化广播电视和旅游局党组书记、局长: a long bureau name is inherited too
    assert ("文化广播电视和旅游局局长", "乐山市", False) in held(leshan, "周婉清")


def test_a_courts_committee_seat_and_names_listed_under_a_heading(xinxiang):
    # 贺志强为新乡市中级人民法院副院长、审判委员会委员、审判员; 聂晓峰、鲍佳宁为新乡市中级人民法院审判员
    assert {("中级人民法院审判委员会委员", "新乡市", True), ("中级人民法院审判员", "新乡市", True)} <= held(xinxiang, "贺志强")
    assert ("中级人民法院审判员", "新乡市", True) in held(xinxiang, "鲍佳宁")
    # 韦春生为新乡市人民代表大会常务委员会农业与农村工作委员会主任: the organ's usual short name
    assert ("人大常委会农业与农村工作委员会主任", "新乡市", True) in held(xinxiang, "韦春生")


def test_a_timeline_career_under_a_leaders_name_line():
    from kg.build import build_documents
    from kg.ingest.dates import Meta
    from kg.ingest.reader import document_from_text

    text = ("宜兴市人民政府\n\n领导之窗\n\n周明华　市委副书记，市人民政府市长、党组书记\n\n工作分工：主持市政府全面工作。\n\n"
            "简历：\n2003.05—2010.09　江阴市商务局副局长，无锡市锡山区委常委\n2010.09—2021.01　无锡市发展和改革委员会主任\n"
            "2021.01—　宜兴市委副书记，市人民政府市长、党组书记\n\n李秀英　副市长\n\n简历：\n"
            "2005年7月—2015年3月　溧阳市人民政府副市长\n2015年3月至今　宜兴市人民政府副市长")
    doc = document_from_text(text, Path("leaders.txt"), meta=Meta(date=dt.date(2025, 9, 15)))
    facts = build_documents([doc]).facts[0]
    assert {("商务局副局长", "江阴市", False), ("区委常委", "锡山区", False), ("发展和改革委员会主任", "无锡市", False),
            ("市长", "宜兴市", True)} <= held(facts, "周明华")
    assert ("市长", "宜兴市", False) not in held(facts, "周明华")  # the open line is held now
    assert held(facts, "李秀英") == {("副市长", "溧阳市", False), ("副市长", "宜兴市", True)}


def test_an_assemblys_own_work_counts_are_no_figures_of_its_city(xinxiang):
    # 郜怀民说,一年来,市人大常委会共召开常委会会议9次,听取审议专项工作报告26项,开展执法检查5次,…
    got = of(xinxiang, "新乡市")
    assert not {f for f in got if f[0] in (Decimal("26"), Decimal("5"), Decimal("3")) and f[1] in ("项", "次", "件")}


def test_a_banks_branch_is_an_enterprise_the_central_banks_is_not():
    from kg.nlp.enterprises import find_enterprises

    names = {e.name for e in find_enterprises("吉林银行四平分行、中国建设银行四平分行与企业签约。中国人民银行四平市分行召开会议。")}
    assert {"吉林银行四平分行", "中国建设银行四平分行"} <= names
    assert not any("人民银行" in n for n in names)


def test_a_division_of_labour_names_no_program():
    from kg.nlp.programs import find_programs

    names = {p.name for p in find_programs("负责发展改革、财政、税务方面工作。分管深化改革工作。协助负责农村综合改革工作。")}
    assert names == {"农村综合改革"}


zibo_zone = text_facts("zibo_zone", TESTS / "dev28" / "dev28-c-shandong-hightech-zone-site.txt")
qiyang = text_facts("qiyang", TESTS / "dev28" / "dev28-a-hunan-county-discipline-site.txt")


def test_a_zones_own_site_its_posts_and_its_figures(zibo_zone):
    # 淄博高新技术产业开发区管理委员会 heads the page; 高新区党工委副书记、管委会主任路宏伟主持会议;
    # 前三季度,全区规上工业营业收入完成1286.4亿元,同比增长9.6%: 全区 is the zone, its figures 淄博's
    assert {("淄博高新区党工委副书记", None, True), ("淄博高新区管委会主任", None, True)} <= held(zibo_zone, "路宏伟")
    assert (Decimal("1286.4"), "亿元", Decimal("9.6"), "2025Q1-Q3", False) in of(zibo_zone, "淄博市")
    assert not of(zibo_zone, "张店区") & {(Decimal("1286.4"), "亿元", Decimal("9.6"), "2025Q1-Q3", False)}


def test_a_discipline_commissions_casework_is_no_figure_and_former_posts_hold(qiyang):
    # 今年1-9月,全市各级纪检监察机关共受理信访举报526件次,…立案263件,同比增长14.8%; …收受…购物卡,价值1.8万元
    got = of(qiyang, "祁阳市")
    assert not {f for f in got if f[0] in (Decimal("526"), Decimal("263"), Decimal("1.8"), Decimal("3180"))}
    assert (Decimal("13.6"), "亿元", Decimal("4.2"), "2025Q1-Q3", False) in got  # 一般公共预算收入完成13.6亿元
    # 八宝镇党委原书记何立新; 2.市农业农村局原党组成员、副局长雷振华; 1.八宝镇白果村党支部原书记、村委会原主任唐运生
    assert ("八宝镇党委书记", None, False) in held(qiyang, "何立新")
    assert {("农业农村局党组成员", "祁阳市", False), ("农业农村局副局长", "祁阳市", False)} <= held(qiyang, "雷振华")
    assert {("白果村党支部书记", None, False), ("白果村村委会主任", None, False)} <= held(qiyang, "唐运生")
    assert ("大忠桥镇党委书记", None, False) in held(qiyang, "陈光明")  # 时任大忠桥镇党委书记陈光明: held then


def test_a_padded_name_whatever_word_follows():
    assert ("邢 丽", "区长", None) in posts("。区委副书记、区长邢 丽告诉记者，美兰区将推动发展。")
    assert ("程 颖", "县委组织部部长", "常山县") in posts("。市委常委、组织部部长黄 璐与常山县委常委、组织部部长程 颖签订协议。")


meitan = text_facts("meitan", TESTS / "dev28" / "dev28-b-guizhou-county-chronicle.txt")


def test_a_chronicles_note_a_years_targets_and_a_ranks_move(meitan):
    # 12月大事将在《湄潭年鉴（2026）》中补录 frames nothing; 会议确定2025年全县主要预期目标:地区生产总值增长6.5%左右
    got = of(meitan, "湄潭县")
    assert (None, None, Decimal("6.5"), "2025", True) in got
    assert not {f for f in got if f[3] == "2025M12-M12"}
    # 位列第63位,较上年提升5位: places in a ranking
    assert not {f for f in got if f[1] == "位"}


def test_a_foreign_country_before_a_company_is_no_part_of_its_name():
    from kg.nlp.enterprises import find_enterprises

    names = {e.name for e in find_enterprises("韩国世宏化学株式会社与山东鲁维新材料科技股份有限公司合资建设项目。香港嘉禾国际投资有限公司签约。")}
    assert {"世宏化学株式会社", "山东鲁维新材料科技股份有限公司", "香港嘉禾国际投资有限公司"} <= names


xinhe = text_facts("xinhe", TESTS / "dev29" / "dev29-b-jiangsu-town-site.txt")
wuchang = text_facts("wuchang", TESTS / "dev29" / "dev29-c-heilongjiang-city-work-bulletin.txt")


def test_a_towns_own_site_keeps_its_figures_out_and_names_its_posts(xinhe):
    # 沭阳县新河镇人民政府 heads the page: 全镇…确保全年工业开票销售突破65亿元 is the town's, no division's
    got = of(xinhe, "沭阳县")
    assert not {f for f in got if f[0] in (Decimal("65"), Decimal("2.2"))}
    # 会议通报,前三季度,全县…。…会议要求,确保全年规上工业增加值增长8%以上: the county's, named in its paragraph
    assert (None, None, Decimal("8"), "2025", True) in got
    # 选举程子航为新河镇人民政府镇长; 镇党委委员、组织委员韩冰; 在花园村,村党总支书记…武建华; 省派驻解桥村第一书记
    assert ("新河镇镇长", None, True) in held(xinhe, "程子航")
    assert ("新河镇党委组织委员", None, True) in held(xinhe, "韩冰")
    assert ("花园村党总支书记", None, True) in held(xinhe, "武建华")
    assert ("解桥村第一书记", None, True) in held(xinhe, "钱思远")


def test_a_slogan_a_towns_ethnic_name_and_a_companys_short_name(wuchang):
    # 深入践行“冰天雪地也是金山银山”理念: no 金山区; 民乐朝鲜族乡乡长朴成哲; (以下简称“五常城投”) is no program
    assert "金山区" not in {m.label for m in wuchang.mentions if m.kind == "division"}
    assert ("民乐朝鲜族乡乡长", None, True) in held(wuchang, "朴成哲")
    assert "五常城投" not in {m.label for m in wuchang.mentions if m.kind == "program"}


def test_a_corps_citys_bureau_and_a_commissions_head_after_its_party_group():
    # 任命李娜为师市商务局局长; 免去其师市发展改革委党组书记、主任职务; 市发展改革委党组书记、主任王五
    got = posts("日前，师市党委研究决定：任命张宏伟为十二团党委书记，免去其师市发展改革委党组书记、主任职务；任命李娜为师市商务局局长；")
    assert {("李娜", "商务局局长", None), ("张宏伟", "发展改革委主任", None)} <= got
    assert ("王五", "发展改革委主任", None) in posts("。市发展改革委党组书记、主任王五出席。")


def test_a_slowdown_in_points_is_written_as_it_stands(hechi):
    # 1-7月,…增长8.6%,增速比上半年回落0.4个百分点 (as 收窄 is: dev26-c and dev28-b write it unsigned)
    got = of(hechi, "河池市")
    assert (Decimal("0.4"), "个百分点", None, "2025M1-M7", False) in got
    assert not {f for f in got if f[0] == Decimal("-0.4")}
