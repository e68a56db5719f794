"""English (American news) normalisation: the ordered rule inventory.

Order is priority at the same position, stated once by group name in `ORDER`: phone numbers
and dates first, then times, money, ranges, percents and units, abbreviations, years, and the
cardinal catch-all last.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from audiopaper.normalize.en import (
    abbrev,
    cardinal,
    date,
    math,
    measure,
    money,
    numbers,
    percent,
    phone,
    ranges,
    roman,
    signs,
    time,
)
from audiopaper.normalize.engine import Inventory, Rule, in_order
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import table

TRIGGER = r"[A-Za-z]+\.?|[\d$£€¥'’\-−–.(]"


# The priority of the rules where two match at the same place: one name per group of rules, in
# order (earlier wins).  Each name is a key of `_GROUPS` (alphabetical: it is a registry, not
# the order); a name without a group or a group left out of this list fails at import.
ORDER = (
    "phone",
    "math",                 # 1-2=5 (before ranges read the dash as to)
    "date",                 # month-name and numeric dates
    "time",
    "money",
    "cardinal.mixed_fraction",  # 2-1/2 before the range rule reads the hyphen as "to"
    "ranges",
    "percent",
    "measure",
    "cardinal.ordinal",     # 3rd
    "date.years",           # decades and bare years
    "cardinal.magnitude",   # 1.5M views, 4.4x
    "roman",                # World War II, Henry VIII
    "signs",                # 3×5, +5, ~300, #5
    "abbrev",
    "cardinal",             # fraction, decimal, catch-all
)

_GROUPS: dict[str, Callable[[EnNumbers], Sequence[Rule]]] = {
    "abbrev": abbrev.rules,
    "cardinal": cardinal.rules,
    "cardinal.magnitude": cardinal.magnitude,
    "cardinal.mixed_fraction": cardinal.mixed_fraction,
    "cardinal.ordinal": cardinal.ordinal,
    "date": date.rules,
    "date.years": date.years,
    "math": math.rules,
    "measure": measure.rules,
    "money": money.rules,
    "percent": percent.rules,
    "phone": phone.rules,
    "ranges": ranges.rules,
    "roman": roman.rules,
    "signs": lambda n: signs.rules(),
    "time": time.rules,
}
_ORDERED = in_order(ORDER, _GROUPS)


@lru_cache(maxsize=None)
def inventory() -> Inventory:
    """The compiled English inventory (built once per process)."""
    return Inventory([rule for group in _ORDERED for rule in group(numbers)],
                     TRIGGER[:-1] + re.escape(signs.trigger() + _currency_starts()) + "]|"
                     + signs.SPACED_SLASH)


def _currency_starts() -> str:
    """First characters of the currency signs (₩, ₹), so a money rule is tried there."""
    return "".join(sorted({row[0][0] for row in table("en", "currency", 3)
                           if not row[0][0].isalnum()}))


def fold(text: str) -> str:
    """English text needs no width folding; the identity keeps one interface for both."""
    return text
