"""A laid-out (PDF) page → its stories, decided by the text splitter's own tables and steps.

Geometry answers what plain text can only guess: a block in big type is headline material, a
block in small type under an image is a caption, a drawn rule ends a story's box, a line
starting right of its column's edge starts a paragraph.  Everything about *words* is left to
the text splitter, so patterns stay single-source: furniture, bylines, credits and jump lines
are recognised with its tables (`lines.furniture_kind`, `byline_kind`, `jumps_in`), headline
stacks are labelled by `stack.label_stack`, bodies reflowed by `paragraphs.build_body`, kinds
decided and stories built by `page`'s story step, and pages stitched by `edition`.

Steps: lines and blocks (`geometry`), each block's role (this module, from size and tables),
reading order and rule boxes (`areas`), then one pass in reading order that gives every body
the stack above it; the lead is the story under the page's largest headline, the rest follow
by the top edge of their area, left to right where tops are level.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from audiopaper.errors import SplitError
from audiopaper.model import Page
from audiopaper.split.areas import reading_order
from audiopaper.split.assign import Consumer
from audiopaper.split.geometry import (
    DISPLAY,
    SIZE_STEP,
    Block,
    TextLine,
    blocks,
    body_size,
    indented,
    same_style,
    style_class,
    text_lines,
)
from audiopaper.split.lines import (
    Line,
    byline_kind,
    furniture_kind,
    inline_byline,
    jumps_in,
    slogan_shaped,
    tail_byline,
)
from audiopaper.split.page import (
    PageResult,
    Story,
    brief_column_start,
    column_heads,
    page_date,
    printed_page,
    story,
)
from audiopaper.split.text import ends_sentence, width
from audiopaper.split.tokens import Kind, Token

HEADER_ZONE = 0.3   # a page header sits above a wide rule in this top share of the page
LEVEL = 1.0         # tops within this many body sizes of each other are level
NOTICE_TAIL = ("contact", "date", "notice", "note")
HEADER_KINDS = ("top", "masthead", "date", "weather", "index")
INF = float("inf")
CENTRE_TOL = 0.5    # body sizes: a headline's middle this near its columns' middle is centred
WINDOW = 6.0        # body sizes: a headline's columns start within this below it
ABOVE = 3.0         # body sizes: a headline ending within this over a column heads it
TAG_LINES = 2       # a logo or series tag cut off a display block has at most this many lines
WRAP_FULL = 0.9     # a stack line this share of its block's width or more is full ...
WRAP_REST = 0.25    # ... and a last line under it this share or less is its wrapped rest
NOTICE_LINES = 6    # a notice's small print under its head runs to at most this many lines
DECK_LINES = 2      # a block of at most this many lines a size above the body can be a deck
FOOT_GAP = 2.0      # ems of white space over a lone line under all the text: the page's footer
QUOTE_OPEN = re.compile(r"\s*[“\"‘'「『]")  # a line that opens a quotation
ATTRIBUTION = re.compile(r"\s*[—―–-]")  # ... and one that attributes it (`— Name`)
SENTENCE_END = re.compile(r"[.!?][”’\"')]?(?=\s|$)|[。！？]")  # a sentence ends here
PERIOD = re.compile(r"(?<![A-Z.])\.[”’\"')]?\s*$|。[”’）]?\s*$")  # a full stop, not `U.S.`
SPACES = re.compile(r" {2,}")
NOTE_LINES = 4      # display type of this many lines or more holding sentences is a note
UNBREAKABLE = re.compile(r"[0-9A-Za-z.,%:/+\-]+")  # a run the column never breaks


@dataclass
class Piece:
    """One story while the page is read: its stack, body, photo parts, jumps and area."""

    area: int
    stack: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    image: Block | None = None
    credit: Block | None = None
    logos: list[Block] = field(default_factory=list)
    jump_to: int | None = None
    jump_from: int | None = None
    story: Story | None = None

    def parts(self) -> list[Block]:
        return self.logos + self.stack + ([self.image] if self.image else []) + self.body + (
            [self.credit] if self.credit else [])

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        boxes = [b.bbox for b in self.parts()]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))

    @property
    def headline_size(self) -> float:
        return max((b.size for b in self.stack if b.role == "display"), default=0.0)


@dataclass
class Analysis:
    """What the layout analysis saw: blocks in reading order (with roles), the stories in
    listening order with their areas (none on a page without a story), and the split result."""

    blocks: list[Block]
    pieces: list[Piece]
    result: PageResult


def split_layout(page: Page) -> PageResult:
    """Split one PDF page (a Page with a layout); raises SplitError when it holds no story."""
    analysis = analyse(page)
    if not analysis.pieces:
        number = page.layout.index + 1 if page.layout else 1
        raise SplitError(f"no article found on page {number}", page.source)
    return analysis.result


def analyse(page: Page) -> Analysis:
    """Read the page's geometry into stories; see the module docstring for the steps."""
    lay = page.layout
    if lay is None:
        raise SplitError("page has no layout (not a PDF page)", page.source)
    lang = page.lang
    lines = text_lines(lay.spans)
    body = body_size(lines)
    images = [Block(box=tuple(b), role="image") for b in lay.images]  # type: ignore[arg-type]
    rules = [r for r in lay.rules if not any(_on_edge(r, i.bbox) for i in images)]
    header_y = _header_bottom(rules, lay.width, lay.height)
    items = [sub.freeze() for b in blocks(lines, rules)
             for sub in _split_special(_wrapped_byline(b, lang), lang, body)]
    top = min((b.bbox[1] for b in items), default=0.0)
    for b in items:
        first = b.bbox[1] <= top and style_class(b, body) != "display"
        _classify(b, lang, body, b.bbox[3] <= header_y or first)
    _full_stops(items, body)
    items = _photo_credits(items, images)
    _signed(items, body)
    _header_lines(items, body, images)
    _over_footer(items, images)
    edges = sorted(x.x0 for b in items if b.role == "body" for x in b.lines)
    _widen_centred(items, rules, body, images)
    _column_heads(items, body, images)  # over headlines widened to the columns they are centred on
    panels = _panels(rules, items)
    cuts = [r for r in rules if not any(r in p for p in panels)]
    boxed = {id(b) for p in panels for b in items
             if b.lines and _inside(b.bbox, (p[0][0], p[0][1], p[0][2], p[1][1]))}
    order = reading_order(items + images, cuts,
                          lambda b: b.role in ("display", "byline") and id(b) not in boxed, body)
    _boxed_data(order)
    pieces, furniture = _assemble(order, lang, body)
    numbered = _numbered(order)
    tokens = [_token(b, numbered, edges) for b in order if b.role != "image"]
    by_block = {id(b): t for b, t in zip([b for b in order if b.role != "image"], tokens)}
    printed = printed_page(tokens)
    brief_from = brief_column_start(tokens)
    kept = []
    for p in pieces:
        c = Consumer(by_block[id(p.body[0])] if p.body else None,
                     by_block[id(p.credit)] if p.credit else None, lang=lang)
        if len(p.body) > 1:
            c.body = Token("BODY", [x for b in p.body for x in by_block[id(b)].lines])
        c.before = [t for b in p.stack
                    for t in _stack_tokens(by_block[id(b)], b, lang, p.bbox)]
        c.jump_to, c.jump_from = p.jump_to, p.jump_from
        p.story = story(c, lang, printed or page.page_no, brief_from)
        if p.story.paragraphs or p.story.headline:
            kept.append(p)
    kept = listening_order(kept, body)
    skipped = [b.text for b in furniture] + column_heads([p.story for p in kept if p.story])
    date = page_date([by_block[id(b)] for b in furniture])
    result = PageResult([p.story for p in kept if p.story], skipped, date, printed)
    return Analysis(order, kept, result)


# ---- roles -------------------------------------------------------------------------------------
def _split_special(b: Block, lang: str, body: float) -> list[Block]:
    """Byline, credit and jump lines are blocks of their own even when set tight against the
    text (a byline right above the body, a credit under its caption), but for the attribution
    under a quotation in display type (a pull quote's `— Name`); a column logo or series
    tag set in the same type as the kicker below it is cut off after its last line, unless it
    fills the block and the one line under it is shorter: then that line is the rest of it,
    wrapped by the column (`Scan the code to read` over `today's e-edition`), or it ends in a
    colon: the line under it says what it announces (`咨询电话：` over the number)."""
    n = len(b.lines)
    if (n > 1 and style_class(b, body) == "display" and QUOTE_OPEN.match(b.lines[0].text)
            and ATTRIBUTION.match(b.lines[-1].text)):
        return [b]  # a quotation set in display type, its attribution (`— Name`) under it
    if n > 1 and style_class(b, body) == "display":
        tagged = [k for k, x in enumerate(b.lines) if furniture_kind(x.text, lang)]
        x0, _, x1, _ = b.bbox
        wrapped = (n - tagged[-1] == 2 if tagged else False) and (
            b.lines[-2].x1 - b.lines[-2].x0 >= WRAP_FULL * (x1 - x0)
            and b.lines[-1].x1 - b.lines[-1].x0 < WRAP_FULL * (x1 - x0))
        opens = bool(tagged) and b.lines[tagged[-1]].text.rstrip().endswith((":", "："))
        if tagged and tagged[-1] < n - 1 and tagged[-1] < TAG_LINES and not wrapped and not opens:
            cut = tagged[-1] + 1
            return [Block(b.lines[:cut])] + _split_special(Block(b.lines[cut:]), lang, body)
    if n == 2 and style_class(b, body) != "body" and _byline(b.text, lang):
        return [b]  # a byline or credit wider than its column, on two lines
    if n > 2 and style_class(b, body) != "display":
        tail = Block(b.lines[-2:])
        if _byline(tail.text, lang) == "credit" and not _byline(b.lines[-1].text, lang):
            return _split_special(Block(b.lines[:-2]), lang, body) + [tail]  # a wrapped credit
    out: list[Block] = []
    for k, x in enumerate(b.lines):
        edge = k in (0, n - 1) or n <= 3
        if edge and (_byline(x.text, lang) or _jump_line(x.text, lang)):
            out.append(Block([x]))
            out.append(Block([]))
        else:
            if not out:
                out.append(Block([]))
            out[-1].lines.append(x)
    return [o for o in out if o.lines]


def _full_stops(items: list[Block], body: float) -> None:
    """Display type closed by a full stop (not an initial: `U.S.`) is no headline: a column's
    tagline (`Reach X at … or 555-0171.`) or a pull quote, a note; so is display type of
    NOTE_LINES lines or more ending a sentence and holding two sentence ends (a letters
    policy); but for a deck set right under its headline, which may be written in sentences."""
    for b in items:
        if b.role != "display" or not (PERIOD.search(b.text) or (
                len(b.lines) >= NOTE_LINES and ends_sentence(b.lines[-1].text)
                and len(SENTENCE_END.findall(b.text)) >= 2)):
            continue
        x0, y0, x1, _ = b.bbox
        over = max((o for o in items if o is not b and o.lines and o.bbox[3] <= y0 + 1
                    and o.bbox[0] < x1 and o.bbox[2] > x0), key=lambda o: o.bbox[3], default=None)
        if not (over is not None and over.role == "display" and over.size > b.size
                and y0 - over.bbox[3] <= 1.5 * body):
            b.role, b.kind = "furniture", "note"


def _photo_credits(items: list[Block], images: list[Block]) -> list[Block]:
    """The last block of small type under a photo (below its caption), set flush right with the
    photo's right edge and starting well right of its left edge, is the photo's credit whatever
    its words (a credit too long for the byline table), and so is such a last line set tight
    under the caption's ragged last line; a line of the same type flush right right under a
    credit is the credit's wrapped rest (`… / Flint Crossing` over `Observer`)."""
    gone: set[int] = set()
    added: list[tuple[Block, Block]] = []
    for im in images:
        x0, _, x1, y1 = im.bbox
        chain: list[Block] = []
        bottom = y1
        for b in sorted((b for b in items if b.lines and b.bbox[1] >= bottom - 1
                         and _overlap_x(b.bbox, im.bbox) >= 0.5 * (b.bbox[2] - b.bbox[0])),
                        key=lambda b: b.bbox[1]):
            if b.bbox[1] - bottom > 1.5 * b.size or b.role not in ("small", "credit", "body",
                                                                   "byline"):
                break
            chain.append(b)
            bottom = b.bbox[3]
        for a, c in zip(chain, chain[1:]):
            if (a.role == "credit" and len(c.lines) == 1 and _flush_right(c, im.bbox)
                    and id(a) not in gone
                    and same_style(a.lines[-1], c.lines[0])
                    and c.bbox[1] - a.bbox[3] <= 0.5 * c.size):
                a.lines += c.lines
                a.box = None
                a.freeze()
                gone.add(id(c))
        rest = [b for b in chain if id(b) not in gone]
        if not rest or rest[-1].role not in ("small", "byline"):
            continue
        last = rest[-1]
        if len(last.lines) <= 2 and _flush_right(last, im.bbox):
            last.role = "credit"  # (a byline too: `（记者 岑朗 摄）` flush right under a caption)
        elif last.role == "byline":
            continue
        elif (len(last.lines) > 1 and _flush_right(Block(last.lines[-1:]), im.bbox)
              and last.lines[-2].x1 <= x1 - last.size):  # set tight under a ragged caption
            credit = Block(last.lines[-1:], role="credit").freeze()
            last.lines.pop()
            last.box = None
            last.freeze()
            added.append((last, credit))
    out = [b for b in items if id(b) not in gone]
    for caption, credit in added:
        out.insert(out.index(caption) + 1, credit)
    return out


def _signed(items: list[Block], body: float) -> None:
    """A line in bold type of the text's size (display by its weight alone), ending no
    sentence, set right under a headline in display size and right over the text it heads, is
    the story's byline whatever its words: the name a letter or column is signed with
    (`Harriet Dunmore, Alder Point`), printed where a byline goes.  A kicker in that type
    stands over its headline, not under it.  So are up to three lines of the text's type (not
    a size above it: a deck; three: a credit the column wrapped) or smaller (a 9 pt signature
    over text set large, 9.8 pt: small type), ending no sentence, set
    apart between the headline and the text and flush with the text's left edge (a letter's
    `读者　郝建平`, an expert's `（解答专家：…）`, bylines the table cannot read).  A line
    the table reads as a photo credit (`MARCUS VELL / Staff Writer`) set there, with no photo
    over it, is the byline too."""
    for b in items:
        bold = (b.role in ("display", "small") and len(b.lines) <= 2
                and all(x.bold for x in b.lines))  # (small: the text set larger than usual)
        plain = (b.role in ("body", "display", "small") and len(b.lines) <= 3
                 and not b.lines[0].bold
                 and b.size <= (1 + SIZE_STEP) * body)  # a size above the text: a deck
        credit = b.role == "credit" and len(b.lines) <= 2  # no photo over it: a byline
        if not credit and (not (bold or plain) or (plain and b.size >= DISPLAY * body)
                           or ends_sentence(b.text)):
            continue
        x0, y0, x1, y1 = b.bbox
        over = max((o for o in items if o is not b and o.lines and o.bbox[3] <= y0 + 1
                    and o.bbox[0] < x1 and o.bbox[2] > x0), key=lambda o: o.bbox[3], default=None)
        under = min((o for o in items if o is not b and o.lines and o.bbox[1] >= y1 - 1
                     and o.bbox[0] < x1 and o.bbox[2] > x0), key=lambda o: o.bbox[1], default=None)
        if (over is not None and under is not None and over.role == "display"
                and over.size >= DISPLAY * body and y0 - over.bbox[3] <= body
                and under.role == "body" and under.bbox[1] - y1 <= 1.5 * body
                and (credit or b.size < (1 + 2 * SIZE_STEP) * under.size)  # the text's size,
                # or a step above it (the page's body size is rounded to half a point)
                and (bold or credit or (abs(under.bbox[0] - x0) <= 1 and len(under.lines) > 1
                              and under.bbox[1] - y1 > 0.5 * body))):
            b.role = "byline"


def _column_heads(items: list[Block], body: float, images: list[Block]) -> None:
    """A line of display type set apart over a headline in larger type (a body size or more of
    white space between them: a kicker is printed tight on its headline), with another
    headline of that size lower in its column, is the column's head over its items
    (`街巷新鲜事` over three briefs): furniture, a logo.  So is such a line in the text's own
    type that ends no sentence and takes up no more than half a column (`简  讯` set a little
    above the text's size; a column's last line of text fills it).  A photo's label, a
    photo between it and the headline under it, is no column's head."""
    widths = sorted(x.x1 - x.x0 for b in items if b.role == "body" and len(b.lines) > 1
                    for x in b.lines)
    measure = widths[len(widths) // 2] if widths else 0.0  # the columns' width
    for b in items:
        if len(b.lines) != 1 or b.role not in ("display", "body"):
            continue
        x0, _, x1, y1 = b.bbox
        below = sorted((o for o in items if o is not b and o.lines and o.bbox[1] >= y1 - 1
                        and o.bbox[0] < x1 and o.bbox[2] > x0), key=lambda o: o.bbox[1])
        if not below or any(i.bbox[1] >= y1 - 1 and i.bbox[3] <= below[0].bbox[1] + 1
                            and i.bbox[0] < x1 and i.bbox[2] > x0 for i in images):
            continue
        head = below[0]
        if not (head.role == "display" and head.bbox[1] - y1 >= body
                and (head.size >= (1 + SIZE_STEP) * b.size or head.size <= b.size)):
            continue
        if b.role == "body" and (ends_sentence(b.text.strip()) or x1 - x0 > measure / 2):
            continue
        if any(o.role == "display" and o is not head and same_style(o.lines[0], head.lines[0])
               and o.bbox[0] < head.bbox[2] and o.bbox[2] > head.bbox[0] for o in below[1:]):
            b.role, b.kind = "furniture", "logo"


def _flush_right(b: Block, box: tuple[float, float, float, float]) -> bool:
    """Every line of `b` ends at the box's right edge and starts well right of its left."""
    return all(abs(x.x1 - box[2]) <= 2 for x in b.lines) and b.bbox[0] >= box[0] + 2 * b.size


def _overlap_x(a: tuple[float, float, float, float], b: tuple[float, float, float, float]
               ) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def _wrapped_byline(b: Block, lang: str) -> Block:
    """A byline run into the first line of the text and broken with it across two lines
    (`By Colette Okonkwo / Staff` over `Writer MILLBROOK — Facing…`): the two lines are read as
    one, so the byline is found whole where the column broke it."""
    if len(b.lines) < 2:
        return b
    first, second = b.lines[0], b.lines[1]
    sep = " " if lang == "en" else ""
    joined = inline_byline(first.text + sep + second.text, lang)
    if joined is None:
        return b
    alone = inline_byline(first.text, lang)
    if alone is not None and alone.end() == joined.end():
        rest = first.text[alone.end():].strip()
        if not rest or lang != "en":
            return b
        # the byline ends inside the first line and what follows it runs on below (`By X / Staff
        # Writer ALDER` over `FALLS — When…`): the byline is a line of its own, the rest opens
        # the text on the next line
        head = TextLine(alone.group(0).strip(), first.x0, first.y0, first.x1, first.y1,
                        first.size, first.bold)
        text = TextLine(rest + sep + second.text, second.x0, second.y0,
                        max(first.x1, second.x1), second.y1, second.size, second.bold)
        return Block([head, text] + b.lines[2:])
    line = TextLine(first.text + sep + second.text, first.x0, first.y0, max(first.x1, second.x1),
                    second.y1, first.size, first.bold)
    return Block([line] + b.lines[2:])


def _byline(text: str, lang: str) -> str | None:
    """`line` or `credit` for a stand-alone byline (`byline_kind`), and `line` for a line that
    is nothing but the byline a body opens or ends with (`（本报记者 吴勇宇）` set on its own)."""
    text = SPACES.sub(" ", text)  # runs of spaces (a column justified, cells set apart)
    kind = byline_kind(text, lang)
    if kind:
        return kind
    s = text.strip()
    for m in (inline_byline(s, lang), tail_byline(s, lang)):
        if m is not None and m.group(0).strip() == s:
            return "line"
    return None


def _jump_line(text: str, lang: str) -> tuple[str, int] | None:
    for d, page, m in jumps_in(text, lang):
        if m.group(0).strip() == text.strip():
            return d, page
    return None


def _classify(b: Block, lang: str, body: float, top: bool) -> None:
    """Set the block's role: furniture (with its kind), jump, byline, credit, display, body or
    small.  Words decide through the splitter's tables, type size through the body size.

    A block is furniture when its first or last line is (a series tag names itself on its last
    line); page-header rules (a bare page number, a section name) count in the page header:
    a `top` block (above the header rule, or the page's first unless in display type) or a
    block holding a date or masthead line, where any line decides.
    """
    first = b.lines[0].text
    style = style_class(b, body)
    header = top or any(furniture_kind(x.text, lang) in ("date", "masthead") for x in b.lines)
    edge = b.lines if header else [b.lines[0]] + (
        [b.lines[-1]] if len(b.lines) > 1 and (style != "body" or len(b.lines) <= 3) else [])
    kind = next((k for k in (furniture_kind(x.text, lang, header) for x in edge) if k), None)
    if (kind and not header and style == "body" and len(b.lines) > NOTICE_LINES
            and ends_sentence(first) and furniture_kind(first, lang, header)):
        kind = None  # a column of running text opening with a sentence's end that the table
        # reads as furniture (`扫码乘车。` run on from the column before) is still text; a
        # notice's title (`招聘启事`) ends no sentence
    parts = first.split()
    if (kind is None and lang == "zh" and len(b.lines) == 1 and len(parts) >= 3
            and slogan_shaped(first) and len({len(p) for p in parts}) == 1
            and not _byline(first, lang)):
        kind = "slogan"  # three or more equal short phrases standing alone: a banner
    if kind:
        b.role, b.kind = "furniture", kind
        return
    if len(b.lines) == 1:
        jump = _jump_line(first, lang)
        if jump:
            b.role, b.kind = "jump", f"{jump[0]}:{jump[1]}"
            return
        by = _byline(first, lang)
        if by:
            b.role = "credit" if by == "credit" else "byline"
            return
    elif len(b.lines) == 2 and style != "body":  # a byline or credit wider than its column
        by = _byline(b.text, lang)
        if by:
            b.role = "credit" if by == "credit" else "byline"
            return
    if (style == "body" and b.size >= (1 + SIZE_STEP) * body and len(b.lines) <= DECK_LINES
            and not ends_sentence(b.lines[-1].text)):
        style = "display"  # a line or two set a size above the text, ending no sentence: a deck
    if style == "display" and len(b.lines) > NOTICE_LINES:
        b.role, b.kind = "furniture", "note"  # a table in display type (no headline runs to
        return  # seven lines)
    b.role = style


Rule = tuple[float, float, float, float]


def _panels(rules: list[Rule], items: list[Block]) -> list[tuple[Rule, ...]]:
    """Boxes drawn round display or small type with no running text in them (a boxed pull
    quote, a data box set into a story's columns), as their four sides: they frame what they
    hold and do not part the story around them as a rule between stories does."""
    flat = [r for r in rules if abs(r[3] - r[1]) < 1]
    upright = [r for r in rules if abs(r[2] - r[0]) < 1]
    out = []
    for k, top in enumerate(flat):
        for bottom in flat[k + 1:]:
            if not (_near(top[0], bottom[0]) and _near(top[2], bottom[2])) or bottom[1] <= top[1]:
                continue
            sides = [r for r in upright if _near(r[1], top[1]) and _near(r[3], bottom[1])
                     and (_near(r[0], top[0]) or _near(r[0], top[2]))]
            if len(sides) < 2:
                continue
            box = (top[0], top[1], top[2], bottom[1])
            inside = [b for b in items if b.lines and _inside(b.bbox, box)]
            if inside and all(b.role != "body" for b in inside):
                out.append((top, bottom, *sides[:2]))
    return out


def _inside(inner: tuple[float, float, float, float], box: tuple[float, float, float, float]
            ) -> bool:
    return (inner[0] >= box[0] - 2 and inner[1] >= box[1] - 2 and inner[2] <= box[2] + 2
            and inner[3] <= box[3] + 2)


def _widen_centred(items: list[Block], rules: list[Rule], body: float,
                   images: list[Block]) -> None:
    """A headline set centred over the columns of its story heads all of them: its box is
    widened to theirs, so that no cut along white space runs down beside it and parts it from
    its first columns.  The columns are the blocks starting just below it; a run of them side
    by side, with no drawn rule down between them and no other headline beside this one,
    that leaves white space of equal width (within CENTRE_TOL body sizes each side) left and
    right of the headline is its story's, the widest such run.  A headline set flush left
    needs none: nothing runs down beside it on its left.

    A headline centred over a box wider than its text (the text fills the box's first columns
    only, or a data box takes one of them) is centred over none of its columns: then the
    columns under it are widened by the columns beside them that start no lower than they do and
    have nothing above them up to the headline's top (an orphan column: text with no stack of
    its own, its story's head is the headline beside it)."""
    for d in sorted((b for b in items if b.role == "display"), key=lambda b: -b.bbox[3]):
        x0, y0, x1, y1 = d.bbox
        below = [b for b in items if b is not d and b.role != "furniture"
                 and y1 - 1 <= b.bbox[1] <= y1 + WINDOW * body]
        cols: list[list[float]] = []  # [left, right, top, display on top, top of its text]
        for b in sorted(below, key=lambda b: b.bbox[0]):
            text = b.bbox[1] if b.role not in ("display", "byline", "jump") else INF
            if cols and b.bbox[0] < cols[-1][1] - 1:
                cols[-1][1] = max(cols[-1][1], b.bbox[2])
                cols[-1][4] = min(cols[-1][4], text)
                if b.bbox[1] < cols[-1][2]:
                    cols[-1][2:4] = [b.bbox[1], float(b.role == "display")]
            else:
                cols.append([b.bbox[0], b.bbox[2], b.bbox[1], float(b.role == "display"), text])

        def free(a: float, z: float, d: Block = d) -> bool:
            return _free(d, a, z, items, rules, body)
        best: tuple[float, float] | None = None
        under = [c for c in cols if c[0] < x1 and c[1] > x0]
        top = min((c[2] for c in under), default=y1)
        text = min((c[4] for c in under), default=INF)
        for i in range(len(cols)):
            for j in range(i, len(cols)):
                a, z = cols[i][0], cols[j][1]
                if (x0 - a >= body and z - x1 >= body
                        and abs((x0 - a) - (z - x1)) <= 2 * CENTRE_TOL * body and free(a, z)
                        and (best is None or z - a > best[1] - best[0])
                        and all(_orphan(c, d, top, items + images, body, text)
                                for c in cols[i:j + 1] if c not in under)):
                    best = (a, z)
        best = _orphans(d, best or (x0, x1), cols, items + images, body, free) or best
        if best is not None:
            d.box = (min(best[0], x0), y0, max(best[1], x1), y1)


def _free(d: Block, a: float, z: float, items: list[Block], rules: list[Rule], body: float
          ) -> bool:
    """No other headline beside headline `d` over a..z, no rule down between a and z."""
    _, y0, _, y1 = d.bbox
    return (not any(o is not d and o.role in ("display", "byline")
                    and o.bbox[1] < y1 and o.bbox[3] > y0
                    and o.bbox[0] < z and o.bbox[2] > a for o in items)
            and not any(a < r[0] < z and r[1] <= y1 + body and r[3] >= y1 + body
                        for r in rules if abs(r[2] - r[0]) < 1))


def _orphans(d: Block, run: tuple[float, float], cols: list[list[float]], items: list[Block],
             body: float, free: Callable[[float, float], bool]) -> tuple[float, float] | None:
    """The columns under headline `d` (those across `run`) widened by the orphan columns
    beside them (see `_widen_centred`), or None when there is none."""
    x0, y0, x1, _ = d.bbox
    under = [k for k, c in enumerate(cols) if c[0] < run[1] and c[1] > run[0]]
    if not under:
        return None
    top = min(cols[k][2] for k in under)
    text = min(cols[k][4] for k in under)
    i, j = under[0], under[-1]
    flush = abs(x0 - cols[i][0]) <= 1  # set flush left over its text: no orphan on its left
    while (i > 0 and not flush and _orphan(cols[i - 1], d, top, items, body, text)
           and free(cols[i - 1][0], x1)):
        i -= 1
    while (j < len(cols) - 1 and _orphan(cols[j + 1], d, top, items, body, text)
           and free(x0, cols[j + 1][1])):
        j += 1
    if (i, j) == (under[0], under[-1]):
        return None
    return cols[i][0], cols[j][1]


def _orphan(c: list[float], d: Block, top: float, items: list[Block], body: float,
            text: float = INF) -> bool:
    """Column `c` (left, right, top, display on top, top of its text) beside headline `d` has
    no stack of its own: it starts with text no lower than `top` (the top of the columns under
    `d`), its text no higher than the text under `d` (`text`, below the stack's subheadline,
    byline or `continued from` line: text starting beside that stack, above its foot, runs on
    from a story beside), and nothing is set over it down from a body size above `d`, nor a
    headline ending up to ABOVE body sizes above `d` (a story beside, its stack taller than
    `d`), but for `d`'s own stack (what is set over `d`)."""
    x0, y0, x1, _ = d.bbox
    return (not c[3] and c[2] <= top + LEVEL * body
            and (text == INF or (c[4] if len(c) > 4 else c[2]) >= text - LEVEL * body)
            and not any(o is not d and o.bbox[3] <= c[2] + 1
                        and o.bbox[0] < c[1] and o.bbox[2] > c[0]
                        and not (o.bbox[3] <= y0 + 1 and o.bbox[0] < x1 and o.bbox[2] > x0)
                        and (o.bbox[3] > y0 - body or (o.role == "display"
                                                       and o.bbox[3] > y0 - ABOVE * body))
                        for o in items))


def _header_lines(items: list[Block], body: float, images: list[Block]) -> None:
    """A short line set between furniture blocks of the page header, above the page's first
    headline (a masthead's motto between the title and the date line; in display type, when
    only furniture is above it and a header line right under it; a few lines of text, an index
    of the edition, when only furniture is above them), is furniture too, and
    so are the display type at the very top of the page right over header furniture (the
    paper's title) and a line or two of small type under all the page's text (a footer; in
    text-size type, under other footer lines, or one line set FOOT_GAP ems apart)."""
    ranked = sorted((b for b in items if b.lines), key=lambda b: b.bbox[1])
    def header(b: Block) -> bool:
        return b.role == "furniture" and b.kind in HEADER_KINDS

    if len(ranked) > 1 and ranked[0].role == "display" and (header(ranked[1]) or (
            len(ranked) > 2 and header(ranked[2]) and _motto(ranked[1], ranked[0])
            and ranked[0].size >= max(b.size for b in ranked)) or _title_over_kicker(ranked)):
        ranked[0].role, ranked[0].kind = "furniture", "masthead"  # the title over the header
        # (or over a motto set right under it, header furniture under that)
    if len(ranked) > 1 and _running_head(ranked, body):
        ranked[0].role, ranked[0].kind = "furniture", "top"
    for k in range(1, len(ranked) - 1):  # a motto in display type, between header lines
        b = ranked[k]
        if (b.role == "display" and len(b.lines) <= 2
                and all(o.role == "furniture" for o in ranked[:k])
                and ranked[k + 1].role == "furniture" and ranked[k + 1].kind in HEADER_KINDS
                and b.size < ranked[k - 1].size):
            b.role, b.kind = "furniture", "top"
    heads = [b.bbox[1] for b in items if b.role == "display"]
    if not heads:
        return
    first = min(heads)
    above = sorted((b for b in items if b.bbox[3] <= first), key=lambda b: b.bbox[1])
    for k, b in enumerate(above):
        if b.role not in ("body", "small") or k == 0:
            continue
        after = next((o for o in above[k + 1:] if o.role not in ("body", "small")), None)
        run = above[k:above.index(after)] if after is not None else []
        if (k < len(above) - 1 and above[k - 1].role == above[k + 1].role == "furniture"
                and (len(b.lines) <= 2 or (len(b.lines) <= NOTICE_LINES and all(
                    o.role == "furniture" for o in above[:k])))):
            b.role, b.kind = "furniture", "top"
        elif (after is not None and after.role == "furniture" and after.kind in HEADER_KINDS
              and len(run) <= 3 and all(len(o.lines) <= 2 for o in run)
              and all(o.role == "furniture" for o in above[:k])):
            b.role, b.kind = "furniture", "top"  # lines of the header set one under another
            # (a motto over the date line), header furniture over and under them
        elif (k == len(above) - 1 and len(b.lines) <= NOTICE_LINES
              and all(o.role == "furniture" for o in above[:k])
              and any(o.kind in HEADER_KINDS for o in above[:k])
              and not any(i.bbox[3] <= b.bbox[1] + 1 and _overlap_x(i.bbox, b.bbox) > 0
                          for i in images)):
            b.role, b.kind = "furniture", "top"  # the last of the header's boxes (a lottery
            # box under the weather ear), with only header furniture over it
    for b in sorted(items, key=lambda b: -b.bbox[1]):  # a line or two under everything else
        # on the page: its footer (read from the foot up, so a box over the footer is too)
        caption = any(i.bbox[3] <= b.bbox[1] + 1 and b.bbox[1] - i.bbox[3] <= 3 * b.size
                      and i.bbox[0] < b.bbox[2] and i.bbox[2] > b.bbox[0] for i in images)
        few = len(b.lines) <= 2 or (len(b.lines) <= NOTICE_LINES and not caption)
        if b.role not in ("small", "body") or not few:
            continue
        text = [o.bbox[3] for o in items if o is not b and o.role in ("body", "display")]
        under = not any(o is not b and o.lines and o.bbox[1] >= b.bbox[3] - 1
                        and o.role != "furniture" for o in items)
        if not (text and b.bbox[1] >= max(text) and under):
            continue
        over = max((o for o in items + images if o is not b and o.bbox[3] <= b.bbox[1] + 1
                    and o.bbox[0] < b.bbox[2] and o.bbox[2] > b.bbox[0]),
                   key=lambda o: o.bbox[3], default=None)
        if b.role == "small" or any(
                o.role == "furniture" and o.kind not in ("pullquote", "note")
                and (len(b.lines) <= 2 or o.kind != "logo")
                and o.bbox[3] <= b.bbox[1] + 1
                and b.bbox[1] - o.bbox[3] <= 2 * b.size
                and o.bbox[0] < b.bbox[2] and o.bbox[2] > b.bbox[0] for o in items) or (
                b.size <= body and over is not None
                and b.bbox[1] - over.bbox[3] >= FOOT_GAP * b.size
                and (len(b.lines) == 1 or over.role == "body")):
            b.role, b.kind = "furniture", "foot"  # (text-size type only under other footer
            # lines, up to six of them but for two under a column's head, or one line of it
            # set apart from what is over it, or a few lines set apart from text: not from
            # the headline they stand under)


def _running_head(ranked: list[Block], body: float) -> bool:
    """The page's first block is one line of text or small type ending no sentence, with
    nothing level beside it and white space of 1.5 body sizes or more under it: the page's
    running head (paper, date, page and section on one line), not a story of one line."""
    b = ranked[0]
    x0, y0, x1, y1 = b.bbox
    return (b.role in ("body", "small") and len(b.lines) == 1 and not ends_sentence(b.text)
            and not any(o.bbox[1] < y1 for o in ranked[1:])
            and min(o.bbox[1] for o in ranked[1:]) - y1 >= 1.5 * body)


def _title_over_kicker(ranked: list[Block]) -> bool:
    """The page's first block, in display type larger than any other, with only stacks right
    under it and one of them a kicker (small display type set tight over a headline larger
    than it, which is still smaller than the first block): the page's title (a section front's
    `B1 SPORTS THE TAMARACK VALLEY SENTINEL`), not the headline of the story under it."""
    title = ranked[0]
    rest = ranked[1:]
    if not rest or title.role != "display" or title.size < (1 + SIZE_STEP) * max(
            b.size for b in rest):
        return False

    def next_under(b: Block) -> Block | None:
        return min((o for o in rest if o is not b and o.bbox[1] >= b.bbox[3] - 1
                    and _overlap_x(o.bbox, b.bbox) > 0), key=lambda o: o.bbox[1], default=None)
    x0, _, x1, y1 = title.bbox
    firsts = [b for b in rest if b.bbox[1] >= y1 - 1 and b.bbox[0] < x1 and b.bbox[2] > x0
              and not any(o is not b and o.bbox[1] >= y1 - 1 and o.bbox[3] <= b.bbox[1] + 1
                          and _overlap_x(o.bbox, b.bbox) > 0 for o in rest)]
    if not firsts or any(b.role not in ("display", "furniture", "byline") for b in firsts):
        return False
    for k in firsts:
        head = next_under(k)
        if (k.role == "display" and head is not None and head.role == "display"
                and head.size >= (1 + SIZE_STEP) * k.size
                and head.bbox[1] - k.bbox[3] <= 0.5 * head.size):
            return True
    return False


def _motto(b: Block, title: Block) -> bool:
    """A line or two of text or small type ending no sentence, set right under display type
    and within its width: the motto under a paper's title (`Port Calloway's hometown paper
    since 1921`), when header furniture (the date line) follows it."""
    return (b.role in ("body", "small") and len(b.lines) <= 2 and not ends_sentence(b.text)
            and b.bbox[0] >= title.bbox[0] - 1 and b.bbox[2] <= title.bbox[2] + 1
            and -0.5 * b.size <= b.bbox[1] - title.bbox[3] <= 1.5 * b.size)


def _over_footer(items: list[Block], images: list[Block]) -> None:
    """A line or two of text or small type set right over furniture, with nothing but furniture
    under it in its column and no headline or byline right over it (a promo line over the
    footer's notices), is furniture too."""
    for b in items:
        if b.role not in ("small", "body") or len(b.lines) > 2:
            continue
        x0, y0, x1, y1 = b.bbox
        below = [o for o in items + images if o is not b and o.bbox[1] >= y1 - 1
                 and o.bbox[0] < x1 and o.bbox[2] > x0]
        if not below or any(o.role != "furniture" or o.kind in ("pullquote", "note")
                            for o in below) \
                or min(o.bbox[1] for o in below) - y1 > 2 * b.size:
            continue
        over = [o for o in items + images if o is not b and o.bbox[3] <= y0 + 1
                and o.bbox[0] < x1 and o.bbox[2] > x0]
        last = max(over, key=lambda o: o.bbox[3], default=None)
        if last is None or last.role not in ("display", "byline"):
            b.role, b.kind = "furniture", "foot"


def _header_bottom(rules: list[tuple[float, float, float, float]], width: float,
                   height: float) -> float:
    """The page header ends at the first rule across most of the page near its top (page
    numbers and section names count as furniture only above it)."""
    ys = [r[1] for r in rules if abs(r[3] - r[1]) < 3 and r[2] - r[0] >= 0.5 * width
          and r[1] <= HEADER_ZONE * height]
    return min(ys, default=float("-inf"))


def _on_edge(r: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """A drawn line that frames an image is part of the picture, not a separator."""
    inside = (r[0] >= box[0] - 2 and r[2] <= box[2] + 2 and r[1] >= box[1] - 2
              and r[3] <= box[3] + 2)
    flat_edge = _near(r[1], r[3]) and (_near(r[1], box[1]) or _near(r[1], box[3]))
    upright_edge = _near(r[0], r[2]) and (_near(r[0], box[0]) or _near(r[0], box[2]))
    return inside and (flat_edge or upright_edge)


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 2


# ---- one pass in reading order -----------------------------------------------------------------
def _assemble(order: list[Block], lang: str, body: float) -> tuple[list[Piece], list[Block]]:
    """Give every body the stack read before it; collect furniture.

    A stack block joins the story being read while that story has no body yet; otherwise it
    starts a story, unless it is a pull quote (display type inside a column whose text runs on
    past it).  Body blocks join the story being read when they lie in its rule box; a paid
    notice takes the text after it in its box.
    """
    pieces: list[Piece] = []
    furniture: list[Block] = []
    cur: Piece | None = None
    logos: list[Block] = []
    notice: Block | None = None
    pending_from: int | None = None
    text = _text_size(order)  # the text's size as set (`body` is rounded to half a point)
    beside: list[Piece] = []  # stacks set beside the one being read, with no text yet
    waiting: list[Piece] = []  # ... and those of them the text read next did not go under

    def start(b: Block) -> Piece:
        nonlocal logos, pending_from
        p = Piece(b.area, logos=[x for x in logos if x.area == b.area  # a logo sits over its
                                 and x.bbox[3] <= b.bbox[1] + 1  # story, in its columns
                                 and _overlap_x(x.bbox, b.bbox) > 0],
                  jump_from=pending_from)
        logos, pending_from = [], None
        pieces.append(p)
        return p

    for b in order:
        if notice is not None:
            if (b.area == notice.area and b.role in ("body", "small", "furniture")
                    and (b.role != "furniture" or b.kind in NOTICE_TAIL)
                    and not _starts_body(b, lang)):
                b.role, b.kind = "furniture", "notice"
                furniture.append(b)
                continue
            notice = None
        if (furniture and _tucked_under(b, furniture[-1])
                and (b.role == "small" or (furniture[-1].kind in HEADER_KINDS
                                           and len(b.lines) <= 2 and b.size <= furniture[-1].size
                                           and b.role in ("body", "display"))
                     or (b.role == "body" and len(b.lines) <= NOTICE_LINES
                         and (b.size < text - 0.05 or (furniture[-1].kind == "logo"
                                                       and b.size < body - 0.1))))):
            b.role, b.kind = "furniture", furniture[-1].kind  # the small print of a data box
            # (or a few lines of type below the text's size under a label or an ad's head)
        elif (b.role == "credit" and furniture and furniture[-1].kind not in HEADER_KINDS
              and (style_class(b, body) == "small"
                   or same_style(furniture[-1].lines[-1], b.lines[0]))
              and _tucked_under(b, furniture[-1])):
            b.role, b.kind = "furniture", furniture[-1].kind  # the wrapped rest of its source
            # line (`制` | `图：于舟`): a credit in small type tight under a data box's figures
        if b.role == "byline" and cur is not None and cur.body and cur.area == b.area \
                and _closing(cur.body[-1], b, lang):
            b.role = "body"  # the story's closing byline, read with its text
            cur.body.append(b)
            continue
        role = b.role
        if role == "furniture":
            furniture.append(b)
            if b.kind == "notice":
                notice = b
            elif b.kind == "logo":
                logos.append(b)
            continue
        if role == "jump":
            direction, _, page = (b.kind or "").partition(":")
            if direction == "to" and cur is not None:
                cur.jump_to = int(page)
            elif cur is not None and cur.stack and not cur.body and cur.area == b.area:
                cur.jump_from = int(page)  # under the story's headline, above its text
            else:
                pending_from = int(page)
            continue
        if (cur is not None and beside and not cur.body and not cur.image
                and role not in ("credit", "display", "byline")):
            # stacks set side by side, then text or a photo: it goes on under the one it is
            # set under
            over = [p for p in [cur] + beside if p.area == b.area
                    and _overlap_x(p.stack[-1].bbox, b.bbox) > 0
                    and p.stack[-1].bbox[3] <= b.bbox[1] + 1]
            if over:
                side = [cur] + beside
                cur = max(over, key=lambda p: p.stack[-1].bbox[3])
                waiting = [p for p in side if p is not cur]
            beside = []
        if role == "image":
            if cur is None or cur.body or cur.credit or cur.image or cur.area != b.area:
                cur = start(b)
            cur.image = b
            continue
        if role == "credit":
            if cur is None or cur.credit is not None:
                cur = start(b)
            cur.credit = b
            continue
        back = _waiting_over(waiting, b, body) if cur is None or cur.body else None
        if back is not None:  # under a stack set beside one whose text was read since
            waiting.remove(back)
            cur = back
            (cur.stack if role in ("display", "byline") else cur.body).append(b)
            continue
        if role in ("display", "byline"):
            if (cur is not None and not cur.body and not cur.credit and cur.area == b.area
                    and not (cur.stack and (_beside(cur.stack[-1], b, body)
                                            or _far_under(cur.stack[-1], b, body)))):
                cur.stack.append(b)
            elif role == "display" and _pull_quote(cur, b, lang, order, text):
                b.role, b.kind = "furniture", "pullquote"
                furniture.append(b)
            else:
                if (cur is not None and cur.stack and not cur.body and not cur.image
                        and not cur.credit):
                    beside.append(cur)
                else:
                    beside = []
                cur = start(b)
                cur.stack.append(b)
            continue
        if (cur is None or cur.credit is not None or cur.area != b.area
                or (cur.body and (_starts_body(b, lang) or _headed_apart(cur, b, logos, order)
                                  or _flows_back(cur, b)))):
            cur = start(b)
        cur.body.append(b)
    banners = [p for p in pieces if _banner(p) or _unattached(p)]
    for p in banners:
        for b in p.stack:
            b.role, b.kind = "furniture", "slogan" if _banner(p) else "promo"
            furniture.append(b)
    notices = [p for p in pieces if _small_print(p, text)]
    for p in notices:
        for b in p.stack + p.body:
            b.role, b.kind = "furniture", "notice"
            furniture.append(b)
    furniture.sort(key=order.index)
    return [p for p in pieces if p not in banners and p not in notices], furniture


def _headed_apart(cur: Piece, b: Block, logos: list[Block], order: list[Block]) -> bool:
    """Text under a column's head (a logo read after the story being read, set over the text
    and in none of that story's columns) and going on level with itself in the next column is
    not that story's: it starts the column's items (headless corrections under `CORRECTIONS`,
    each flowed across two columns; not a data box's figures under its label)."""
    last = order.index(cur.body[-1])
    return any(x.area == b.area and x.bbox[3] <= b.bbox[1] + 1 and _overlap_x(x.bbox, b.bbox) > 0
               and order.index(x) > last
               and all(_overlap_x(x.bbox, o.bbox) <= 0 for o in cur.body + cur.stack)
               for x in logos) and any(  # text going on level with it in the next column
        o.role == "body" and o.area == b.area and abs(o.bbox[1] - b.bbox[1]) <= 1
        and o.bbox[0] >= b.bbox[2] for o in order)


def _flows_back(cur: Piece, b: Block) -> bool:
    """Text of a story with no headline that has gone on into the next column and now comes
    back under its first column (below it, left of where it went on) is another item: headless
    items each flowed across two columns, read row by row."""
    if cur.stack or len(cur.body) < 2:
        return False
    last = cur.body[-1]
    return last.bbox[0] >= b.bbox[2] - 1 and any(
        o.bbox[3] <= b.bbox[1] + 1 and _overlap_x(o.bbox, b.bbox) > 0 for o in cur.body[:-1])


def _waiting_over(waiting: list[Piece], b: Block, body: float) -> Piece | None:
    """The stack, set beside another and still without text, that block `b` is set right under
    (in its columns, within a body size and a half): text or a byline read after the story
    beside it, which the reading order took first."""
    for p in waiting:
        last = p.stack[-1]
        if (p.area == b.area and not p.body and _overlap_x(last.bbox, b.bbox) > 0
                and -1 <= b.bbox[1] - last.bbox[3] <= 1.5 * body):
            return p
    return None


def _beside(a: Block, b: Block, body: float) -> bool:
    """Stack block `b` set beside stack block `a` (starting above a's foot, a gutter or more to
    its left or right) heads something else: display type stacks downwards.  Across a gutter
    narrower than two body sizes the two must also be level (b ending below a's top): a
    headline set over a byline and just right of it is over it, read after it only because the
    gutter parted the two (a headline set off-centre over a brief, its byline flush left)."""
    gutter = max(b.bbox[0] - a.bbox[2], a.bbox[0] - b.bbox[2])
    return b.bbox[1] < a.bbox[3] - 1 and (gutter >= 2 * body or (
        gutter >= body and b.bbox[3] > a.bbox[1] + 1))


def _far_under(a: Block, b: Block, body: float) -> bool:
    """Stack block `b` set well below stack block `a` (more than ABOVE body sizes of white
    space between them) and not under it (in other columns), or right under it but twelve
    body sizes and more below it (a label at the top of an empty stretch of its column): a
    stack is set tight and grows downwards, so `b` heads something else and `a`, read before
    it, heads nothing."""
    gap = b.bbox[1] - a.bbox[3]
    return gap > ABOVE * body and (_overlap_x(a.bbox, b.bbox) <= 0 or gap > 2 * WINDOW * body)


def _unattached(p: Piece) -> bool:
    """Display type heading nothing (no text, picture, credit or jump under it): a promo line
    or a slogan set among the stories, not a story of its own."""
    return (bool(p.stack) and all(b.role == "display" for b in p.stack) and not p.body
            and p.image is None and p.credit is None and not p.jump_to and not p.jump_from)


def _small_print(p: Piece, text: float) -> bool:
    """A short head in display type over nothing but small type, with no picture, byline or
    credit: a classified ad or notice (`YARD SALE` over `Saturday 8-2. Call…`), or a data box
    of listings or prices however many lines it runs to.  Type set below the text's own size
    is small print too, though too near it to be small type (7.5 pt on a page of 8 pt text;
    `text` is the text's size as set, not rounded as the page's body size is).  So is such
    print with no head at all (a table whose head is set in its own small type), with no
    photo over it (a caption) and no jump."""
    headed = len(p.stack) == 1 and p.stack[0].role == "display" and len(p.stack[0].lines) <= 3
    return ((headed or not (p.stack or p.jump_to or p.jump_from))
            and bool(p.body) and all(b.role == "small" or (b.role == "body"
                                                           and b.size < text - 0.05)
                                     for b in p.body)
            and p.image is None and p.credit is None and not p.logos)


def _text_size(order: list[Block]) -> float:
    """The size most characters of the page's text blocks are set in, to a tenth of a point."""
    count: dict[float, int] = {}
    for b in order:
        if b.role == "body":
            for x in b.lines:
                count[round(x.size, 1)] = count.get(round(x.size, 1), 0) + len(x.text)
    return max(count, key=lambda k: count[k]) if count else 0.0


def _closing(last: Block, b: Block, lang: str) -> bool:
    """Byline `b` closes the text block `last` it is set right under (`（本报记者 宋霞）`
    on a line of its own, flush left or right, under the story's last line)."""
    m = tail_byline(b.text, lang)
    return (m is not None and m.group(0).strip() == b.text.strip()
            and _overlap_x(b.bbox, last.bbox) > 0
            and -1 <= b.bbox[1] - last.bbox[3] <= 1.5 * b.size)


def _boxed_data(order: list[Block]) -> None:
    """A box drawn round a furniture label and a few lines of text under it, nothing else (a
    data box's figures set in text type): the text is the label's furniture.  Not text set
    beside the label too, in the next column (items flowed across two columns under a column's
    head, in the box that rules between stories make)."""
    areas: dict[int, list[Block]] = {}
    for b in order:
        if b.area:
            areas.setdefault(b.area, []).append(b)
    for blocks_ in areas.values():
        label, rest = blocks_[0], blocks_[1:]
        if (label.role == "furniture" and label.kind == "logo" and rest
                and all(b.role in ("body", "small") for b in rest)
                and sum(len(b.lines) for b in rest) <= NOTICE_LINES
                and all(b.bbox[1] >= label.bbox[3] - 1 and _overlap_x(b.bbox, label.bbox) > 0
                        for b in rest)):
            for b in rest:
                b.role, b.kind = "furniture", label.kind


def _tucked_under(b: Block, above: Block) -> bool:
    """Set right under a furniture block in the same column: small type (a data box's figures
    under its label), or a line or two in type no larger than a page-header label over them
    (the weather under `枫阳天气`), are part of it."""
    ax0, _, ax1, ay1 = above.bbox
    x0, y0, x1, _ = b.bbox
    return (above.kind not in ("notice", "pullquote") and above.area == b.area
            and min(x1, ax1) - max(x0, ax0) > 0.5 * min(x1 - x0, ax1 - ax0)
            and -1 <= y0 - ay1 <= 1.5 * b.size)


def _starts_body(b: Block, lang: str) -> bool:
    """A block opening with an inline byline or a `continued from` marker starts a story."""
    s = b.lines[0].text if b.lines else ""
    return bool(inline_byline(s, lang)) or any(
        d == "from" and m.start() == 0 for d, _, m in jumps_in(s, lang))


def _pull_quote(cur: Piece | None, b: Block, lang: str, order: list[Block],
                text_size: float = 0.0) -> bool:
    """Display type set inside a column right under text that runs on (its last line ends no
    sentence, jump marker or byline), or at the head of the next column while the text runs
    on from the foot of this one: a pull quote, never read aloud.  Only text in the text's
    own type runs on: small type (a data box's figures) does not, nor type set below the
    text's size (`text_size`, unrounded: a price table in 8 pt on a page of 8.5 pt text); nor
    does text under a head (a data box's label) set level with the display type beside it:
    two heads of one row."""
    if cur is None or not cur.body or cur.jump_to or b.area != cur.area:
        return False
    last = cur.body[-1]
    if last.role != "body" or last.size < text_size - 0.05:
        return False  # small type (a data box's figures, a caption) is no running text
    text = last.lines[-1].text.strip()
    if (any(m.end() >= len(text) - 1 for _, _, m in jumps_in(text, lang)) or ends_sentence(text)
            or tail_byline((" " if lang == "en" else "").join(
                x.text.strip() for x in last.lines[-3:]), lang)):
        return False  # the text ended: a sentence, a jump marker or a byline closes it (a
        # byline a narrow column wrapped onto three lines too)
    lx0, ly0, lx1, ly1 = last.bbox
    x0, y0, x1, _ = b.bbox
    em = last.lines[-1].size
    under = min(x1, lx1) - max(x0, lx0) >= 0.5 * (x1 - x0) and 0 <= y0 - ly1 <= 3 * em
    # or at the head of the next column (across a gutter of up to 3 ems, or up to half the
    # text's column where the gutters are wider), the text running on from the foot of this
    # one; not when a head set right over that text is level with it (a label over a data
    # box beside a story's headline: two heads of one row)
    atop = (x0 >= lx1 - 1 and x0 - lx1 <= max(3 * em, (lx1 - lx0) / 2)
            and abs(y0 - ly0) <= 3 * em
            and not any(o.role in ("furniture", "display", "byline") and o is not b
                        and 0 <= ly0 - o.bbox[3] <= 2 * em and abs(o.bbox[1] - y0) <= em
                        and _overlap_x(o.bbox, last.bbox) > 0 for o in order))
    return under or atop


def _banner(p: Piece) -> bool:
    """Display lines of short parallel phrases with no story under them: a banner slogan."""
    return (bool(p.stack) and not p.body and p.image is None and p.credit is None
            and all(b.role == "display" and all(slogan_shaped(x.text, 8) for x in b.lines)
                    for b in p.stack))


# ---- tokens for the splitter's story step ------------------------------------------------------
def _numbered(order: list[Block]) -> dict[int, int]:
    """Line numbers in reading order (the splitter compares positions by them)."""
    out, n = {}, 0
    for b in order:
        for x in b.lines:
            out[id(x)] = n
            n += 1
    return out


_KINDS: dict[str, Kind] = {"furniture": "F", "jump": "J", "byline": "BY", "credit": "CR",
                           "display": "D"}


def _token(b: Block, numbered: dict[int, int], edges: list[float]) -> Token:
    """A block as the text splitter's token: its lines with numbers and block gaps."""
    kind = _KINDS.get(b.role, "BODY")
    own = min((x.x0 for x in b.lines), default=0.0)
    lines = [_line(x, numbered[id(x)], 1 if k == 0 or kind == "BODY" else 0,
                   indented(x, edges, own) if kind == "BODY" else None)
             for k, x in enumerate(b.lines)]
    return Token(kind, lines, b.kind if kind == "F" else None)


def _line(x: TextLine, no: int, gap: int, starts: bool | None) -> Line:
    return Line(no, x.text, width(x.text), gap, starts=starts)


def _stack_tokens(t: Token, b: Block, lang: str,
                  box: tuple[float, float, float, float] | None = None) -> list[Token]:
    """A stack block as one token per line, the way the text splitter sees a headline block
    (display lines after the first have no gap above them).  A short last line under a line
    that fills the block is what the column wrap left over (`…党委书记陈素` over `芬`): it is
    read on the line before, not as a stack line of its own.  In Chinese (where a line break
    read as a space would split a word), so is every line the column wrapped: a line that fills
    its story's width (`box`) so that the next line's first character, or its first run of
    digits or Latin letters, would not fit after it (`2026年度城乡居民医保集中参保` over
    `缴费开始`); a line with room left after it was broken on purpose: in display type of
    one size it still goes on the same headline, after a space (`市民文化节“周末剧场”启幕`
    over `全年将上演公益演出120场`: a kicker is set smaller than its headline)."""
    lines = list(t.lines)
    if len(lines) >= 2 and len(b.lines) == len(lines):
        x0, _, x1, _ = b.bbox
        full, last = b.lines[-2], b.lines[-1]
        rest = (full.x1 - full.x0 >= WRAP_FULL * (x1 - x0)
                and last.x1 - last.x0 <= WRAP_REST * (x1 - x0))
        if lang != "en" and box is not None:  # (the lines before a wrapped rest too)
            widest = max(x.x1 - x.x0 for x in b.lines)
            merged = [lines[0]]
            for k in range(1, len(lines)):
                sep = "" if rest and k == len(lines) - 1 else _column_wrapped(
                    b.lines[k - 1], b.lines[k], box[2] - box[0], widest)
                if sep is None and b.role == "display" and abs(b.lines[k - 1].size
                                                              - b.lines[k].size) < 0.25:
                    sep = " "  # two lines of one size: one headline broken on purpose
                if sep is not None:
                    a = merged[-1]
                    text = a.text + sep + lines[k].text.strip()
                    merged[-1] = Line(a.no, text, width(text), a.gap, starts=a.starts)
                else:
                    merged.append(lines[k])
            lines = merged
        elif rest:
            a, z = lines[-2], lines[-1]
            text = a.text + (" " if lang == "en" else "") + z.text.strip()
            lines[-2:] = [Line(a.no, text, width(text), a.gap, starts=a.starts)]
    return [Token(t.kind, [x]) for x in lines]


def _column_wrapped(line: TextLine, nxt: TextLine, room: float, widest: float) -> str | None:
    """How `nxt` goes on from `line` when the column wrapped it there, else None: the first
    character of `nxt` (or its first run of digits and Latin letters, which never breaks) would
    not have fitted after `line` in `room` points of width, half an em spared, and `line` is
    its block's widest (within half an em; a line cut short by a run that never breaks need not
    be).  Read on with no space, or after one where `line` sets its phrases apart by spaces
    (`比速度 拼质量` over `抓落实`: the column broke it at a space)."""
    text = nxt.text.strip()
    used = line.x1 - line.x0
    per = (nxt.x1 - nxt.x0) / max(width(text), 1)  # points per cell
    m = UNBREAKABLE.match(text)
    head = m.group(0) if m else text[:1]
    if used < widest - 0.5 * line.size and len(head) < 2:
        return None
    if used + per * width(head) <= room - 0.5 * line.size:
        return None
    return " " if " " in line.text.strip() else ""


# ---- listening order ---------------------------------------------------------------------------
def listening_order(pieces: list[Piece], body: float) -> list[Piece]:
    """The lead (the largest headline; the top-left one among equals) first, then the stories
    by the top edge of their area, left to right where tops are level."""
    if not pieces:
        return []
    text = [p for p in pieces if p.credit is None and p.headline_size > 0] or pieces
    top = max(p.headline_size for p in text)
    lead = min((p for p in text if p.headline_size >= top - 0.5),
               key=lambda p: (p.bbox[1], p.bbox[0]))
    rest = sorted((p for p in pieces if p is not lead), key=lambda p: p.bbox[1])
    rows: list[list[Piece]] = []
    for p in rest:
        if rows and p.bbox[1] - rows[-1][0].bbox[1] <= LEVEL * body:
            rows[-1].append(p)
        else:
            rows.append([p])
    return [lead] + [p for row in rows for p in sorted(row, key=lambda p: p.bbox[0])]
