"""English (American news) normalisation: the ordered rule inventory.

Order is priority at the same position: phone numbers and dates first, then times, money,
ranges, percents and units, abbreviations, years, and the cardinal catch-all last.
"""
from __future__ import annotations

import re
from functools import lru_cache

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
from audiopaper.normalize.engine import Inventory
from audiopaper.normalize.tables import table

TRIGGER = r"[A-Za-z]+\.?|[\d$£€¥'’\-−–.(]"


@lru_cache(maxsize=None)
def inventory() -> Inventory:
    """The compiled English inventory (built once per process)."""
    n = numbers
    return Inventory([
        *phone.rules(n),
        *math.rules(n),         # 1-2=5 (before ranges read the dash as to)
        *date.rules(n),         # month-name and numeric dates
        *time.rules(n),
        *money.rules(n),
        cardinal.mixed_fraction(n),  # 2-1/2 before the range rule reads the hyphen as "to"
        *ranges.rules(n),
        *percent.rules(n),
        *measure.rules(n),
        *cardinal.rules(n)[:1], # ordinal (3rd)
        *date.years(n),         # decades and bare years
        *cardinal.magnitude(n), # 1.5M views, 4.4x
        *roman.rules(n),        # World War II, Henry VIII
        *signs.rules(),         # 3×5, +5, ~300, #5
        *abbrev.rules(n),
        *cardinal.rules(n)[1:], # fraction, decimal, catch-all
    ], TRIGGER[:-1] + re.escape(signs.trigger() + _currency_starts()) + "]|" + signs.SPACED_SLASH)


def _currency_starts() -> str:
    """First characters of the currency signs (₩, ₹), so a money rule is tried there."""
    return "".join(sorted({row[0][0] for row in table("en", "currency", 3)
                           if not row[0][0].isalnum()}))


def fold(text: str) -> str:
    """English text needs no width folding; the identity keeps one interface for both."""
    return text
