"""Ranges: `3-5年` → 三到五年, `10%-20%` and `10-20%` → 百分之十到百分之二十,
`24℃～33℃` → 二十四摄氏度到三十三摄氏度, `2019-2023年` → 二零一九到二零二三年.

A percent sign on the upper bound only is said on both bounds (that is how it is meant);
other units are said where they are written.  A counter may close the lower bound (`3万-4万元`,
`6月12日-14日`, `2023年-2025年`).  Years are read digit by digit on both sides.
"""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.zh import date, measure, percent

# Counters that may end the lower bound of a range, before the dash.
_COUNTERS = "年月日号时点万亿千百个岁元"


def rules(n: ModuleType) -> list[Rule]:
    """One rule: bound, optional unit, dash or tilde, bound, optional unit."""
    unit = rf"(?:{percent.PATTERN}|{measure.unit_pattern()})"

    def bound(sign: str | None, num: str, mark: str | None, other: str | None) -> str:
        mark = mark or (other if other and other in percent.SIGNS else None)
        if mark in percent.SIGNS:
            return percent.say(n, sign, num, mark)
        if mark:
            return measure.say(n, sign, num, mark)
        if sign and other and measure.units().get(other, "").endswith("度"):
            return "零下" + n.number(num, liang=False)
        return n.signed(sign, num, liang=False)

    def speak(m: re.Match[str]) -> str:
        a, b, ua, ub, ca = (m.group(g) for g in ("a", "b", "ua", "ub", "ca"))
        text, end = m.string, m.end()
        if not (ua or ub or m.group("sign")) and _years(a, b) and (ca == "年" or ca is None and (
                text[end:end + 1] == "年" or not date.quantity_follows(text, end))):
            return n.digits(a) + (ca or "") + "到" + n.digits(b)
        if ca:
            left = ("负" if m.group("sign") else "") + n.number(a, liang=False) + ca
            return left + "到" + n.number(b, liang=False)
        return bound(m.group("sign"), a, ua, ub) + "到" + bound(None, b, ub, None)

    return [Rule("range", rf"(?P<sign>{n.SIGN})?(?P<a>{n.NUM})(?:\s?(?P<ua>{unit})|(?P<ca>[{_COUNTERS}]))?"
                          rf"\s*[-~～－—–]\s*(?P<b>{n.NUM})(?:\s?(?P<ub>{unit}))?", speak)]


def _years(a: str, b: str) -> bool:
    """Both bounds are 19xx/20xx years."""
    return len(a) == 4 == len(b) and a[:2] in ("19", "20") and b[:2] in ("19", "20")
