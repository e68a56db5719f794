"""Bench: assemble a 3-hour edition from cached article audio — streaming join vs pydub `+=`.

Each method runs in a fresh child process, which reports its wall time and peak RSS (its own,
and sampled together with its ffmpeg children), so neither inherits the other's memory.  Also timed in the
same run: the irreducible steps (one loudness measure, one MP3 encode of the episode and one
of the articles), to show how close the whole assembly comes to them.

    python bench/bench_assemble.py [--hours 3] [--articles 60] [--keep DIR]

Target: streaming peak RSS < 300 MB (pydub holds the whole edition: ~925 MB for 2.9 h).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DISTINCT_SOURCES = 6   # articles cycle through this many generated files ("cached audio")


def make_sources(folder: Path, seconds: float) -> list[Path]:
    """Speech-like mono 22.05 kHz WAVs (pink noise at a syllable-rate tremolo)."""
    from audiopaper.common.media import ffmpeg_exe

    paths = []
    for i in range(DISTINCT_SOURCES):
        p = folder / f"src{i}.wav"
        if not p.exists():
            subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i",
                            f"anoisesrc=c=pink:r=22050:a=0.25:d={seconds}:seed={i + 1}",
                            "-af", f"tremolo=f={3.5 + i * 0.3}:d=0.7", "-ac", "1", str(p)],
                           check=True)
        paths.append(p)
    return paths


def make_inputs(folder: Path, hours: float, n_articles: int) -> tuple[Path, Path]:
    """renderings.json + edition.json for an edition of `hours` in `n_articles` parts."""
    from audiopaper.model import Article, Cue, Edition, Rendering

    seconds = hours * 3600 / n_articles
    sources = make_sources(folder, seconds)
    step = 15_000
    renderings = [Rendering(
        f"a{i}", str(sources[i % len(sources)]), round(seconds * 1000),
        tuple(Cue(t, min(t + step, round(seconds * 1000)), f"Sentence {t // step} of story {i}.")
              for t in range(0, round(seconds * 1000), step)), "bench").to_dict()
        for i in range(1, n_articles + 1)]
    edition = Edition(tuple(Article(f"a{i}", headline=f"Story number {i}")
                            for i in range(1, n_articles + 1)), lang="en", date="2024-05-14")
    (folder / "renderings.json").write_text(json.dumps(renderings), encoding="utf-8")
    (folder / "edition.json").write_text(json.dumps(edition.to_dict()), encoding="utf-8")
    return folder / "renderings.json", folder / "edition.json"


def run_streaming(folder: Path) -> dict:
    from audiopaper.assemble import assemble_files
    from audiopaper.config import Config

    ep = assemble_files(folder / "renderings.json", folder / "edition.json", folder / "out",
                        Config(paper="Bench Courier", lang="en", chime="tone"))
    return {"duration_min": ep.duration_ms / 60000, "articles": len(ep.articles)}


def run_pydub(folder: Path) -> dict:
    """The in-memory way: load every part, `+=` with silence, one export to MP3."""
    from pydub import AudioSegment

    from audiopaper.common.media import ffmpeg_exe

    AudioSegment.converter = ffmpeg_exe()
    parts = json.loads((folder / "renderings.json").read_text(encoding="utf-8"))
    episode = AudioSegment.empty()
    gap = AudioSegment.silent(duration=1500, frame_rate=22050)
    for r in parts:
        if len(episode):
            episode += gap
        episode += AudioSegment.from_file(r["audio_path"])
    episode.export(folder / "pydub.mp3", format="mp3", bitrate="64k")
    return {"duration_min": len(episode) / 60000}


def irreducible(folder: Path) -> dict:
    """Time the steps no assembler can skip, on the joined raw audio: measure once, encode
    the episode once and the articles once (the same total audio again)."""
    from audiopaper.common.media import RAW_INPUT, decode_into, ffmpeg_exe, measure_loudness
    from audiopaper.errors import AssembleError

    raw = folder / "joined.raw"
    parts = json.loads((folder / "renderings.json").read_text(encoding="utf-8"))
    with raw.open("wb") as f:
        for r in parts:
            decode_into(r["audio_path"], f, AssembleError)
    t0 = time.perf_counter()
    measure_loudness(raw, AssembleError, raw=True)
    t1 = time.perf_counter()
    for _ in range(2):   # episode, then the articles (together as long as the episode)
        subprocess.run([ffmpeg_exe(), "-v", "error", "-y", *RAW_INPUT, "-i", str(raw), "-c:a",
                        "libmp3lame", "-b:a", "64k", "-f", "mp3", str(folder / "x.mp3")],
                       check=True)
    t2 = time.perf_counter()
    raw.unlink()
    return {"measure_s": t1 - t0, "encode_s": t2 - t1}


class PeakRss:
    """Samples the RSS of this process plus all its descendants (ffmpeg) every 10 ms.

    `ru_maxrss` of children is no use here: a forked child counts the parent's pages until it
    execs, so it reports the parent's size rather than ffmpeg's; for the same reason children
    still running the Python binary are left out of the sum.
    """

    def __init__(self) -> None:
        import psutil

        self.me = psutil.Process()
        self.exe = self.me.exe()
        self.peak = 0
        self.running = True
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        import psutil

        while self.running:
            total = self.me.memory_info().rss
            for c in self.me.children(recursive=True):
                try:   # a child not yet exec'd still shares our pages: not ffmpeg yet
                    if c.exe() != self.exe:
                        total += c.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.01)

    def stop(self) -> float:
        self.running = False
        self.thread.join()
        return self.peak / 2**20


def child(method: str, folder: Path) -> None:
    """Run one method and print its numbers as JSON (called in a fresh interpreter)."""
    sampler = PeakRss()
    t = time.perf_counter()
    info = {"streaming": run_streaming, "pydub": run_pydub, "irreducible": irreducible}[method](folder)
    info["wall_s"] = time.perf_counter() - t
    info["peak_total_mb"] = sampler.stop()
    info["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(info))


def measure(method: str, folder: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", method, str(folder)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{method} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        make_inputs(folder, args.hours, args.articles)
        print(f"inputs: {args.hours:g} h in {args.articles} articles "
              f"({DISTINCT_SOURCES} cached files), made in {time.perf_counter() - t:.1f} s")
        results = {m: measure(m, folder) for m in ("streaming", "pydub", "irreducible")}
    print(f"{'method':<12}{'wall s':>9}{'peak RSS MB, python':>21}{'+ ffmpeg (sampled)':>20}")
    for m in ("streaming", "pydub"):
        r = results[m]
        print(f"{m:<12}{r['wall_s']:>9.1f}{r['rss_self_mb']:>21.0f}{r['peak_total_mb']:>20.0f}")
    s, p, irr = results["streaming"], results["pydub"], results["irreducible"]
    floor = irr["measure_s"] + irr["encode_s"]
    peak = max(s["peak_total_mb"], s["rss_self_mb"])
    print(f"streaming/pydub: wall {s['wall_s'] / p['wall_s']:.2f}x, peak RSS "
          f"{peak / max(p['peak_total_mb'], p['rss_self_mb']):.2f}x")
    print(f"irreducible steps: measure {irr['measure_s']:.1f} s + encodes {irr['encode_s']:.1f} s"
          f" = {floor:.1f} s; streaming assembly is {s['wall_s'] / floor:.2f}x that")
    print(f"target peak RSS < 300 MB: {'met' if peak < 300 else 'NOT met'} ({peak:.0f} MB); "
          f"pydub's run covers join + one encode only (no loudness, tags, articles, transcripts)")


if __name__ == "__main__":
    main()
