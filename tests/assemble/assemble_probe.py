"""Independent probes of finished audio, for the assemble tests: real ffmpeg, strict parsers.

Kept apart from the code under test on purpose: the tests measure with their own calls.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

from audiopaper.model import Cue, Rendering

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
PROBE_RATE = 48_000


def ffmpeg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([FFMPEG, "-nostdin", "-hide_banner", *args],
                          capture_output=True, text=True, check=False)


def make_tone(path: Path, seconds: float, freq: int, db: float = -12.0) -> Path:
    """A mono 22.05 kHz WAV sine (the rate espeak-ng speaks at)."""
    r = ffmpeg("-y", "-v", "error", "-f", "lavfi", "-i", f"sine=f={freq}:d={seconds}:r=22050",
               "-af", f"volume={db}dB", "-ac", "1", str(path))
    assert r.returncode == 0, r.stderr
    return path


def make_peaky(path: Path, seconds: float) -> Path:
    """A quiet tone with loud clicks: a crest factor only a limiter can bring under -1 dBTP."""
    expr = "0.04*sin(2*PI*300*t)+if(lt(mod(t\\,0.25)\\,0.003)\\,0.95*sin(2*PI*2500*t)\\,0)"
    r = ffmpeg("-y", "-v", "error", "-f", "lavfi", "-i", f"aevalsrc={expr}:s=22050:d={seconds}",
               "-ac", "1", str(path))
    assert r.returncode == 0, r.stderr
    return path


def decoded_seconds(path: Path) -> float:
    """Length by decoding every sample (what a player plays, encoder delay removed)."""
    proc = subprocess.run([FFMPEG, "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le",
                           "-ac", "1", "-ar", str(PROBE_RATE), "-"], capture_output=True, check=True)
    return len(proc.stdout) / 2 / PROBE_RATE


def decodes_cleanly(path: Path) -> bool:
    r = ffmpeg("-v", "error", "-i", str(path), "-f", "null", "-")
    return r.returncode == 0 and not r.stderr.strip()


@dataclass
class R128:
    integrated: float
    true_peak: float


def r128(path: Path) -> R128:
    log = ffmpeg("-nostats", "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-").stderr
    summary = log[log.rindex("Summary:"):]
    i = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    p = float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1))
    return R128(i, p)


def silence_ends(path: Path, min_s: float = 0.4) -> list[float]:
    """Times where a silence of at least `min_s` ends (the next sound starts)."""
    log = ffmpeg("-i", str(path), "-af", f"silencedetect=noise=-50dB:d={min_s}",
                 "-f", "null", "-").stderr
    return [float(x) for x in re.findall(r"silence_end: ([\d.]+)", log)]


_TIME = r"(\d{2}):(\d{2}):(\d{2})[.,](\d{3})"


def _ms(m: tuple[str, ...]) -> int:
    h, mi, s, milli = (int(x) for x in m)
    return ((h * 60 + mi) * 60 + s) * 1000 + milli


def parse_vtt(text: str) -> list[tuple[int, int, str]]:
    """A strict WebVTT reader: header, then blocks of id, timing line, one text line."""
    assert text.startswith("WEBVTT\n"), "missing WEBVTT header"
    blocks = [b for b in text.split("\n\n")[1:] if b.strip()]
    return [_block(b, ".") for b in blocks]


def parse_srt(text: str) -> list[tuple[int, int, str]]:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    cues = [_block(b, ",") for b in blocks]
    return cues


def _block(block: str, sep: str) -> tuple[int, int, str]:
    lines = block.strip("\n").split("\n")
    assert len(lines) >= 3, f"short cue block {block!r}"
    assert lines[0].isdigit(), f"cue id {lines[0]!r}"
    pattern = _TIME.replace("[.,]", re.escape(sep))
    m = re.fullmatch(f"{pattern} --> {pattern}", lines[1])
    assert m, f"bad timing line {lines[1]!r}"
    g = m.groups()
    text = "\n".join(lines[2:])
    assert text.strip() and "-->" not in text
    return _ms(g[:4]), _ms(g[4:]), text


SENTENCES = [
    "青溪县今年夏粮喜获丰收，全县小麦平均亩产比去年增加了百分之六，种粮大户们在田间忙着晾晒新麦。",
    "县农业农村局的技术人员说，今年推广的节水灌溉和统防统治，是增产的关键。",
    "The council voted seven to two on Tuesday night to rebuild the Mill Street bridge before winter.",
    "短句。",
]


@dataclass
class Part:
    """One rendered part as the test made it: its file, length and cues."""

    key: str
    seconds: float
    rendering: Rendering


def tone_part(folder: Path, key: str, seconds: float, freq: int, n_cues: int = 3) -> Part:
    """A sine of `seconds` with `n_cues` sentence cues spread evenly over it."""
    path = make_tone(folder / f"{key}.wav", seconds, freq)
    step = seconds * 1000 / n_cues
    cues = tuple(Cue(round(i * step), round((i + 1) * step), SENTENCES[i % len(SENTENCES)])
                 for i in range(n_cues))
    return Part(key, seconds, Rendering(key, str(path), round(seconds * 1000), cues, "tone"))
