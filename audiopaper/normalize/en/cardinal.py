"""Cardinals, decimals, ordinals (3rd) and fractions (1/2 → one half, 2-1/2 and 2 1/2 → two
and a half)."""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule

_DENOMINATORS = {2: ("half", "halves"), 4: ("quarter", "quarters")}
_MAGNITUDES = {"M": "million", "mn": "million", "bn": "billion"}


def rules(n: ModuleType) -> list[Rule]:
    """Ordinal, fraction, decimal, and the cardinal catch-all."""
    def fraction(m: re.Match[str]) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        if b < 2 or b > 100:
            return None
        if a > b:  # not a part of a whole: a pair said as two numbers (24/7)
            return n.integer(str(a)) + " " + n.integer(str(b))
        one, many = _DENOMINATORS.get(b, (n.ordinal(b), n.ordinal(b) + "s"))
        return n.integer(str(a)) + " " + (one if a == 1 else many)

    return [
        Rule("ordinal", r"(?<![\d.,])(?P<num>\d{1,15})(?:st|nd|rd|th)\b",
             lambda m: n.ordinal(int(m.group("num")))),
        Rule("fraction", r"(?<![\d./])(?P<a>\d+)/(?P<b>\d+)(?![\d/]|\.\d)", fraction),
        Rule("decimal", rf"(?P<sign>{n.SIGN})?(?<![\d.,])(?P<num>\d*\.\d+)(?![\d.])",
             lambda m: n.signed(m.group("sign"), m.group("num"))),
        Rule("cardinal", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})",
             lambda m: n.signed(m.group("sign"), m.group("num"))),
        # Digits no pattern above could place (1..2): still read, never left as figures.
        Rule("cardinal", r"\d+", lambda m: n.digits(m.group(0))),
    ]


def mixed_fraction(n: ModuleType) -> Rule:
    """A whole number and a fraction (`2-1/2 inches`): listed before ranges, which would
    otherwise read the hyphen as "to"."""
    def speak(m: re.Match[str]) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        if not 0 < a < b <= 100:
            return None
        one, many = _DENOMINATORS.get(b, (n.ordinal(b), n.ordinal(b) + "s"))
        part = "a " + one if a == 1 else n.integer(str(a)) + " " + many
        return n.integer(m.group("w")) + " and " + part

    return Rule("fraction", r"(?<![\d./,-])(?P<w>\d+)(?:-| )(?P<a>\d)/(?P<b>\d{1,2})(?![\d/]|\.\d)",
                speak)


def magnitude(n: ModuleType) -> Rule:
    """`1.5M views` → one point five million views: a short magnitude glued to a figure (not K:
    a 10K run is said ten K).  Listed before the letter-digit words, which would spell the M."""
    return Rule("cardinal", r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)(?P<mag>M|bn|mn)\b",
                lambda m: n.number(m.group("num")) + " " + _MAGNITUDES[m.group("mag")])
