"""The one place that runs ffmpeg (from imageio-ffmpeg, so no system ffmpeg is needed).

Everything inside the assembler works on one raw format — signed 16-bit little-endian mono at
`SAMPLE_RATE` — so positions are whole samples and durations are exact byte counts, not the
estimates a container header gives.
"""
from __future__ import annotations

import functools
import math
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Sequence

from audiopaper.errors import AssembleError, InputError

SAMPLE_RATE = 24_000   # speech engines deliver 22.05-24 kHz; more would only grow files
BYTES_PER_SAMPLE = 2
RAW_INPUT = ("-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1")
_CHUNK = 1 << 20


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The ffmpeg binary bundled with imageio-ffmpeg."""
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def ms(samples: int) -> int:
    """Samples → whole milliseconds on the raw timeline.

    >>> ms(36_000)
    1500
    """
    return round(samples * 1000 / SAMPLE_RATE)


def run(args: Sequence[str], what: str, path: str | Path | None = None) -> str:
    """Run ffmpeg with `args`; return its stderr.  A failure is an AssembleError naming `what`."""
    proc = subprocess.run([ffmpeg_exe(), "-nostdin", "-hide_banner", *args],
                          capture_output=True, text=True, errors="replace")
    if proc.returncode != 0:
        raise AssembleError(f"{what}: ffmpeg failed: {_last_line(proc.stderr)}", path)
    return proc.stderr


def decode_into(path: str | Path, out: BinaryIO) -> int:
    """Decode any audio file to raw samples appended to `out`, streaming; return bytes written.

    Only a megabyte is held at a time, whatever the file's length.  On failure the bytes
    already written stay in `out`; the caller truncates them.
    """
    if not Path(path).is_file():
        raise AssembleError("audio file not found", path)
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [ffmpeg_exe(), "-nostdin", "-hide_banner", "-v", "error", "-i", str(path),
             "-vn", *RAW_INPUT, "-"], stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        written = 0
        with proc.stdout:
            while chunk := proc.stdout.read(_CHUNK):
                out.write(chunk)
                written += len(chunk)
        code = proc.wait()
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if code != 0 or written == 0:
        raise AssembleError(f"cannot decode audio: {_last_line(message) or 'no samples'}", path)
    if written % BYTES_PER_SAMPLE:
        out.write(b"\0")
        written += 1
    return written


@dataclass(frozen=True)
class Loudness:
    """EBU R128 integrated loudness (LUFS) and true peak (dBTP) of one stream."""

    integrated_lufs: float
    true_peak_dbtp: float


def measure_loudness(path: str | Path, raw: bool = False, before: str | None = None,
                     true_peak: bool = True) -> Loudness:
    """Measure with ffmpeg's `ebur128` filter (one fast pass; `loudnorm` would resample).

    `raw=True` reads the assembler's raw sample format; otherwise any audio file.  `before`
    is a filter chain to measure the result of (e.g. a gain and limiter about to be applied).
    `true_peak=False` skips the 4x-oversampled peak scan, half the pass's time, when only the
    loudness is wanted (the peak is then reported as -inf).
    """
    peak = "true" if true_peak else "none"
    chain = (f"{before}," if before else "") + f"ebur128=peak={peak}:framelog=quiet"
    args = [*(RAW_INPUT if raw else ()), "-i", str(path), "-vn",
            "-af", chain, "-f", "null", "-"]
    return parse_ebur128(run(["-nostats", "-v", "info", *args], "loudness measure", path), path)


def parse_ebur128(log: str, path: str | Path | None = None) -> Loudness:
    """Read the summary block the `ebur128` filter prints at the end.

    >>> parse_ebur128("Integrated loudness:\\n I: -18.2 LUFS\\n True peak:\\n Peak: -3.5 dBFS")
    Loudness(integrated_lufs=-18.2, true_peak_dbtp=-3.5)
    >>> parse_ebur128("Integrated loudness:\\n I: -70.0 LUFS\\n True peak:\\n Peak: -inf dBFS")
    Loudness(integrated_lufs=-70.0, true_peak_dbtp=-inf)
    """
    tail = log[log.rfind("Integrated loudness:"):]
    i = re.search(r"I:\s*(-?[\d.]+|-inf)\s*LUFS", tail)
    p = re.search(r"Peak:\s*(-?[\d.]+|-inf)\s*dBFS", tail)
    if not i:
        raise AssembleError("loudness measure: no ebur128 summary in ffmpeg's output", path)
    return Loudness(float(i.group(1)), float(p.group(1)) if p else -math.inf)


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
    """A user's chime decoded to raw samples; it must decode and be short."""
    with tempfile.TemporaryFile() as buf:
        try:
            n = decode_into(path, buf)
        except AssembleError as e:
            raise InputError(e.message, path) from None
        if n > max_seconds * SAMPLE_RATE * BYTES_PER_SAMPLE:
            raise InputError(f"chime is longer than {max_seconds:g} s", path)
        buf.seek(0)
        return buf.read()


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""
