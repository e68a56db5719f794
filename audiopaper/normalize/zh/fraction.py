"""Fractions: `1/3` → 三分之一, `3/16` → 十六分之三, `-1/3` → 负三分之一.

Dates with slashes (2019/2/10, 08/08) are claimed earlier by the date rule.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers


def rules(n: ZhNumbers) -> list[Rule]:
    """One rule: integer, slash (spaces allowed), integer."""
    def speak(m: re.Match[str]) -> str:
        return (("负" if m.group("sign") else "") + n.integer(m.group("b"), liang=False) + "分之"
                + n.integer(m.group("a"), liang=False))

    return [Rule("fraction", rf"(?P<sign>{n.SIGN})?(?<![\d./／])(?P<a>\d+)\s?[/／]\s?(?P<b>\d+)"
                             r"(?![\d/／]|\.\d)", speak)]
