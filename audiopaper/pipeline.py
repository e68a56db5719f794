"""build_edition(): the whole pipeline, pages in → published audio edition out.

ingest → split → normalise (and the scripts step) → synthesise → assemble → publish.  Stages
never import each other; this module composes them (the library form of `audiopaper build`).

Articles render first; the opening rundown is written afterwards from the articles that did
render, so it never promises a story the episode does not have.  A failed article is named in
the result (and the command exits non-zero) while the rest of the edition still ships; a rerun
takes every chunk already rendered from the synth cache and fills in only what is missing.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audiopaper.assemble import build_episode
from audiopaper.common import settings
from audiopaper.config import LANGS, Config, explicit_feed_settings
from audiopaper.errors import InputError, SynthError
from audiopaper.ingest import read_pages
from audiopaper.model import Edition, Episode, Failure, Vocabulary
from audiopaper.preflight import check_keep, edition_day, output_errors, writable_folder
from audiopaper.publish import PublishConfig, PublishResult, publish, sweep_stale
from audiopaper.scripts import (
    article_scripts,
    edition_lexicon,
    frame_scripts,
    mark_continuations,
)
from audiopaper.split import split_pages
from audiopaper.synth import RenderReport, RenderSettings, render_scripts
from audiopaper.synth.cache import CACHE_ENV, ChunkCache
from audiopaper.synth.progress import NoProgress, SynthProgress
from audiopaper.synth.retry import RetryPolicy


@dataclass(frozen=True)
class BuildResult:
    """What one build made: the episode's manifest, the published site, and what failed.

    The counts are of the whole build (the articles, then the opening and closing), so they
    match the progress bar: `chunks` = `cached` + `spoken` + chunks that failed; `requests`
    counts every try sent to an engine (retries included); `fallbacks` of the chunks were
    spoken by `fallback_engine`.
    """

    episode: Episode
    published: PublishResult | None
    failures: tuple[Failure, ...]
    requests: int
    cached: int
    chunks: int = 0
    spoken: int = 0
    retries: int = 0
    fallbacks: int = 0
    fallback_engine: str | None = None
    frame_chunks: int = 0

    def speech_summary(self) -> str:
        """One line on the speech of the build, in the bar's terms.

        >>> print(BuildResult(None, None, (), 48, 10, 40, 30, 8, 3, "espeak", 2)  # type: ignore[arg-type]
        ...       .speech_summary())
        speech: 40 chunks (38 for the articles, 2 for the opening and closing): 30 spoken, 10 from the cache; 48 requests (8 of them retries); 3 chunks spoken by the fallback engine espeak
        """
        failed = self.chunks - self.cached - self.spoken
        parts = f"{self.spoken} spoken, {self.cached} from the cache" + (
            f", {failed} failed" if failed else "")
        split = (f" ({self.chunks - self.frame_chunks} for the articles, {self.frame_chunks} "
                 "for the opening and closing)" if self.frame_chunks else "")
        retries = f" ({self.retries} of them retries)" if self.retries else ""
        line = f"speech: {self.chunks} chunks{split}: {parts}; {self.requests} requests{retries}"
        if self.fallbacks:
            line += (f"; {self.fallbacks} chunk{'s' if self.fallbacks != 1 else ''} spoken by "
                     f"the fallback engine {self.fallback_engine}")
        return line


def read_edition(paths: Sequence[str | Path], config: Config, *, lang: str | None = None,
                 pages: Sequence[int] | None = None, date: str | None = None,
                 encoding: str | None = None) -> Edition:
    """Pages on disk (text files or PDFs; a PDF's pages in order) → the edition's articles, with
    the paper's name, language and date set.

    The language is the `--lang` flag, else the config file's `language`, else what the
    pages say (`auto`: always what the pages say).
    """
    nums = list(pages) if pages else list(range(1, len(paths) + 1))
    if len(nums) != len(paths):
        raise InputError(f"{len(nums)} page numbers given for {len(paths)} files")
    want = lang or (config.lang if "lang" in config.from_file else "auto")
    read = [pg for p, n in zip(paths, nums)
            for pg in read_pages(p, page_no=n, lang=want, encoding=encoding)]
    edition = split_pages(read)
    edition = dataclasses.replace(edition, paper=config.paper, lang=read[0].lang,
                                  date=date or edition.date)
    # a story that jumps to a page left out says where it goes on, instead of stopping
    return mark_continuations(edition, {pg.page_no for pg in read})


@dataclass(frozen=True)
class BuildOptions:
    """What one build is asked besides the paper's settings (`Config`): which pages and date,
    how hard to try, where the synth cache is, what to publish.  The CLI's build flags that
    are not config keys; one value, so the build's steps take it whole.

    pages: the files' page numbers (default 1, 2, ...); lang: the `--lang` flag (None: the
    config file's `language`, else detected; `auto`: detected); encoding: of the text pages
    (default: detected); lexicon: the user lexicon (default `voices/lexicon-<lang>.toml`);
    tries: attempts per chunk before it fails, or goes to `fallback`; cache_dir: the synth
    cache (default `$AUDIOPAPER_CACHE`, else the user cache dir); keep: the newest editions
    to keep (default all); publish_site: republish the feed and pages after assembling.
    """

    date: str | None = None
    lang: str | None = None
    pages: tuple[int, ...] | None = None
    encoding: str | None = None
    lexicon: str | Path | None = None
    fallback: str | None = None
    tries: int = 5
    cache_dir: str | Path | None = None
    keep: int | None = None
    publish_site: bool = True


def build_edition(paths: Sequence[str | Path], config: Config, out_dir: str | Path,
                  options: BuildOptions = BuildOptions(), *,
                  progress: SynthProgress | None = None,
                  steps: Callable[[str], None] | None = None) -> BuildResult:
    """Build one edition from its page files into `out_dir/<date>/`, then republish `out_dir`.

    Every setting and folder is checked before any speech (`preflight`): the date, `keep`,
    the output and cache folders, the feed settings, the voices.  progress: sees every chunk
    (the opening's and closing's too); steps: is told each step after the articles are spoken
    (opening and closing, assembly, publishing) as it starts, for a progress display.
    """
    o = options
    day = (edition_day(o.date) if o.date
           else dt.datetime.now(settings.zone(config.timezone, config.lang)).date().isoformat())
    check_keep(o.keep)
    if o.lang not in (None, "auto", *LANGS):
        raise InputError(f"--lang: must be {', '.join(LANGS)} or auto, got {o.lang!r}")
    # built now so a bad feed setting fails before any audio is rendered
    PublishConfig(base_url=config.base_url, timezone=config.timezone, **config.feed)
    # what publish gets: the settings this build states (flags, then its file); the catalog
    # supplies the rest from the last publish, so a build never drops a stored base URL
    channel = explicit_feed_settings(config)
    out_dir = writable_folder(out_dir, "--out")
    # what killed builds left (a 20 MB `.episode.pcm.<pid>.part`); a concurrent build's stay
    sweep_stale(out_dir)
    cache = ChunkCache(Path(o.cache_dir) if o.cache_dir is not None else None)
    writable_folder(cache.root, "--cache-dir" if o.cache_dir is not None
                    else f"the cache folder (${CACHE_ENV} or the user cache dir)")
    edition = read_edition(paths, config, lang=o.lang, pages=o.pages, date=day,
                           encoding=o.encoding)
    config = dataclasses.replace(config, lang=edition.lang)
    with output_errors(out_dir):
        return _speak_and_publish(edition, config, o, _Run(out_dir, day, channel, cache),
                                  progress or NoProgress(), steps or (lambda what: None))


@dataclass(frozen=True)
class _Run:
    """Where one build goes, settled before any speech: the output folder, the edition's day,
    the feed settings it states and the synth cache."""

    out_dir: Path
    day: str
    channel: dict[str, Any]
    cache: ChunkCache


class _ChunksOnly:
    """The opening's and closing's render seen by the build's progress: their chunks count
    on the chunks bar, but they are not articles."""

    def __init__(self, progress: SynthProgress) -> None:
        self._progress = progress

    def plan(self, articles: int, chunks: int) -> None:
        self._progress.plan(0, chunks)

    def chunk_done(self, nbytes: int, cached: bool) -> None:
        self._progress.chunk_done(nbytes, cached)

    def retried(self, message: str) -> None:
        self._progress.retried(message)

    def article_done(self, article_id: str, ok: bool) -> None:
        pass


def _speak_and_publish(edition: Edition, config: Config, o: BuildOptions, run: _Run,
                       progress: SynthProgress, step: Callable[[str], None]) -> BuildResult:
    lex = edition_lexicon(edition.lang, o.lexicon)
    scripts = article_scripts(edition, config, lex)
    # the spoken opening and closing, tried before any speech: a bad template fails now
    frame_scripts(edition, config, run.day, lex)
    speak = RenderSettings(config.engine, o.fallback, config.jobs, voices=dict(config.voices),
                           retry=RetryPolicy(attempts=o.tries))
    report = render_scripts(scripts, speak, progress=progress, cache=run.cache)
    rendered = {r.article_id for r in report.renderings}
    heard = dataclasses.replace(edition, articles=tuple(a for a in edition.articles
                                                        if a.id in rendered))
    frame = frame_scripts(heard, config, run.day, lex)
    step("speak the opening and closing")
    try:
        framed = render_scripts(frame, speak, progress=_ChunksOnly(progress), cache=run.cache)
    except SynthError as e:  # the episode still ships without its opening and closing
        framed = RenderReport((), tuple(Failure(s.article_id, "synth", str(e)) for s in frame))
    by_id = {r.article_id: r for r in framed.renderings}
    episode = build_episode(edition, by_id.get(frame[0].article_id), report.renderings,
                            by_id.get(frame[1].article_id), config, run.out_dir, run.day,
                            step=step, vocabulary=lex.vocabulary(edition.lang) if lex
                            else Vocabulary())
    published = publish(run.out_dir, keep=o.keep, fallback_base_url=config.base_url, step=step,
                        **run.channel) if o.publish_site else None
    named = {f.article_id for f in report.failures}
    failures = report.failures + framed.failures + tuple(
        Failure(a, "assemble", "audio did not decode") for a in episode.failures if a not in named)
    return BuildResult(episode, published, failures, report.requests + framed.requests,
                       report.cached_chunks + framed.cached_chunks,
                       chunks=report.chunks + framed.chunks,
                       spoken=report.spoken + framed.spoken,
                       retries=report.retries + framed.retries,
                       fallbacks=report.fallbacks + framed.fallbacks,
                       fallback_engine=report.fallback_engine or framed.fallback_engine,
                       frame_chunks=framed.chunks)
