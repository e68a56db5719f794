"""What voices there are: the bundled profiles, and edge's catalogue when it can be reached."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from audiopaper.errors import EngineUnavailable
from audiopaper.synth.profiles import VoiceProfile, bundled_profiles


@dataclass(frozen=True)
class VoiceListing:
    """Profiles (filtered by language) and edge voices (None when offline, with the reason)."""

    profiles: tuple[VoiceProfile, ...]
    edge_voices: tuple[dict[str, Any], ...] | None
    offline_reason: str | None = None


def list_voices(lang: str | None = None, online: bool = True) -> VoiceListing:
    """The library form of `audiopaper voices [--lang zh]`."""
    profiles = tuple(p for p in bundled_profiles() if lang is None or p.lang == lang)
    if not online:
        return VoiceListing(profiles, None, "not asked (--offline)")
    from audiopaper.synth.engines.edge import edge_catalogue

    try:
        voices = asyncio.run(edge_catalogue())
    except EngineUnavailable as e:
        return VoiceListing(profiles, None, str(e))
    wanted = tuple(v for v in voices
                   if lang is None or str(v.get("Locale", "")).lower().startswith(lang + "-"))
    return VoiceListing(profiles, wanted)
