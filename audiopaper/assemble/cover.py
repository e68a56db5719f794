"""The episode cover: a user's square image (checked), or one drawn for the paper and date.

Podcast directories want a square JPEG or PNG of 1400-3000 px.  The drawn cover sets the
paper's name in its own script with PyMuPDF's built-in fonts ("china-s" carries CJK), so no
font has to be installed; a user's cover is checked with Pillow.
"""
from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from audiopaper.errors import InputError

if TYPE_CHECKING:
    import pymupdf

SIDE = 1400
MIN_SIDE, MAX_SIDE = 1400, 3000
_MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
_BACKGROUND = (0.10, 0.20, 0.35)
_INK = (1.0, 1.0, 1.0)
_ACCENT = (0.85, 0.65, 0.25)


def image_mime(data: bytes) -> str | None:
    """The MIME type of PNG or JPEG bytes, else None.

    >>> image_mime(b"\\x89PNG\\r\\n\\x1a\\n...."), image_mime(b"GIF89a")
    ('image/png', None)
    """
    return next((mime for magic, mime in _MAGIC.items() if data.startswith(magic)), None)


def check_cover(path: str | Path) -> tuple[bytes, str]:
    """A user-supplied cover's bytes and MIME type, or an InputError saying what is wrong."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"cannot read cover image: {e.strerror}", path) from None
    mime = image_mime(data)
    if mime is None:
        raise InputError("cover must be a PNG or JPEG image", path)
    try:
        with Image.open(BytesIO(data)) as img:
            img.verify()
            w, h = img.size
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise InputError("cover image cannot be decoded", path) from None
    if w != h:
        raise InputError(f"cover must be square, got {w}x{h}", path)
    if not MIN_SIDE <= w <= MAX_SIDE:
        raise InputError(f"cover must be {MIN_SIDE}-{MAX_SIDE} px wide, got {w}", path)
    return data, mime


def _font(text: str) -> str:
    """PyMuPDF built-in font able to draw `text`: CJK needs "china-s".

    >>> _font("青溪日报"), _font("Millbrook Courier")
    ('china-s', 'helv')
    """
    return "china-s" if any(ord(c) > 0x2E7F for c in text) else "helv"


def draw_cover(paper: str, date_line: str = "") -> bytes:
    """A PNG, SIDE px square: the paper's name large and centred, a date (if any) beneath it.

    Episodes use it without a date: podcast apps take the newest episode's art as the show's
    artwork and cache it, so a dated image would show a stale day.

    PyMuPDF is imported here, not at the top: it maps ~130 MB (its built-in fonts), which a
    build with its own cover never needs.
    """
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=SIDE, height=SIDE)
    page.draw_rect(page.rect, color=None, fill=_BACKGROUND)
    name_size = _centred(page, paper, SIDE * 0.46, max_size=260)
    page.draw_rect(pymupdf.Rect(SIDE * 0.3, SIDE * 0.53, SIDE * 0.7, SIDE * 0.535),
                   color=None, fill=_ACCENT)
    if date_line:
        _centred(page, date_line, SIDE * 0.64, max_size=min(90, name_size * 0.5))
    png = bytes(page.get_pixmap().tobytes("png"))
    doc.close()
    return png


def _centred(page: pymupdf.Page, text: str, baseline: float, max_size: float) -> float:
    """Draw one line centred at `baseline`, shrunk to fit 86% of the width; return its size."""
    import pymupdf

    fontname = _font(text)
    font = pymupdf.Font(fontname)
    unit = max(font.text_length(text, fontsize=1), 1e-6)
    size = min(max_size, SIDE * 0.86 / unit)
    x = (SIDE - unit * size) / 2
    # Draw with the same Font object that measured the line: insert_text with the built-in
    # font name spaces Latin digits wider than text_length says, and the line overflows.
    writer = pymupdf.TextWriter(page.rect, color=_INK)
    writer.append((x, baseline), text, font=font, fontsize=size)
    writer.write_text(page)
    return float(size)
