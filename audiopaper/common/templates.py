"""The spoken templates (`voices/templates-<lang>.toml`): the opening's and closing's words and
the episode's title, read and checked in one place.

The scripts step speaks them (`audiopaper.scripts`) and assemble titles the episode with them,
so both stages read them here rather than one importing the other.  They are checked when
loaded (every key present, every placeholder known), so a typo fails before any audio is
rendered.  `OPENING_ID` and `CLOSING_ID` are the article ids the opening and closing travel
under, from scripts through renderings to chapters.

A build needs them three times (the opening tried before any speech, the opening of what was
heard, the episode's title), so a file is read and checked once and kept while it is unchanged.
"""
from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from audiopaper.common.bundled import voices_file
from audiopaper.common.files import load_toml
from audiopaper.errors import InputError, RuleTableError

OPENING_ID = "opening"
CLOSING_ID = "closing"
_DATE_FIELDS = ("paper", "date", "weekday", "year", "month", "day", "month_name")
_ALLOWED = {
    "title": _DATE_FIELDS, "date": ("year", "month", "day", "month_name"),
    "opening.greeting": _DATE_FIELDS, "opening.count": _DATE_FIELDS + ("count",),
    "opening.count_one": _DATE_FIELDS, "opening.rundown": _DATE_FIELDS,
    "opening.item": ("headline",), "closing.text": _DATE_FIELDS,
}


@dataclass(frozen=True)
class Templates:
    """One language's opening/closing texts, checked; `source` names the file.

    Read-only (`texts` a mapping proxy): one instance serves every caller of a build.
    """

    texts: Mapping[str, str]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    source: str

    def fill(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)


def load_templates(lang: str, folder: str | Path | None = None) -> Templates:
    """Read and check `templates-<lang>.toml` from `folder` (default: ./voices/, else the
    bundled voices/), or return what an earlier call read while the file is unchanged."""
    name = f"templates-{lang}.toml"
    path = Path(folder) / name if folder else voices_file(name)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"no opening/closing templates for language {lang!r}", path) from None
    except OSError as e:
        raise RuleTableError(f"cannot read templates file ({e.strerror or e})", path) from None
    return _read(path, (st.st_mtime_ns, st.st_size, st.st_ino))


@lru_cache(maxsize=16)
def _read(path: Path, stamp: tuple[int, int, int]) -> Templates:
    """The checked templates of `path`; `stamp` (the file's mtime, size and inode) keys the
    cache with the path, so an edited or replaced file is read again."""
    data = load_toml(path, RuleTableError, "templates file")
    texts: dict[str, str] = {}
    for key, allowed in _ALLOWED.items():
        table, _, name = key.rpartition(".")
        value = (data.get(table) or {}).get(name) if table else data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise RuleTableError(f"template {key!r} is missing or empty", path)
        for _, field_name, _, _ in string.Formatter().parse(value):
            if field_name is not None and field_name not in allowed:
                raise RuleTableError(
                    f"template {key!r} uses unknown placeholder {{{field_name}}} "
                    f"(allowed: {', '.join(allowed)})", path)
        texts[key] = value
    weekdays = tuple(data.get("weekdays") or ())
    if len(weekdays) != 7 or not all(isinstance(w, str) for w in weekdays):
        raise RuleTableError("weekdays must list 7 names, Monday first", path)
    months = tuple(data.get("months") or ())
    if months and (len(months) != 12 or not all(isinstance(m, str) for m in months)):
        raise RuleTableError("months must list 12 names, January first", path)
    return Templates(MappingProxyType(texts), weekdays, months, str(path))


def parse_date(date: str | dt.date, source: str | None = None) -> dt.date:
    """An edition date from "YYYY-MM-DD" (or a date); a bad one is an InputError.

    >>> parse_date("2024-06-12").isoweekday()
    3
    """
    if isinstance(date, dt.date):
        return date
    try:
        return dt.date.fromisoformat(str(date))
    except ValueError:
        raise InputError(f"edition date must be YYYY-MM-DD, got {date!r}", source) from None


def date_fields(t: Templates, paper: str, day: dt.date) -> dict[str, object]:
    """The placeholders every template may use for one edition date."""
    fields: dict[str, object] = {
        "paper": paper, "year": day.year, "month": day.month, "day": day.day,
        "weekday": t.weekdays[day.weekday()],
        "month_name": t.months[day.month - 1] if t.months else str(day.month),
    }
    fields["date"] = t.fill("date", **fields)
    return fields
