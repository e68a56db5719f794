"""Bytes → Page: read a page file, find its encoding, and tell its language."""
from audiopaper.ingest.text import detect_lang, read_page

__all__ = ["read_page", "detect_lang"]
