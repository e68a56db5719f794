"""Math and comparison signs next to numbers: `1+2` → 一加二, `≥100万` → 大于等于一百万,
`±2` → 正负二, `4×100米` → 四乘一百米.  A sign not followed by a number is left alone.
"""
from __future__ import annotations

from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import alternation, mapping


def rules(n: ModuleType) -> list[Rule]:
    """One rule: a sign from the `math` table followed by a number."""
    signs = mapping("zh", "math")
    return [Rule("math", rf"(?P<op>{alternation(signs)})(?=\s*[-−]?\.?\d)",
                 lambda m: signs[m.group("op")])]
