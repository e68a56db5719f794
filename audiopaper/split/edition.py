"""Pages of one edition → one Edition: each page in listening order, jumped stories stitched.

A story jumps from page P (`（下转3版）`, `See BUDGET, Page A6`) to page Q, where its rest
opens with `（上接1版）` under a repeat of its headline, often shortened.  Given both pages,
the rest is matched to its start by the jump's word (an English rest's label that the start's
headline says), then headline similarity, then order, and appended at the
start's place; when the jump cut a sentence, the two halves of that paragraph become one.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import re
import sys
import threading

from audiopaper.errors import AudiopaperError, SplitError
from audiopaper.model import Article, Edition, Page
from audiopaper.split.layout import split_layout
from audiopaper.split.page import PageResult, Story, split_page
from audiopaper.split.roles import reads_as_running_text
from audiopaper.split.text import join_en, join_zh, joined_paragraphs

log = logging.getLogger(__name__)


def split_pages(pages: list[Page]) -> Edition:
    """Split the pages of one edition (in page order) into articles in listening order.

    A PDF page (one with a layout) is read from its geometry, a text page from its lines.
    """
    results = _split_all(pages)
    stories = [s for r in results for s in r.stories]
    lang = pages[0].lang if pages else "zh"
    stories = stitch(stories, lang)
    articles = tuple(_article(s, n) for n, s in enumerate(stories, 1))
    skipped = tuple(x for r in results for x in r.skipped)
    date = next((r.date for r in results if r.date), None)
    return Edition(articles=articles, skipped=skipped, lang=lang, date=date,
                   sources=tuple(p.source for p in pages))


# Below this many pages there is no second page for a worker to split beside another (the
# first is split in this process, before the workers start).
_PARALLEL_FROM = 3


def _split_all(pages: list[Page]) -> list[PageResult]:
    """Every page split, on as many cores as the machine gives (pages are split apart from
    each other; only stitching needs them all).  The first page is split here, which reads
    the tables every page needs; the workers, forked after it, start with them read.  A page
    a worker could not split cleanly (a fault, a page with no story) is split again here,
    where its warning or its error is told as in one process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    # (forked only where forking is safe: Linux, and no other thread that could hold a lock
    # the worker would wait on forever; elsewhere, or under a progress display, one process)
    # (nor from a worker of a pool, which may have no children of its own)
    if len(pages) < _PARALLEL_FROM or cores < 2 or threading.active_count() > 1 \
            or not sys.platform.startswith("linux") or multiprocessing.current_process().daemon:
        return [_split_one(p) for p in pages]
    first = _split_one(pages[0])
    with multiprocessing.get_context("fork").Pool(min(cores, len(pages) - 1)) as pool:
        done = pool.map(_split_clean, pages[1:], chunksize=1)
    return [first] + [r if r is not None else _split_one(p)
                      for p, r in zip(pages[1:], done, strict=True)]


def _split_clean(page: Page) -> PageResult | None:
    """One page split in a worker, or None when anything went wrong (told by the parent)."""
    try:
        return split_layout(page) if page.layout is not None else split_page(page)
    except Exception:  # noqa: BLE001  (the parent splits the page again and tells why)
        return None


def _split_one(page: Page) -> PageResult:
    """One page split, or, when a fault in one of the splitter's cues raises, split by its
    blocks: a bug met on a page the splitter was never tried on must not cost the listener
    the page, nor end the edition in a traceback.  The fault is told on stderr in one line
    naming the file, so that it is seen and reported."""
    try:
        return split_layout(page) if page.layout is not None else split_page(page)
    except SplitError:
        if not _holds_text(page):
            raise  # (a page of furniture alone: an ad, a puzzle; nothing to read)
        # (the page holds running text, yet no story was found: a cue took every line as
        # furniture; a page with body text is never lost)
        log.warning("%s: no article found, though the page holds running text; the page is "
                    "read one story per block", page.source)
        return by_blocks(page)
    except AudiopaperError:
        raise
    except Exception as e:  # noqa: BLE001  (any fault: the page is still read, by its blocks)
        log.warning("%s: the splitter failed (%s: %s); the page is read one story per block",
                    page.source, type(e).__name__, e)
        return by_blocks(page)


def _holds_text(page: Page) -> bool:
    """A block of the page (lines between blank lines), its lines joined, reads as running
    text as the never-furniture guard reads a line."""
    join = join_en if page.lang == "en" else join_zh
    blocks = re.split(r"\n\s*\n", "\n".join(page.lines))
    return any(reads_as_running_text(join([x.strip() for x in b.splitlines() if x.strip()]),
                                     page.lang) for b in blocks)


def by_blocks(page: Page) -> PageResult:
    """The page's blocks (lines between blank lines), each one story of one paragraph: the
    last resort, which keeps every line of text, in page order."""
    join = join_en if page.lang == "en" else join_zh
    blocks: list[list[str]] = [[]]
    for line in page.lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    stories = [Story(page=page.page_no, paragraphs=[join(b)]) for b in blocks if b]
    return PageResult(stories, [])


def stitch(stories: list[Story], lang: str) -> list[Story]:
    """Join every story that jumps to a page we have with its continuation on that page.

    Pages are known by the number printed in their header, else by the number given for the
    file.  When the target page is not among them (files numbered by their order), a
    continuation on a later page that says it comes from this story's page is taken, the one
    whose headline best repeats this one's first.
    """
    pages = {s.page for s in stories}
    used: set[int] = set()
    for n, s in enumerate(stories):
        q = s.continued_to
        if q is None or q == s.page:
            continue
        cands = [c for c in stories if id(c) not in used and c.continued_from == s.page
                 and (c.page == q if q in pages else
                      c.page != s.page and stories.index(c) > n)]
        if not cands:
            continue
        rest = max(cands, key=lambda c: (_named(c.kicker, s.headline),
                                         similarity(s.headline, c.headline), -stories.index(c)))
        used.add(id(rest))
        s.paragraphs = joined_paragraphs(s.paragraphs, rest.paragraphs, lang)
        s.continued_to = rest.continued_to
        s.byline = s.byline or rest.byline
    return [s for s in stories if id(s) not in used]


def _named(label: str | None, headline: str | None) -> bool:
    """The continuation's label is the jump's word, and the story's headline says it
    (`See BOND, Page A6` / `BOND` over the rest, under `Voters to decide $38 million bond…`):
    English jumps name their rest by a word of the story, not by its headline's letters.

    >>> _named("BOND", "Voters to decide $38 million bond"), _named("FIRE", "Voters decide")
    (True, False)
    """
    if not label or not headline:
        return False
    return label.strip().lower() in re.findall(r"[\w'-]+", headline.lower())


def similarity(a: str | None, b: str | None) -> float:
    """Share of the shorter headline's character bigrams found in the other (0..1).

    A continuation repeats its headline, often shortened, so containment beats plain overlap.

    >>> similarity("全力推动重大项目早开工早投产早见效", "全力推动重大项目早开工")
    1.0
    """
    def grams(s: str) -> set[str]:
        s = "".join(s.split()).lower()
        return {s[i:i + 2] for i in range(len(s) - 1)}
    ga, gb = grams(a or ""), grams(b or "")
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / min(len(ga), len(gb))


def _article(s: Story, n: int) -> Article:
    return Article(id=f"a{n}", kind=s.kind, kicker=s.kicker, headline=s.headline,
                   subheadline=s.subheadline, byline=s.byline, paragraphs=tuple(s.paragraphs),
                   continued_to=s.continued_to, continued_from=s.continued_from)
