"""The rewrite engine: an ordered inventory of rules scanned as one combined regex.

Why one combined regex: the text is scanned once, in C, instead of once per rule, which is what
keeps the normaliser above 100k chars/s.  A cheap *trigger* class (digits, currency signs,
letters, ...) finds the next place any rule could start; the combined pattern is tried there and
the earliest-listed rule that matches wins (the inventory order is the priority, as in
WeTextProcessing's `RuleSpec` weights).  A rule's `speak` may decline (return None) after
looking at the context; the next rule in order that matches at the same place is tried, so a
catch-all rule at the end guarantees progress.

Text outside matches is copied unchanged, so nothing the rules do not understand is lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

Speak = Callable[["re.Match[str]"], Optional[str]]

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class Rule:
    """One rewrite: a regex that finds the written form and a function that says it.

    The pattern must not use backreferences (group numbers shift inside the combined pattern);
    named groups are fine and are read by `speak` from the rule's own match.
    """

    name: str
    pattern: str
    speak: Speak


@dataclass(frozen=True)
class Rewrite:
    """One applied rewrite, with offsets into the text the rules saw (for `--explain`)."""

    start: int
    end: int
    written: str
    spoken: str
    rule: str


class Inventory:
    """An ordered list of rules compiled for scanning; earlier rules win at the same position."""

    def __init__(self, rules: Sequence[Rule], trigger: str) -> None:
        self.rules = tuple(rules)
        # ASCII: \d is 0-9 only (other scripts' digits are text, not figures to read).
        self._own = [re.compile(r.pattern, re.ASCII) for r in self.rules]
        parts, self._owner = [], {}
        index = 1
        for i, (rule, own) in enumerate(zip(self.rules, self._own)):
            parts.append("(" + _NAMED_GROUP.sub("(?:", rule.pattern) + ")")
            self._owner[index] = i
            index += 1 + own.groups - len(own.groupindex)
        self._combined = re.compile("|".join(parts), re.ASCII)
        self._trigger = re.compile(trigger, re.ASCII)

    def rewrites(self, text: str, offset: int = 0) -> list[Rewrite]:
        """Every rewrite in `text`, left to right, non-overlapping."""
        out: list[Rewrite] = []
        pos = 0
        search, match = self._trigger.search, self._combined.match
        while True:
            t = search(text, pos)
            if t is None:
                return out
            start = t.start()
            m = match(text, start)
            found = None
            if m and m.lastindex:
                found = self._speak_at(text, start, self._owner[m.lastindex])
            if found is None:
                pos = t.end()
                continue
            end, spoken, name = found
            out.append(Rewrite(start + offset, end + offset, text[start:end], spoken, name))
            pos = end

    def _speak_at(self, text: str, start: int, first: int) -> tuple[int, str, str] | None:
        for i in range(first, len(self.rules)):
            m = self._own[i].match(text, start)
            if m is None or m.end() == start:
                continue
            try:
                spoken = self.rules[i].speak(m)
            except (ArithmeticError, ValueError, RecursionError):
                # A figure no rule foresaw (a 5,000-digit run, a value past a library's range)
                # must not take a whole build down: the rule declines, the next one speaks.
                spoken = None
            if spoken is not None:
                return m.end(), spoken, self.rules[i].name
        return None


def apply(text: str, rewrites: Sequence[Rewrite], offset: int = 0) -> str:
    """`text` with each rewrite's span replaced by its spoken form."""
    pieces, pos = [], 0
    for r in rewrites:
        pieces.append(text[pos:r.start - offset])
        pieces.append(r.spoken)
        pos = r.end - offset
    pieces.append(text[pos:])
    return "".join(pieces)
