"""Standard names for statistical indicators that the press writes several ways.

The abbreviations are those of the National Bureau of Statistics' releases (固投 for
固定资产投资, 社零 for 社会消费品零售总额); GDP stands for 地区生产总值 as the press uses it.
"""

from __future__ import annotations

_SYNONYMS = {
    "地区生产总值": "GDP",
    "生产总值": "GDP",
    "GDP总量": "GDP",
    "经济总量": "GDP",
    "固投": "固定资产投资",
    "社零": "社会消费品零售总额",
    "社零总额": "社会消费品零售总额",
    "社会消费品零售额": "社会消费品零售总额",
    "规上工业增加值增速": "规上工业增加值",
    "规模以上工业增加值": "规上工业增加值",
    "一般公共预算收入增速": "一般公共预算收入",
    "进出口总额": "进出口",
    "外贸进出口总额": "外贸进出口",
}


def canonical_indicator(name: str) -> str:
    """The standard name of an indicator (地区生产总值 -> GDP), else the name as written."""
    return _SYNONYMS.get(name, name)
