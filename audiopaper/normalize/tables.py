"""Rule tables: two-column TSV files shipped in `data/<lang>/`, loaded through importlib.resources.

Tables hold everything that is *data* (units, currencies, keywords, abbreviations), so that a new
unit is one added line, not a code change.  `#` starts a comment; blank lines are skipped.  A
malformed line raises RuleTableError naming `file:line`, because a silent skip would make a
rule quietly stop firing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from audiopaper.errors import RuleTableError


def parse_tsv(text: str, source: str, columns: int) -> list[tuple[str, ...]]:
    """Rows of a TSV text, each with exactly `columns` fields (comments and blanks skipped).

    >>> parse_tsv("# unit\\nkm\\t公里\\n\\nkg\\t千克  # weight\\n", "units.tsv", 2)
    [('km', '公里'), ('kg', '千克')]
    """
    rows: list[tuple[str, ...]] = []
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) != columns or not all(fields):
            raise RuleTableError(f"line {no}: expected {columns} tab-separated fields, "
                                 f"got {len(fields)}: {raw!r}", path=source)
        rows.append(fields)
    return rows


@lru_cache(maxsize=None)
def table(lang: str, name: str, columns: int = 2) -> tuple[tuple[str, ...], ...]:
    """The rows of the packaged table `data/<lang>/<name>.tsv` (cached: tables never change)."""
    res = resources.files("audiopaper.normalize").joinpath("data", lang, f"{name}.tsv")
    try:
        text = res.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleTableError(f"cannot read rule table: {e}", path=f"data/{lang}/{name}.tsv") from None
    return tuple(parse_tsv(text, f"data/{lang}/{name}.tsv", columns))


def mapping(lang: str, name: str) -> dict[str, str]:
    """A two-column table as a dict, written form → spoken form."""
    return {w: s for w, s in table(lang, name, 2)}


def words(lang: str, name: str) -> frozenset[str]:
    """A one-column table as a set (keyword lists)."""
    return frozenset(r[0] for r in table(lang, name, 1))


def alternation(keys: Iterable[str]) -> str:
    """A regex alternation of literal keys, longest first, so `km/h` wins over `km`.

    >>> alternation(["km", "km/h", "m"])
    '(?:km/h|km|m)'
    """
    return "(?:" + "|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k))) + ")"
