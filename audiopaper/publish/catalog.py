"""The archive's memory: an SQLite catalog (`out/catalog.sqlite`, WAL) of every published edition.

Feeds and pages are generated from the catalog, not from whatever folder was built last, so
adding today's edition never loses yesterday's.  Each edition folder is imported in one
transaction (editions, articles, chapter boundaries, files with sizes, mtimes and hashes); a
folder whose files have not changed since the last import is not hashed again.
"""
from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from audiopaper.common.files import read_text
from audiopaper.errors import PublishError
from audiopaper.model import ArticleAudio, Chapter, Episode
from audiopaper.publish.keywords import keywords
from audiopaper.publish.media import sha256_file

CATALOG_NAME = "catalog.sqlite"
MANIFEST_NAME = "manifest.json"
DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS editions (
    date TEXT PRIMARY KEY, paper TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL,
    audio_path TEXT NOT NULL, duration_ms INTEGER NOT NULL, size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL, cover_path TEXT, vtt_path TEXT, srt_path TEXT,
    chapters_json_path TEXT, failures TEXT NOT NULL, notes TEXT NOT NULL, keywords TEXT NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS articles (
    date TEXT NOT NULL REFERENCES editions(date) ON DELETE CASCADE, position INTEGER NOT NULL,
    article_id TEXT NOT NULL, kind TEXT NOT NULL, headline TEXT NOT NULL, byline TEXT,
    paragraphs TEXT NOT NULL, audio_path TEXT NOT NULL, duration_ms INTEGER NOT NULL,
    size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, vtt_path TEXT, srt_path TEXT,
    kicker TEXT, subheadline TEXT, PRIMARY KEY (date, position));
CREATE TABLE IF NOT EXISTS chapters (
    date TEXT NOT NULL REFERENCES editions(date) ON DELETE CASCADE, position INTEGER NOT NULL,
    article_id TEXT NOT NULL, title TEXT NOT NULL, start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL, PRIMARY KEY (date, position));
CREATE TABLE IF NOT EXISTS files (
    date TEXT NOT NULL REFERENCES editions(date) ON DELETE CASCADE, path TEXT NOT NULL,
    size_bytes INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL,
    PRIMARY KEY (date, path));
"""

_EPISODE_COLS = ("date", "paper", "lang", "title", "audio_path", "duration_ms", "size_bytes",
                 "sha256", "cover_path", "vtt_path", "srt_path", "chapters_json_path")
_ARTICLE_COLS = tuple(f.name for f in dataclasses.fields(ArticleAudio))
_CHAPTER_COLS = tuple(f.name for f in dataclasses.fields(Chapter))


@dataclass(frozen=True)
class SyncReport:
    """What one sync changed, for the CLI summary and for tests."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()


def connect(out_dir: Path) -> sqlite3.Connection:
    """Open (creating if needed) the catalog in `out_dir`, in WAL mode with foreign keys on.

    The edition rows are derived from the edition folders, so a catalog written by another
    schema version is simply emptied (settings in `meta` are kept) and re-imported by sync.
    """
    path = out_dir / CATALOG_NAME
    try:
        conn = sqlite3.connect(path, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            conn.executescript("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS chapters; "
                               "DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS editions;")
        conn.executescript(_SCHEMA)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.Error as e:
        raise PublishError(f"cannot open the catalog: {e}", path) from None
    conn.row_factory = sqlite3.Row
    return conn


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row["value"] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    with conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def edition_dirs(out_dir: Path) -> list[Path]:
    """Edition folders that are complete: named by date and holding a manifest.

    The assembler writes the manifest last, so a folder without one is an edition still being
    built (or a build that was killed) and is left out rather than published half-made.
    """
    return sorted(p for p in out_dir.iterdir()
                  if p.is_dir() and DATE_DIR.match(p.name) and (p / MANIFEST_NAME).is_file())


def read_manifest(folder: Path) -> Episode:
    """The Episode in `folder/manifest.json`, checked against the folder it sits in."""
    path = folder / MANIFEST_NAME
    text = read_text(path, PublishError, "manifest")
    try:
        episode = Episode.from_dict(json.loads(text))
    except json.JSONDecodeError as e:
        raise PublishError(f"unreadable manifest: {e}", path) from None
    except (TypeError, KeyError, ValueError) as e:
        raise PublishError(f"manifest does not match the Episode schema: {e}", path) from None
    if episode.date != folder.name:
        raise PublishError(f"manifest date {episode.date!r} differs from its folder name", path)
    if not episode.articles:
        raise PublishError("manifest lists no article", path)
    return episode


def referenced_files(episode: Episode) -> list[str]:
    """Every file an edition publishes, relative to its folder, each named once."""
    names = [episode.audio_path, episode.cover_path, episode.vtt_path, episode.srt_path,
             episode.chapters_json_path]
    for a in episode.articles:
        names += [a.audio_path, a.vtt_path, a.srt_path]
    return list(dict.fromkeys(n for n in names if n))


def _inside(folder: Path, rel: str, manifest: Path) -> Path:
    """`folder/rel`, refusing names that would leave the edition folder."""
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or "\\" in rel:
        raise PublishError(f"file name {rel!r} leaves the edition folder", manifest)
    path = folder / pure
    if not path.is_file():
        raise PublishError(f"{rel} is listed but missing", manifest)
    return path


def _signature(folder: Path, episode: Episode) -> dict[str, tuple[int, int]]:
    manifest = folder / MANIFEST_NAME
    sig = {}
    for rel in [MANIFEST_NAME, *referenced_files(episode)]:
        st = _inside(folder, rel, manifest).stat()
        sig[rel] = (st.st_size, st.st_mtime_ns)
    return sig


def _stored_signature(conn: sqlite3.Connection, date: str) -> dict[str, tuple[int, int]]:
    rows = conn.execute("SELECT path, size_bytes, mtime_ns FROM files WHERE date = ?", (date,))
    return {r["path"]: (r["size_bytes"], r["mtime_ns"]) for r in rows}


def _import(conn: sqlite3.Connection, folder: Path, episode: Episode,
            sig: dict[str, tuple[int, int]]) -> None:
    """Replace one edition's rows with what is on disk now: sizes and hashes measured here."""
    hashes = {rel: sha256_file(folder / rel) for rel in sig}
    articles = [dataclasses.replace(a, size_bytes=sig[a.audio_path][0], sha256=hashes[a.audio_path])
                for a in episode.articles]
    episode = dataclasses.replace(episode, size_bytes=sig[episode.audio_path][0],
                                  sha256=hashes[episode.audio_path], articles=tuple(articles))
    with conn:
        conn.execute("DELETE FROM editions WHERE date = ?", (episode.date,))
        conn.execute(
            f"INSERT INTO editions ({', '.join(_EPISODE_COLS)}, failures, notes, keywords) "
            f"VALUES ({', '.join('?' * (len(_EPISODE_COLS) + 3))})",
            [getattr(episode, c) for c in _EPISODE_COLS]
            + [json.dumps(list(episode.failures)), json.dumps(list(episode.notes)),
               json.dumps(keywords(episode), ensure_ascii=False)])
        conn.executemany(
            f"INSERT INTO articles (date, position, {', '.join(_ARTICLE_COLS)}) "
            f"VALUES ({', '.join('?' * (len(_ARTICLE_COLS) + 2))})",
            [[episode.date, i] + [json.dumps(list(a.paragraphs), ensure_ascii=False)
                                  if c == "paragraphs" else getattr(a, c) for c in _ARTICLE_COLS]
             for i, a in enumerate(articles)])
        conn.executemany(
            f"INSERT INTO chapters (date, position, {', '.join(_CHAPTER_COLS)}) "
            f"VALUES ({', '.join('?' * (len(_CHAPTER_COLS) + 2))})",
            [[episode.date, i] + [getattr(ch, c) for c in _CHAPTER_COLS]
             for i, ch in enumerate(episode.chapters)])
        conn.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?)",
                         [(episode.date, rel, size, mtime, hashes[rel])
                          for rel, (size, mtime) in sig.items()])


def sync(conn: sqlite3.Connection, out_dir: Path) -> SyncReport:
    """Bring the catalog in line with the edition folders in `out_dir`.

    New folders are added, changed ones replaced (that date only), unchanged ones skipped, and
    editions whose folder is gone are dropped so the feed never points at a missing file.
    Every manifest is read and checked before anything is written.
    """
    found = {}
    for folder in edition_dirs(out_dir):
        episode = read_manifest(folder)
        found[folder.name] = (folder, episode, _signature(folder, episode))
    try:
        known = {r["date"] for r in conn.execute("SELECT date FROM editions")}
        added: list[str] = []
        replaced: list[str] = []
        unchanged: list[str] = []
        for date, (folder, episode, sig) in found.items():
            if date in known and _stored_signature(conn, date) == sig:
                unchanged.append(date)
                continue
            _import(conn, folder, episode, sig)
            (replaced if date in known else added).append(date)
        dropped = sorted(known - found.keys())
        for date in dropped:
            remove(conn, date)
    except sqlite3.Error as e:
        raise PublishError(f"cannot update the catalog: {e}", out_dir / CATALOG_NAME) from None
    return SyncReport(tuple(added), tuple(replaced), tuple(unchanged), tuple(dropped))


def remove(conn: sqlite3.Connection, date: str) -> None:
    """Forget one edition (its articles, chapters and files rows go with it)."""
    with conn:
        conn.execute("DELETE FROM editions WHERE date = ?", (date,))


def dates(conn: sqlite3.Connection) -> list[str]:
    """Edition dates, newest first."""
    return [r["date"] for r in conn.execute("SELECT date FROM editions ORDER BY date DESC")]


def keywords_by_date(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """itunes:keywords of every edition, extracted once at import."""
    return {r["date"]: json.loads(r["keywords"])
            for r in conn.execute("SELECT date, keywords FROM editions")}


def load(conn: sqlite3.Connection, date: str) -> Episode:
    """One edition as the Episode the feed and pages are written from."""
    row = conn.execute("SELECT * FROM editions WHERE date = ?", (date,)).fetchone()
    if row is None:
        raise PublishError(f"no edition {date} in the catalog")
    articles = tuple(
        ArticleAudio(**{c: (tuple(json.loads(r[c])) if c == "paragraphs" else r[c])  # type: ignore[arg-type]
                        for c in _ARTICLE_COLS})
        for r in conn.execute("SELECT * FROM articles WHERE date = ? ORDER BY position", (date,)))
    chapters = tuple(
        Chapter(**{c: r[c] for c in _CHAPTER_COLS})
        for r in conn.execute("SELECT * FROM chapters WHERE date = ? ORDER BY position", (date,)))
    fields: dict[str, Any] = {c: row[c] for c in _EPISODE_COLS}
    return Episode(**fields, chapters=chapters, articles=articles,
                   failures=tuple(json.loads(row["failures"])), notes=tuple(json.loads(row["notes"])))
