"""Numbers as Chinese economic texts write them.

The knowledge graph keeps a figure *as written*: ``500.3亿元`` is value 500.3 with unit
``亿元``, ``1.2万亿元`` is 1.2 with ``万亿元``, ``12万户`` is 12 with ``万户``. So a
quantity is split into the numeral (a :class:`~decimal.Decimal`) and the magnitude word
(万, 亿, 万亿, ...) that stays with the unit. Chinese numerals are read too:
``两千亿`` -> (2000, 亿), ``一万二`` -> 12000, ``百分之三十五点六`` -> 35.6,
``三个百分点`` -> 3.

Only the regex sources and the two parsing functions are public; ``kg.nlp.metrics``
builds its grammar from them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: Arabic numeral as written (thousands separators allowed).
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: Chinese numeral (no magnitude 万/亿 at its end: those belong to the unit).
CN_DIGITS = "零〇一二两三四五六七八九"
CHINESE = rf"[{CN_DIGITS}十百千]*[{CN_DIGITS}十百千](?:点[{CN_DIGITS}]+)?"
#: Chinese numeral that may also contain inner 万/亿 (一万二, 三千五百万).
CHINESE_FULL = rf"[{CN_DIGITS}十百千万亿]+(?:点[{CN_DIGITS}]+)?"
#: Magnitude words that the gold keeps in the unit, longest first.
MAGNITUDE = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)"

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
_ARABIC_RE = re.compile(ARABIC)
_PERCENT_CN_RE = re.compile(rf"百分之({CHINESE_FULL})")


def _cn_section(text: str) -> int:
    """Value of a numeral below 万 (三千五百二十, 十五, 二百零五, 三千五)."""
    total = 0
    digit = None
    last_unit = 1
    zero = False
    for ch in text:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
            zero = zero or digit == 0
        else:
            unit = _SMALL_UNIT[ch]
            total += (1 if digit is None else digit) * unit
            last_unit = unit
            digit = None
            zero = False
    if digit is not None:
        # a trailing bare digit after a unit is the next lower place (三千五 = 3500),
        # unless a 零 stands between them (二百零五 = 205)
        total += digit * (last_unit // 10 if last_unit >= 10 and not zero else 1)
    return total


def chinese_to_decimal(text: str) -> Decimal | None:
    """Parse a Chinese numeral (一万二, 两千, 三十五点六, 一二三 digit-by-digit)."""
    if not text:
        return None
    frac = ""
    if "点" in text:
        text, _, frac_cn = text.partition("点")
        if not frac_cn or any(c not in _DIGIT for c in frac_cn):
            return None
        frac = "".join(str(_DIGIT[c]) for c in frac_cn)
    if any(c not in _DIGIT and c not in _SMALL_UNIT and c not in _BIG_UNIT for c in text):
        return None
    if text and all(c in _DIGIT for c in text) and len(text) > 1:
        integer = int("".join(str(_DIGIT[c]) for c in text))  # 二〇二四
    else:
        integer = 0
        section = ""
        last_big = 1
        for ch in text:
            if ch in _BIG_UNIT:
                big = _BIG_UNIT[ch]
                val = _cn_section(section) if section else (1 if integer == 0 else 0)
                if big > last_big and integer:
                    integer = (integer + val) * big  # 一万亿: 万 then 亿
                else:
                    integer += val * big
                last_big = big
                section = ""
            else:
                section += ch
        if section:
            if last_big > 1 and all(c in _DIGIT for c in section) and len(section) == 1:
                integer += _DIGIT[section] * (last_big // 10)  # 一万二 = 12000
            else:
                integer += _cn_section(section)
    try:
        return Decimal(f"{integer}.{frac}") if frac else Decimal(integer)
    except InvalidOperation:  # pragma: no cover - defensive
        return None


def to_decimal(text: str) -> Decimal | None:
    """Parse an Arabic or Chinese numeral as written (no magnitude handling)."""
    text = text.strip()
    if not text:
        return None
    if _ARABIC_RE.fullmatch(text):
        return Decimal(text.replace(",", ""))
    m = _PERCENT_CN_RE.fullmatch(text)
    if m:
        return chinese_to_decimal(m.group(1))
    return chinese_to_decimal(text)


_QUANTITY_RE = re.compile(
    rf"(?P<num>{ARABIC}|{CHINESE})(?P<more>[多余])?(?P<mag>{MAGNITUDE})?(?P<more2>[多余])?")


def parse_quantity(text: str) -> tuple[Decimal, str, bool] | None:
    """Split ``500.3亿`` / ``1.2万亿`` / ``两千亿`` / ``3600余万`` into (value, magnitude, more).

    ``more`` is True when 多/余 says "more than" (a lower bound). Text after the magnitude
    (the unit proper) is ignored; callers pass the numeral-plus-magnitude part.
    """
    m = _QUANTITY_RE.match(text.strip())
    if not m:
        return None
    value = to_decimal(m.group("num"))
    if value is None:
        return None
    return value, m.group("mag") or "", bool(m.group("more") or m.group("more2"))


def parse_number(text: str) -> tuple[Decimal, str] | None:
    """``'1.2万亿元'`` -> (Decimal('1.2'), '万亿元'); ``'百分之三十五点六'`` -> (35.6, '%').

    The unit returned is everything after the numeral (magnitude kept), with 多/余
    dropped; ``None`` if the text does not start with a numeral.
    """
    text = text.strip()
    m = _PERCENT_CN_RE.match(text)
    if m:
        value = chinese_to_decimal(m.group(1))
        return (value, "%") if value is not None else None
    m = re.match(rf"({ARABIC}|{CHINESE_FULL})", text)
    if not m:
        return None
    num = m.group(1)
    rest = text[m.end():]
    if not _ARABIC_RE.fullmatch(num):
        # a Chinese numeral swallows trailing magnitudes: 两千亿 -> 两千 + 亿
        mm = re.fullmatch(r"(.*?[^万亿])(万亿|亿|万)", num)
        if mm:
            num, rest = mm.group(1), mm.group(2) + rest
    value = to_decimal(num)
    if value is None:
        return None
    rest = re.sub(r"^[多余]|(?<=[万亿])[多余]", "", rest)
    return value, rest
