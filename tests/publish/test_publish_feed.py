"""publish() end to end on real edition folders, read back by feedparser and podcastparser."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import podcastparser
import pytest

from audiopaper.errors import PublishError
from audiopaper.publish import publish
from audiopaper.publish.config import podcast_guid

BASE = "https://example.org/qingxi/"


def _podcast(out: Path, name: str = "feed.xml") -> dict:
    with open(out / name, "rb") as f:
        return podcastparser.parse(BASE + name, f)


def _local(out: Path, url: str) -> Path:
    assert url.startswith(BASE), url
    return out / url[len(BASE):]


def test_every_item_is_read_by_both_parsers_with_exact_files(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    make_edition(tmp_path, "2024-05-02", seconds=3.0)
    result = publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    assert result.editions == ("2024-05-02", "2024-05-01")

    pod = _podcast(tmp_path)
    assert pod["title"] == "青溪日报 有声版"
    assert pod["explicit"] is False
    assert pod["type"] == "episodic"
    assert [e["title"] for e in pod["episodes"]] == ["青溪日报 2024-05-02", "青溪日报 2024-05-01"]
    for ep, seconds in zip(pod["episodes"], (9, 6), strict=True):
        (enc,) = ep["enclosures"]
        path = _local(tmp_path, enc["url"])
        assert enc["file_size"] == path.stat().st_size > 0
        assert enc["mime_type"] == "audio/mpeg"
        assert ep["total_time"] == seconds
        assert [c["title"] for c in ep["chapters"]] == [
            "全市新能源公交车突破三千辆", "老城区雨污分流改造完工", "青溪湿地迎来越冬候鸟"]
        assert [c["start"] for c in ep["chapters"]] == [0, seconds // 3, 2 * seconds // 3]

    fp = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not fp.bozo, fp.get("bozo_exception")
    assert fp.feed.language == "zh-cn"
    assert fp.feed.podcast_guid == podcast_guid(BASE + "feed.xml")
    assert fp.feed.itunes_type == "episodic"
    assert fp.feed.tags[0]["term"] == "News"
    ns = fp.namespaces
    assert "https://podcastindex.org/namespace/1.0" in ns.values()
    root = ET.parse(tmp_path / "feed.xml").getroot()
    transcripts = {  # feedparser keeps only the last podcast:transcript of an item; read all
        item.findtext("guid"): [(t.get("url"), t.get("type")) for t in item.findall(
            "{https://podcastindex.org/namespace/1.0}transcript")]
        for item in root.iter("item")}
    for entry in fp.entries:
        urls = transcripts[entry.id]
        assert [t for _, t in urls] == ["text/vtt", "application/x-subrip"]
        assert entry.podcast_transcript["url"] == urls[-1][0]
        for url, _ in urls:
            assert _local(tmp_path, url).read_text(encoding="utf-8").strip()
        assert _local(tmp_path, entry.podcast_chapters["url"]).is_file()
        (link,) = [l for l in entry.links if l.rel == "enclosure"]
        assert int(link.length) == _local(tmp_path, link.href).stat().st_size
        assert link.type == "audio/mpeg"
        assert entry.itunes_duration.isdigit()
        assert entry.published_parsed is not None
        assert entry.published.endswith("+0800")
        assert entry.podcast_chapters["url"].endswith("/chapters.json")


def test_channel_tags_that_parsers_do_not_expose(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    root = ET.parse(tmp_path / "feed.xml").getroot()
    ns = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
          "podcast": "https://podcastindex.org/namespace/1.0"}
    ch = root.find("channel")
    assert ch.findtext("podcast:guid", namespaces=ns) == podcast_guid(BASE + "feed.xml")
    locked = ch.find("podcast:locked", ns)
    assert (locked.text, locked.get("owner")) == ("yes", "desk@example.org")
    cat = ch.find("itunes:category", ns)
    assert cat.get("text") == "News" and cat.find("itunes:category", ns).get("text") == "Daily News"
    assert ch.findtext("itunes:explicit", namespaces=ns) == "false"
    item = ch.find("item")
    keywords = item.findtext("itunes:keywords", namespaces=ns).split(",")
    assert 3 <= len(keywords) <= 8 and any(k in {"候鸟", "公交车", "湿地", "雨污"} for k in keywords)
    assert {c.get("url") for c in item.findall("podcast:chapters", ns)} == {
        BASE + "2024-05-01/chapters.json"}


def test_articles_feed_has_one_item_per_article_linking_to_its_page(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    make_edition(tmp_path, "2024-05-02")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    pod = _podcast(tmp_path, "articles.xml")
    assert len(pod["episodes"]) == 6
    # newest first within an edition means the lead story first
    assert [e["title"] for e in pod["episodes"][:3]] == [
        "全市新能源公交车突破三千辆", "老城区雨污分流改造完工", "青溪湿地迎来越冬候鸟"]
    for ep in pod["episodes"]:
        (enc,) = ep["enclosures"]
        assert enc["file_size"] == _local(tmp_path, enc["url"]).stat().st_size
        page, _, anchor = ep["link"].partition("#")
        html = (_local(tmp_path, page) / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html
    fp = feedparser.parse((tmp_path / "articles.xml").read_bytes())
    assert not fp.bozo and len({e.id for e in fp.entries}) == 6


def test_hostile_headline_gives_a_valid_feed_and_escaped_page(tmp_path, make_edition):
    nasty = 'Tom & "Jerry" <script>alert(1)</script> \'quoted\' 😀 \x0b end'
    make_edition(tmp_path, "2024-05-01", lang="en",
                 articles=[("x1", nasty, "By <b>", ["5 < 6 & 7 > 3 😀"])])
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    for name in ("feed.xml", "articles.xml"):
        ET.parse(tmp_path / name)  # well-formed despite the markup in the text
        fp = feedparser.parse((tmp_path / name).read_bytes())
        assert not fp.bozo, fp.get("bozo_exception")
    pod = _podcast(tmp_path, "articles.xml")
    assert pod["episodes"][0]["title"] == " ".join(nasty.replace("\x0b", "").split())
    assert "<script>alert" not in (tmp_path / "2024-05-01" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in (tmp_path / "2024-05-01" / "index.html").read_text(encoding="utf-8")


def test_english_paper_uses_new_york_time_and_configured_zone_wins(tmp_path, make_edition):
    make_edition(tmp_path, "2024-01-15", lang="en")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    fp = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert fp.feed.language == "en-us"
    assert fp.entries[0].published == "Mon, 15 Jan 2024 06:00:00 -0500"
    publish(tmp_path, timezone="Europe/London")
    fp = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert fp.entries[0].published == "Mon, 15 Jan 2024 06:00:00 +0000"


def test_settings_are_remembered_between_runs(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org", title="溪声")
    make_edition(tmp_path, "2024-05-02")
    publish(tmp_path)
    pod = _podcast(tmp_path)
    assert pod["title"] == "溪声" and len(pod["episodes"]) == 2
    assert pod["episodes"][0]["enclosures"][0]["url"].startswith(BASE)


@pytest.mark.parametrize("problem, message", [
    ("no_base", "no base URL"),
    ("bad_manifest", "unreadable manifest"),
    ("missing_file", "articles/a2.mp3 is listed but missing"),
    ("escape", "leaves the edition folder"),
    ("wrong_date", "differs from its folder name"),
])
def test_bad_input_is_one_clear_publish_error_and_keeps_the_old_feed(tmp_path, make_edition,
                                                                    problem, message):
    make_edition(tmp_path, "2024-05-01")
    if problem != "no_base":
        publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    before = (tmp_path / "feed.xml").read_bytes() if problem != "no_base" else None
    folder = make_edition(tmp_path, "2024-05-02")
    manifest = folder / "manifest.json"
    if problem == "bad_manifest":
        manifest.write_text("{not json", encoding="utf-8")
    elif problem == "missing_file":
        (folder / "articles" / "a2.mp3").unlink()
    elif problem == "escape":
        manifest.write_text(manifest.read_text(encoding="utf-8").replace(
            '"cover.png"', '"../../cover.png"'), encoding="utf-8")
    elif problem == "wrong_date":
        manifest.write_text(manifest.read_text(encoding="utf-8").replace(
            '"date": "2024-05-02"', '"date": "2024-05-03"'), encoding="utf-8")
    with pytest.raises(PublishError, match=message) as info:
        publish(tmp_path)
    assert "\n" not in str(info.value)
    if before is not None:
        assert (tmp_path / "feed.xml").read_bytes() == before


def test_folder_without_manifest_is_an_unfinished_build_and_is_ignored(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    before = (tmp_path / "feed.xml").read_bytes()
    half = make_edition(tmp_path, "2024-05-02")
    (half / "manifest.json").unlink()
    (half / "episode.mp3").write_bytes(b"\xff\xfb" + b"\0" * 100)
    result = publish(tmp_path)
    assert result.editions == ("2024-05-01",)
    assert (tmp_path / "feed.xml").read_bytes() == before
