"""Signs that stand next to a number and a voice would skip or spell (`signs` table):
`a 3×5 card` → a three by five card, `+5 points` → plus five points, `ages 18+` → eighteen plus, `~300` → about three
hundred, `#5` → number five.  A sign with no number on the side it needs is left alone.  A
slash standing free between words (`By Marcy Ellison / Staff Writer`) is a pause, never "slash":
it becomes a comma.
"""
from __future__ import annotations

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import alternation, table


def rules() -> list[Rule]:
    """Signs between two numbers, before one (not after a word: `C++`, `A+`), after one."""
    between = {s: w for s, w, where in table("en", "signs", 3) if where == "between"}
    before = {s: w for s, w, where in table("en", "signs", 3) if where == "before"}
    after = {s: w for s, w, where in table("en", "signs", 3) if where == "after"}
    return [
        Rule("sign", rf"(?:(?<=\d)|(?<=\d\s))(?P<s>{alternation(between)})\s?(?=\d)",
             lambda m: ("" if m.string[m.start() - 1].isspace() else " ")
             + between[m.group("s")] + " "),
        Rule("sign", rf"(?<![\w+#])(?P<s>{alternation(before)})(?=\$?\d)",
             lambda m: before[m.group("s")] + " "),
        Rule("sign", rf"(?<=\d)(?P<s>{alternation(after)})(?![\w+])",
             lambda m: " " + after[m.group("s")]),
        Rule("sign", r"(?<=[A-Za-z.])[ \t]+/[ \t]+(?=[A-Za-z])", lambda m: ", "),
    ]


# Where the free-standing slash rule can start (the trigger class holds single characters).
# The lookbehind starts it at the first blank of a run only: tried at every blank of a long run
# it would rescan the run each time (64,000 spaces took 40 s).
SPACED_SLASH = r"(?<![ \t])[ \t]+/[ \t]"


def trigger() -> str:
    """The signs' characters, for the inventory's trigger class."""
    return "".join(sorted({s for s, _, _ in table("en", "signs", 3)}))
