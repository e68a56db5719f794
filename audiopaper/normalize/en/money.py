"""Money: `$2.5 million` → two point five million dollars, `$3` → three dollars, `$1.50` → one
dollar and fifty cents, `50 cents` stays words around a cardinal."""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import alternation, mapping, table


def rules(n: ModuleType) -> list[Rule]:
    """One rule: currency sign, amount, optional magnitude word."""
    major = {sign: (one, many) for sign, one, many in table("en", "currency", 3)}
    minor = {sign: (one, many) for sign, one, many in table("en", "currency_minor", 3)}
    magnitudes = mapping("en", "magnitudes")

    def speak(m: re.Match[str]) -> str:
        cur, num, mag = m.group("cur"), m.group("num").replace(",", ""), m.group("mag")
        one, many = major[cur]
        if mag:
            return n.number(num) + " " + magnitudes[mag] + " " + many
        whole, _, cents = num.partition(".")
        if cents and len(cents) == 2 and cur in minor:
            c = int(cents)
            cent_words = n.integer(str(c)) + " " + minor[cur][c != 1]
            if int(whole) == 0:
                return cent_words
            main = n.integer(whole) + " " + (one if int(whole) == 1 else many)
            return main + (" and " + cent_words if c else "")
        return n.number(num) + " " + (one if num == "1" else many)

    return [Rule("money", rf"(?<![A-Za-z])(?P<cur>{alternation(major)})\s?(?P<num>{n.NUM})"
                          rf"(?:\s?(?P<mag>{alternation(magnitudes)})\b)?", speak)]
