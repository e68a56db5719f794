"""Voice profiles: which voice reads which part of a script, per language and engine.

Profiles are data (`voices/profile-<lang>.toml`), checked when loaded: an unknown role or
engine, a missing voice, or a malformed rate/pitch/volume fails here, naming the file and
the table, before any text is sent anywhere (the edge-tts `TTSConfig` lesson).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audiopaper.common.bundled import BUNDLED_VOICES, voices_file
from audiopaper.common.engines import ENGINES
from audiopaper.common.files import parse_toml, read_text
from audiopaper.errors import InputError, RuleTableError
from audiopaper.synth.engine import VoiceSpec

PROFILE_ROLES = ("anchor", "body", "quote")
REQUIRED_ROLES = ("anchor", "body")
_SPEC_KEYS = ("voice", "rate", "pitch", "volume")

# Script segment role → profile role.  A quote falls back to body when a profile has none.
SEGMENT_VOICE = {"intro": "anchor", "headline": "anchor", "outro": "anchor",
                 "body": "body", "caption": "body", "quote": "quote"}


@dataclass(frozen=True)
class VoiceProfile:
    """One language's voices: profile role → engine name → VoiceSpec."""

    lang: str
    roles: Mapping[str, Mapping[str, VoiceSpec]]
    source: str | None = None

    def spec(self, segment_role: str, engine: str, voice: str | None = None) -> VoiceSpec:
        """The voice for a script segment's role on `engine`; `voice` replaces the name only.

        >>> p = load_voice_profile("zh")
        >>> p.spec("headline", "espeak").voice, p.spec("caption", "espeak").voice
        ('cmn', 'cmn+f3')
        """
        role = SEGMENT_VOICE.get(segment_role)
        if role is None:
            raise InputError(f"unknown segment role {segment_role!r}")
        if role not in self.roles:
            role = "body"
        spec = self.roles[role].get(engine)
        if spec is None:
            raise InputError(f"voice profile has no [{role}.{engine}] table", self.source)
        if voice:
            return VoiceSpec(engine, voice, spec.rate, spec.pitch, spec.volume)
        return spec


def load_voice_profile(lang: str, path: str | Path | None = None) -> VoiceProfile:
    """Read and check the profile of `lang` (default: `voices/profile-<lang>.toml` in the working
    directory, else the bundled one)."""
    p = Path(path) if path is not None else voices_file(f"profile-{lang}.toml")
    if not p.exists():
        raise InputError(f"no voice profile for language {lang!r}", p)
    return _profile(parse_toml(read_text(p, InputError, "voice profile"), p, RuleTableError),
                    lang, p)


def bundled_profiles() -> list[VoiceProfile]:
    """Every profile of a language: the bundled ones, each overridden by ./voices/ if there."""
    langs = sorted(f.stem.removeprefix("profile-") for f in BUNDLED_VOICES.glob("profile-*.toml"))
    return [load_voice_profile(lang) for lang in langs]


def _profile(data: dict[str, Any], lang: str, path: Path) -> VoiceProfile:
    if data.get("lang", lang) != lang:
        raise RuleTableError(f"lang = {data.get('lang')!r} but the profile was loaded for {lang!r}",
                             path)
    roles: dict[str, dict[str, VoiceSpec]] = {}
    for role, table in data.items():
        if role == "lang":
            continue
        if role not in PROFILE_ROLES or not isinstance(table, dict):
            raise RuleTableError(f"unknown table [{role}] (roles: {', '.join(PROFILE_ROLES)})", path)
        roles[role] = {}
        for engine, spec in table.items():
            where = f"[{role}.{engine}]"
            if engine not in ENGINES or not isinstance(spec, dict):
                raise RuleTableError(f"{where}: unknown engine (use {', '.join(ENGINES)})",
                                     path)
            unknown = sorted(set(spec) - set(_SPEC_KEYS))
            if unknown or "voice" not in spec:
                problem = f"unknown key {unknown[0]!r}" if unknown else "no voice"
                raise RuleTableError(f"{where}: {problem}", path)
            try:
                roles[role][engine] = VoiceSpec(engine, **spec)
            except (InputError, TypeError) as e:
                raise RuleTableError(f"{where}: {e}", path) from None
    for role in REQUIRED_ROLES:
        if role not in roles:
            raise RuleTableError(f"missing table [{role}]", path)
    return VoiceProfile(lang=lang, roles=roles, source=str(path))
