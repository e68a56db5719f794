"""Characters and marks that stand for a number: Roman numerals (`Ⅲ类水质` → 三类水质), list
markers (`①加强领导` → 一、加强领导) from the `numeral_signs` table, and `No.1` → 第一.

Why a pause mark after a list marker: the voice would otherwise run the number into the first
word of the item (一加强领导 heard as 一加 …); the anchor pauses there, as after `一、`.  Before
a measure word the marker is a count in the sentence (抓好⑩项实事 → 十项), no pause.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, table

_WORD_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def rules(n: ZhNumbers) -> list[Rule]:
    """Numeral characters, then `No.` before a number."""
    signs = {c: (spoken, kind) for c, spoken, kind in table("zh", "numeral_signs", 3)}
    counters = tuple(w for w, kind in table("zh", "measure_words") if kind not in ("suffix", "named"))

    def numeral(m: re.Match[str]) -> str:
        spoken, kind = signs[m.group(0)]
        text, end = m.string, m.end()
        if kind == "list" and _WORD_AFTER.match(text, end) and not text.startswith(counters, end):
            return spoken + "、"
        return spoken

    return [
        Rule("numeral", alternation(signs), numeral),
        Rule("ordinal", r"(?<![A-Za-z])[Nn][Oo]\.\s?(?P<num>\d+)(?![\d.])",
             lambda m: "第" + n.integer(m.group("num"), liang=False)),
    ]


def trigger() -> str:
    """The numeral characters, for the inventory's trigger class."""
    return "".join(c for c, _, _ in table("zh", "numeral_signs", 3))
