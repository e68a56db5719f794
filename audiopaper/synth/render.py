"""Script → Rendering: chunk, look up the cache, request what is missing, check, join.

`render_scripts` is the stage's entry point.  For every script it picks each segment's voice
from the language's profile (anchor for intro/headline/outro, body for body/caption, quote
if the profile has one), cuts segments into chunks, and renders the chunks that are not in
the cache concurrently, at most `jobs` requests at a time, each retried with backoff.  A
script's chunks are then decoded and joined, with each segment's `pause_after_ms` of silence,
into ONE file per script: WAV in the one sample format (`common.media`).  Its `Rendering` carries the
duration measured from that file and sentence cues shifted onto its timeline by the measured
lengths of the parts before them.

A script whose chunks still fail after the retries (and after the offline fallback, when one
is given) is reported in `RenderReport.failures`; the other scripts complete, and every chunk
that did render stays cached, so a rerun requests only what is missing.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audiopaper.common.files import write_atomic
from audiopaper.common.media import (
    SAMPLE_RATE,
    decode_many,
    measure_ms,
    pcm_ms,
    pcm_to_wav,
    silence,
    wav_duration_ms,
)
from audiopaper.errors import AudiopaperError, InputError, SynthError
from audiopaper.model import Cue, Failure, Rendering, Script, Vocabulary
from audiopaper.synth.cache import CachedChunk, ChunkCache, chunk_key
from audiopaper.synth.checks import check_complete
from audiopaper.synth.chunking import MAX_BYTES, chunk_text
from audiopaper.synth.engine import Engine, VoiceSpec
from audiopaper.synth.engines import get_engine
from audiopaper.synth.profiles import VoiceProfile, load_voice_profile
from audiopaper.synth.progress import NoProgress, SynthProgress
from audiopaper.synth.retry import RetryPolicy, with_retries


@dataclass(frozen=True)
class RenderReport:
    """What a run produced: renderings in script order, the scripts that failed (`Failure`s),
    and counts: requests made (every try, retries included), chunks taken from the cache,
    retries, chunks the fallback engine spoke, all chunks planned and those spoken anew;
    `vocabulary`: the words the scripts were cut with, passed on to assemble (`synth_scripts`).

    Every chunk is either from the cache, spoken anew, or failed:
    `chunks == cached_chunks + spoken + failed chunks`; `fallbacks` is part of the first two.
    """

    renderings: tuple[Rendering, ...]
    failures: tuple[Failure, ...] = ()
    requests: int = 0
    cached_chunks: int = 0
    retries: int = 0
    fallbacks: int = 0
    chunks: int = 0
    spoken: int = 0
    fallback_engine: str | None = None
    vocabulary: Vocabulary = Vocabulary()

    def to_dict(self) -> dict[str, Any]:
        return {"renderings": [r.to_dict() for r in self.renderings],
                "failures": [f.to_dict() for f in self.failures], "requests": self.requests,
                "cached_chunks": self.cached_chunks, "retries": self.retries,
                "fallbacks": self.fallbacks, "chunks": self.chunks, "spoken": self.spoken,
                "fallback_engine": self.fallback_engine, "vocabulary": self.vocabulary.to_dict()}


@dataclass(frozen=True)
class _Part:
    """One chunk of one segment, with its voice on each engine and the silence after it."""

    index: int
    text: str
    spec: VoiceSpec
    fallback_spec: VoiceSpec | None
    pause_after_ms: int


@dataclass
class _Counts:
    requests: int = 0
    cached: int = 0
    retries: int = 0
    fallbacks: int = 0
    spoken: int = 0
    versions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RenderSettings:
    """How scripts are spoken: the engines, how many requests at once, the voices, how hard
    to try.  Where the audio goes and who watches are the call's own arguments.

    engine/fallback: an Engine or its name ("edge", "espeak", "piper", "mandarin", or
    "offline": the language's neural voice if installed, else espeak); a chunk that fails on
    `engine` after all retries is rendered on `fallback` (and noted) instead of failing its
    script.  voice: replaces the voice name of every role on `engine`; voices: the same per
    segment role ({"headline": "..."}).  profiles: voice profiles by language (default: each
    script's language's, loaded).  max_chunk_bytes: the longest request.

    >>> RenderSettings(jobs=0)
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: --jobs must be at least 1, got 0
    """

    engine: Engine | str = "edge"
    fallback: Engine | str | None = None
    jobs: int = 4
    voice: str | None = None
    voices: Mapping[str, str] = field(default_factory=dict)
    profiles: Mapping[str, VoiceProfile] = field(default_factory=dict)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    max_chunk_bytes: int = MAX_BYTES

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise InputError(f"--jobs must be at least 1, got {self.jobs}")


def render_scripts(scripts: Sequence[Script], settings: RenderSettings = RenderSettings(), *,
                   progress: SynthProgress | None = None, cache: ChunkCache | None = None,
                   out_dir: str | Path | None = None) -> RenderReport:
    """Render scripts to one WAV file each, as `settings` says; see the module docstring.

    progress: told of every chunk; cache: chunk cache (default: user cache dir or
    $AUDIOPAPER_CACHE); out_dir: where the joined files go (default: `<cache>/renders`).
    Raises InputError for a bad voice or missing profile (before any request), and SynthError
    only when scripts were given and none could be rendered.
    """
    return asyncio.run(arender_scripts(scripts, settings, progress=progress, cache=cache,
                                       out_dir=out_dir))


async def arender_scripts(scripts: Sequence[Script], settings: RenderSettings = RenderSettings(),
                          *, progress: SynthProgress | None = None,
                          cache: ChunkCache | None = None,
                          out_dir: str | Path | None = None) -> RenderReport:
    """`render_scripts` for callers already inside an event loop."""
    engine, fallback = settings.engine, settings.fallback
    lang = scripts[0].lang if scripts else None  # for "offline": that language's best voice
    primary = get_engine(engine, lang) if isinstance(engine, str) else engine
    spare = get_engine(fallback, lang) if isinstance(fallback, str) else fallback
    cache = cache or ChunkCache()
    run = _Run(primary, spare, cache, Path(out_dir) if out_dir else cache.root / "renders",
               asyncio.Semaphore(settings.jobs), settings.retry, progress or NoProgress())
    loaded = dict(settings.profiles)
    plans = []
    for script in scripts:
        if script.lang not in loaded:
            loaded[script.lang] = load_voice_profile(script.lang)
        plans.append(_plan(script, loaded[script.lang], primary, spare, settings.voice,
                           settings.voices, settings.max_chunk_bytes))
    run.check_voices([p for plan in plans for p in plan])
    chunks = sum(len(plan) for plan in plans)
    run.progress.plan(len(scripts), chunks)
    outcomes = await asyncio.gather(*(run.script(s, plan) for s, plan in zip(scripts, plans)),
                                    return_exceptions=True)
    renderings: list[Rendering] = []
    failures: list[Failure] = []
    for script, outcome in zip(scripts, outcomes):
        if isinstance(outcome, Rendering):
            renderings.append(outcome)
        elif isinstance(outcome, AudiopaperError):
            failures.append(Failure(script.article_id, "synth", str(outcome)))
        else:
            raise outcome  # a bug, not a synthesis failure: keep its traceback
    if failures and not renderings:
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        hint = (" (no network? use --engine espeak, or --fallback espeak to speak what edge "
                "cannot)" if primary.name == "edge" and spare is None
                and any("cannot connect" in f.reason for f in failures) else "")
        raise SynthError(f"no script could be rendered: {failures[0]}{more}{hint}")
    c = run.counts
    return RenderReport(tuple(renderings), tuple(failures), c.requests, c.cached, c.retries,
                        c.fallbacks, chunks, c.spoken, spare.name if spare else None)


def _plan(script: Script, profile: VoiceProfile, engine: Engine, spare: Engine | None,
          voice: str | None, voices: Mapping[str, str], max_bytes: int) -> list[_Part]:
    """The chunks of a script in order, each with its voices and the silence after it."""
    parts: list[_Part] = []
    for segment in script.segments:
        chunks = chunk_text(segment.text, max_bytes)
        spec = profile.spec(segment.role, engine.name, voices.get(segment.role) or voice)
        spare_spec = profile.spec(segment.role, spare.name) if spare else None
        for i, text in enumerate(chunks):
            pause = segment.pause_after_ms if i == len(chunks) - 1 else 0
            parts.append(_Part(len(parts), text, spec, spare_spec, pause))
    return parts


class _Run:
    """State shared by the scripts of one call: engines, cache, the request semaphore."""

    def __init__(self, engine: Engine, spare: Engine | None, cache: ChunkCache, out_dir: Path,
                 semaphore: asyncio.Semaphore, policy: RetryPolicy,
                 progress: SynthProgress) -> None:
        self.engine, self.spare, self.cache, self.out_dir = engine, spare, cache, out_dir
        self.semaphore, self.policy, self.progress = semaphore, policy, progress
        self.counts = _Counts()

    def check_voices(self, parts: list[_Part]) -> None:
        """Every voice must be speakable before the first request goes out."""
        seen: set[VoiceSpec] = set()
        for part in parts:
            for engine, spec in ((self.engine, part.spec), (self.spare, part.fallback_spec)):
                if engine is not None and spec is not None and spec not in seen:
                    engine.check_voice(spec)
                    seen.add(spec)

    def _version(self, engine: Engine) -> str:
        if engine.name not in self.counts.versions:
            self.counts.versions[engine.name] = engine.version()
        return self.counts.versions[engine.name]

    async def script(self, script: Script, parts: list[_Part]) -> Rendering:
        try:
            if not parts:
                raise SynthError("the script has no text to speak")
            done = await asyncio.gather(*(self.chunk(script, p) for p in parts),
                                        return_exceptions=True)
            got: list[tuple[CachedChunk, str | None]] = []
            failed: list[tuple[_Part, AudiopaperError]] = []
            for part, outcome in zip(parts, done):
                if isinstance(outcome, AudiopaperError):
                    failed.append((part, outcome))
                elif isinstance(outcome, BaseException):
                    raise outcome  # a bug: keep its traceback
                else:
                    got.append(outcome)
            if failed:
                part, error = failed[0]
                raise SynthError(f"{len(failed)} of {len(parts)} chunks failed; "
                                 f"chunk {part.index + 1}: {error}")
            chunks = [chunk for chunk, _ in got]
            notes = tuple(note for _, note in got if note)
            rendering = await asyncio.to_thread(self.join, script, parts, chunks, notes)
        except BaseException:
            self.progress.article_done(script.article_id, False)
            raise
        self.progress.article_done(script.article_id, True)
        return rendering

    async def chunk(self, script: Script, part: _Part) -> tuple[CachedChunk, str | None]:
        """One chunk from the cache, else from the engine, else from the fallback engine."""
        key = chunk_key(self.engine.name, self._version(self.engine), part.spec, part.text)
        hit = self.cache.get(key)
        if hit is not None:
            self.counts.cached += 1
            self.progress.chunk_done(hit.path.stat().st_size, True)
            return hit, None
        try:
            return await self._render(self.engine, part.spec, part.text, key), None
        except SynthError as error:
            if self.spare is None or part.fallback_spec is None:
                raise
            spare_key = chunk_key(self.spare.name, self._version(self.spare), part.fallback_spec,
                                  part.text)
            got = self.cache.get(spare_key)
            if got is not None:  # the fallback's chunk from an earlier run: on the bar too
                self.counts.cached += 1
                self.progress.chunk_done(got.path.stat().st_size, True)
            else:
                got = await self._render(self.spare, part.fallback_spec, part.text, spare_key)
            self.counts.fallbacks += 1
            return got, (f"{script.article_id}: chunk {part.index + 1} rendered by "
                         f"{self.spare.name} after {self.engine.name} failed: {error}")

    async def _render(self, engine: Engine, spec: VoiceSpec, text: str, key: str) -> CachedChunk:
        async def attempt() -> CachedChunk:
            async with self.semaphore:
                self.counts.requests += 1
                speech = await engine.synthesize(text, spec)
            duration = measure_ms(speech.audio, speech.fmt)
            check_complete(text, speech.boundaries, duration, spec.rate_pct)
            return self.cache.put(key, speech, duration, engine.name, spec.voice, text)

        def retried(n: int, error: SynthError) -> None:
            self.counts.retries += 1
            self.progress.retried(f"{engine.name} try {n}: {error}")

        got = await with_retries(attempt, self.policy, retried)
        self.counts.spoken += 1
        self.progress.chunk_done(got.path.stat().st_size, False)
        return got

    def join(self, script: Script, parts: list[_Part], chunks: list[CachedChunk],
             notes: tuple[str, ...]) -> Rendering:
        """Decode and concatenate a script's chunks with its pauses into one WAV file.

        The file's name hashes the chunk keys and pauses, so a rerun that changed nothing
        reuses it (with its sidecar of cues) instead of decoding again.
        """
        digest = hashlib.sha256(json.dumps(
            [SAMPLE_RATE] + [[str(c.path.name), p.pause_after_ms] for c, p in zip(chunks, parts)]
        ).encode()).hexdigest()[:16]
        target = self.out_dir / f"{_slug(script.article_id)}-{digest}.wav"
        sidecar = target.with_suffix(".json")
        if target.is_file() and sidecar.is_file():
            old = Rendering.from_dict(json.loads(sidecar.read_text(encoding="utf-8")))
            return Rendering(old.article_id, str(target), wav_duration_ms(target),
                             old.cues, old.engine, old.voice, old.notes)
        pcm, cues = bytearray(), []
        for chunk, part, audio in zip(chunks, parts, decode_many([c.path for c in chunks], SynthError)):
            start = pcm_ms(pcm)
            length = pcm_ms(audio)
            pcm += audio
            if chunk.boundaries:
                cues += [Cue(start + b.offset_ms, min(start + length, start + b.offset_ms
                                                      + b.duration_ms), b.text)
                         for b in chunk.boundaries]
            else:
                cues.append(Cue(start, start + length, part.text))
            pcm += silence(part.pause_after_ms)
        data = pcm_to_wav(bytes(pcm))
        write_atomic(target, data, SynthError)
        engines = list(dict.fromkeys(c.engine for c in chunks))
        rendering = Rendering(script.article_id, str(target), wav_duration_ms(data), tuple(cues),
                              "+".join(engines), ", ".join(dict.fromkeys(c.voice for c in chunks)),
                              notes)
        write_atomic(sidecar, json.dumps(rendering.to_dict(), ensure_ascii=False,
                                         indent=1).encode("utf-8"), SynthError)
        return rendering


def _slug(article_id: str) -> str:
    """A file-name-safe form of an article id.

    >>> _slug("p1/a-02 头条")
    'p1_a-02_头条'
    """
    return re.sub(r"[^\w.-]+", "_", article_id).strip("._") or "article"
