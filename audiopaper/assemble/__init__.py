"""Renderings → Episode: streaming join, pauses/chimes, loudness, MP3s, tags, chapters,
transcripts, cover, manifest (`build_episode`); the spoken opening and closing scripts."""
from audiopaper.assemble.episode import build_episode
from audiopaper.assemble.inputs import assemble_files
from audiopaper.assemble.rundown import (
           closing_script,
           mark_continuations,
           opening_script,
)

__all__ = ["assemble_files", "build_episode", "closing_script", "mark_continuations",
           "opening_script"]
