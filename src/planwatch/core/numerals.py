"""Chinese numerals: the one parser every stage uses (六千六百, 十五, 二〇二三, 三万五千).

Digits written one by one (二〇二三, years and codes) read digit by digit;
otherwise 十/百/千 multiply within a group and 万/亿 close groups. A bare 十 at
the start of a group is one ten (十五 = 15). Financial forms (壹贰叁…) and the
letter O used for zero in some scraped years (二O二一) are accepted.
"""

from __future__ import annotations

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "O": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,  # (traditional script: 增長了兩成, a mirror's or a Hong Kong page's)
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
# (萬 and 億 as traditional-script pages write them: 二萬五千九百多億元)
BIG_UNITS = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
# Characters of numerals as found in running text (the Latin O only inside years).
CHARS = "".join(d for d in DIGITS if d not in "OＯ") + "".join(SMALL_UNITS) + "".join(BIG_UNITS)


def parse_chinese_numeral(s: str) -> float | None:
    """Value of a Chinese numeral such as 六千六百, 十五, 二〇二三, 三万五千; None if not one."""
    if not s or any(ch not in DIGITS and ch not in SMALL_UNITS and ch not in BIG_UNITS for ch in s):
        return None
    # Digit-by-digit years and codes (二〇二三) have no multipliers at all.
    if len(s) > 1 and all(ch in DIGITS for ch in s):
        return float(int("".join(str(DIGITS[ch]) for ch in s)))
    if all(ch in DIGITS and DIGITS[ch] == 0 and ch in "OＯ" for ch in s):
        return None  # a lone letter O is not zero
    total = 0  # completed 亿/万 groups
    section = 0  # the group being read (below 万)
    digit = 0
    for ch in s:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (digit or 1) * SMALL_UNITS[ch]
            digit = 0
        else:  # 万 or 亿
            group = section + digit
            if ch == "亿":
                total = (total + (group or 1)) * BIG_UNITS[ch]
            else:
                total += (group or 1) * BIG_UNITS[ch]
            section = digit = 0
    return float(total + section + digit)


def small_int(s: str) -> int | None:
    """An integer written in Arabic digits or as a Chinese numeral (十四 -> 14); else None."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    value = parse_chinese_numeral(s)
    return int(value) if value is not None and value == int(value) else None


def is_group_comma(text: str, i: int) -> bool:
    """Whether the comma at ``i`` parts a figure's groups of three (7,070; 1，503.4; the
    number reader reads them as one figure), not two clauses: one to three digits before
    it back to a non-digit or another such comma, and three digits after it, then no digit.
    """
    if text[i] not in ",，" or i == 0 or not text[i - 1].isdigit():
        return False
    after = text[i + 1 : i + 5]
    if len(after) < 3 or not after[:3].isdigit() or after[3:4].isdigit():
        return False
    j = i - 1
    while j >= 0 and text[j].isdigit():
        j -= 1
    return i - 1 - j <= 3
