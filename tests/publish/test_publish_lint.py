"""`audiopaper lint`: a clean folder passes; each class of problem, made on purpose, is caught."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.publish import publish
from audiopaper.publish.lint import lint

BASE = "https://example.org/qingxi/"


@pytest.fixture
def site(tmp_path: Path, make_edition) -> Path:
    make_edition(tmp_path, "2024-05-01")
    make_edition(tmp_path, "2024-05-02")
    publish(tmp_path, base_url=BASE, owner_email="desk@example.org")
    return tmp_path


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _sub(path: Path, pattern: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed, n = re.subn(pattern, new, text, count=1)
    assert n == 1, pattern
    path.write_text(changed, encoding="utf-8")


@pytest.mark.parametrize("decode", [False, True])
def test_clean_folder_has_no_problem_and_cli_exits_0(site, decode):
    assert lint(site, decode=decode) == []
    result = CliRunner().invoke(app, ["lint", str(site)] + ["--decode"] * decode)
    assert result.exit_code == 0, result.output


def _breakers():
    """(name, how to break a published folder, text the problem line must contain)."""
    return [
        ("required tag", lambda s: _sub(s / "feed.xml", r"<itunes:author>.*?</itunes:author>", ""),
         "feed.xml: channel has no itunes:author"),
        ("owner email", lambda s: _sub(s / "feed.xml", r"<itunes:email>.*?</itunes:email>", ""),
         "no itunes:owner email"),
        ("explicit value", lambda s: _edit(s / "feed.xml", "<itunes:explicit>false", "<itunes:explicit>no"),
         "itunes:explicit must be true or false"),
        ("podcast guid", lambda s: _sub(s / "feed.xml", r"<podcast:guid>[^<]*", "<podcast:guid>0000"),
         "podcast:guid 0000 is not a UUID"),
        ("localhost base", lambda s: _edit(s / "feed.xml", BASE, "http://localhost:8000/", -1),
         "feed.xml: base URL http://localhost:8000/ is this machine"),
        ("small artwork", lambda s: Image.new("RGB", (600, 600)).save(s / "cover.png"),
         "artwork is 600x600 px, must be 1400-3000 px"),
        ("non-square artwork", lambda s: Image.new("RGB", (1400, 1500)).save(s / "cover.png"),
         "artwork is 1400x1500, must be square"),
        ("artwork format", lambda s: Image.new("RGB", (1400, 1400)).save(s / "cover.png", "GIF"),
         "artwork is GIF, must be PNG or JPEG"),
        ("artwork mode", lambda s: Image.new("RGBA", (1400, 1400)).save(s / "cover.png"),
         "artwork colour mode is RGBA, must be RGB"),
        ("enclosure length", lambda s: (s / "2024-05-02" / "episode.mp3").open("ab").write(b"\0" * 10),
         "but the file has"),
        ("missing enclosure", lambda s: (s / "2024-05-01" / "articles" / "a2.mp3").unlink(),
         "names a file that does not exist (2024-05-01/articles/a2.mp3)"),
        ("undecodable audio", lambda s: (s / "2024-05-01" / "articles" / "a3.mp3").write_bytes(b"x" * 5),
         "not a readable audio file"),
        ("duplicate guid", lambda s: _edit(s / "feed.xml", "/2024-05-01</guid>", "/2024-05-02</guid>"),
         "repeats item 1"),
        ("duplicate enclosure", lambda s: _edit(s / "articles.xml", "2024-05-01/articles/a1.mp3\"",
                                                "2024-05-02/articles/a1.mp3\""),
         "enclosure URL https://example.org/qingxi/2024-05-02/articles/a1.mp3 repeats item 1"),
        ("duration", lambda s: _sub(s / "feed.xml", r"<itunes:duration>\d+<", "<itunes:duration>60<"),
         "itunes:duration 60s but the audio lasts 6.0"),
        ("pubDate", lambda s: _sub(s / "feed.xml", r"<pubDate>[^<]*<", "<pubDate>yesterday<"),
         "is not an RFC 2822 date"),
        ("missing transcript", lambda s: (s / "2024-05-02" / "episode.vtt").unlink(),
         "names a file that does not exist (2024-05-02/episode.vtt)"),
        ("bad vtt", lambda s: (s / "2024-05-02" / "episode.vtt").write_text("hello\n", encoding="utf-8"),
         "transcript episode.vtt: does not start with WEBVTT"),
        ("bad srt", lambda s: (s / "2024-05-02" / "episode.srt").write_text(
            "1\n00:00:01.000 --> 00:00:02.000\nx\n", encoding="utf-8"),
         "malformed SRT cue timing"),
        ("bad chapters json", lambda s: (s / "2024-05-02" / "chapters.json").write_text("{", encoding="utf-8"),
         "chapters chapters.json: not valid JSON"),
        ("chapter past the end", lambda s: _edit(s / "2024-05-02" / "chapters.json", '"startTime": 4.0',
                                                 '"startTime": 40.0'),
         "chapter 3 starts at 40s, after the audio ends"),
        ("url outside base", lambda s: _edit(s / "feed.xml", "https://example.org/qingxi/2024-05-02/episode.mp3",
                                             "https://cdn.example.net/episode.mp3"),
         "is not under the feed's base URL"),
        ("traversal url", lambda s: _edit(s / "feed.xml", "qingxi/2024-05-02/episode.mp3",
                                          "qingxi/2024-05-02/../../secret.mp3"),
         "points outside the published folder"),
        ("missing page", lambda s: (s / "2024-05-01" / "index.html").unlink(),
         "names a file that does not exist (2024-05-01/index.html)"),
        ("missing anchor", lambda s: _edit(s / "2024-05-02" / "index.html", 'id="a3"', 'id="zz"'),
         "the page has no element with id 'a3'"),
        ("broken xml", lambda s: _edit(s / "articles.xml", "</channel>", ""),
         "articles.xml: not well-formed XML"),
        ("unpublished edition", lambda s: __import__("shutil").copytree(s / "2024-05-02", s / "2024-05-03"),
         "2024-05-03/: edition is not in feed.xml"),
    ]


@pytest.mark.parametrize("name, breaker, expected", _breakers(), ids=[b[0] for b in _breakers()])
def test_each_problem_class_is_reported_on_one_line_and_cli_exits_1(site, name, breaker, expected):
    breaker(site)
    lines = [str(p) for p in lint(site)]
    assert any(expected in line for line in lines), lines
    assert all("\n" not in line for line in lines)
    result = CliRunner().invoke(app, ["lint", str(site)])
    assert result.exit_code == 1
    assert expected in result.stdout


def test_lint_before_publish_says_what_is_missing(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    assert [str(p) for p in lint(tmp_path)] == [
        "feed.xml: missing (run `audiopaper publish` first)",
        "articles.xml: missing (run `audiopaper publish` first)"]


def test_lint_of_a_missing_folder_is_exit_2_with_one_line(tmp_path):
    result = CliRunner().invoke(app, ["lint", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nope'}: not a folder"


@pytest.mark.parametrize("damage, expected", [
    (lambda s: (s / "2024-05-01" / "articles" / "a3.mp3").write_bytes(b"x" * 5),
     "ffmpeg cannot decode the audio"),
    (lambda s: _sub(s / "feed.xml", r"<itunes:duration>\d+<", "<itunes:duration>60<"),
     "itunes:duration 60s but the audio lasts 6.0"),
])
def test_decode_mode_measures_by_decoding(site, damage, expected):
    damage(site)
    lines = [str(p) for p in lint(site, decode=True)]
    assert any(expected in line for line in lines), lines
