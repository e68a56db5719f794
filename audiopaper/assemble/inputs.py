"""The `assemble` command's inputs: an edition and its renderings, as the earlier stages wrote
them (`common.documents` reads both).  The opening and closing are the renderings whose
article_id is "opening" / "closing".
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from audiopaper.assemble.episode import build_episode
from audiopaper.assemble.settings import Settings
from audiopaper.common.documents import load_edition, load_renderings
from audiopaper.common.templates import CLOSING_ID, OPENING_ID
from audiopaper.model import Episode, Rendering


def frame_parts(items: list[Rendering]) -> tuple[Rendering | None, list[Rendering],
                                                 Rendering | None]:
    """(opening, article renderings, closing) of one edition's renderings."""
    intro = next((r for r in items if r.article_id == OPENING_ID), None)
    outro = next((r for r in items if r.article_id == CLOSING_ID), None)
    return intro, [r for r in items if r.article_id not in (OPENING_ID, CLOSING_ID)], outro


def assemble_files(renderings: str | Path, edition: str | Path, out_dir: str | Path,
                   config: Settings, date: str | dt.date | None = None) -> Episode:
    """The `audiopaper assemble` command as a library call: read both files, build the episode
    (its transcript lines cut with the vocabulary the renderings JSON carries)."""
    items, vocabulary = load_renderings(renderings)
    intro, parts, outro = frame_parts(items)
    return build_episode(load_edition(edition), intro, parts, outro, config, out_dir, date,
                         vocabulary=vocabulary)
