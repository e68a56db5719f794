"""The scripts step: an edition → every Script synth speaks (opening, articles, closing).

It sits between normalise and synthesise and is the normalise stage's output for a whole
edition (`audiopaper normalize --edition E.json`): each article normalised into a script,
and the spoken opening (greeting, story count, headline rundown) and closing written from
the templates and normalised with the same lexicon.  Writing them here, before any speech,
is what lets each stage run alone from the previous one's JSON: synth renders a list of
scripts without knowing which are articles, and assemble only joins renderings.

Also here: the line that ends a story whose rest is on a page not in the edition, so it is
heard (and shown and transcribed) instead of stopping mid-sentence.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from audiopaper.common import settings
from audiopaper.common.documents import load_edition
from audiopaper.common.lexicon import default_lexicon
from audiopaper.common.templates import (
    CLOSING_ID,
    OPENING_ID,
    date_fields,
    load_templates,
    parse_date,
)
from audiopaper.config import Config
from audiopaper.model import Article, Edition, Script, Segment, Vocabulary
from audiopaper.normalize import Lexicon, load_lexicon, normalize, normalize_article

PAUSE_MS = 500        # after each opening/closing sentence: the anchor breathes
ITEM_PAUSE_MS = 400   # after each headline of the rundown


def edition_scripts(edition: Edition, config: Config, date: str | dt.date,
                    lexicon: str | Path | Lexicon | None = None) -> list[Script]:
    """Every script of the edition in listening order: opening, articles, closing.

    `lexicon`: a user lexicon, or its file (default: `voices/lexicon-<lang>.toml` when it
    exists), read once for all of them.
    """
    lex = lexicon if isinstance(lexicon, Lexicon) else edition_lexicon(edition.lang, lexicon)
    opening, closing = frame_scripts(edition, config, date, lex)
    return [opening, *article_scripts(edition, config, lex), closing]


def scripts_from_file(edition: str | Path, config: Config, date: str | dt.date | None = None,
                      lang: str | None = None,
                      lexicon: str | Path | None = None) -> tuple[list[Script], Vocabulary]:
    """`audiopaper normalize --edition E.json`: the scripts of a split edition's JSON ("-":
    standard input), in `lang` (default: the edition's), for `date` (default: the edition's,
    else today in the paper's time zone), and the vocabulary of the lexicon they were read
    with, which the stages after this one cut their text with (`scripts_json` writes both)."""
    ed = load_edition(edition)
    if lang:
        ed = dataclasses.replace(ed, lang=lang)
    day = date or ed.date or dt.datetime.now(settings.zone(config.timezone, ed.lang)).date()
    lex = edition_lexicon(ed.lang, lexicon)
    return (edition_scripts(ed, config, day, lex),
            lex.vocabulary(ed.lang) if lex else Vocabulary())


def edition_lexicon(lang: str, lexicon: str | Path | None = None) -> Lexicon | None:
    """The lexicon an edition is read with: `lexicon`, else the language's default file."""
    path = lexicon or default_lexicon(lang)
    return load_lexicon(path) if path else None


def article_scripts(edition: Edition, config: Config, lexicon: Lexicon | None) -> list[Script]:
    """Each article as the script a voice will read (headline stack, then the body)."""
    return [normalize_article(a, edition.lang, lexicon, config.pause_after_headline_ms)
            for a in edition.articles]


def frame_scripts(edition: Edition, config: Config, date: str | dt.date,
                  lexicon: Lexicon | None) -> tuple[Script, Script]:
    """(opening, closing) of `edition` on `date`, from one reading of the templates.

    The opening names every article of `edition`: pass the edition as it will be heard
    (without articles that failed to render), so the rundown never promises a missing story.
    """
    t = load_templates(edition.lang, config.templates)
    fields = date_fields(t, config.paper, parse_date(date))
    n = len(edition.articles)
    opening = [(t.fill("opening.greeting", **fields), PAUSE_MS),
               (t.fill("opening.count_one", **fields) if n == 1
                else t.fill("opening.count", count=n, **fields), PAUSE_MS)]
    if n:
        opening.append((t.fill("opening.rundown", **fields), ITEM_PAUSE_MS))
        opening += [(t.fill("opening.item", headline=_bare(a.title)), ITEM_PAUSE_MS)
                    for a in edition.articles]
    closing = [(t.fill("closing.text", **fields), 0)]
    title = str(fields["paper"])
    return (_script(OPENING_ID, edition.lang, title, opening, "intro", lexicon),
            _script(CLOSING_ID, edition.lang, title, closing, "outro", lexicon))


def _script(article_id: str, lang: str, title: str, lines: list[tuple[str, int]], role: str,
            lexicon: Lexicon | None) -> Script:
    segments = tuple(Segment(normalize(text, lang, lexicon), role, pause) for text, pause in lines)
    return Script(article_id=article_id, lang=lang, title=title, segments=segments)


def scripts_json(scripts: Sequence[Script], vocabulary: Vocabulary = Vocabulary()) -> str:
    """The scripts as the JSON `audiopaper synth --scripts` reads: `{"scripts": [...],
    "vocabulary": {...}}`, the vocabulary of the lexicon they were read with (see
    `model.Vocabulary`), which synth passes on in its renderings JSON."""
    return json.dumps({"scripts": [s.to_dict() for s in scripts],
                       "vocabulary": vocabulary.to_dict()}, ensure_ascii=False, indent=1) + "\n"


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
