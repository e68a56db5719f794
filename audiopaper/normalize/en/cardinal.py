"""Cardinals, decimals, ordinals (3rd) and fractions (1/2 → one half, 2-1/2 and 2 1/2 → two
and a half).  Issue 11: an ordinal ending written after the denominator (`1/4th`, `1/3RD`) is
the fraction's own reading said once (one quarter), a unit after a mixed number takes its
plural (`4 1/2 lbs` → four and a half pounds), and a figure written with a leading zero
(`004`, `07`) is a code, said digit by digit."""
from __future__ import annotations

import re

from audiopaper.normalize.en import measure
from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, words

_ORD_END = r"(?:(?i:st|nd|rd|th)(?![A-Za-z]))?"

_DENOMINATORS = {2: ("half", "halves"), 4: ("quarter", "quarters")}
_MAGNITUDES = {"M": "million", "mn": "million", "bn": "billion", "k": "thousand"}


def ordinal(n: EnNumbers) -> list[Rule]:
    """Ordinal (3rd): before years and abbreviations, unlike the rest of `rules`."""
    return [Rule("ordinal", r"(?<![\d.,])(?P<num>\d{1,15})(?:st|nd|rd|th)\b",
                 lambda m: n.ordinal(int(m.group("num"))))]


def rules(n: EnNumbers) -> list[Rule]:
    """Fraction, decimal, and the cardinal catch-all."""
    def fraction(m: re.Match[str]) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        if b < 2 or b > 100:
            return None
        if a > b:  # not a part of a whole: a pair said as two numbers (24/7)
            return n.integer(str(a)) + " " + n.integer(str(b))
        one, many = _DENOMINATORS.get(b, (n.ordinal(b), n.ordinal(b) + "s"))
        return n.integer(str(a)) + " " + (one if a == 1 else many)

    return [
        Rule("fraction", r"(?<![\d./])(?P<a>\d+)/(?P<b>\d+)(?![\d/]|\.\d)" + _ORD_END, fraction),
        Rule("decimal", rf"(?P<sign>{n.SIGN})?(?<![\d.,])(?P<num>\d*\.\d+)(?![\d.])",
             lambda m: n.signed(m.group("sign"), m.group("num"))),
        Rule("cardinal", r"(?<![\d.,])0\d+(?![\d.,]?\d)", lambda m: n.digits(m.group(0))),
        Rule("cardinal", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})",
             lambda m: n.signed(m.group("sign"), m.group("num"))),
        # Digits no pattern above could place (1..2): still read, never left as figures.
        Rule("cardinal", r"\d+", lambda m: n.digits(m.group(0))),
    ]


def mixed_fraction(n: EnNumbers) -> list[Rule]:
    """A whole number and a fraction (`2-1/2 inches`): listed before ranges, which would
    otherwise read the hyphen as "to"."""
    def speak(m: re.Match[str]) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        if not 0 < a < b <= 100:
            return None
        one, many = _DENOMINATORS.get(b, (n.ordinal(b), n.ordinal(b) + "s"))
        part = "a " + one if a == 1 else n.integer(str(a)) + " " + many
        said = n.integer(m.group("w")) + " and " + part
        return said + (" " + measure.units()[m.group("unit")][1] if m.group("unit") else "")

    return [Rule("fraction", r"(?<![\d./,-])(?P<w>\d+)(?:-| )(?P<a>\d)/(?P<b>\d{1,2})(?![\d/]|\.\d)"
                 + _ORD_END + rf"(?:\s?(?P<unit>{measure.unit_pattern()}))?", speak)]


def magnitude(n: EnNumbers) -> list[Rule]:
    """`1.5M views` → one point five million views: a short magnitude glued to a figure (not K:
    a 10K run is said ten K; a small k is thousand, `1.6k of the 10k bricks`, unless a race word
    of the `race_words` table follows: a 10k run).  Listed before the letter-digit words, which
    would spell the M.  A multiplier `4.4x` (a 4.4x zoom) is the figure and "x"."""
    race = re.compile(rf"[ \t-]{alternation(words('en', 'race_words'))}\b")

    def speak(m: re.Match[str]) -> str | None:
        if m.group("mag") == "k" and race.match(m.string, m.end()):
            return None
        return n.number(m.group("num")) + " " + _MAGNITUDES[m.group("mag")]

    return [Rule("cardinal", r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)(?P<mag>M|bn|mn|k)\b", speak),
            Rule("cardinal", r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)[xX](?![\w])",
                 lambda m: n.number(m.group("num")) + " x")]
