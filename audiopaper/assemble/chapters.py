"""Podcasting 2.0 chapters JSON: one chapter per article, linking to the article on the
edition's page (`<base_url>/<date>/#<article_id>`, the layout publish writes)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from audiopaper.model import Chapter

CHAPTERS_VERSION = "1.2.0"


def article_url(base_url: str, date: str, article_id: str) -> str:
    """The public address of one article on its edition page (the page's HTML id is the
    article id with runs of whitespace made dashes).

    >>> article_url("https://example.org/paper/", "2024-06-12", "a3")
    'https://example.org/paper/2024-06-12/#a3'
    >>> article_url("https://example.org/paper", "2024-06-12", "p1 a2")
    'https://example.org/paper/2024-06-12/#p1-a2'
    """
    html_id = re.sub(r"\s+", "-", article_id)
    return f"{base_url.rstrip('/')}/{date}/#{quote(html_id)}"


def chapters_document(chapters: Sequence[Chapter], title: str, base_url: str,
                      date: str) -> dict[str, Any]:
    """The JSON object of the Podcasting 2.0 chapters format (times in seconds).

    >>> doc = chapters_document([Chapter("a1", "Rain", 1500, 9000)], "Ep", "http://x/", "2024-01-02")
    >>> doc["chapters"][0]
    {'startTime': 1.5, 'endTime': 9.0, 'title': 'Rain', 'url': 'http://x/2024-01-02/#a1'}
    """
    return {"version": CHAPTERS_VERSION, "title": title, "chapters": [
        {"startTime": c.start_ms / 1000, "endTime": c.end_ms / 1000, "title": c.title,
         "url": article_url(base_url, date, c.article_id)} for c in chapters]}
