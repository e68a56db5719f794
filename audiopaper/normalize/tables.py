"""Rule tables: two-column TSV files shipped in `data/<lang>/`, read by `common.tables`.

Tables hold everything that is *data* (units, currencies, keywords, abbreviations), so that a new
unit is one added line, not a code change.  The format (tabs, `#` comments, a malformed line
is a RuleTableError naming `file:line`) is the one every stage's tables share.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from audiopaper.common.tables import read_tsv


@lru_cache(maxsize=None)
def table(lang: str, name: str, columns: int = 2) -> tuple[tuple[str, ...], ...]:
    """The rows of the packaged table `data/<lang>/<name>.tsv` (cached: tables never change)."""
    return tuple(read_tsv("audiopaper.normalize", f"data/{lang}/{name}.tsv", columns))


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
