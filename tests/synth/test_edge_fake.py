"""The edge engine, with the real edge-tts client talking to a local fake of the service.

Every fault mode of the fake ends either in a retry that succeeds (the audio is then the
same as a clean run's) or in a clear per-article failure while the other articles render;
chunks already rendered stay in the cache.
"""
from __future__ import annotations

import asyncio
import json
import re
import socket
import wave

import pytest
from edge_tts.drm import DRM

from audiopaper.common.media import mp3_duration_ms
from audiopaper.errors import AudioTruncated, EngineUnavailable, InputError, SynthError
from audiopaper.model import Failure, Script, Segment
from audiopaper.synth import RenderSettings, render_scripts
from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.engine import VoiceSpec
from audiopaper.synth.engines.edge import WSS_ENV, EdgeEngine
from audiopaper.synth.retry import RetryPolicy

from .edge_fake import FakeEdge

XIAOXIAO = VoiceSpec("edge", "zh-CN-XiaoxiaoNeural")
TEXT = "今天上午，新的城市公园正式开放。公园里有步道和湖泊！市民们纷纷前来参观。"
A = Script("a", "zh", "公园开放", (Segment("城市公园开放。", "headline", 600), Segment(TEXT, "body")))
B = Script("b", "zh", "地铁延长", (Segment("地铁二号线延长。", "headline", 600),
                                   Segment("地铁二号线东延段今天通车。沿线新增四座车站。", "body")))


def speak(engine: EdgeEngine, text: str = TEXT) -> tuple[bytes, tuple]:
    speech = asyncio.run(engine.synthesize(text, XIAOXIAO))
    return speech.audio, speech.boundaries


def wav_ms(path: str) -> int:
    with wave.open(path) as w:
        return w.getnframes() * 1000 // w.getframerate()


def test_real_client_gets_mp3_and_sentence_boundaries(fake: FakeEdge, edge: EdgeEngine) -> None:
    audio, bounds = speak(edge)
    assert audio[:2] == b"\xff\xf3"  # MPEG-2 Layer III frames, as the service sends
    assert mp3_duration_ms(audio) > 4000
    assert [b.text for b in bounds] == ["今天上午，新的城市公园正式开放。", "公园里有步道和湖泊！",
                                        "市民们纷纷前来参观。"]
    assert [b.offset_ms for b in bounds] == sorted(b.offset_ms for b in bounds)
    assert fake.handshakes == 1 and fake.texts == [TEXT]


def test_render_edition_then_rerun_makes_no_request(fake: FakeEdge, edge: EdgeEngine,
                                                   cache: ChunkCache) -> None:
    first = render_scripts([A, B], RenderSettings(edge), cache=cache)
    assert first.failures == () and first.requests == 4 and fake.handshakes == 4
    for r in first.renderings:
        assert r.engine == "edge" and r.duration_ms == wav_ms(r.audio_path)
        assert r.cues[0].text.endswith("。") and r.cues[1].start_ms >= r.cues[0].end_ms + 600
    assert first.renderings[0].voice == "zh-CN-YunxiNeural, zh-CN-XiaoxiaoNeural"
    again = render_scripts([A, B], RenderSettings(edge), cache=cache)
    assert again.requests == 0 and fake.handshakes == 4
    assert again.renderings == first.renderings


# -- each fault once: a retry succeeds and the result equals a clean run's ------------------

@pytest.mark.parametrize("faults", [["drop"], ["no_audio"], ["403", "403"], ["503"], ["slow"],
                                    ["unknown_path"], ["bad_metadata"], ["short"], ["garbage"],
                                    ["stall"]])
def test_fault_then_retry_succeeds(fake: FakeEdge, edge: EdgeEngine, quick_retry: RetryPolicy,
                                   faults: list[str], tmp_path) -> None:
    clean = render_scripts([A],
                           RenderSettings(edge, retry=quick_retry),
                           cache=ChunkCache(tmp_path / "clean"))
    fake.handshakes = 0
    fake.faults.extend(faults)
    report = render_scripts([A],
                            RenderSettings(edge, retry=quick_retry, jobs=1),
                            cache=ChunkCache(tmp_path / "faulty"))
    assert report.failures == () and report.retries == 1
    assert fake.handshakes == 2 + len(faults)  # two chunks, plus the refused/failed tries
    assert report.renderings[0].duration_ms == clean.renderings[0].duration_ms
    assert report.renderings[0].cues == clean.renderings[0].cues


# -- what the engine itself reports, per fault -----------------------------------------------

@pytest.mark.parametrize("fault,error,message", [
    ("drop", AudioTruncated, "closed before turn.end"),
    ("no_audio", AudioTruncated, "ended the turn without audio"),
    ("503", SynthError, "HTTP 503"),
    ("slow", SynthError, "no answer within 1.5 s"),
    ("unknown_path", SynthError, "UnknownResponse"),
    ("bad_metadata", SynthError, "malformed metadata"),
])
def test_engine_turns_each_fault_into_a_clear_error(fake: FakeEdge, edge: EdgeEngine, fault: str,
                                                    error: type, message: str) -> None:
    fake.faults.append(fault)
    with pytest.raises(error, match=message):
        speak(edge)


def test_clock_skew_403_is_corrected_once_by_the_client(edge: EdgeEngine) -> None:
    with FakeEdge(clock_skew_s=3600) as skewed:
        EdgeEngine(wss_url=skewed.wss_url).version()  # constructing alone changes nothing
        assert skewed.handshakes == 0
        audio, _ = speak(EdgeEngine(wss_url=skewed.wss_url))
        assert audio and skewed.handshakes == 2  # refused once, then accepted
        assert DRM.clock_skew_seconds == pytest.approx(3600, abs=5)


def test_403_twice_fails_the_request(fake: FakeEdge, edge: EdgeEngine) -> None:
    fake.faults.extend(["403", "403"])
    with pytest.raises(SynthError, match="HTTP 403"):
        speak(edge)
    assert fake.handshakes == 2


# -- faults that persist: one article fails, the rest of the edition completes ----------------

@pytest.mark.parametrize("fault,message", [
    ("drop", "closed before turn.end"), ("no_audio", "without audio"),
    ("bad_metadata", "malformed metadata"), ("unknown_path", "Unknown path"),
    ("slow", "no answer within"),
])
def test_persistent_fault_fails_one_article_and_keeps_the_rest(
        fake: FakeEdge, edge: EdgeEngine, cache: ChunkCache, quick_retry: RetryPolicy,
        fault: str, message: str) -> None:
    fake.fail_texts["东延段"] = fault
    report = render_scripts([A, B], RenderSettings(edge, retry=quick_retry, jobs=4), cache=cache)
    assert [r.article_id for r in report.renderings] == ["a"]
    [failure] = report.failures
    assert (failure.article_id, failure.stage) == ("b", "synth")
    assert failure.reason.startswith("1 of 2 chunks failed") and message in failure.reason
    # B's headline rendered and stays cached: a rerun asks only for the failed chunk
    del fake.fail_texts["东延段"]
    before = fake.handshakes
    rerun = render_scripts([A, B], RenderSettings(edge, retry=quick_retry), cache=cache)
    assert rerun.failures == () and rerun.requests == 1 and fake.handshakes == before + 1


def test_403_for_good_fails_only_what_is_not_cached(fake: FakeEdge, edge: EdgeEngine,
                                                    cache: ChunkCache,
                                                    quick_retry: RetryPolicy) -> None:
    render_scripts([A], RenderSettings(edge), cache=cache)
    fake.faults.extend(["403"] * 12)  # 2 chunks x 3 tries x (a try + the client's correction)
    report = render_scripts([A, B], RenderSettings(edge, retry=quick_retry), cache=cache)
    assert [r.article_id for r in report.renderings] == ["a"]
    assert report.failures == (Failure(
        "b", "synth", "2 of 2 chunks failed; chunk 1: edge: HTTP 403 Invalid response status"),)


def test_nothing_renderable_raises_naming_the_first_failure(fake: FakeEdge, edge: EdgeEngine,
                                                            cache: ChunkCache,
                                                            quick_retry: RetryPolicy) -> None:
    fake.faults.extend(["503"] * 12)
    with pytest.raises(SynthError, match="no script could be rendered: a: .*HTTP 503"):
        render_scripts([A], RenderSettings(edge, retry=quick_retry), cache=cache)


def test_fallback_renders_failed_chunks_offline_and_says_so(fake: FakeEdge, edge: EdgeEngine,
                                                            cache: ChunkCache,
                                                            quick_retry: RetryPolicy) -> None:
    fake.fail_texts["东延段"] = "drop"
    report = render_scripts([A, B],
                            RenderSettings(edge, retry=quick_retry, fallback="espeak"),
                            cache=cache)
    assert report.failures == () and report.fallbacks == 1
    b = report.renderings[1]
    assert b.engine == "edge+espeak" and b.voice == "zh-CN-YunxiNeural, cmn+f3"
    assert len(b.notes) == 1 and b.notes[0].startswith(
        "b: chunk 2 rendered by espeak after edge failed: edge: the stream closed before turn.end")
    assert [c.text for c in b.cues][1:] == ["地铁二号线东延段今天通车。", "沿线新增四座车站。"]
    assert report.renderings[0].notes == ()


def test_endpoint_from_environment(fake: FakeEdge, monkeypatch: pytest.MonkeyPatch) -> None:
    import edge_tts

    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", "wss://unused.invalid/x?y=1")
    monkeypatch.setenv(WSS_ENV, fake.wss_url)
    audio, _ = speak(EdgeEngine())
    assert audio and fake.handshakes == 1


def test_endpoint_without_question_mark_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WSS_ENV, "ws://127.0.0.1:9/edge/v1")
    with pytest.raises(InputError, match="must already contain '\\?'"):
        EdgeEngine()


def test_bad_voice_fails_before_any_request(fake: FakeEdge, edge: EdgeEngine,
                                            cache: ChunkCache) -> None:
    with pytest.raises(InputError, match="edge voice 'Xiaoxiao'"):
        render_scripts([A], RenderSettings(edge, voice="Xiaoxiao"), cache=cache)
    assert fake.handshakes == 0


def test_unreachable_service_is_engine_unavailable(quick_retry: RetryPolicy, cache: ChunkCache,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: connections are refused
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        engine = EdgeEngine(wss_url=f"ws://127.0.0.1:{port}/edge/v1?x=1")
        with pytest.raises(EngineUnavailable, match="cannot connect"):
            speak(engine)


def test_a_short_chunk_is_never_cached_and_an_old_one_is_asked_again(
        fake: FakeEdge, edge: EdgeEngine, cache: ChunkCache, quick_retry: RetryPolicy) -> None:
    from audiopaper.synth.cache import chunk_key

    body = B.segments[1].text
    fake.fail_texts["东延段"] = "short"  # boundaries to the end, a third of the audio, turn.end
    report = render_scripts([A, B], RenderSettings(edge, retry=quick_retry), cache=cache)
    assert [r.article_id for r in report.renderings] == ["a"]
    assert re.search(r"audio is \d+ ms but its sentence boundaries end at \d+ ms",
                     report.failures[0].reason)
    cached = [json.loads(p.read_text(encoding="utf-8"))["text"]
              for p in (cache.root / "chunks").rglob("*.json")]
    assert body not in cached and len(cached) == 3
    # a cache written before the check existed: the short chunk stored as if it were good
    del fake.fail_texts["东延段"]
    fake.faults.append("short")
    spec = VoiceSpec("edge", "zh-CN-XiaoxiaoNeural")
    speech = asyncio.run(edge.synthesize(body, spec))
    cache.put(chunk_key("edge", edge.version(), spec, body), speech,
              mp3_duration_ms(speech.audio), "edge", spec.voice, body)
    before = fake.handshakes
    again = render_scripts([A, B], RenderSettings(edge, retry=quick_retry), cache=cache)
    assert again.failures == () and again.requests == 1 and fake.handshakes == before + 1
    clean = render_scripts([B], RenderSettings(edge), cache=ChunkCache(cache.root / "clean"))
    assert again.renderings[1].duration_ms == clean.renderings[0].duration_ms
