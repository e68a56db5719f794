"""Ranges: `3-5年` → 三到五年, `10%-20%` and `10-20%` → 百分之十到百分之二十,
`24℃～33℃` → 二十四摄氏度到三十三摄氏度, `-12～-3℃` → 零下十二到零下三摄氏度 (a sign on the
upper bound only after a tilde: after a dash it would be a second dash), `2019-2023年` → 二零一九到二零二三年.

A percent sign on the upper bound only is said on both bounds (that is how it is meant);
other units are said where they are written.  A bound of 2 before a measure word is 两, as in
a count (`2-3个` → 两到三个, `1-2天` → 一到两天).  A counter may close the lower bound (`3万-4万元`,
`6月12日-14日`, `2023年-2025年`).  Years are read digit by digit on both sides.

Issue 11: a dash between two bare whole numbers is a score (比), not a range, when a score word
of the `score_keywords` table stands just before or after (`爆冷0-1`, `2-1击败`), or when both
ends are the same (`拉齐奥 2-2`: a range from a number to itself says nothing, a draw does).
"""
from __future__ import annotations

import re
from functools import cache

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, table, words
from audiopaper.normalize.zh import date, measure, percent

# Counters that may end the lower bound of a range, before the dash.
_COUNTERS = "年月日号时点万亿千百个岁元"
# Spaces around the dash, never a line break: a line ends a range (35℃ / -25℃ on two lines).
_GAP = r"[^\S\n]*"


def rules(n: ZhNumbers) -> list[Rule]:
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

    score_words = alternation(words("zh", "score_keywords"))
    score_before = re.compile(score_words + r"[^\d\n]{0,4}\Z")
    score_after = re.compile(r"\s?[^\d\s]{0,2}?" + score_words)
    ends_here = re.compile(r"\s*(?:$|[，。；！？、,.;!?）)\]])")

    def counted_after(text: str, end: int) -> bool:
        nxt = text[end:end + 1]
        return bool(nxt) and (nxt in _COUNTERS + "名届期"
                              or any(text[end:end + k] in _measure_kinds() for k in (1, 2)))

    def speak(m: re.Match[str]) -> str:
        a, b, ua, ub, ca = (m.group(g) for g in ("a", "b", "ua", "ub", "ca"))
        text, end = m.string, m.end()
        if not (ua or ub or m.group("sign")) and _years(a, b) and (ca == "年" or ca is None and (
                text[end:end + 1] == "年" or not date.quantity_follows(text, end))):
            return n.digits(a) + (ca or "") + "到" + n.digits(b)
        if ca:
            left = ("负" if m.group("sign") else "") + n.number(a, liang=False) + ca
            return left + "到" + n.number(b, liang=False)
        left, right = bound(m.group("sign"), a, ua, ub), bound(m.group("sign2"), b, ub, None)
        if not m.group("sign") and _counted(text, end, ua, ub):
            left, right = ("两" if x == "2" and not u else y
                           for x, y, u in ((a, left, ua), (b, right, ub)))
        return left + "到" + right

    def score(m: re.Match[str]) -> str | None:
        a, b = m.group("a"), m.group("b")
        text, start, end = m.string, m.start(), m.end()
        if counted_after(text, end):
            return None
        if score_after.match(text, end) or (
                (a == b or score_before.search(text, max(0, start - 10), start))
                and (ends_here.match(text, end) or not "\u4e00" <= text[end:end + 1] <= "\u9fff")):
            return n.integer(a, liang=False) + "比" + n.integer(b, liang=False)
        return None

    return [Rule("score", rf"(?<![\d.,\-−－])(?P<a>\d{{1,3}}){_GAP}[-－—–]{_GAP}(?P<b>\d{{1,3}})"
                          r"(?![\d.,%]|\s?[A-Za-z%℃°])", score),
            Rule("range", rf"(?P<sign>{n.SIGN})?(?P<a>{n.NUM})(?:\s?(?P<ua>{unit})|(?P<ca>[{_COUNTERS}]))?"
                          rf"{_GAP}[-~～－—–]{_GAP}(?:(?<=[~～至到])(?P<sign2>{n.SIGN}))?(?P<b>{n.NUM})(?:\s?(?P<ub>{unit}))?", speak)]


def _counted(text: str, end: int, ua: str | None, ub: str | None) -> bool:
    """Whether the range counts things: a unit that is not a percent or a temperature, or no
    unit and a measure word after it (never a suffix like 以上: 二到三以上, nor a rank: 一到二年级)."""
    unit = ub or ua
    if unit:
        return unit not in percent.SIGNS and not measure.units()[unit].endswith("度")
    for size in (3, 2, 1):
        kind = _measure_kinds().get(text[end:end + size])
        if kind is not None:
            return kind not in ("suffix", "named")
    return False


@cache
def _measure_kinds() -> dict[str, str]:
    return {w: kind for w, kind in table("zh", "measure_words")}


def _years(a: str, b: str) -> bool:
    """Both bounds are 19xx/20xx years."""
    return len(a) == 4 == len(b) and a[:2] in ("19", "20") and b[:2] in ("19", "20")
