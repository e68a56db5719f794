"""On-disk cache of rendered chunks, so a rerun of the same edition makes no request.

A chunk's key hashes everything that changes how it sounds: engine name and version, voice,
rate, pitch, volume and the exact text.  Each entry is the engine's audio as received (MP3
from edge, WAV from espeak) plus a JSON sidecar with its measured duration and boundaries;
the sidecar is written last, so an entry without one (a crash mid-write) counts as missing.
Only checked chunks are stored; an entry whose audio stops before its boundaries end (one
written before that check existed) counts as missing too, so it is requested again.
The cache lives in the user cache dir unless `AUDIOPAPER_CACHE` or an explicit root says
otherwise.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from audiopaper.common.files import write_atomic
from audiopaper.errors import SynthError
from audiopaper.synth.checks import short_of_boundaries
from audiopaper.synth.engine import Boundary, Speech, VoiceSpec

CACHE_ENV = "AUDIOPAPER_CACHE"
_LAYOUT = 1  # bump when the entry format changes


def default_cache_dir() -> Path:
    """`$AUDIOPAPER_CACHE`, else the platform's user cache dir (~/.cache/audiopaper on Linux)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("audiopaper"))


def chunk_key(engine: str, engine_version: str, spec: VoiceSpec, text: str) -> str:
    """Hex key of one chunk; any change of engine, version, voice, prosody or text changes it.

    >>> a = chunk_key("espeak", "1.52", VoiceSpec("espeak", "cmn"), "你好。")
    >>> a == chunk_key("espeak", "1.52", VoiceSpec("espeak", "cmn", rate="+1%"), "你好。")
    False
    """
    payload = json.dumps([_LAYOUT, engine, engine_version, spec.voice, spec.rate, spec.pitch,
                          spec.volume, text], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedChunk:
    """A rendered chunk on disk: where its audio is, how long it measured, its boundaries."""

    path: Path
    duration_ms: int
    boundaries: tuple[Boundary, ...]
    engine: str
    voice: str


class ChunkCache:
    """Chunks under `root/chunks/<key[:2]>/<key>.{mp3,wav,json}`."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()

    def _base(self, key: str) -> Path:
        return self.root / "chunks" / key[:2] / key

    def get(self, key: str) -> CachedChunk | None:
        """The entry for `key`, or None when missing or incomplete."""
        meta_path = self._base(key).with_suffix(".json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            audio = meta_path.with_suffix("." + meta["fmt"])
            if not audio.is_file():
                return None
            duration = int(meta["duration_ms"])
            bounds = tuple(Boundary(**b) for b in meta["boundaries"])
            if short_of_boundaries(duration, bounds):
                return None
            return CachedChunk(audio, duration, bounds, meta["engine"], meta["voice"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, speech: Speech, duration_ms: int, engine: str, voice: str,
            text: str) -> CachedChunk:
        """Store a checked chunk (audio first, then the sidecar that makes it visible)."""
        base = self._base(key)
        audio = base.with_suffix("." + speech.fmt)
        write_atomic(audio, speech.audio, SynthError)
        meta = {"fmt": speech.fmt, "duration_ms": duration_ms, "engine": engine, "voice": voice,
                "text": text, "boundaries": [b.__dict__ for b in speech.boundaries]}
        write_atomic(base.with_suffix(".json"),
                     json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"), SynthError)
        return CachedChunk(audio, duration_ms, speech.boundaries, engine, voice)
