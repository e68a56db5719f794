"""One merge rule for feed settings: flags, then the config file, then what the catalog
remembers from the last publish; `build` must not throw away what `publish` stored."""
from __future__ import annotations

import re

import feedparser
import pytest
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.common.files import parse_toml
from audiopaper.config import explicit_feed_settings, load_config
from audiopaper.errors import InputError, PublishError
from audiopaper.publish import PublishConfig, publish

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


# One check per setting (`common.settings`): the config file refuses what the feed would
# refuse, before any speech, and names the file; publish's flags get the same answer.
BAD_SETTINGS = [
    ('base_url = "https://example.org/q/?page=1"\n', "base URL must be absolute http(s)"),
    ('timezone = "Mars/Base"\n', "unknown time zone 'Mars/Base'"),
    ('[feed]\nowner_email = "desk"\n', "owner email is not an address: 'desk'"),
    ('[feed]\npublish_time = "6 am"\n', "publish time must be HH:MM, got '6 am'"),
    ('[feed]\ntitle = ""\n', "title must be a non-empty string"),
    ('[feed]\nlocked = "yes"\n', "locked must be true or false"),
]


@pytest.mark.parametrize("text,reason", BAD_SETTINGS)
def test_a_bad_feed_setting_in_the_config_names_the_file(tmp_path, text, reason):
    toml = tmp_path / "audiopaper.toml"
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_config(toml)
    assert e.value.path == str(toml) and reason in e.value.reason


@pytest.mark.parametrize("text,reason", BAD_SETTINGS)
def test_the_feed_refuses_the_same_values(tmp_path, text, reason):
    values = parse_toml(text, "audiopaper.toml")
    settings = {**values.pop("feed", {}), **values}
    with pytest.raises(PublishError, match=re.escape(reason)):
        PublishConfig(**settings)


def test_build_stops_on_a_bad_feed_setting_before_reading_pages(tmp_path):
    toml = tmp_path / "audiopaper.toml"
    toml.write_text('[feed]\nowner_email = "desk"\n', encoding="utf-8")
    done = CliRunner().invoke(app, ["build", str(tmp_path / "missing.txt"), "--config", str(toml),
                                    "--out", str(tmp_path / "out")])
    assert done.exit_code == 2
    assert done.output == f"error: {toml}: feed: owner email is not an address: 'desk'\n"
