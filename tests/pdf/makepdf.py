"""Lay out corpus pages as newspaper PDF pages, from their gold answers (a test tool).

Each corpus page's `gold.json` says what the page prints; its `page.txt` (the extraction) says
only where the furniture sat between the stories and how each byline was printed.  The PDF
puts the lead top left under the page's largest headline, the other stories in rows of boxes
(headline stack across its box, body flowed through the box's columns), briefs stacked under
their column head at the end of a row, photos as an image with caption and credit, page header
on top and banner or editor credits at the foot, so the corpus reading order (lead first, then
by the top edge of each story's area, left to right where tops are level) is what the page's
geometry says and the same gold scores the PDF path.

    python tests/pdf/makepdf.py OUT.pdf CORPUS_PAGE_DIR [CORPUS_PAGE_DIR ...]
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from audiopaper.ingest.text import decode

WS = re.compile(r"\s+")
CLOSE = set("，。、；：？！”’）》…,.;:?!)\"'")
OPEN = set("“‘（《(")
UNIT = re.compile(r"[0-9A-Za-z.%:/+\-]+|.", re.DOTALL)
# draw operations: ("text", (x, top, text, Style)), ("rule", (x0, y0, x1, y1)), ("image", box)
Op = tuple[str, Any]


def norm(s: str | None) -> str:
    return WS.sub("", s or "")


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    pitch: float  # line advance, in ems


@dataclass
class Spec:
    """Type and grid of one language's pages."""

    columns: int
    colw: float
    gutter: float
    margin: float
    indent: float  # ems
    body: Style
    styles: dict[str, Style] = field(default_factory=dict)


ZH = Spec(6, 108, 12, 30, 2.0, Style("china-s", 9, 1.5), {
    "kicker": Style("china-s", 11, 1.3), "lead": Style("china-s", 22, 1.25),
    "headline": Style("china-s", 15, 1.25), "sub": Style("china-s", 11, 1.3),
    "brief": Style("china-s", 11, 1.3), "label": Style("china-s", 12, 1.3),
    "byline": Style("china-s", 9, 1.5), "caption": Style("china-s", 8, 1.5),
    "credit": Style("china-s", 8, 1.5), "logo": Style("china-s", 10, 1.3),
    "masthead": Style("china-s", 28, 1.2), "header": Style("china-s", 9, 1.4),
    "slogan": Style("china-s", 16, 1.3), "small": Style("china-s", 8, 1.5),
    "notice": Style("china-s", 12, 1.3), "quote": Style("china-s", 12, 1.3),
    "jump": Style("china-s", 9, 1.5)})
EN = Spec(4, 150, 12, 30, 1.0, Style("helv", 8.5, 1.35), {
    "kicker": Style("hebo", 8.5, 1.3), "lead": Style("hebo", 20, 1.15),
    "headline": Style("hebo", 14, 1.15), "sub": Style("helv", 11, 1.25),
    "brief": Style("hebo", 9.5, 1.25), "label": Style("hebo", 11, 1.25),
    "byline": Style("hebo", 8.5, 1.35), "caption": Style("helv", 7.5, 1.35),
    "credit": Style("helv", 7, 1.35), "logo": Style("hebo", 10, 1.25),
    "masthead": Style("hebo", 28, 1.2), "header": Style("helv", 8.5, 1.35),
    "slogan": Style("hebo", 16, 1.3), "small": Style("helv", 7.5, 1.35),
    "notice": Style("hebo", 11, 1.25), "quote": Style("helv", 12, 1.25),
    "jump": Style("hebo", 8.5, 1.35)})

_FONTS: dict[str, pymupdf.Font] = {}


def font(name: str) -> pymupdf.Font:
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(name)
    return _FONTS[name]


def text_width(text: str, st: Style) -> float:
    return font(st.font).text_length(text, fontsize=st.size)


# ---- wrapping --------------------------------------------------------------------------------
def wrap(text: str, st: Style, width: float, indent: float = 0.0, lang: str = "zh") -> list[str]:
    """Break text into lines of at most `width` points (the first `indent` points narrower).

    Chinese breaks between characters, keeping numbers and Latin words whole, closing
    punctuation on the line before and opening punctuation with what follows (nothing hangs
    into the gutter); English breaks at spaces (no hyphenation).
    """
    if lang == "en":
        units = [w + " " for w in text.split()]
    else:
        units = []
        for u in UNIT.findall(text):
            if units and (u in CLOSE or units[-1][-1] in OPEN):
                units[-1] += u
            else:
                units.append(u)
    lines, cur, cap = [], "", width - indent
    for u in units:
        if cur and text_width(cur + u.rstrip(" "), st) > cap:
            lines.append(cur.rstrip())
            cur, cap = "", width
        cur += u
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def display_lines(text: str, st: Style, width: float, lang: str) -> list[str]:
    """A headline-like string on as few lines as fit, breaking at its spaces first."""
    if text_width(text, st) <= width:
        return [text]
    out, cur = [], ""
    for part in text.split(" "):
        trial = f"{cur} {part}".strip()
        if cur and text_width(trial, st) > width:
            out.append(cur)
            cur = part
        else:
            cur = trial
    out.append(cur)
    return [x for line in out for x in (wrap(line, st, width, 0, lang)
                                         if text_width(line, st) > width else [line])]


# ---- what the page prints ----------------------------------------------------------------------
@dataclass
class Item:
    """Something placed in a box, top to bottom: text lines in one style, an image, or the
    body columns."""

    kind: str  # "text", "image", "body"
    style: Style | None = None
    lines: list[str] = field(default_factory=list)
    align: str = "left"
    height: float = 0.0
    flow: list[tuple[str, Any]] = field(default_factory=list)  # body: ("line", (text, indented)) / ("quote", [lines])


@dataclass
class Box:
    """One story's box (or a furniture box) in a row: span in grid columns and its items."""

    span: int
    items: list[Item]
    stacked: list[list[Item]] = field(default_factory=list)  # briefs under one head


class Unplaceable(ValueError):
    """A page whose text does not hold an article's lines in reading order (side-by-side
    columns read across): no layout can be planned from it."""


class Page:
    """Reads one corpus page and lays it out into draw operations."""

    def __init__(self, folder: Path) -> None:
        self.name = folder.name
        self.gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        self.lang = self.gold["page"].get("language") or "zh"
        self.spec = ZH if self.lang == "zh" else EN
        self.number = self.gold["page"].get("page") or 1
        # (a page may come in GB18030 or with a BOM: read it as the product does)
        text, _ = decode((folder / "page.txt").read_bytes(), folder / "page.txt")
        raw = [x for x in text.replace("\r", "").split("\n") if x.strip()]
        self.raw = raw
        self.flat = "".join(norm(x) for x in raw)
        starts, pos = [], 0
        for x in raw:
            starts.append(pos)
            pos += len(norm(x))
        self.line_at = starts

    # where things sit in the extraction
    def span_of(self, text: str) -> tuple[int, int] | None:
        t = norm(text)
        i = self.flat.find(t)
        return (i, i + len(t)) if t and i >= 0 else None

    def lines_of(self, entry: str) -> list[str]:
        """The printed lines of a skipped block (consecutive extraction lines making it up)."""
        t = norm(entry)
        for i in range(len(self.raw)):
            acc = ""
            for j in range(i, len(self.raw)):
                acc += norm(self.raw[j])
                if acc == t:
                    return [x.strip() for x in self.raw[i:j + 1]]
                if not t.startswith(acc):
                    break
        return [entry]

    def extent(self, a: dict[str, Any]) -> tuple[int, int]:
        parts = [p[:30] for p in a["paragraphs"]] + [p[-30:] for p in a["paragraphs"]]
        if not parts:  # a photo without caption: its headline and credit
            parts = [a.get("headline"), a.get("byline")]
        spans = [s for s in (self.span_of(p) for p in parts if p) if s]
        if not spans:
            raise Unplaceable(f"{self.name}: {a.get('headline')!r} is not in the text in reading order")
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def byline_place(self, a: dict[str, Any]) -> str:
        """How the extraction printed the byline: on a line of its own, or run into the first
        (inline) or last (tail) line of the body."""
        by, paras = norm(a.get("byline")), [norm(p) for p in a["paragraphs"]]
        if a["kind"] == "photo":
            return "credit"
        for x in map(norm, self.raw):
            if paras and x != by and x.startswith(by) and paras[0].startswith(x[len(by):]):
                return "inline"
            if paras and x != by and x.endswith(by) and paras[-1].endswith(x[:-len(by)]):
                return "tail"
        return "line"


def plan(page: Page) -> tuple[list[list[str]], list[Box], list[list[str]]]:
    """Header blocks, story/furniture boxes in order, footer blocks."""
    arts = page.gold["articles"]
    ext = [page.extent(a) for a in arts]
    first, last = min(e[0] for e in ext), max(e[1] for e in ext)
    header, footer, between, inside = [], [], [], {}
    for entry in page.gold.get("skipped") or []:
        where = page.span_of(entry)
        lines = page.lines_of(entry)
        if where is None or where[1] <= first:
            header.append(lines)
        elif where[0] >= last:
            footer.append(lines)
        else:
            host = next((k for k, e in enumerate(ext) if e[0] < where[0] and where[1] < e[1]
                         and arts[k]["paragraphs"]), None)
            if host is not None and len(arts[host]["paragraphs"]) > 1:
                body_start = page.span_of(arts[host]["paragraphs"][0][:12])
                inside[host] = (lines, where[0] - (body_start[0] if body_start else where[0]))
            else:
                before = next((k for k, e in enumerate(ext) if e[0] > where[0]), len(arts))
                between.append((before, lines))
    boxes: list[Box] = []
    k = 0
    while k <= len(arts):
        here = [ls for b, ls in between if b == k]
        logos = [ls for ls in here if len(ls) <= 2 and all(len(x) <= 16 for x in ls)]
        boxes += [Box(1, notice_items(ls, page)) for ls in here if ls not in logos]
        if k == len(arts):
            break
        if arts[k]["kind"] == "brief":
            run = []
            while k < len(arts) and arts[k]["kind"] == "brief":
                run.append(story_items(arts[k], page, 2, None, []))
                k += 1
                logos += [ls for b, ls in between if b == k and k < len(arts)
                          and arts[k]["kind"] == "brief"]
            head = [Item("text", page.spec.styles["logo"], ls) for ls in logos]
            boxes.append(Box(2, head, run))
            continue
        box = Box(span_for(arts[k], k, page), [])
        box.items = story_items(arts[k], page, box.span, inside.get(k), logos)
        boxes.append(box)
        k += 1
    return header, boxes, footer


def span_for(a: dict[str, Any], k: int, page: Page) -> int:
    if k == 0:
        return page.spec.columns - (2 if page.lang == "zh" else 1)
    if a["kind"] == "photo":
        return 2 if page.lang == "zh" else 1
    chars = sum(len(p) for p in a["paragraphs"])
    if page.lang == "en":
        return 2 if chars > 900 else 1
    return 3 if chars > 650 else 2


def notice_items(lines: list[str], page: Page) -> list[Item]:
    st = page.spec.styles
    head, rest = lines[0], " ".join(lines[1:]) if page.lang == "en" else "".join(lines[1:])
    items = [Item("text", st["notice"], [head])]
    if rest:
        items.append(Item("text", st["small"], ["\0" + rest]))  # wrapped to the box later
    return items


def story_items(a: dict[str, Any], page: Page, span: int, quote: tuple[list[str], int] | None,
                logos: list[list[str]]) -> list[Item]:
    st, lang = page.spec.styles, page.lang
    items = [Item("text", st["logo"], ls) for ls in logos]
    place = page.byline_place(a) if a.get("byline") else None
    size = "lead" if a["id"] == "a1" else ("brief" if a["kind"] == "brief" else
                                            "label" if a["kind"] == "photo" else "headline")
    if a.get("kicker"):
        items.append(Item("text", st["kicker"], ["\1" + a["kicker"]]))
    if a.get("headline"):
        items.append(Item("text", st[size], ["\1" + a["headline"]]))
    if a.get("subheadline"):
        items.append(Item("text", st["sub"], ["\1" + a["subheadline"]]))
    if place == "line":
        items.append(Item("text", st["byline"], [a["byline"]]))
    paras = list(a["paragraphs"])
    if a["kind"] == "photo":
        items.append(Item("image", height=0.0))
        if paras:
            items.append(Item("text", st["caption"], ["\0" + p for p in paras]))
        if a.get("byline"):  # a photo may run without a credit
            items.append(Item("text", st["credit"], [a["byline"]], align="right"))
        return items
    if a.get("continued_from"):
        if lang == "zh":
            paras[0] = f"（上接{a['continued_from']}版）" + paras[0]
        else:
            items.append(Item("text", st["jump"], [f"Continued from Page A{a['continued_from']}"]))
    sep = " " if lang == "en" else ""  # English words run on after a space
    if place == "inline":
        paras[0] = a["byline"] + sep + paras[0]
    if place == "tail":
        paras[-1] = paras[-1] + sep + a["byline"]
    if a.get("continued_to") and lang == "zh":
        paras[-1] = paras[-1] + f"（下转{a['continued_to']}版）"
    items.append(Item("body", page.spec.body, paras))
    if quote is not None:
        items[-1].flow = [("quote", quote)]
    if a.get("continued_to") and lang == "en":
        word = next((w for w in re.findall(r"[A-Za-z]{4,}", a["headline"] or "")), "STORY")
        items.append(Item("text", st["jump"], [f"See {word.upper()}, Page A{a['continued_to']}"]))
    return items


# ---- drawing ---------------------------------------------------------------------------------
class Sheet:
    """Draws one page: text through TextWriters (any Unicode), images, rules."""

    def __init__(self, page: Page, rules: bool) -> None:
        self.page, self.spec, self.rules = page, page.spec, rules
        self.ops: list[Op] = []

    def text(self, x: float, y: float, s: str, st: Style) -> None:
        """Text with its top at y."""
        self.ops.append(("text", (x, y, s, st)))

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        if self.rules:
            self.ops.append(("rule", (x0, y0, x1, y1)))

    def width_of(self, span: int) -> float:
        return span * self.spec.colw + (span - 1) * self.spec.gutter

    def x_of(self, col: int) -> float:
        return self.spec.margin + col * (self.spec.colw + self.spec.gutter)

    # a vertical list of items in a box of `width` at (x, y); returns the height used
    def items(self, items: list[Item], x: float, y: float, span: int, draw: bool = True) -> float:
        width, top = self.width_of(span), y
        for n, it in enumerate(items):
            if n:
                y += self.spec.body.size * 0.7
            if it.kind == "image":
                h = width * 0.55
                if draw:
                    self.ops.append(("image", (x, y, x + width, y + h)))
                y += h
            elif it.kind == "text":
                st = it.style
                for raw in it.lines:
                    if raw.startswith("\1"):
                        lines = display_lines(raw[1:], st, width, self.page.lang)
                    elif raw.startswith("\0"):
                        lines = wrap(raw[1:], st, width, 0, self.page.lang)
                    elif text_width(raw, st) > width:  # a byline or label wider than its box
                        lines = display_lines(raw, st, width, self.page.lang)
                    else:
                        lines = [raw]
                    for s in lines:
                        if draw:
                            dx = width - text_width(s, st) if it.align == "right" else 0
                            self.text(x + dx, y, s, st)
                        y += st.size * st.pitch
            else:
                y += self.body(it, x, y, span, draw)
        return y - top

    def body(self, it: Item, x: float, y: float, span: int, draw: bool) -> float:
        """Flow paragraphs through `span` columns, balanced; a pull quote sits in the flow."""
        st, spec = it.style, self.spec
        flow: list[tuple[float, Any]] = []
        done = 0
        quote = it.flow[0][1] if it.flow else None
        for p in it.lines:
            for k, s in enumerate(wrap(p, st, spec.colw, spec.indent * st.size, self.page.lang)):
                flow.append((st.size * st.pitch, ("line", s, k == 0)))
                done += len(norm(s))
                if quote is not None and done >= quote[1] and not _ends(s):
                    q = spec.styles["quote"]
                    qlines = [w for x in quote[0] for w in wrap(x, q, spec.colw, 0, self.page.lang)]
                    flow.append((len(qlines) * q.size * q.pitch + 2 * st.size, ("quote", qlines)))
                    quote = None
        total = sum(h for h, _ in flow)
        target = total / span
        cols: list[list[tuple[float, Any]]] = [[]]
        filled = 0.0
        for h, op in flow:
            if filled + h / 2 > target and len(cols) < span and cols[-1]:
                cols.append([])
                filled = 0.0
            cols[-1].append((h, op))
            filled += h
        height = max(sum(h for h, _ in c) for c in cols)
        if draw:
            for c, col in enumerate(cols):
                cx, cy = x + c * (spec.colw + spec.gutter), y
                for h, op in col:
                    if op[0] == "line":
                        self.text(cx + (spec.indent * st.size if op[2] else 0), cy, op[1], st)
                    else:
                        q = spec.styles["quote"]
                        qy = cy + st.size
                        for s in op[1]:
                            self.text(cx, qy, s, q)
                            qy += q.size * q.pitch
                    cy += h
        return height

    def box_height(self, box: Box) -> float:
        h = self.items(box.items, 0, 0, box.span, draw=False)
        for items in box.stacked:
            h += self.spec.body.size * 1.6 + self.items(items, 0, 0, box.span, draw=False)
        return h

    def draw_box(self, box: Box, col: int, y: float) -> None:
        x = self.x_of(col)
        y += self.items(box.items, x, y, box.span)
        for n, items in enumerate(box.stacked):
            y += self.spec.body.size * (1.6 if n or box.items else 0)
            y += self.items(items, x, y, box.span)

    def layout(self, header: list[list[str]], boxes: list[Box], footer: list[list[str]]) -> float:
        spec, st = self.spec, self.spec.styles
        full = spec.columns
        y = spec.margin
        for n, lines in enumerate(header):
            for k, s in enumerate(lines):
                style = st["masthead"] if (n == 0 and k == 0 and self.page.number == 1) else st["header"]
                self.text(spec.margin, y, s, style)
                y += style.size * style.pitch
            y += spec.body.size * 1.2
        right = self.x_of(full - 1) + spec.colw
        if header:
            self.rule(spec.margin, y, right, y)
            y += spec.body.size * 1.2
        row: list[tuple[Box, int]] = []
        used = 0

        def flush(y: float) -> float:
            h = max(self.box_height(b) for b, _ in row)
            for b, c in row:
                self.draw_box(b, c, y)
                if c:
                    gx = self.x_of(c) - spec.gutter / 2
                    self.rule(gx, y, gx, y + h)
            return y + h

        for box in boxes:
            span = min(box.span, full - used)
            box.span = span
            row.append((box, used))
            used += span
            if used >= full or box.stacked:
                y = flush(y) + spec.body.size * 1.2
                self.rule(spec.margin, y, right, y)
                y += spec.body.size * 1.2
                row, used = [], 0
        if row:
            y = flush(y) + spec.body.size * 1.2
            self.rule(spec.margin, y, right, y)
            y += spec.body.size * 1.2
        for lines in footer:
            slogan = all(len(part) <= 8 for x in lines for part in x.split()) and self.page.lang == "zh"
            style = st["slogan"] if slogan else st["small"]
            for s in lines:
                self.text(spec.margin, y, s, style)
                y += style.size * style.pitch
            y += spec.body.size * 1.2
        return y + spec.margin


def _ends(s: str) -> bool:
    return s.rstrip("”’\"')）")[-1:] in "。！？.!?"


def write_pdf(pages: list[tuple[float, float, list[Op]]], out: Path) -> Path:
    """Write pages given as (width, height, draw operations): text through TextWriters (any
    Unicode, real font sizes and weights), rules as stroked lines, images as grey pictures."""
    doc = pymupdf.open()
    photo = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 24), False)
    photo.clear_with(150)
    for width, height, ops in pages:
        pdf_page = doc.new_page(width=width, height=height)
        writer = pymupdf.TextWriter(pdf_page.rect)
        for kind, op in ops:
            if kind == "text":
                x, top, s, st = op
                writer.append((x, top + st.size * 0.88), s, font=font(st.font), fontsize=st.size)
            elif kind == "rule":
                pdf_page.draw_line(op[:2], op[2:], width=0.6)
            else:
                pdf_page.insert_image(pymupdf.Rect(*op), pixmap=photo, keep_proportion=False)
        writer.write_text(pdf_page)
    doc.save(out, garbage=3, deflate=True)
    return out


def render(folders: list[Path], out: Path, rules: bool = True) -> Path:
    """Write a PDF with one page per corpus folder, in the order given; `rules=False` leaves
    out the rules between stories (white space alone separates them)."""
    pages = []
    for folder in folders:
        page = Page(folder)
        sheet = Sheet(page, rules)
        height = sheet.layout(*plan(page))
        width = sheet.x_of(page.spec.columns - 1) + page.spec.colw + page.spec.margin
        pages.append((width, height, sheet.ops))
    return write_pdf(pages, out)


if __name__ == "__main__":
    render([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]))
    print(sys.argv[1])
