"""The speech engines by name: the one registry that config, the CLI and synth all read.

It lives below the stages so that checking a name (`--engine`, a config file, a voice
profile) imports no engine: each engine's class is named here as `module:Class` and imported
only when synth builds it (edge pulls aiohttp, the neural voices onnxruntime).  `offline` is
not an engine but a choice synth makes per language: the neural voice when installed, else
espeak.
"""
from __future__ import annotations

OFFLINE = "offline"
ENGINES = {
    "espeak": "audiopaper.synth.engines.espeak:EspeakEngine",
    "piper": "audiopaper.synth.engines.piper:PiperEngine",
    "mandarin": "audiopaper.synth.engines.mandarin:MandarinEngine",
    "edge": "audiopaper.synth.engines.edge:EdgeEngine",
}
#: Every name `--engine` and `engine =` take.
ENGINE_NAMES = (OFFLINE, *ENGINES)
