"""Bench: the offline build of the seed page against the sum of its irreducible steps.

The irreducible steps, each timed in the same run on the same text and audio:
  synth     espeak-ng speaking every normalised chunk once (the engine call, nothing else)
  encode    one MP3 encode of the whole episode and one of every article (ffmpeg, 64k mono)
  loudness  one ebur128 measurement of the episode
Target (issue 5): the whole `build_edition` (cold cache, publishing included) within 1.5x of
that sum.  Run: python bench/bench_build.py [PAGE.txt]
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from audiopaper.common.media import ffmpeg_exe
from audiopaper.config import Config
from audiopaper.normalize import normalize_article
from audiopaper.pipeline import BuildOptions, build_edition, read_edition
from audiopaper.synth import load_voice_profile
from audiopaper.synth.chunking import chunk_text
from audiopaper.synth.engines.espeak import EspeakEngine

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "corpus" / "zh" / "seed-page" / "page.txt"


def timed(fn):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def synth_only(page: Path, config: Config) -> float:
    """espeak-ng on every chunk the build speaks (article scripts; the short intro is extra)."""
    edition = read_edition([page], config)
    profile = load_voice_profile(edition.lang)
    engine = EspeakEngine()
    chunks = [(chunk, profile.spec(seg.role, "espeak")) for a in edition.articles
              for seg in normalize_article(a, edition.lang).segments
              for chunk in chunk_text(seg.text)]

    async def run() -> None:
        for text, spec in chunks:
            await engine.synthesize(text, spec)

    return timed(lambda: asyncio.run(run()))


def ffmpeg(*args: str) -> None:
    subprocess.run([ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args],
                   check=True)


def main() -> None:
    page = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    config = Config(paper="垫江日报", engine="espeak", jobs=2)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        options = BuildOptions(date="2023-06-07", cache_dir=root / "cache")
        t_build = timed(lambda: build_edition([page], config, root / "out", options))
        folder = root / "out" / "2023-06-07"
        t_synth = synth_only(page, config)
        # decode the finished audio once (untimed) so encode and measure start from raw audio
        wav = root / "episode.wav"
        ffmpeg("-i", str(folder / "episode.mp3"), "-ac", "1", str(wav))
        arts = sorted((folder / "articles").glob("*.mp3"))
        art_wavs = []
        for i, a in enumerate(arts):
            w = root / f"a{i}.wav"
            ffmpeg("-i", str(a), "-ac", "1", str(w))
            art_wavs.append(w)
        t_encode = timed(lambda: [ffmpeg("-i", str(w), "-b:a", "64k", str(w.with_suffix(".mp3")))
                                  for w in [wav, *art_wavs]])
        t_loud = timed(lambda: ffmpeg("-i", str(wav), "-af", "ebur128=peak=true", "-f", "null", "-"))
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        minutes = manifest["duration_ms"] / 60000
    floor = t_synth + t_encode + t_loud
    print(f"page: {page.name}, episode {minutes:.1f} min of audio")
    print(f"irreducible: synth {t_synth:.2f} s + encode {t_encode:.2f} s + loudness {t_loud:.2f} s"
          f" = {floor:.2f} s")
    print(f"build (cold cache, publish included): {t_build:.2f} s")
    print(f"ratio build / irreducible: {t_build / floor:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
