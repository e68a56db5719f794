"""Script → Rendering: speech for each script, with an online and an offline engine.

`render_scripts(scripts, RenderSettings(engine, fallback, jobs, ...), progress=None)` is the
entry point (see `render`); `load_voice_profile(lang)` reads a language's voices; `synth_text` renders
one text to a file (the `audiopaper synth` command).  Engines implement `Engine`.
"""
from audiopaper.synth.engine import Engine, Speech, VoiceSpec
from audiopaper.synth.profiles import VoiceProfile, load_voice_profile
from audiopaper.synth.render import RenderReport, RenderSettings, arender_scripts, render_scripts

__all__ = ["Engine", "RenderReport", "RenderSettings", "Speech", "VoiceProfile", "VoiceSpec",
           "arender_scripts", "load_voice_profile", "render_scripts"]
