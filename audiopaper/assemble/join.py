"""Streaming join: parts decoded one after another into one raw file, with gaps between them.

Only one megabyte of audio is in memory at a time (pydub `+=` of a 3-hour edition holds it
all, ~925 MB).  Each part's place is counted in samples as it is written, so chapter starts
and transcript offsets come from the audio itself, not from what an engine said it made.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

from audiopaper.assemble.ffmpeg import BYTES_PER_SAMPLE, SAMPLE_RATE, decode_into
from audiopaper.errors import AssembleError

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
        half = round(self.pause_ms * SAMPLE_RATE / 2000) * BYTES_PER_SAMPLE
        written = _silence(out, half)
        out.write(self.chime)
        written += len(self.chime) + _silence(out, half)
        return written // BYTES_PER_SAMPLE


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
        start = mark // BYTES_PER_SAMPLE + gap_samples
        try:
            n = decode_into(path, out)
        except AssembleError as e:
            out.seek(mark)
            out.truncate()
            failures[key] = str(e)
            continue
        placements.append(Placement(key, start, start + n // BYTES_PER_SAMPLE))
    return placements, failures
