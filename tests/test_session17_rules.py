"""Rules added in session 17, each checked on the development text whose error showed it
(read by hand), or on the sentence itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from development_facts import held, of, text_facts

from kg.nlp.enterprises import find_enterprises

TESTS = Path(__file__).resolve().parent


def names(text: str) -> list[str]:
    return [e.name for e in find_enterprises(text)]


def test_building_before_a_legal_form_is_the_business_scope():
    # dev45-c: 启动仪式上，云南珠源建设集团有限公司、宣威市…; dev45-b: …、福建华建恒泰建设集团有限公司承建
    assert "云南珠源建设集团有限公司" in names("启动仪式上，云南珠源建设集团有限公司、宣威市兴达火腿食品有限公司签约。")
    assert names("投资建设、福建华建恒泰建设集团有限公司承建，总投资2.35亿元。") == ["福建华建恒泰建设集团有限公司"]
    # 建设 alone before the form names no company
    assert names("推动建设有限公司") == []


def test_an_insurers_branch_after_its_company_goes_on_with_the_branch():
    # dev42-a: 深化与中国出口信用保险公司浙江分公司等机构合作
    assert names("深化与中国出口信用保险公司浙江分公司等机构合作。") == ["中国出口信用保险公司浙江分公司"]


def test_a_leader_meets_a_company_the_verb_and_the_country_are_no_part_of_it():
    # dev42-a: 县长黄立新会见新加坡瑞洋集团客人
    assert names("三门县委副书记、县长黄立新会见新加坡瑞洋集团客人，双方进行深入交流。") == ["瑞洋集团"]


def test_a_preposition_jieba_glued_to_a_name_is_cut_off():
    # dev43-c: 该项目由辰兴集团负责实施 (jieba: 由辰兴/nr)
    assert names("宜兴埠镇党委书记庞春雷介绍，该项目由辰兴集团负责实施，总建筑面积42.8万平方米。") == ["辰兴集团"]


longhui = text_facts("longhui", TESTS / "dev46" / "dev46-a-hunan-county-npc-standing-committee-news.txt")


def test_committees_of_the_congress_and_their_members(longhui):
    # 县人大常委会委员、农业与农村工作委员会副主任奉小军 (奉: a 湖南 surname)
    assert {("人大常委会委员", "隆回县", True), ("人大常委会农业与农村工作委员会副主任", "隆回县", True)} <= held(longhui, "奉小军")
    # 县人大财政经济委员会主任委员陈少华
    assert ("人大财政经济委员会主任委员", "隆回县", True) in held(longhui, "陈少华")
    # 任免名单: 胡　婷为隆回县人民代表大会财政经济委员会副主任委员；段志明为…社会建设委员会委员；
    assert ("人大财政经济委员会副主任委员", "隆回县", True) in held(longhui, "胡婷")
    assert ("人大社会建设委员会委员", "隆回县", True) in held(longhui, "段志明")


def test_a_list_line_of_padded_names_under_one_post(longhui):
    # 贺　丽、石俊杰为隆回县人民法院审判员；
    assert ("人民法院审判员", "隆回县", True) in held(longhui, "贺丽")
    assert ("人民法院审判员", "隆回县", True) in held(longhui, "石俊杰")


quzhou = text_facts("quzhou", TESTS / "dev46" / "dev46-b-zhejiang-provincial-leader-inspection-tour.txt")


def test_after_a_member_who_heads_a_city_below_the_next_head_is_that_citys(quzhou):
    # 衢州市委常委、江山市委书记祝海涛，市委副书记、市长曹亮介绍: 衢州's own mayor would come first
    assert {("市委副书记", "江山市", True), ("市长", "江山市", True)} <= held(quzhou, "曹亮")
    assert ("市委书记", "江山市", True) in held(quzhou, "祝海涛")


linyi = text_facts("linyi", TESTS / "dev46" / "dev46-c-shandong-city-cppcc-session-news.txt")


def test_a_sentence_opened_by_a_divisions_own_body_is_about_that_division(linyi):
    # ▲1月7日，政协临沂市河东区第十届委员会第四次会议闭幕。会议选举任　洁为区政协副主席。区委书记丁昊然…
    assert ("政协副主席", "河东区", True) in held(linyi, "任洁")
    assert ("区委书记", "河东区", True) in held(linyi, "丁昊然")


def test_democratic_parties_and_the_cppcc_written_before_its_place(linyi):
    # 市政协常委、民革临沂市委会主委萧伟东; 农工党临沂市委会主委、市卫生健康委副主任吕春光
    assert {("政协常委", "临沂市", True), ("民革市委会主委", "临沂市", True)} <= held(linyi, "萧伟东")
    assert ("农工党市委会主委", "临沂市", True) in held(linyi, "吕春光")
    # 会议同意闫志刚因工作变动辞去政协临沂市第十五届委员会常务委员职务
    assert ("政协常委", "临沂市", True) in held(linyi, "闫志刚")


def test_the_whole_before_a_word_opening_with_min_is_still_the_whole(linyi):
    # (the paragraph before was 兰山区's) 截至2024年底，全市民营经营主体达到158.6万户: 全市|民营, not 全|市民
    assert (Decimal("158.6"), "万户") in {f[:2] for f in of(linyi, "临沂市")}
    assert (Decimal("158.6"), "万户") not in {f[:2] for f in of(linyi, "兰山区")}


def test_a_cppccs_own_work_is_no_figure_of_its_division(linyi):
    # 报送社情民意信息412篇, 被全国政协采用9篇, 建成委员工作室146个, 协商决定增补孙宝刚等12人
    values = {f[:2] for f in of(linyi, "临沂市")}
    assert not values & {(Decimal("412"), "篇"), (Decimal("9"), "篇"), (Decimal("146"), "个"), (Decimal("12"), "人")}


def test_a_banks_figures_after_its_officers_lead_are_the_banks(linyi):
    # 市政协委员、中国农业银行临沂分行行长单玉峰介绍，该行去年新增涉农贷款86亿元
    assert (Decimal("86"), "亿元") not in {f[:2] for f in of(linyi, "临沂市")}


def test_a_figure_each_of_a_list_of_places_holds_with_each_inside_the_indicator():
    from kg.nlp.metrics import find_metrics

    found = find_metrics("各县区争先进位，兰山区、罗庄区地区生产总值预计分别突破1300亿元、680亿元，沂水县、兰陵县、莒南县增速预计均在6%以上。", [])
    each = {(m.division_text, m.growth, m.bound) for m in found if m.growth is not None}
    assert each == {(d, Decimal("6"), "atLeast") for d in ("沂水县", "兰陵县", "莒南县")}


weiyuan = text_facts("weiyuan", TESTS / "dev47" / "dev47-a-gansu-county-rural-revitalisation-news.txt")


def test_a_villages_resident_work_team_and_its_leader(weiyuan):
    # 召回路园镇马家坪村驻村工作队队员刘瑞; 莲峰镇寺坪村第一书记、驻村工作队队长马晓燕
    assert ("马家坪村驻村工作队队员", None, True) in held(weiyuan, "刘瑞")
    assert {("寺坪村第一书记", None, True), ("寺坪村驻村工作队队长", None, True)} <= held(weiyuan, "马晓燕")


def test_a_pronoun_opens_no_villages_name(weiyuan):
    # …被选派到杏园村…。他和村党支部书记、村委会主任王福成一道…: 杏园村's, not a village 他和村
    assert {("杏园村党支部书记", None, True), ("杏园村村委会主任", None, True)} <= held(weiyuan, "王福成")


shangrao = text_facts("shangrao", TESTS / "dev47" / "dev47-b-jiangxi-development-zone-signing-news.txt")


def test_a_zones_departments_on_its_own_page(shangrao):
    # 孔令韬同志任经开区招商局局长，免去其经开区企业服务中心主任职务 (on 上饶经开区's own page)
    assert {("上饶经开区招商局局长", None, True), ("上饶经开区企业服务中心主任", None, True)} <= held(shangrao, "孔令韬")
    # …招商局局长: a bureau, not the 招商局 group
    assert "招商局" not in {m.key for m in shangrao.mentions if m.kind == "enterprise"}


def test_a_trade_name_before_its_own_quarter_or_verb():
    assert names("龙头企业晶澜光伏一季度产值增长45.3%，锐驰汽车新增订单12.6亿元。") == ["晶澜光伏", "锐驰汽车"]
    assert names("位于猇亭区的瀚睿智能深耕高端数控装备；落户枝江经济开发区的枝扬新能源拥有发明专利84件。") == ["瀚睿智能", "枝扬新能源"]


def test_a_companys_figures_after_its_trade_name_are_its_own(shangrao):
    # 龙头企业晶澜光伏一季度产值增长45.3%，锐驰汽车新增订单12.6亿元
    assert not {f for f in of(shangrao, "上饶市") if f[1] == Decimal("12.6") or f[2] == Decimal("45.3")}


def test_a_villages_whole_before_a_word_opening_with_dang(weiyuan):
    # 今年，全村党参种植面积达到2100亩: the village's (党参, no party organ)
    assert (Decimal("2100"), "亩") not in {f[:2] for f in of(weiyuan, "渭源县")}


santai = text_facts("santai", TESTS / "dev48" / "dev48-a-sichuan-county-party-plenum-news.txt")


def test_a_decisions_posts_left_joined_and_held_before(santai):
    # 文永强同志不再担任中共三台县委常委、委员和县纪委书记职务 (no one named 和县纪)
    assert {("县委常委", "三台县", True), ("县委委员", "三台县", True), ("纪委书记", "三台县", True)} <= held(santai, "文永强")
    assert "和县纪" not in {h.official for h in santai.holdings}
    # 付明亮同志任中共江油市委委员、常委，不再担任中共三台县委常委、委员职务
    assert {("市委常委", "江油市", True), ("县委常委", "三台县", True)} <= held(santai, "付明亮")
    # 何春梅同志（原任绵阳市游仙区委常委、组织部部长）任中共三台县委委员、常委: the bracket's posts once held
    assert {("区委组织部部长", "游仙区", False), ("县委常委", "三台县", True)} <= held(santai, "何春梅")


yantai_customs = text_facts("yantai_customs", TESTS / "dev48" / "dev48-c-shandong-city-customs-trade-release.txt")


def test_a_second_item_of_a_page_starts_from_the_pages_place(yantai_customs):
    # 又讯（记者 王 璐）7月18日，市委常委、副市长臧立军带队到福山区、招远市调研… (after a 龙口 paragraph)
    assert {("市委常委", "烟台市", True), ("副市长", "烟台市", True)} <= held(yantai_customs, "臧立军")


def test_a_customs_offices_posts_are_its_citys(yantai_customs):
    # 烟台海关党委书记、关长鞠振宇; 出席发布会的龙口海关关长曲海涛
    assert {("海关党委书记", "烟台市", True), ("海关关长", "烟台市", True)} <= held(yantai_customs, "鞠振宇")
    assert ("海关关长", "龙口市", True) in held(yantai_customs, "曲海涛")


def test_a_visit_scene_inside_the_city_holds_the_bare_posts_after_it(yantai_customs):
    # 在招远市，臧立军来到…，市委副书记、市长隋国栋陪同。隋国栋介绍，上半年，全市轮胎出口1280万条
    assert ("市长", "招远市", True) in held(yantai_customs, "隋国栋")
    assert (Decimal("1280"), "万条") in {f[:2] for f in of(yantai_customs, "招远市")}


jiangmen = text_facts("jiangmen", TESTS / "dev48" / "dev48-b-guangdong-city-private-enterprise-symposium.txt")


def test_those_who_join_a_visit_come_with_the_visitors(jiangmen):
    # (the city's leaders visit 鹤山市) 市委常委、统战部部长谭慧敏，市政协副主席、市工商联主席余卓坤参加调研
    assert {("市委常委", "江门市", True), ("市委统战部部长", "江门市", True)} <= held(jiangmen, "谭慧敏")
    assert ("工商联主席", "江门市", True) in held(jiangmen, "余卓坤")


def test_a_press_conferences_answer_speaks_for_the_speakers_place(yantai_customs):
    # 于海燕回答，…今年以来，全市签发各类原产地证书4.6万份 (she is 市商务局副局长 of 烟台市)
    assert (Decimal("4.6"), "万份") in {f[:2] for f in of(yantai_customs, "烟台市")}
    assert (Decimal("4.6"), "万份") not in {f[:2] for f in of(yantai_customs, "龙口市")}


def test_a_price_per_unit_written_before_it_and_a_fall_in_price():
    from kg.nlp.metrics import find_metrics

    found = find_metrics("其中铁矿砂进口1986.5万吨，减少5.1%，进口均价每吨718.6元，下跌12.3%；", [])
    assert ("进口均价", Decimal("718.6"), "元/吨", Decimal("-12.3")) in {(m.indicator, m.value, m.unit, m.growth) for m in found}


def test_a_zone_listed_among_places_stands_for_the_city_its_name_opens_with():
    from kg.nlp.metrics import find_metrics

    found = find_metrics("分区域看，上半年，烟台经济技术开发区、莱州市、招远市进出口分别为698.5亿元、186.2亿元、172.4亿元。", [])
    assert {(m.division_text, m.value) for m in found} == {
        ("烟台", Decimal("698.5")), ("莱州市", Decimal("186.2")), ("招远市", Decimal("172.4"))}


bencha = text_facts("bencha", TESTS / "dev49" / "dev49-c-jiangsu-town-peoples-congress-news.txt")


def test_a_towns_government_work_report_is_the_towns(bencha):
    # 镇党委副书记、代镇长季晓东代表镇人民政府作政府工作报告。报告指出，2024年，全镇上下…。全年实现地区生产总值86.7亿元
    assert (Decimal("86.7"), "亿元") not in {f[:2] for f in of(bencha, "如东县")}


def test_a_role_at_the_session_is_no_post_and_ends_no_chain(bencha):
    # 县委委员、镇党委书记、大会主席团常务主席缪志宏主持会议; 镇人大主席冒丽华 (冒: a 南通 surname)
    assert {("县委委员", "如东县", True), ("栟茶镇党委书记", None, True)} <= held(bencha, "缪志宏")
    assert ("栟茶镇人大主席", None, True) in held(bencha, "冒丽华")


def test_a_provinces_survey_corps():
    from kg.nlp.divisions import find_divisions
    from kg.nlp.posts import post_chain

    text = "国家统计局河南调查总队副总队长祁慧敏介绍情况。"
    chain = post_chain(text, 0, {d.start: d for d in find_divisions(text) if d.candidates})
    assert [(p.title, p.division.surface) for p in chain] == [("国家统计局调查总队副总队长", "河南")]


def test_a_provinces_name_opening_a_zones_is_no_mention_of_the_province():
    from kg.nlp.divisions import find_divisions

    assert find_divisions("江苏洋口港经济开发区全年完成规上工业总产值652.3亿元") == []
    assert [d.surface for d in find_divisions("浙江省宁波市")] == ["浙江省", "宁波市"]


henan = text_facts("henan", TESTS / "dev49" / "dev49-b-henan-provincial-statistics-quarterly-release.txt")


def test_an_airport_named_after_its_city_reports_the_citys_figures(henan):
    # 前三季度，全省快递业务量53.6亿件…；郑州机场货邮吞吐量62.8万吨，增长18.9%
    assert (Decimal("62.8"), "万吨", Decimal("18.9")) in {f[:3] for f in of(henan, "郑州市")}


def test_a_cooperatives_and_a_villages_own_accounts(bencha):
    # 海丰紫菜专业合作社理事长范春燕建议…，她介绍，合作社去年带动社员312户 (海丰 is the cooperative's name)
    # 代表、华兴村党总支书记、村委会主任陈国富发言说，去年村集体经营性收入达到186万元
    found = {(o.division.name, o.value, o.unit) for o in bencha.observations}
    assert not found & {("海丰县", Decimal("312"), "户"), ("如东县", Decimal("312"), "户"), ("如东县", Decimal("186"), "万元")}


anshan_soe = text_facts("anshan_soe", TESTS / "dev50" / "dev50-a-liaoning-city-soe-news.txt")


def test_a_commissions_party_committee_and_its_members_listed_after_its_head(anshan_soe):
    # 市国资委党委书记、主任邵振国 (国资委党委, then the commission's own 主任)
    assert {("国资委党委书记", "鞍山市", True), ("国资委主任", "鞍山市", True)} <= held(anshan_soe, "邵振国")
    # 市国资委党委副书记、副主任金海燕，党委委员、副主任栾志刚、宫丽娜、鄂成林，副主任朴成勋，二级巡视员关丽华
    assert {("国资委党委委员", "鞍山市", True), ("国资委副主任", "鞍山市", True)} <= held(anshan_soe, "宫丽娜")
    assert ("国资委副主任", "鞍山市", True) in held(anshan_soe, "朴成勋")
    assert ("国资委二级巡视员", "鞍山市", True) in held(anshan_soe, "关丽华")


wuping = text_facts("wuping", TESTS / "dev50" / "dev50-b-fujian-county-river-chief-news.txt")


def test_river_and_forest_chiefs(wuping):
    # 县委书记、县级总河长、县级总林长饶建清主持会议
    assert {("县委书记", "武平县", True), ("县级总河长", "武平县", True), ("县级总林长", "武平县", True)} <= held(wuping, "饶建清")
    # …蕉岭县副县长、石窟河县级河长古耀明: the chief of a river, titled without the river
    assert ("县级河长", "蕉岭县", True) in held(wuping, "古耀明")


def test_a_pages_home_is_its_own_place_when_its_first_source_names_none(anshan_soe):
    # 来源：市国资委办公室 (first items) … 来源：海城市融媒体中心 (a later item) … 简讯 ▲市国资委统计，1-7月，
    # 市属国有企业实现营业收入372.9亿元: the page's city's, not 海城市's
    assert (Decimal("372.9"), "亿元") in {f[:2] for f in of(anshan_soe, "鞍山市")}
    assert (Decimal("372.9"), "亿元") not in {f[:2] for f in of(anshan_soe, "海城市")}


def test_a_companys_relation_and_an_officers_title_are_no_part_of_its_name():
    assert names("原鞍山城投集团副总经理沈默任鞍山市水务集团有限公司党委副书记。") == ["鞍山城投集团", "鞍山市水务集团有限公司"]
    assert names("所属辽宁鞍信供应链管理有限公司1-7月实现供应链服务收入") == ["辽宁鞍信供应链管理有限公司"]
    assert names("全市将原有17户市属一级企业整合为9户集团。") == []


def test_a_signings_credit_and_a_duty_s_frequency_are_no_figures():
    from kg.nlp.metrics import find_metrics

    signed = find_metrics("中国农业银行馆陶县支行等9家金融机构与32家企业现场签约，授信金额9.6亿元。", [])
    assert Decimal("9.6") not in {m.value for m in signed}
    assert find_metrics("要压实各级河长责任，县级河长每季度巡河不少于1次。", []) == []


guantao = text_facts("guantao", TESTS / "dev50" / "dev50-c-hebei-county-weekly-roundup.txt")


def test_a_visitor_speaking_of_his_whole_speaks_for_his_city(guantao):
    # 邯郸市委常委、常务副市长耿海波带队来我县调研…。耿海波指出，今年以来，全市…前三季度规模以上工业增加值增长7.9%
    assert Decimal("7.9") in {f[2] for f in of(guantao, "邯郸市")}
    assert Decimal("7.9") not in {f[2] for f in of(guantao, "馆陶县")}


def test_a_programs_name_opening_with_a_word_of_market_keeps_it():
    from kg.nlp.programs import find_programs

    assert [p.name for p in find_programs("就深化市场采购贸易方式试点、发展跨境电商等提出建议27条。")] == ["市场采购贸易方式试点"]


taihe = text_facts("taihe", TESTS / "dev51" / "dev51-a-jiangxi-county-discipline-commission-page.txt")
rizhao = text_facts("rizhao", TESTS / "dev51" / "dev51-b-shandong-city-foreign-affairs-news.txt")


def test_a_career_line_after_a_blank_line_and_a_short_office_before_its_party_group(taihe, rizhao):
    # 刘振邦，男，…加入中国共产党。(blank line) 历任吉安县永和镇党委副书记、镇长，…万安县委常委、常务副县长，…
    assert {("县委组织部部长", "吉安县", False), ("常务副县长", "万安县", False)} <= held(taihe, "刘振邦")
    # 市外办党组书记、主任庄雨辰
    assert {("外办党组书记", "日照市", True), ("外办主任", "日照市", True)} <= held(rizhao, "庄雨辰")


def test_a_foreign_citys_official_holds_no_post_of_ours(rizhao):
    # 市长高文琛…会见了由韩国庆尚南道统营市副市长朴正勋率领的友好代表团一行
    assert "朴正勋" not in {h.official for h in rizhao.holdings}


def test_building_with_more_scope_words_before_the_legal_form():
    assert names("1.江西泰和城市建设投资集团有限公司（以下简称“县城投集团”）原党委委员违规收受礼金问题。")[0] == "江西泰和城市建设投资集团有限公司"


dangshan = text_facts("dangshan", TESTS / "dev52" / "dev52-a-anhui-county-party-secretary-interview.txt")


def test_an_interviews_answer_speaks_for_the_answerers_place(dangshan):
    # ——访宿州市委常委、砀山县委书记孟庆川 … 孟庆川：…城乡居民人均可支配收入分别达到38620元、19870元
    assert (Decimal("38620"), "元") in {f[:2] for f in of(dangshan, "砀山县")}
    assert (Decimal("38620"), "元") not in {f[:2] for f in of(dangshan, "宿州市")}


def test_a_columns_dotted_title_and_the_verb_tan_are_no_names(dangshan):
    # 【县委书记访谈·奋战收官年】; 请县委书记谈思路、谈举措、谈目标
    assert not {h.official for h in dangshan.holdings} & {"访谈·奋战收官年", "谈思路", "谈举措", "谈目标"}


jiaxing = text_facts("jiaxing", TESTS / "dev52" / "dev52-b-zhejiang-city-trade-in-subsidy-news.txt")


def test_a_section_head_of_the_pages_organ_written_in_full(jiaxing):
    # 据市商务局市场运行和消费促进处处长马　琰介绍 (on 嘉兴市商务局's page)
    assert held(jiaxing, "马琰") == {("商务局市场运行和消费促进处处长", "嘉兴市", True)}


def test_a_count_of_works_is_no_programs_name():
    from kg.nlp.programs import find_programs

    text = "“十四五”以来，全县累计实施治理工程23项，元阳城投承建了其中9项治理工程。"
    assert not any(p.name[0].isdigit() for p in find_programs(text))


def test_an_organ_of_a_division_as_the_source_speaks_for_it(tmp_path):
    # (on 旬阳市's page) 据安康市统计局消息，今年以来全市…: 全市 is 安康市, the source's city
    from development_facts import snippet_facts

    facts = snippet_facts("旬阳市人民政府\n\n旬阳市召开会议。据安康市统计局消息，今年以来全市旅游收入68.4亿元。", tmp_path, "2025-10-09")
    assert (Decimal("68.4"), "亿元") in {f[:2] for f in of(facts, "安康市")}


def test_the_places_a_division_is_ranked_among_are_no_count_of_its_own():
    from kg.nlp.metrics import find_metrics

    found = find_metrics("上半年，全县实现地区生产总值68.42亿元，同比增长6.1%（增速在全市11个县（区）中排第3位）。", [])
    assert [(m.value, m.unit) for m in found] == [(Decimal("68.42"), "亿元")]


def test_a_ridge_named_like_a_place_is_the_ridge():
    from kg.nlp.divisions import find_divisions

    assert find_divisions("▲9月28日，卧龙岭生态旅游区通过国家3A级旅游景区评定。") == []


chongyang = text_facts("chongyang", TESTS / "dev54" / "dev54-a-hubei-county-cadre-appointments-page.txt")


def test_a_county_notice_of_town_and_bureau_posts(chongyang):
    # 金学军、甘露同志任县交通运输局副局长
    assert ("交通运输局副局长", "崇阳县", True) in held(chongyang, "甘露")
    # 付国平同志任崇阳经济开发区管委会副主任（正科级），免去其中共桂花泉镇委员会副书记、桂花泉镇人民政府镇长职务
    assert {("桂花泉镇党委副书记", None, True), ("桂花泉镇镇长", None, True)} <= held(chongyang, "付国平")
    # 免去刘长江同志的中共白霓镇委员会书记职务
    assert ("白霓镇党委书记", None, True) in held(chongyang, "刘长江")


def test_an_inspection_teams_leader(tmp_path):
    from development_facts import snippet_facts

    facts = snippet_facts("信阳市委召开会议。反馈会议前，省委第三巡视组组长詹国威向市委书记黎振邦反馈了巡视情况。", tmp_path, "2025-11-05")
    assert ("省委第三巡视组组长", "河南省", True) in held(facts, "詹国威")


hunan_press = text_facts("hunan_press", TESTS / "dev55" / "dev55-a-hunan-provincial-press-conference.txt")


def test_a_departments_spokesman_and_its_deputies_listed_after_him(hunan_press):
    # 省农业农村厅党组成员、副厅长、新闻发言人龙建国，副厅长彭丽君、戴永胜，一级巡视员覃德厚
    assert ("农业农村厅新闻发言人", "湖南省", True) in held(hunan_press, "龙建国")
    assert ("农业农村厅副厅长", "湖南省", True) in held(hunan_press, "戴永胜")
    assert ("农业农村厅一级巡视员", "湖南省", True) in held(hunan_press, "覃德厚")


taizhou = text_facts("taizhou", TESTS / "dev55" / "dev55-b-jiangsu-city-peoples-congress-session.txt")


def test_a_congress_delegations_meeting_holds_its_divisions_bare_posts(taizhou):
    # 泰州医药高新区（高港区）代表团审议时，党工委书记、区委书记包云飞…; 海陵区代表团审议时，区委书记管立群代表说
    assert ("区委书记", "高港区", True) in held(taizhou, "包云飞")
    assert ("区委书记", "海陵区", True) in held(taizhou, "管立群")


def test_a_delegations_whole_is_its_division(taizhou):
    # 泰州医药高新区（高港区）代表团审议时，…去年全区实现地区生产总值986.5亿元、增长6.8%
    assert (Decimal("986.5"), "亿元", Decimal("6.8")) in {f[:3] for f in of(taizhou, "高港区")}


def test_a_forest_farms_head(tmp_path):
    from development_facts import snippet_facts

    facts = snippet_facts("孙吴县召开会议。免去隋长河的孙吴县北山国有林场场长职务（退休）。", tmp_path, "2025-04-24")
    assert held(facts, "隋长河") == {("北山国有林场场长", None, True)}


def test_a_person_named_with_the_posts_he_held_before(taizhou):
    # 新当选的市长储文涛…。储文涛此前任市委副书记、代市长。
    assert {"市委副书记", "代市长"} <= {t for t, d, _ in held(taizhou, "储文涛") if d == "泰州市"}
