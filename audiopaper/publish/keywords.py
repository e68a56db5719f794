"""Keywords of an edition for itunes:keywords: jieba's TF-IDF over the Chinese text, on the
words every stage cuts (`common.segment`).

Extraction costs tens of milliseconds per edition, so it runs once when an edition enters the
catalog, not on every rebuild of a feed that may hold years of editions.
"""
from __future__ import annotations

from audiopaper.common import segment
from audiopaper.model import Episode

KEYWORDS = 8


def keywords(episode: Episode) -> list[str]:
    """Up to KEYWORDS Chinese keywords of an edition's headlines and text, cut with the words
    its manifest says it was read with (`Episode.vocabulary`); none for other languages."""
    if episode.lang != "zh":
        return []
    segment.add(episode.vocabulary)
    text = "\n".join([a.headline for a in episode.articles]
                     + [p for a in episode.articles for p in a.paragraphs])
    return [w for w in segment.keywords(text, KEYWORDS) if "," not in w]
