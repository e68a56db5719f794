"""Percents: `6.8%` → six point eight percent."""
from __future__ import annotations

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers


def rules(n: EnNumbers) -> list[Rule]:
    """One rule: a signed number and a percent sign."""
    return [Rule("percent", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})\s?%",
                 lambda m: n.signed(m.group("sign"), m.group("num")) + " percent")]
