"""Chinese personal names: the surnames a name opens with (officials, and the division finder's
check that a place name is not inside a person's name), and the dotted form of transliterated names."""

# Common single and compound surnames (Baijiaxing order of frequency, top ~400).
SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "封蔺郦楼竺钭茅廉萧胥晋井尉言储衣诸利郁蓟乐鄢习赖冼阚逯郗冀战仝亢晁揭眭"
    # common ones the first cut missed (洪, 傅, 阎) and regional ones (逄 綦 初 鞠 in 山东, 粘 in 福建)
    "洪傅阎逄綦初鞠粘昝郇荆宿虎湛奚酆禹谈宓匡禄阙殳蔚夔厍勾訾毋乜蒯桓仉缑况佴谯笪"
    # (畅 in 山西, 操 in 安徽, 栗 and 鹿 in 河北 and 山东)
    "畅操栗鹿"
    # more of the Baijiaxing, and ones common in the south-west and north-west (容, 班, 冶, 满);
    # characters that start everyday words after a post (官, 印, 居, 劳…) are left out
    "容满班冶粟隆檀楚贝钮扈糜戈皮雍谌衡宣邸郏杭嵇滑荀惠芮汲巴弓隗蓬仰伊厉戎祖束韶郜邰鄂索籍屠苍莘贡璩濮寿燕浦慕茹宦庾暨弘沃巢"
    # north-western and northern ones (豆, 雒, 漆 in 甘肃; 那 in 东北) and a few more of the Baijiaxing
    "豆雒漆伏拓鲜邴琚钦羊过那计练"
    # 承 (常州, 无锡); 普 and 刀, common among 云南's Yi, Hani and Dai; 展 (山东); 纳, 锁
    # (Hui and Yi, 宁夏 and 云南)
    "承普刀展纳锁"
    # 旷 and 卿 (湖南, 四川), 帅, 奉 (湖南), 冒 (江苏 南通), 朴 (Korean Chinese: 吉林, 辽宁, 黑龙江)
    "旷卿帅奉冒朴"
    # 盘 and 赵's neighbours among the Yao of 广东, 广西 and 湖南 (盘建新)
    "盘"
    # 庹 and 母, of 四川, 重庆 and western 湖北 (庹清泉, 母德昌); 劳, of 广西 and 广东 (劳永康)
    "庹母劳"
)
SURNAMES_2 = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "宇文", "司徒", "夏侯", "轩辕", "端木"})

# Transliterated names (Uyghur, Kazakh, Tibetan, foreign) join their parts with a middle
# dot: 阿迪力·买买提, 古丽巴哈尔·阿不都. The last part ends where a word after a name starts.
DOT = "[·•・‧]"
DOTTED = r"[\u4e00-\u9fff]{1,10}(?:" + DOT + r"[\u4e00-\u9fff]{1,10}?)+"


def opens_with_surname(name: str) -> bool:
    """Whether ``name`` begins with a surname, one character or two (王刚, 欧阳俊峰)."""
    return name[:1] in SURNAMES_1 or name[:2] in SURNAMES_2
