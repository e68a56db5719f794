"""Config: defaults with no file, reading audiopaper.toml, and one clear error per bad value."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.config import Config, load_config
from audiopaper.errors import InputError


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "audiopaper.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_work_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    c = load_config()
    assert c == Config()
    assert (c.bitrate, c.loudness_lufs, c.true_peak_dbtp, c.chime) == ("64k", -16.0, -1.0, "tone")


def test_reads_every_table_and_resolves_paths_beside_the_file(tmp_path):
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "ding.wav").write_bytes(b"RIFF")
    p = write(tmp_path, '''
paper = "鹤汀日报"
language = "zh"
base_url = "https://example.org/heting/"
timezone = "Asia/Shanghai"
engine = "edge"
bitrate = "96k"
chime = "ding.wav"
cover = "art/cover.png"
jobs = 2
[voices]
headline = "zh-CN-YunyangNeural"
body = "zh-CN-XiaoxiaoNeural"
[pauses]
after_headline_ms = 800
between_articles_ms = 2000
[loudness]
target_lufs = -18
true_peak_dbtp = -1.5
''')
    c = load_config(p)
    assert c.paper == "鹤汀日报" and c.engine == "edge" and c.bitrate == "96k"
    assert c.voices == {"headline": "zh-CN-YunyangNeural", "body": "zh-CN-XiaoxiaoNeural"}
    assert (c.pause_after_headline_ms, c.pause_between_articles_ms) == (800, 2000)
    assert (c.loudness_lufs, c.true_peak_dbtp, c.jobs) == (-18, -1.5, 2)
    assert Path(c.cover) == tmp_path / "art" / "cover.png"
    assert Path(c.chime) == tmp_path / "ding.wav"
    assert c.source == str(p)


def test_flags_override_the_file(tmp_path):
    c = load_config(write(tmp_path, 'bitrate = "48k"\n'))
    assert c.with_overrides(bitrate="128k", chime=None).bitrate == "128k"
    assert c.with_overrides(chime=None) is c


@pytest.mark.parametrize("text, words", [
    ('language = "fr"', "language"),
    ('bitrate = "64"', "bitrate"),
    ('bitrate = "999k"', "bitrate"),
    ('base_url = "example.org"', "base_url"),
    ('timezone = "Mars/Olympus"', "timezone"),
    ('engine = "say"', "engine"),
    ('chime = "no-such.wav"', "chime"),
    ('cover = "missing.png"', "cover"),
    ('jobs = 0', "jobs"),
    ('paper = ""', "paper"),
    ('[pauses]\nbetween_articles_ms = -5', "between_articles_ms"),
    ('[pauses]\nafter_headline_ms = 1.5', "after_headline_ms"),
    ('[loudness]\ntarget_lufs = 3', "target_lufs"),
    ('[loudness]\ntrue_peak_dbtp = "loud"', "true_peak_dbtp"),
    ('[voices]\nnarrator = "x"', "narrator"),
    ('bitrat = "64k"', "bitrat"),
    ('[pauses]\nbetween = 5', "pauses.between"),
    ('paper = "unterminated', "TOML"),
])
def test_bad_values_name_the_file_and_the_setting(tmp_path, text, words):
    p = write(tmp_path, text + "\n")
    with pytest.raises(InputError) as e:
        load_config(p)
    assert e.value.path == str(p)
    assert words in e.value.message
    assert "\n" not in str(e.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_config(tmp_path / "nope.toml")
