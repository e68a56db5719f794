"""Blocks of a laid-out page → reading order, and the boxes drawn rules make on it.

A recursive XY cut: the page is cut along drawn rules first (a newspaper draws them between
stories), then along white space: wide strips across the page before gutters down it, so rows
of stories are read top to bottom and the stories of a row left to right.  Each story's headline stack stays with
what follows it, so a cut right below a headline or byline is taken last, when nothing else
separates the blocks; a headline that spans three columns thus keeps the columns below it
together, and they are read left to right after it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count

from audiopaper.split.geometry import Block

Rule = tuple[float, float, float, float]
COVER = 0.7   # a rule separates a region when it runs along this share of the region's extent
TOL = 1.0     # points: boxes may touch a cut line by this much
WINDOW = 6.0  # ems: what a headline stack heads starts within this below it


def reading_order(items: list[Block], rules: list[Rule], stacky: Callable[[Block], bool],
                  em: float) -> list[Block]:
    """The blocks in reading order; each block's `area` is set to the box drawn rules put it in.

    `stacky(block)` tells a headline-stack block (display type or byline), which must not be
    cut off from what follows it while other cuts remain.  `em` is the body type size: white
    space at least that high between rows of stories is cut before the columns are, a narrower
    strip (a jump line under its column) only after them.
    """
    ids = count(1)
    for b in items:
        b.area = 0
    return list(_cut(items, rules, stacky, ids, em))


def _cut(items: list[Block], rules: list[Rule], stacky: Callable[[Block], bool],
         ids: Iterator[int], em: float) -> Iterator[Block]:
    if len(items) <= 1:
        yield from items
        return
    x0, y0 = min(b.bbox[0] for b in items), min(b.bbox[1] for b in items)
    x1, y1 = max(b.bbox[2] for b in items), max(b.bbox[3] for b in items)
    horiz = [r for r in rules if abs(r[3] - r[1]) < 3 and y0 < r[1] < y1
             and min(r[2], x1) - max(r[0], x0) >= COVER * (x1 - x0)]
    vert = [r for r in rules if abs(r[2] - r[0]) < 3 and x0 < r[0] < x1
            and min(r[3], y1) - max(r[1], y0) >= COVER * (y1 - y0)]
    for axis, lines in ((1, [r[1] for r in horiz]), (0, [r[0] for r in vert])):
        groups = _split_at(items, sorted(lines), axis)
        if len(groups) > 1:
            for g in groups:
                area = next(ids)
                for b in g:
                    b.area = area
                yield from _cut(g, rules, stacky, ids, em)
            return
    for axis, clean, wide in ((1, True, em), (0, False, 0.0), (1, True, 0.0), (1, False, 0.0)):
        gaps = [g for g, w in _gaps(items, axis) if w >= wide]
        if axis == 1 and clean:
            gaps = [g for g in gaps if not _under_stack(items, g, stacky, em)]
        elif axis == 1:
            # last resort: a headline stack over columns its lines straddle is cut off whole,
            # right under it, before any thin strip lower down (which may run between two
            # lines of one column, level with a line of the next)
            heads = [g for g in gaps if all(stacky(b) for b in items if b.bbox[3] <= g)]
            gaps = heads[-1:] or gaps
        groups = _split_at(items, gaps, axis)
        if len(groups) > 1:
            if axis == 0:
                groups = _rows_across(groups)
            for g in groups:
                yield from _cut(g, rules, stacky, ids, em)
            return
    yield from sorted(items, key=lambda b: (b.bbox[1], b.bbox[0]))


def _rows_across(groups: list[list[Block]]) -> list[list[Block]]:
    """Columns parted by a gutter whose text is set in rows across them: every block of the
    right column is text (not a photo or its caption) level with one of the left column's text, in two rows or more (items each
    flowed across both columns, a white strip between them).  They are read row by row, each
    row left to right, not column by column (the rows would interleave)."""
    out: list[list[list[Block]]] = [[groups[0]]]
    for g in groups[1:]:
        left = [b for part in out[-1] for b in part]
        tops = [b.bbox[1] for b in left if b.role == "body"]
        level = [next((t for t in tops if abs(t - b.bbox[1]) <= TOL), None) for b in g]
        if (len(g) < 2 or any(t is None for t in level) or any(b.role != "body" for b in g)
                or len(set(level)) != len(g) or len(out[-1]) > 1):
            out.append([g])
            continue
        key = {id(b): t for b, t in zip(g, level) if t is not None}
        rows: dict[float, list[Block]] = {}
        for b in sorted(left, key=lambda b: b.bbox[1]) + g:
            rows.setdefault(key.get(id(b), b.bbox[1]), []).append(b)
        out[-1] = [rows[t] for t in sorted(rows)]
    return [part for parts in out for part in parts]


def _split_at(items: list[Block], cuts: list[float], axis: int) -> list[list[Block]]:
    """Groups of blocks between consecutive cut lines (x for axis 0, y for axis 1); no group
    when a block straddles a cut."""
    lo, hi = axis, axis + 2
    if any(b.bbox[lo] < c - TOL and b.bbox[hi] > c + TOL for b in items for c in cuts):
        cuts = [c for c in cuts if not any(b.bbox[lo] < c - TOL and b.bbox[hi] > c + TOL
                                           for b in items)]
    groups: list[list[Block]] = [[] for _ in range(len(cuts) + 1)]
    for b in items:
        k = sum(1 for c in cuts if (b.bbox[lo] + b.bbox[hi]) / 2 > c)
        groups[k].append(b)
    return [g for g in groups if g]


def _gaps(items: list[Block], axis: int) -> list[tuple[float, float]]:
    """The white strips that run right across the blocks along `axis`: (middle, width)."""
    lo, hi = axis, axis + 2
    spans = sorted((b.bbox[lo], b.bbox[hi]) for b in items)
    out, end = [], spans[0][1]
    for a, b in spans[1:]:
        if a > end + TOL:
            out.append(((end + a) / 2, a - end))
        end = max(end, b)
    return out


def _under_stack(items: list[Block], y: float, stacky: Callable[[Block], bool],
                 em: float = 0.0) -> bool:
    """The cut at height y would part a headline stack from what is printed right below it
    (within WINDOW ems: display type over a wide white strip, a pull quote at the foot of
    its story's columns, heads nothing under the strip)."""
    above = [b for b in items if b.bbox[3] <= y]
    below = [b for b in items if b.bbox[1] >= y]
    for b in above:
        if not stacky(b):
            continue
        # the stack is the lowest thing in its columns above the cut, with text right below it
        lower = [o for o in above if o is not b and o.bbox[1] > b.bbox[3] - TOL
                 and _xover(o, b) > 0]
        if not lower and any(_xover(o, b) > 0 and (not em or o.bbox[1] - b.bbox[3] <= WINDOW * em)
                             for o in below):
            return True
    return False


def _xover(a: Block, b: Block) -> float:
    return min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
