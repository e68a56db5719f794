"""RSS 2.0 feeds with the iTunes and Podcasting 2.0 namespaces, written with xml.etree.

Two feeds come from the same catalog: `feed.xml` has one item per edition (the whole episode,
with chapters and transcripts) and `articles.xml` one item per article, for listeners who pick
single stories.  Rendering is a pure function of the channel and the episodes (no clock, no
file access), so the same catalog always gives byte-identical feeds and golden files work.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Mapping, Sequence
from urllib.parse import quote
from zoneinfo import ZoneInfo

from audiopaper.model import ArticleAudio, Episode
from audiopaper.publish.config import PublishConfig, podcast_guid
from audiopaper.publish.tables import content_type, words

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
PSC = "http://podlove.org/simple-chapters"
for _prefix, _uri in (("itunes", ITUNES), ("podcast", PODCAST), ("atom", ATOM), ("psc", PSC)):
    ET.register_namespace(_prefix, _uri)

EPISODES_FEED = "feed.xml"
ARTICLES_FEED = "articles.xml"

# Characters XML 1.0 forbids even when escaped; a stray one in a headline would make the
# whole feed unreadable to every app.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(s: str) -> str:
    """Drop characters XML 1.0 cannot carry; escaping of `<`, `&` and quotes is ElementTree's.

    >>> xml_text("A\\x0bB <&> 😀")
    'AB <&> 😀'
    """
    return _NOT_XML.sub("", s)


def html_lines(lines: list[str]) -> str:
    """Text for an RSS description, which apps render as HTML: escaped, one line per <br>.

    >>> html_lines(["1. <b> & co", "2. x"])
    '1. &lt;b&gt; &amp; co<br>\\n2. x'
    """
    return "<br>\n".join(html.escape(line, quote=False) for line in lines)


def file_url(base_url: str, date: str, rel: str) -> str:
    """Absolute URL of a file in an edition folder.

    >>> file_url("https://example.org/p/", "2024-05-01", "articles/a 1.mp3")
    'https://example.org/p/2024-05-01/articles/a%201.mp3'
    """
    return f"{base_url}{date}/{quote(rel, safe='/')}"


def anchor(article_id: str) -> str:
    """The HTML id of an article on its edition page: its id, spaces made dashes (HTML ids
    hold any other character), matching the chapter links the assembler writes.

    >>> anchor("p1 a2")
    'p1-a2'
    """
    return re.sub(r"\s+", "-", article_id)


def page_url(base_url: str, date: str, article_id: str | None = None) -> str:
    """URL of an edition page (its folder), or of one article on it.

    >>> page_url("https://example.org/p/", "2024-05-01", "a3")
    'https://example.org/p/2024-05-01/#a3'
    """
    url = f"{base_url}{date}/"
    return url + "#" + quote(anchor(article_id)) if article_id else url


def pub_date(date: str, zone: ZoneInfo, clock: str, seconds_before: int = 0) -> str:
    """RFC 2822 date of an edition at the paper's publishing hour, in the paper's zone.

    >>> pub_date("2024-05-01", ZoneInfo("Asia/Shanghai"), "06:00")
    'Wed, 01 May 2024 06:00:00 +0800'
    >>> pub_date("2024-01-15", ZoneInfo("America/New_York"), "06:00", seconds_before=2)
    'Mon, 15 Jan 2024 05:59:58 -0500'
    """
    hour, minute = (int(x) for x in clock.split(":"))
    day = dt.date.fromisoformat(date)
    when = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    return email.utils.format_datetime(when - dt.timedelta(seconds=seconds_before))


def npt(ms: int) -> str:
    """A Podlove Simple Chapters start time (normal play time).

    >>> npt(3_723_045)
    '01:02:03.045'
    """
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def duration_text(ms: int) -> str:
    """itunes:duration in whole seconds (never 0 for a real file).

    >>> duration_text(61_499), duration_text(400)
    ('61', '1')
    """
    return str(max(1, round(ms / 1000)))


@dataclass(frozen=True)
class Channel:
    """Everything a feed says about itself, resolved from the config and the newest edition."""

    feed_url: str
    base_url: str
    title: str
    description: str
    lang: str
    author: str
    owner_name: str
    owner_email: str | None
    image_url: str | None
    locked: bool
    zone: ZoneInfo
    publish_time: str
    #: podcast:guid, assigned once and kept when the feed moves (item guids derive from it)
    guid: str = ""

    def __post_init__(self) -> None:
        if not self.guid:
            object.__setattr__(self, "guid", podcast_guid(self.feed_url))


def channel_for(config: PublishConfig, base_url: str, newest: Episode, feed_name: str,
                image_name: str | None, guid: str | None = None) -> Channel:
    """The channel of `feed_name` (episodes or articles) for a paper, config over defaults.

    `guid` is the podcast:guid the catalog remembers; without one it is the UUIDv5 of the
    feed's URL (what the first publish assigns).
    """
    w = words(newest.lang)
    paper = newest.paper
    if feed_name == ARTICLES_FEED:
        title = w["articles_title"].format(paper=paper)
        description = w["articles_description"].format(paper=paper)
    else:
        title = config.title or w["channel_title"].format(paper=paper)
        description = config.description or w["channel_description"].format(paper=paper)
    author = config.author or paper
    return Channel(
        feed_url=base_url + feed_name, base_url=base_url, title=title, description=description,
        lang=newest.lang, author=author, owner_name=config.owner_name or author,
        owner_email=config.owner_email, image_url=base_url + image_name if image_name else None,
        locked=config.locked, zone=config.zone(newest.lang), publish_time=config.publish_time,
        guid=guid or "")


def _sub(parent: ET.Element, tag: str, text: str | None = None, /, **attrs: str) -> ET.Element:
    """Append a child; `text` is positional-only so `text=` can be an attribute (itunes:category)."""
    el = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _channel(ch: Channel, newest_date: str) -> tuple[ET.Element, ET.Element]:
    rss = ET.Element("rss", {"version": "2.0"})
    c = _sub(rss, "channel")
    _sub(c, "title", ch.title)
    _sub(c, "link", ch.base_url + "index.html")
    _sub(c, "description", ch.description)
    _sub(c, "language", words(ch.lang)["feed_language"])
    _sub(c, "lastBuildDate", pub_date(newest_date, ch.zone, ch.publish_time))
    _sub(c, f"{{{ATOM}}}link", href=ch.feed_url, rel="self", type="application/rss+xml")
    _sub(c, f"{{{ITUNES}}}author", ch.author)
    owner = _sub(c, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", ch.owner_name)
    if ch.owner_email:
        _sub(owner, f"{{{ITUNES}}}email", ch.owner_email)
    if ch.image_url:
        _sub(c, f"{{{ITUNES}}}image", href=ch.image_url)
        image = _sub(c, "image")
        _sub(image, "url", ch.image_url)
        _sub(image, "title", ch.title)
        _sub(image, "link", ch.base_url + "index.html")
    category = _sub(c, f"{{{ITUNES}}}category", text="News")
    _sub(category, f"{{{ITUNES}}}category", text="Daily News")
    _sub(c, f"{{{ITUNES}}}explicit", "false")
    _sub(c, f"{{{ITUNES}}}type", "episodic")
    _sub(c, f"{{{PODCAST}}}guid", ch.guid)
    locked = _sub(c, f"{{{PODCAST}}}locked", "yes" if ch.locked else "no")
    if ch.owner_email:
        locked.set("owner", ch.owner_email)
    return rss, c


def _transcripts(item: ET.Element, ch: Channel, date: str, vtt: str | None,
                 srt: str | None) -> None:
    """podcast:transcript links; timed VTT/SRT are captions (`rel="captions"`), which apps
    show in step with the audio."""
    for rel in (vtt, srt):
        if rel:
            _sub(item, f"{{{PODCAST}}}transcript", url=file_url(ch.base_url, date, rel),
                 type=content_type(rel).split(";")[0], language=words(ch.lang)["feed_language"],
                 rel="captions")


def _enclosure(item: ET.Element, ch: Channel, date: str, rel: str, size: int) -> None:
    _sub(item, "enclosure", url=file_url(ch.base_url, date, rel), length=str(size),
         type=content_type(rel))


def _finish(rss: ET.Element) -> bytes:
    ET.indent(rss, space=" ")
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def render_episodes(ch: Channel, episodes: list[Episode],
                    keywords: Mapping[str, Sequence[str]]) -> bytes:
    """`feed.xml`: one item per edition, newest first; `keywords` by edition date."""
    episodes = sorted(episodes, key=lambda e: e.date, reverse=True)
    rss, c = _channel(ch, episodes[0].date)
    w = words(ch.lang)
    for e in episodes:
        item = _sub(c, "item")
        _sub(item, "title", e.title)
        _sub(item, "link", page_url(ch.base_url, e.date))
        lines = [w["headlines"]] + [f"{i}. {a.headline}" for i, a in enumerate(e.articles, 1)]
        _sub(item, "description", html_lines(lines))
        _enclosure(item, ch, e.date, e.audio_path, e.size_bytes)
        _sub(item, "guid", f"{ch.guid}/{e.date}", isPermaLink="false")
        _sub(item, "pubDate", pub_date(e.date, ch.zone, ch.publish_time))
        _sub(item, f"{{{ITUNES}}}duration", duration_text(e.duration_ms))
        _sub(item, f"{{{ITUNES}}}episodeType", "full")
        _sub(item, f"{{{ITUNES}}}explicit", "false")
        if e.cover_path:
            _sub(item, f"{{{ITUNES}}}image", href=file_url(ch.base_url, e.date, e.cover_path))
        tags = keywords.get(e.date)
        if tags:
            _sub(item, f"{{{ITUNES}}}keywords", ",".join(tags))
        _transcripts(item, ch, e.date, e.vtt_path, e.srt_path)
        if e.chapters_json_path:
            _sub(item, f"{{{PODCAST}}}chapters",
                 url=file_url(ch.base_url, e.date, e.chapters_json_path),
                 type="application/json+chapters")
        if e.chapters:
            # Inline Podlove chapters too: apps that predate podcast:chapters (gPodder) read these.
            psc = _sub(item, f"{{{PSC}}}chapters", version="1.2")
            for chapter in e.chapters:
                _sub(psc, f"{{{PSC}}}chapter", start=npt(chapter.start_ms), title=chapter.title)
    return _finish(rss)


_ZH_ROLES = re.compile(r"(?:特约|实习|本报|见习|首席)?(?:记者|通讯员|实习生|编辑|摄影|撰稿)")
_ZH_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def byline_names(byline: str | None) -> list[str]:
    """The people a byline names, without roles, places and wire credits ("" when none).

    >>> byline_names("本报讯（记者谭彬）")
    ['谭彬']
    >>> byline_names("本报记者 李明 通讯员 王芳 张小红")
    ['李明', '王芳', '张小红']
    >>> byline_names("By Jane Roe and John Smith"), byline_names("新华社北京电"), byline_names(None)
    (['Jane Roe', 'John Smith'], [], [])
    """
    if not byline:
        return []
    if re.search(r"[\u4e00-\u9fff]", byline):
        found = []
        for m in _ZH_ROLES.finditer(byline):
            tail = re.split(r"[）)】\]；;。]|(?:特约|实习|本报|见习|首席)?(?:记者|通讯员|实习生|编辑|摄影|撰稿)",
                            byline[m.end():])[0]
            found += [n for n in re.split(r"[\s、，,/和及]+", tail) if _ZH_NAME.match(n)]
        return list(dict.fromkeys(found))
    text = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.I)
    names = [n.strip() for n in re.split(r",|\band\b|&", text) if n.strip()]
    return [n for n in names if re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}", n)]


def item_author(byline: str | None, paper: str) -> str:
    """itunes:author of one story: the paper, after the reporters' names when the byline
    names people.

    >>> item_author("本报讯（记者谭彬）", "鹤汀日报"), item_author("新华社电", "鹤汀日报")
    ('谭彬 · 鹤汀日报', '鹤汀日报')
    """
    names = byline_names(byline)
    sep = "、" if re.search(r"[\u4e00-\u9fff]", paper) else ", "
    return f"{sep.join(names)} · {paper}" if names else paper


def _article_description(a: ArticleAudio) -> str:
    parts = [a.subheadline, a.byline, a.paragraphs[0] if a.paragraphs else None]
    return html_lines([p for p in parts if p] or [a.headline])


def render_articles(ch: Channel, episodes: list[Episode]) -> bytes:
    """`articles.xml`: one item per article, each linking to its place on its edition page.

    Within an edition the lead story gets the latest pubDate (one second apart), so apps that
    sort newest first list the stories in the paper's order.
    """
    episodes = sorted(episodes, key=lambda e: e.date, reverse=True)
    rss, c = _channel(ch, episodes[0].date)
    for e in episodes:
        for pos, a in enumerate(e.articles):
            item = _sub(c, "item")
            _sub(item, "title", a.headline)
            _sub(item, "link", page_url(ch.base_url, e.date, a.article_id))
            _sub(item, "description", _article_description(a))
            _sub(item, f"{{{ITUNES}}}author", item_author(a.byline, e.paper))
            _enclosure(item, ch, e.date, a.audio_path, a.size_bytes)
            _sub(item, "guid", f"{ch.guid}/{e.date}/{a.article_id}", isPermaLink="false")
            _sub(item, "pubDate", pub_date(e.date, ch.zone, ch.publish_time, seconds_before=pos))
            _sub(item, f"{{{ITUNES}}}duration", duration_text(a.duration_ms))
            _sub(item, f"{{{ITUNES}}}episodeType", "full")
            _sub(item, f"{{{ITUNES}}}explicit", "false")
            if e.cover_path:
                _sub(item, f"{{{ITUNES}}}image", href=file_url(ch.base_url, e.date, e.cover_path))
            _transcripts(item, ch, e.date, a.vtt_path, a.srt_path)
    return _finish(rss)
