"""The synth stage's public surface is pinned (httpx test_exported_members)."""
from __future__ import annotations

import audiopaper.synth as synth


def test_public_names_are_pinned() -> None:
    assert sorted(synth.__all__) == ["Engine", "RenderReport", "RenderSettings", "Speech",
                                     "VoiceProfile",
                                     "VoiceSpec", "arender_scripts", "load_voice_profile",
                                     "render_scripts", "synth_scripts", "synth_text"]
    for name in synth.__all__:
        assert getattr(synth, name) is not None


def test_both_engines_satisfy_the_engine_protocol() -> None:
    from audiopaper.synth.engines.edge import EdgeEngine
    from audiopaper.synth.engines.espeak import EspeakEngine

    assert isinstance(EdgeEngine(), synth.Engine) and isinstance(EspeakEngine(), synth.Engine)
