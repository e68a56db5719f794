"""The `audiopaper synth` command as library calls: one text → one audio file
(`synth_text`), or an edition's scripts → their renderings JSON (`synth_scripts`), the file
`audiopaper assemble` reads."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from audiopaper.common import segment as segmentation
from audiopaper.common.documents import STDIN, load_scripts
from audiopaper.common.files import replacing, write_atomic
from audiopaper.common.media import export, segment
from audiopaper.errors import InputError, OutputError, SynthError
from audiopaper.model import Rendering, Script, Segment
from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.progress import SynthProgress
from audiopaper.synth.render import RenderReport, RenderSettings, render_scripts

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


def synth_text(text: str, output: str | Path, lang: str,
               settings: RenderSettings = RenderSettings(), *,
               progress: SynthProgress | None = None,
               cache: ChunkCache | None = None) -> Rendering:
    """Speak `text` in `lang` into `output` (format from its suffix: .mp3, .wav, .m4a ...), as
    `settings` says (engine, fallback, jobs, voice, tries: `render_scripts`'s settings).

    Returns the Rendering with `audio_path` set to `output`; cues are on its timeline.
    progress: told of every chunk; cache: the chunk cache (default: `$AUDIOPAPER_CACHE`, else
    the user cache dir).
    """
    target = Path(output)
    if target.exists() and target.is_dir():
        raise InputError("is a directory, not an audio file name", target)
    report = render_scripts([text_script(text, lang)], settings, progress=progress, cache=cache)
    rendering = report.renderings[0]
    encode_file(Path(rendering.audio_path), target)
    return Rendering(rendering.article_id, str(target), rendering.duration_ms, rendering.cues,
                     rendering.engine, rendering.voice, rendering.notes)


def synth_scripts(scripts: str | Path, renderings: str | Path,
                  settings: RenderSettings = RenderSettings(engine="offline"), *,
                  progress: SynthProgress | None = None,
                  cache: ChunkCache | None = None) -> RenderReport:
    """Render every script of a scripts JSON ("-": standard input) as `settings` says, and
    write the report, with its renderings, to `renderings`.

    The WAVs go to a folder beside it (`<name>-audio/`) and the report names them relative to
    it, so the two move together; a rerun reuses what is already there.  With `renderings`
    "-" the report goes to standard output (for a pipe into `assemble -`) and names the WAVs
    where they stay, in the cache's render folder.  Scripts that failed are in the report's
    failures, the others are rendered.  The scripts' vocabulary (the lexicon normalize read
    them with) is cut with here and passed on in the report, for assemble.
    """
    to_stdout = str(renderings) == STDIN
    target = Path(renderings)
    if not to_stdout and target.is_dir():
        raise InputError("is a directory, not a JSON file name", target)
    loaded, vocabulary = load_scripts(scripts)
    segmentation.add(vocabulary)
    report = replace(render_scripts(
        loaded, settings, progress=progress, cache=cache,
        out_dir=None if to_stdout else target.parent / f"{target.stem}-audio"),
        vocabulary=vocabulary)
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
