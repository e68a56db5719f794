"""The `audiopaper` command: one subcommand per stage, each a thin call into the library.

This module is the error boundary: an AudiopaperError becomes `error: <path>: <message>` on
stderr and exit code 2; anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Iterator, List, Optional

import typer

from audiopaper.common.engines import ENGINE_NAMES
from audiopaper.config import DEFAULT_ENGINE, LANGS
from audiopaper.errors import AudiopaperError

if TYPE_CHECKING:   # imported where the command runs: `--help` does not pay for the stage
    from audiopaper.synth.cache import ChunkCache
    from audiopaper.synth.render import RenderSettings

# The options several commands share, declared once so they mean the same everywhere.
#: --lang: not given = the config file's `language` where the command reads a config
#: (build), else detected from the text; `auto` always detects.
LangOption = Annotated[Optional[str], typer.Option(
    "--lang", metavar="|".join((*LANGS, "auto")),
    help=f"Language of the text: {', '.join(LANGS)} or auto (detect). Default: the config "
         "file's `language` where the command reads a config (build), else detected from "
         "the text.")]
#: --engine: not given = the config file's `engine` where the command reads a config, else
#: the offline default (the same for synth and build).
EngineOption = Annotated[Optional[str], typer.Option(
    "--engine", metavar="ENGINE",
    help=f"Speech engine: {', '.join(ENGINE_NAMES)} (offline: the neural voice if installed, else "
         "espeak; edge is online). Default: the config file's `engine` where the command "
         f"reads a config (build), else {DEFAULT_ENGINE}.")]
FallbackOption = Annotated[Optional[str], typer.Option(
    "--fallback", metavar="ENGINE",
    help="Engine for chunks that still fail after their tries, e.g. espeak or offline.")]
TriesOption = Annotated[int, typer.Option(
    "--tries", help="Attempts per chunk before it fails or falls back.")]
ConfigOption = Annotated[Optional[Path], typer.Option(
    "--config", help="Settings file, audiopaper.toml (default: ./audiopaper.toml if present).")]
LexiconOption = Annotated[Optional[Path], typer.Option(
    "--lexicon", help="User lexicon (TOML); default voices/lexicon-<lang>.toml when it exists.")]
CacheDirOption = Annotated[Optional[Path], typer.Option(
    "--cache-dir", help="Synthesis chunk cache (default $AUDIOPAPER_CACHE or the user cache dir).")]
PagesOption = Annotated[Optional[str], typer.Option(
    "--pages", help="Page numbers of the files, e.g. 1,3.")]
EncodingOption = Annotated[Optional[str], typer.Option(
    "--encoding", help="Encoding of the text files, e.g. gb18030 (default: detected).")]
BitrateOption = Annotated[Optional[str], typer.Option("--bitrate", help="MP3 bitrate, e.g. 64k.")]
ChimeOption = Annotated[Optional[str], typer.Option(
    "--chime", help="Between articles: tone, none, or a sound file.")]
CoverOption = Annotated[Optional[str], typer.Option(
    "--cover", help="Cover image: square PNG/JPEG, 1400-3000 px.")]


def text_lang(lang: Optional[str], text: str) -> str:
    """What `--lang` means for a command given a text (and no config): the language named,
    else the one the text is written in; a text with no letters at all (only digits and signs)
    says nothing, so it gets the config's default language.

    >>> text_lang(None, "本报讯 市图书馆"), text_lang("auto", "The park"), text_lang("en", "公园")
    ('zh', 'en', 'en')
    >>> text_lang(None, "12%")
    'zh'
    """
    from audiopaper.config import Config
    from audiopaper.ingest import detect_lang

    if lang not in (None, "auto"):
        return str(lang)
    return detect_lang(text) if any(c.isalpha() for c in text) else Config.lang

app = typer.Typer(
    help="Turn a newspaper edition into an audio edition: podcast episode, feed, per-article audio.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: typer's rich formatter imports rich.markdown and pygments,
    # which tripled the start of `--help` (bench/bench_startup.py, issue 14).
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"audiopaper {version('audiopaper')}")
        except PackageNotFoundError:
            typer.echo("audiopaper (not installed)")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_show_version,
                                       is_eager=True, help="Print the version and exit.")) -> None:
    """Turn a newspaper edition into an audio edition: podcast episode, feed, per-article audio."""


@contextmanager
def errors_as_exit() -> Iterator[None]:
    """Turn our own errors into one line on stderr and exit code 2."""
    try:
        yield
    except AudiopaperError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(code=2) from None


def _page_numbers(pages: Optional[str], count: int) -> list[int]:
    if not pages:
        return list(range(1, count + 1))
    try:
        nums = [int(x) for x in pages.split(",") if x.strip()]
    except ValueError:
        raise AudiopaperError(f"--pages must be numbers separated by commas, got {pages!r}") from None
    if len(nums) != count:
        raise AudiopaperError(f"--pages names {len(nums)} pages but {count} files were given")
    return nums


@app.command()
def split(
    files: List[Path] = typer.Argument(..., help="Page files of one edition, in page order."),
    as_json: bool = typer.Option(False, "--json", help="Print the articles as JSON (corpus schema)."),
    lang: LangOption = None,
    pages: PagesOption = None,
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Say which encoding each file was read in."),
    encoding: EncodingOption = None,
    dump_layout: Optional[Path] = typer.Option(
        None, "--dump-layout", help="PDF pages: write a PNG of each page with the detected blocks "
        "and story areas drawn on it (OUT, or OUT-1.png, OUT-2.png... for several pages)."),
) -> None:
    """Split printed pages (text or PDF) into articles in listening order (lead story first)."""
    from audiopaper.ingest import read_pages
    from audiopaper.split import split_pages

    with errors_as_exit():
        nums = _page_numbers(pages, len(files))
        read = [p for f, n in zip(files, nums)
                for p in read_pages(f, page_no=n, lang=lang or "auto", encoding=encoding)]
        if verbose:
            for p in read:
                typer.echo(f"{p.source}: encoding {p.encoding}, language {p.lang}, page {p.page_no}",
                           err=True)
        if dump_layout is not None:
            from audiopaper.split.dump import dump_layouts

            for png in dump_layouts(read, dump_layout):
                typer.echo(f"layout: {png}", err=True)
        edition = split_pages(read)
    if as_json:
        sys.stdout.write(json.dumps(edition.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(edition.articles)} articles, {len(edition.skipped)} blocks skipped")
    for col in ("id", "kind", "headline", "byline", "paras", "chars", "jump"):
        table.add_column(col)
    for a in edition.articles:
        jump = (f"→{a.continued_to}" if a.continued_to else "") + (
            f"←{a.continued_from}" if a.continued_from else "")
        table.add_row(a.id, a.kind, a.headline or "", a.byline or "", str(len(a.paragraphs)),
                      str(sum(len(p) for p in a.paragraphs)), jump)
    Console().print(table)


@app.command()
def publish(
    out: Path = typer.Argument(Path("out"), help="The output folder holding the edition folders."),
    out_opt: Optional[Path] = typer.Option(None, "--out", help="Same as the OUT argument."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Public URL of OUT (remembered)."),
    keep: Optional[int] = typer.Option(None, "--keep", help="Keep only the N newest editions, deleting older ones."),
    title: Optional[str] = typer.Option(None, "--title", help="Podcast title (default: paper name)."),
    author: Optional[str] = typer.Option(None, "--author", help="itunes:author (default: paper name)."),
    email: Optional[str] = typer.Option(None, "--email", help="Owner e-mail for itunes:owner and podcast:locked."),
    timezone: Optional[str] = typer.Option(None, "--timezone", help="Zone of pubDates, e.g. Asia/Shanghai."),
) -> None:
    """Rebuild the catalog, feed.xml, articles.xml and the HTML pages of OUT from its editions."""
    from audiopaper.publish import publish as publish_out

    with errors_as_exit():
        result = publish_out(out_opt or out, base_url=base_url, keep=keep, title=title,
                             author=author, owner_email=email, timezone=timezone)
    typer.echo(result.summary())


@app.command()
def lint(
    out: Path = typer.Argument(Path("out"), help="The published folder to check."),
    decode: bool = typer.Option(False, "--decode", help="Decode every audio file (slow) instead of reading its headers."),
) -> None:
    """Check the feeds of OUT and every file they name; one line per problem, exit 1 if any."""
    from audiopaper.publish.lint import lint as lint_out

    with errors_as_exit():
        problems = lint_out(out, decode=decode)
    for p in problems:
        typer.echo(str(p))
    if problems:
        raise typer.Exit(code=1)
    typer.echo(f"{out}: no problems found", err=True)


@app.command()
def serve(
    out: Path = typer.Argument(Path("out"), help="The published folder to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    port: int = typer.Option(8000, "--port", help="TCP port (0 picks a free one)."),
) -> None:
    """Serve OUT over HTTP with byte ranges, ETags and exact MIME types, for preview."""
    from audiopaper.publish.serve import serve as serve_out

    with errors_as_exit():
        serve_out(out, host=host, port=port)


@app.command()
def assemble(
    renderings: Path = typer.Argument(..., help="JSON list of renderings (synth output); "
                                      "'opening'/'closing' ids are the intro and outro."),
    edition: Path = typer.Option(..., "--edition", help="The edition JSON (split --json output)."),
    out: Path = typer.Option(Path("out"), "--out", help="Output folder; the edition goes to OUT/<date>/."),
    date: Optional[str] = typer.Option(None, "--date", help="Edition date YYYY-MM-DD (default: the edition's)."),
    config: ConfigOption = None,
    bitrate: BitrateOption = None,
    chime: ChimeOption = None,
    cover: CoverOption = None,
) -> None:
    """Join rendered audio into the episode: MP3s with chapters, transcripts, cover, manifest."""
    from audiopaper.assemble import assemble_files
    from audiopaper.config import load_config
    from audiopaper.preflight import edition_day

    with errors_as_exit():
        date = edition_day(date) if date is not None else None  # the check build makes
        settings = load_config(config).with_overrides(bitrate=bitrate, chime=chime, cover=cover)
        episode = assemble_files(renderings, edition, out, settings, date)
    typer.echo(f"{out / episode.date / episode.audio_path}: {len(episode.articles)} articles, "
               f"{episode.duration_ms / 60000:.1f} min"
               + (f", failed: {', '.join(episode.failures)}" if episode.failures else ""))


@app.command()
def synth(
    text: Optional[str] = typer.Argument(None, help="Text to speak (or give --file)."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Text file to speak."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Audio file to write (.mp3, .wav, .m4a)."),
    scripts: Optional[Path] = typer.Option(
        None, "--scripts", help="Instead of one text: an edition's scripts (normalize --edition "
        "output, - for stdin), each rendered to its own WAV; give --json."),
    json_out: Optional[Path] = typer.Option(
        None, "--json", help="With --scripts: where to write the renderings JSON (assemble's "
        "input); the WAVs go beside it, in <name>-audio/. - for stdout."),
    engine: EngineOption = None,
    voice: Optional[str] = typer.Option(None, "--voice", help="Voice name, e.g. zh-CN-YunxiNeural or cmn."),
    lang: LangOption = None,
    fallback: FallbackOption = None,
    jobs: int = typer.Option(4, "--jobs", help="Requests at a time."),
    tries: TriesOption = 5,
    cache_dir: CacheDirOption = None,
) -> None:
    """Speak one text into an audio file, or an edition's scripts into renderings, with
    sentence timings (cached: reruns are free)."""
    from audiopaper.synth.cache import ChunkCache
    from audiopaper.synth.render import RenderSettings
    from audiopaper.synth.retry import RetryPolicy

    with errors_as_exit():
        settings = RenderSettings(engine or DEFAULT_ENGINE, fallback, jobs, voice,
                                  retry=RetryPolicy(attempts=tries))
    cache = ChunkCache(cache_dir) if cache_dir else None
    if scripts is not None:
        _synth_scripts(scripts, json_out, settings, cache,
                       given=text is not None or file is not None or output is not None
                       or lang is not None)
        return
    from audiopaper.ingest import read_page
    from audiopaper.synth.one import synth_text
    from audiopaper.synth.progress import RichProgress

    with errors_as_exit():
        if (text is None) == (file is None):
            raise AudiopaperError("give the text to speak or --file, not both or neither")
        if output is None or json_out is not None:
            raise AudiopaperError("give -o OUTPUT for a text (--json goes with --scripts)")
        if file is not None:
            text = "\n".join(read_page(file).lines)
        with RichProgress() as bars:
            done = synth_text(text or "", output, text_lang(lang, text or ""), settings,
                              progress=bars, cache=cache)
    typer.echo(f"{done.audio_path}: {done.duration_ms / 1000:.1f} s, {len(done.cues)} sentences, "
               f"{done.engine} ({done.voice})")
    for note in done.notes:
        typer.echo(f"note: {note}", err=True)


def _synth_scripts(scripts: Path, json_out: Optional[Path], settings: RenderSettings,
                   cache: Optional[ChunkCache], given: bool) -> None:
    """`synth --scripts S.json --json R.json`: exit 1 naming each script that failed, as
    build does; the others are in R.json.  The summary goes to stderr: stdout may be the
    JSON (`--json -`).  `given`: a text, --file, -o or --lang was given too (a mistake)."""
    from audiopaper.synth.one import synth_scripts
    from audiopaper.synth.progress import RichProgress

    with errors_as_exit():
        if given:
            raise AudiopaperError("--scripts renders the scripts file in their own languages: "
                                  "give no text, --file, -o or --lang")
        if json_out is None:
            raise AudiopaperError("--scripts needs --json RENDERINGS.json to write them to")
        with RichProgress() as bars:
            report = synth_scripts(scripts, json_out, settings, progress=bars, cache=cache)
    typer.echo(f"{json_out}: {len(report.renderings)} renderings, "
               f"{sum(r.duration_ms for r in report.renderings) / 60000:.1f} min", err=True)
    for failure in report.failures:
        typer.echo(f"failed: {failure}", err=True)
    if report.failures:
        raise typer.Exit(code=1)


@app.command()
def voices(
    lang: Optional[str] = typer.Option(None, "--lang", help="Only this language: zh or en."),
    offline: bool = typer.Option(False, "--offline", help="Do not ask the edge service for its voices."),
) -> None:
    """List the bundled voice profiles and, when online, edge's voice catalogue."""
    from rich.console import Console
    from rich.table import Table

    from audiopaper.synth.catalogue import list_voices

    with errors_as_exit():
        listing = list_voices(lang, online=not offline)
    table = Table(title="voice profiles (voices/profile-<lang>.toml)")
    for col in ("lang", "role", "engine", "voice", "rate", "pitch", "volume"):
        table.add_column(col)
    for profile in listing.profiles:
        for role, engines in profile.roles.items():
            for name, spec in engines.items():
                table.add_row(profile.lang, role, name, spec.voice, spec.rate, spec.pitch, spec.volume)
    console = Console()
    console.print(table)
    if listing.edge_voices is None:
        typer.echo(f"edge voice catalogue: offline, showing bundled profiles only ({listing.offline_reason})")
        return
    edge = Table(title=f"edge voices ({len(listing.edge_voices)})")
    for col in ("ShortName", "Gender", "Locale", "Status"):
        edge.add_column(col)
    for v in listing.edge_voices:
        edge.add_row(*(str(v.get(col, "")) for col in ("ShortName", "Gender", "Locale", "Status")))
    console.print(edge)


@app.command()
def normalize(
    text: Optional[str] = typer.Argument(None, help="Text to normalise; without it, stdin is read "
                                                    "and each line is answered by one line."),
    lang: LangOption = None,
    lexicon: LexiconOption = None,
    explain: bool = typer.Option(False, "--explain", help="Print each rewrite with its rule."),
    edition: Optional[Path] = typer.Option(
        None, "--edition", help="Instead of text: an edition JSON (split --json output, - for "
        "stdin); show every script synth speaks: opening, articles, closing."),
    as_json: bool = typer.Option(False, "--json", help="With --edition: print the scripts as JSON (synth --scripts reads it)."),
    date: Optional[str] = typer.Option(None, "--date", help="With --edition: the edition date YYYY-MM-DD (default: the edition's, else today)."),
    config: Optional[Path] = typer.Option(None, "--config", help="With --edition: settings file for the paper's name, templates and pauses (default: ./audiopaper.toml if present)."),
) -> None:
    """Rewrite text into what a news anchor would say (numbers, dates, units, codes)."""
    if edition is not None:
        _edition_scripts(edition, as_json, text, explain, date, config, lang, lexicon)
        return
    from audiopaper.common.lexicon import default_lexicon
    from audiopaper.normalize.stream import decode, normalize_lines

    with errors_as_exit():
        data = text if text is not None else decode(sys.stdin.buffer.read())
        language = text_lang(lang, data)
        out = normalize_lines(data, language, lexicon or default_lexicon(language), explain)
    sys.stdout.buffer.write(out.encode("utf-8"))


def _edition_scripts(edition: Path, as_json: bool, text: Optional[str], explain: bool,
                     date: Optional[str], config: Optional[Path], lang: Optional[str],
                     lexicon: Optional[Path]) -> None:
    """`normalize --edition E.json [--json]`: the scripts, as the JSON `synth --scripts`
    reads or as a table to read."""
    from audiopaper.config import load_config
    from audiopaper.preflight import edition_day
    from audiopaper.scripts import scripts_from_file, scripts_json

    with errors_as_exit():
        if text is not None or explain:
            raise AudiopaperError("--edition normalises the edition file: give no TEXT or "
                                  "--explain")
        day = edition_day(date) if date is not None else None   # the check build makes
        scripts, vocabulary = scripts_from_file(edition, load_config(config), day,
                                                lang if lang != "auto" else None, lexicon)
    if as_json:
        sys.stdout.buffer.write(scripts_json(scripts, vocabulary).encode("utf-8"))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(scripts)} scripts")
    for col in ("id", "segments", "chars", "begins"):
        table.add_column(col)
    for s in scripts:
        table.add_row(s.article_id, str(len(s.segments)), str(sum(len(g.text) for g in s.segments)),
                      s.segments[0].text[:40] if s.segments else "")
    Console().print(table)


@app.command()
def build(
    files: List[Path] = typer.Argument(..., help="Page files of one edition, in page order."),
    date: Optional[str] = typer.Option(None, "--date", help="Edition date YYYY-MM-DD (default: today in the paper's time zone)."),
    out: Path = typer.Option(Path("out"), "--out", help="Folder of the published editions."),
    config_file: ConfigOption = None,
    engine: EngineOption = None,
    paper: Optional[str] = typer.Option(None, "--paper", help="The paper's name, spoken and in the feed."),
    lang: LangOption = None,
    pages: PagesOption = None,
    encoding: EncodingOption = None,
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Public URL the out folder is served at."),
    jobs: Optional[int] = typer.Option(None, "--jobs", help="Synthesis requests at once (default 4)."),
    fallback: FallbackOption = None,
    tries: TriesOption = 5,
    bitrate: BitrateOption = None,
    chime: ChimeOption = None,
    cover: CoverOption = None,
    lexicon: LexiconOption = None,
    cache_dir: CacheDirOption = None,
    keep: Optional[int] = typer.Option(None, "--keep", help="Keep only the newest N editions (deletes older ones)."),
    timezone: Optional[str] = typer.Option(None, "--timezone", help="The paper's time zone, e.g. Asia/Shanghai."),
    voice: List[str] = typer.Option([], "--voice", help="ROLE=VOICE, e.g. body=zh-CN-XiaoxiaoNeural (repeatable)."),
    pause_after_headline: Optional[int] = typer.Option(None, "--pause-after-headline", help="Pause after a headline, ms."),
    pause_between: Optional[int] = typer.Option(None, "--pause-between", help="Pause between articles, ms."),
    loudness: Optional[float] = typer.Option(None, "--loudness", help="Integrated loudness target, LUFS (default -16)."),
    true_peak: Optional[float] = typer.Option(None, "--true-peak", help="True-peak ceiling, dBTP (default -1)."),
    templates: Optional[str] = typer.Option(None, "--templates", help="Folder of spoken opening/closing templates."),
) -> None:
    """Build an audio edition from its pages: split, normalise, speak, assemble and publish."""
    from audiopaper.config import load_config
    from audiopaper.pipeline import BuildOptions, build_edition
    from audiopaper.synth.progress import RichProgress

    with errors_as_exit():
        config = load_config(config_file)
        voices = dict(config.voices)
        for item in voice:
            role, eq, name = item.partition("=")
            if not eq or not name.strip():
                raise AudiopaperError(f"--voice must look like ROLE=VOICE, got {item!r}")
            voices[role.strip()] = name.strip()
        config = config.with_overrides(
            engine=engine, paper=paper, base_url=base_url, jobs=jobs, bitrate=bitrate,
            chime=chime, cover=cover, timezone=timezone, voices=voices if voice else None,
            pause_after_headline_ms=pause_after_headline, pause_between_articles_ms=pause_between,
            loudness_lufs=loudness, true_peak_dbtp=true_peak, templates=templates)
        options = BuildOptions(
            date=date, lang=lang, pages=tuple(_page_numbers(pages, len(files))) if pages else None,
            encoding=encoding, lexicon=lexicon, fallback=fallback, tries=tries,
            cache_dir=cache_dir, keep=keep)
        with RichProgress() as bars:
            result = build_edition(files, config, out, options, progress=bars, steps=bars.step)
    e = result.episode
    typer.echo(f"{out / e.date / e.audio_path}: {len(e.articles)} articles, "
               f"{e.duration_ms / 60000:.1f} min")
    typer.echo(result.speech_summary())
    if result.published:
        typer.echo(result.published.summary())
    if paper is None and "paper" not in config.from_file:
        typer.echo(f"warning: no paper name, so listeners hear {config.paper!r}: give --paper "
                   "NAME, or paper = \"...\" in audiopaper.toml", err=True)
    if result.failures:
        for f in result.failures:
            typer.echo(f"failed: {f}", err=True)
        raise typer.Exit(code=1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
