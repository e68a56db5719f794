"""A PDF page's spans → text lines and printed blocks, with the page's body type size.

This is the part of layout analysis that knows only boxes and type sizes, not words: spans on
one baseline form a line; lines of one style that follow each other closely in one column form
a block (a headline, a run of column text, a caption); the body size is the size most of the
page's characters are set in, so "big type" means big *for this page*.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from audiopaper.model import TextSpan

# Thresholds, as fractions of the type size (em) or of the body size.
BASELINE = 0.35     # spans whose vertical centres differ by less than this share a line
WORD_GAP = 0.2      # a horizontal gap wider than this between spans is a space
SPAN_GAP = 0.75     # ... and wider than this, another column: the spans are not one line
APART = 0.5         # ... or wider than this between type of two sizes (two headlines abreast)
LEADING = 0.75      # lines further apart than this (bbox to bbox) are different blocks
SIZE_STEP = 0.08    # sizes within this share of each other are one style
INDENT_MAX = 3.0    # a line starting up to this many ems right of a block's edge is indented
DISPLAY = 1.12      # at least this times the body size: display type (headlines, decks)
SMALL = 0.93        # below this times the body size: small type (captions, credits, notes)
BUCKET = 4.0        # points: spans are looked up among rows within this band of heights


@dataclass
class TextLine:
    """One printed line: its text, box, type size and weight."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool = False

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class Block:
    """Lines printed as one unit (or an image, with no lines).  `role` and `kind` are filled in
    by the layout module: what the block is for the reader.  `box` is an image's box, or a
    text block's once its lines are final (`freeze`), so it is not recomputed on every look."""

    lines: list[TextLine] = field(default_factory=list)
    box: tuple[float, float, float, float] | None = None
    role: str = ""
    kind: str | None = None
    area: int = 0

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        if self.box is not None:
            return self.box
        return (min(x.x0 for x in self.lines), min(x.y0 for x in self.lines),
                max(x.x1 for x in self.lines), max(x.y1 for x in self.lines))

    def freeze(self) -> Block:
        self.box = self.bbox
        return self

    @property
    def size(self) -> float:
        return max((x.size for x in self.lines), default=0.0)

    @property
    def text(self) -> str:
        return " ".join(x.text.strip() for x in self.lines)


def text_lines(spans: tuple[TextSpan, ...] | list[TextSpan]) -> list[TextLine]:
    """Join spans that sit on one baseline and follow each other closely into lines.

    Spans are taken left to right, so a line grows rightwards; a gap wider than a word space
    becomes one space, a gap as wide as a column gutter starts another line, and so does a gap
    of more than APART ems between type of two sizes (two headlines set abreast on one
    baseline, the gutter between them narrow).
    """
    rows: list[list[TextSpan]] = []
    near: dict[int, list[list[TextSpan]]] = {}  # rows by the height of their first span
    for s in sorted(spans, key=lambda s: (s.bbox[0], s.bbox[1])):
        cy, size = (s.bbox[1] + s.bbox[3]) / 2, s.size
        best = None
        key, reach = int(cy // BUCKET), int(BASELINE * size // BUCKET) + 1
        for row in (r for k in range(key - reach, key + reach + 1) for r in near.get(k, ())):
            last = row[-1]
            lcy = (last.bbox[1] + last.bbox[3]) / 2
            em = min(size, last.size)
            gap = s.bbox[0] - last.bbox[2]
            if (abs(cy - lcy) <= BASELINE * em and -0.3 * em <= gap <= SPAN_GAP * em
                    and (gap <= APART * em
                         or abs(size - last.size) <= SIZE_STEP * max(size, last.size))
                    and (best is None or gap < best[0])):
                best = (gap, row)
        if best is None:
            rows.append([s])
            near.setdefault(key, []).append(rows[-1])
        else:
            best[1].append(s)
    return _stacked(sorted((_line(r) for r in rows), key=lambda x: (x.y0, x.x0)))


def _stacked(lines: list[TextLine]) -> list[TextLine]:
    """Glyphs set one under another (a vertical heading drawn glyph by glyph) as one line: runs
    of one-character lines of one size, on one upright axis, each right under the last."""
    out: list[TextLine] = []
    col: dict[tuple[int, float], TextLine] = {}  # the open run by its axis and size
    for x in lines:
        key = (round((x.x0 + x.x1) / 2), x.size)
        run = col.get(key)
        if (len(x.text) == 1 and run is not None and abs(x.y0 - run.y1) <= 0.5 * x.size
                and run.x1 - run.x0 <= 1.5 * x.size):
            run.text += x.text
            run.y1 = max(run.y1, x.y1)
            continue
        out.append(x)
        if len(x.text) == 1:
            col[key] = x
    return out


def _line(spans: list[TextSpan]) -> TextLine:
    text = spans[0].text
    for a, b in pairwise(spans):
        gap = b.bbox[0] - a.bbox[2]
        if gap > WORD_GAP * min(a.size, b.size) and not text.endswith(" ") \
                and not b.text.startswith(" "):
            text += " "
        text += b.text
    chars: dict[float, int] = {}
    bold = 0
    for s in spans:
        n = len(s.text.strip())
        chars[s.size] = chars.get(s.size, 0) + n
        bold += n if s.bold else 0
    size = max(chars, key=lambda k: chars[k])
    return TextLine(text.strip(), min(s.bbox[0] for s in spans), min(s.bbox[1] for s in spans),
                    max(s.bbox[2] for s in spans), max(s.bbox[3] for s in spans), size,
                    bold * 2 > sum(chars.values()))


def body_size(lines: list[TextLine]) -> float:
    """The type size most characters of the page are set in (its body text).

    >>> body_size([TextLine("正文" * 20, 0, 0, 1, 1, 9.0), TextLine("大标题", 0, 0, 1, 1, 22.0)])
    9.0
    """
    count: dict[float, int] = {}
    for x in lines:
        key = round(x.size * 2) / 2
        count[key] = count.get(key, 0) + len(x.text)
    return max(count, key=lambda k: count[k]) if count else 10.0


def same_style(a: TextLine, b: TextLine) -> bool:
    return abs(a.size - b.size) <= SIZE_STEP * max(a.size, b.size) and a.bold == b.bold


def blocks(lines: list[TextLine], rules: Sequence[tuple[float, float, float, float]] = ()
           ) -> list[Block]:
    """Group lines into printed blocks: same style, closely spaced, in one column, with no
    drawn rule between them.

    A line joins the block whose last line is just above it, set in the same style, and either
    overlapping it sideways or starting at the same edge (an indented first line starts a
    little right of the edge, a paragraph's short last line ends far left of the next line).
    """
    flat = [r for r in rules if abs(r[3] - r[1]) < 3]
    out: list[Block] = []
    for x in sorted(lines, key=lambda x: (x.y0, x.x0)):
        best = None
        for b in out:
            last = b.lines[-1]
            em = max(x.size, last.size)
            gap = x.y0 - last.y1
            if not (-0.3 * em <= gap <= LEADING * em) or not same_style(x, last):
                continue
            if any(last.cy < r[1] < x.cy and r[0] < min(x.x1, last.x1)
                   and r[2] > max(x.x0, last.x0) for r in flat):
                continue
            if not (_overlap(x, last) >= 0.5 * min(x.x1 - x.x0, last.x1 - last.x0)
                    or abs(x.x0 - _left(b)) <= INDENT_MAX * em):
                continue
            if best is None or gap < best[0]:
                best = (gap, b)
        if best is None:
            out.append(Block([x]))
        else:
            best[1].lines.append(x)
    return out


def _left(b: Block) -> float:
    return min(x.x0 for x in b.lines)


def _overlap(a: TextLine, b: TextLine) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def style_class(b: Block, body: float) -> str:
    """`display` (big or bold type), `small` (caption-size type) or `body`, relative to the
    page's body size."""
    if b.size >= DISPLAY * body or (all(x.bold for x in b.lines) and b.size >= SMALL * body):
        return "display"
    if b.size < SMALL * body:
        return "small"
    return "body"


def indented(line: TextLine, edges: list[float], own: float | None = None) -> bool:
    """A line starts a paragraph when it starts right of its column's left edge.

    The edge is the block's own left edge (`own`, the leftmost start of the block's lines)
    when the line starts right of it; a line at its block's edge is indented only when some
    body line of the page starts up to a few ems to its left (`edges`: the left ends of the
    page's body lines, sorted), for a block whose lines all start a paragraph.  Display type
    set centred and captions are no edges: they start anywhere.

    >>> indented(TextLine("　　本报讯", 118, 0, 200, 9, 9.0), [100.0, 118.0, 260.0])
    True
    >>> indented(TextLine("Voters", 100, 0, 200, 9, 9.0), [100.0], own=100.0)
    False
    >>> indented(TextLine("Voters", 109, 0, 200, 9, 9.0), [109.0], own=100.0)
    True
    """
    em = line.size
    if own is not None and line.x0 - own >= 0.5 * em:
        return line.x0 - own <= INDENT_MAX * em
    k = bisect_left(edges, line.x0 - INDENT_MAX * em)
    left = edges[k] if k < len(edges) and edges[k] <= line.x0 + 0.2 * em else line.x0
    return line.x0 - left >= 0.5 * em
