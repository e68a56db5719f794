"""Units after a number, from the `units` table: `500MW` → 五百兆瓦, `80km/h` → 八十公里每小时.

A Latin unit matches only when no letter follows it (`5G` is not five grams of something); a
temperature (spoken form ending in 度) reads a minus sign as 零下 (`-5℃` → 零下五摄氏度).
A lone 2 before a unit is 两, like before any measure word (`2GWh` → 两吉瓦时), except in
temperatures and angles (二摄氏度).
A magnitude may stand between number and unit (`12.5万㎡` → 十二点五万平方米); informal
magnitude letters before Chinese text are said as the magnitude (`300w张` → 三百万张); a slash
between a unit and a unit from `per_units` is 每 (`3000元/吨` → 三千元每吨).  An angle with
minutes and seconds (`东经120°30′15″`) reads ′ as 分 and ″ as 秒.
"""
from __future__ import annotations

import re
from functools import lru_cache

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, mapping, words


@lru_cache(maxsize=None)
def units() -> dict[str, str]:
    """Written unit → spoken Chinese (the `units` table)."""
    return mapping("zh", "units")


@lru_cache(maxsize=None)
def unit_pattern() -> str:
    """Regex for any written unit, longest first, not running on into a Latin word."""
    return alternation(units()) + r"(?![A-Za-z])"


def say(n: ZhNumbers, sign: str | None, num: str, unit: str | None, mag: str = "") -> str:
    """Speak a quantity; shared with the range rule (24℃～33℃).

    >>> import audiopaper.normalize.zh.numbers as n
    >>> say(n, None, "2", "t"), say(n, "-", "2", "℃"), say(n, None, "2", "kg", "万")
    ('两吨', '零下二摄氏度', '两万千克')
    >>> say(n, None, "2000", "m²"), say(n, None, "2000", "℃")
    ('两千平方米', '二千摄氏度')
    """
    spoken = units()[unit] if unit else ""
    degrees = spoken.endswith("度")
    prefix = ("零下" if degrees else "负") if sign else ""
    counted = bool(spoken) and not degrees and not sign
    figure = "两" if num == "2" and counted else n.number(num, liang=counted)
    return prefix + figure + mag + spoken


def rules(n: ZhNumbers) -> list[Rule]:
    """One rule: a signed number, an optional space, a unit from the table."""
    def speak(m: re.Match[str]) -> str:
        return say(n, m.group("sign"), m.group("num"), m.group("unit"), m.group("mag"))

    magnitudes = mapping("zh", "magnitude_letters")
    per = alternation(words("zh", "per_units"))
    def angle(m: re.Match[str]) -> str:
        out = n.number(m.group("d"), liang=False) + "度" + n.number(m.group("mi"), liang=False) + "分"
        return out + (n.number(m.group("s"), liang=False) + "秒" if m.group("s") else "")

    return [
        # metres and centimetres without the second unit (身高1米75, 跳远8米15) read 一米七五
        Rule("measure", r"(?<![\d.])(?P<m>[1-9])米(?P<cm>\d{2})(?![\d.%％‰]|\s?(?:[A-Za-z]|厘米|公分|毫米|米|[万亿千百多余个]))",
             lambda m: ("两" if m.group("m") == "2" else n.number(m.group("m"))) + "米" + n.digits(m.group("cm"))),
        Rule("measure", r"(?<![\d.])(?P<d>\d{1,3}(?:\.\d+)?)°\s?(?P<mi>\d{1,2}(?:\.\d+)?)[′']"
                        r"(?:\s?(?P<s>\d{1,2}(?:\.\d+)?)[″\"])?", angle),
        Rule("measure", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})(?P<mag>[百千万亿]*)\s?"
                        rf"(?P<unit>{unit_pattern()})", speak),
        *(Rule("measure", rf"(?<=\d[\u4e00-\u9fff]{{{k}}})[/／](?={per})", lambda m: "每")
          for k in (1, 2, 3)),
        # a second slash goes on the same way (3000元/人/年 → 三千元每人每年)
        Rule("measure", "(?:" + "|".join(rf"(?<=\d[\u4e00-\u9fff]{{{k}}}[/／][\u4e00-\u9fff]{{{j}}})"
                                         for k in (1, 2) for j in (1, 2, 3)) + rf")[/／](?={per})",
             lambda m: "每"),
        # a written unit after the slash (0.5元/kWh, 3000元/t) is said in full after 每
        *(Rule("measure", rf"(?<=\d[\u4e00-\u9fff]{{{k}}})[/／](?P<unit>{unit_pattern()})",
               lambda m: "每" + units()[m.group("unit")])
          for k in (1, 2)),
        Rule("measure", rf"(?P<num>{n.NUM})(?P<mag>{alternation(magnitudes)})(?=[\u4e00-\u9fff])",
             lambda m: n.number(m.group("num")) + magnitudes[m.group("mag")]),
    ]
