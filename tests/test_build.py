"""`audiopaper build` end to end on the bundled example, offline: real espeak speech, real
ffmpeg, the real feed read back by feedparser, and the archive across days and kills."""
from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "heting-20261125"
PAGES = sorted(str(p) for p in EXAMPLE.glob("*/page.txt"))


def build(out: Path, cache: Path, date: str, *extra: str, wait: bool = True):
    cmd = [sys.executable, "-m", "audiopaper", "build", *PAGES, "--config",
           str(EXAMPLE / "audiopaper.toml"), "--date", date, "--out", str(out),
           "--cache-dir", str(cache), *extra]
    if not wait:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def day_one(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    root = tmp_path_factory.mktemp("build")
    out, cache = root / "out", root / "cache"
    done = build(out, cache, "2026-11-25")
    return out, cache, done


def test_build_makes_a_published_edition(day_one) -> None:
    out, _, done = day_one
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "2026-11-25" / "manifest.json").read_text(encoding="utf-8"))
    titles = [c["title"] for c in manifest["chapters"]]
    assert len(titles) == 8 and titles[1].startswith("抢抓冬春施工黄金期")
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 1
    enc = feed.entries[0].enclosures[0]
    assert int(enc.length) == (out / "2026-11-25" / manifest["audio_path"]).stat().st_size
    lint = subprocess.run([sys.executable, "-m", "audiopaper", "lint", str(out)],
                          capture_output=True, text=True, timeout=300)
    # the example is served from this machine for preview: fit to hear, not to upload
    assert lint.returncode == 1
    assert all("is this machine" in line for line in lint.stdout.splitlines()), lint.stdout


def test_the_library_build_takes_its_options_as_one_value(day_one, tmp_path: Path) -> None:
    """`build_edition(paths, config, out, BuildOptions(...))`: the page numbers, the date, the
    cache and publish_site=False reach the build."""
    from audiopaper.config import load_config
    from audiopaper.errors import InputError
    from audiopaper.pipeline import BuildOptions, build_edition

    out, cache, _ = day_one
    config = load_config(EXAMPLE / "audiopaper.toml")
    with pytest.raises(InputError, match="2 page numbers given for 1 files"):
        build_edition(PAGES[1:], config, tmp_path, BuildOptions(pages=(1, 2)))
    options = BuildOptions(date="2026-11-25", pages=(2,), cache_dir=cache, publish_site=False)
    result = build_edition(PAGES[1:], config, tmp_path, options)
    assert result.published is None and not (tmp_path / "feed.xml").exists()
    assert result.episode.date == "2026-11-25"
    whole = json.loads((out / "2026-11-25" / "manifest.json").read_text(encoding="utf-8"))
    heard = [a.headline for a in result.episode.articles]   # page 2's alone: not page 1's lead
    assert 0 < len(heard) < len(whole["articles"])
    assert not any(h.startswith("抢抓冬春施工黄金期") for h in heard)
    assert result.cached > 0   # the articles' chunks, spoken by day_one into the same cache


def test_rerun_takes_every_chunk_from_the_cache(day_one) -> None:
    out, cache, _ = day_one
    again = build(out, cache, "2026-11-25")
    assert again.returncode == 0, again.stderr
    assert " 0 requests" in again.stdout


def test_second_day_adds_an_item_and_a_killed_build_loses_nothing(day_one, tmp_path: Path) -> None:
    out, cache, _ = day_one
    two = build(out, cache, "2026-11-26")
    assert two.returncode == 0, two.stderr
    feed_before = (out / "feed.xml").read_bytes()
    assert len(feedparser.parse(feed_before).entries) == 2

    # a third day with a cold cache, killed while it is still synthesising
    proc = build(out, tmp_path / "cold-cache", "2026-11-27", wait=False)
    time.sleep(3)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert (out / "feed.xml").read_bytes() == feed_before
    assert not (out / "2026-11-27" / "manifest.json").exists()
    assert len(feedparser.parse((out / "feed.xml").read_bytes()).entries) == 2


def test_bad_page_is_one_line_and_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "audiopaper", "build", str(empty), "--out",
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "empty.txt" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out" / "feed.xml").exists()


def test_seed_page_alone_says_where_the_jumped_story_continues(tmp_path: Path) -> None:
    """Page 1 built without page 2: the lead story jumps there, so its audio (transcript) and
    its page end with where it continues instead of stopping mid-sentence."""
    cmd = [sys.executable, "-m", "audiopaper", "build", PAGES[0], "--config",
           str(EXAMPLE / "audiopaper.toml"), "--date", "2026-11-25", "--out",
           str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "out" / "2026-11-25"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    lead = manifest["articles"][0]
    assert lead["paragraphs"][-1] == "本文下转第二版。"
    vtt = (folder / lead["vtt_path"]).read_text(encoding="utf-8")
    assert "本文下转第二版" in vtt.replace("\n", "")
    assert "本文下转第二版" in (folder / manifest["vtt_path"]).read_text(encoding="utf-8")
    assert "本文下转第二版。" in (folder / "index.html").read_text(encoding="utf-8")


def test_a_build_without_a_paper_name_says_so(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("市图书馆延长开放时间\n本报讯 市图书馆从下周起每晚开放到九点。\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "audiopaper", "build", str(page), "--engine", "espeak",
           "--date", "2026-11-25", "--out", str(tmp_path / "out"), "--cache-dir",
           str(tmp_path / "cache")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "warning: no paper name" in done.stderr and "--paper" in done.stderr
    named = subprocess.run(cmd + ["--paper", "青溪日报"], capture_output=True, text=True,
                           timeout=600, cwd=tmp_path)
    assert named.returncode == 0 and "no paper name" not in named.stderr


def test_lang_not_given_is_the_config_files_language_else_the_pages(tmp_path: Path) -> None:
    from audiopaper.config import load_config
    from audiopaper.pipeline import read_edition

    page = tmp_path / "page.txt"
    page.write_text("Library opens late\nBy Ann Lee, Staff Writer\nThe city library will stay "
                    "open until nine every evening from next week, the library board said on "
                    "Monday.\nReaders asked for longer hours in a survey last spring, and the "
                    "board agreed to fund two more staff.\n", encoding="utf-8")
    no_lang = tmp_path / "a.toml"
    no_lang.write_text('paper = "The Courier"\n', encoding="utf-8")
    zh = tmp_path / "b.toml"
    zh.write_text('paper = "The Courier"\nlanguage = "zh"\n', encoding="utf-8")
    assert read_edition([page], load_config(no_lang)).lang == "en"   # was zh: the default
    assert read_edition([page], load_config(zh)).lang == "zh"
    assert read_edition([page], load_config(zh), lang="auto").lang == "en"


def _on_a_terminal(cmd: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run `cmd` with stderr on a pseudo-terminal (as in a shell): exit code, stdout, what the
    terminal showed."""
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm", COLUMNS="120")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave, cwd=cwd, env=env)
    os.close(slave)
    shown = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        shown.append(data)
    out = proc.stdout.read() if proc.stdout else b""
    proc.wait(timeout=600)
    os.close(master)
    return proc.returncode, out.decode(), b"".join(shown).decode("utf-8", "replace")


def test_assembly_and_publish_steps_show_on_a_terminal_and_counts_match_the_bar(
        tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("市图书馆延长开放时间\n本报讯 市图书馆从下周起每晚开放到九点。\n",
                    encoding="utf-8")
    cmd = [sys.executable, "-m", "audiopaper", "build", str(page), "--engine", "espeak",
           "--paper", "青溪日报", "--date", "2026-11-25", "--out", str(tmp_path / "out"),
           "--cache-dir", str(tmp_path / "cache")]
    code, out, shown = _on_a_terminal(cmd, tmp_path)
    assert code == 0, shown
    for step in ("speak the opening and closing", "join 3 parts", "measure loudness",
                 "encode the episode and 1 article MP3s", "episode tags, chapters and transcripts",
                 "article files", "publish: catalog", "publish: pages and feeds"):
        assert step in shown, step
    chunks = re.search(r"speech: (\d+) chunks \((\d+) for the articles, (\d+) for the opening "
                       r"and closing\): (\d+) spoken, 0 from the cache; (\d+) requests", out)
    assert chunks, out
    total, articles, frame, spoken, requests = map(int, chunks.groups())
    assert total == articles + frame == spoken == requests and f"{total}/{total}" in shown

    # not a terminal (a log, cron): the bars' final state, no steps; the same count of chunks
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path,
                           check=False)
    assert again.returncode == 0, again.stderr
    assert "publish:" not in again.stderr and "encode the episode" not in again.stderr
    bar = re.search(r"chunks\s.*?(\d+)/(\d+)", again.stderr)
    assert bar and bar.groups() == (str(total), str(total)), again.stderr
    assert (f"speech: {total} chunks ({articles} for the articles, {frame} for the opening and "
            f"closing): 0 spoken, {total} from the cache; 0 requests") in again.stdout
