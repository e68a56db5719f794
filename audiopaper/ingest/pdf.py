"""Read PDF pages (a paper's e-paper edition) with their geometry, via PyMuPDF.

Extracted text loses what a reader sees at a glance: which lines are big type, which column a
line sits in, where one story's box ends.  So a PDF page is read as text spans with their
type size, weight and box, plus the thin lines drawn on it (rules between stories) and the
boxes of its images; the splitter's layout module reasons with them.  A page without a text
layer (a scan) cannot be read without OCR, which is out of scope: it is an InputError, as are
encrypted and damaged files.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from audiopaper.errors import InputError
from audiopaper.ingest.checks import check_has_words, check_lang, detect_lang
from audiopaper.model import Page, PageLayout, TextSpan

MAGIC = b"%PDF-"
_BOLD_FLAG = 16  # PyMuPDF span flag bit for a bold font
_FILLED, _STROKED = 16, 32  # PyMuPDF char_flags bits (with TEXT_COLLECT_STYLES): how text is painted
RULE_THICKNESS = 2.5  # points: a drawn box thinner than this is a rule, not a shape
STROKE_MODE = re.compile(rb"(?<![\d.])[12]\s+Tr\b")  # text render mode: stroke, fill+stroke
FRAME_MIN = 20.0  # points: a drawn box at least this wide and high may frame a photo


def is_pdf(path: str | Path) -> bool:
    """A `.pdf` name, or a file that starts like one (`%PDF-`) whatever it is called."""
    p = Path(path)
    if p.suffix.lower() == ".pdf":
        return True
    if not p.is_file():  # never open a FIFO to sniff it: that waits for a writer
        return False
    try:
        with p.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_pdf(path: str | Path, page_no: int = 1, lang: str = "auto") -> list[Page]:
    """Every page of a PDF file as a Page with its layout, numbered from `page_no`.

    Raises InputError (one line) for an empty, damaged, encrypted or image-only file; the
    caller (`ingest.pages`) has checked that `path` is a regular file.
    """
    import pymupdf  # imported here: only PDF input pays for it

    p = Path(path)
    check_lang(lang, p)
    try:
        doc = pymupdf.open(p, filetype="pdf")
    except pymupdf.EmptyFileError:
        raise InputError("file is empty", p) from None
    except (pymupdf.FileDataError, RuntimeError, ValueError) as e:
        raise InputError(f"not a readable PDF ({_one_line(e)})", p) from None
    with doc:
        if doc.needs_pass:
            raise InputError("PDF is encrypted (password protected); decrypt it first", p)
        if doc.is_repaired:
            raise InputError("damaged PDF (truncated or corrupt: its cross-reference table is "
                             "broken)", p)
        if doc.page_count == 0:
            raise InputError("PDF has no pages", p)
        layouts = [_layout(doc[i], i, p) for i in range(doc.page_count)]
    text = "\n".join(s.text for lay in layouts for s in lay.spans)
    check_has_words(text, p)
    language = detect_lang(text) if lang == "auto" else lang
    return [Page(source=str(p), lang=language, page_no=page_no + i, lines=_lines(lay),
                 encoding="pdf", layout=lay) for i, lay in enumerate(layouts)]


def _layout(page: Any, index: int, path: Path) -> PageLayout:
    """Spans, rules and images of one page; a page with no text is a scan we cannot read."""
    import pymupdf

    try:
        styles = pymupdf.TEXT_COLLECT_STYLES if _stroked_text(page) else 0
        data = page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE
                             | pymupdf.TEXT_MEDIABOX_CLIP | styles)
        drawings = page.get_drawings()
        pictures = [tuple(round(v, 2) for v in info["bbox"]) for info in page.get_image_info()]
    except (RuntimeError, ValueError) as e:
        raise InputError(f"damaged PDF: page {index + 1} cannot be read ({_one_line(e)})",
                         path) from None
    spans = tuple(
        TextSpan(s["text"], tuple(round(v, 2) for v in s["bbox"]), round(s["size"], 2),
                 _bold(s), s["font"])
        for block in data["blocks"] if block.get("type") == 0
        for line in block["lines"] for s in line["spans"] if s["text"].strip())
    images = tuple(pictures + _frames(drawings, spans, pictures))
    if not spans:
        what = "only images (a scanned page?)" if images else "no text"
        raise InputError(f"page {index + 1} has {what}: there is no text layer to read, and OCR "
                         "is not supported", path)
    return PageLayout(width=round(page.rect.width, 2), height=round(page.rect.height, 2),
                      spans=spans, rules=tuple(_rules(drawings)),
                      images=images, index=index)


def _stroked_text(page: Any) -> bool:
    """Whether the page may paint text stroked (render mode 1 or 2: a faux bold): only then are
    the paint styles collected, which makes reading the text about 2.5 times slower.  Text in
    form XObjects is not searched, so a page that has them is assumed to."""
    if page.get_xobjects():
        return True
    return STROKE_MODE.search(page.read_contents()) is not None


def _bold(span: dict[str, Any]) -> bool:
    """A bold font (by its flags or name), or text painted filled and stroked: the way a
    layout program makes a face bold that has no bold cut (common for Chinese type)."""
    name = span["font"].lower()
    painted = span.get("char_flags", 0)
    return (bool(span["flags"] & _BOLD_FLAG) or "bold" in name or "black" in name
            or "heavy" in name or (bool(painted & _FILLED) and bool(painted & _STROKED)))


def _rules(drawings: list[dict[str, Any]]) -> list[tuple[float, float, float, float]]:
    """Thin drawn lines as segments: straight line items, and the edges of stroked boxes
    (a story boxed by a frame is separated by its four sides)."""
    out: list[tuple[float, float, float, float]] = []
    for d in drawings:
        for item in d["items"]:
            if item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.x - b.x) < RULE_THICKNESS or abs(a.y - b.y) < RULE_THICKNESS:
                    out.append(_seg(min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)))
            elif item[0] == "re":
                r = item[1]
                if r.height < RULE_THICKNESS or r.width < RULE_THICKNESS:
                    out.append(_seg(r.x0, r.y0, r.x1, r.y1))  # a filled hairline
                elif d.get("type") in ("s", "fs") and d.get("color") is not None:
                    out += [_seg(r.x0, r.y0, r.x1, r.y0), _seg(r.x0, r.y1, r.x1, r.y1),
                            _seg(r.x0, r.y0, r.x0, r.y1), _seg(r.x1, r.y0, r.x1, r.y1)]
    return out


def _frames(drawings: list[dict[str, Any]], spans: tuple[TextSpan, ...],
            pictures: list[tuple[float, ...]]) -> list[tuple[float, ...]]:
    """Photos drawn as vector shapes, as image boxes: a box crossed corner to corner (the
    placeholder a layout program draws for a picture), or a box with no text in it (a tinted
    picture area, an empty frame).  A box around a picture frames it and adds nothing; a box
    with text in it is a panel or a boxed quote, not a photo."""
    rects, diagonals = [], []
    for d in drawings:
        for item in d["items"]:
            if item[0] == "re" and item[1].width >= FRAME_MIN and item[1].height >= FRAME_MIN:
                rects.append(item[1])
            elif item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.x - b.x) >= FRAME_MIN and abs(a.y - b.y) >= FRAME_MIN:
                    diagonals.append((min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)))
    centres = [((s.bbox[0] + s.bbox[2]) / 2, (s.bbox[1] + s.bbox[3]) / 2) for s in spans]
    out: list[tuple[float, ...]] = []
    for r in rects:
        box = _seg(r.x0, r.y0, r.x1, r.y1)
        if any(_within(p, box) for p in pictures + out):
            continue
        crossed = any(all(abs(u - v) <= 2 for u, v in zip(d, box)) for d in diagonals)
        if crossed or not any(r.x0 < x < r.x1 and r.y0 < y < r.y1 for x, y in centres):
            out.append(box)
    return out


def _within(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return (inner[0] >= outer[0] - 2 and inner[1] >= outer[1] - 2 and inner[2] <= outer[2] + 2
            and inner[3] <= outer[3] + 2)


def _seg(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def _lines(lay: PageLayout) -> tuple[str, ...]:
    """The page's text as lines in content order (for readers that want only the words)."""
    return tuple(s.text.rstrip() for s in lay.spans)


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__
