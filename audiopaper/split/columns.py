"""Side-by-side columns a text tool laid out on one line each (`pdftotext -layout`): the left
column's line, a run of spaces, the right column's line.  Read across, two stories interleave
line by line; read down each column, they come apart again.

The cue is shape only: many lines whose right-hand text starts at one display position after
a run of spaces (or, alone on a line, after spaces up to it), and lines that end short of it
or start at it.  A line whose text runs across that position (a page header, a headline set
across both columns) parts the page into bands; each band is read left column first.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

# a gap wide enough to part two columns (a justified line's word spaces are one or two)
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_LEAD = re.compile(r" {3,}(?=\S)")
# fewest lines that must start the right column at one position, and their share of the
# page's lines, before the page is read as two columns
_FEWEST = 8
_SHARE = 0.3
# the right column starts this far in at least (nearer the margin it is an indent)
_MARGIN = 12


def _width(c: str, wide_ambiguous: bool) -> int:
    kind = unicodedata.east_asian_width(c)
    return 2 if kind in "WF" or (wide_ambiguous and kind == "A") else 1


def _positions(line: str, wide_ambiguous: bool) -> list[int]:
    """The display position where each character of `line` starts."""
    out, pos = [], 0
    for c in line:
        out.append(pos)
        pos += _width(c, wide_ambiguous)
    return out


def _right_starts(lines: Sequence[str], wide_ambiguous: bool) -> Counter[int]:
    """How many lines start a text after a wide gap (or wide lead) at each display position."""
    count: Counter[int] = Counter()
    for line in lines:
        pos = _positions(line, wide_ambiguous)
        ends = [m.end() for m in _GAP.finditer(line)]
        lead = _LEAD.match(line)
        if lead:
            ends.append(lead.end())
        for e in ends:
            if e < len(line):
                count[pos[e]] += 1
    return count


def _split(line: str, column: int, wide_ambiguous: bool) -> tuple[str, str] | None:
    """(left, right) parts of `line` at display position `column` (the right part keeps the
    right column's own indent), or None where its text runs across that position."""
    pos = _positions(line, wide_ambiguous)
    k = next((n for n, p in enumerate(pos) if p >= column), len(line))
    if k >= len(line):
        return line.rstrip(), ""  # it ends short of the right column
    if line[:k].strip() and line[k - 1] != " ":
        return None
    return line[:k].rstrip(), line[k:].rstrip()


def unfold_columns(raw: Sequence[str]) -> list[str]:
    """The page's lines with side-by-side columns read one after the other (left first)
    within each band of lines the columns share; the lines as they were where no column
    position is shared by enough lines."""
    lines = list(raw)
    texts = [x for x in lines if x.strip()]
    # (most pages have few wide gaps at all: measured first, cheaply, before any position)
    if len(texts) < _FEWEST or sum(1 for x in texts if _GAP.search(x) or _LEAD.match(x)) < max(
            _FEWEST, _SHARE * len(texts)):
        return lines
    best: tuple[int, int, bool] | None = None
    for wide in (False, True):
        count = _right_starts(texts, wide)
        if count:
            column, n = count.most_common(1)[0]
            # (neighbouring positions are the same column, a wide character's half off)
            n += count[column - 1] + count[column + 1]
            if best is None or n > best[1]:
                best = (column, n, wide)
    if best is None:
        return lines
    column, n, wide = best
    if column < _MARGIN or n < _FEWEST or n < _SHARE * len(texts):
        return lines
    out: list[str] = []
    band: list[tuple[str, str, str]] = []  # (the line, its left part, its right part)

    def flush() -> None:
        rights = sum(1 for _, _, r in band if r.strip())
        lefts = sum(1 for _, left, _ in band if left.strip())
        if rights >= 3 and lefts >= 3:
            # (a blank line is blank in both columns; a line one column leaves empty is
            # nothing in that column)
            out.extend(left for line, left, r in band if left.strip() or not line.strip())
            out.append("")
            out.extend(r for line, _, r in band if r.strip() or not line.strip())
        else:
            out.extend(line for line, _, _ in band)
        band.clear()

    for line in lines:
        parts = _split(line, column, wide) if line.strip() else ("", "")
        if parts is None:
            flush()
            out.append(line)
        else:
            band.append((line, *parts))
    flush()
    return out
