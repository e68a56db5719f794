"""Builds of different dates into one `out/` at once (issue 12, "Concurrent builds"): real
`audiopaper build` processes with espeak, no mocks.  Every build exits 0 and every edition is
in the feed; publishers take turns on `out/.publish.lock`; temp files are swept only when the
process named in them is gone."""
from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import feedparser  # type: ignore[import-untyped]
import pytest

DATES = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"]
STORIES = ["市图书馆延长开放时间", "城东新建口袋公园", "公交三路调整线路",
           "社区食堂今起开门", "老街修缮完工"]
BASE = "https://paper.example.org/"


def audiopaper(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiopaper", *args], capture_output=True,
                          text=True, timeout=300, env=env, check=False)


def start(log: Path, *args: str) -> subprocess.Popen[bytes]:
    """Start `audiopaper ARGS`, its output going to `log` (pipes could fill up and stall it)."""
    with log.open("wb") as f:
        return subprocess.Popen([sys.executable, "-m", "audiopaper", *args], stdout=f,
                                stderr=subprocess.STDOUT)


def build_args(root: Path, date: str, story: str) -> list[str]:
    page = root / f"page-{date}.txt"
    page.write_text(f"{story}\n本报讯 {story}，{date[-2:]}日起对市民开放。\n", encoding="utf-8")
    return ["build", str(page), "--engine", "espeak", "--paper", "青溪日报", "--base-url", BASE,
            "--date", date, "--out", str(root / "out"), "--cache-dir", str(root / "cache")]


def dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@dataclass
class Run:
    out: Path
    done: list[tuple[int, str]]  # exit code and output of each build
    stale: list[Path]
    live: list[Path]
    seconds: float


@pytest.fixture(scope="module")
def concurrent(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("concurrent")
    out = root / "out"
    # what killed builds left: a first build of a date that never got its manifest, and a
    # publish killed while replacing the feed; beside them, files of writers still running
    killed = out / "2026-03-01"
    killed.mkdir(parents=True)
    gone, alive = dead_pid(), os.getpid()
    stale = [killed / f".episode.pcm.{gone}.part", killed / "chapters" / f".c1.mp3.{gone}.part",
             out / f".feed.xml.k2x9q_1a.{gone}.tmp"]
    live = [killed / f".episode.pcm.{alive}.part", out / f".feed.xml.a8w1z0pd.{alive}.tmp"]
    for f in stale + live:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"\0" * 65536)

    started = time.monotonic()
    logs = [root / f"build-{d}.log" for d in DATES]
    procs = [start(log, *build_args(root, d, s)) for log, d, s in zip(logs, DATES, STORIES)]
    done = [(p.wait(timeout=300), log.read_text(encoding="utf-8", errors="replace"))
            for p, log in zip(procs, logs)]
    return Run(out, done, stale, live, time.monotonic() - started)


def test_concurrent_builds_all_succeed_and_all_editions_are_in_the_feed(concurrent: Run) -> None:
    out = concurrent.out
    for code, output in concurrent.done:
        assert code == 0, output
        assert "Traceback" not in output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    dated = sorted(e.enclosures[0].href.removeprefix(BASE)[:10] for e in feed.entries)
    assert dated == DATES
    articles = feedparser.parse((out / "articles.xml").read_bytes())
    assert not articles.bozo and len(articles.entries) == len(DATES)
    for date in DATES:
        assert (out / date / "manifest.json").is_file()
        assert (out / date / "index.html").is_file()
    # no build left a temp file of its own behind
    leftovers = sorted(p.name for p in out.rglob(".*") if p.name.endswith((".part", ".tmp")))
    mine = sorted(p.name for p in concurrent.live)
    assert leftovers == mine
    print(f"{len(DATES)} concurrent builds in {concurrent.seconds:.1f} s")


def test_only_temp_files_of_dead_writers_are_swept(concurrent: Run) -> None:
    for f in concurrent.stale:
        assert not f.exists(), f"{f.name}: its writer is gone, it should have been swept"
    for f in concurrent.live:
        assert f.exists() and f.stat().st_size == 65536, f"{f.name}: a live writer's file"


def hold_lock(out: Path) -> int:
    fd = os.open(out / ".publish.lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_a_publisher_waits_for_the_lock_then_publishes(concurrent: Run) -> None:
    out = concurrent.out
    fd = hold_lock(out)
    threading.Timer(2.0, os.close, (fd,)).start()  # released by the holder after 2 s
    started = time.monotonic()
    done = audiopaper("publish", str(out))
    waited = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert waited >= 1.9, f"published after {waited:.2f} s while the lock was held"
    assert f"{len(DATES)} editions published" in done.stdout


def test_a_publisher_that_cannot_get_the_lock_says_so_in_one_line(concurrent: Run) -> None:
    out = concurrent.out
    feed = (out / "feed.xml").read_bytes()
    fd = hold_lock(out)
    try:
        env = {**os.environ, "AUDIOPAPER_PUBLISH_WAIT": "1"}
        started = time.monotonic()
        done = audiopaper("publish", str(out), "--title", "Another title", env=env)
        waited = time.monotonic() - started
    finally:
        os.close(fd)
    assert done.returncode != 0
    message = done.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert str(out) in message and "gave up waiting" in message and "1 s" in message
    assert 1.0 <= waited < 30
    assert (out / "feed.xml").read_bytes() == feed
