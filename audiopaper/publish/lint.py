"""`audiopaper lint out/`: check what a folder would publish before anyone subscribes.

Each feed is read back as an app would read it and every URL in it is followed to the local
file it names: required tags, artwork size and format, enclosure length = file size, unique
guids and enclosure URLs, itunes:duration = the audio's duration (from its headers, or decoded), transcripts and chapters
present and well formed.  One Problem per finding; none means the folder is fit to upload.
"""
from __future__ import annotations

import email.utils
import html
import json
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from audiopaper.errors import PublishError
from audiopaper.publish import catalog
from audiopaper.publish.feed import ARTICLES_FEED, ATOM, EPISODES_FEED, ITUNES, PODCAST
from audiopaper.publish.media import header_duration_ms, image_info, probe_duration_ms
from audiopaper.publish.tables import content_type

#: itunes:duration is whole seconds; more than this apart from the decoded audio is wrong.
DURATION_TOLERANCE_MS = 1000
ARTWORK_MIN, ARTWORK_MAX = 1400, 3000

_VTT_TIME = r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}"
_VTT_CUE = re.compile(rf"^({_VTT_TIME})\s+-->\s+({_VTT_TIME})(?:\s.*)?$")
_SRT_CUE = re.compile(r"^(\d{2,}:[0-5]\d:[0-5]\d,\d{3})\s+-->\s+(\d{2,}:[0-5]\d:[0-5]\d,\d{3})$")
_REQUIRED_CHANNEL = ("title", "link", "description", "language", f"{{{ITUNES}}}author",
                     f"{{{ITUNES}}}explicit", f"{{{PODCAST}}}guid")


@dataclass(frozen=True)
class Problem:
    """One finding: where (file, item) and what is wrong, printed as one line."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _seconds(stamp: str) -> float:
    """Seconds of a VTT/SRT time stamp.

    >>> _seconds("01:02:03.500"), _seconds("02:03,250")
    (3723.5, 123.25)
    """
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def _cue_problems(lines: list[str], pattern: re.Pattern[str], kind: str) -> list[str]:
    found, out = 0, []
    for no, line in enumerate(lines, 1):
        if "-->" not in line:
            continue
        m = pattern.match(line.strip())
        if not m:
            out.append(f"line {no}: malformed {kind} cue timing {line.strip()!r}")
            continue
        found += 1
        if _seconds(m.group(2)) < _seconds(m.group(1)):
            out.append(f"line {no}: cue ends before it starts")
    if not found and not out:
        out.append(f"no {kind} cue")
    return out


def vtt_problems(text: str) -> list[str]:
    """What is wrong with a WebVTT file (empty list when it is valid enough for players).

    >>> vtt_problems("WEBVTT\\n\\n00:00.000 --> 00:01.500\\nhello\\n")
    []
    >>> vtt_problems("00:00:00,000 --> 00:00:01,000\\nhi\\n")
    ['does not start with WEBVTT', "line 1: malformed VTT cue timing '00:00:00,000 --> 00:00:01,000'"]
    """
    lines = text.lstrip("\ufeff").splitlines()
    out = [] if lines and re.match(r"^WEBVTT(\s|$)", lines[0]) else ["does not start with WEBVTT"]
    return out + _cue_problems(lines, _VTT_CUE, "VTT")


def srt_problems(text: str) -> list[str]:
    """What is wrong with a SubRip file.

    >>> srt_problems("1\\n00:00:00,000 --> 00:00:01,000\\nhi\\n")
    []
    """
    return _cue_problems(text.lstrip("\ufeff").splitlines(), _SRT_CUE, "SRT")


def chapters_problems(data: object, duration_s: float | None) -> list[str]:
    """What is wrong with a Podcasting 2.0 JSON chapters document.

    >>> chapters_problems({"version": "1.2.0", "chapters": [{"startTime": 0, "title": "A"},
    ...                    {"startTime": 5, "title": "B"}]}, 10.0)
    []
    >>> chapters_problems({"version": "1.2.0", "chapters": [{"startTime": 12, "title": "A"}]}, 10.0)
    ['chapter 1 starts at 12s, after the audio ends (10s)']
    """
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        return ["not a chapters document (no \"version\" string)"]
    chapters = data.get("chapters")
    if not isinstance(chapters, list) or not chapters:
        return ["no chapters list"]
    out, last = [], -1.0
    for i, ch in enumerate(chapters, 1):
        start = ch.get("startTime") if isinstance(ch, dict) else None
        if not isinstance(start, (int, float)) or isinstance(start, bool) or start < 0:
            out.append(f"chapter {i} has no valid startTime")
            continue
        if start < last:
            out.append(f"chapter {i} starts before the chapter above it")
        if duration_s is not None and start >= duration_s:
            out.append(f"chapter {i} starts at {start:g}s, after the audio ends ({duration_s:g}s)")
        if not isinstance(ch.get("title"), str) or not ch["title"].strip():
            out.append(f"chapter {i} has no title")
        last = start
    return out


def parse_duration(text: str) -> float | None:
    """Seconds of an itunes:duration value (`SS`, `MM:SS` or `HH:MM:SS`), None if malformed.

    >>> parse_duration("61"), parse_duration("1:01:01"), parse_duration("x")
    (61.0, 3661.0, None)
    """
    if not re.fullmatch(r"\d+(?::[0-5]?\d){0,2}(?:\.\d+)?", text.strip()):
        return None
    return _seconds(text.strip())


class _Linter:
    """Holds the folder, the feed's base URL and per-file caches while one folder is checked."""

    def __init__(self, out_dir: Path, decode: bool) -> None:
        self.measure = probe_duration_ms if decode else header_duration_ms
        self.out = out_dir
        self.root = out_dir.resolve()
        self.problems: list[Problem] = []
        self.durations: dict[Path, int | None] = {}
        self.images_seen: set[Path] = set()

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def local(self, where: str, url: str | None, base: str) -> Path | None:
        """The file under `out/` that `url` serves, or None after recording why not."""
        if not url:
            self.add(where, "URL is empty")
            return None
        if not url.startswith(base):
            self.add(where, f"{url} is not under the feed's base URL {base}")
            return None
        rel = PurePosixPath(unquote(urlsplit(url).path[len(urlsplit(base).path):]))
        path = (self.out / rel).resolve()
        if ".." in rel.parts or not path.is_relative_to(self.root):
            self.add(where, f"{url} points outside the published folder")
            return None
        if path.is_dir():
            path, rel = path / "index.html", rel / "index.html"
        if not path.is_file():
            self.add(where, f"{url} names a file that does not exist ({rel})")
            return None
        return path

    def duration_ms(self, where: str, path: Path) -> int | None:
        if path not in self.durations:
            try:
                self.durations[path] = self.measure(path)
            except PublishError as e:
                self.add(where, e.reason)
                self.durations[path] = None
        return self.durations[path]

    def artwork(self, where: str, path: Path) -> None:
        if path in self.images_seen:
            return
        self.images_seen.add(path)
        try:
            info = image_info(path)
        except PublishError as e:
            self.add(where, e.reason)
            return
        if info.format not in ("PNG", "JPEG"):
            self.add(where, f"artwork is {info.format or 'unknown'}, must be PNG or JPEG")
        if info.width != info.height:
            self.add(where, f"artwork is {info.width}x{info.height}, must be square")
        if not ARTWORK_MIN <= min(info.width, info.height) <= max(info.width, info.height) <= ARTWORK_MAX:
            self.add(where, f"artwork is {info.width}x{info.height} px, must be "
                            f"{ARTWORK_MIN}-{ARTWORK_MAX} px")
        if info.mode != "RGB":
            self.add(where, f"artwork colour mode is {info.mode}, must be RGB")

    def feed(self, name: str) -> set[str]:
        """Check one feed; returns the edition dates it links to (for the unpublished check)."""
        path = self.out / name
        if not path.is_file():
            self.add(name, "missing (run `audiopaper publish` first)")
            return set()
        try:
            channel = ET.parse(path).getroot().find("channel")
        except ET.ParseError as e:
            self.add(name, f"not well-formed XML: {e}")
            return set()
        if channel is None:
            self.add(name, "no <channel> element")
            return set()
        for tag in _REQUIRED_CHANNEL:
            if not (channel.findtext(tag) or "").strip():
                self.add(name, f"channel has no {_short(tag)}")
        if channel.findtext(f"{{{ITUNES}}}explicit") not in (None, "true", "false"):
            self.add(name, "itunes:explicit must be true or false")
        if not channel.findtext(f"{{{ITUNES}}}owner/{{{ITUNES}}}email"):
            self.add(name, "channel has no itunes:owner email (Apple needs it to verify ownership)")
        category = channel.find(f"{{{ITUNES}}}category")
        if category is None or not category.get("text"):
            self.add(name, "channel has no itunes:category")
        self_link = channel.find(f"{{{ATOM}}}link[@rel='self']")
        if self_link is None or not self_link.get("href"):
            self.add(name, "channel has no atom:link rel=self (needed to resolve its URLs)")
            return set()
        feed_url = self_link.get("href", "")
        base = feed_url.rsplit("/", 1)[0] + "/"
        if is_local_url(feed_url):
            self.add(name, f"base URL {base} is this machine: no podcast app elsewhere can fetch "
                           "it (publish --base-url https://your.host/path/)")
        guid = (channel.findtext(f"{{{PODCAST}}}guid") or "").strip()
        if guid and not _is_uuid(guid):
            # assigned once (the UUIDv5 of the first feed URL) and kept when the feed moves
            self.add(name, f"podcast:guid {guid} is not a UUID")
        image = channel.find(f"{{{ITUNES}}}image")
        if image is None or not image.get("href"):
            self.add(name, "channel has no itunes:image")
        else:
            art = self.local(f"{name} itunes:image", image.get("href"), base)
            if art:
                self.artwork(f"{name} itunes:image", art)
        items = channel.findall("item")
        if not items:
            self.add(name, "no item")
        dates: set[str] = set()
        seen_guids: dict[str, int] = {}
        seen_urls: dict[str, int] = {}
        for no, item in enumerate(items, 1):
            where = f"{name} item {no} ({(item.findtext('title') or '').strip()[:40]})"
            dates |= self.item(where, item, base, no, seen_guids, seen_urls)
        return dates

    def item(self, where: str, item: ET.Element, base: str, no: int,
             seen_guids: dict[str, int], seen_urls: dict[str, int]) -> set[str]:
        if not (item.findtext("title") or "").strip():
            self.add(where, "no title")
        guid = (item.findtext("guid") or "").strip()
        if not guid:
            self.add(where, "no guid")
        elif guid in seen_guids:
            self.add(where, f"guid {guid} repeats item {seen_guids[guid]}")
        else:
            seen_guids[guid] = no
        try:
            email.utils.parsedate_to_datetime(item.findtext("pubDate") or "")
        except (TypeError, ValueError):
            self.add(where, f"pubDate {item.findtext('pubDate')!r} is not an RFC 2822 date")
        enclosure = item.find("enclosure")
        audio_ms = None
        dates: set[str] = set()
        if enclosure is None:
            self.add(where, "no enclosure")
        else:
            url = enclosure.get("url", "")
            if url in seen_urls:
                self.add(where, f"enclosure URL {url} repeats item {seen_urls[url]}")
            seen_urls.setdefault(url, no)
            audio = self.local(where, url, base)
            if audio:
                dates.add(audio.relative_to(self.root).parts[0])
                size = audio.stat().st_size
                if enclosure.get("length") != str(size):
                    self.add(where, f"enclosure length {enclosure.get('length')} but the file "
                                    f"has {size} bytes")
                if enclosure.get("type") != content_type(audio.name):
                    self.add(where, f"enclosure type {enclosure.get('type')} but the file is "
                                    f"{content_type(audio.name)}")
                audio_ms = self.duration_ms(where, audio)
        stated = parse_duration(item.findtext(f"{{{ITUNES}}}duration") or "")
        if stated is None:
            self.add(where, "itunes:duration missing or malformed")
        elif audio_ms is not None and abs(stated * 1000 - audio_ms) > DURATION_TOLERANCE_MS:
            self.add(where, f"itunes:duration {stated:g}s but the audio lasts "
                            f"{audio_ms / 1000:.2f}s")
        self.page_link(where, item.findtext("link"), base)
        image = item.find(f"{{{ITUNES}}}image")
        if image is not None:
            art = self.local(f"{where} itunes:image", image.get("href"), base)
            if art:
                self.artwork(f"{where} itunes:image", art)
        for t in item.findall(f"{{{PODCAST}}}transcript"):
            self.transcript(where, t, base)
        for c in item.findall(f"{{{PODCAST}}}chapters"):
            self.chapters(where, c, base, audio_ms)
        return dates

    def page_link(self, where: str, url: str | None, base: str) -> None:
        """The item's web page exists, and so does the article anchor it points at."""
        page = self.local(f"{where} link", (url or "").split("#")[0], base)
        fragment = unquote(urlsplit(url or "").fragment)
        if page and fragment and f'id="{html.escape(fragment)}"' not in page.read_text(encoding="utf-8"):
            self.add(f"{where} link", f"{url}: the page has no element with id {fragment!r}")

    def transcript(self, where: str, el: ET.Element, base: str) -> None:
        path = self.local(f"{where} transcript", el.get("url"), base)
        if path is None:
            return
        if el.get("type") != content_type(path.name).split(";")[0]:
            self.add(f"{where} transcript", f"type {el.get('type')} does not match {path.name}")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            self.add(f"{where} transcript", f"{path.name} is not UTF-8")
            return
        check = srt_problems if path.suffix.lower() == ".srt" else vtt_problems
        for p in check(text):
            self.add(f"{where} transcript {path.name}", p)

    def chapters(self, where: str, el: ET.Element, base: str, audio_ms: int | None) -> None:
        path = self.local(f"{where} chapters", el.get("url"), base)
        if path is None:
            return
        if el.get("type") != "application/json+chapters":
            self.add(f"{where} chapters", f"type {el.get('type')} is not application/json+chapters")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            self.add(f"{where} chapters {path.name}", f"not valid JSON: {e}")
            return
        for p in chapters_problems(data, audio_ms / 1000 if audio_ms is not None else None):
            self.add(f"{where} chapters {path.name}", p)


def served_elsewhere(out_dir: Path | str, served_url: str) -> str | None:
    """A warning when feed.xml's files are at another address than `served_url` (where
    `serve` listens), else None: an app subscribed here downloads from there.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "feed.xml").write_text('<rss><channel><atom:link '
    ...         'xmlns:atom="http://www.w3.org/2005/Atom" rel="self" '
    ...         'href="https://example.org/p/feed.xml"/></channel></rss>')
    ...     served_elsewhere(d, "http://127.0.0.1:8000/") is not None, served_elsewhere(
    ...         d, "https://example.org/")
    (True, None)
    """
    try:
        channel = ET.parse(Path(out_dir) / EPISODES_FEED).getroot().find("channel")
    except (OSError, ET.ParseError):
        return None
    link = channel.find(f"{{{ATOM}}}link[@rel='self']") if channel is not None else None
    feed_url = link.get("href", "") if link is not None else ""
    if not feed_url:
        return None
    there, here = urlsplit(feed_url), urlsplit(served_url)
    if (there.hostname, there.port or 80) == (here.hostname, here.port or 80):
        return None
    if here.hostname in ("0.0.0.0", "::") and there.port == here.port:
        return None
    base = feed_url.rsplit("/", 1)[0] + "/"
    return (f"the feed's files are at {base}, not on this server: apps subscribed here "
            f"download from there (to preview here: audiopaper publish --base-url {served_url})")


def is_local_url(url: str) -> bool:
    """True when `url` names this machine (localhost, loopback, an unspecified address).

    >>> is_local_url("http://localhost:8000/feed.xml"), is_local_url("http://127.0.0.2/")
    (True, True)
    >>> is_local_url("https://example.org/feed.xml"), is_local_url("http://[::1]:80/")
    (False, True)
    """
    import ipaddress

    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _short(tag: str) -> str:
    for prefix, uri in (("itunes", ITUNES), ("podcast", PODCAST), ("atom", ATOM)):
        tag = tag.replace(f"{{{uri}}}", f"{prefix}:")
    return tag


def lint(out_dir: Path | str, decode: bool = False) -> list[Problem]:
    """Every problem found in the feeds of `out_dir` and the files they point at.

    Durations are read from the audio headers; `decode=True` decodes every file with ffmpeg
    instead (about a second per hour of audio), which also catches damage past the headers.
    """
    out = Path(out_dir)
    if not out.is_dir():
        raise PublishError("not a folder", out)
    linter = _Linter(out, decode)
    published = linter.feed(EPISODES_FEED)
    linter.feed(ARTICLES_FEED)
    if published:
        for folder in catalog.edition_dirs(out):
            if folder.name not in published:
                linter.add(f"{folder.name}/", "edition is not in feed.xml (run `audiopaper publish`)")
    return linter.problems
