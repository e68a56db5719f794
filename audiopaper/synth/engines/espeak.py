"""The offline engine: espeak-ng through ctypes, from the espeakng-loader wheel.

The wheel ships libespeak-ng and its data, so `pip install` alone gives a working voice with
no network and no apt.  espeak-ng keeps global state (voice, parameters, callback) and is not
thread-safe, so every call into the library holds one process-wide lock; the async engine
runs those calls in worker threads.  Only when the wheel cannot be loaded do we look for a
system `espeak-ng` binary, which gives audio but no sentence events.
"""
from __future__ import annotations

import asyncio
import ctypes
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from audiopaper.common.media import pcm_to_wav
from audiopaper.errors import EngineUnavailable, InputError, SynthError
from audiopaper.synth.engine import Boundary, Speech, VoiceSpec
from audiopaper.synth.engines.espeak_zh import espeak_text, original_position

# espeak_lib.h constants
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_SENTENCE = 2
_PARAM_RATE, _PARAM_VOLUME, _PARAM_PITCH = 1, 2, 3
_DEFAULT_WPM = 175
_OPENERS = "“‘\"'「『（(《【 \t\n"


class _Event(ctypes.Structure):
    """espeak_EVENT; text_position is 1-based, in characters; audio_position in ms."""

    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint),
                ("text_position", ctypes.c_int), ("length", ctypes.c_int),
                ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_char * 8)]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.POINTER(_Event))


@dataclass(frozen=True)
class Prosody:
    """espeak-ng's own units, mapped from a VoiceSpec's SSML-style ones."""

    wpm: int
    pitch: int  # 0..100, 50 is the voice's normal
    volume: int  # 0..200, 100 is normal

    @classmethod
    def of(cls, spec: VoiceSpec) -> Prosody:
        """Map edge-style prosody onto espeak's scales (pitch: about 2 Hz per espeak step).

        >>> Prosody.of(VoiceSpec("espeak", "cmn", rate="+20%", pitch="-10Hz", volume="-50%"))
        Prosody(wpm=210, pitch=45, volume=50)
        """
        return cls(wpm=max(80, min(450, round(_DEFAULT_WPM * (100 + spec.rate_pct) / 100))),
                   pitch=max(0, min(100, 50 + spec.pitch_hz // 2)),
                   volume=max(0, min(200, 100 + spec.volume_pct)))


class _Backend(Protocol):
    def version(self) -> str: ...
    def has_voice(self, voice: str) -> bool: ...
    def speak(self, text: str, voice: str, prosody: Prosody) -> tuple[bytes, int, list[Boundary]]: ...


class _Library:
    """libespeak-ng loaded once per process; every method holds `_LOCK`."""

    def __init__(self) -> None:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        lib.espeak_Info.restype = ctypes.c_char_p
        self._data = Path(espeakng_loader.get_data_path())
        self.rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, str(self._data).encode(),
                                          _INITIALIZE_DONT_EXIT)
        if self.rate <= 0:
            raise OSError(f"espeak_Initialize failed ({self.rate})")
        self._lib = lib
        self._pcm: list[bytes] = []
        self._sentences: list[tuple[int, int]] = []  # (text_position, audio_position ms)
        self._callback = _Callback(self._collect)  # kept referenced: C holds the pointer
        lib.espeak_SetSynthCallback(self._callback)
        self._version = (lib.espeak_Info(None) or b"?").decode()

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0:
            self._pcm.append(ctypes.string_at(wav, count * 2))
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            if events[i].type == _EVENT_SENTENCE:
                self._sentences.append((events[i].text_position, events[i].audio_position))
            i += 1
        return 0

    def version(self) -> str:
        return f"espeak-ng {self._version} {FRONTEND}"

    def has_voice(self, voice: str) -> bool:
        """The language must load, and a `+variant` must exist (espeak ignores unknown ones)."""
        name, _, variant = voice.partition("+")
        if variant and not (self._data / "voices" / "!v" / variant).is_file():
            return False
        with _LOCK:
            return bool(self._lib.espeak_SetVoiceByName(name.encode()) == 0)

    def speak(self, text: str, voice: str, prosody: Prosody) -> tuple[bytes, int, list[Boundary]]:
        with _LOCK:
            if self._lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise SynthError(f"espeak-ng has no voice {voice!r}")
            self._lib.espeak_SetParameter(_PARAM_RATE, prosody.wpm, 0)
            self._lib.espeak_SetParameter(_PARAM_PITCH, prosody.pitch, 0)
            self._lib.espeak_SetParameter(_PARAM_VOLUME, prosody.volume, 0)
            self._pcm, self._sentences = [], []
            sent, index = _as_sent(text, voice)
            raw = sent.encode("utf-8") + b"\0"
            err = self._lib.espeak_Synth(raw, len(raw), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            pcm, sentences = b"".join(self._pcm), self._sentences
            self._pcm, self._sentences = [], []
        if err != 0:
            raise SynthError(f"espeak-ng failed to speak (error {err})")
        total_ms = len(pcm) // 2 * 1000 // self.rate
        sentences = [(original_position(index, pos, len(text)), ms) for pos, ms in sentences]
        return pcm, self.rate, sentence_boundaries(text, sentences, total_ms)


def sentence_boundaries(text: str, events: list[tuple[int, int]], total_ms: int) -> list[Boundary]:
    """Turn espeak's sentence-start events (1-based char position, ms) into Boundaries.

    Each sentence runs until the next one starts (or the audio ends).  espeak places a start
    after opening quotes, and may skip leading text, so cuts move back over openers and the
    first sentence starts at the text's start.

    >>> sentence_boundaries("你好。“再见。”", [(1, 0), (5, 900)], 1500)
    [Boundary(offset_ms=0, duration_ms=900, text='你好。'), Boundary(offset_ms=900, duration_ms=600, text='“再见。”')]
    """
    cuts = []
    for i, (pos, _) in enumerate(events):
        cut = 0 if i == 0 else pos - 1
        while cut > 0 and text[cut - 1] in _OPENERS:
            cut -= 1
        cuts.append(cut)
    out: list[Boundary] = []
    for i, (cut, (_, start)) in enumerate(zip(cuts, events)):
        end_cut, end_ms = (cuts[i + 1], events[i + 1][1]) if i + 1 < len(events) else (
            len(text), total_ms)
        piece = text[cut:end_cut].strip()
        if piece:
            out.append(Boundary(start, max(0, end_ms - start), piece))
    return out


class _Binary:
    """A system `espeak-ng` (only when the wheel is unusable): WAV out, no sentence events."""

    def __init__(self, exe: str) -> None:
        self._exe = exe
        done = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
        self._version = (done.stdout.split() or ["?"])[:4]

    def version(self) -> str:
        return " ".join([*self._version, FRONTEND])

    def has_voice(self, voice: str) -> bool:
        done = subprocess.run([self._exe, "-q", "-v", voice, "x"], capture_output=True, check=False)
        return done.returncode == 0 and not done.stderr.strip()

    def speak(self, text: str, voice: str, prosody: Prosody) -> tuple[bytes, int, list[Boundary]]:
        import io
        import wave

        cmd = [self._exe, "--stdout", "-v", voice, "-s", str(prosody.wpm), "-p",
               str(prosody.pitch), "-a", str(prosody.volume), "--", _as_sent(text, voice)[0]]
        done = subprocess.run(cmd, capture_output=True, check=False)
        if done.returncode != 0:
            raise SynthError(f"espeak-ng exited {done.returncode}: "
                             f"{done.stderr.decode('utf-8', 'replace').strip()}")
        with wave.open(io.BytesIO(done.stdout)) as w:
            return w.readframes(w.getnframes()), w.getframerate(), []


_LOCK = threading.Lock()
_BACKEND: _Backend | None = None
#: part of the engine version (so of every cache key): what the text goes through first
FRONTEND = "zh-pinyin-1"


def _as_sent(text: str, voice: str) -> tuple[str, list[int]]:
    """What espeak-ng is given for `text`: Mandarin polyphones as pinyin (`espeak_zh`), with
    the position of each character in `text`; other voices get the text as it is."""
    if voice.split("+")[0] in ("cmn", "zh", "sit/cmn"):
        return espeak_text(text)
    return text, list(range(len(text)))


def _backend() -> _Backend:
    """The library from the wheel, else a system binary; loaded once per process."""
    global _BACKEND
    with _LOCK:
        if _BACKEND is None:
            try:
                _BACKEND = _Library()
            except (ImportError, OSError, AttributeError) as e:
                exe = shutil.which("espeak-ng")
                if exe is None:
                    raise EngineUnavailable(
                        f"espeak-ng: the espeakng-loader library cannot be loaded ({e}) "
                        "and there is no espeak-ng on PATH") from None
                _BACKEND = _Binary(exe)
        return _BACKEND


class EspeakEngine:
    """Offline speech with espeak-ng: Mandarin as `cmn`, English as `en-us` (any espeak voice,
    optionally with a `+variant`, e.g. `cmn+f3`)."""

    name = "espeak"

    def version(self) -> str:
        return _backend().version()

    def check_voice(self, spec: VoiceSpec) -> None:
        if not _backend().has_voice(spec.voice):
            raise InputError(f"espeak-ng has no voice {spec.voice!r} (try cmn, en-us, cmn+f3)")

    async def synthesize(self, text: str, spec: VoiceSpec) -> Speech:
        backend = _backend()
        pcm, rate, bounds = await asyncio.to_thread(backend.speak, text, spec.voice,
                                                    Prosody.of(spec))
        if not pcm:
            raise SynthError(f"espeak-ng produced no audio for {text[:30]!r}")
        return Speech(audio=pcm_to_wav(pcm, rate), fmt="wav", boundaries=tuple(bounds))
