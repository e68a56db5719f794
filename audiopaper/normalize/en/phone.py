"""Phone numbers, digit by digit in their groups: `555-0187` → five five five, zero one
eight seven; `(555) 123-4567` with the area code first; a long-distance `1-` in front is
said (`1-800-555-0199` → one, eight zero zero, ...).  Service numbers from the
`service_numbers` table (911, 311) are read digit by digit too: nine one one, and so is a ZIP code after its name
(`ZIP code 53703`, `the 53703 ZIP code` → five three seven zero three)."""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import alternation, words


def rules(n: ModuleType) -> list[Rule]:
    """Service numbers; then optional area code, three digits, four digits."""
    def speak(m: re.Match[str]) -> str:
        area = m.group("area") or m.group("area2")
        groups = [g for g in (area, m.group("ex"), m.group("line")) if g]
        return ", ".join(n.digits(g) for g in groups)

    service = alternation(words("en", "service_numbers"))
    return [Rule("phone", rf"(?<![\d$£€.,-])(?P<num>{service})(?![\d%]|[.,-]\d)",
                 lambda m: n.digits(m.group("num"))),
            Rule("phone", r"(?:(?<=\b(?:ZIP|[Zz]ip) )|(?<=\b(?:ZIP|[Zz]ip) [Cc]ode ))(?P<zip>\d{5}(?:-\d{4})?)(?![\d-])"
                          r"|(?<![\d$.,-])(?P<zip2>\d{5})(?= ZIP\b)",
                 lambda m: n.digits((m.group("zip") or m.group("zip2")).replace("-", ""))),
            Rule("phone", r"(?<![\d-])(?P<one>1[-.])?(?:\((?P<area>\d{3})\)\s?|(?P<area2>\d{3})[-.])?"
                          r"(?P<ex>\d{3})[-.](?P<line>\d{4})(?![\d-])",
                 lambda m: ("one, " if m.group("one") else "") + speak(m))]
