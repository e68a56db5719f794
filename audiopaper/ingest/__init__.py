"""Bytes → Page: read a page file (text in any encoding, or PDF with its layout), tell its language."""
from audiopaper.ingest.checks import detect_lang
from audiopaper.ingest.pages import read_page, read_pages

__all__ = ["read_page", "read_pages", "detect_lang"]
