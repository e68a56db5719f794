"""Static HTML: `out/index.html` (the latest edition and the archive) and one page per edition.

An edition page has a player for the whole episode with chapter links that seek it, then every
article with its headline, byline, its own player and its text.  Plain HTML that a phone reads
without zooming, in the paper's language; every piece of text is escaped; the only script is a
few lines that make chapter links seek and let one player play at a time; every player has
an accessible name (the edition or the headline).
"""
from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from audiopaper.model import Episode
from audiopaper.publish.feed import ARTICLES_FEED, EPISODES_FEED, anchor
from audiopaper.publish.tables import words

_STYLE = """
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC",sans-serif;
margin:0 auto;max-width:42rem;padding:1rem;line-height:1.6;color:#222;background:#fff}
h1{font-size:1.5rem;line-height:1.3}h2{font-size:1.2rem;line-height:1.35;margin-bottom:.2rem}
audio{width:100%;margin:.4rem 0}article{border-top:1px solid #ddd;margin-top:1.2rem}
.meta,.byline,.kicker{color:#666;font-size:.9rem;margin:.1rem 0}ol.chapters{padding-left:1.4rem}
a{color:#0645ad}img.cover{max-width:8rem;float:right;margin-left:1rem}
"""

_SEEK_SCRIPT = """
document.addEventListener("play", function (event) {
  document.querySelectorAll("audio").forEach(function (other) {
    if (other !== event.target) { other.pause(); }
  });
}, true);
document.querySelectorAll("a.chapter").forEach(function (link) {
  link.addEventListener("click", function (event) {
    event.preventDefault();
    var player = document.getElementById("episode");
    player.currentTime = parseFloat(link.dataset.start);
    player.play();
  });
});
"""


_ONE_PLAYER = _SEEK_SCRIPT.split("\ndocument.querySelectorAll(\"a.chapter")[0]


def clock(ms: int) -> str:
    """A duration or offset as a listener reads it.

    >>> clock(65_000), clock(3_725_000)
    ('1:05', '1:02:05')
    """
    s = round(ms / 1000)
    h, m, s = s // 3600, s // 60 % 60, s % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# C0 and C1 control characters other than tab and line ends: never meant to be on a page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _e(s: str | None) -> str:
    r"""Text for HTML: control characters dropped, markup escaped.

    >>> _e("A\x01B \x1b[1m<b>")
    'AB [1m&lt;b&gt;'
    """
    return escape(_CONTROL.sub("", s or ""), quote=True)


def _href(rel: str) -> str:
    return _e(quote(rel, safe="/"))


def _page(lang: str, title: str, body: str, up: str) -> str:
    """A whole document; `up` is the path prefix from the page back to `out/`."""
    w = words(lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(w["html_language"])}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n"
        f'<link rel="alternate" type="application/rss+xml" title="{_e(title)}" '
        f'href="{up}{EPISODES_FEED}">\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n'
    )


def edition_page(e: Episode) -> str:
    """`out/<date>/index.html`: the episode with seeking chapters, then every article."""
    w = words(e.lang)
    parts = [f'<p class="meta"><a href="../index.html">{_e(w["back"])}</a></p>\n<header>\n']
    if e.cover_path:
        parts.append(f'<img class="cover" src="{_href(e.cover_path)}" alt="">\n')
    parts.append(f"<h1>{_e(e.title)}</h1>\n<p class=\"meta\">{_e(e.date)} · {clock(e.duration_ms)}"
                 f" · {_e(w['articles_count'].format(n=len(e.articles)))}</p>\n</header>\n")
    parts.append(f'<section>\n<h2>{_e(w["whole_edition"])}</h2>\n'
                 f'<audio id="episode" controls preload="metadata" src="{_href(e.audio_path)}" '
                 f'aria-label="{_e(w["whole_edition"])}: {_e(e.title)}"></audio>\n')
    if e.chapters:
        parts.append(f'<p class="meta">{_e(w["contents"])}</p>\n<ol class="chapters">\n')
        for ch in e.chapters:
            parts.append(f'<li><a class="chapter" href="#{_e(quote(anchor(ch.article_id)))}" '
                         f'data-start="{ch.start_ms / 1000:.3f}">{clock(ch.start_ms)} '
                         f"{_e(ch.title)}</a></li>\n")
        parts.append("</ol>\n")
    parts.append("</section>\n")
    for a in e.articles:
        parts.append(f'<article id="{_e(anchor(a.article_id))}">\n')
        if a.kicker:
            parts.append(f'<p class="kicker">{_e(a.kicker)}</p>\n')
        parts.append(f"<h2>{_e(a.headline)}</h2>\n")
        if a.subheadline:
            parts.append(f'<p class="kicker">{_e(a.subheadline)}</p>\n')
        if a.byline:
            parts.append(f'<p class="byline">{_e(a.byline)}</p>\n')
        parts.append(f'<audio controls preload="none" src="{_href(a.audio_path)}" '
                     f'aria-label="{_e(a.headline)}"></audio>\n')
        parts.extend(f"<p>{_e(p)}</p>\n" for p in a.paragraphs)
        parts.append("</article>\n")
    if e.failures:
        parts.append(f'<p class="meta">{_e(w["failed"])} {_e(", ".join(e.failures))}</p>\n')
    parts.append(f"<script>{_SEEK_SCRIPT}</script>\n")
    return _page(e.lang, e.title, "".join(parts), "../")


def index_page(title: str, episodes: list[Episode]) -> str:
    """`out/index.html`: the newest edition's headlines and player, then the whole archive."""
    episodes = sorted(episodes, key=lambda e: e.date, reverse=True)
    newest = episodes[0]
    w = words(newest.lang)
    parts = [f"<header>\n<h1>{_e(title)}</h1>\n<p class=\"meta\">"
             f'<a href="{EPISODES_FEED}">{_e(w["subscribe"])}</a> · '
             f'<a href="{ARTICLES_FEED}">{_e(w["subscribe_articles"])}</a></p>\n</header>\n',
             f'<section>\n<h2>{_e(w["latest"])}: <a href="{_e(newest.date)}/index.html">'
             f"{_e(newest.title)}</a></h2>\n"
             f'<audio controls preload="none" src="{_e(newest.date)}/{_href(newest.audio_path)}" '
             f'aria-label="{_e(newest.title)}"></audio>\n<ol>\n',
             f"<script>{_ONE_PLAYER}</script>\n"]
    parts.extend(f'<li><a href="{_e(newest.date)}/index.html#{_e(quote(anchor(a.article_id)))}">'
                 f"{_e(a.headline)}</a></li>\n" for a in newest.articles)
    parts.append(f'</ol>\n</section>\n<section>\n<h2>{_e(w["all_editions"])}</h2>\n<ul>\n')
    parts.extend(f'<li><a href="{_e(e.date)}/index.html">{_e(e.title)}</a> '
                 f'<span class="meta">{clock(e.duration_ms)} · '
                 f'{_e(w["articles_count"].format(n=len(e.articles)))}</span></li>\n'
                 for e in episodes)
    parts.append("</ul>\n</section>\n")
    return _page(newest.lang, title, "".join(parts), "")
