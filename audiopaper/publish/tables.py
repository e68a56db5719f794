"""The publish stage's data tables (TSV, `#` comments): interface words and content types."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from audiopaper.errors import RuleTableError


def read_tsv(name: str, columns: int) -> list[tuple[str, ...]]:
    """Rows of `data/<name>` with exactly `columns` tab-separated fields; `#` lines skipped."""
    text = resources.files("audiopaper.publish").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if len(fields) != columns:
            raise RuleTableError(f"line {no}: expected {columns} tab-separated fields, "
                                 f"got {len(fields)}", f"audiopaper/publish/data/{name}")
        rows.append(fields)
    return rows


@lru_cache(maxsize=None)
def words(lang: str) -> dict[str, str]:
    """Interface words in the paper's language (English for a language we have no column for).

    >>> words("zh")["feed_language"], words("en")["feed_language"]
    ('zh-cn', 'en-us')
    """
    col = {"zh": 1, "en": 2}.get(lang, 2)
    return {row[0]: row[col] for row in read_tsv("strings.tsv", 3)}


@lru_cache(maxsize=None)
def content_types() -> tuple[tuple[str, str], ...]:
    """(file-name ending, content type) pairs, longest ending first."""
    pairs = [(ending, mime) for ending, mime in read_tsv("mime.tsv", 2)]
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
