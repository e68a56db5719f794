"""Settings of one paper, read from `audiopaper.toml`, checked when the Config is built.

Every setting has a default that works with no file at all, so `audiopaper build page.txt`
runs on a fresh machine.  A bad value fails here, naming the file, before any audio is
rendered (the edge-tts `TTSConfig` lesson).  The file looks like::

    paper = "青溪日报"
    language = "zh"
    base_url = "https://example.org/qingxi/"
    timezone = "Asia/Shanghai"
    engine = "offline"           # neural voice if installed, else espeak; or "edge", ...
    bitrate = "64k"
    chime = "tone"               # "tone", "none", or a sound file (relative to this file)
    cover = "cover.png"          # optional; square PNG/JPEG, 1400-3000 px
    jobs = 4

    [voices]                     # role → voice name of the engine
    headline = "zh-CN-YunyangNeural"
    body = "zh-CN-XiaoxiaoNeural"

    [pauses]
    after_headline_ms = 700
    between_articles_ms = 1500

    [loudness]
    target_lufs = -16.0
    true_peak_dbtp = -1.0

    [feed]                       # what the podcast feed says about the channel
    title = "青溪日报 · 有声版"
    description = "每天的青溪日报，读给你听。"
    author = "青溪日报社"
    owner_name = "青溪日报社"
    owner_email = "podcast@example.org"
"""
from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from audiopaper.common import settings
from audiopaper.common.engines import ENGINE_NAMES, OFFLINE
from audiopaper.common.files import load_toml
from audiopaper.errors import InputError
from audiopaper.model import Role

CONFIG_NAME = "audiopaper.toml"
LANGS = ("zh", "en")
#: The engine of every command when neither a flag nor the config names one (offline: works
#: without network; the neural voice when installed, else espeak).
DEFAULT_ENGINE = OFFLINE
ROLES = typing.get_args(Role)
CHIME_WORDS = ("tone", "none")
_BITRATE = re.compile(r"^(\d{2,3})k$")


@dataclass(frozen=True)
class Config:
    """Everything a paper sets once; `source` is the file it came from (for error messages)."""

    paper: str = "audiopaper"
    lang: str = "zh"
    base_url: str = "http://localhost:8000/"
    timezone: str | None = None  # None: the paper language's clock (settings.DEFAULT_TIMEZONE)
    engine: str = DEFAULT_ENGINE
    voices: Mapping[str, str] = field(default_factory=dict)
    pause_after_headline_ms: int = 700
    pause_between_articles_ms: int = 1500
    chime: str = "tone"
    bitrate: str = "64k"
    loudness_lufs: float = -16.0
    true_peak_dbtp: float = -1.0
    cover: str | None = None
    templates: str | None = None
    jobs: int = 4
    feed: Mapping[str, Any] = field(default_factory=dict)
    source: str | None = None
    #: fields set by command-line flags (`with_overrides`): their errors name the flag
    flags: tuple[str, ...] = field(default=(), repr=False, compare=False)
    #: fields the config file set (`load_config`); the others hold defaults
    from_file: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        for name, problem in _problems(self):
            if name in self.flags:
                raise InputError(_as_flag(name, problem))
            raise InputError(problem, self.source)

    def with_overrides(self, **flags: Any) -> "Config":
        """This config with the CLI flags that were given (None means "not given") on top.

        A bad value given by a flag is reported under the flag's name, not the file's:

        >>> Config(source="audiopaper.toml").with_overrides(bitrate="fast")
        Traceback (most recent call last):
        ...
        audiopaper.errors.InputError: --bitrate: must be like "64k" (32k..320k), got 'fast'
        """
        given = {k: v for k, v in flags.items() if v is not None}
        if not given:
            return self
        return dataclasses.replace(self, **given, flags=tuple(dict.fromkeys(self.flags + tuple(given))))


def _problems(c: Config) -> list[tuple[str, str]]:
    """Every reason this config cannot work as (field, "key: why"), in field order (the first
    one is reported)."""
    out: list[tuple[str, str]] = []
    if not isinstance(c.paper, str) or not c.paper.strip():
        out.append(("paper", "paper: the paper's name must be a non-empty string"))
    if c.lang not in LANGS:
        out.append(("lang", f"language: must be one of {', '.join(LANGS)}, got {c.lang!r}"))
    for name, check in (("base_url", settings.base_url), ("timezone", settings.timezone)):
        if getattr(c, name) is None:
            continue
        try:
            check(getattr(c, name))
        except ValueError as e:
            out.append((name, f"{name}: {e}"))
    if c.engine not in ENGINE_NAMES:
        out.append(("engine", f"engine: must be one of {', '.join(ENGINE_NAMES)}, "
                              f"got {c.engine!r}"))
    voices: object = c.voices  # what the file held: checked, not trusted
    if not isinstance(voices, Mapping):
        out.append(("voices", "voices: must be a table of role = \"voice name\""))
    else:
        for role, voice in voices.items():
            if role not in ROLES:
                out.append(("voices", f"voices: unknown role {role!r} (roles: {', '.join(ROLES)})"))
            elif not isinstance(voice, str) or not voice.strip():
                out.append(("voices", f"voices: the voice for {role!r} must be a non-empty string"))
    for name in ("pause_after_headline_ms", "pause_between_articles_ms"):
        v = getattr(c, name)
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 10_000:
            out.append((name,
                        f"pauses: {name.removeprefix('pause_')} must be whole ms in 0..10000, got {v!r}"))
    if not isinstance(c.chime, str) or not c.chime:
        out.append(("chime", "chime: must be \"tone\", \"none\" or the path of a sound file"))
    elif c.chime not in CHIME_WORDS and not Path(c.chime).is_file():
        out.append(("chime", f"chime: sound file {c.chime} not found"))
    m = _BITRATE.match(str(c.bitrate))
    if not m or not 32 <= int(m.group(1)) <= 320:
        out.append(("bitrate", f"bitrate: must be like \"64k\" (32k..320k), got {c.bitrate!r}"))
    if not _number(c.loudness_lufs) or not -40 <= c.loudness_lufs <= -5:
        out.append(("loudness_lufs",
                    f"loudness: target_lufs must be in -40..-5, got {c.loudness_lufs!r}"))
    if not _number(c.true_peak_dbtp) or not -9 <= c.true_peak_dbtp <= 0:
        out.append(("true_peak_dbtp",
                    f"loudness: true_peak_dbtp must be in -9..0, got {c.true_peak_dbtp!r}"))
    if c.cover is not None and not Path(c.cover).is_file():
        out.append(("cover", f"cover: image {c.cover} not found"))
    if c.templates is not None and not Path(c.templates).is_dir():
        out.append(("templates", f"templates: folder {c.templates} not found"))
    feed: object = c.feed
    if not isinstance(feed, Mapping):
        out.append(("feed", "feed: must be a table of channel settings"))
    else:  # checked as the feed checks them, so a bad one fails here, naming this file
        out += [("feed", f"feed: {reason}") for _, reason in settings.feed_problems(feed)]
    if isinstance(c.jobs, bool) or not isinstance(c.jobs, int) or not 1 <= c.jobs <= 64:
        out.append(("jobs", f"jobs: must be a whole number in 1..64, got {c.jobs!r}"))
    return out


#: Config field → the `audiopaper build` flag that sets it.
FLAGS = {"paper": "--paper", "lang": "--lang", "base_url": "--base-url", "timezone": "--timezone",
         "engine": "--engine", "voices": "--voice", "chime": "--chime", "bitrate": "--bitrate",
         "pause_after_headline_ms": "--pause-after-headline",
         "pause_between_articles_ms": "--pause-between", "loudness_lufs": "--loudness",
         "true_peak_dbtp": "--true-peak", "cover": "--cover", "templates": "--templates",
         "jobs": "--jobs"}


def _as_flag(name: str, problem: str) -> str:
    """A problem found in the file's words ("bitrate: ...") said in the flag's words.

    >>> _as_flag("loudness_lufs", "loudness: target_lufs must be in -40..-5, got -3")
    '--loudness: must be in -40..-5, got -3'
    """
    why = problem.split(": ", 1)[-1]
    why = re.sub(r"^[a-z]+(_[a-z]+)+ (?=must )", "", why)
    return f"{FLAGS.get(name, name)}: {why}"


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# TOML key → Config field, per table ("" is the top level).  Unknown keys are errors, so a
# misspelt setting is reported instead of silently ignored.
_KEYS: dict[str, dict[str, str]] = {
    "": {"paper": "paper", "language": "lang", "base_url": "base_url", "timezone": "timezone",
         "engine": "engine", "chime": "chime", "bitrate": "bitrate", "cover": "cover",
         "templates": "templates", "jobs": "jobs"},
    "pauses": {"after_headline_ms": "pause_after_headline_ms",
               "between_articles_ms": "pause_between_articles_ms"},
    "loudness": {"target_lufs": "loudness_lufs", "true_peak_dbtp": "true_peak_dbtp"},
}
_PATH_FIELDS = ("cover", "templates")


def load_config(path: str | Path | None = None) -> Config:
    """Read `path` (or ./audiopaper.toml when it exists, else defaults) into a checked Config.

    Relative paths in the file (cover, chime, templates) are taken relative to the file, so a
    paper's folder can be moved as a whole.
    """
    if path is None:
        if not Path(CONFIG_NAME).is_file():
            return Config()
        path = Path(CONFIG_NAME)
    path = Path(path)
    data = load_toml(path, InputError, "config file")
    values = _flatten(data, path)
    base = path.parent
    for name in _PATH_FIELDS:
        if isinstance(values.get(name), str):
            values[name] = str(base / values[name])
    if isinstance(values.get("chime"), str) and values["chime"] not in CHIME_WORDS:
        values["chime"] = str(base / values["chime"])
    return Config(**values, source=str(path), from_file=tuple(values))


def explicit_feed_settings(c: Config) -> dict[str, Any]:
    """The feed settings this config states itself, by a flag or in its file; the rest are
    left to what the catalog remembers from the last publish (PublishConfig field names).

    >>> explicit_feed_settings(Config().with_overrides(base_url="https://example.org/p/"))
    {'base_url': 'https://example.org/p/'}
    >>> explicit_feed_settings(Config())
    {}
    """
    stated = set(c.flags) | set(c.from_file)
    out: dict[str, Any] = {k: getattr(c, k) for k in ("base_url", "timezone") if k in stated}
    return {**out, **dict(c.feed)}


def _flatten(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """TOML tables → Config keyword arguments; an unknown key or table is an InputError."""
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("voices", "feed"):
            if not isinstance(value, dict):
                raise InputError(f"{key}: must be a table", path)
            values[key] = dict(value)
        elif isinstance(value, dict) and key in _KEYS:
            for sub, v in value.items():
                if sub not in _KEYS[key]:
                    raise InputError(f"unknown setting {key}.{sub}", path)
                values[_KEYS[key][sub]] = v
        elif key in _KEYS[""]:
            values[_KEYS[""][key]] = value
        else:
            raise InputError(f"unknown setting {key!r}", path)
    return values
