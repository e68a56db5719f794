"""The spoken opening (paper, date, story count, headline rundown) and closing of an edition,
and the line that says where a story continues when its page is not in the edition.

The words come from `voices/templates-<lang>.toml`, so an editor changes them without touching
code.  Templates are checked when loaded (every key present, every placeholder known), so a
typo fails before any audio is rendered.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audiopaper.bundled import voices_file
from audiopaper.config import Config
from audiopaper.errors import InputError, RuleTableError
from audiopaper.model import Article, Edition, Script, Segment

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

OPENING_ID = "opening"
CLOSING_ID = "closing"
_DATE_FIELDS = ("paper", "date", "weekday", "year", "month", "day", "month_name")
_ALLOWED = {
    "title": _DATE_FIELDS, "date": ("year", "month", "day", "month_name"),
    "opening.greeting": _DATE_FIELDS, "opening.count": _DATE_FIELDS + ("count",),
    "opening.count_one": _DATE_FIELDS, "opening.rundown": _DATE_FIELDS,
    "opening.item": ("headline",), "closing.text": _DATE_FIELDS,
}
_PAUSE_MS = 500   # after each opening/closing sentence: the anchor breathes
_ITEM_PAUSE_MS = 400

Normalizer = Callable[[str, str], str]


@dataclass(frozen=True)
class Templates:
    """One language's opening/closing texts, checked; `source` names the file."""

    texts: dict[str, str]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    source: str

    def fill(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)


def load_templates(lang: str, folder: str | Path | None = None) -> Templates:
    """Read and check `templates-<lang>.toml` from `folder` (default: ./voices/, else the
    bundled voices/)."""
    name = f"templates-{lang}.toml"
    path = Path(folder) / name if folder else voices_file(name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no opening/closing templates for language {lang!r}", path) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise RuleTableError(f"cannot read templates: {e}", path) from None
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
    return Templates(texts, weekdays, months, str(path))


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


def opening_script(edition: Edition, config: Config, date: str | dt.date,
                   normalize: Normalizer | None = None) -> Script:
    """Greeting with date and weekday, the number of stories, and a rundown of the headlines.

    Pass the edition as it will be heard (drop articles that failed to render first), so the
    rundown never promises a story that is missing.  `normalize(text, lang)` is the
    normaliser's text entry point; stages do not import each other, so the caller hands it in.
    """
    t = load_templates(config.lang, config.templates)
    fields = date_fields(t, config.paper, parse_date(date))
    n = len(edition.articles)
    lines = [(t.fill("opening.greeting", **fields), _PAUSE_MS),
             (t.fill("opening.count_one", **fields) if n == 1
              else t.fill("opening.count", count=n, **fields), _PAUSE_MS)]
    if n:
        lines.append((t.fill("opening.rundown", **fields), _ITEM_PAUSE_MS))
        lines += [(t.fill("opening.item", headline=_bare(a.title)), _ITEM_PAUSE_MS)
                  for a in edition.articles]
    return _script(OPENING_ID, config, fields, lines, "intro", normalize)


def closing_script(edition: Edition, config: Config, date: str | dt.date,
                   normalize: Normalizer | None = None) -> Script:
    """The closing line, by the anchor voice."""
    t = load_templates(config.lang, config.templates)
    fields = date_fields(t, config.paper, parse_date(date))
    return _script(CLOSING_ID, config, fields, [(t.fill("closing.text", **fields), 0)],
                   "outro", normalize)


def _script(article_id: str, config: Config, fields: dict[str, object],
            lines: list[tuple[str, int]], role: str, normalize: Normalizer | None) -> Script:
    norm = normalize or (lambda text, lang: text)
    segments = tuple(Segment(norm(text, config.lang), role, pause) for text, pause in lines)
    return Script(article_id=article_id, lang=config.lang, title=str(fields["paper"]),
                  segments=segments)


def _bare(headline: str) -> str:
    """A headline without its closing punctuation, so the template adds exactly one.

    >>> _bare("Council votes yes!")
    'Council votes yes'
    >>> _bare("唯实争先 埋头苦干。")
    '唯实争先 埋头苦干'
    """
    return headline.strip().rstrip("。.!！?？;；:： ")


_CONTINUED = {"zh": "本文下转第{page}版。", "en": "Continued on page {page}."}
_ZH_DIGITS = "零一二三四五六七八九"


def zh_page(n: int) -> str:
    """A page number as a Chinese paper prints it in a jump line (第三版, 第十二版).

    >>> zh_page(3), zh_page(10), zh_page(12), zh_page(20), zh_page(46), zh_page(120)
    ('三', '十', '十二', '二十', '四十六', '120')
    """
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return ((_ZH_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
            + (_ZH_DIGITS[ones] if ones else ""))


def continued_line(lang: str, page: int) -> str:
    """The sentence that ends a story whose rest is on a page not in the edition.

    >>> continued_line("zh", 3), continued_line("en", 6)
    ('本文下转第三版。', 'Continued on page 6.')
    """
    return _CONTINUED.get(lang, _CONTINUED["en"]).format(
        page=zh_page(page) if lang == "zh" else page)


def mark_continuations(edition: Edition, pages: set[int]) -> Edition:
    """Each story that jumps to a page missing from `pages` ends with a line saying where it
    continues, so it is heard (and shown and transcribed) instead of stopping mid-sentence."""
    def mark(a: Article) -> Article:
        if a.continued_to is None or a.continued_to in pages:
            return a
        return dataclasses.replace(
            a, paragraphs=(*a.paragraphs, continued_line(edition.lang, a.continued_to)))

    return dataclasses.replace(edition, articles=tuple(mark(a) for a in edition.articles))
