"""The one small interface every speech engine implements, and the values that cross it.

An engine turns one chunk of text (well under edge-tts's 4096-byte request limit; see
`chunking`) and one `VoiceSpec` into `Speech`: encoded audio plus the sentence boundaries
the engine reported, with offsets in milliseconds from the start of that audio.  Everything
else (chunking, caching, retries, truncation checks, joining) lives outside the engines, so
adding an engine means writing `check_voice`, `version` and `synthesize`, nothing more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from audiopaper.errors import InputError

AudioFormat = Literal["mp3", "wav"]

# Prosody is written the way edge-tts (and SSML) spells it, for every engine, so one voice
# profile reads the same whichever engine speaks it.  The ranges keep speech intelligible.
_RATE = re.compile(r"^[+-](\d+)%$")
_PITCH = re.compile(r"^[+-](\d+)Hz$")


@dataclass(frozen=True)
class VoiceSpec:
    """Who speaks and how: an engine's voice name plus rate, pitch and volume.

    Checked when built, so a typo in a profile fails before the first request:

    >>> VoiceSpec("espeak", "cmn", rate="+10%").rate_pct
    10
    >>> VoiceSpec("espeak", "cmn", rate="fast")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: rate must look like +10% or -20% (-90%..+200%), got 'fast'
    """

    engine: str
    voice: str
    rate: str = "+0%"
    pitch: str = "+0Hz"
    volume: str = "+0%"

    def __post_init__(self) -> None:
        if not isinstance(self.voice, str) or not self.voice.strip():
            raise InputError(f"voice must be a non-empty name, got {self.voice!r}")
        if not _in_range(_RATE, self.rate, -90, 200):
            raise InputError(f"rate must look like +10% or -20% (-90%..+200%), got {self.rate!r}")
        if not _in_range(_PITCH, self.pitch, -100, 100):
            raise InputError(f"pitch must look like +5Hz or -10Hz (-100..+100), got {self.pitch!r}")
        if not _in_range(_RATE, self.volume, -100, 100):
            raise InputError(f"volume must look like +0% or -20% (-100%..+100%), got {self.volume!r}")

    @property
    def rate_pct(self) -> int:
        return _signed(self.rate)

    @property
    def pitch_hz(self) -> int:
        return _signed(self.pitch)

    @property
    def volume_pct(self) -> int:
        return _signed(self.volume)


def _signed(value: str) -> int:
    """'+10%' → 10, '-5Hz' → -5."""
    return int(re.sub(r"[^0-9+-]", "", value))


def _in_range(pattern: re.Pattern[str], value: object, low: int, high: int) -> bool:
    return isinstance(value, str) and bool(pattern.match(value)) and low <= _signed(value) <= high


@dataclass(frozen=True)
class Boundary:
    """A stretch of the chunk's text and when it is spoken, in ms from the chunk's audio start."""

    offset_ms: int
    duration_ms: int
    text: str


@dataclass(frozen=True)
class Speech:
    """What an engine returns for one chunk: encoded audio (MP3 or WAV bytes) and boundaries."""

    audio: bytes
    fmt: AudioFormat
    boundaries: tuple[Boundary, ...] = ()


@runtime_checkable
class Engine(Protocol):
    """A speech engine.  Implementations: `engines.edge.EdgeEngine`, `engines.espeak.EspeakEngine`.

    `synthesize` raises `SynthError` (or a subclass) for anything that went wrong with one
    request; the caller decides whether to retry.  It must not split the text itself.
    """

    name: str

    def version(self) -> str:
        """A string that changes when the same text would sound different (goes into cache keys)."""
        ...

    def check_voice(self, spec: VoiceSpec) -> None:
        """Raise InputError if this engine cannot speak with `spec` (checked before any request)."""
        ...

    async def synthesize(self, text: str, spec: VoiceSpec) -> Speech:
        """Speak one chunk of text."""
        ...
