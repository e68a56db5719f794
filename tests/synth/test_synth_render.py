"""render_scripts end to end on the offline engine: joined files, cues, cache, failures."""
from __future__ import annotations

import json
import wave
from pathlib import Path

import pytest

from audiopaper.errors import InputError, SynthError
from audiopaper.model import Failure, Rendering, Script, Segment
from audiopaper.synth import RenderSettings, render_scripts
from audiopaper.synth.cache import ChunkCache

ZH = Script("zh-1", "zh", "城市公园开放", (
    Segment("城市公园今天开放。", "headline", 700),
    Segment("今天上午，市政府宣布新的城市公园正式对外开放。公园占地三百亩，设有步道和湖泊！", "body", 300),
    Segment("“我每天都会来。”", "quote", 0),
))
EN = Script("en-1", "en", "Park opens", (
    Segment("Park opens downtown.", "headline", 500),
    Segment("The city opened a new park on Monday. It has trails and a lake!", "body", 0),
))


class Recorder:
    """A SynthProgress that remembers what it was told."""

    def __init__(self) -> None:
        self.planned: tuple[int, int] | None = None
        self.chunks: list[bool] = []
        self.articles: list[tuple[str, bool]] = []
        self.retries: list[str] = []

    def plan(self, articles: int, chunks: int) -> None:
        self.planned = (articles, chunks)

    def chunk_done(self, nbytes: int, cached: bool) -> None:
        assert nbytes > 0
        self.chunks.append(cached)

    def retried(self, message: str) -> None:
        self.retries.append(message)

    def article_done(self, article_id: str, ok: bool) -> None:
        self.articles.append((article_id, ok))


def wav_props(path: str) -> tuple[int, int, int]:
    with wave.open(path) as w:
        return w.getframerate(), w.getnchannels(), w.getnframes() * 1000 // w.getframerate()


def test_one_file_per_script_with_measured_duration_and_cues_on_its_timeline(
        cache: ChunkCache, tmp_path: Path) -> None:
    progress = Recorder()
    report = render_scripts([ZH, EN],
                            RenderSettings("espeak"),
                            cache=cache,
                            out_dir=tmp_path / "out",
                            progress=progress)
    assert report.failures == () and report.requests == 5 and report.cached_chunks == 0
    assert [r.article_id for r in report.renderings] == ["zh-1", "en-1"]
    for r in report.renderings:
        assert Path(r.audio_path).parent == tmp_path / "out"
        rate, channels, ms = wav_props(r.audio_path)
        assert (rate, channels) == (24000, 1) and ms == r.duration_ms
        starts = [c.start_ms for c in r.cues]
        assert starts == sorted(starts) and all(c.end_ms <= r.duration_ms for c in r.cues)
        assert r.engine == "espeak"
    zh = report.renderings[0]
    assert [c.text for c in zh.cues] == ["城市公园今天开放。", "今天上午，市政府宣布新的城市公园正式对外开放。",
                                        "公园占地三百亩，设有步道和湖泊！", "“我每天都会来。”"]
    # the headline's 700 ms pause sits between its cue and the body's first cue
    assert zh.cues[1].start_ms - zh.cues[0].end_ms >= 700
    assert zh.voice == "cmn, cmn+f3, cmn+m3"
    assert progress.planned == (2, 5) and progress.chunks == [False] * 5
    assert sorted(progress.articles) == [("en-1", True), ("zh-1", True)]
    assert Rendering.from_dict(json.loads(json.dumps(zh.to_dict()))) == zh


def test_rerun_makes_no_request_and_a_lost_chunk_is_the_only_one_redone(
        cache: ChunkCache) -> None:
    first = render_scripts([ZH, EN], RenderSettings("espeak"), cache=cache)
    again = render_scripts([ZH, EN], RenderSettings("espeak"), cache=cache)
    assert again.requests == 0 and again.cached_chunks == 5
    assert again.renderings == first.renderings
    victim = sorted((cache.root / "chunks").rglob("*.json"))[0]
    victim.unlink()
    third = render_scripts([ZH, EN], RenderSettings("espeak"), cache=cache)
    assert third.requests == 1 and third.cached_chunks == 4


def test_a_script_with_nothing_to_say_fails_alone(cache: ChunkCache) -> None:
    empty = Script("empty", "zh", "", (Segment("   ", "body", 0),))
    report = render_scripts([empty, EN], RenderSettings("espeak"), cache=cache)
    assert [r.article_id for r in report.renderings] == ["en-1"]
    assert report.failures == (Failure("empty", "synth", "the script has no text to speak"),)


def test_nothing_rendered_raises(cache: ChunkCache) -> None:
    empty = Script("empty", "zh", "", ())
    with pytest.raises(SynthError, match="no script could be rendered: empty"):
        render_scripts([empty], RenderSettings("espeak"), cache=cache)


def test_bad_voice_fails_before_any_request(cache: ChunkCache) -> None:
    with pytest.raises(InputError, match="nonexist"):
        render_scripts([ZH], RenderSettings("espeak", voice="nonexist"), cache=cache)
    assert not (cache.root / "chunks").exists()


def test_voice_override_per_role(cache: ChunkCache) -> None:
    report = render_scripts([EN], RenderSettings("espeak", voices={"headline": "en"}), cache=cache)
    assert report.renderings[0].voice == "en, en-us+f3"
