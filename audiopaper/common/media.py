"""The one place that runs ffmpeg, and the one sample format audio travels in between stages.

ffmpeg comes from the imageio-ffmpeg wheel, so `pip install` alone is enough: no system
ffmpeg and no ffprobe.  Audio is signed 16-bit little-endian mono at `SAMPLE_RATE`: 24 kHz
is what edge-tts delivers natively (so the online voice is never resampled, and espeak-ng's
22.05 kHz is resampled once), and in one raw format positions are whole samples and lengths
exact byte counts, not the estimates a container header gives.

pydub (`segment`, `export`) handles one article's audio at a time, pointed at the same
binary; whole editions are streamed through ffmpeg instead (`decode_into`), because pydub
holds everything in memory (its join of a 3-hour edition peaks at ~950 MB).  Every failure names what was being done and ffmpeg's last
line, raised as the calling stage's error class.
"""
from __future__ import annotations

import functools
import io
import math
import re
import subprocess
import tempfile
import warnings
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from audiopaper.errors import AudiopaperError

SAMPLE_RATE = 24_000
SAMPLE_WIDTH = 2   # bytes per sample, mono
RAW_INPUT = ("-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1")
_CHUNK = 1 << 20
# file suffix → ffmpeg muxer, where the two differ
_MUXERS = {"m4a": "mp4", "wave": "wav"}

# MPEG audio frame header tables (ISO 11172-3 / 13818-3), Layer III only: edge-tts sends
# MPEG-2 Layer III; MPEG-1 is accepted for completeness of the table.
_BITRATES_KBPS = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2
    0: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2.5
}
_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}

Error = type[AudiopaperError]


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The ffmpeg binary bundled with imageio-ffmpeg."""
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def ms(samples: int) -> int:
    """Samples → whole milliseconds.

    >>> ms(36_000)
    1500
    """
    return round(samples * 1000 / SAMPLE_RATE)


def run(args: Sequence[str], what: str, error: Error, path: str | Path | None = None) -> str:
    """Run ffmpeg with `args`; return its stderr.  A failure raises `error` naming `what`."""
    proc = subprocess.run([ffmpeg_exe(), "-nostdin", "-hide_banner", *args],
                          capture_output=True, text=True, errors="replace", check=False)
    if proc.returncode != 0:
        raise error(f"{what}: ffmpeg failed: {last_line(proc.stderr)}", path)
    return proc.stderr


def decode_into(path: str | Path, out: BinaryIO, error: Error) -> int:
    """Decode any audio file to raw samples appended to `out`, streaming; return bytes written.

    Only a megabyte is held at a time, whatever the file's length.  On failure the bytes
    already written stay in `out`; the caller truncates them.
    """
    if not Path(path).is_file():
        raise error("audio file not found", path)
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
        raise error(f"cannot decode audio: {last_line(message) or 'no samples'}", path)
    if written % SAMPLE_WIDTH:
        out.write(b"\0")
        written += 1
    return written


def decode_many(paths: Sequence[Path], error: Error) -> list[bytes]:
    """Decode several short files with ONE ffmpeg process (its start-up costs more than
    decoding a chunk), each to its own raw output, so every part keeps its exact length."""
    if not paths:
        return []
    with tempfile.TemporaryDirectory(prefix="audiopaper-decode-") as tmp:
        args = ["-v", "error"]
        for path in paths:
            args += ["-i", str(path)]
        outputs = [Path(tmp) / f"{i}.pcm" for i in range(len(paths))]
        for i, out in enumerate(outputs):
            args += ["-map", f"{i}:a:0", *RAW_INPUT, str(out)]
        run(args, "decode", error, paths[0] if len(paths) == 1 else None)
        return [out.read_bytes() for out in outputs]


@functools.lru_cache(maxsize=1)
def pydub() -> Any:
    """pydub's `AudioSegment`, its ffmpeg pointed at imageio-ffmpeg's binary.

    pydub looks for ffmpeg on PATH when imported and warns when there is none; here there
    need not be one, so that warning is silenced and the bundled binary set instead.  (So is
    Python 3.11-3.12's notice that `audioop` goes in 3.13: there `audioop-lts` provides it.)
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Couldn't find ffmpeg", RuntimeWarning)
        warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
        from pydub import AudioSegment

    AudioSegment.converter = ffmpeg_exe()
    return AudioSegment


def segment(path: str | Path, error: Error) -> Any:
    """One audio file as a pydub `AudioSegment` in the one sample format.

    A WAV already in that format (every rendering synth writes) is read by pydub itself;
    anything else is decoded here by ffmpeg, because pydub's own decoder first asks ffprobe,
    which the wheel does not ship, what the file holds.
    """
    audio_segment = pydub()
    if _in_sample_format(path):
        return audio_segment.from_wav(str(path))
    buf = io.BytesIO()
    decode_into(path, buf, error)
    return audio_segment(data=buf.getvalue(), sample_width=SAMPLE_WIDTH,
                         frame_rate=SAMPLE_RATE, channels=1)


def _in_sample_format(path: str | Path) -> bool:
    try:
        with wave.open(str(path)) as w:
            return (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getcomptype()) == (
                1, SAMPLE_WIDTH, SAMPLE_RATE, "NONE")
    except (OSError, EOFError, wave.Error):
        return False


def export(audio: Any, target: str | Path, fmt: str, error: Error, bitrate: str | None = None,
           filters: str | None = None) -> None:
    """Encode a pydub `AudioSegment` into `target` as `fmt` (a suffix: mp3, wav, m4a...),
    mono, with ffmpeg's `filters` applied on the way; no tags (mutagen writes those).

    `target` is written in place: callers that publish it stage it under a temporary name.
    """
    from pydub.exceptions import CouldntEncodeError

    fmt = _MUXERS.get(fmt.lower(), fmt.lower())
    params = ["-ac", "1", *(["-af", filters] if filters else []),
              *(["-id3v2_version", "0"] if fmt == "mp3" else [])]
    try:
        with open(target, "wb") as out:
            audio.export(out, format=fmt, bitrate=bitrate, parameters=params)
    except CouldntEncodeError as e:
        raise error(f"cannot encode {fmt}: {last_line(str(e))}", target) from None


def pcm_to_wav(pcm: bytes, rate: int = SAMPLE_RATE) -> bytes:
    """Wrap mono 16-bit PCM in a WAV header."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(SAMPLE_WIDTH)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buf.getvalue()


def silence(duration_ms: int) -> bytes:
    """`duration_ms` of digital silence in the raw format.

    >>> len(silence(500))
    24000
    """
    return bytes(SAMPLE_WIDTH * (SAMPLE_RATE * duration_ms // 1000))


def pcm_ms(pcm: bytes | bytearray) -> int:
    """Duration of raw-format bytes in ms."""
    return len(pcm) // SAMPLE_WIDTH * 1000 // SAMPLE_RATE


def mp3_duration_ms(data: bytes) -> int:
    """Duration of an MP3 byte stream, by walking its frame headers (no decoding).

    Stops at the first byte run that is not a frame, so a stream cut mid-way measures as
    what it really holds.  An empty or non-MP3 input measures 0.

    >>> frame = bytes([0xFF, 0xF3, 0x64, 0xC4]) + bytes(140)   # MPEG-2 L3 48 kbps 24 kHz
    >>> mp3_duration_ms(frame * 125)                            # 125 frames x 24 ms
    3000
    >>> mp3_duration_ms(b"not audio")
    0
    """
    pos, samples, rate = _skip_id3(data), 0, 0
    while pos + 4 <= len(data):
        b1, b2 = data[pos + 1], data[pos + 2]
        if data[pos] != 0xFF or (b1 & 0xE0) != 0xE0:
            break
        version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
        bitrate_i, rate_i, padding = b2 >> 4, (b2 >> 2) & 3, (b2 >> 1) & 1
        if version == 1 or layer != 1 or bitrate_i in (0, 15) or rate_i == 3:
            break
        rate = _MPEG_RATES[version][rate_i]
        per_frame = 1152 if version == 3 else 576
        size = (144 if version == 3 else 72) * _BITRATES_KBPS[version][bitrate_i] * 1000 // rate
        if pos + size + padding > len(data):
            break
        samples += per_frame
        pos += size + padding
    return samples * 1000 // rate if rate else 0


def _skip_id3(data: bytes) -> int:
    if data[:3] == b"ID3" and len(data) >= 10:
        return 10 + ((data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9])
    return 0


def wav_duration_ms(data: bytes | Path) -> int:
    """Duration of WAV bytes (or a WAV file) from the header and data size."""
    with wave.open(io.BytesIO(data) if isinstance(data, bytes) else str(data)) as w:
        return int(w.getnframes() * 1000 // w.getframerate())


def measure_ms(data: bytes, fmt: str) -> int:
    """Duration of encoded audio (WAV or MP3) as it really is, never as an engine claims."""
    if fmt == "wav":
        try:
            return wav_duration_ms(data)
        except (wave.Error, EOFError):
            return 0
    return mp3_duration_ms(data)


@dataclass(frozen=True)
class Loudness:
    """EBU R128 integrated loudness (LUFS) and true peak (dBTP) of one stream."""

    integrated_lufs: float
    true_peak_dbtp: float


def measure_loudness(path: str | Path, error: Error, raw: bool = False,
                     before: str | None = None, true_peak: bool = True) -> Loudness:
    """Measure with ffmpeg's `ebur128` filter (one fast pass; `loudnorm` would resample).

    `raw=True` reads the raw sample format; otherwise any audio file.  `before` is a filter
    chain to measure the result of (e.g. a gain and limiter about to be applied).
    `true_peak=False` skips the 4x-oversampled peak scan, half the pass's time, when only the
    loudness is wanted (the peak is then reported as -inf).
    """
    peak = "true" if true_peak else "none"
    chain = (f"{before}," if before else "") + f"ebur128=peak={peak}:framelog=quiet"
    args = [*(RAW_INPUT if raw else ()), "-i", str(path), "-vn",
            "-af", chain, "-f", "null", "-"]
    log = run(["-nostats", "-v", "info", *args], "loudness measure", error, path)
    return parse_ebur128(log, error, path)


def parse_ebur128(log: str, error: Error, path: str | Path | None = None) -> Loudness:
    """Read the summary block the `ebur128` filter prints at the end.

    >>> parse_ebur128("Integrated loudness:\\n I: -18.2 LUFS\\n True peak:\\n Peak: -3.5 dBFS",
    ...               AudiopaperError)
    Loudness(integrated_lufs=-18.2, true_peak_dbtp=-3.5)
    >>> parse_ebur128("Integrated loudness:\\n I: -70.0 LUFS\\n True peak:\\n Peak: -inf dBFS",
    ...               AudiopaperError)
    Loudness(integrated_lufs=-70.0, true_peak_dbtp=-inf)
    """
    tail = log[log.rfind("Integrated loudness:"):]
    i = re.search(r"I:\s*(-?[\d.]+|-inf)\s*LUFS", tail)
    p = re.search(r"Peak:\s*(-?[\d.]+|-inf)\s*dBFS", tail)
    if not i:
        raise error("loudness measure: no ebur128 summary in ffmpeg's output", path)
    return Loudness(float(i.group(1)), float(p.group(1)) if p else -math.inf)


def last_line(text: str) -> str:
    """The last non-blank line of a tool's output: where ffmpeg says what went wrong.

    >>> last_line("banner\\n  x.wav: Invalid data found  \\n\\n")
    'x.wav: Invalid data found'
    """
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""
