"""Measuring published files: byte size and hash, decoded audio duration, artwork geometry.

The feed must state what the files really are (Apple rejects an enclosure whose length is not
the file's size), so publish and lint measure the files instead of trusting the manifest.
Durations come two ways: from the headers (fast, what apps show first) or by decoding the
whole file with ffmpeg (slow, also proves every frame decodes).
"""
from __future__ import annotations

import hashlib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from audiopaper.errors import PublishError

_TIME = re.compile(r"time=(\d+):(\d\d):(\d\d(?:\.\d+)?)")


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks so a long episode never sits in memory."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def parse_ffmpeg_time(stderr: str) -> int | None:
    """Milliseconds of the last `time=` progress stamp ffmpeg printed, or None.

    >>> parse_ffmpeg_time("size=N/A time=00:00:01.50 bitrate=N/A\\rsize=N/A time=00:01:02.25 x")
    62250
    """
    found = _TIME.findall(stderr)
    if not found:
        return None
    h, m, s = found[-1]
    return round((int(h) * 3600 + int(m) * 60 + float(s)) * 1000)


def probe_duration_ms(path: Path) -> int:
    """Duration of an audio file by decoding it all with ffmpeg.

    Decoding (not reading the header estimate) is what players do, so this is the number a
    listener's app will show; it costs about a second per hour of MP3.
    """
    import imageio_ffmpeg

    cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path),
           "-map", "0:a:0", "-f", "null", "-"]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    ms = parse_ffmpeg_time(proc.stderr) if proc.returncode == 0 else None
    if ms is None:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise PublishError(f"ffmpeg cannot decode the audio: {last}", path)
    return ms


def header_duration_ms(path: Path) -> int:
    """Duration of an audio file from its headers (MP3 Xing/Info frame count, MP4 atoms).

    This is what most apps display before playing, and it costs about a millisecond against
    a second per hour of audio for decoding: lint reads headers unless asked to decode.
    """
    import mutagen

    try:
        info = mutagen.File(path)
    except (mutagen.MutagenError, OSError) as e:
        raise PublishError(f"not a readable audio file: {e}", path) from None
    if info is None or not getattr(info.info, "length", 0):
        raise PublishError("not a readable audio file: no audio stream found", path)
    return int(round(info.info.length * 1000))


@dataclass(frozen=True)
class ImageInfo:
    """What podcast directories check about artwork."""

    format: str
    width: int
    height: int
    mode: str


def image_info(path: Path) -> ImageInfo:
    """Format, size and colour mode of an image, or PublishError if it is not one."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            return ImageInfo(im.format or "", im.width, im.height, im.mode)
    except (UnidentifiedImageError, OSError) as e:
        raise PublishError(f"not a readable image: {e}", path) from None
