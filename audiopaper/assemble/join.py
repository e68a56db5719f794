"""Streaming join: parts decoded one after another into one raw file, with gaps (and chimes)
between them.

Only one megabyte of audio is in memory at a time (pydub `+=` of a 3-hour edition holds it
all, ~925 MB).  Each part's place is counted in samples as it is written, so chapter starts
and transcript offsets come from the audio itself, not from what an engine said it made.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from audiopaper.common.media import SAMPLE_RATE, SAMPLE_WIDTH, decode_into, segment
from audiopaper.errors import AssembleError, InputError

_ZEROS = bytes(1 << 16)


@dataclass(frozen=True)
class Placement:
    """Where one part landed on the joined timeline, in samples (end exclusive)."""

    key: str
    start: int
    end: int


@dataclass(frozen=True)
class Gap:
    """What goes between two parts: silence, optionally with a chime in its middle."""

    pause_ms: int
    chime: bytes = b""

    def write(self, out: BinaryIO) -> int:
        """Write the gap; return its length in samples.

        >>> import io
        >>> Gap(1000).write(io.BytesIO())
        24000
        >>> Gap(1000, bytes(480)).write(io.BytesIO())
        24240
        """
        half = round(self.pause_ms * SAMPLE_RATE / 2000) * SAMPLE_WIDTH
        written = _silence(out, half)
        out.write(self.chime)
        written += len(self.chime) + _silence(out, half)
        return written // SAMPLE_WIDTH


def _silence(out: BinaryIO, nbytes: int) -> int:
    left = nbytes
    while left > 0:
        out.write(_ZEROS[:min(left, len(_ZEROS))])
        left -= min(left, len(_ZEROS))
    return nbytes


def join_parts(parts: Iterable[tuple[str, str | Path]], gap: Gap,
               out: BinaryIO) -> tuple[list[Placement], dict[str, str]]:
    """Append each (key, audio file) to `out` with `gap` between them.

    A part that cannot be decoded is cut back out (with the gap before it) and reported in
    the returned failures {key: reason}; the rest of the edition still joins.
    """
    placements: list[Placement] = []
    failures: dict[str, str] = {}
    for key, path in parts:
        mark = out.tell()
        gap_samples = gap.write(out) if placements else 0
        start = mark // SAMPLE_WIDTH + gap_samples
        try:
            n = decode_into(path, out, AssembleError)
        except AssembleError as e:
            out.seek(mark)
            out.truncate()
            failures[key] = str(e)
            continue
        placements.append(Placement(key, start, start + n // SAMPLE_WIDTH))
    return placements, failures


def chime_tone() -> bytes:
    """A soft two-note chime (raw samples): a generated sound, so none needs to be bundled.

    >>> len(chime_tone()) == 2 * round(0.9 * SAMPLE_RATE)
    True
    """
    out = bytearray()
    n = round(0.9 * SAMPLE_RATE)
    for i in range(n):
        t = i / SAMPLE_RATE
        v = 0.22 * math.sin(2 * math.pi * 880 * t) * math.exp(-5 * t)
        if t >= 0.18:
            v += 0.22 * math.sin(2 * math.pi * 660 * (t - 0.18)) * math.exp(-5 * (t - 0.18))
        fade = min(1.0, i / 48, (n - i) / 480)   # no click at either end
        out += int(32767 * v * fade).to_bytes(2, "little", signed=True)
    return bytes(out)


def chime_file(path: str | Path, max_seconds: float = 10.0) -> bytes:
    """A user's chime, whatever its format, as raw samples; it must decode and be short."""
    chime = segment(path, InputError)
    if len(chime) > max_seconds * 1000:
        raise InputError(f"chime is longer than {max_seconds:g} s", path)
    return bytes(chime.raw_data)
