"""The one place that tells a page file's format: a text file is one page, a PDF one page per
PDF page.  Both readers take a path this module has checked is a regular file, so neither
opens a folder or waits on a FIFO."""
from __future__ import annotations

from pathlib import Path

from audiopaper.errors import InputError
from audiopaper.ingest.checks import check_page_file
from audiopaper.ingest.pdf import is_pdf, read_pdf
from audiopaper.ingest.text import read_text_page
from audiopaper.model import Page


def read_pages(path: str | Path, page_no: int = 1, lang: str = "auto",
               encoding: str | None = None) -> list[Page]:
    """The pages of one file, numbered from `page_no` (a multi-page PDF is several pages of
    one edition, in file order).  `encoding` names a text file's encoding (`--encoding`)."""
    p = Path(path)
    check_page_file(p)
    if is_pdf(p):
        return read_pdf(p, page_no, lang)
    return [read_text_page(p, page_no, lang, encoding)]


def read_page(path: str | Path, page_no: int = 1, lang: str = "auto",
              encoding: str | None = None) -> Page:
    """The one page of a text file or one-page PDF (a longer PDF needs `read_pages`)."""
    pages = read_pages(path, page_no, lang, encoding)
    if len(pages) > 1:
        raise InputError(f"PDF has {len(pages)} pages; read them with read_pages", path)
    return pages[0]
