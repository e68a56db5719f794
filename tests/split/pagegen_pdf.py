"""Lay out generated pages (pagegen.py) as newspaper PDFs with varied geometry (a test tool).

The layout is tests/pdf/makepdf.py's (its `Page`, `plan` and `Sheet`: lead top left, stories in
rows of boxes in gold order, briefs under their column head, furniture above and below), on a
grid drawn per page from the seed: column count and width, gutter, margins, body size;
headlines centred over their box or flush left, a small bold kicker, photos as vector-drawn
frames (crossed rectangle) with the caption below, pull quotes boxed by a rule, and on some
pages every glyph drawn as its own text run (per-character spans).  The gold is the generated
page's gold: makepdf keeps the gold's reading order in the geometry.

    python tests/split/pagegen_pdf.py --from GOLD_OR_DIR... --out DIR --count N --seed S

writes DIR/NAME/page.pdf + gold.json (+ the page.txt the layout was planned from).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pymupdf

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.pdf.makepdf import (
    EN,
    ZH,
    Box,
    Op,
    Page,
    Sheet,
    Spec,
    Style,
    font,
    plan,
    text_width,
)
from tests.split.pagegen import GenPage, Knobs, generate, generate_batch, load_sources

HEADS = ("lead", "headline", "sub", "label", "brief", "kicker")


@dataclass
class Geometry:
    columns: int
    colw: float
    gutter: float
    margin: float
    body: float        # body type size
    centred: bool      # headlines centred over their box
    per_char: bool     # each glyph its own text run
    frames: bool       # photos as vector frames (else a grey picture)
    boxed: bool        # pull quotes boxed
    rules: bool        # rules between stories

    @classmethod
    def draw(cls, rng: random.Random, lang: str) -> Geometry:
        if lang == "zh":
            cols, colw, body = rng.randint(4, 8), rng.uniform(80, 140), rng.uniform(8, 10)
        else:
            cols, colw, body = rng.randint(3, 6), rng.uniform(110, 180), rng.uniform(7.5, 9.5)
        return cls(cols, round(colw, 1), round(rng.uniform(8, 16), 1), round(rng.uniform(24, 40), 1),
                   round(body, 1), rng.random() < 0.5, rng.random() < 0.3, rng.random() < 0.7,
                   rng.random() < 0.7, rng.random() < 0.7)


def spec_for(g: Geometry, lang: str) -> Spec:
    base = ZH if lang == "zh" else EN
    styles = dict(base.styles)
    kick = "hebo" if lang == "en" else base.body.font
    styles["kicker"] = Style(kick, round(g.body * 1.05, 1), 1.3)  # small (and bold) over the headline
    return replace(base, columns=g.columns, colw=g.colw, gutter=g.gutter, margin=g.margin,
                   body=replace(base.body, size=g.body), styles=styles)


class GenSheet(Sheet):
    """makepdf's sheet, with headlines centred over the box they head."""

    def __init__(self, page: Page, g: Geometry) -> None:
        super().__init__(page, g.rules)
        self.g = g
        self.box_at: tuple[float, float] | None = None
        self.heads = [self.spec.styles[n] for n in HEADS]

    def draw_box(self, box: Box, col: int, y: float) -> None:
        self.box_at = (self.x_of(col), self.width_of(box.span))
        super().draw_box(box, col, y)
        self.box_at = None

    def text(self, x: float, y: float, s: str, st: Style) -> None:
        if self.g.centred and self.box_at and any(st is h for h in self.heads) \
                and abs(x - self.box_at[0]) < 0.01:
            x += max(0.0, (self.box_at[1] - text_width(s, st)) / 2)
        super().text(x, y, s, st)


def write_pdf(pages: list[tuple[float, float, list[Op], Geometry, Spec]], out: Path) -> Path:
    """Draw pages: text (whole lines or glyph by glyph), rules, photo frames or pictures, boxes
    around pull quotes; a Chinese kicker is drawn filled and stroked (bold)."""
    doc = pymupdf.open()
    grey = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 24), False)
    grey.clear_with(150)
    for width, height, ops, g, spec in pages:
        pg = doc.new_page(width=width, height=height)
        plain, bold = pymupdf.TextWriter(pg.rect), pymupdf.TextWriter(pg.rect)
        quote, kicker = spec.styles["quote"], spec.styles["kicker"]
        qbox: pymupdf.Rect | None = None
        for kind, op in ops:
            if kind == "text":
                x, top, s, st = op
                w = bold if st is kicker and st.font != "hebo" else plain
                base = top + st.size * 0.88
                if g.per_char:
                    for ch in s:
                        w.append((x, base), ch, font=font(st.font), fontsize=st.size)
                        x += text_width(ch, st)
                else:
                    w.append((x, base), s, font=font(st.font), fontsize=st.size)
                    x += text_width(s, st)
                if st is quote and g.boxed:
                    r = pymupdf.Rect(op[0] - 3, top - 3, x + 3, top + st.size * st.pitch + 1)
                    qbox = r if qbox is None else qbox | r
                    continue
            if qbox is not None:
                pg.draw_rect(qbox, width=0.8)
                qbox = None
            if kind == "rule":
                pg.draw_line(op[:2], op[2:], width=0.6)
            elif kind == "image":
                rect = pymupdf.Rect(*op)
                if g.frames:
                    pg.draw_rect(rect, width=1.0)
                    pg.draw_line(rect.tl, rect.br, width=0.4)
                    pg.draw_line(rect.tr, rect.bl, width=0.4)
                else:
                    pg.insert_image(rect, pixmap=grey, keep_proportion=False)
        if qbox is not None:
            pg.draw_rect(qbox, width=0.8)
        plain.write_text(pg)
        bold.write_text(pg, render_mode=2)
    doc.save(out, garbage=3, deflate=True)
    return out


def layout(gen: GenPage, g: Geometry, tmp: Path) -> tuple[float, float, list[Op], Geometry, Spec]:
    """Plan one generated page with makepdf (from its gold and its text) on geometry `g`."""
    folder = tmp / gen.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.txt").write_text(gen.text, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(gen.gold, ensure_ascii=False), encoding="utf-8")
    page = Page(folder)
    page.spec = spec_for(g, page.lang)
    sheet = GenSheet(page, g)
    height = sheet.layout(*plan(page))
    width = sheet.x_of(page.spec.columns - 1) + page.spec.colw + page.spec.margin
    return width, height, sheet.ops, g, page.spec


def render(pages: list[GenPage], out: Path, seed: Any = 0,
           geometry: Geometry | None = None) -> Path:
    """One PDF holding the generated pages in order (an edition's pages together)."""
    rng = random.Random(f"pdf:{seed}")
    with tempfile.TemporaryDirectory() as tmp:
        laid = [layout(p, geometry or Geometry.draw(rng, p.gold["page"]["language"]), Path(tmp))
                for p in pages]
    return write_pdf(laid, out)


def pdf_knobs(knobs: Knobs | None = None) -> Knobs:
    """Knobs for pages meant for PDF: the layout wraps lines itself (no soft hyphens) and reads
    the plain text shape."""
    return replace(knobs or Knobs(), soft_hyphen=False, shape="lines", extras=())


def generate_pdf(pool: Any, seed: Any, out_dir: Path, knobs: Knobs | None = None,
                 edition: bool | None = None) -> list[Path]:
    """Generate a page (or a two-page edition) and write NAME/page.pdf + gold.json for each."""
    pages = generate(pool, seed, pdf_knobs(knobs), edition=edition)
    return [write_folder(p, out_dir, seed) for p in pages]


def write_folder(p: GenPage, out_dir: Path, seed: Any) -> Path:
    d = p.write(out_dir)
    render([p], d / "page.pdf", f"{seed}:{p.name}")
    return d


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--from", dest="sources", nargs="+", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--count", type=int, default=5)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--lang", choices=["zh", "en"])
    a = ap.parse_args(argv)
    pool = load_sources(a.sources)
    pages = generate_batch(pool, a.seed, a.count, pdf_knobs(Knobs(lang=a.lang)), editions=0.0)
    for p in pages:
        write_folder(p, a.out, a.seed)
    print(f"{len(pages)} PDF pages written under {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
