"""Phone numbers, digit by digit in their groups: `555-0187` → five five five, zero one
eight seven; `(555) 123-4567` with the area code first."""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule


def rules(n: ModuleType) -> list[Rule]:
    """One rule: optional area code, three digits, four digits."""
    def speak(m: re.Match[str]) -> str:
        groups = [g for g in (m.group("area"), m.group("ex"), m.group("line")) if g]
        return ", ".join(n.digits(g) for g in groups)

    return [Rule("phone", r"(?<![\d-])(?:\((?P<area>\d{3})\)\s?|(?P<area2>\d{3})[-.])?"
                          r"(?P<ex>\d{3})[-.](?P<line>\d{4})(?![\d-])",
                 lambda m: speak(m) if not m.group("area2") else
                 ", ".join(n.digits(g) for g in (m.group("area2"), m.group("ex"), m.group("line"))))]
