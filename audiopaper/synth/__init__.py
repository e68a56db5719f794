"""Script → Rendering: speech for each script, with an online and an offline engine.

`render_scripts(scripts, engine, jobs=4, fallback=None, progress=None)` is the entry point
(see `render`); `load_voice_profile(lang)` reads a language's voices; `synth_text` renders
one text to a file (the `audiopaper synth` command).  Engines implement `Engine`.
"""
from audiopaper.synth.engine import Engine, Speech, VoiceSpec
from audiopaper.synth.profiles import VoiceProfile, load_voice_profile
from audiopaper.synth.render import RenderReport, arender_scripts, render_scripts

__all__ = ["Engine", "RenderReport", "Speech", "VoiceProfile", "VoiceSpec", "arender_scripts",
           "load_voice_profile", "render_scripts"]
