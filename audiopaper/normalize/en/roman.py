"""Roman numerals after a capitalised word: `World War II` → World War two, `Super Bowl LVIII`
→ Super Bowl fifty-eight (after a word of the `roman_counted` table), `Henry VIII` → Henry the
eighth, `John Smith III` → John Smith the third (a name's ordinal).

Only numerals of two letters or more from I, V, X, L: a lone `I` is the pronoun, and C, D, M
start too many capitalised abbreviations (DC, MD, CD) to be read as numbers.
"""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import words

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_CAPITALISED_BEFORE = re.compile(r"(?P<w>[A-Z][A-Za-z]*\.?)\s\Z")
# A well-formed numeral up to 89 (LXXXIX), two letters or more.
_NUMERAL = r"(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})"


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


def rules(n: ModuleType) -> list[Rule]:
    """One rule: a numeral right after a capitalised word."""
    counted = words("en", "roman_counted")

    def speak(m: re.Match[str]) -> str | None:
        text, start = m.string, m.start()
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)
        if before is None:
            return None
        v = value(m.group(0))
        if before.group("w") in counted:
            return n.integer(str(v))
        return "the " + n.ordinal(v)

    return [Rule("roman", rf"(?<![A-Za-z]){_NUMERAL}(?![A-Za-z0-9])", speak)]
