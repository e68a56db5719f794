"""Percent and per mille: `12.3%` → 百分之十二点三, `-98%` → 负百分之九十八, `5‰` → 千分之五;
a minus sign before a written-out 百分之 is 负 too (`-百分之1` → 负百分之一).

Trailing zeros of the figure are not read (`0.70%` → 百分之零点七): they are typography.
A whole hundred percent is 百分之百, as it is said.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers

SIGNS = {"%": "百分之", "％": "百分之", "‰": "千分之"}
PATTERN = "[%％‰]"
_WHOLE_HUNDRED = re.compile(r"100(?:\.0*)?")


def say(n: ZhNumbers, sign: str | None, num: str, mark: str) -> str:
    """Speak one percentage; shared with the range rule (10%-20%).

    >>> import audiopaper.normalize.zh.numbers as n
    >>> say(n, None, "100", "%"), say(n, None, "100.5", "%"), say(n, "-", "2", "‰")
    ('百分之百', '百分之一百点五', '负千分之二')
    """
    if mark != "‰" and _WHOLE_HUNDRED.fullmatch(num):
        return ("负" if sign else "") + "百分之百"
    return ("负" if sign else "") + SIGNS[mark] + n.number(num, strip_zeros=True, liang=False)


def rules(n: ZhNumbers) -> list[Rule]:
    """One rule: a signed number followed by a percent or per-mille sign."""
    def speak(m: re.Match[str]) -> str:
        return say(n, m.group("sign"), m.group("num"), m.group("mark"))

    return [Rule("percent", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})\s?(?P<mark>{PATTERN})", speak),
            Rule("percent", rf"{n.SIGN}(?=[百千]分之\d)", lambda m: "负")]
