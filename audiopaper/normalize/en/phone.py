"""Phone numbers, digit by digit in their groups: `555-0187` → five five five, zero one
eight seven; `(555) 123-4567` with the area code first.  Service numbers from the
`service_numbers` table (911, 311) are read digit by digit too: nine one one."""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import alternation, words


def rules(n: ModuleType) -> list[Rule]:
    """Service numbers; then optional area code, three digits, four digits."""
    def speak(m: re.Match[str]) -> str:
        groups = [g for g in (m.group("area"), m.group("ex"), m.group("line")) if g]
        return ", ".join(n.digits(g) for g in groups)

    service = alternation(words("en", "service_numbers"))
    return [Rule("phone", rf"(?<![\d$£€.,-])(?P<num>{service})(?![\d%]|[.,-]\d)",
                 lambda m: n.digits(m.group("num"))),
            Rule("phone", r"(?<![\d-])(?:\((?P<area>\d{3})\)\s?|(?P<area2>\d{3})[-.])?"
                          r"(?P<ex>\d{3})[-.](?P<line>\d{4})(?![\d-])",
                 lambda m: speak(m) if not m.group("area2") else
                 ", ".join(n.digits(g) for g in (m.group("area2"), m.group("ex"), m.group("line"))))]
