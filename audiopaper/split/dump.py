"""Draw what the layout analysis saw onto the page image (`audiopaper split --dump-layout`).

So a user sees why a story was cut where it was: every block is outlined in the colour of its
role (headline stack, body, caption, furniture...), every story's area is framed and numbered
in listening order (1 is the lead), and the reading order is the numbers' order.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from audiopaper.common.files import replacing
from audiopaper.errors import InputError, OutputError
from audiopaper.model import Page
from audiopaper.split.layout import analyse

if TYPE_CHECKING:
    from PIL import Image

COLOURS = {"display": (220, 30, 30), "byline": (230, 120, 0), "credit": (230, 120, 0),
           "body": (30, 90, 220), "small": (0, 150, 140), "furniture": (140, 140, 140),
           "jump": (160, 0, 160), "image": (0, 160, 0)}
AREA = (255, 0, 200)


def dump_paths(out: Path, count: int) -> list[Path]:
    """One PNG per page: OUT itself for one page, OUT-1.png, OUT-2.png... for several.

    >>> [p.name for p in dump_paths(Path("lay.png"), 2)]
    ['lay-1.png', 'lay-2.png']
    """
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{n}{out.suffix or '.png'}") for n in range(1, count + 1)]


def dump_layouts(pages: list[Page], out: str | Path) -> list[Path]:
    """Write a PNG of each PDF page with its detected blocks drawn on it; returns the paths.

    Text pages have no layout to draw: asking for a dump of only text pages is an InputError.
    """
    laid = [p for p in pages if p.layout is not None]
    if not laid:
        raise InputError("--dump-layout needs PDF pages (text pages have no layout)", out)
    paths = dump_paths(Path(out), len(laid))
    for page, path in zip(laid, paths):
        _write_png(draw(page), path)
    return paths


def draw(page: Page) -> Image.Image:
    """The page rendered at 1 pixel per point, with blocks and story areas drawn on it."""
    import pymupdf
    from PIL import Image, ImageDraw

    assert page.layout is not None
    analysis = analyse(page)
    with pymupdf.open(page.source) as doc:
        pix = doc[page.layout.index].get_pixmap(matrix=pymupdf.Matrix(1, 1), alpha=False)
        img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    pen = ImageDraw.Draw(img)
    for b in analysis.blocks:
        pen.rectangle(_box(b.bbox, 1), outline=COLOURS.get(b.role, (0, 0, 0)), width=1)
    for n, piece in enumerate(analysis.pieces, 1):
        x0, y0, x1, y1 = _box(piece.bbox, 3)
        pen.rectangle((x0, y0, x1, y1), outline=AREA, width=2)
        label = f"{n} lead" if n == 1 else str(n)
        pen.rectangle((x0, y0, x0 + 7 * len(label) + 6, y0 + 13), fill=AREA)
        pen.text((x0 + 3, y0 + 1), label, fill=(255, 255, 255))
    return img


def _box(b: tuple[float, float, float, float], pad: float) -> tuple[float, float, float, float]:
    return (b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad)


def _write_png(img: Image.Image, path: Path) -> None:
    """Write the picture whole or not at all (a viewer may have the last one open)."""
    with replacing(path, OutputError) as tmp:
        img.save(tmp, format="PNG")
