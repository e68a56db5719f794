"""The publish stage's data tables (TSV, read by `common.tables`): interface words and
content types."""
from __future__ import annotations

from functools import lru_cache

from audiopaper.common.tables import read_tsv


def _rows(name: str, columns: int) -> list[tuple[str, ...]]:
    return read_tsv("audiopaper.publish", f"data/{name}", columns)


@lru_cache(maxsize=None)
def words(lang: str) -> dict[str, str]:
    """Interface words in the paper's language (English for a language we have no column for).

    >>> words("zh")["feed_language"], words("en")["feed_language"]
    ('zh-cn', 'en-us')
    """
    col = {"zh": 1, "en": 2}.get(lang, 2)
    return {row[0]: row[col] for row in _rows("strings.tsv", 3)}


@lru_cache(maxsize=None)
def content_types() -> tuple[tuple[str, str], ...]:
    """(file-name ending, content type) pairs, longest ending first."""
    pairs = [(ending, mime) for ending, mime in _rows("mime.tsv", 2)]
    return tuple(sorted(pairs, key=lambda r: -len(r[0])))


def content_type(name: str) -> str:
    """Content type for a file name, by its longest known ending.

    >>> content_type("2024-05-01/chapters.json"), content_type("a.json"), content_type("x.SRT")
    ('application/json+chapters', 'application/json', 'application/x-subrip')
    >>> content_type("notes.bin")
    'application/octet-stream'
    """
    lower = name.lower()
    for ending, ctype in content_types():
        if lower.endswith(ending):
            return ctype
    return "application/octet-stream"
