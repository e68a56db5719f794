"""Units after a number, from the `units` table: `45 mph` → forty-five miles per hour,
`71°F` → seventy-one degrees Fahrenheit, `1 mile` stays singular, and so does a unit before its noun (`a 45 mph zone` → a
forty-five mile per hour zone); a height in feet and inches
(`5'10"`) is said five foot ten.

Issue 11: a length with a power sign is square or cubic (`3.5 cm²`, `116.5 km2` → square
kilometers), a slash after the quantity or after a bare figure is "per" (`12kg/kg`,
`381.2/km²` → three hundred eighty-one point two per square kilometer), a fraction may come
before the unit (`4 1/2 lbs` → four and a half pounds), and a figure may start at its point
(`.5kg` → zero point five kilograms).
"""
from __future__ import annotations

import re
from functools import lru_cache

from audiopaper.normalize.en import per
from audiopaper.normalize.en.money import ARTICLE_BEFORE as _ARTICLE_BEFORE
from audiopaper.normalize.en.money import NOUN_AFTER as _NOUN_AFTER
from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, table


@lru_cache(maxsize=None)
def units() -> dict[str, tuple[str, str]]:
    """Written unit → (singular, plural)."""
    return {w: (one, many) for w, one, many in table("en", "units", 3)}


def unit_pattern() -> str:
    """Any written unit, longest first, not running on into a word."""
    return alternation(units()) + r"(?![A-Za-z])"


def say(n: EnNumbers, sign: str | None, num: str, unit: str) -> str:
    """Speak a quantity; shared with the range rule."""
    one, many = units()[unit]
    return n.signed(sign, num) + " " + (one if num == "1" and not sign else many)


def rules(n: EnNumbers) -> list[Rule]:
    """A height in feet and inches, then signed number, optional space, unit."""
    def speak(m: re.Match[str]) -> str | None:
        text, start, end = m.string, m.start(), m.end()
        unit, num, sign = m.group("unit"), m.group("num"), m.group("sign")
        one, many = units()[unit]
        # a unit before the noun it measures is singular: a forty-five mile per hour zone
        attributive = (not sign and _ARTICLE_BEFORE.search(text, max(0, start - 32), start)
                       and _NOUN_AFTER.match(text, end))
        word = per.powered(one if attributive or (num == "1" and not sign) else many,
                           unit, m.group("pow"))
        if word is None:
            return None
        said = n.signed(sign, num) + " " + word
        if m.group("per"):
            tail = per.say(m.group("per"), m.group("perpow"))
            if tail is None:
                return None
            said += " " + tail
        return said

    def bare_per(m: re.Match[str]) -> str | None:
        tail = per.say(m.group("per"), m.group("perpow"))
        return None if tail is None else n.signed(m.group("sign"), m.group("num")) + " " + tail

    return [Rule("measure", r"(?<![\d.])(?P<f>[2-8])['’′](?P<i>\d|1[01])(?:\"|”|''|″)",
                 lambda m: n.integer(m.group("f")) + " foot " + n.integer(m.group("i"))),
            # the period of an abbreviated unit (120 ft. tall) is no full stop before a small
            # letter or a comma: it goes with the unit
            Rule("measure", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM}|(?<![\d.])\.\d+)\s?"
                            rf"(?P<unit>{unit_pattern()}){per.POWER.format(name='pow')}"
                            rf"(?:{per.pattern()})?(?:(?<=[a-z])\.(?=[ \t]+[a-z]|[,;:)]))?",
                 speak),
            Rule("measure", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM}){per.pattern()}", bare_per)]
