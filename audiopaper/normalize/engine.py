"""The rewrite engine: an ordered inventory of rules scanned as one combined regex.

Why one combined regex: the text is scanned once, in C, instead of once per rule, which is what
keeps the normaliser above 100k chars/s.  A cheap *trigger* class (digits, currency signs,
letters, ...) finds the next place any rule could start; the combined pattern is tried there and
the earliest-listed rule that matches wins (the inventory order is the priority, as in
WeTextProcessing's `RuleSpec` weights).  A rule's `speak` may decline (return None) after
looking at the context; the next rule in order that matches at the same place is tried, so a
catch-all rule at the end guarantees progress.  A rule that could start with a character the
trigger never stops at would never be tried there, so `Inventory` refuses it when built.

Text outside matches is copied unchanged, so nothing the rules do not understand is lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Sequence, TypeVar

try:  # the parsed-pattern opcodes, for `_may_start_with_letter`
    import re._constants as _sre  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

Speak = Callable[["re.Match[str]"], Optional[str]]
T = TypeVar("T")

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
    """An ordered list of rules compiled for scanning; earlier rules win at the same position.

    Raises `ValueError` when a rule could start with a character the trigger never stops at:
    such a rule would silently never be tried there (see `_check_reachable`).
    """

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
        starts = [_parse_start(r.pattern) for r in self.rules]
        _check_reachable(self.rules, starts, trigger)
        # Most trigger hits are words; only the few rules that can start with a letter are
        # tried there (their own combined pattern): a word costs a handful of branches, not all.
        self._letter_rules = [i for i, start in enumerate(starts) if _letter_start(start)]
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


def in_order(order: Sequence[str], groups: Mapping[str, T]) -> list[T]:
    """The values of `groups` in the order `order` names them: the one place a language states
    its rules' priority.  A name without a group, a name twice, or a group no name lists is an
    error (raised when the language module is imported), never a silently dropped rule.

    >>> in_order(("b", "a"), {"a": 1, "b": 2})
    [2, 1]
    >>> in_order(("a", "c"), {"a": 1, "b": 2})
    Traceback (most recent call last):
    ...
    ValueError: rule order: no group named 'c'; groups left out of the order: 'b'
    """
    faults = [f"no group named {name!r}" for name in order if name not in groups]
    faults += [f"{name!r} listed twice" for name in dict.fromkeys(order) if order.count(name) > 1]
    left = [repr(name) for name in groups if name not in order]
    if left:
        faults.append("groups left out of the order: " + ", ".join(left))
    if faults:
        raise ValueError("rule order: " + "; ".join(faults))
    return [groups[name] for name in order]


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _may_start_with_letter(pattern: str) -> bool:
    """Whether a match of `pattern` could begin with an ASCII letter; True when unsure.

    >>> _may_start_with_letter(r"(?<![A-Za-z])\\d+(?:st|nd)"), _may_start_with_letter(r"(?:No\\.|\\d)")
    (False, True)
    """
    return _letter_start(_parse_start(pattern))


Atom = tuple[Any, Any, bool]  # (LITERAL / NOT_LITERAL / IN / ANY opcode, its argument, ignore case)
Start = tuple[Optional[list[Atom]], bool]  # (first items or None when unsure, may be empty)


def _parse_start(pattern: str) -> Start:
    """`_first_atoms` of a whole pattern, its inline global flags (`(?i)`) included.  Parsed
    once per rule: the letter dispatch and the trigger check both read it."""
    try:
        parsed = _sre_parse.parse(pattern, re.ASCII)
        return _first_atoms(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an opcode this walk does not know: unsure
        return None, False


def _letter_start(start: Start) -> bool:
    """Whether a match could begin with an ASCII letter; True when unsure."""
    atoms, nullable = start
    if atoms is None or nullable:
        return True
    for atom in atoms:
        chars = _resolved(atom)
        if chars is None or not chars.isdisjoint(_ASCII_LETTERS):
            return True
    return False


def _first_atoms(items: list[Any], icase: bool = False) -> Start:
    """(the one-character items a match may start with, or None when this walk cannot tell;
    whether the match may be empty)."""
    out: list[Atom] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _ONE_CHAR:
            return out + [(op, av, icase)], False
        if op in (_sre.SUBPATTERN, _sre.ATOMIC_GROUP, _sre.BRANCH) or op in _REPEATS:
            inner = icase
            if op is _sre.SUBPATTERN:
                alts, least = [list(av[3])], 1
                inner = bool(av[1] & _sre.SRE_FLAG_IGNORECASE) or (
                    icase and not av[2] & _sre.SRE_FLAG_IGNORECASE)
            elif op is _sre.ATOMIC_GROUP:
                alts, least = [list(av)], 1
            elif op is _sre.BRANCH:
                alts, least = [list(a) for a in av[1]], 1
            else:
                alts, least = [list(av[2])], av[0]
            empty = least == 0
            for alt in alts:
                atoms, nullable = _first_atoms(alt, inner)
                if atoms is None:
                    return None, False
                out += atoms
                empty = empty or nullable
            if not empty:
                return out, False
            continue
        return None, False  # backreferences, conditionals...: this walk cannot tell
    return out, True


_ONE_CHAR = (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY)


def _resolved(atom: Atom) -> set[str] | None:
    """Every character `atom` matches, or None when that is no short list (`.`, `[^x]`, `\\w`,
    a range of thousands)."""
    op, av, icase = atom
    chars = {chr(av)} if op is _sre.LITERAL else _in_set(av) if op is _sre.IN else None
    if chars is None or not icase:
        return chars
    return chars | {c.lower() for c in chars} | {c.upper() for c in chars}


_CATEGORY_TEST: dict[Any, Callable[[str], bool]] = {
    _sre.CATEGORY_DIGIT: lambda c: c in "0123456789",
    _sre.CATEGORY_NOT_DIGIT: lambda c: c not in "0123456789",
    _sre.CATEGORY_SPACE: lambda c: c in " \t\n\r\f\v",
    _sre.CATEGORY_NOT_SPACE: lambda c: c not in " \t\n\r\f\v",
    _sre.CATEGORY_WORD: lambda c: c.isascii() and (c.isalnum() or c == "_"),
    _sre.CATEGORY_NOT_WORD: lambda c: not (c.isascii() and (c.isalnum() or c == "_")),
}


def _accepts(atom: Atom, c: str) -> bool:
    """Whether the one-character item `atom` matches `c` (ASCII semantics, as the rules)."""
    op, av, icase = atom
    cases = {c, c.lower(), c.upper()} if icase else {c}
    if op is _sre.LITERAL:
        return chr(av) in cases
    if op is _sre.NOT_LITERAL:
        return chr(av) not in cases
    if op is _sre.ANY:
        return c != "\n"
    negate, hit = False, False
    for item_op, item in av:
        if item_op is _sre.NEGATE:
            negate = True
        elif item_op is _sre.LITERAL:
            hit = hit or chr(item) in cases
        elif item_op is _sre.RANGE:
            hit = hit or any(item[0] <= ord(x) <= item[1] for x in cases)
        elif item_op is _sre.CATEGORY:
            hit = hit or any(_CATEGORY_TEST[item](x) for x in cases)
        else:
            raise ValueError(f"unknown set item {item_op}")
    return hit != negate


def _check_reachable(rules: Sequence[Rule], starts: Sequence[Start], trigger: str) -> None:
    """Raise `ValueError` naming each rule that may start with a character the trigger never
    stops at: the scan only tries rules where the trigger finds something, so such a rule (or
    that branch of it) would silently never fire.  A rule that may match empty is checked on the
    first characters it names (a guarded `(?=[IVX])I{0,3}`); one that starts with something this
    walk cannot read (a backreference) is not checked.

    A first item that matches too many characters to list (`\\w`, `[^x]`, `.`) is checked on a
    sample: every ASCII character and every character the rules' and the trigger's first items
    name (their CJK literals, the ends of their ranges).
    """
    found, found_nullable = _parse_start(trigger)
    if found is None or found_nullable:
        return  # the trigger may stop anywhere
    atoms_of = [atoms or [] for atoms, _ in starts]
    sample = {chr(c) for c in range(128)}
    for atom in found + [a for atoms in atoms_of for a in atoms]:
        chars = _resolved(atom)
        if chars is not None:
            sample |= chars
        elif atom[0] is _sre.NOT_LITERAL:
            sample.add(chr(atom[1]))
        elif atom[0] is _sre.IN:
            for op, av in atom[1]:
                sample.update([chr(av)] if op is _sre.LITERAL else
                              [chr(av[0]), chr(av[1])] if op is _sre.RANGE else [])

    def matched(atom: Atom) -> set[str]:
        chars = _resolved(atom)
        return chars if chars is not None else {c for c in sample if _accepts(atom, c)}

    stops = set().union(*map(matched, found))
    faults = []
    for i, (rule, atoms) in enumerate(zip(rules, atoms_of)):
        missed = sorted(set().union(*map(matched, atoms)) - stops)
        if missed:
            shown = "".join(missed[:20]) + ("..." if len(missed) > 20 else "")
            faults.append(f"rule {i} {rule.name!r} ({rule.pattern[:50]!r}) may start with "
                          f"{shown!r}, which the trigger never finds")
    if faults:
        raise ValueError("inventory: a rule would never be tried there; add its first "
                         "characters to the trigger or drop them from the rule:\n  "
                         + "\n  ".join(faults))


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
