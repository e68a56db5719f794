"""Chinese (Mandarin broadcast) normalisation: the ordered rule inventory.

Order is priority where two rules match at the same place: shapes that are unambiguous
(phone numbers, full dates) come first, then rules that look at context and may decline
(score vs time, years), then units and currencies, and the cardinal catch-all last.
"""
from __future__ import annotations

from functools import lru_cache

from audiopaper.normalize.engine import Inventory
from audiopaper.normalize.zh import (
    abbrev,
    cardinal,
    date,
    fraction,
    marks,
    math,
    measure,
    money,
    numbers,
    numerals,
    percent,
    phone,
    ranges,
    time,
)

# Where any rule can start: a digit, a sign, a currency symbol, a dot, a slash, a parenthesis,
# or a run of Latin letters (skipped whole when no rule takes it); the inventory adds the
# numeral characters of the `numeral_signs` table (Ⅲ, ①) and the layout bullets (□).
TRIGGER = r"[A-Za-z]+|[\d.+＋=＝<>＜＞≤≥≦≧≠≈±×÷$¥￥€£￡￦＄₩₹₽\-−－/／(（]"


@lru_cache(maxsize=None)
def inventory() -> Inventory:
    """The compiled Chinese inventory (built once per process)."""
    n = numbers
    p = phone.rules(n)
    return Inventory([
        *p[:3],                 # mobile, landline, (area) landline
        *date.rules(n),         # full and partial dates, years, 90后
        *time.rules(n),         # score/ratio, clock time
        *p[3:],                 # service numbers, keyword and quoted digits, dotted strings
        *ranges.rules(n),
        *money.rules(n),
        *percent.rules(n),
        *fraction.rules(n),
        *measure.rules(n),
        *numerals.rules(n),     # Ⅲ, ①, No.1 (before letters claim `No`)
        *abbrev.rules(n),
        *math.rules(n),
        *cardinal.rules(n),     # ordinal, .22, catch-all
        *marks.rules(),         # □ bullets
    ], TRIGGER[:-1] + numerals.trigger() + marks.BULLETS + "]")


def fold(text: str) -> str:
    """Full-width digits and letters to ASCII (one character each, so offsets are kept).

    >>> fold("２０１５年ＩＰＨＯＮＥ")
    '2015年IPHONE'
    """
    return text.translate(_FOLD)


_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
