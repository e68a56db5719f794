"""Pages built from lines for the splitter's unit tests, in the shapes text tools give: blank
lines between blocks, a blank line after every line, or none at all."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split.page import PageResult


def blocks(lang: str, *parts: str, page_no: int = 7) -> Page:
    """Blank lines between blocks only (a block's lines are parted by newlines)."""
    return Page(source=f"p{page_no}.txt", lang=lang, page_no=page_no,
                lines=tuple("\n\n".join(parts).split("\n")))


def every_line(lang: str, *lines: str, page_no: int = 7) -> Page:
    """A blank line after every line (the `lines` shape); lines given as one string with
    newlines in it are printed together."""
    return Page(source=f"p{page_no}.txt", lang=lang, page_no=page_no,
                lines=tuple(x for line in lines for x in (*line.split("\n"), "")))


def tight(lang: str, *lines: str, page_no: int = 7) -> Page:
    """The lines as given, blank ones included (no blank line at all unless given)."""
    return Page(source=f"p{page_no}.txt", lang=lang, page_no=page_no, lines=lines)


def text(res: PageResult) -> str:
    """Every paragraph of the page's stories."""
    return " ".join(p for s in res.stories for p in s.paragraphs)


def heard(res: PageResult) -> str:
    """Every headline and paragraph the listener hears."""
    return " ".join(" ".join([s.headline or "", *s.paragraphs]) for s in res.stories)
