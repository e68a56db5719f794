"""Bench: publishing a growing archive — full import vs the daily incremental publish.

An archive of N editions (each: one episode MP3 and A article MP3s, hard links to a few real
ffmpeg-encoded files, so disk use stays small while every file is still read and hashed) is
published once from scratch, then again with nothing changed, then after adding one edition
and after replacing one.  The baseline, measured in the same run, is hashing every file of the
archive once (the floor of a full import).  Optionally also times `lint` on the archive.

    python bench/bench_publish.py [--editions 120] [--articles 20] [--minutes 30] [--lint]

Target: the daily publish (one edition added) costs a small fraction of a full import, i.e. it
grows with the new edition, not with the archive.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from audiopaper.model import ArticleAudio, Chapter, Episode  # noqa: E402
from audiopaper.publish import publish  # noqa: E402
from audiopaper.publish.lint import lint  # noqa: E402
from audiopaper.publish.media import sha256_file  # noqa: E402


def encode(path: Path, seconds: float) -> Path:
    import imageio_ffmpeg

    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"anoisesrc=c=pink:r=24000:a=0.2:d={seconds}", "-ac", "1", "-b:a", "48k",
                    str(path)], check=True)
    return path


def make_edition(out: Path, date: str, sources: dict[str, Path], articles: int,
                 minutes: float) -> None:
    from PIL import Image

    folder = out / date
    (folder / "articles").mkdir(parents=True)
    os.link(sources["episode"], folder / "episode.mp3")
    cover = folder / "cover.png"
    Image.new("RGB", (1400, 1400), (20, 60, 120)).save(cover)
    per_ms = round(minutes * 60_000 / articles)
    items, chapters = [], []
    for i in range(articles):
        rel = f"articles/a{i}.mp3"
        os.link(sources["article"], folder / rel)
        items.append(ArticleAudio(f"a{i}", "news", f"第{i + 1}条新闻 {date}", "本报记者",
                                  ("今天的报道内容。" * 20,), rel, per_ms,
                                  sources["article"].stat().st_size, ""))
        chapters.append(Chapter(f"a{i}", items[-1].headline, i * per_ms, (i + 1) * per_ms))
    ep = Episode("青溪日报", date, "zh", f"青溪日报 {date}", "episode.mp3", per_ms * articles,
                 sources["episode"].stat().st_size, "", tuple(chapters), tuple(items),
                 cover_path="cover.png")
    (folder / "manifest.json").write_text(json.dumps(ep.to_dict(), ensure_ascii=False),
                                          encoding="utf-8")


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    result = fn()
    took = time.perf_counter() - start
    extra = f"  ({result.summary()})" if hasattr(result, "summary") else ""
    print(f"{label:<34} {took:8.2f} s{extra}")
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--editions", type=int, default=120)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--lint", action="store_true", help="also time lint (durations from MP3 headers)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sources = {"episode": encode(tmp_path / "episode.mp3", args.minutes * 60),
                   "article": encode(tmp_path / "article.mp3", args.minutes * 60 / args.articles)}
        out = tmp_path / "out"
        out.mkdir()
        day0 = dt.date(2024, 1, 1)
        dates = [(day0 + dt.timedelta(days=i)).isoformat() for i in range(args.editions + 1)]
        for date in dates[:-1]:
            make_edition(out, date, sources, args.articles, args.minutes)
        files = [p for p in out.rglob("*") if p.is_file()]
        total = sum(p.stat().st_size for p in files)
        print(f"archive: {args.editions} editions, {len(files)} files, {total / 1e9:.2f} GB "
              f"(hard links), {args.articles} articles × {args.minutes:g} min each edition")
        base = timed("baseline: sha256 of every file", lambda: [sha256_file(p) for p in files])
        full = timed("publish from scratch", lambda: publish(out, base_url="https://example.org/q/",
                                                              owner_email="desk@example.org"))
        same = timed("publish, nothing changed", lambda: publish(out))
        make_edition(out, dates[-1], sources, args.articles, args.minutes)
        daily = timed("publish, one edition added", lambda: publish(out))
        os.utime(out / dates[3] / "manifest.json")
        replaced = timed("publish, one edition replaced", lambda: publish(out))
        print(f"ratio full import / hashing baseline:    {full / base:6.2f}")
        print(f"ratio daily publish / full import:       {daily / full:6.3f}")
        print(f"ratio no-change publish / full import:   {same / full:6.3f}")
        print(f"ratio replace-one publish / full import: {replaced / full:6.3f}")
        feed = out / "feed.xml"
        print(f"feed.xml {feed.stat().st_size / 1e3:.0f} kB, articles.xml "
              f"{(out / 'articles.xml').stat().st_size / 1e6:.1f} MB")
        if args.lint:
            problems: list = []
            timed("lint (durations from headers)", lambda: problems.extend(lint(out)))
            print(f"lint problems: {len(problems)}")


if __name__ == "__main__":
    main()
