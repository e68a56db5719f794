"""Bytes → Page: read a page file (text in any encoding, or PDF with its layout), tell its language."""
from audiopaper.ingest.pages import read_pages
from audiopaper.ingest.text import detect_lang, read_page

__all__ = ["read_page", "read_pages", "detect_lang"]
