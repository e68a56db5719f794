"""build_episode: renderings of one edition → the finished folder `out/<date>/`.

    out/<date>/episode.mp3  .vtt  .srt      the whole edition, tagged, with CHAP/CTOC chapters
    out/<date>/chapters.json                 Podcasting 2.0 chapters linking to article pages
    out/<date>/cover.png (or .jpg)
    out/<date>/articles/NN-<id>.mp3 .vtt .srt  each article on its own
    out/<date>/manifest.json                 model.Episode, paths relative to the folder

Steps: stream-join the parts into one raw file (exact sample positions), measure loudness once
(again only if a limiter is needed), encode every MP3 with that one gain, tag, write
transcripts, commit all at once.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo

from audiopaper.assemble.chapters import chapters_document
from audiopaper.assemble.cover import check_cover, draw_cover
from audiopaper.assemble.encode import Cut, encode_mp3s
from audiopaper.assemble.ffmpeg import chime_file, chime_tone, ms
from audiopaper.assemble.join import Gap, Placement, join_parts
from audiopaper.assemble.loudness import loudness_plan
from audiopaper.assemble.rundown import (CLOSING_ID, OPENING_ID, date_fields, load_templates,
                                         parse_date)
from audiopaper.assemble.staging import Staging
from audiopaper.assemble.tags import write_tags
from audiopaper.assemble.transcript import fit_cues, to_srt, to_vtt
from audiopaper.config import Config
from audiopaper.errors import AssembleError
from audiopaper.model import (Article, ArticleAudio, Chapter, Cue, Edition, Episode,
                              Rendering)

MANIFEST = "manifest.json"
EPISODE_MP3 = "episode.mp3"
DRIFT_NOTE_MS = 100   # a part this much longer/shorter than its engine said is worth a note


def build_episode(edition: Edition, intro: Rendering | None, articles: Sequence[Rendering],
                  outro: Rendering | None, config: Config, out_dir: str | Path,
                  date: str | dt.date | None = None) -> Episode:
    """Assemble and write one edition under `out_dir/<date>/`; return its manifest.

    `date` defaults to the edition's date, else today in the paper's time zone.  Articles of
    the edition without a rendering, or whose audio does not decode, are listed in
    `Episode.failures` and the rest ships; with no article left it raises AssembleError.
    """
    day = parse_date(date or edition.date or dt.datetime.now(ZoneInfo(config.timezone)).date())
    templates = load_templates(config.lang, config.templates)
    fields = date_fields(templates, config.paper, day)
    title = templates.fill("title", **fields)
    cover = (check_cover(config.cover) if config.cover else
             (draw_cover(config.paper, f"{fields['date']} {fields['weekday']}"), "image/png"))
    gap = Gap(config.pause_between_articles_ms, _chime(config.chime))

    by_id = {r.article_id: r for r in articles}
    failures = {a.id: "not rendered" for a in edition.articles if a.id not in by_id}
    heard = {a.id: a for a in edition.articles if a.id in by_id}
    parts = ([(OPENING_ID, intro)] if intro else []) + [(i, by_id[i]) for i in heard] + (
        [(CLOSING_ID, outro)] if outro else [])
    rendering = dict(parts)
    notes = [f"{OPENING_ID}: not rendered"] * (intro is None) + \
            [f"{CLOSING_ID}: not rendered"] * (outro is None) + \
            [f"{r.article_id}: not in the edition, left out" for r in articles
             if r.article_id not in heard and r.article_id not in (OPENING_ID, CLOSING_ID)]

    folder = Path(out_dir) / day.isoformat()
    with Staging(folder) as stage:
        raw = stage.scratch("episode.pcm")
        with raw.open("w+b") as f:
            placed, broken = join_parts(((k, r.audio_path) for k, r in parts), gap, f)
            total = f.tell() // 2
        failures.update({k: v for k, v in broken.items() if k in heard})
        notes += [f"{k}: {v}" for k, v in broken.items() if k not in heard]
        stories = [p for p in placed if p.key in heard]
        if not stories:
            raise AssembleError("no article could be assembled: "
                                + "; ".join(f"{k}: {v}" for k, v in failures.items()), folder)
        notes += _drift_notes(placed, rendering) + [
            f"{k}: {n}" for k, r in parts for n in r.notes]

        plan = loudness_plan(raw, config.loudness_lufs, config.true_peak_dbtp)
        if plan.limit_dbfs is not None:
            notes.append(f"loudness: peaks limited to {plan.limit_dbfs:.1f} dBFS")
        names = {p.key: f"articles/{n:02d}-{_safe(p.key)}" for n, p in enumerate(stories, 1)}
        encode_mp3s(raw, plan, [Cut(stage.path(EPISODE_MP3))] + [
            Cut(stage.path(names[p.key] + ".mp3"), p.start, p.end) for p in stories],
            config.bitrate, jobs=min(config.jobs, os.cpu_count() or 1))
        raw.unlink()

        chapters = [Chapter(p.key, heard[p.key].title, ms(p.start), ms(p.end)) for p in stories]
        write_tags(stage.path(EPISODE_MP3), title=title, paper=config.paper,
                   date=day.isoformat(), lang=config.lang, cover=cover, chapters=chapters)
        cues = _episode_cues(placed, rendering)
        _write_text(stage, "episode.vtt", to_vtt(cues))
        _write_text(stage, "episode.srt", to_srt(cues))
        _write_text(stage, "chapters.json", json.dumps(
            chapters_document(chapters, title, config.base_url, day.isoformat()),
            ensure_ascii=False, indent=1))
        cover_name = "cover.png" if cover[1] == "image/png" else "cover.jpg"
        stage.path(cover_name).write_bytes(cover[0])

        items = [_article_files(stage, heard[p.key], rendering[p.key], p, names[p.key], n,
                                len(stories), config, day.isoformat(), cover)
                 for n, p in enumerate(stories, 1)]
        episode_file = stage.path(EPISODE_MP3)
        episode = Episode(
            paper=config.paper, date=day.isoformat(), lang=config.lang, title=title,
            audio_path=EPISODE_MP3, duration_ms=ms(total),
            size_bytes=episode_file.stat().st_size, sha256=_sha256(episode_file),
            chapters=tuple(chapters), articles=tuple(items), cover_path=cover_name,
            vtt_path="episode.vtt", srt_path="episode.srt", chapters_json_path="chapters.json",
            failures=tuple(failures), notes=tuple(notes + [
                f"{k}: {v}" for k, v in failures.items()]))
        _write_text(stage, MANIFEST, json.dumps(episode.to_dict(), ensure_ascii=False, indent=1))
        stage.commit(last=MANIFEST)
    return episode


def _chime(chime: str) -> bytes:
    """The sound between articles: none, the generated tone, or the user's file."""
    if chime == "none":
        return b""
    return chime_tone() if chime == "tone" else chime_file(chime)


def _episode_cues(placed: Sequence[Placement], rendering: dict[str, Rendering]) -> list[Cue]:
    """Every part's cues, each shifted by where its audio actually landed."""
    return [c for p in placed for c in fit_cues(rendering[p.key].cues, ms(p.end - p.start),
                                                ms(p.start))]


def _article_files(stage: Staging, article: Article, r: Rendering, p: Placement, name: str,
                   n: int, count: int, config: Config, date: str,
                   cover: tuple[bytes, str]) -> ArticleAudio:
    """Tag one article's MP3, write its transcripts, and describe it for the manifest."""
    mp3 = stage.path(name + ".mp3")
    write_tags(mp3, title=article.title, paper=config.paper, date=date, lang=config.lang,
               cover=cover, track=(n, count))
    cues = fit_cues(r.cues, ms(p.end - p.start))
    _write_text(stage, name + ".vtt", to_vtt(cues))
    _write_text(stage, name + ".srt", to_srt(cues))
    return ArticleAudio(
        article_id=article.id, kind=article.kind, headline=article.title, byline=article.byline,
        paragraphs=article.paragraphs, audio_path=name + ".mp3", duration_ms=ms(p.end - p.start),
        size_bytes=mp3.stat().st_size, sha256=_sha256(mp3), vtt_path=name + ".vtt",
        srt_path=name + ".srt", kicker=article.kicker, subheadline=article.subheadline)


def _drift_notes(placed: Sequence[Placement], rendering: dict[str, Rendering]) -> list[str]:
    """Parts whose decoded length differs from what the engine reported (a truncation hint)."""
    out = []
    for p in placed:
        said, got = rendering[p.key].duration_ms, ms(p.end - p.start)
        if said and abs(said - got) > DRIFT_NOTE_MS:
            out.append(f"{p.key}: audio is {got} ms, the engine reported {said} ms")
    return out


def _write_text(stage: Staging, name: str, text: str) -> None:
    stage.path(name).write_text(text, encoding="utf-8")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _safe(article_id: str) -> str:
    """An article id as a file name.

    >>> _safe("p3/a2 x")
    'p3_a2_x'
    """
    return re.sub(r"[^\w.-]", "_", article_id)
