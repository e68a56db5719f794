"""MP3 encodes of the joined raw audio, with the planned gain (and limiter): the episode and
each article's own file.

Each MP3 is one small ffmpeg process reading only its stretch of the raw file
(`-skip_initial_bytes` lands on an exact sample, `atrim` ends on one), so memory stays that of
two ffmpeg processes whatever the edition's length; the episode runs beside the articles, one
per core.  (One ffmpeg with an output per article peaked at ~150 MB for 60 articles.)
"""
from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from audiopaper.assemble.loudness import GainPlan
from audiopaper.common.media import RAW_INPUT, SAMPLE_RATE, SAMPLE_WIDTH, run
from audiopaper.errors import AssembleError


@dataclass(frozen=True)
class Cut:
    """One MP3 to write: the samples [start, end) of the raw timeline, or all when end is None."""

    path: Path
    start: int = 0
    end: int | None = None

    def args(self, plan: GainPlan) -> list[str]:
        """ffmpeg input options and filter for this stretch.

        >>> Cut(Path("a.mp3"), 10, 34).args(GainPlan(2.0))
        ['-skip_initial_bytes', '20', '-f', 's16le', '-ar', '24000', '-ac', '1', '-af', 'volume=2.00dB,atrim=end_sample=24']
        """
        trim = f",atrim=end_sample={self.end - self.start}" if self.end is not None else ""
        return ["-skip_initial_bytes", str(self.start * SAMPLE_WIDTH), *RAW_INPUT,
                "-af", plan.filters() + trim]


def encode_mp3s(raw: Path, plan: GainPlan, cuts: Sequence[Cut], bitrate: str,
                jobs: int = 2) -> None:
    """Write every cut as a mono MP3 (no tags: mutagen writes them afterwards).

    The first cut should be the longest (the episode), so it starts first.
    """
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(_encode, raw, plan, cut, bitrate) for cut in cuts]
        try:
            for f in futures:
                f.result()
        except BaseException:
            for f in futures:
                f.cancel()
            raise


def _encode(raw: Path, plan: GainPlan, cut: Cut, bitrate: str) -> None:
    input_args = cut.args(plan)
    run(["-v", "error", *input_args[:-2], "-i", str(raw), *input_args[-2:], "-c:a", "libmp3lame",
         "-b:a", bitrate, "-ac", "1", "-ar", str(SAMPLE_RATE), "-id3v2_version", "0", "-f", "mp3",
         "-y", str(cut.path)], "MP3 encode", AssembleError, cut.path)
