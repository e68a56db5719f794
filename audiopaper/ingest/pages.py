"""One page file → its pages: a text file is one page, a PDF one page per PDF page."""
from __future__ import annotations

from pathlib import Path

from audiopaper.ingest.pdf import is_pdf, read_pdf
from audiopaper.ingest.text import check_page_file, read_page
from audiopaper.model import Page


def read_pages(path: str | Path, page_no: int = 1, lang: str = "auto",
               encoding: str | None = None) -> list[Page]:
    """The pages of one file, numbered from `page_no` (a multi-page PDF is several pages of
    one edition, in file order).  `encoding` names a text file's encoding (`--encoding`)."""
    check_page_file(Path(path))
    if is_pdf(path):
        return read_pdf(path, page_no, lang)
    return [read_page(path, page_no, lang, encoding)]
