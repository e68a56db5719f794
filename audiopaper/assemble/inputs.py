"""The `assemble` command's inputs: an edition and its renderings, as the earlier stages wrote
them (`common.documents` reads both).  The opening and closing are the renderings whose
article_id is "opening" / "closing".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from audiopaper.assemble.episode import build_episode
from audiopaper.common.documents import load_edition, load_renderings
from audiopaper.common.templates import CLOSING_ID, OPENING_ID
from audiopaper.config import Config
from audiopaper.model import Episode, Rendering


def frame_parts(items: list[Rendering]) -> tuple[Rendering | None, list[Rendering],
                                                 Rendering | None]:
    """(opening, article renderings, closing) of one edition's renderings."""
    intro = next((r for r in items if r.article_id == OPENING_ID), None)
    outro = next((r for r in items if r.article_id == CLOSING_ID), None)
    return intro, [r for r in items if r.article_id not in (OPENING_ID, CLOSING_ID)], outro


def assemble_files(renderings: str | Path, edition: str | Path, out_dir: str | Path,
                   config: Config, date: str | dt.date | None = None) -> Episode:
    """The `audiopaper assemble` command as a library call: read both files, build the episode
    in the edition's language (as a build does), whatever the config's default."""
    intro, parts, outro = frame_parts(load_renderings(renderings))
    ed = load_edition(edition)
    return build_episode(ed, intro, parts, outro, replace(config, lang=ed.lang), out_dir, date)
