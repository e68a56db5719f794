"""The MP3s of an edition: the episode, streamed from the joined raw audio, and every
article's own file, made with pydub; side by side, one per core.

The episode is hours long, so it is never held in memory: one ffmpeg process reads the raw
file and applies the planned gain (and limiter).  An article is minutes long, so pydub holds
it and does the jobs it was made for: the silence around it, fades, the gain, the encode.
Each article gets its own loudness plan: with the episode's one gain, a story spoken quieter
than the rest would stay quieter in its own file.
"""
from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from audiopaper.assemble.loudness import GainPlan, loudness_plan
from audiopaper.common.media import RAW_INPUT, SAMPLE_RATE, export, pydub, run, segment
from audiopaper.errors import AssembleError

ARTICLE_PAD_MS = 300   # silence before and after an article in its own file
FADE_MS = 10           # on the speech's first and last samples: no click if it starts mid-wave


def encode_edition(raw: Path, plan: GainPlan, episode: Path,
                   articles: Sequence[tuple[str | Path, Path]], bitrate: str, target_lufs: float,
                   ceiling_dbtp: float, jobs: int = 2) -> list[int]:
    """Write the episode MP3 from `raw` with `plan`, and each (rendering, mp3) of `articles`;
    return each article file's length in samples.  No tags: mutagen writes them afterwards.

    The episode, the longest job, starts first.
    """
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        whole = pool.submit(encode_episode, raw, plan, episode, bitrate)
        parts = [pool.submit(article_mp3, source, target, bitrate, target_lufs, ceiling_dbtp,
                             plan.makeup_db) for source, target in articles]
        try:
            whole.result()
            return [f.result() for f in parts]
        except BaseException:
            for f in parts:
                f.cancel()
            raise


def encode_episode(raw: Path, plan: GainPlan, target: Path, bitrate: str) -> None:
    """Encode the whole raw timeline with the plan's gain (and limiter)."""
    run(["-v", "error", *RAW_INPUT, "-i", str(raw), "-af", plan.filters(), "-c:a", "libmp3lame",
         "-b:a", bitrate, "-ac", "1", "-ar", str(SAMPLE_RATE), "-id3v2_version", "0",
         "-f", "mp3", "-y", str(target)], "MP3 encode", AssembleError, target)


def article_mp3(source: str | Path, target: Path, bitrate: str, target_lufs: float,
                ceiling_dbtp: float, makeup_guess_db: float = 0.0) -> int:
    """One article's MP3: its rendering faded in and out between two short silences, brought
    to the loudness target on its own; return its length in samples.

    When the article's peaks need no limiter, pydub applies the gain (no sample can clip);
    otherwise gain and limiter go to the encoder as one floating-point chain, because pydub's
    16-bit gain would clip the peaks before any limiter saw them.  `makeup_guess_db`: what
    limiting cost the episode, where the article's own correction starts.
    """
    plan = loudness_plan(source, target_lufs, ceiling_dbtp, raw=False,
                         makeup_guess_db=makeup_guess_db)
    pad = pydub().silent(duration=ARTICLE_PAD_MS, frame_rate=SAMPLE_RATE)
    audio = pad + segment(source, AssembleError).fade_in(FADE_MS).fade_out(FADE_MS) + pad
    if plan.limit_dbfs is None:
        audio = audio.apply_gain(plan.gain_db)
    export(audio, target, "mp3", AssembleError, bitrate=bitrate,
           filters=plan.filters() if plan.limit_dbfs is not None else None)
    return int(audio.frame_count())
