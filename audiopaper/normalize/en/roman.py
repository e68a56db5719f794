"""Roman numerals after a capitalised word: `World War II` → World War two, `Super Bowl LVIII`
→ Super Bowl fifty-eight (after a word of the `roman_counted` table), `Henry VIII` → Henry the
eighth, `John Smith III` → John Smith the third (a name's ordinal).

Only numerals of two letters or more from I, V, X, L: a lone `I` is the pronoun, and C, D, M
start too many capitalised abbreviations (DC, MD, CD) to be read as numbers.  Issue 11: a lone
I, V or X after a counted word is a number (`Part I` → Part one), matched in any case (`PART
XL`), and a lone `I` after a monarch's name of the `regnal_names` table is the ordinal when a
stop, comma, dash, `of` or the end follows (`Charles I of Naples` → Charles the first of Naples;
`Charles I think` stays the pronoun).
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import words

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_CAPITALISED_BEFORE = re.compile(r"(?P<w>[A-Z][A-Za-z]*\.?)\s\Z")
# A well-formed numeral up to 99 (XCIX); one letter only where the speaker checks its context.
_NUMERAL = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_AFTER_LONE_I = re.compile(r"(?:\s*(?:$|[.,;:)—–]|--)|\s+of\b)")


def value(numeral: str) -> int:
    """The value of a Roman numeral.

    >>> value("II"), value("VIII"), value("LVIII"), value("XIV")
    (2, 8, 58, 14)
    """
    total = 0
    for i, c in enumerate(numeral):
        v = _VALUES[c]
        total += -v if i + 1 < len(numeral) and _VALUES[numeral[i + 1]] > v else v
    return total


def rules(n: EnNumbers) -> list[Rule]:
    """One rule: a numeral right after a capitalised word."""
    counted = {w.lower() for w in words("en", "roman_counted")}
    regnal = words("en", "regnal_names")

    def speak(m: re.Match[str]) -> str | None:
        text, start, numeral = m.string, m.start(), m.group(0)
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)
        if before is None or not numeral:
            return None
        v = value(numeral)
        word = before.group("w")
        if word.lower() in counted:
            return n.integer(str(v))
        if numeral.startswith(("XL", "XC")):
            return None  # a size or a model (Galaxy XL): forty and ninety only after Part, Book...
        if len(numeral) == 1:
            if numeral != "I" or word not in regnal or not _AFTER_LONE_I.match(text, m.end()):
                return None
        return "the " + n.ordinal(v)

    return [Rule("roman", rf"(?<![A-Za-z])(?=[IVXL]){_NUMERAL}(?![A-Za-z0-9])", speak)]
