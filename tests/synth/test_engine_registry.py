"""One registry of engine names (`common.engines`): every name builds its engine, and every
other list of engines (config, voice profiles, the offline choice) agrees with it."""
from __future__ import annotations

import pytest

from audiopaper.common.engines import ENGINE_NAMES, ENGINES, OFFLINE
from audiopaper.config import Config
from audiopaper.errors import InputError
from audiopaper.synth.engines import NEURAL, engine_class, get_engine
from audiopaper.synth.profiles import load_voice_profile


@pytest.mark.parametrize("name", list(ENGINES))
def test_every_registered_name_names_an_engine_class(name: str) -> None:
    cls = engine_class(name)
    assert cls.__module__ == f"audiopaper.synth.engines.{name}"
    assert callable(getattr(cls, "synthesize", None))


def test_espeak_and_edge_build_by_name_and_offline_always_builds() -> None:
    assert get_engine("espeak").name == "espeak" and get_engine("edge").name == "edge"
    assert get_engine(OFFLINE, "zh").name in ENGINES


def test_an_unknown_name_lists_the_registry() -> None:
    with pytest.raises(InputError, match="unknown engine 'polly' \\(use offline, espeak, piper, "
                                         "mandarin, edge\\)"):
        get_engine("polly")


def test_the_other_lists_agree_with_the_registry() -> None:
    assert [Config(engine=name).engine for name in ENGINE_NAMES] == list(ENGINE_NAMES)
    with pytest.raises(InputError, match="engine: must be one of offline, espeak, piper, "
                                         "mandarin, edge, got 'polly'"):
        Config(engine="polly")
    assert {engine for engine, _ in NEURAL.values()} <= set(ENGINES)
    for lang in ("zh", "en"):
        for engines in load_voice_profile(lang).roles.values():
            assert set(engines) <= set(ENGINES)
