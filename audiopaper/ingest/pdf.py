"""Read PDF pages (a paper's e-paper edition) with their geometry, via PyMuPDF.

Extracted text loses what a reader sees at a glance: which lines are big type, which column a
line sits in, where one story's box ends.  So a PDF page is read as text spans with their
type size, weight and box, plus the thin lines drawn on it (rules between stories) and the
boxes of its images; the splitter's layout module reasons with them.  A page without a text
layer (a scan) cannot be read without OCR, which is out of scope: it is an InputError, as are
encrypted and damaged files.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from audiopaper.errors import InputError
from audiopaper.ingest.checks import check_has_words, check_lang, detect_lang
from audiopaper.model import Page, PageLayout, TextSpan

MAGIC = b"%PDF-"
_BOLD_FLAG = 16  # PyMuPDF span flag bit for a bold font
RULE_THICKNESS = 2.5  # points: a drawn box thinner than this is a rule, not a shape


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
        data = page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE
                             | pymupdf.TEXT_MEDIABOX_CLIP)
        drawings = page.get_drawings()
        images = tuple(tuple(round(v, 2) for v in info["bbox"]) for info in page.get_image_info())
    except (RuntimeError, ValueError) as e:
        raise InputError(f"damaged PDF: page {index + 1} cannot be read ({_one_line(e)})",
                         path) from None
    spans = tuple(
        TextSpan(s["text"], tuple(round(v, 2) for v in s["bbox"]), round(s["size"], 2),
                 bool(s["flags"] & _BOLD_FLAG) or "bold" in s["font"].lower(), s["font"])
        for block in data["blocks"] if block.get("type") == 0
        for line in block["lines"] for s in line["spans"] if s["text"].strip())
    if not spans:
        what = "only images (a scanned page?)" if images else "no text"
        raise InputError(f"page {index + 1} has {what}: there is no text layer to read, and OCR "
                         "is not supported", path)
    return PageLayout(width=round(page.rect.width, 2), height=round(page.rect.height, 2),
                      spans=spans, rules=tuple(_rules(drawings)),
                      images=images, index=index)


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


def _seg(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def _lines(lay: PageLayout) -> tuple[str, ...]:
    """The page's text as lines in content order (for readers that want only the words)."""
    return tuple(s.text.rstrip() for s in lay.spans)


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__
