"""Foreign countries as the press names them: a company from one (韩国世宏化学株式会社) or an
official of one of its places (韩国庆尚南道统营市副市长) is no Chinese company's or official's."""

from __future__ import annotations

import re

COUNTRY = (r"韩国|日本|美国|德国|法国|英国|意大利|荷兰|瑞士|瑞典|丹麦|芬兰|挪威|比利时|奥地利|西班牙|葡萄牙|新加坡|马来西亚|泰国"
           r"|越南|印度尼西亚|印尼|印度|俄罗斯|澳大利亚|新西兰|加拿大|以色列|沙特|阿联酋|巴西|墨西哥|土耳其|哈萨克斯坦"
           r"|老挝|柬埔寨|缅甸|蒙古国|巴基斯坦|乌兹别克斯坦|白俄罗斯|匈牙利|波兰|捷克|希腊|埃及|南非|阿根廷|智利|秘鲁")

# 韩国庆尚南道统营市副市长朴正勋: a foreign place's post, written right before it
FOREIGN_POST_BEFORE = re.compile(r"(?:" + COUNTRY + r")[\u4e00-\u9fff]{0,12}$")
