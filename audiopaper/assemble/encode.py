"""One ffmpeg run: the joined raw audio, gained (and limited if needed), to the episode MP3 and
every article's own MP3 at once.

The raw file is read once and the filter graph splits it, so the cost is the MP3 encodes
themselves; ffmpeg runs each encoder in its own thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from audiopaper.assemble.ffmpeg import RAW_INPUT, SAMPLE_RATE, run
from audiopaper.assemble.loudness import GainPlan


@dataclass(frozen=True)
class Cut:
    """One MP3 to write: the samples [start, end) of the raw timeline, or all when end is None."""

    path: Path
    start: int = 0
    end: int | None = None


def filter_graph(plan: GainPlan, cuts: Sequence[Cut]) -> str:
    """The -filter_complex text: gain, split, and a sample-exact trim per cut.

    >>> filter_graph(GainPlan(2.0), [Cut(Path("e")), Cut(Path("a"), 10, 20)])
    '[0:a]volume=2.00dB,asplit=2[s0][s1];[s0]anull[o0];[s1]atrim=start_sample=10:end_sample=20,asetpts=N/SR/TB[o1]'
    """
    parts = [f"[0:a]{plan.filters()},asplit={len(cuts)}" + "".join(f"[s{i}]" for i in range(len(cuts)))]
    for i, cut in enumerate(cuts):
        if cut.end is None and cut.start == 0:
            parts.append(f"[s{i}]anull[o{i}]")
        else:
            end = f":end_sample={cut.end}" if cut.end is not None else ""
            parts.append(f"[s{i}]atrim=start_sample={cut.start}{end},asetpts=N/SR/TB[o{i}]")
    return ";".join(parts)


def encode_mp3s(raw: Path, plan: GainPlan, cuts: Sequence[Cut], bitrate: str) -> None:
    """Write every cut as a mono MP3 (no tags: mutagen writes them afterwards)."""
    outputs: list[str] = []
    for i, cut in enumerate(cuts):
        outputs += ["-map", f"[o{i}]", "-c:a", "libmp3lame", "-b:a", bitrate, "-ac", "1",
                    "-ar", str(SAMPLE_RATE), "-id3v2_version", "0", "-f", "mp3", "-y",
                    str(cut.path)]
    run(["-v", "error", *RAW_INPUT, "-i", str(raw),
         "-filter_complex", filter_graph(plan, cuts), *outputs], "MP3 encode", raw)
