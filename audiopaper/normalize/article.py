"""`normalize_article`: an Article as the Script a voice will read.

The headline stack (kicker, headline, subheadline) becomes "headline" segments and each
paragraph a "body" segment; the byline is furniture on the page and is not read.  Pauses are
where an anchor breathes: longer after the last headline line than between paragraphs.
"""
from __future__ import annotations

from audiopaper.model import Article, Script, Segment
from audiopaper.normalize.normalizer import LexiconArg, _lexicon, normalize

HEADLINE_PAUSE_MS = 400
LAST_HEADLINE_PAUSE_MS = 900
PARAGRAPH_PAUSE_MS = 600


def normalize_article(article: Article, lang: str = "zh", lexicon: LexiconArg = None,
                      pause_after_headline_ms: int = LAST_HEADLINE_PAUSE_MS) -> Script:
    """Normalise every spoken field of `article` into a Script (headline stack, then body).

    >>> s = normalize_article(Article(id="a1", headline="前5个月投资58.6亿元",
    ...                               paragraphs=("同比增长12.3%。",)))
    >>> [(g.role, g.text) for g in s.segments]
    [('headline', '前五个月投资五十八点六亿元'), ('body', '同比增长百分之十二点三。')]
    """
    lex = _lexicon(lexicon, lang)
    stack = [t for t in (article.kicker, article.headline, article.subheadline) if t and t.strip()]
    segments = [Segment(normalize(t, lang, lex), "headline",
                        pause_after_headline_ms if i == len(stack) - 1 else HEADLINE_PAUSE_MS)
                for i, t in enumerate(stack)]
    segments += [Segment(normalize(p, lang, lex), "body", PARAGRAPH_PAUSE_MS)
                 for p in article.paragraphs if p.strip()]
    return Script(article_id=article.id, lang=lang, title=article.title, segments=tuple(segments))
