"""Renderings → Episode: streaming join, pauses/chimes, loudness, MP3s, tags, chapters,
transcripts, cover, manifest (`build_episode`; `assemble_files` reads them from JSON)."""
from audiopaper.assemble.episode import build_episode
from audiopaper.assemble.inputs import assemble_files

__all__ = ["assemble_files", "build_episode"]
