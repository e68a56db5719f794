"""publish(): edition folders → catalog → feeds → pages, the library form of `audiopaper publish`.

Order matters for anyone reading `out/` while it is rebuilt: pages and artwork are written
before the feeds that point at them, and every file is replaced atomically, so a build killed
at any moment leaves the previous feed intact and valid.  Publishers of one folder take turns
(`publish_lock`), and only temp files whose writer is gone are swept.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audiopaper.common.files import write_atomic
from audiopaper.common.tempfiles import owner_pid, sweep_orphans
from audiopaper.errors import PublishError
from audiopaper.publish import catalog
from audiopaper.publish.config import PublishConfig, podcast_guid
from audiopaper.publish.feed import (
    ARTICLES_FEED,
    EPISODES_FEED,
    channel_for,
    render_articles,
    render_episodes,
)
from audiopaper.publish.lock import publish_lock
from audiopaper.publish.pages import edition_page, index_page

CONFIG_KEY = "config"
GUID_KEY = "podcast_guid"
_OWN_FILES = (EPISODES_FEED, ARTICLES_FEED, "index.html")


@dataclass(frozen=True)
class PublishResult:
    """What a publish run did: which editions are live and what changed."""

    editions: tuple[str, ...]
    sync: catalog.SyncReport
    trimmed: tuple[str, ...]
    feed_url: str

    def summary(self) -> str:
        s = self.sync
        return (f"{len(self.editions)} editions published ({len(s.added)} added, "
                f"{len(s.replaced)} replaced, {len(s.dropped)} dropped, {len(self.trimmed)} "
                f"trimmed); feed: {self.feed_url}")


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically write `data` unless the file already holds it (keeps ETags of pages stable)."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data, PublishError)
    return True


def _settings(conn: Any, config: PublishConfig | None, overrides: dict[str, Any],
              fallback_base_url: str | None = None) -> PublishConfig:
    """The one merge rule for feed settings: the caller's overrides (command-line flags, then
    the config file), then what the last publish stored in the catalog, then defaults.
    An explicit `config` replaces the stored settings instead."""
    if config is None:
        stored = catalog.get_meta(conn, CONFIG_KEY)
        config = PublishConfig.from_dict(json.loads(stored)) if stored else PublishConfig()
    config = config.merged(**overrides)
    if not config.base_url and fallback_base_url:
        config = config.merged(base_url=fallback_base_url)
    if not config.base_url:
        raise PublishError("no base URL: pass --base-url https://… (it is remembered afterwards)")
    return config


def podcast_guids(conn: Any, base_url: str) -> dict[str, str]:
    """podcast:guid of each feed, assigned at its first publish (the UUIDv5 of its URL then)
    and kept in the catalog, so moving the feed to another address keeps its identity and
    every item's guid (Podcasting 2.0: a guid is set once in a podcast's lifetime)."""
    guids = {}
    for name in (EPISODES_FEED, ARTICLES_FEED):
        key = f"{GUID_KEY}:{name}"
        guid = catalog.get_meta(conn, key)
        if guid is None:
            guid = podcast_guid(base_url + name)
            catalog.set_meta(conn, key, guid)
        guids[name] = guid
    return guids


def _trim(conn: Any, out_dir: Path, keep: int) -> tuple[str, ...]:
    """Drop all but the `keep` newest editions, from the catalog and from disk."""
    old = catalog.dates(conn)[keep:]
    for date in old:
        catalog.remove(conn, date)
        folder = out_dir / date
        if folder.is_symlink():
            folder.unlink()
        elif folder.is_dir():
            shutil.rmtree(folder)
    return tuple(old)


def sweep_stale(out_dir: Path) -> None:
    """Remove the temp files killed runs left in `out_dir` and its edition folders: a temp
    file goes only when the process its name carries is gone, never a live writer's."""
    sweep_orphans(out_dir, recursive=False)
    try:
        folders = sorted(out_dir.iterdir())
    except OSError:  # housekeeping never fails a build; a real write error comes later
        return
    for folder in folders:  # also a killed first build's, which has no manifest yet
        if catalog.DATE_DIR.match(folder.name) and folder.is_dir():
            sweep_orphans(folder)


def _sweep_temps(out_dir: Path) -> None:
    """sweep_stale, and the temps of this stage's own files from before their names carried
    a pid (safe only under the publish lock: no other publisher is writing them)."""
    sweep_stale(out_dir)
    own = (*(f".{n}." for n in _OWN_FILES), ".cover.")
    for folder in [out_dir, *catalog.edition_dirs(out_dir)]:
        for tmp in folder.glob(".*.tmp"):
            if tmp.name.startswith(own) and owner_pid(tmp.name) is None:
                tmp.unlink(missing_ok=True)


def _channel_cover(out_dir: Path, newest_cover: Path | None) -> str | None:
    """Copy the newest edition's cover to `out/cover.<ext>`: a stable URL for channel artwork."""
    if newest_cover is None:
        return None
    name = "cover" + newest_cover.suffix.lower()
    write_if_changed(out_dir / name, newest_cover.read_bytes())
    return name


def publish(out_dir: Path | str, base_url: str | None = None, keep: int | None = None,
            config: PublishConfig | None = None, fallback_base_url: str | None = None,
            step: Callable[[str], None] | None = None, **settings: Any) -> PublishResult:
    """Rebuild catalog, feeds and pages of `out_dir` from its edition folders.

    `settings` are PublishConfig fields (title, owner_email, timezone, ...) that override the
    stored config; the result is stored so the next run needs no options.  `fallback_base_url`
    is used only when neither the caller nor the catalog has a base URL.  `keep` trims the
    oldest editions, files included, and only when given.  `step` is told each step as it
    starts (the lock, the catalog, the pages and feeds), for a progress display.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise PublishError("not a folder", out_dir)
    if keep is not None and keep < 1:
        raise PublishError(f"--keep must be at least 1, got {keep}")
    overrides = {"base_url": base_url, **settings}
    step = step or (lambda what: None)
    step("publish: take the publish lock")
    with publish_lock(out_dir):  # held while the catalog, pages and feeds are written
        return _publish(out_dir, keep, config, overrides, fallback_base_url, step)


def _publish(out_dir: Path, keep: int | None, config: PublishConfig | None,
             overrides: dict[str, Any], fallback_base_url: str | None,
             step: Callable[[str], None]) -> PublishResult:
    step("publish: catalog")
    conn = catalog.connect(out_dir)
    try:
        cfg = _settings(conn, config, overrides, fallback_base_url)
        _sweep_temps(out_dir)
        report = catalog.sync(conn, out_dir)
        trimmed = _trim(conn, out_dir, keep) if keep is not None else ()
        episodes = [catalog.load(conn, d) for d in catalog.dates(conn)]
        if not episodes:
            raise PublishError("no edition folder (YYYY-MM-DD/ with manifest.json) to publish",
                               out_dir)
        newest = episodes[0]
        step(f"publish: pages and feeds of {len(episodes)} editions")
        cover = _channel_cover(out_dir, out_dir / newest.date / newest.cover_path
                               if newest.cover_path else None)
        base = cfg.base_url or ""
        guids = podcast_guids(conn, base)
        for e in episodes:
            write_if_changed(out_dir / e.date / "index.html", edition_page(e).encode("utf-8"))
        feed_ch = channel_for(cfg, base, newest, EPISODES_FEED, cover, guids[EPISODES_FEED])
        write_if_changed(out_dir / "index.html", index_page(feed_ch.title, episodes).encode("utf-8"))
        write_if_changed(out_dir / ARTICLES_FEED, render_articles(
            channel_for(cfg, base, newest, ARTICLES_FEED, cover, guids[ARTICLES_FEED]), episodes))
        write_if_changed(out_dir / EPISODES_FEED,
                         render_episodes(feed_ch, episodes, catalog.keywords_by_date(conn)))
        catalog.set_meta(conn, CONFIG_KEY, json.dumps(cfg.to_dict(), ensure_ascii=False))
    finally:
        conn.close()
    return PublishResult(tuple(e.date for e in episodes), report, trimmed, feed_ch.feed_url)
