"""Page → articles: line classes, headline stacks, bylines, furniture, jump stitching, order.

`split_pages(pages)` is the entry point (one page or several of one edition);
`split_page(page)` splits a single page without stitching.
"""
from audiopaper.split.edition import split_pages
from audiopaper.split.page import split_page

__all__ = ["split_pages", "split_page"]
