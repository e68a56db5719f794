"""Body lines → paragraphs, with the inline byline and jump markers taken out.

A paragraph ends where a line ends a sentence and either is short for its column or is followed
by an indented first line.  "Short" means the next line's first piece would have fitted, measured
against the column as it is *here* (the widest neighbouring lines), because one page mixes
columns of 10 to 30 characters and a column may widen below an inset.  English columns are
ragged, so there a sentence end followed by a capitalised line is enough.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from audiopaper.split.lines import BRACKET_HEAD, Line, inline_byline, jumps_in, tail_byline
from audiopaper.split.text import (
    EN_SALUTATION,
    QUOTE_MARKS,
    SPEAKER,
    ends_sentence,
    first_unit_width,
    join_en,
    join_zh,
    open_quotes,
    printed_words,
    set_width,
)
from audiopaper.split.tokens import INDENT

# How far a ragged English line may fall short of the column although it was full.
EN_RAGGED = 3
_DATED_ITEM = re.compile(r"[A-Z][a-z]{2,4}\.? \d{1,2}, \d{1,2}(:\d{2})? ?[ap]\.m\.:")
_ATTRIBUTION = re.compile(r"\b(said|says|asked|added|explained|wrote|told( the| a)? [A-Za-z]\w+)\.$")


@dataclass
class Body:
    """A body's text after reflow: paragraphs, and what was taken out of them."""

    paragraphs: list[str]
    byline: str | None = None
    continued_to: int | None = None
    continued_from: int | None = None


def column_width(lines: list[Line], k: int, span: int = 3) -> int:
    """The column's full width around line k: the second widest line within `span` of it,
    not counting punctuation hung past the edge (one overlong line does not widen it)."""
    ws = sorted(line.core for line in lines[max(0, k - span):k + span + 1])
    return ws[-2] if len(ws) > 1 else ws[0]


def breaks_after(lines: list[Line], k: int, lang: str, first: bool = False) -> bool:
    """True when a paragraph ends after line k (k is not the last line).

    Chinese: line k must end a sentence, and the break must have been chosen rather than
    forced: the next line's first unbreakable piece would have fitted on line k (for a first
    line, within the indent), or the next line is itself an indented first line (it is short
    although the piece after it would have fitted).  English: a sentence end followed by a
    capitalised line.
    """
    line, nxt = lines[k], lines[k + 1]
    s = _strip_jumps(line.s, lang)
    if lang == "zh" and BRACKET_HEAD.fullmatch(s):
        return True  # a feature's cross-head in brackets is a paragraph of its own
    if not (ends_sentence(s) or (lang == "zh" and s.endswith("："))):  # a colon opens a list
        return False
    if nxt.gap and not nxt.loose and (lang == "zh" or re.match(r"[A-Z0-9\"“‘'(]", nxt.s)):
        return True  # a blank line after a sentence's end, where blank lines part blocks
    if lang == "en":
        # an item of a log or listing opens with its day and time (`Sept. 29, 7:42 a.m.: A…`)
        return bool(re.match(r"[A-Z0-9\"“‘'(]", nxt.s)) and (
            _en_short(lines, k) or _DATED_ITEM.match(nxt.s) is not None or _quote_ends(lines, k)
            or _quotation_ends(lines, k))
    if SPEAKER.match(nxt.s):
        return True
    col = max(column_width(lines, k), _running_width(lines, k - 1))
    cap = col - (INDENT if first else 0)
    if line.width + first_unit_width(nxt.s) <= cap:
        return True
    return _first_line(lines, k + 1, col)


def _running_width(lines: list[Line], j: int) -> int:
    """The column line j proves, or 0: a column line that runs on into the next one was set
    full, so its squeezed width is a floor for the column.  This catches the column a few
    lines of one paragraph leave too few full lines to measure by `column_width`."""
    if j < 0 or ends_sentence(lines[j].s) or lines[j].gap != 1 or lines[j + 1].gap != 1:
        return 0
    return set_width(lines[j].s)


def _en_short(lines: list[Line], k: int, span: int = 3) -> bool:
    """English: could line k have ended a paragraph?  Not when it is full: the next line's
    first word overshoots the column (the widest line nearby) by more than the slack of a
    ragged right edge; nor when it ends an attribution (`she said.`) after a quotation and the
    next line opens a quote: the speaker goes on in the same paragraph."""
    line, nxt = lines[k], lines[k + 1]
    if _ATTRIBUTION.search(line.s) and nxt.s[:1] in "\"“" \
            and any(q in x.s for x in lines[max(0, k - 2):k + 1] for q in "\"”"):
        return False  # `"…," she said.` / `"…`: the quotation she began goes on
    col = max(x.width for x in lines[max(0, k - span):k + span + 2])
    word = nxt.s.split()[0] if nxt.s else ""
    return line.width + 1 + len(word) <= col + EN_RAGGED


def _quote_ends(lines: list[Line], k: int) -> bool:
    """English: line k ends a quotation's attribution (`…," Tellis told the committee.`) and
    the next line opens no quotation: a quoted speaker's paragraph ends with who spoke."""
    return bool(_ATTRIBUTION.search(lines[k].s)) and lines[k + 1].s[:1] not in "\"“" \
        and any(q in x.s for x in lines[max(0, k - 2):k + 1] for q in "\"”")


def _quotation_ends(lines: list[Line], k: int) -> bool:
    """English: line k ends a quotation's last sentence (`…if they wanted it."`, in single
    quotes as British papers set them, `…for thirty years.'`) and the next line opens no
    quotation: news style gives a quotation its paragraph's end."""
    return bool(re.search(r"[.!?][\"”'’]$", lines[k].s)) and lines[k + 1].s[:1] not in "\"“'‘"


def _first_line(lines: list[Line], j: int, col: int) -> bool:
    """Line j is an indented first line: narrower than the column although what follows it
    would have fitted (or, when it ends a sentence itself, short by about the indent)."""
    w = lines[j].width
    if ends_sentence(lines[j].s):
        return col - INDENT - 2 <= w <= col - 2
    if j + 1 >= len(lines):
        return False
    return w + first_unit_width(lines[j + 1].s) <= col


def _indented(lines: list[Line], k: int) -> bool:
    """Line k is narrower than its column by about the indent: a paragraph's first line.
    (A body's first line may instead start mid-sentence after a jump, at full width.)"""
    col = column_width(lines, k)
    return col - INDENT - 1 <= lines[k].core <= col - INDENT + 1


def _strip_jumps(text: str, lang: str) -> str:
    for _, _, m in reversed(jumps_in(text, lang)):
        text = text[:m.start()] + text[m.end():]
    return text.strip()


# the most lines a paragraph of a narrow column usually runs to
_PARAGRAPH_BLOCK = 8


def _short_blocks(lines: list[Line]) -> bool:
    """The blank lines part a body into blocks after sentence ends, and the blocks are as
    short as paragraphs: the extraction marked each paragraph with a blank line."""
    if lines[0].loose or any(x.starts is not None for x in lines):
        return False
    sizes, n = [], 0
    for k, x in enumerate(lines):
        if k and x.gap:
            if not ends_sentence(_strip_jumps(lines[k - 1].s, "en")):
                if x.s[:1].islower():
                    continue  # the sentence resumes after a box or photo set into it
                return False
            sizes.append(n)
            n = 0
        n += 1
    sizes.append(n)
    return len(sizes) >= 2 and sorted(sizes)[len(sizes) // 2] <= _PARAGRAPH_BLOCK


def _open_bracket(text: str) -> bool:
    """The line opens a bracket it does not close: no paragraph ends inside brackets."""
    return text.count("（") > text.count("）") or text.count("(") > text.count(")")


def split_paragraphs(lines: list[Line], lang: str) -> list[list[Line]]:
    """Group body lines into paragraphs."""
    if not lines:
        return []
    out = [[lines[0]]]
    # Chinese set with no indent at all (and no blank line): a paragraph's first line is full
    # too, so a line that ends a sentence at the column's edge ends its paragraph as often as
    # not; it is taken to (the break is a pause; a paragraph run on is a wall of text)
    flush = lang == "zh" and len(lines) >= 6 and all(
        x.starts is None and (x.loose or not x.gap) for x in lines[1:]) \
        and not any(_indented(lines, k) and not ends_sentence(lines[k].s) for k in range(len(lines)))
    # English with a blank line between paragraphs (blocks no longer than paragraphs run): a
    # block is one paragraph, its short lines are a ragged edge's
    blanks = lang == "en" and _short_blocks(lines)
    # where the text indents its paragraphs, a line printed on under another without an
    # indent goes on with its paragraph, however short the line above
    # (indents printed, not a paragraph a line: `  Jury selection…`)
    indents = lang == "en" and sum(bool(x.starts) and x.text.startswith("  ") for x in lines) >= 2
    quoted = open_quotes(lines[0].s)  # quotations the paragraph so far left open
    for k in range(len(lines) - 1):
        known = lines[k + 1].starts  # a laid-out page shows it; text needs the width rules
        first = len(out[-1]) == 1 and (k > 0 or _indented(lines, 0))
        # (a page with no blank lines marks every line loose: its gaps tell nothing)
        if known is None and (blanks or indents) and not (lines[k + 1].gap and not lines[k + 1].loose):
            known = False
        if known and lang == "en" and lines[k + 1].s[:1].islower() and not ends_sentence(lines[k].s):
            known = False  # a sentence resumed under a box or photo set into it
        if lang == "en" and EN_SALUTATION.fullmatch(lines[k].s):
            known = True  # a letter's salutation alone on its line, in any block
        if _open_bracket(lines[k].s) or (quoted > 0 and lines[k + 1].s[:1] not in QUOTE_MARKS):
            # a bracket the line opened closes on the next (`本报讯（通讯员 石 砚` / `记者 庞 俊）…`),
            # and a quotation goes on to its close (a quotation of several paragraphs opens
            # each with its mark again)
            known = False
        if known if known is not None else (breaks_after(lines, k, lang, first=first) or (
                flush and ends_sentence(lines[k].s))):
            out.append([])
            quoted = 0
        out[-1].append(lines[k + 1])
        quoted += open_quotes(lines[k + 1].s)
    return out


def build_body(lines: list[Line], lang: str, stack: Sequence[str] = (),
               signed: bool = False) -> Body:
    """Reflow body lines; take out the inline/tail byline and the jump markers.  `stack`: the
    story's headline lines, whose words say how a compound broken at a line's end is written;
    `signed`: the last line is a letter's signature, the byline."""
    seen = printed_words([*stack, *(line.s for line in lines)]) if lang == "en" else frozenset()
    body = Body([])
    if signed and len(lines) > 1:
        body.byline, lines = lines[-1].s, lines[:-1]
    paras = split_paragraphs(lines, lang)
    for para in paras:
        text = join_en([line.s for line in para], seen) if lang == "en" else join_zh(
            [line.s for line in para])
        for direction, page, m in reversed(jumps_in(text, lang)):
            if direction == "to":
                body.continued_to = page
            else:
                body.continued_from = page
            text = (text[:m.start()] + text[m.end():]).strip()
        if text:
            body.paragraphs.append(text)
    if body.paragraphs:
        head = inline_byline(body.paragraphs[0], lang)
        printed = inline_byline(paras[0][0].s, lang) if lang == "zh" and paras and paras[0] \
            and head is None else None
        if head:
            inline = head.group(0).strip()
            body.byline = inline if body.byline is None else f"{inline} {body.byline}"
            rest = body.paragraphs[0][head.end():].strip()
            body.paragraphs[0:1] = [rest] if rest else []
        elif printed and body.paragraphs[0].startswith(join_zh([printed.group(0)])):
            # (a signature the first line parts from the text by a space only, which the
            # joined paragraph no longer shows: `□ 曹一苇 老街南头的杂货铺，`)
            inline = printed.group(0).strip()
            body.byline = inline if body.byline is None else f"{inline} {body.byline}"
            rest = body.paragraphs[0][len(join_zh([inline])):].strip()
            body.paragraphs[0:1] = [rest] if rest else []
    if body.paragraphs and body.byline is None:
        # (the last paragraph as printed, spaces kept: `（临渚市气象台 闵 川）`)
        _take_tail_byline(body, "".join(line.s for line in paras[-1]), lang)
    return body


def _take_tail_byline(body: Body, printed: str, lang: str) -> None:
    """The byline at the end of the last paragraph, or a paragraph of its own under it.  In
    Chinese the printed line is asked too: its spaces tell a spaced-out name from its writer's
    place (`（临渚市气象台 闵 川）`), which the joined paragraph no longer shows."""
    last = body.paragraphs[-1]
    tail = tail_byline(last, lang)
    if tail:
        byline, start = tail.group(0).strip(), tail.start()
    else:
        seen = tail_byline(printed, lang) if lang == "zh" else None
        joined = join_zh([seen.group(0)]) if seen else ""
        if not (seen and joined and last.endswith(joined)):
            return
        byline, start = seen.group(0).strip(), len(last) - len(joined)
    if start > 0 or len(body.paragraphs) > 1:
        body.byline = byline
        body.paragraphs[-1] = last[:start].rstrip()
        if not body.paragraphs[-1]:
            body.paragraphs.pop()
