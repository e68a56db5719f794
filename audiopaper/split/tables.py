"""Rule tables of the splitter, read from `audiopaper/split/data/*.tsv`.

Which lines are furniture, which are bylines, how a jump is written and which verbs cue a
kicker are facts about newspapers, not about code: they live in TSV files, read the way every
stage reads its tables (`common.tables`: `#` starts a comment at a line's start or after
whitespace), so a new paper's habits are a data edit.  A malformed row raises RuleTableError
naming the file and line, so a typo in a table fails loudly instead of silently matching
nothing.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from audiopaper.common.files import parse_toml
from audiopaper.common.tables import numbered_rows, package_text
from audiopaper.errors import RuleTableError


@dataclass(frozen=True)
class Rule:
    """One row of a pattern table: what it marks, for which language, and the compiled regex."""

    kind: str
    lang: str
    pattern: re.Pattern[str]

    def applies(self, lang: str) -> bool:
        return self.lang in ("*", lang)


def read_rows(name: str, columns: int) -> list[tuple[int, list[str]]]:
    """Rows of `data/<name>` as (line number, fields); blank lines and comments skipped."""
    return parse_rows(package_text("audiopaper.split", f"data/{name}"), name, columns)


def parse_rows(text: str, name: str, columns: int) -> list[tuple[int, list[str]]]:
    r"""Parse TSV text; a row without exactly `columns` non-empty fields is a RuleTableError.

    The shared reader's error is given the splitter's wording (`t.tsv: line 2: ...`), the
    one `compile_rules` and the table loaders below use for the rows they check further.

    >>> parse_rows("# comment\nto\tzh\tx\n", "t.tsv", 3)
    [(2, ['to', 'zh', 'x'])]
    >>> parse_rows("to\tzh\n", "t.tsv", 3)
    Traceback (most recent call last):
    ...
    audiopaper.errors.RuleTableError: t.tsv: line 1: expected 3 tab-separated fields, got 2: 'to\tzh'
    """
    try:
        return [(no, list(fields)) for no, fields in numbered_rows(text, name, columns)]
    except RuleTableError as e:
        raise RuleTableError(f"line {e.line}: {e.reason}", name) from None


def _patterns(name: str, kinds: tuple[str, ...]) -> tuple[Rule, ...]:
    return compile_rules(read_rows(name, 3), name, kinds)


def compile_rules(rows: list[tuple[int, list[str]]], name: str, kinds: tuple[str, ...]
                  ) -> tuple[Rule, ...]:
    """Compile (kind, lang, regex) rows; an unknown kind or language or a bad regex is a
    RuleTableError naming the table and line."""
    rules = []
    for no, (kind, lang, regex) in rows:
        if kind not in kinds:
            raise RuleTableError(f"line {no}: unknown kind {kind!r}", name)
        if lang not in ("zh", "en", "*"):
            raise RuleTableError(f"line {no}: language must be zh, en or *", name)
        if lang != "en":
            regex = with_traditional(regex)
        try:
            rules.append(Rule(kind, lang, re.compile(regex)))
        except re.error as e:
            raise RuleTableError(f"line {no}: bad regex ({e})", name) from None
    return tuple(rules)


@lru_cache(maxsize=None)
def traditional_forms() -> dict[str, str]:
    """Simplified character -> its traditional forms (zh_variants.tsv), for the patterns."""
    out: dict[str, str] = {}
    for no, (trad, simple) in read_rows("zh_variants.tsv", 2):
        if len(trad) != 1 or len(simple) != 1:
            raise RuleTableError(f"line {no}: one character each way", "zh_variants.tsv")
        out[simple] = out.get(simple, "") + trad
    return out


@lru_cache(maxsize=None)
def _to_simplified() -> dict[int, str]:
    return {ord(t): simple for simple, forms in traditional_forms().items() for t in forms}


def simplified(text: str) -> str:
    """The text with its traditional characters in their simplified forms, one character for
    one (offsets hold), for word lists written in simplified characters.

    >>> simplified("本報記者 （下轉A4版）")
    '本报记者 （下转A4版）'
    """
    return text.translate(_to_simplified())


def with_traditional(regex: str) -> str:
    r"""A regex written in simplified characters that matches their traditional forms too: a
    literal character becomes a class of its forms, and a class gets the forms of the
    characters it names (added at its end, so that a range in it stays a range).

    >>> with_traditional(r"^本报[讯电](?P<page>\d+)版$")
    '^本[报報][讯电訊電](?P<page>\\d+)版$'
    """
    forms = traditional_forms()
    out: list[str] = []
    k, n = 0, len(regex)
    while k < n:
        c = regex[k]
        if c == "\\":
            out.append(regex[k:k + 2])
            k += 2
        elif c == "[":
            end = k + 1
            end += regex[end] == "^" if end < n else 0
            end += regex[end] == "]" if end < n else 0
            while end < n and regex[end] != "]":
                end += 2 if regex[end] == "\\" else 1
            inside = regex[k:end]
            extra = "".join(t for ch in inside for t in forms.get(ch, "") if t not in inside)
            out.append(inside + extra + "]")
            k = end + 1
        else:
            out.append(f"[{c}{forms[c]}]" if c in forms else c)
            k += 1
    return "".join(out)


# Kinds of furniture that take the lines printed with them, and the kinds that may follow a
# paid notice's head and still belong to the notice (the scanner and the labeller share them).
GROUP_KINDS = ("masthead", "date", "top", "index", "weather", "ad", "offer", "notice", "logo",
               "slogan")
NOTICE_TAIL = ("contact", "date", "notice")
FURNITURE_KINDS = ("masthead", "date", "top", "index", "weather", "editor", "ad", "offer",
                   "notice", "contact", "logo", "slogan", "score")
BYLINE_KINDS = ("inline", "tail", "line", "credit")


@lru_cache(maxsize=None)
def furniture_rules() -> tuple[Rule, ...]:
    return _patterns("furniture.tsv", FURNITURE_KINDS)


@lru_cache(maxsize=None)
def byline_rules() -> tuple[Rule, ...]:
    return _patterns("bylines.tsv", BYLINE_KINDS)


@lru_cache(maxsize=None)
def jump_rules() -> tuple[Rule, ...]:
    rules = _patterns("jumps.tsv", ("to", "from"))
    for r in rules:
        if "page" not in r.pattern.groupindex:
            raise RuleTableError(f"jump pattern {r.pattern.pattern!r} has no (?P<page>...) group",
                                 "jumps.tsv")
    return rules


@lru_cache(maxsize=None)
def cue_words() -> dict[str, tuple[str, ...]]:
    """Headline-stack cue words by role: speech, occasion, role."""
    out: dict[str, list[str]] = {"speech": [], "occasion": [], "role": []}
    for no, (role, word) in read_rows("verbs.tsv", 2):
        if role not in out:
            raise RuleTableError(f"line {no}: unknown role {role!r}", "verbs.tsv")
        out[role].append(word)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def english_words() -> dict[str, frozenset[str]]:
    """Small English word lists by kind (word, suffix, function, closed, prefix, opener,
    tail, calendar), for soft hyphens and headlines."""
    out: dict[str, set[str]] = {"word": set(), "suffix": set(), "function": set(), "closed": set(),
                                "prefix": set(), "opener": set(), "tail": set(), "calendar": set()}
    for no, (kind, words) in read_rows("en_words.tsv", 2):
        if kind not in out:
            raise RuleTableError(f"line {no}: unknown kind {kind!r}", "en_words.tsv")
        out[kind].update(w.lower() for w in words.split())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def english_lexicon() -> Mapping[str, int]:
    """English words and how often each is used (pyspellchecker's frequency list, 160,000
    words), to tell a compound a column broke at its hyphen (`cast-` / `iron`: `castiron` is
    no word) from one word it split (`propo-` / `sals`: `sals` is none).  Loaded on the
    first English hyphen at a line's end (about 0.15 s)."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


@lru_cache(maxsize=None)
def zh_surnames() -> dict[str, frozenset[str]]:
    """Chinese surnames by kind (single, compound): a signed name opens with one."""
    out: dict[str, set[str]] = {"single": set(), "compound": set()}
    for no, (kind, names) in read_rows("zh_names.tsv", 2):
        if kind not in out:
            raise RuleTableError(f"line {no}: unknown kind {kind!r}", "zh_names.tsv")
        out[kind].update(names.split())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """The labeller's weights by name (weights.toml), as floats."""
    source = "audiopaper/split/data/weights.toml"
    data = parse_toml(package_text("audiopaper.split", "data/weights.toml"), source,
                      RuleTableError)
    return {k: float(v) for k, v in data.items()}


_APOSTROPHES = str.maketrans("’‘", "''")


def match(rules: tuple[Rule, ...], text: str, lang: str, kinds: tuple[str, ...] = ()
          ) -> tuple[Rule, re.Match[str]] | None:
    """The first rule (of the given kinds, for `lang`) whose regex finds something in `text`.

    English text is matched with its typographic apostrophes as plain ones (`TODAY’S
    WEATHER` as `TODAY'S WEATHER`): the tables write one kind, pages print either.  (One
    character for one, so a match's offsets hold in the text as printed.)"""
    if lang == "en" and ("’" in text or "‘" in text):
        text = text.translate(_APOSTROPHES)
    for r in _applicable(rules, lang, kinds):
        m = r.pattern.search(text)
        if m:
            return r, m
    return None


# the rules of a table that apply to a language and kinds, by the table's identity (a table
# is built once and kept: the splitter asks the same question of it many times a line)
_APPLICABLE: dict[tuple[int, str, tuple[str, ...]], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _applicable(rules: tuple[Rule, ...], lang: str, kinds: tuple[str, ...]) -> tuple[Rule, ...]:
    key = (id(rules), lang, kinds)
    hit = _APPLICABLE.get(key)
    if hit is None or hit[0] is not rules:
        hit = (rules, tuple(r for r in rules if r.applies(lang) and (not kinds or r.kind in kinds)))
        _APPLICABLE[key] = hit
    return hit[1]
