"""The edge fault matrix through `audiopaper build`: the real CLI, the real edge-tts client,
the local fake of the service.

For every fault the fake can play, a build either completes with full-length audio (the same
length as a clean build's) or names the failed article and exits 1; a rerun never asks again
for a chunk that was already good, and never serves a bad chunk from the cache.

"Full length" allows one MP3 frame or so of difference (espeak-ng, behind the fake, does not
always give the same text exactly the same length); every fault cuts far more than that.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.synth.engines.edge import TIMEOUT_ENV, WSS_ENV

from .edge_fake import FakeEdge

runner = CliRunner()
DATE = "2026-01-05"
PAGE = """城市公园正式开放

本报讯 今天上午，新的城市公园正式开放。公园里有步道和湖泊。市民们纷纷前来参观。

地铁二号线东延段通车

本报讯 地铁二号线东延段今天通车。沿线新增四座车站。
"""
CONFIG = 'paper = "测试日报"\nlanguage = "zh"\nengine = "edge"\nchime = "none"\n'
SECOND_BODY = "东延段今天通车"  # a marker in the second article's body only
SAME_MS = 100


def _files(root: Path) -> tuple[Path, Path]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "page.txt").write_text(PAGE, encoding="utf-8")
    (root / "audiopaper.toml").write_text(CONFIG, encoding="utf-8")
    return root / "page.txt", root / "audiopaper.toml"


def build(root: Path, *extra: str) -> tuple[int, str, str, int | None]:
    """Run `audiopaper build` in `root`: exit code, stdout, stderr, episode duration (ms)."""
    page, config = _files(root)
    done = runner.invoke(app, ["build", str(page), "--config", str(config), "--date", DATE,
                               "--out", str(root / "out"), "--cache-dir", str(root / "cache"),
                               "--tries", "3", *extra])
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        raise done.exception
    manifest = root / "out" / DATE / "manifest.json"
    ms = json.loads(manifest.read_text(encoding="utf-8"))["duration_ms"] if manifest.is_file() \
        else None
    return done.exit_code, done.stdout, done.stderr, ms


@pytest.fixture(scope="module")
def clean_ms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """The episode length of a build with no fault at all."""
    import edge_tts

    with pytest.MonkeyPatch.context() as mp, FakeEdge() as server:
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        mp.setenv(WSS_ENV, server.wss_url)
        mp.setattr(edge_tts.communicate, "WSS_URL", edge_tts.communicate.WSS_URL)
        code, out, err, ms = build(tmp_path_factory.mktemp("clean"))
        assert code == 0 and ms, out + err
        yield ms


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch, fake: FakeEdge) -> FakeEdge:
    """A request may take 2 s in all, so a stalled answer is given up quickly."""
    monkeypatch.setenv(TIMEOUT_ENV, "2")
    fake.slow_s = 4
    return fake


def _inject_once(fake: FakeEdge, fault: str) -> None:
    if fault == "403_skew":
        fake.clock_skew_s = 3600  # every handshake is refused until the client corrects its clock
    else:
        fake.faults.append(fault)  # the first connection of the build gets it


@pytest.mark.parametrize("fault", ["drop", "short", "no_audio", "403_skew", "503", "stall",
                                   "garbage"])
def test_a_fault_once_is_retried_and_the_episode_is_full_length(
        short_timeout: FakeEdge, tmp_path: Path, clean_ms: int, fault: str) -> None:
    fake = short_timeout
    _inject_once(fake, fault)
    code, out, err, ms = build(tmp_path)
    assert code == 0, out + err
    assert abs(ms - clean_ms) <= SAME_MS
    asked = fake.handshakes
    code, out, err, ms = build(tmp_path)
    assert code == 0 and " 0 requests" in out, out + err
    assert fake.handshakes == asked and ms is not None and abs(ms - clean_ms) <= SAME_MS


@pytest.mark.parametrize("fault", ["drop", "short", "garbage"])
def test_a_text_that_always_fails_names_its_article_and_exits_1(
        short_timeout: FakeEdge, tmp_path: Path, clean_ms: int, fault: str) -> None:
    fake = short_timeout
    fake.fail_texts[SECOND_BODY] = fault
    code, out, err, ms = build(tmp_path)
    assert code == 1, out + err
    failed = [line for line in err.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and failed[0].startswith("failed: a2: 1 of 2 chunks failed"), err
    assert ms is not None and ms < clean_ms - 5000  # the edition shipped without the failed article
    good = set(fake.answered)
    assert not any(SECOND_BODY in text for text in good)

    # the service recovers: the rerun asks only for what was not already good
    del fake.fail_texts[SECOND_BODY]
    fake.texts.clear()
    code, out, err, ms = build(tmp_path)
    assert code == 0, out + err
    assert abs(ms - clean_ms) <= SAME_MS
    assert fake.texts and not good & set(fake.texts), fake.texts


def test_the_summary_says_how_many_chunks_the_fallback_spoke(fake: FakeEdge,
                                                             tmp_path: Path) -> None:
    """One chunk edge never speaks, rescued by --fallback espeak: the summary counts it, and
    its chunk total is the bar's."""
    fake.fail_texts[SECOND_BODY] = "no_audio"
    code, out, err, ms = build(tmp_path, "--fallback", "espeak", "--tries", "1")
    assert code == 0 and ms, out + err
    said = re.search(r"speech: (\d+) chunks .*: (\d+) spoken, 0 from the cache; (\d+) requests"
                     r".*; 1 chunk spoken by the fallback engine espeak$", out, re.MULTILINE)
    assert said, out
    bar = re.search(r"chunks\s.*?(\d+)/(\d+)", err)
    assert bar and bar.group(1) == bar.group(2) == said.group(1) == said.group(2), err
    # the failed try and the fallback's request, on top of one per chunk
    assert int(said.group(3)) == int(said.group(1)) + 1
    again = build(tmp_path, "--fallback", "espeak", "--tries", "1")
    assert again[0] == 0 and "1 chunk spoken by the fallback engine espeak" in again[1]
