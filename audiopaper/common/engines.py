"""The speech engines by name: the one registry that config, the CLI and synth all read.

It lives below the stages so that checking a name (`--engine`, a config file, a voice
profile) imports no engine, and it holds names only: synth finds each engine's class by its
name (`synth.engines.engine_class`) and imports it only when it builds it (edge pulls aiohttp,
the neural voices onnxruntime), so the shared layer knows nothing of the stage's modules.
`offline` is not an engine but a choice synth makes per language: the neural voice when
installed, else espeak.
"""
from __future__ import annotations

OFFLINE = "offline"
#: The engines synth builds, by name.
ENGINES = ("espeak", "piper", "mandarin", "edge")
#: Every name `--engine` and `engine =` take.
ENGINE_NAMES = (OFFLINE, *ENGINES)
