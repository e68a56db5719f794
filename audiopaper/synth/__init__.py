"""Script → Rendering: speech for each script, with an online and an offline engine.

`render_scripts(scripts, RenderSettings(engine, fallback, jobs, ...), progress=None)` is the
entry point (see `render`); `load_voice_profile(lang)` reads a language's voices.  The
`audiopaper synth` command's two library calls take the same settings:
`synth_text(text, output, lang, settings)` renders one text to an audio file, and
`synth_scripts(scripts_json, renderings_json, settings)` an edition's scripts to the renderings
JSON assemble reads.  Engines implement `Engine`.
"""
from audiopaper.synth.engine import Engine, Speech, VoiceSpec
from audiopaper.synth.one import synth_scripts, synth_text
from audiopaper.synth.profiles import VoiceProfile, load_voice_profile
from audiopaper.synth.render import RenderReport, RenderSettings, arender_scripts, render_scripts

__all__ = ["Engine", "RenderReport", "RenderSettings", "Speech", "VoiceProfile", "VoiceSpec",
           "arender_scripts", "load_voice_profile", "render_scripts", "synth_scripts",
           "synth_text"]
