"""Equations: `1-2=5` → one minus two equals five, `y=x +1` → y equals x plus one.

Only a chain that holds an equals sign is an equation: there a dash between figures is minus,
not the "to" of a range, and a single small letter is a variable said as itself.  The operators'
words are the `between` rows of the `signs` table (a dash is "minus" here).  The chain is at most
eight terms long, so a long run of `1-1-1...` costs linear time.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import table

_TERM = r"(?:\d+(?:\.\d+)?|[a-z](?![A-Za-z]))"


def rules(n: EnNumbers) -> list[Rule]:
    """One rule: terms joined by operators, with at least one equals sign."""
    ops = {s: w for s, w, where in table("en", "signs", 3) if where == "between" and s != "x"}
    ops.update({"-": "minus", "−": "minus", "/": "divided by"})
    op_class = "[" + re.escape("".join(ops)) + "]"

    def speak(m: re.Match[str]) -> str | None:
        expr = m.group(0)
        if "=" not in expr:
            return None
        said = []
        for tok in re.findall(rf"\d+(?:\.\d+)?|[a-z]|{op_class}", expr):
            said.append(ops[tok] if tok in ops else n.number(tok) if tok[0].isdigit() else tok)
        return " ".join(said)

    return [Rule("math", rf"(?<![\w.,]){_TERM}(?:[ \t]?{op_class}[ \t]?{_TERM}){{1,8}}(?!\w|\.\d|[ \t]?{op_class}\w)",
                 speak)]
