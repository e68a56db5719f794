"""Math and comparison signs next to numbers: `1+2` → 一加二, `≥100万` → 大于等于一百万,
`±2` → 正负二, `4×100米` → 四乘一百米.  A sign not followed by a number is left alone, except
a plus joining or closing words (`合作社+农户` → 合作社加农户, `“互联网+”` → 互联网加): the
anchor reads it 加 there too, and a voice would skip it.
"""
from __future__ import annotations

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, mapping


def rules(n: ZhNumbers) -> list[Rule]:
    """A sign from the `math` table followed by a number; a plus between or after words."""
    signs = mapping("zh", "math")
    return [Rule("math", rf"(?P<op>{alternation(signs)})(?=\s*[-−]?\.?\d)",
                 lambda m: signs[m.group("op")]),
            Rule("math", r"(?<=[\u4e00-\u9fffA-Za-z0-9])[+＋]"
                         r"(?=[\u4e00-\u9fffA-Za-z]|[”\"」』’）)，。、；！？]|$)", lambda m: "加")]
