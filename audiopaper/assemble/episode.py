"""build_episode: renderings of one edition → the finished folder `out/<date>/`.

    out/<date>/<paper>-<date>.mp3  .vtt  .srt   the whole edition, tagged, with CHAP/CTOC chapters
    out/<date>/chapters.json                      Podcasting 2.0 chapters linking to article pages
    out/<date>/cover.png (or .jpg)
    out/<date>/articles/<paper>-<date>-NN-<id>.mp3 .vtt .srt   each article on its own
    out/<date>/manifest.json                      model.Episode, paths relative to the folder

File names carry the paper and the date: podcast clients that save every enclosure into one
folder by its file name (gPodder, podget) would otherwise overwrite or splice two days' files.
A date built again keeps the names its manifest already published, so no URL breaks.
The episode opens with a short silence and ends with a longer one; its first chapter (the
opening rundown, when there is one) starts at 0.

Steps: stream-join the parts into one raw file (exact sample positions), measure its loudness
once (again only if a limiter is needed), encode the episode with that gain and each article
from its own rendering with its own (`encode`), tag, write transcripts, commit all at once.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from audiopaper.assemble.chapters import chapters_document
from audiopaper.assemble.cover import check_cover, draw_cover
from audiopaper.assemble.encode import ARTICLE_PAD_MS, encode_edition
from audiopaper.assemble.join import Gap, Placement, chime_file, chime_tone, join_parts
from audiopaper.assemble.loudness import loudness_plan
from audiopaper.assemble.settings import Settings
from audiopaper.assemble.staging import Staging
from audiopaper.assemble.tags import write_tags
from audiopaper.assemble.transcript import fit_cues, to_srt, to_vtt
from audiopaper.common import segment, settings
from audiopaper.common.media import ms
from audiopaper.common.templates import (
    CLOSING_ID,
    OPENING_ID,
    date_fields,
    load_templates,
    parse_date,
)
from audiopaper.errors import AssembleError
from audiopaper.model import (
    Article,
    ArticleAudio,
    Chapter,
    Cue,
    Edition,
    Episode,
    Rendering,
    Vocabulary,
)

MANIFEST = "manifest.json"
EPISODE_MP3 = "episode.mp3"   # the name before names carried paper and date (still honoured)
DRIFT_NOTE_MS = 100   # a part this much longer/shorter than its engine said is worth a note
LEAD_IN_MS = 500      # silence before the first word: players fade in, Bluetooth wakes up
TAIL_MS = 1500        # silence after the last word, so the ending is not clipped
OPENING_CHAPTER = {"zh": "本期导读", "en": "The headlines"}


def build_episode(edition: Edition, intro: Rendering | None, articles: Sequence[Rendering],
                  outro: Rendering | None, config: Settings, out_dir: str | Path,
                  date: str | dt.date | None = None,
                  step: Callable[[str], None] | None = None,
                  vocabulary: Vocabulary = Vocabulary()) -> Episode:
    """Assemble and write one edition under `out_dir/<date>/`; return its manifest.

    `date` defaults to the edition's date, else today in the paper's time zone; the language
    (of the title, chapters and tags) is the edition's.  Articles of
    the edition without a rendering, or whose audio does not decode, are listed in
    `Episode.failures` and the rest ships; with no article left it raises AssembleError.
    `step` is told, in words, each step as it starts (join, loudness, encode, article files,
    chapters and transcripts), for a progress display.  `vocabulary`: the words the scripts
    were read with (the renderings JSON carries them), cut with where transcript lines break
    and kept in the manifest for publish's keywords.
    """
    step = step or (lambda what: None)
    segment.add(vocabulary)
    day = parse_date(date or edition.date
                     or dt.datetime.now(settings.zone(config.timezone, edition.lang)).date())
    lang = edition.lang
    templates = load_templates(lang, config.templates)
    fields = date_fields(templates, config.paper, day)
    title = templates.fill("title", **fields)
    # the drawn cover carries no date: apps show the newest one as the show's artwork
    cover = (check_cover(config.cover) if config.cover else (draw_cover(config.paper), "image/png"))
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
        step(f"join {len(parts)} parts")
        with raw.open("w+b") as f:
            Gap(LEAD_IN_MS).write(f)   # placements count from the file's start
            placed, broken = join_parts(((k, r.audio_path) for k, r in parts), gap, f)
            Gap(TAIL_MS).write(f)
            total = f.tell() // 2
        failures.update({k: v for k, v in broken.items() if k in heard})
        notes += [f"{k}: {v}" for k, v in broken.items() if k not in heard]
        stories = [p for p in placed if p.key in heard]
        if not stories:
            raise AssembleError("no article could be assembled: "
                                + "; ".join(f"{k}: {v}" for k, v in failures.items()), folder)
        notes += _drift_notes(placed, rendering) + [
            f"{k}: {n}" for k, r in parts for n in r.notes]

        step("measure loudness")
        plan = loudness_plan(raw, config.loudness_lufs, config.true_peak_dbtp)
        if plan.limit_dbfs is not None:
            notes.append(f"loudness: peaks limited to {plan.limit_dbfs:.1f} dBFS")
        episode_stem, names = file_names(config.paper, day.isoformat(), [p.key for p in stories],
                                         _published_names(folder))
        episode_mp3 = episode_stem + ".mp3"
        step(f"encode the episode and {len(stories)} article MP3s")
        lengths = dict(zip((p.key for p in stories), encode_edition(
            raw, plan, stage.path(episode_mp3),
            [(rendering[p.key].audio_path, stage.path(names[p.key] + ".mp3")) for p in stories],
            config.bitrate, config.loudness_lufs, config.true_peak_dbtp,
            jobs=min(config.jobs, os.cpu_count() or 1))))
        raw.unlink()

        step("episode tags, chapters and transcripts")
        chapters = episode_chapters(placed, stories, heard, lang)
        write_tags(stage.path(episode_mp3), title=title, paper=config.paper,
                   date=day.isoformat(), lang=lang, cover=cover, chapters=chapters)
        cues = _episode_cues(placed, rendering)
        _write_text(stage, episode_stem + ".vtt", to_vtt(cues))
        _write_text(stage, episode_stem + ".srt", to_srt(cues))
        _write_text(stage, "chapters.json", json.dumps(
            chapters_document(chapters, title, config.base_url, day.isoformat()),
            ensure_ascii=False, indent=1))
        cover_name = "cover.png" if cover[1] == "image/png" else "cover.jpg"
        stage.path(cover_name).write_bytes(cover[0])

        step(f"article files: tags and transcripts of {len(stories)} articles")
        items = [_article_files(stage, heard[p.key], rendering[p.key], p, lengths[p.key],
                                names[p.key], n, len(stories), config.paper, lang,
                                day.isoformat(), cover)
                 for n, p in enumerate(stories, 1)]
        episode_file = stage.path(episode_mp3)
        episode = Episode(
            paper=config.paper, date=day.isoformat(), lang=lang, title=title,
            audio_path=episode_mp3, duration_ms=ms(total),
            size_bytes=episode_file.stat().st_size, sha256=_sha256(episode_file),
            chapters=tuple(chapters), articles=tuple(items), cover_path=cover_name,
            vtt_path=episode_stem + ".vtt", srt_path=episode_stem + ".srt",
            chapters_json_path="chapters.json",
            failures=tuple(failures), notes=tuple(notes + [
                f"{k}: {v}" for k, v in failures.items()]), vocabulary=vocabulary)
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


def _article_files(stage: Staging, article: Article, r: Rendering, p: Placement,
                   length: int, name: str, n: int, count: int, paper: str, lang: str,
                   date: str, cover: tuple[bytes, str]) -> ArticleAudio:
    """Tag one article's MP3, write its transcripts, and describe it for the manifest."""
    mp3 = stage.path(name + ".mp3")
    write_tags(mp3, title=article.title, paper=paper, date=date, lang=lang,
               cover=cover, track=(n, count))
    cues = fit_cues(r.cues, ms(p.end - p.start), ARTICLE_PAD_MS)
    _write_text(stage, name + ".vtt", to_vtt(cues))
    _write_text(stage, name + ".srt", to_srt(cues))
    return ArticleAudio(
        article_id=article.id, kind=article.kind, headline=article.title, byline=article.byline,
        paragraphs=article.paragraphs, audio_path=name + ".mp3", duration_ms=ms(length),
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


def episode_chapters(placed: Sequence[Placement], stories: Sequence[Placement],
                     heard: dict[str, Article], lang: str) -> list[Chapter]:
    """One chapter per article, after one for the opening rundown when there is one; the
    first chapter starts at 0 (it takes in the lead-in), so the start can be jumped to."""
    chapters = [Chapter(p.key, heard[p.key].title, ms(p.start), ms(p.end)) for p in stories]
    opening = next((p for p in placed if p.key == OPENING_ID), None)
    if opening is not None:
        chapters.insert(0, Chapter(OPENING_ID, OPENING_CHAPTER.get(lang, OPENING_CHAPTER["en"]),
                                   0, ms(opening.end)))
    if chapters:
        chapters[0] = dataclasses.replace(chapters[0], start_ms=0)
    return chapters


def slug(paper: str) -> str:
    """The paper's name as a file-name part: ASCII, lower case; Chinese in toneless pinyin.

    >>> slug("Riverside Gazette"), slug("鹤汀日报"), slug("《新闻》")
    ('riverside-gazette', 'hetingribao', 'xinwen')
    """
    from pypinyin import lazy_pinyin

    text = "".join(w if w.isascii() else f" {w} " for w in lazy_pinyin(paper))
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text).lower())
    return "-".join(words)[:40].strip("-") or "edition"


def file_names(paper: str, date: str, keys: Sequence[str],
               published: dict[str, str]) -> tuple[str, dict[str, str]]:
    """(episode stem, {article key: stem under articles/}) for one edition; names already
    published for this date (`published`, key "" for the episode) are kept.

    >>> file_names("Gazette", "2024-06-12", ["a1", "p2 a3"], {})
    ('gazette-2024-06-12', {'a1': 'articles/gazette-2024-06-12-01-a1', 'p2 a3': 'articles/gazette-2024-06-12-02-p2_a3'})
    >>> file_names("Gazette", "2024-06-12", ["a1"], {"": "episode", "a1": "articles/01-a1"})
    ('episode', {'a1': 'articles/01-a1'})
    """
    stem = f"{slug(paper)}-{date}"
    names = {k: published.get(k) or f"articles/{stem}-{n:02d}-{_safe(k)}"
             for n, k in enumerate(keys, 1)}   # a new name holds its id: no clash with a kept one
    return published.get("") or stem, names


def _published_names(folder: Path) -> dict[str, str]:
    """The file stems the manifest already in `folder` published ("" for the episode)."""
    try:
        old = Episode.from_dict(json.loads((folder / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        return {}
    names = {a.article_id: a.audio_path.removesuffix(".mp3") for a in old.articles
             if a.audio_path.endswith(".mp3")}
    if old.audio_path.endswith(".mp3"):
        names[""] = old.audio_path.removesuffix(".mp3")
    return names


def _safe(article_id: str) -> str:
    """An article id as a file name.

    >>> _safe("p3/a2 x")
    'p3_a2_x'
    """
    return re.sub(r"[^\w.-]", "_", article_id)
