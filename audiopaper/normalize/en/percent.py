"""Percents: `6.8%` → six point eight percent."""
from __future__ import annotations

from types import ModuleType

from audiopaper.normalize.engine import Rule


def rules(n: ModuleType) -> list[Rule]:
    """One rule: a signed number and a percent sign."""
    return [Rule("percent", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})\s?%",
                 lambda m: n.signed(m.group("sign"), m.group("num")) + " percent")]
