"""Chinese (Mandarin broadcast) normalisation: the ordered rule inventory.

Order is priority where two rules match at the same place, stated once by group name in
`ORDER`: shapes that are unambiguous (phone numbers, full dates) come first, then rules that
look at context and may decline (score vs time, years), then units and currencies, and the
cardinal catch-all last.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from audiopaper.normalize.engine import Inventory, Rule, in_order
from audiopaper.normalize.reading import ZhNumbers
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


# The priority of the rules where two match at the same place: one name per group of rules, in
# order (earlier wins).  Each name is a key of `_GROUPS` (alphabetical: it is a registry, not
# the order); a name without a group or a group left out of this list fails at import.
ORDER = (
    "phone",        # mobile, landline, (area) landline
    "date",         # full and partial dates, years, 90后
    "time",         # score/ratio, clock time
    "phone.codes",  # service numbers, keyword and quoted digits, dotted strings
    "ranges",
    "money",
    "percent",
    "fraction",
    "measure",
    "numerals",     # Ⅲ, ①, No.1 (before letters claim `No`)
    "abbrev",
    "math",
    "cardinal",     # ordinal, .22, catch-all
    "marks",        # □ bullets
)

_GROUPS: dict[str, Callable[[ZhNumbers], Sequence[Rule]]] = {
    "abbrev": abbrev.rules,
    "cardinal": cardinal.rules,
    "date": date.rules,
    "fraction": fraction.rules,
    "marks": lambda n: marks.rules(),
    "math": math.rules,
    "measure": measure.rules,
    "money": money.rules,
    "numerals": numerals.rules,
    "percent": percent.rules,
    "phone": phone.rules,
    "phone.codes": phone.codes,
    "ranges": ranges.rules,
    "time": time.rules,
}
_ORDERED = in_order(ORDER, _GROUPS)


@lru_cache(maxsize=None)
def inventory() -> Inventory:
    """The compiled Chinese inventory (built once per process)."""
    return Inventory([rule for group in _ORDERED for rule in group(numbers)],
                     TRIGGER[:-1] + numerals.trigger() + marks.BULLETS + "]")


def fold(text: str) -> str:
    """Full-width digits and letters to ASCII (one character each, so offsets are kept).

    >>> fold("２０１５年ＩＰＨＯＮＥ")
    '2015年IPHONE'
    """
    return text.translate(_FOLD)


_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
