"""Channel settings for the published feed, checked when built so a bad value fails early.

The feed needs a few facts the edition folders do not carry: where the files will be served
from (absolute enclosure URLs), who owns the podcast, and which clock the pubDates use.
"""
from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from audiopaper.common import settings
from audiopaper.errors import PublishError

#: Podcasting 2.0 namespace UUID for podcast:guid (podcastindex.org namespace spec).
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")

def podcast_guid(feed_url: str) -> str:
    """podcast:guid per the Podcasting 2.0 spec: UUIDv5 of the feed URL without scheme and
    trailing slashes, so any app computes the same id for the same feed.

    >>> podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml")
    '917393e3-1b1e-5cef-ace4-edaa54e1f810'
    """
    bare = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", feed_url).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


@dataclass(frozen=True)
class PublishConfig:
    """What the feed says about the channel; `None` fields fall back to per-edition defaults.

    `timezone` None means the paper language's default; `title` None means the paper's name
    plus the "audio edition" suffix in its language.
    """

    base_url: str | None = None
    title: str | None = None
    description: str | None = None
    author: str | None = None
    owner_name: str | None = None
    owner_email: str | None = None
    timezone: str | None = None
    publish_time: str = "06:00"
    locked: bool = True

    def __post_init__(self) -> None:
        """Checked by `common.settings`, as the config file's values are."""
        try:
            if self.base_url is not None:
                object.__setattr__(self, "base_url", settings.base_url(self.base_url))
            if self.timezone is not None:
                settings.timezone(self.timezone)
            problems = settings.feed_problems(
                {k: getattr(self, k) for k in settings.FEED_KEYS if getattr(self, k) is not None})
        except ValueError as e:
            raise PublishError(str(e)) from None
        if problems:
            raise PublishError(problems[0][1])

    def zone(self, lang: str) -> ZoneInfo:
        """The clock for pubDates: the configured zone, else the paper language's default."""
        return settings.zone(self.timezone, lang)

    def merged(self, **overrides: Any) -> "PublishConfig":
        """A copy with the non-None overrides applied (CLI options over stored settings)."""
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "PublishConfig":
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})
