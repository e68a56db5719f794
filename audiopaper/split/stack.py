"""A headline stack's lines → kicker, headline, subheadline and byline.

Plain text carries no font sizes, so roles come from textual cues (the corpus convention):
in Chinese a top line ending in a speech verb is the kicker, and so is one ending in an
occasion verb when more headline lines follow; a `——` line or one ending in role verbs is the
subheadline; every other line joins the headline.  In English a short ALL-CAPS label above the
headline is the kicker and the block below the headline (the deck) is the subheadline.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from audiopaper.split.lines import LIFE_DATES, PERSON, cue
from audiopaper.split.tables import english_words
from audiopaper.split.text import collapse_spaced_name, join_en
from audiopaper.split.tokens import Token


@dataclass
class Stack:
    kicker: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None


def _join(parts: list[str]) -> str | None:
    return " ".join(parts) if parts else None


def label_stack(tokens: list[Token], lang: str, body: Sequence[str] = ()) -> Stack:
    """Label the display and byline tokens of one story's stack (furniture is ignored);
    `body`, the story's text lines, shows which words it writes in lower case."""
    bylines = [t.text for t in tokens if t.kind == "BY"]
    display = [t for t in tokens if t.kind == "D"]
    # two byline lines in one stack are both kept: no printed text is lost
    st = Stack(byline=" ".join(collapse_spaced_name(b) for b in bylines) if bylines else None)
    if lang == "en":
        lower = frozenset(w for line in body for w in re.findall(r"\b[a-z][a-z'-]+", line))
        return _label_en(display, st, lower)
    head: list[str] = []
    sub: list[str] = []
    for n in (1, _first_block(display)):
        top_cue = cue(display[n - 1].text) if len(display) >= n else None
        more = any(cue(u.text) != "role" for u in display[n:])
        if top_cue == "speech" or (top_cue == "occasion" and more):
            st.kicker = " ".join(t.text for t in display[:n])
            display = display[n:]
            break
    logo = _LOGO.fullmatch(display[0].text) if display else None
    # (a label printed as a block of its own, where the page's blank lines part blocks; or
    # one of two or three characters, which no headline's phrase is)
    apart = len(display) >= 2 and not display[1].lines[0].loose and display[1].lines[0].gap > 0
    if not st.kicker and len(display) >= 2 and logo is not None \
            and (apart or len(re.sub(r"\s", "", logo[0])) <= 3) and cue(display[0].text) is None \
            and len(re.sub(r"\s", "", " ".join(t.text for t in display[1:]
                                               if cue(t.text) != "role"))) >= 6:
        # a short label over a whole headline: a column's logo, which is not read (the page
        # skips it), not the headline's first words (`漫画` / `…`, `周末去哪儿` / `…`); over a
        # deck alone (`——对话…`) it is the headline itself (`小区充电难`)
        display = display[1:]
    for k, t in enumerate(display):
        if sub and sub[-1].startswith("——") and k == len(display) - 1 and len(t.text) <= 10 \
                and display[k - 1].text == sub[-1] and not re.search(r"[，。；！？]", t.text):
            sub[-1] += t.text  # a `——` subheadline the column wrapped (`——对话…中心` / `律师邬晴`)
            continue
        (sub if cue(t.text) == "role" else head).append(t.text)
    if not head and st.kicker:
        head, st.kicker = [st.kicker], None
    st.headline, st.subheadline = _join(head), _join(sub)
    return st


def _first_block(display: list[Token]) -> int:
    """Length of the first printed block of display lines (no blank between them) when it
    is two lines: a kicker wrapped over two lines ends in its cue verb on the second.  Where
    the page has no blank lines at all (`loose`), the cue verb on the second line alone says so,
    when the first line has none of its own and a headline follows."""
    if len(display) > 2 and display[1].lines[0].loose and cue(display[0].text) is None \
            and cue(display[1].text) in ("speech", "occasion"):
        return 2
    n = 1
    while n < len(display) and display[n].lines[0].gap == 0:
        n += 1
    return n if n == 2 else 1


# a column's logo: two to five characters, no pause nor stop (`漫画`, `图片新闻`, `快 讯`)
_LOGO = re.compile(r"[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,4}")
# a box's row under its head in capitals, not a headline under its kicker (`Where: Osgood
# Playhouse…`, `Sale of Nov. 8 -- 612 head`)
_BOX_ROW = re.compile(r"^[^:]{1,15}:|--|—\s*\d")
# a headline line this long (letters) was set on one line, not wrapped in a column
_UNWRAPPED = 34
# how much wider than its first line a headline's later line may run (a letter or two)
_LINE_SLACK = 1.15


def _label_en(display: list[Token], st: Stack, lower: frozenset[str] = frozenset()) -> Stack:
    blocks: list[list[str]] = []
    function = english_words()["function"]
    for n, t in enumerate(display):
        # a line printed with the one above, or one that plainly goes on from it (starts in
        # lower case, or the line above ends on a comma or a function word), is the same block
        # (a block in capitals goes on in capitals: `VOTERS SAY YES TO` / `NEW MIDDLE SCHOOL`
        # / `$38.6 million levy…` is a headline and its deck)
        words = blocks[-1][-1].split() if blocks else []
        last = words[-1].strip(",") if words else ""
        last = last.lower() if last.isupper() else last  # (`YES TO`, not the month `May`)
        caps_over_lower = bool(blocks) and blocks[-1][-1].isupper() and not t.text.isupper()
        # (no blank lines on the page: a headline's large type wraps into lines no wider than
        # its first, `Five questions for Pine Ridge` / `High's new principal`; a deck's
        # smaller type runs wider)
        # (or as wide, over a line much wider: `Dunmore Fabrication to add` / `140 jobs at
        # harbor plant` / `Steel fabricator wins $61 million contract`)
        # (its lines may differ by a letter or two, down to a short last one, over a deck's
        # wider lines: `Keller Mills to close` / `Harwick plant, cutting` / `340 jobs` /
        # `Company cites falling orders; city`)
        top = len(blocks[-1][0]) if blocks else 0
        ahead = next((len(d.text) for d in display[n + 1:] if len(d.text) > _LINE_SLACK * top), 0)
        wider = ahead >= 1.5 * top
        narrow = bool(blocks) and all(len(x) <= _LINE_SLACK * top for x in blocks[-1])
        narrower = bool(blocks) and (len(blocks[-1]) == 1 or (wider and narrow)) \
            and not caps_over_lower and not _kicker_line(blocks[-1][0]) \
            and len(t.text) <= (_LINE_SLACK if wider else 0.8) * top \
            and not blocks[-1][0].endswith((".", ":")) and not t.text.isupper() \
            and not (PERSON.fullmatch(t.text) and n == len(display) - 1)
        # (a name alone last in the stack is the writer's, `Wade Pellerin`; over a deck, the
        # headline's end: `Board puts off vote on closing` / `Kestrel Elementary` / `Parents…`)
        # (a line opening in lower case goes on from the one above in any shape: `Fire guts
        # vacant mill` / `on Tanner Street`, a blank line after every line)
        goes_on = t.text[:1].islower() or t.lines[0].loose and (bool(blocks) and (
            blocks[-1][-1].endswith(",") or last in function or narrower
            or ((t.text[:1] in "$£€" or t.text[:1].isdigit()) and not caps_over_lower
                and len(blocks[-1]) == 1 and len(blocks[-1][0]) < _UNWRAPPED)))
        # (a sum or a score goes on from a headline of one short line, `Voters to decide` /
        # `$18.5 million…`, `Millers rally past Dunbar` / `28-24 to clinch…`; under two, or
        # under one too long to have wrapped, it opens the deck)
        # (an obituary's life dates are its deck, whatever the spacing)
        if blocks and (t.lines[0].gap == 0 or goes_on) and not LIFE_DATES.match(t.text):
            blocks[-1].append(t.text)
        else:
            blocks.append([t.text])
    later = next((k for k in range(1, len(blocks)) if _opens_stack(blocks, k)), None)
    if later is not None:
        # a label in capitals opens a story's stack: what stands above it in the stack is
        # another's line or the page's (a score row, a credit, a forecast), not this headline;
        # it is skipped, not lost
        blocks = blocks[later:]
    if len(blocks) > 2 and len(blocks[0]) == len(blocks[1]) == 1 \
            and _kicker_line(blocks[0][0]) and _kicker_line(blocks[1][0]):
        blocks.pop(0)  # two labels over a headline: the page's section and the story's kicker
    if len(blocks) > 1 and len(blocks[0]) == 1 and _kicker_line(blocks[0][0]):
        st.kicker = blocks.pop(0)[0]
    elif blocks and len(blocks[0]) > 1 and _kicker_line(blocks[0][0]) and not blocks[0][1].isupper():
        st.kicker = blocks[0].pop(0)  # a kicker in capitals printed in one block with the headline
    if st.byline is None and len(blocks) > 1 and len(blocks[-1]) == 1 \
            and PERSON.fullmatch(blocks[-1][0]):
        st.byline = blocks.pop()[0]  # a deck is never a name alone: the writer's (`Wade Pellerin`)
    if blocks:
        k = _deck_start(blocks[0], lower)
        if k:  # the deck printed in one block with the headline, in wider lines
            blocks[0:1] = [blocks[0][:k], blocks[0][k:]]
        # (a deck's smaller type may break a word with a soft hyphen: `'The Lan-` / `tern Year'`)
        st.headline = join_en(blocks[0])
        st.subheadline = _join([join_en(b) for b in blocks[1:]])
    return st


def _opens_stack(blocks: list[list[str]], k: int) -> bool:
    """Block k opens with a label in capitals over a headline (its own lines or the next
    block's), not under another label, and what it heads is no box's row."""
    under = [*blocks[k][1:], *(blocks[k + 1] if k + 1 < len(blocks) else [])]
    return _kicker_line(blocks[k][0]) and bool(under) and not _kicker_line(blocks[k - 1][-1]) \
        and not _BOX_ROW.search(under[0])


def _kicker_line(s: str) -> bool:
    """A label in capitals of a few words without a stop (`COUNTY BOARD`, `SCHOOLS`)."""
    words = s.split()
    return s.isupper() and len(words) <= 4 and not s.rstrip().endswith(".") \
        and words[-1].lower() not in english_words()["function"]  # (`VOTERS SAY YES TO` runs on)


def _deck_start(lines: list[str], lower: frozenset[str] = frozenset()) -> int:
    """Where a deck starts in one printed block with its headline: a line half again as wide
    as each of the two or more headline lines over it, the line above not running on (`Ferry
    terminal plan` / `clears first vote` / `Harbor commission backs $38.5 million…`); a
    headline set in large type wraps into short lines of near one width, a deck's smaller
    type runs wider; under a headline of one line, a line near twice as wide.  Or, under a
    headline of two lines or more and over two lines or more, a line that opens a clause
    anew with a capital on a word the story writes in lower case (`north channel for 10
    weeks` / `Crabbers warn of lost spring`): a headline in sentence case capitalises only
    its first word and names.  0 when there is none."""
    function = english_words()["function"]
    for k in range(1, len(lines)):
        above = lines[:k]
        last = above[-1].split()[-1].lower()
        first = lines[k].split()[0]
        # (or wider by a quarter than the headline's lines, the story's word or not: `Tanner
        # Creek levee work` / `to wrap up by Thanksgiving` / `Crews have rebuilt 1.8 miles of
        # the` / `1950s-era earthen wall`)
        wider = len(lines[k]) >= 1.25 * max(len(x) for x in above)
        if 2 <= k <= len(lines) - 2 and first[:1].isupper() and not first.isupper() \
                and (first.lower() in lower or wider) \
                and not above[-1].endswith((",", "-", "—", ".")) and last not in function:
            return k
        # (a headline as long as a column's line is never wrapped: under one, a line opening
        # on a word the story writes in lower case is the deck, `School board weighs later
        # start for high school` / `Change would move the first bell…`)
        if k == 1 and len(lines[0]) >= _UNWRAPPED and len(lines[1]) >= _UNWRAPPED \
                and first[:1].isupper() and not first.isupper() and first.lower() in lower \
                and not above[-1].endswith((",", "-", "—", ".")) and last not in function:
            return k
        # (under one line, a deck is a long clause: `Voters to decide` / `$18.5 million
        # school bond in May` is one headline)
        # (or a clause with its pause: `Board earned voters' trust by listening; it must…`)
        ratio, least = (1.5, 30) if k >= 2 or re.search(r"[;,] ", lines[k]) else (1.8, 45)
        if len(lines[k]) >= least and len(lines[k]) >= ratio * max(len(x) for x in above) \
                and not above[-1].endswith((",", "-", "—", ".")) and last not in function:
            return k
    return 0
