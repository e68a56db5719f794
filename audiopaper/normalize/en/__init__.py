"""English (American news) normalisation: the ordered rule inventory.

Order is priority at the same position: phone numbers and dates first, then times, money,
ranges, percents and units, abbreviations, years, and the cardinal catch-all last.
"""
from __future__ import annotations

from functools import lru_cache

from audiopaper.normalize.en import (abbrev, cardinal, date, measure, money, numbers, percent,
                                     phone, ranges, time)
from audiopaper.normalize.engine import Inventory

TRIGGER = r"[A-Za-z]+\.?|[\d$£€¥'’\-−.(]"


@lru_cache(maxsize=None)
def inventory() -> Inventory:
    """The compiled English inventory (built once per process)."""
    n = numbers
    return Inventory([
        *phone.rules(n),
        *date.rules(n)[:2],     # month-name and numeric dates
        *time.rules(n),
        *money.rules(n),
        *ranges.rules(n),
        *percent.rules(n),
        *measure.rules(n),
        *cardinal.rules(n)[:1], # ordinal (3rd)
        *date.rules(n)[2:],     # decades and bare years
        *abbrev.rules(n),
        *cardinal.rules(n)[1:], # fraction, decimal, catch-all
    ], TRIGGER)


def fold(text: str) -> str:
    """English text needs no width folding; the identity keeps one interface for both."""
    return text
