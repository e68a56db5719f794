"""Cardinals, ordinals and bare decimals: the catch-all for numbers no other rule claimed.

A lone `2` before a measure word is 两 (两个, 两亿); after 第 it is an ordinal (第二个).  For
measure words that often start a longer word (家 in 家庭) jieba decides, loaded only then.
"""
from __future__ import annotations

import re

from audiopaper.normalize import boundaries
from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import table

# Units after which a zero-padded number drops its zeros (08月 → 八月, 05日 → 五日).
_CALENDAR = frozenset("月日号时点分秒")
# A medal tally (3金2银1铜, 夺得2金): 金/银/铜 count medals there, so a lone 2 is 两.  Only in a
# tally or after a winning verb: 金/银 alone are too often the start of a word (2024金鸡奖).
_MEDAL = "金银铜"
_TALLY_BEFORE = re.compile(r"(?:\d[金银铜]|[获夺摘得揽]了?)\Z")
_TALLY_AFTER = re.compile(r"[金银铜]\d")
# The first bound of a span written with a word (2至3人, 2或3个): the measure word after the
# second number is the first's too, so 2 is 两 there as in 两到三人.
# 分 and 秒 count minutes, seconds or points (两分十五秒, 得2分) except inside a clock time,
# where they follow the hour or minute (9时2分, 8点5分2秒).
_CLOCK_BEFORE = re.compile(r"[时点分:：]\Z")
_SPAN_TAIL = re.compile(r"(?:至|到|或|~|～)\s?\d+(?:\.\d+)?")


def rules(n: ZhNumbers) -> list[Rule]:
    """Ordinal (第N), decimals (2.5, .22), and the cardinal catch-all, in that order."""
    kinds = {w: k for w, k in table("zh", "measure_words") if k != "suffix"}
    longest = max(map(len, kinds))

    def liang_follows(text: str, at: int) -> bool:
        for size in range(longest, 0, -1):
            kind = kinds.get(text[at:at + size])
            if kind == "plain":
                return True
            if kind == "ambiguous":
                return boundaries.stands_alone(text, at)
            if kind == "named":
                return False
        return False

    def medals(text: str, start: int, end: int) -> bool:
        return end < len(text) and text[end] in _MEDAL and bool(
            _TALLY_BEFORE.search(text, max(0, start - 2), start) or _TALLY_AFTER.match(text, end))

    def duration(text: str, start: int, end: int) -> bool:
        return text[end:end + 1] in ("分", "秒") and not _CLOCK_BEFORE.search(text, max(0, start - 1), start)

    def cardinal(m: re.Match[str]) -> str:
        sign, num = m.group("sign"), m.group("num")
        text, end = m.string, m.end()
        if len(num) > 1 and num[0] == "0" and num[1].isdigit() and "," not in num:
            if text[end:end + 1] not in _CALENDAR:
                whole, dot, frac = num.partition(".")
                tail = "点" + n.digits(frac) if dot else ""
                return ("负" if sign else "") + n.digits(whole) + tail
            num = num.lstrip("0")
        if num == "2" and not sign:
            span = _SPAN_TAIL.match(text, end)
            if (liang_follows(text, span.end() if span else end) or medals(text, m.start(), end)
                    or duration(text, m.start(), end)):
                return "两"
        return n.signed(sign, num)

    return [
        Rule("ordinal", rf"(?<=第)(?P<num>{n.NUM})",
             lambda m: n.number(m.group("num"), liang=False)),
        Rule("decimal", r"(?<![0-9A-Za-z.])\.(?P<frac>\d+)(?![\d.])",
             lambda m: n.decimal("0." + m.group("frac"))),
        Rule("decimal", rf"(?P<sign>{n.SIGN})?(?<![\d.,])(?P<num>[1-9]\d*\.\d+|0\.\d+)(?![\d.])",
             lambda m: n.signed(m.group("sign"), m.group("num"))),
        Rule("cardinal", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})", cardinal),
        # Digits no pattern above could place (1..2): still read, never left as figures.
        Rule("cardinal", r"\d+", lambda m: n.digits(m.group(0))),
    ]
