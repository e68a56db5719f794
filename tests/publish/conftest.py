"""Edition folders as the assembler writes them, made here with real tools.

Each folder holds real MP3s encoded by ffmpeg (a sine tone per article and one for the whole
episode), a real 1400 px PNG cover, WebVTT and SRT transcripts, a Podcasting 2.0 chapters JSON
and `manifest.json` written through `model.Episode`.  Tones are encoded once per session and
copied, so building many editions stays cheap.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Callable, Iterator

import pytest

from audiopaper.assemble.episode import file_names
from audiopaper.model import ArticleAudio, Chapter, Episode
from audiopaper.publish.media import sha256_file

ZH_ARTICLES = [
    ("a1", "全市新能源公交车突破三千辆", "本报记者 李明",
     ["截至上月底，全市新能源公交车已突破三千辆，占公交车总数的九成。", "市交通局表示，明年将继续更新老旧车辆。"]),
    ("a2", "老城区雨污分流改造完工", "本报记者 王芳",
     ["历时两年的老城区雨污分流改造工程日前完工，惠及居民十二万户。"]),
    ("a3", "青溪湿地迎来越冬候鸟", None,
     ["随着气温下降，数千只越冬候鸟陆续飞抵青溪湿地。"]),
]
EN_ARTICLES = [
    ("a1", "Council approves new bus routes", "By Jane Roe",
     ["The city council approved four new bus routes on Tuesday.", "Service starts in May."]),
    ("a2", "Library extends weekend hours", None, ["The central library will open on Sundays."]),
]


def _tone(cache: Path, seconds: float, freq: int) -> Path:
    """An MP3 of a sine tone, encoded once per (length, pitch) and reused."""
    import imageio_ffmpeg

    path = cache / f"tone-{seconds:g}-{freq}.mp3"
    if not path.exists():
        subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error",
                        "-f", "lavfi", "-i", f"sine=frequency={freq}:duration={seconds}:sample_rate=24000",
                        "-ac", "1", "-c:a", "libmp3lame", "-b:a", "48k", "-y", str(path)], check=True)
    return path


def _cover(cache: Path, size: int = 1400, color: tuple[int, int, int] = (180, 30, 40)) -> Path:
    from PIL import Image

    path = cache / f"cover-{size}.png"
    if not path.exists():
        Image.new("RGB", (size, size), color).save(path, "PNG")
    return path


def _stamp(ms: int, sep: str) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


def _transcripts(folder: Path, stem: str, cues: list[tuple[int, int, str]]) -> tuple[str, str]:
    vtt = "WEBVTT\n\n" + "".join(f"{_stamp(a, '.')} --> {_stamp(b, '.')}\n{t}\n\n" for a, b, t in cues)
    srt = "".join(f"{i}\n{_stamp(a, ',')} --> {_stamp(b, ',')}\n{t}\n\n"
                  for i, (a, b, t) in enumerate(cues, 1))
    (folder / f"{stem}.vtt").write_text(vtt, encoding="utf-8")
    (folder / f"{stem}.srt").write_text(srt, encoding="utf-8")
    return f"{stem}.vtt", f"{stem}.srt"


MakeEdition = Callable[..., Path]


@pytest.fixture(scope="session")
def media_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture
def make_edition(media_cache: Path) -> MakeEdition:
    """`make_edition(out, date, lang="zh", articles=None, seconds=2.0, freq=440)` → folder."""

    def make(out: Path, date: str, lang: str = "zh", articles: list | None = None,
             seconds: float = 2.0, freq: int = 440, paper: str | None = None,
             dated: bool = False) -> Path:
        """`dated`: name the files as the assembler does (paper and date in every name)."""
        articles = articles or (ZH_ARTICLES if lang == "zh" else EN_ARTICLES)
        paper = paper or ("青溪日报" if lang == "zh" else "Riverside Gazette")
        folder = out / date
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "articles").mkdir(parents=True)
        shutil.copy(_cover(media_cache), folder / "cover.png")
        stem, names = file_names(paper, date, [a[0] for a in articles], {}) if dated else (
            "episode", {a[0]: f"articles/{a[0]}" for a in articles})
        items, chapters, cues, start = [], [], [], 0
        for aid, headline, byline, paras in articles:
            rel = f"{names[aid]}.mp3"
            shutil.copy(_tone(media_cache, seconds, freq), folder / rel)
            ms = round(seconds * 1000)
            vtt, srt = _transcripts(folder / "articles", names[aid].split("/")[-1],
                                    [(0, ms, headline)])
            items.append(ArticleAudio(
                article_id=aid, kind="news", headline=headline, byline=byline,
                paragraphs=tuple(paras), audio_path=rel, duration_ms=ms,
                size_bytes=(folder / rel).stat().st_size, sha256=sha256_file(folder / rel),
                vtt_path=f"articles/{vtt}", srt_path=f"articles/{srt}"))
            chapters.append(Chapter(aid, headline, start, start + ms))
            cues.append((start, start + ms, headline))
            start += ms
        total = start
        shutil.copy(_tone(media_cache, total / 1000, freq), folder / f"{stem}.mp3")
        vtt, srt = _transcripts(folder, stem, cues)
        (folder / "chapters.json").write_text(json.dumps({"version": "1.2.0", "chapters": [
            {"startTime": c.start_ms / 1000, "endTime": c.end_ms / 1000, "title": c.title}
            for c in chapters]}, ensure_ascii=False), encoding="utf-8")
        episode = Episode(
            paper=paper, date=date, lang=lang, title=f"{paper} {date}", audio_path=f"{stem}.mp3",
            duration_ms=total, size_bytes=(folder / f"{stem}.mp3").stat().st_size,
            sha256=sha256_file(folder / f"{stem}.mp3"), chapters=tuple(chapters),
            articles=tuple(items), cover_path="cover.png", vtt_path=vtt, srt_path=srt,
            chapters_json_path="chapters.json")
        (folder / "manifest.json").write_text(
            json.dumps(episode.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        return folder

    return make


@pytest.fixture
def serve_dir() -> Iterator[Callable[[Path], str]]:
    """`serve_dir(out)` → base URL of a real audiopaper server on a free loopback port."""
    from audiopaper.publish.serve import make_server

    servers = []

    def start(out: Path) -> str:
        server = make_server(out, port=0, quiet=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        host, port = server.server_address[:2]
        return f"http://{host}:{port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
