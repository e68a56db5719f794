"""`audiopaper synth` and `audiopaper voices` through the CLI, offline and against the fake."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.common.media import decode_many, pcm_ms
from audiopaper.errors import SynthError
from audiopaper.synth.engines.edge import VOICES_ENV, WSS_ENV

from .edge_fake import FakeEdge

runner = CliRunner()


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AUDIOPAPER_CACHE", str(tmp_path / "env-cache"))
    return tmp_path / "env-cache"


def test_espeak_text_to_mp3(tmp_path: Path, private_cache: Path) -> None:
    out = tmp_path / "out.mp3"
    result = runner.invoke(app, ["synth", "今天上午，新的城市公园正式开放。公园里有步道和湖泊！",
                                 "--engine", "espeak", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{out}: " in result.stdout and "2 sentences, espeak (cmn+f3)" in result.stdout
    data = out.read_bytes()   # an MPEG audio frame sync, no tag in front of it
    assert data[0] == 0xFF and data[1] & 0xE0 == 0xE0
    assert 3000 < pcm_ms(decode_many([out], SynthError)[0]) < 15000
    assert list((private_cache / "chunks").rglob("*.wav"))  # $AUDIOPAPER_CACHE was used


def test_file_language_detected_and_cache_dir_option(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("The park opened on Monday.\n\nResidents came to visit.\n", encoding="utf-8")
    out = tmp_path / "story.wav"
    result = runner.invoke(app, ["synth", "--file", str(text), "--engine", "espeak", "-o", str(out),
                                 "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert "2 sentences, espeak (en-us+f3)" in result.stdout
    assert list((tmp_path / "c" / "chunks").rglob("*.json"))


@pytest.mark.parametrize("args,message", [
    (["synth", "--engine", "espeak"], "give the text to speak or --file"),
    (["synth", "x", "--file", "y.txt", "--engine", "espeak"], "not both or neither"),
    (["synth", "--file", "missing.txt", "--engine", "espeak"], "missing.txt: no such file"),
    (["synth", "你好。", "--engine", "espeak", "--voice", "nonexist"], "no voice 'nonexist'"),
    (["synth", "你好。", "--engine", "edge", "--voice", "Xiaoxiao"], "edge voice 'Xiaoxiao'"),
    (["synth", "你好。", "--engine", "polly"], "unknown engine 'polly'"),
    (["synth", "bonjour.", "--engine", "espeak", "--lang", "fr"], "no voice profile for language 'fr'"),
    (["synth", "你好。", "--engine", "espeak", "--tries", "0"], "tries must be a whole number"),
    (["synth", "你好。", "--engine", "espeak", "--jobs", "0"], "--jobs must be at least 1"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, args + ["-o", str(tmp_path / "x.mp3")])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_edge_via_environment_endpoint(fake: FakeEdge, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WSS_ENV, fake.wss_url)
    out = tmp_path / "edge.mp3"
    result = runner.invoke(app, ["synth", "城市公园今天开放。市民纷纷前来。", "--engine", "edge",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 sentences, edge (zh-CN-XiaoxiaoNeural)" in result.stdout and fake.handshakes == 1


def test_edge_failure_names_what_failed_and_fallback_rescues_it(fake: FakeEdge, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WSS_ENV, fake.wss_url)
    fake.fail_texts["城市"] = "no_audio"
    args = ["synth", "城市公园今天开放。", "--engine", "edge", "-o", str(tmp_path / "e.mp3"),
            "--cache-dir", str(tmp_path / "c"), "--tries", "2"]
    failed = runner.invoke(app, args)
    assert failed.exit_code == 2
    assert "error: no script could be rendered: text: 1 of 1 chunks failed; chunk 1: edge: " \
           "the service ended the turn without audio" in failed.stderr
    rescued = runner.invoke(app, args + ["--fallback", "espeak"])
    assert rescued.exit_code == 0, rescued.output
    assert "edge+espeak" not in rescued.stdout and "espeak (cmn+f3)" in rescued.stdout
    assert "note: text: chunk 1 rendered by espeak after edge failed" in rescued.stderr


def test_synth_defaults_to_the_offline_engine_as_build_does(fake: FakeEdge, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """No --engine: the same default as build (offline), so nothing goes to the network."""
    from audiopaper.config import DEFAULT_ENGINE, Config
    from audiopaper.synth.engines import get_engine

    assert DEFAULT_ENGINE == Config().engine == "offline"
    monkeypatch.setenv(WSS_ENV, fake.wss_url)
    out = tmp_path / "default.wav"
    result = runner.invoke(app, ["synth", "The park opened on Monday.", "-o", str(out)])
    assert result.exit_code == 0, result.output
    engine = get_engine(DEFAULT_ENGINE, "en").name
    assert engine != "edge" and f"1 sentences, {engine} (" in result.stdout
    assert fake.handshakes == 0 and out.stat().st_size > 1000


def test_voices_lists_profiles_and_the_edge_catalogue(fake: FakeEdge,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VOICES_ENV, fake.voices_url)
    result = runner.invoke(app, ["voices", "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert "zh-CN-YunxiNeural" in result.stdout and "cmn+f3" in result.stdout
    assert "edge voices (3)" in result.stdout and "en-US-AriaNeural" not in result.stdout


def test_voices_offline_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        monkeypatch.setenv(VOICES_ENV, f"http://127.0.0.1:{s.getsockname()[1]}/voices/list?x=1")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        import edge_tts

        monkeypatch.setattr(edge_tts.voices, "VOICE_LIST", edge_tts.voices.VOICE_LIST)
        result = runner.invoke(app, ["voices"])
    assert result.exit_code == 0, result.output
    offline = [line for line in result.stdout.splitlines() if "offline" in line]
    assert len(offline) == 1 and offline[0].startswith("edge voice catalogue: offline")
    assert "en-us+f3" in result.stdout and "cmn+f3" in result.stdout
