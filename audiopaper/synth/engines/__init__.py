"""Speech engines behind the `Engine` protocol; `get_engine` builds one by name."""
from __future__ import annotations

from audiopaper.errors import InputError
from audiopaper.synth.engine import Engine

ENGINE_NAMES = ("edge", "espeak")


def get_engine(name: str) -> Engine:
    """The engine called `name` with its default settings (edge reads its endpoint from env)."""
    if name == "edge":
        from audiopaper.synth.engines.edge import EdgeEngine

        return EdgeEngine()
    if name == "espeak":
        from audiopaper.synth.engines.espeak import EspeakEngine

        return EspeakEngine()
    raise InputError(f"unknown engine {name!r} (use {' or '.join(ENGINE_NAMES)})")
