"""Measuring, decoding and writing audio: the only module of synth that runs ffmpeg.

Every rendering is normalised to one format, 24 kHz mono 16-bit PCM in a WAV file: 24 kHz
is what edge-tts delivers natively (audio-24khz-48kbitrate-mono-mp3), so the online voice is
never resampled, and espeak-ng's 22.05 kHz is resampled up once.  The assembler encodes the
final MP3 from these lossless files.  ffmpeg comes from the imageio-ffmpeg wheel, so
`pip install` alone is enough.
"""
from __future__ import annotations

import io
import os
import subprocess
import tempfile
import wave
from pathlib import Path

from audiopaper.errors import SynthError

SAMPLE_RATE = 24_000
SAMPLE_WIDTH = 2  # bytes per sample, mono

# MPEG audio frame header tables (ISO 11172-3 / 13818-3), Layer III only: edge-tts sends
# MPEG-2 Layer III, our fake server too; MPEG-1 is accepted for completeness of the table.
_BITRATES_KBPS = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2
    0: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2.5
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary shipped by imageio-ffmpeg."""
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


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
        rate = _SAMPLE_RATES[version][rate_i]
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
    """Duration of encoded audio as it really is (never as the engine claims)."""
    if fmt == "wav":
        try:
            return wav_duration_ms(data)
        except (wave.Error, EOFError):
            return 0
    return mp3_duration_ms(data)


def pcm_to_wav(pcm: bytes, rate: int = SAMPLE_RATE) -> bytes:
    """Wrap mono 16-bit PCM in a WAV header."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(SAMPLE_WIDTH)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buf.getvalue()


def silence(ms: int, rate: int = SAMPLE_RATE) -> bytes:
    """`ms` milliseconds of digital silence as mono 16-bit PCM.

    >>> len(silence(500))
    24000
    """
    return bytes(SAMPLE_WIDTH * (rate * ms // 1000))


def pcm_ms(pcm: bytes | bytearray, rate: int = SAMPLE_RATE) -> int:
    """Duration of mono 16-bit PCM bytes in ms."""
    return len(pcm) // SAMPLE_WIDTH * 1000 // rate


def decode_many(paths: list[Path], rate: int = SAMPLE_RATE) -> list[bytes]:
    """Decode several files with ONE ffmpeg process (its start-up costs more than decoding
    a chunk), each to its own mono 16-bit PCM output, so every part keeps its exact length."""
    if not paths:
        return []
    with tempfile.TemporaryDirectory(prefix="audiopaper-decode-") as tmp:
        cmd = [ffmpeg_exe(), "-nostdin", "-v", "error"]
        for path in paths:
            cmd += ["-i", str(path)]
        outputs = [Path(tmp) / f"{i}.pcm" for i in range(len(paths))]
        for i, out in enumerate(outputs):
            cmd += ["-map", f"{i}:a:0", "-f", "s16le", "-acodec", "pcm_s16le", "-ac", "1",
                    "-ar", str(rate), str(out)]
        done = subprocess.run(cmd, capture_output=True, check=False)
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise SynthError(f"ffmpeg cannot decode: {message[-1] if message else 'unknown error'}",
                             paths[0] if len(paths) == 1 else None)
        return [out.read_bytes() for out in outputs]


def encode_file(source: Path, target: Path) -> None:
    """Encode `source` into `target`, the format chosen by its suffix (.mp3, .wav, .m4a...)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=target.suffix)
    os.close(fd)
    cmd = [ffmpeg_exe(), "-nostdin", "-v", "error", "-y", "-i", str(source), "-ac", "1"]
    if target.suffix.lower() == ".mp3":
        cmd += ["-codec:a", "libmp3lame", "-b:a", "64k"]
    done = subprocess.run(cmd + [tmp], capture_output=True, check=False)
    if done.returncode != 0:
        os.unlink(tmp)
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SynthError(f"ffmpeg cannot write it: {message[-1] if message else 'unknown error'}",
                         target)
    os.replace(tmp, target)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary name in the same folder, so readers never see
    half a file (a crash leaves the old file or none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
