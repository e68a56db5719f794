"""One merge rule for feed settings: flags, then the config file, then what the catalog
remembers from the last publish; `build` must not throw away what `publish` stored."""
from __future__ import annotations

import feedparser

from audiopaper.config import explicit_feed_settings, load_config
from audiopaper.publish import publish

BASE = "https://example.org/qingxi/"


def _channel(out):
    return feedparser.parse((out / "feed.xml").read_bytes()).feed


def test_a_build_without_feed_settings_keeps_what_publish_stored(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, title="青溪之声", owner_email="desk@example.org")
    make_edition(tmp_path, "2024-05-02")
    # what `build` does with a config that states no feed settings
    publish(tmp_path, fallback_base_url="http://localhost:8000/",
            **explicit_feed_settings(load_config(None)))
    feed = _channel(tmp_path)
    assert feed.title == "青溪之声"
    assert feed.publisher_detail.email == "desk@example.org"
    assert all(e.enclosures[0].href.startswith(BASE)
               for e in feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries)


def test_flags_then_file_then_catalog(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, base_url=BASE, title="Stored title", owner_email="desk@example.org")
    toml = tmp_path / "audiopaper.toml"
    toml.write_text('base_url = "https://files.example.org/q/"\n[feed]\ntitle = "File title"\n',
                    encoding="utf-8")
    config = load_config(toml)
    publish(tmp_path, **explicit_feed_settings(config))
    feed = _channel(tmp_path)
    assert feed.title == "File title" and feed.links[0].href.startswith("https://files.example.org/q/")
    assert feed.publisher_detail.email == "desk@example.org"          # from the catalog
    flagged = config.with_overrides(base_url="https://cdn.example.org/q/")
    publish(tmp_path, **explicit_feed_settings(flagged))
    assert _channel(tmp_path).links[0].href.startswith("https://cdn.example.org/q/")


def test_fallback_base_url_only_when_nothing_is_known(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    publish(tmp_path, fallback_base_url="http://localhost:8000/")
    assert "http://localhost:8000/2024-05-01/" in (tmp_path / "feed.xml").read_text()
