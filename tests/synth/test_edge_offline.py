"""`--engine edge` without a network: errors that waiting will not heal (no such host, a
refused connection) fail at once, with the flags that get the edition spoken anyway."""
from __future__ import annotations

import socket
import time

import pytest

from audiopaper.errors import SynthError
from audiopaper.model import Script, Segment
from audiopaper.synth import RenderSettings, render_scripts
from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.engines.edge import EdgeEngine
from audiopaper.synth.retry import RetryPolicy

SCRIPTS = [Script(f"a{i}", "zh", "标题", (Segment(f"第{i}篇报道的标题。", "headline", 600),
                                          Segment("今天上午，新的城市公园正式开放。", "body")))
           for i in range(1, 9)]


def _refused_url() -> str:
    with socket.socket() as s:   # a port nothing listens on: connections are refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"ws://127.0.0.1:{port}/edge/v1?x=1"


@pytest.mark.parametrize("url", [_refused_url(), "ws://no-such-host.invalid/edge/v1?x=1"])
def test_unreachable_service_fails_fast_with_a_hint(tmp_path, url):
    started = time.monotonic()
    with pytest.raises(SynthError) as e:
        render_scripts(SCRIPTS, RenderSettings(EdgeEngine(wss_url=url),
                                               retry=RetryPolicy(attempts=5, base_s=2.0)),
                       cache=ChunkCache(tmp_path / "c"), out_dir=tmp_path / "r")
    assert time.monotonic() - started < 5   # five tries with 2 s backoff would take > 30 s
    assert "cannot connect" in str(e.value)
    assert "--engine espeak" in str(e.value) and "--fallback espeak" in str(e.value)


def test_the_fallback_speaks_every_chunk_at_once(tmp_path):
    settings = RenderSettings(EdgeEngine(wss_url=_refused_url()), fallback="espeak",
                              retry=RetryPolicy(attempts=5, base_s=2.0))
    report = render_scripts(SCRIPTS[:2], settings, cache=ChunkCache(tmp_path / "c"),
                            out_dir=tmp_path / "r")
    assert report.failures == () and len(report.renderings) == 2
    assert report.fallbacks == 4 and report.retries == 0
