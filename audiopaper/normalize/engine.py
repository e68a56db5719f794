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
from typing import Any, Callable, Optional, Sequence

try:  # the parsed-pattern opcodes, for `_may_start_with_letter`
    import re._constants as _sre  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

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
        # Most trigger hits are words; only the few rules that can start with a letter are
        # tried there (their own combined pattern): a word costs a handful of branches, not all.
        self._letter_rules = [i for i, r in enumerate(self.rules) if _may_start_with_letter(r.pattern)]
        parts, self._letter_owner, index = [], {}, 1
        for i in self._letter_rules:
            parts.append("(" + _NAMED_GROUP.sub("(?:", self.rules[i].pattern) + ")")
            self._letter_owner[index] = i
            index += 1 + self._own[i].groups - len(self._own[i].groupindex)
        self._letter_combined = re.compile("|".join(parts) or "(?!)", re.ASCII)

    def rewrites(self, text: str, offset: int = 0) -> list[Rewrite]:
        """Every rewrite in `text`, left to right, non-overlapping."""
        out: list[Rewrite] = []
        pos = 0
        search, match = self._trigger.search, self._combined.match
        letter_match, letter_owner = self._letter_combined.match, self._letter_owner
        while True:
            t = search(text, pos)
            if t is None:
                return out
            start = t.start()
            if text[start] in _ASCII_LETTERS:
                m = letter_match(text, start)
                owner = letter_owner
            else:
                m = match(text, start)
                owner = self._owner
            found = None
            if m and m.lastindex:
                found = self._speak_at(text, start, owner[m.lastindex])
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


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _may_start_with_letter(pattern: str) -> bool:
    """Whether a match of `pattern` could begin with an ASCII letter; True when unsure.

    >>> _may_start_with_letter(r"(?<![A-Za-z])\\d+(?:st|nd)"), _may_start_with_letter(r"(?:No\\.|\\d)")
    (False, True)
    """
    try:
        first, nullable = _first(list(_sre_parse.parse(pattern, re.ASCII)))
    except Exception:  # noqa: BLE001 - an opcode this walk does not know: assume it may
        return True
    return first is None or nullable or any(c in _ASCII_LETTERS for c in first)


def _first(items: list[Any]) -> tuple[set[str] | None, bool]:
    """(characters a match may start with, or None for "any"; whether it may be empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            return out | {chr(av)}, False
        if op is _sre.IN:
            chars = _in_set(av)
            return (None if chars is None else out | chars), False
        if op in (_sre.SUBPATTERN, _sre.ATOMIC_GROUP, _sre.BRANCH) or op in _REPEATS:
            if op is _sre.SUBPATTERN:
                alts, least = [list(av[3])], 1
            elif op is _sre.ATOMIC_GROUP:
                alts, least = [list(av)], 1
            elif op is _sre.BRANCH:
                alts, least = [list(a) for a in av[1]], 1
            else:
                alts, least = [list(av[2])], av[0]
            empty = least == 0
            for alt in alts:
                chars, nullable = _first(alt)
                if chars is None:
                    return None, False
                out |= chars
                empty = empty or nullable
            if not empty:
                return out, False
            continue
        return None, False  # ANY, NOT_LITERAL, backreferences...: anything may come
    return out, True


_CATEGORY_CHARS = {_sre.CATEGORY_DIGIT: set("0123456789"), _sre.CATEGORY_SPACE: set(" \t\n\r\f\v")}


def _in_set(items: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE:
            if av[1] - av[0] > 2000:
                return None
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY and av in _CATEGORY_CHARS:
            chars |= _CATEGORY_CHARS[av]
        else:  # NEGATE, word categories, ...: may be a letter
            return None
    return chars


def apply(text: str, rewrites: Sequence[Rewrite], offset: int = 0) -> str:
    """`text` with each rewrite's span replaced by its spoken form."""
    pieces, pos = [], 0
    for r in rewrites:
        pieces.append(text[pos:r.start - offset])
        pieces.append(r.spoken)
        pos = r.end - offset
    pieces.append(text[pos:])
    return "".join(pieces)
