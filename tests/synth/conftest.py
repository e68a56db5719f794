"""Fixtures for the synth tests: a private chunk cache, a fast retry policy, the edge fake."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.engines.edge import VOICES_ENV, WSS_ENV, EdgeEngine
from audiopaper.synth.retry import RetryPolicy

from .edge_fake import FakeEdge


@pytest.fixture
def cache(tmp_path: Path) -> ChunkCache:
    return ChunkCache(tmp_path / "cache")


@pytest.fixture
def quick_retry() -> RetryPolicy:
    """Three tries with millisecond backoff, so fault tests do not sleep for seconds."""
    return RetryPolicy(attempts=3, base_s=0.01, cap_s=0.05)


@pytest.fixture(scope="session")
def warm_espeak() -> None:
    """The fake speaks with espeak-ng, whose first Mandarin sentence loads jieba's dictionary
    (seconds on a busy machine): done once here, so no request waits on it against the
    client's 1.5 s timeout."""
    from audiopaper.synth.engine import VoiceSpec
    from audiopaper.synth.engines.espeak import Prosody, _backend

    for voice, text in (("cmn", "今天上午。"), ("en-us", "Today.")):
        _backend().speak(text, voice, Prosody.of(VoiceSpec("espeak", voice)))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, warm_espeak: None) -> Iterator[FakeEdge]:
    """A local edge-tts service; the real client is pointed at it for this test only."""
    import edge_tts
    from edge_tts.drm import DRM

    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.delenv(WSS_ENV, raising=False)
    monkeypatch.delenv(VOICES_ENV, raising=False)
    with FakeEdge() as server:
        monkeypatch.setattr(edge_tts.communicate, "WSS_URL", server.wss_url)
        monkeypatch.setattr(edge_tts.voices, "VOICE_LIST", server.voices_url)
        monkeypatch.setattr(DRM, "clock_skew_seconds", 0.0)  # the client corrects it globally
        yield server


@pytest.fixture
def edge(fake: FakeEdge) -> EdgeEngine:
    """The edge engine with a short request timeout (the `slow` fault outlasts it)."""
    return EdgeEngine(request_timeout=1.5)
