"""The checks of the settings that both the paper's config and the published feed hold.

`audiopaper.toml` (`config.Config`) and the feed's channel settings (`publish.PublishConfig`)
share the base URL, the time zone and the `[feed]` table.  Each setting is checked here once,
so a value one accepts the other cannot refuse later (a URL with a query passed the config's
check and failed at publish time, after the speech), and each caller raises the answer as
its own error, naming its own source: the config file's name, or the flag.

Every check returns the value to use, or raises ValueError with the reason in words.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: The channel settings `[feed]` may hold, with the check of each value.
FEED_KEYS = ("title", "description", "author", "owner_name", "owner_email", "publish_time",
             "locked")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def base_url(url: object) -> str:
    """`url` as an absolute http(s) URL ending in `/` (where `out/` is served from).

    >>> base_url("https://example.org/paper")
    'https://example.org/paper/'
    >>> base_url("example.org")
    Traceback (most recent call last):
    ...
    ValueError: base URL must be absolute http(s), got 'example.org'
    >>> base_url("https://example.org/?page=1")
    Traceback (most recent call last):
    ...
    ValueError: base URL must be absolute http(s), got 'https://example.org/?page=1'
    """
    parts = urlsplit(url.strip()) if isinstance(url, str) else None
    if (parts is None or parts.scheme not in ("http", "https") or not parts.netloc
            or parts.query or parts.fragment):
        raise ValueError(f"base URL must be absolute http(s), got {url!r}")
    return str(url).strip().rstrip("/") + "/"


#: Default clock per paper language: where the papers we read are printed.
DEFAULT_TIMEZONE = {"zh": "Asia/Shanghai", "en": "America/New_York"}


def zone(name: str | None, lang: str) -> ZoneInfo:
    """A paper's clock: its configured time zone, else its language's default.

    >>> str(zone(None, "en")), str(zone("Europe/London", "en")), str(zone(None, "xx"))
    ('America/New_York', 'Europe/London', 'UTC')
    """
    return ZoneInfo(name or DEFAULT_TIMEZONE.get(lang, "UTC"))


def timezone(name: object) -> str:
    """`name` if it is a time zone this machine knows (IANA name, e.g. Asia/Shanghai).

    >>> timezone("Asia/Shanghai")
    'Asia/Shanghai'
    >>> timezone("Mars/Base")
    Traceback (most recent call last):
    ...
    ValueError: unknown time zone 'Mars/Base'
    """
    try:
        if isinstance(name, str):
            ZoneInfo(name)
            return name
    except (ZoneInfoNotFoundError, ValueError):
        pass
    raise ValueError(f"unknown time zone {name!r}")


def owner_email(address: object) -> str:
    """An e-mail address for itunes:owner (Apple writes to it to verify ownership).

    >>> owner_email("desk@example.org")
    'desk@example.org'
    """
    if not isinstance(address, str) or not _EMAIL.match(address):
        raise ValueError(f"owner email is not an address: {address!r}")
    return address


def publish_time(clock: object) -> str:
    """The time of day HH:MM an edition's pubDate carries."""
    if not isinstance(clock, str) or not _CLOCK.match(clock):
        raise ValueError(f"publish time must be HH:MM, got {clock!r}")
    return clock


def _check(key: str, value: object) -> None:
    """Raise ValueError (a whole sentence naming the setting) unless `value` suits `key`."""
    what = key.replace("_", " ")
    if key == "owner_email":
        owner_email(value)
    elif key == "publish_time":
        publish_time(value)
    elif key == "locked":
        if not isinstance(value, bool):
            raise ValueError(f"{what} must be true or false, got {value!r}")
    elif not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")


def feed_problems(feed: Mapping[str, object]) -> list[tuple[str, str]]:
    """What is wrong with a `[feed]` table: (key, reason) for each bad key, in table order.

    >>> feed_problems({"title": "青溪之声", "owner_email": "desk", "locked": "yes"})
    [('owner_email', "owner email is not an address: 'desk'"), ('locked', "locked must be true or false, got 'yes'")]
    >>> feed_problems({"colour": "red"})[0][1]
    "unknown setting 'colour' (settings: title, description, author, owner_name, owner_email, publish_time, locked)"
    """
    out: list[tuple[str, str]] = []
    for key, value in feed.items():
        if key not in FEED_KEYS:
            out.append((key, f"unknown setting {key!r} (settings: {', '.join(FEED_KEYS)})"))
            continue
        try:
            _check(key, value)
        except ValueError as e:
            out.append((key, str(e)))
    return out
