"""Rules added in session 21, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import held, of, posts, snippet_facts, text_facts

TESTS = Path(__file__).resolve().parent

guangxi_water = text_facts("guangxi_water", TESTS / "dev57" / "dev57-c-guangxi-regional-water-resources-news.txt")


def test_what_a_work_does_for_the_places_around_it_is_no_ones_figure(guangxi_water):
    # 该水库总库容1260万立方米,目前蓄水量仅为兴利库容的34%,下游5个乡镇1.2万亩稻田用水紧张。
    # 该工程日供水能力达到2.5万吨,已为周边3个乡镇应急调水4.2万立方米。
    values = {f[:2] for place in ("广西壮族自治区", "凌云县", "田林县", "百色市") for f in of(guangxi_water, place)}
    assert not values & {(Decimal("1260"), "万立方米"), (Decimal("34"), "%"), (Decimal("5"), "个"), (Decimal("1.2"), "万亩"),
                         (Decimal("2.5"), "万吨"), (Decimal("4.2"), "万立方米")}
    # the region's own figures in the same report stay
    assert Decimal("368.4") in {f[0] for f in of(guangxi_water, "广西壮族自治区")}


def test_the_places_a_project_reaches_are_no_count_of_the_county(tmp_path):
    facts = snippet_facts("鹿寨县洛清江综合治理工程带动沿线6个村发展乡村旅游。全县新增民宿床位500张。", tmp_path)
    mine = {f[0] for f in of(facts, "鹿寨县")}
    assert Decimal("6") not in mine and Decimal("500") in mine


qihe = text_facts("qihe", TESTS / "dev79" / "dev79-c-shandong-county-leaders-enterprise-contact-list.txt")


def test_a_tables_row_of_a_name_and_its_posts(qihe):
    # 3｜邢玉海｜县人大常委会主任｜山东麦香源面业有限公司、…｜县农业农村局
    assert ("人大常委会主任", "齐河县", True) in held(qihe, "邢玉海")
    # 7｜牟晓东｜县委常委、齐河经济开发区党工委书记｜…: a chain of posts in one cell
    assert {("县委常委", "齐河县", True), ("齐河经济开发区党工委书记", None, True)} <= held(qihe, "牟晓东")
    # 14｜卞宇航｜副县长（挂职）｜…
    assert ("副县长", "齐河县", True) in held(qihe, "卞宇航")
    # no cell of enterprises or bureaus is read as a post
    assert not held(qihe, "序号")


def test_whom_a_leader_is_assigned_to_ends_the_name(qihe):
    # 改由县委常委、副县长宁方联系,名单已作相应调整
    assert held(qihe, "宁方") and not held(qihe, "宁方联系")


roundup = text_facts("roundup", TESTS / "dev79" / "dev79-b-national-site-personnel-roundup.txt")


def test_a_headlines_news_of_a_post_names_no_one(roundup):
    # 【云南】曲靖市长辞职，新任代市长曾任红河州常务副州长 / 【四川】宜宾市委书记调整，市长何振宇接任 /
    # 2023年进入赣州市委常委班子
    for word in ("辞职", "调整", "曾任红", "班子"):
        assert not held(roundup, word)


def test_the_posts_a_named_official_no_longer_holds_were_held(roundup):
    # 刘振江不再担任讷河市委书记、常委、委员职务，到龄退出领导岗位。
    assert {("市委书记", "讷河市", True), ("市委常委", "讷河市", True), ("市委委员", "讷河市", True)} <= held(roundup, "刘振江")


jiangmen = text_facts("jiangmen", TESTS / "dev80" / "dev80-a-guangdong-city-12345-hotline-monthly-report.txt")


def test_a_page_whose_source_is_an_organ_of_the_city_names_the_citys_bare_posts(jiangmen):
    # 来源：江门市政务服务和数据管理局 … 副市长何韵仪、梁俊朗、区志宏先后到市12345热线管理中心值守接听
    # (a county-level city, 鹤山市, was the paragraph's place two parts before)
    assert ("副市长", "江门市", True) in held(jiangmen, "何韵仪")
    assert ("人力资源社会保障局局长", "江门市", True) in held(jiangmen, "谭慧敏")


def test_a_county_a_part_was_about_does_not_go_on_into_the_next_part(jiangmen):
    # 三、各县（市、区）办理情况 … 鹤山市持续深化“接诉即办”… / 四、市直部门（单位）办理情况 /
    # 3月份，市直部门（单位）共承办工单2.18万件，按时办结率98.6%，满意率91.3%。
    assert (Decimal("2.18"), "万件") not in {f[:2] for f in of(jiangmen, "鹤山市")}


def test_a_table_ranked_in_its_first_column(jiangmen):
    # 排名｜县（市、区）｜承办工单（件）｜按时办结率｜满意率｜综合得分 / 4｜台山市｜6217｜99.3%｜93.5%｜96.72
    taishan = {f[:2] for f in of(jiangmen, "台山市")}
    assert {(Decimal("6217"), "件"), (Decimal("99.3"), "%"), (Decimal("93.5"), "%")} <= taishan
    assert (Decimal("96.72"), None) not in taishan  # a score, no figure
    # 排名｜单位｜… / 1｜市人力资源社会保障局｜2635｜100%｜96.2%: an organ's row is no division's
    assert not any(f[0] == Decimal("2635") for place in ("江门市", "鹤山市") for f in of(jiangmen, place))


xiaogan = text_facts("xiaogan", TESTS / "dev80" / "dev80-c-hubei-city-economic-census-bulletin.txt")


def test_a_table_spaced_with_full_width_spaces_under_a_line_of_units(xiaogan):
    # 表1　按地区分组的法人单位、产业活动单位和个体经营户 / 单位：个、%、户 /
    # 地　区　　法人单位　　比2018年末增长　　产业活动单位　　个体经营户 / 云梦县　　6127　　69.5　　7408　　33542
    yunmeng = {f[:3] for f in of(xiaogan, "云梦县")}
    assert {(Decimal("6127"), "个", Decimal("69.5")), (Decimal("7408"), "个", None), (Decimal("33542"), "户", None)} <= yunmeng


def test_growth_against_a_census_year_end_joins_its_value(xiaogan):
    # 全市第二产业和第三产业法人单位从业人员98.64万人，比2018年末增长8.4%
    assert (Decimal("98.64"), "万人", Decimal("8.4")) in {f[:3] for f in of(xiaogan, "孝感市")}


ranking = text_facts("ranking", TESTS / "dev81" / "dev81-c-wechat-city-half-year-gdp-ranking.txt")


def test_a_ranked_table_with_a_column_of_words_and_its_units_in_brackets_above(ranking):
    # 2025年上半年城市GDP 25强 / （单位：亿元；增速按可比价格计算） / 排名｜城市｜所在省份｜GDP｜同比增长 /
    # 6｜苏州｜江苏｜13402.8｜5.7%
    assert (Decimal("13402.8"), "亿元", Decimal("5.7"), "2025H1", False) in of(ranking, "苏州市")
    assert (Decimal("26386.4"), "亿元", Decimal("5.2"), "2025H1", False) in of(ranking, "上海市")


def test_the_gap_between_two_places_totals_is_no_ones_figure(ranking):
    # 被苏州甩开4246.4亿元 / 南通与西安只差30.7亿元 / 领先青岛816.1亿元 / 与广州的差距扩大到222.1亿元
    for place, value in (("南京市", "4246.4"), ("南通市", "30.7"), ("宁波市", "816.1"), ("重庆市", "222.1")):
        assert Decimal(value) not in {f[0] for f in of(ranking, place)}


incentives = text_facts("incentives", TESTS / "dev81" / "dev81-b-state-council-supervision-incentive-notice.txt")


def test_a_paragraph_headed_by_a_place_and_a_colon_is_that_places(incentives):
    # 湖北省宜昌市宜都市：推行“链长+链主”协同机制…。2024年，全市一般公共预算收入41.8亿元、增长8.6%
    # (after 浙江省金华市义乌市：…全市实现进出口总额6637.5亿元…)
    assert (Decimal("41.8"), "亿元", Decimal("8.6")) in {f[:3] for f in of(incentives, "宜都市")}
    assert (Decimal("6637.5"), "亿元", Decimal("17.8")) in {f[:3] for f in of(incentives, "义乌市")}
    # · 广东英德：副市长罗嘉欣、黄振宇调研…: a link's line headed by a place
    assert ("副市长", "英德市", True) in held(incentives, "罗嘉欣")


def test_a_legal_name_after_a_chain_of_places_or_a_place_and_its_preposition():
    from kg.nlp.enterprises import find_enterprises

    def names(text: str) -> list[str]:
        return [e.name for e in find_enterprises(text)]

    # 渭南市蒲城县陕西渭北新能源装备制造有限公司风电主机及叶片项目: where it is, then its name
    assert names("渭南市蒲城县陕西渭北新能源装备制造有限公司风电主机及叶片项目总投资42亿元；") == ["陕西渭北新能源装备制造有限公司"]
    # 宝鸡市以宝鸡华钛新材料股份有限公司（简称“华钛新材”）…项目为龙头
    assert "宝鸡华钛新材料股份有限公司" in names("宝鸡市以宝鸡华钛新材料股份有限公司（简称“华钛新材”）高端钛及钛合金材料项目为龙头，")
    # a trade name read inside a legal name is its part (商洛秦锂新能|源材料有限公司)
    assert names("商洛秦锂新能源材料有限公司锂电正极材料项目首次入选。") == ["商洛秦锂新能源材料有限公司"]
    assert "陕西鼎元汽车零部件股份有限公司" in names("陕西鼎元汽车零部件股份有限公司新能源汽车底盘系统项目入选。")


xuanhan = text_facts("xuanhan", TESTS / "dev82" / "dev82-b-sichuan-county-town-election-results.txt")


def test_a_towns_leaders_listed_under_its_heading(xuanhan):
    # 二、南坝镇 / 党委书记：杨光辉 / 党委副书记：田雨桐（镇长）、庹清泉 / 党委委员：覃玉兰、毛建军、谢春雷
    assert {("南坝镇党委副书记", None, True), ("南坝镇镇长", None, True)} <= held(xuanhan, "田雨桐")
    assert ("南坝镇党委委员", None, True) in held(xuanhan, "谢春雷")
    assert ("南坝镇党委副书记", None, True) in held(xuanhan, "庹清泉")  # (庹, a surname of 四川 and 重庆)
    # 四、樊哙镇 / 党委副书记、镇长：向雪梅; (一、普光镇 …) 党委委员：符明德、蒋　毅、…
    assert {("樊哙镇党委副书记", None, True), ("樊哙镇镇长", None, True)} <= held(xuanhan, "向雪梅")
    assert ("普光镇党委委员", None, True) in held(xuanhan, "蒋毅")


shaanxi_projects = text_facts("shaanxi_projects", TESTS / "dev82" / "dev82-c-shaanxi-provincial-major-projects-list.txt")


def test_the_years_aims_after_about_frame_the_year_and_the_year_so_far_is_no_plan(shaanxi_projects):
    # 对于今年的目标任务，雷振东说，…力争全年固定资产投资增长3%以上 (a February page after 2024's results)
    mine = of(shaanxi_projects, "陕西省")
    assert (None, None, Decimal("3"), "2025", True) in mine
    # 截至2月20日，236个新开工项目中已开工98个，开工率41.5%: this year so far, a result
    assert (Decimal("41.5"), "%", None, "2025", False) in mine


def test_a_subsidiary_and_a_count_are_no_part_of_a_companys_name():
    from kg.nlp.enterprises import find_enterprises

    # 对其在武进区的全资子公司三泽精密（常州）有限公司实施增资扩建
    text = "日本三泽精密工业株式会社追加投资1.5亿美元，对其在武进区的全资子公司三泽精密（常州）有限公司实施增资扩建"
    assert "三泽精密（常州）有限公司" in [e.name for e in find_enterprises(text)]
    # 中国建设银行广东省分行等9家银行与省工信厅签署…
    assert [e.name for e in find_enterprises("中国建设银行广东省分行等9家银行与省工信厅签署合作协议。")] == ["中国建设银行广东省分行"]


def test_a_comrade_named_after_about_and_the_governments_press_office():
    # 宣读了市委组织部关于汤海鸥同志任市公共资源交易中心党组成员、副主任，罗建新同志不再担任…的通知
    assert ("汤海鸥", "公共资源交易中心副主任", None) in posts(
        "会上还宣读了市委组织部关于汤海鸥同志任市公共资源交易中心党组成员、副主任，罗建新同志不再担任市公共资源交易中心副主任职务的通知。")
    # 省政府新闻办公室副主任郑茜主持发布会
    assert ("郑茜", "政府新闻办公室副主任", None) in {(n.replace("\u3000", ""), t, d) for n, t, d in posts(
        "省政府新闻办公室副主任郑　茜主持发布会。")}


huaining = text_facts("huaining", TESTS / "dev84" / "dev84-a-anhui-county-court-work-report.txt")


def test_a_courts_own_report_its_casework_no_figure_its_posts_the_courts(huaining):
    mine = {f[:2] for f in of(huaining, "怀宁县")}
    # 全年执结案件4268件，执行到位金额6.85亿元 / 调解成功率61.8%: the court's work
    assert not mine & {(Decimal("4268"), "件"), (Decimal("6.85"), "亿元"), (Decimal("61.8"), "%")}
    # 社会消费品零售总额142.7亿元、增长5.6%: the county's economy the report cites
    assert (Decimal("142.7"), "亿元") in mine
    # 副院长操　静、汪立峰分别带领… / 院党组成员、执行局局长疏浩然
    assert ("人民法院副院长", "怀宁县", True) in held(huaining, "汪立峰")
    assert {("人民法院党组成员", "怀宁县", True), ("人民法院执行局局长", "怀宁县", True)} <= held(huaining, "疏浩然")
    # 县委常委、政法委书记彭杰多次到院指导工作
    assert held(huaining, "彭杰") and not held(huaining, "彭杰多次")


def test_a_bare_head_of_a_hospital_is_no_post_of_a_commissions_page(tmp_path):
    text = ("天水市卫生健康委员会\n\n来源：天水市卫生健康委员会\n\n"
            "院长马文杰介绍，医院今年上半年门急诊量12.8万人次、同比增长9.6%。委党组书记、主任王刚出席。")
    facts = snippet_facts(text, tmp_path)
    assert not any(h.official == "马文杰" for h in facts.holdings)


cangzhou = text_facts("cangzhou", TESTS / "dev84" / "dev84-b-hebei-city-air-quality-monthly-bulletin.txt")


def test_a_tables_change_column_and_signed_cells(cangzhou):
    # 排名｜县（市、区）｜PM2.5（微克/立方米）｜同比（%）｜优良天数比例（%） / 1｜海兴县｜47｜-13.0｜70.0 /
    # 18｜任丘市｜67｜+4.7｜48.9
    assert (Decimal("47"), "微克/立方米", Decimal("-13.0")) in {f[:3] for f in of(cangzhou, "海兴县")}
    assert (Decimal("67"), "微克/立方米", Decimal("4.7")) in {f[:3] for f in of(cangzhou, "任丘市")}


def test_a_rankings_list_after_in_order_shares_out_its_figures(cangzhou):
    # 排名前三位的县（市、区）依次为孟村回族自治县、海兴县、南皮县，分别下降18.6%、16.4%、15.1%
    assert Decimal("-16.4") in {f[2] for f in of(cangzhou, "海兴县")}
    assert Decimal("-15.1") in {f[2] for f in of(cangzhou, "南皮县")}


shishan = text_facts("shishan", TESTS / "dev85" / "dev85-c-guangdong-provincial-daily-strong-town-feature.txt")


def test_a_towns_figures_when_its_name_ends_like_a_word(shishan):
    # 佛山市南海区狮山镇 … 去年，狮山镇实现地区生产总值1563.8亿元、同比增长6.2% (狮山 ends in 山)
    for place in ("南海区", "佛山市"):
        assert Decimal("1563.8") not in {f[0] for f in of(shishan, place)}


def test_a_town_ending_in_a_generic_word_needs_its_place_before_it():
    from kg.nlp.towns import find_towns

    # 全县新增返乡创业大学生412人: no town 新增返乡 after 县
    assert not find_towns("全县新增返乡创业大学生412人，同比增长21.5%。")
    assert [t.stem for t in find_towns("佛山市南海区狮山镇位于广佛交界。")] == ["狮山"]


xingfu = text_facts("xingfu", TESTS / "dev85" / "dev85-a-shandong-town-half-year-work-summary.txt")


def test_a_towns_own_summary_published_by_the_town_on_its_countys_site(xingfu):
    # 博兴县人民政府 / … / 发布机构：兴福镇人民政府 / 兴福镇2025年上半年工作总结…: 上半年新开工亿元以上项目6个 is the town's
    assert not {(Decimal("6"), "个"), (Decimal("1260"), "处")} & {f[:2] for f in of(xingfu, "博兴县")}


def test_names_in_brackets_after_the_organ_they_serve():
    # 责任单位：市水利局（局长温建新）、阁山镇（党委书记敖海林、镇长黄晓冬）
    found = posts("责任单位：市水利局（局长温建新）、阁山镇（党委书记敖海林、镇长黄晓冬）。")
    assert {("温建新", "水利局局长", None), ("敖海林", "阁山镇党委书记", None), ("黄晓冬", "阁山镇镇长", None)} <= found
    # 樟树经济开发区管委会（党工委副书记、管委会主任钟　斌）: two roles, one holder
    found = posts("责任单位：樟树经济开发区管委会（党工委副书记、管委会主任钟　斌）。")
    assert {("钟斌", "樟树经济开发区党工委副书记", None), ("钟斌", "樟树经济开发区管委会主任", None)} <= found


def test_he_before_a_verb_of_saying_ends_no_name():
    # 市委副书记、市长、市新能源汽车产业链链长罗清和告诉记者
    assert ("罗清和", "市长", None) in posts("市委副书记、市长、市新能源汽车产业链链长罗清和告诉记者，今年全市力争…")


yiyang = text_facts("yiyang", TESTS / "dev85" / "dev85-b-henan-county-procuratorate-work-report.txt")


def test_a_procuratorates_own_report_its_departments_and_its_casework(yiyang):
    # 第一检察部副主任刘晓琳带领未检团队… (on 宜阳县人民检察院工作报告's page)
    assert ("人民检察院第一检察部副主任", "宜阳县", True) in held(yiyang, "刘晓琳")
    # 量刑建议采纳率达97.6%, 接收群众信访312件: the procuratorate's work
    mine = {f[:2] for f in of(yiyang, "宜阳县")}
    assert not mine & {(Decimal("97.6"), "%"), (Decimal("312"), "件")}


xianju = text_facts("xianju", TESTS / "dev87" / "dev87-a-zhejiang-county-information-disclosure-annual-report.txt")


def test_a_disclosure_reports_own_counts_are_no_figures(xianju):
    # 全年通过县政府门户网站主动公开各类政府信息15826条 / 收到政府信息公开申请110件，较上年增长12.2%
    mine = {f[:2] for f in of(xianju, "仙居县")}
    assert not mine & {(Decimal("15826"), "条"), (Decimal("110"), "件"), (Decimal("486"), "万人次")}
    # 2024年前三季度，全县实现地区生产总值318.4亿元、增长6.9%: the county's own
    assert (Decimal("318.4"), "亿元") in mine


def test_a_spaced_tables_rows_keep_the_frame_before_them(xiaogan):
    # 2023年末，全市共有…法人单位6.82万个… / 表1 … / 孝南区　　16842　　58.7　　19986　　68215: 2023's
    assert (Decimal("16842"), "个", Decimal("58.7"), "2023", False) in of(xiaogan, "孝南区")


qinzhou = text_facts("qinzhou", TESTS / "dev88" / "dev88-a-guangxi-city-cppcc-work-report.txt")


def test_a_cppcc_reports_own_work_is_no_figure(qinzhou):
    # 组织218名委员联系服务企业462家 / 收集意见建议73条 / 引荐项目12个、总投资86亿元
    mine = {f[:2] for f in of(qinzhou, "钦州市")}
    assert not mine & {(Decimal("462"), "家"), (Decimal("73"), "条"), (Decimal("12"), "个")}
    # 市政协副主席、市工商联主席劳永康 (劳, a surname of 广西)
    assert ("政协副主席", "钦州市", True) in held(qinzhou, "劳永康")


ningjin = text_facts("ningjin", TESTS / "dev88" / "dev88-b-hebei-county-public-security-annual-report.txt")


def test_a_bureaus_own_party_committee_on_its_own_page(ningjin):
    # 来源：宁晋县公安局 … 局党委副书记、政委冯丽娜带头讲授专题党课 / 党委委员、政治处主任白雪松
    assert {("公安局党委副书记", "宁晋县", True), ("公安局政委", "宁晋县", True)} <= held(ningjin, "冯丽娜")
