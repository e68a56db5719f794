"""The archive over days: catalog contents, adding and replacing editions, --keep, and builds
killed part-way (the previous feed must stay intact and valid)."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from audiopaper.errors import PublishError
from audiopaper.publish import publish

BASE = "https://example.org/qingxi/"
REPO = Path(__file__).resolve().parents[2]


def _items(path: Path) -> dict[str, bytes]:
    """Each item of a feed serialised, by guid: equal bytes mean an untouched item."""
    channel = ET.parse(path).getroot().find("channel")
    return {i.findtext("guid"): ET.tostring(i) for i in channel.findall("item")}


def test_catalog_records_editions_articles_boundaries_and_file_hashes(tmp_path, make_edition):
    folder = make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT paper, lang, duration_ms FROM editions").fetchall() == [
        ("青溪日报", "zh", 6000)]
    assert db.execute("SELECT article_id, headline FROM articles ORDER BY position").fetchall() == [
        ("a1", "全市新能源公交车突破三千辆"), ("a2", "老城区雨污分流改造完工"),
        ("a3", "青溪湿地迎来越冬候鸟")]
    assert db.execute("SELECT start_ms, end_ms FROM chapters ORDER BY position").fetchall() == [
        (0, 2000), (2000, 4000), (4000, 6000)]
    files = db.execute("SELECT path, size_bytes, sha256 FROM files").fetchall()
    assert len(files) == 1 + 1 + 2 + 1 + 1 + 3 * 3  # manifest, episode, vtt+srt, chapters, cover, 3×(mp3, vtt, srt)
    for path, size, digest in files:
        data = (folder / path).read_bytes()
        assert (size, digest) == (len(data), hashlib.sha256(data).hexdigest())


def test_two_days_then_rebuilding_day_one_changes_day_one_only(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    first = publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    assert first.sync.added == ("2024-05-01",)
    make_edition(tmp_path, "2024-05-02")
    second = publish(tmp_path)
    assert second.sync.added == ("2024-05-02",) and second.sync.unchanged == ("2024-05-01",)
    fp = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert [e.title for e in fp.entries] == ["青溪日报 2024-05-02", "青溪日报 2024-05-01"]

    before = _items(tmp_path / "feed.xml")
    before_articles = _items(tmp_path / "articles.xml")
    page2 = tmp_path / "2024-05-02" / "index.html"
    page2_stat = (page2.read_bytes(), page2.stat().st_mtime_ns)
    make_edition(tmp_path, "2024-05-01", seconds=3.0,
                 articles=[("b1", "更正：全市新能源公交车数量", "本报记者 李明", ["更正后的报道。"])])
    third = publish(tmp_path)
    assert third.sync.replaced == ("2024-05-01",) and third.sync.unchanged == ("2024-05-02",)
    after = _items(tmp_path / "feed.xml")
    assert after.keys() == before.keys()  # same guids: apps see an update, not a new episode
    changed = {g for g in after if after[g] != before[g]}
    assert changed == {g for g in after if g.endswith("/2024-05-01")}
    after_articles = _items(tmp_path / "articles.xml")
    day2 = {g for g in before_articles if "/2024-05-02/" in g}
    assert all(after_articles[g] == before_articles[g] for g in day2)
    assert {g.rsplit("/", 1)[1] for g in after_articles if "/2024-05-01/" in g} == {"b1"}
    assert (page2.read_bytes(), page2.stat().st_mtime_ns) == page2_stat


def test_keep_trims_oldest_editions_and_their_files_only_when_asked(tmp_path, make_edition):
    for day in ("2024-05-01", "2024-05-02", "2024-05-03"):
        make_edition(tmp_path, day)
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    assert len(feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries) == 3
    publish(tmp_path)  # no --keep: nothing is deleted
    assert (tmp_path / "2024-05-01" / "episode.mp3").is_file()
    result = publish(tmp_path, keep=2)
    assert result.trimmed == ("2024-05-01",)
    assert not (tmp_path / "2024-05-01").exists()
    fp = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert [e.id.rsplit("/", 1)[1] for e in fp.entries] == ["2024-05-03", "2024-05-02"]
    assert "2024-05-01" not in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert len(feedparser.parse((tmp_path / "articles.xml").read_bytes()).entries) == 6


def test_killed_publish_leaves_a_valid_feed(tmp_path, make_edition):
    """SIGKILL a real `audiopaper publish` at several moments: feed.xml is always whole and
    either the previous feed or the new one."""
    make_edition(tmp_path, "2024-04-01")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    old = (tmp_path / "feed.xml").read_bytes()
    for day in range(2, 16):
        make_edition(tmp_path, f"2024-04-{day:02d}")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    seen = set()
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4, 1.8):
        proc = subprocess.Popen([sys.executable, "-m", "audiopaper", "publish", str(tmp_path)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = (tmp_path / "feed.xml").read_bytes()
        fp = feedparser.parse(data)
        assert not fp.bozo, (delay, fp.get("bozo_exception"))
        seen.add(len(fp.entries))
        assert data == old or len(fp.entries) == 15
    final = publish(tmp_path)
    assert len(final.editions) == 15
    assert not list(tmp_path.glob(".*.tmp"))
    assert len(feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries) == 15
    assert seen <= {1, 15}


def test_catalog_of_another_schema_is_rebuilt_from_the_folders(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    db.executescript("DROP TABLE files; DROP TABLE chapters; DROP TABLE articles; DROP TABLE editions;"
                     "CREATE TABLE editions (date TEXT PRIMARY KEY); PRAGMA user_version = 0;")
    db.close()
    result = publish(tmp_path)  # base URL and e-mail still remembered in meta
    assert result.sync.added == ("2024-05-01",)
    assert len(feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries) == 1


def test_corrupt_catalog_is_a_publish_error(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    (tmp_path / "catalog.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(PublishError, match="catalog.sqlite: cannot open the catalog"):
        publish(tmp_path, base_url=BASE)
