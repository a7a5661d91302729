"""The officials grammar on single sentences of the kinds papers print (the pipeline tests
run it on whole documents): each case is one rule of how posts and names are written."""

from __future__ import annotations

from kg.nlp.divisions import find_divisions
from kg.nlp.officials import find_officials


def officials(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {o.name: [(p.title, p.division.surface if p.division else p.level) for p in o.posts]
            for o in find_officials(text, find_divisions(text))}


def test_the_head_of_an_organ_after_its_party_group():
    assert officials("区人大常委会党组书记、主任王建国主持会议。") == {
        "王建国": [("人大常委会党组书记", "区"), ("人大常委会主任", "区")]}


def test_assistant_to_the_mayor():
    assert officials("市长助理王磊出席。") == {"王磊": [("市长助理", "市")]}


def test_a_division_whose_level_is_written_again():
    assert officials("东乡族自治县县委副书记、县长唐世明作交流发言。") == {
        "唐世明": [("县委副书记", "东乡族自治县"), ("县长", "东乡族自治县")]}


def test_names_end_before_common_words_and_organs_are_no_posts():
    assert officials("副市长欧阳帆分别陪同。") == {"欧阳帆": [("副市长", "市")]}
    assert officials("区委书记周启航代表区委常委会作讲话。") == {"周启航": [("区委书记", "区")]}
    assert officials("并请市政协委员和其他列席人员提出意见。") == {}


def test_appointments_and_a_resignation():
    got = officials("任命邹丽华为市住房和城乡建设局局长,杨振东为市医疗保障局局长;"
                    "会议决定接受汪立新辞去株洲市人民政府副市长职务的请求。")
    assert got == {"邹丽华": [("住房和城乡建设局局长", "市")], "杨振东": [("医疗保障局局长", "市")],
                   "汪立新": [("副市长", "株洲市")]}


def test_town_and_village_posts_keep_their_place():
    assert officials("周覃镇党委副书记、镇长潘玉琴陪同调研。") == {
        "潘玉琴": [("周覃镇党委副书记", None), ("周覃镇镇长", None)]}
    assert officials("临江镇黄瓜山村党委书记蒋红英说") == {"蒋红英": [("黄瓜山村党委书记", None)]}


def test_zone_and_street_heads_keep_their_place_and_a_community_is_no_district():
    assert officials("昆山高新区党工委副书记、管委会主任邹明辉介绍") == {
        "邹明辉": [("昆山高新区党工委副书记", None), ("昆山高新区管委会主任", None)]}
    assert officials("容桂街道党工委副书记、办事处主任谭美玲表示") == {
        "谭美玲": [("容桂街道党工委副书记", None), ("容桂街道办事处主任", None)]}
    assert officials("”容桂街道党工委书记关永康介绍") == {"关永康": [("容桂街道党工委书记", None)]}
    # 社区 is no 区: a community's post (relate names it after 华口社区), not a district's
    assert officials("在华口社区,社区党委书记梁锦华告诉记者") == {"梁锦华": [("社区党委书记", "town")]}


def test_attendee_lists_and_organ_continuations():
    from kg.nlp.divisions import find_divisions
    from kg.nlp.officials import find_officials

    def posts(text: str) -> list[tuple]:
        return [(o.name, tuple(p.title for p in o.posts)) for o in find_officials(text, find_divisions(text))]

    # 市领导A、B出席: the heading is a post for those the text names nowhere else
    assert posts("市领导曾凡军、罗建新出席;") == [("曾凡军", ("市领导",)), ("罗建新", ("市领导",))]
    assert posts("要加强市领导干部队伍建设。") == []
    # ,党组成员、秘书长X: two roles of the organ named before
    assert ("岑丽娜", ("人大常委会党组成员", "人大常委会秘书长")) in posts(
        "县人大常委会副主任蒙秀英、王德海,党组成员、秘书长岑丽娜出席会议。")
    # 人民政府副秘书长 is written as 政府副秘书长
    assert posts("广州市人民政府副秘书长黄伟民率队来三都。") == [("黄伟民", ("政府副秘书长",))]


def test_names_without_a_han_surname_and_beijing_town_posts():
    from kg.nlp.divisions import find_divisions
    from kg.nlp.officials import find_officials

    def posts(text: str) -> list[tuple]:
        return [(o.name, tuple(p.title for p in o.posts)) for o in find_officials(text, find_divisions(text))]

    # a Tibetan name ends where the next post begins
    assert posts("州委书记扎西才让,州长索南达杰出席会议。")[:2] == [("扎西才让", ("州委书记",)), ("索南达杰", ("州长",))]
    # 北京's streets and 地区 have 工委 (not 党工委); the district's name is no part of the title
    assert posts("通州区梨园地区工委书记王海涛、玉桥街道工委书记陈晨参加。") == [
        ("王海涛", ("梨园地区工委书记",)), ("陈晨", ("玉桥街道工委书记",))]
    # …but 出席会议 is no name
    assert posts("县委常委出席会议,县人大常委会主任邢建国列席会议。") == [("邢建国", ("人大常委会主任",))]


def test_names_without_a_han_surname_in_a_list_after_a_post():
    from kg.nlp.divisions import find_divisions
    from kg.nlp.officials import find_officials

    def names(text: str) -> list[str]:
        return [o.name for o in find_officials(text, find_divisions(text))]

    assert names("副州长索南达杰、才让东智、马明出席会议。") == ["索南达杰", "才让东智", "马明"]
    assert names("副旗长张春雷、乌云其木格、高晓辉出席会议。") == ["张春雷", "乌云其木格", "高晓辉"]
    # a place or an organ in such a list is no person
    assert names("副市长李强、海口市、三亚市有关部门负责人参加。") == ["李强"]
