"""What follows a slash after an amount or a quantity: `$20/mo` → per month, `381.2/km²` → per
square kilometer, `12 kg/kg` → per kilogram.  Shared by money and measure; the words are the
`per_units` table plus the singulars of the `units` table, and a length with a power sign
(`km²`, `m2`) is "square"/"cubic" (the `square_units` table)."""
from __future__ import annotations

from functools import lru_cache

from audiopaper.normalize.tables import alternation, mapping, table, words

POWERS = {"²": "square", "2": "square", "³": "cubic", "3": "cubic"}
# A power sign after a length: ² ³, or a digit glued to a small-letter unit (m2, km3).
POWER = r"(?P<{name}>[²³]|(?<=[a-z])[23](?!\d))?"


@lru_cache(maxsize=None)
def _per_words() -> dict[str, str]:
    out = {w: one for w, one, _ in table("en", "units", 3)}
    out.update(mapping("en", "per_units"))
    return out


def square_units() -> frozenset[str]:
    return words("en", "square_units")


def pattern(name: str = "per") -> str:
    """`/unit` with an optional power sign; groups `<name>` and `<name>pow`."""
    return (rf"/(?P<{name}>{alternation(_per_words())})(?![A-Za-z])"
            + POWER.format(name=name + "pow"))


def powered(unit_words: str, unit: str, power: str | None) -> str | None:
    """`square kilometers` for km²; None when the unit takes no power (a 5 V2 rocket)."""
    if not power:
        return unit_words
    if unit not in square_units():
        return None
    return POWERS[power] + " " + unit_words


def say(unit: str, power: str | None) -> str | None:
    """`per square kilometer`, or None when the power makes no sense for the unit."""
    said = powered(_per_words()[unit], unit, power)
    return None if said is None else "per " + said
