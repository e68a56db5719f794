"""Real podcast clients against a real server: subscribe, move the feed, republish.

gPodder's `gpo` (Debian package gpodder) and podget (Debian package podget) are run as a
subscriber would run them; feedparser and podcastparser read the feeds as apps built on them
do.  The feed moves from one address to another (both serve the same folder, as an old host
does while it redirects): no episode may come back as new, and every enclosure a client
saves must be the published file, byte for byte, under its own name.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import feedparser
import podcastparser
import pytest

from audiopaper.publish import publish

DAYS = ("2024-05-01", "2024-05-02")
NEXT_DAY = "2024-05-03"


def _guids(out: Path, name: str, base: str) -> set[str]:
    with open(out / name, "rb") as f:
        return {e["guid"] for e in podcastparser.parse(base + name, f)["episodes"]}


def _published(out: Path) -> dict[str, bytes]:
    """Every enclosure file of every edition, by file name (names must be unique)."""
    files: dict[str, bytes] = {}
    for mp3 in out.glob("20*/**/*.mp3"):
        assert mp3.name not in files, f"two published files are both named {mp3.name}"
        files[mp3.name] = mp3.read_bytes()
    return files


@pytest.fixture
def moved(tmp_path, make_edition, serve_dir):
    """(out, old base URL, new base URL): two editions published at the old address."""
    out = tmp_path / "out"
    out.mkdir()
    for i, day in enumerate(DAYS):
        make_edition(out, day, seconds=2.0 + i, dated=True)
    old, new = serve_dir(out), serve_dir(out)
    publish(out, base_url=old, owner_email="desk@example.org")
    return out, old, new


def test_parsers_see_the_same_podcast_and_items_after_the_move(moved, make_edition):
    out, old, new = moved
    before = {n: _guids(out, n, old) for n in ("feed.xml", "articles.xml")}
    pod_guid = feedparser.parse((out / "feed.xml").read_bytes()).feed.podcast_guid
    make_edition(out, NEXT_DAY, dated=True)
    publish(out, base_url=new)
    after = {n: _guids(out, n, new) for n in ("feed.xml", "articles.xml")}
    for name in before:
        assert before[name] < after[name]
    assert len(after["feed.xml"] - before["feed.xml"]) == 1
    assert len(after["articles.xml"] - before["articles.xml"]) == 3
    fp = feedparser.parse((out / "feed.xml").read_bytes())
    assert fp.feed.podcast_guid == pod_guid
    assert all(e.enclosures[0].href.startswith(new) for e in fp.entries)


def _gpo(home: Path, *args: str) -> str:
    env = {**os.environ, "GPODDER_HOME": str(home / "config"),
           "GPODDER_DOWNLOAD_DIR": str(home / "downloads")}
    done = subprocess.run(["gpo", *args], env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _saved(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*.mp3")}


@pytest.mark.skipif(shutil.which("gpo") is None, reason="gPodder's gpo is not installed "
                    "(apt-get install gpodder)")
@pytest.mark.parametrize("feed", ["feed.xml", "articles.xml"])
def test_gpodder_keeps_its_episodes_when_the_feed_moves(moved, make_edition, tmp_path, feed):
    out, old, new = moved
    home = tmp_path / "gpodder"
    _gpo(home, "subscribe", old + feed)
    _gpo(home, "download")
    saved = _saved(home / "downloads")
    published = _published(out)
    want = 2 if feed == "feed.xml" else 6
    assert len(saved) == want
    assert all(published[name] == data for name, data in saved.items())

    make_edition(out, NEXT_DAY, dated=True)
    publish(out, base_url=new)
    _gpo(home, "update")
    pending = _gpo(home, "pending")
    new_count = 1 if feed == "feed.xml" else 3
    assert f"{new_count} new episode" in pending, pending
    assert all(DAYS[0] not in line and DAYS[1] not in line for line in pending.splitlines())
    _gpo(home, "download")
    saved = _saved(home / "downloads")
    published = _published(out)
    assert len(saved) == want + new_count
    assert all(published[name] == data for name, data in saved.items())


@pytest.mark.skipif(shutil.which("podget") is None, reason="podget is not installed "
                    "(apt-get install podget)")
def test_podget_saves_every_file_of_every_day_whole(moved, make_edition, tmp_path):
    """podget (default options: one folder per feed, files by their URL's name, partial
    files resumed) once kept 8 of 15 files and spliced two days into one MP3."""
    out, old, _ = moved
    make_edition(out, NEXT_DAY, dated=True)
    publish(out)
    config, library = tmp_path / "podget", tmp_path / "library"
    config.mkdir()
    done = subprocess.run(["podget", "--create-config", "podgetrc", "--dir_config", str(config)],
                          capture_output=True, text=True, timeout=60, check=False)
    rc = config / "podgetrc"
    assert rc.is_file(), done.stdout + done.stderr
    text = "\n".join(line for line in rc.read_text().splitlines()
                     if not line.startswith("DIR_LIBRARY="))
    rc.write_text(text + f"\nDIR_LIBRARY={library}\n")
    # one folder for both feeds: the names alone must keep every file apart
    (config / "serverlist").write_text("".join(
        f"{old}{name} Paper Qingxi\n" for name in ("feed.xml", "articles.xml")))
    done = subprocess.run(["podget", "--dir_config", str(config), "--silent"],
                          capture_output=True, text=True, timeout=300, check=False)
    saved = {p.name: p.read_bytes() for p in library.rglob("*.mp3")}
    published = _published(out)
    assert len(published) == 3 * (1 + 3)
    assert saved.keys() == published.keys(), done.stdout + done.stderr
    assert all(published[name] == data for name, data in saved.items())
