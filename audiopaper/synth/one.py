"""The `audiopaper synth` command as library calls: one text → one audio file
(`synth_text`), or an edition's scripts → their renderings JSON (`synth_scripts`), the file
`audiopaper assemble` reads."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from audiopaper.common.documents import STDIN, load_scripts
from audiopaper.common.files import replacing, write_atomic
from audiopaper.common.media import export, segment
from audiopaper.errors import InputError, OutputError, SynthError
from audiopaper.model import Rendering, Script, Segment
from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.engine import Engine
from audiopaper.synth.progress import SynthProgress
from audiopaper.synth.render import RenderReport, RenderSettings, render_scripts
from audiopaper.synth.retry import RetryPolicy

PARAGRAPH_PAUSE_MS = 400


def text_script(text: str, lang: str, article_id: str = "text") -> Script:
    """A script reading `text` in the body voice, a short pause after each paragraph (line).

    >>> [s.text for s in text_script("第一段。\\n\\n第二段。", "zh").segments]
    ['第一段。', '第二段。']
    """
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        raise InputError("there is no text to speak")
    segments = tuple(Segment(p, "body", PARAGRAPH_PAUSE_MS if i < len(paragraphs) - 1 else 0)
                     for i, p in enumerate(paragraphs))
    return Script(article_id, lang, paragraphs[0][:30], segments)


def synth_text(text: str, output: str | Path, lang: str, engine: Engine | str = "edge",
               voice: str | None = None, fallback: Engine | str | None = None,
               cache_dir: str | Path | None = None, jobs: int = 4,
               progress: SynthProgress | None = None, tries: int = 5) -> Rendering:
    """Speak `text` into `output` (format from its suffix: .mp3, .wav, .m4a ...).

    Returns the Rendering with `audio_path` set to `output`; cues are on its timeline.
    `tries`: attempts per chunk before it fails (or falls back).
    """
    target = Path(output)
    if target.exists() and target.is_dir():
        raise InputError("is a directory, not an audio file name", target)
    settings = RenderSettings(engine, fallback, jobs, voice, retry=RetryPolicy(attempts=tries))
    report = render_scripts([text_script(text, lang)], settings, progress=progress,
                            cache=ChunkCache(cache_dir) if cache_dir else None)
    rendering = report.renderings[0]
    encode_file(Path(rendering.audio_path), target)
    return Rendering(rendering.article_id, str(target), rendering.duration_ms, rendering.cues,
                     rendering.engine, rendering.voice, rendering.notes)


def synth_scripts(scripts: str | Path, renderings: str | Path, engine: Engine | str = "offline",
                  voice: str | None = None, fallback: Engine | str | None = None,
                  cache_dir: str | Path | None = None, jobs: int = 4,
                  progress: SynthProgress | None = None, tries: int = 5) -> RenderReport:
    """Render every script of a scripts JSON ("-": standard input) and write the report, with
    its renderings, to `renderings`.

    The WAVs go to a folder beside it (`<name>-audio/`) and the report names them relative to
    it, so the two move together; a rerun reuses what is already there.  With `renderings`
    "-" the report goes to standard output (for a pipe into `assemble -`) and names the WAVs
    where they stay, in the cache's render folder.  Scripts that failed are in the report's
    failures, the others are rendered.
    """
    to_stdout = str(renderings) == STDIN
    target = Path(renderings)
    if not to_stdout and target.is_dir():
        raise InputError("is a directory, not a JSON file name", target)
    report = render_scripts(
        load_scripts(scripts),
        RenderSettings(engine, fallback, jobs, voice, retry=RetryPolicy(attempts=tries)),
        progress=progress, cache=ChunkCache(cache_dir) if cache_dir else None,
        out_dir=None if to_stdout else target.parent / f"{target.stem}-audio")
    if to_stdout:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return report
    portable = replace(report, renderings=tuple(
        replace(r, audio_path=os.path.relpath(r.audio_path, target.parent))
        for r in report.renderings))
    write_atomic(target, json.dumps(portable.to_dict(), ensure_ascii=False, indent=1)
                 .encode("utf-8"), OutputError)
    return portable


def encode_file(source: Path, target: Path) -> None:
    """Encode `source` into `target`, the format chosen by its suffix (.mp3, .wav, .m4a...),
    through a temporary name so a failed encode leaves no half file."""
    fmt = target.suffix.lstrip(".")
    if not fmt:
        raise InputError("give the output a suffix that names its format (.mp3, .wav...)", target)
    try:
        with replacing(target, SynthError) as tmp:
            export(segment(source, SynthError), tmp, fmt, SynthError,
                   bitrate="64k" if fmt.lower() == "mp3" else None)
    except SynthError as e:   # named by the file asked for, not its temporary name
        raise SynthError(e.reason, target) from None
