"""The JSON files the `assemble` command reads: an edition and a list of renderings.

Both use the model's own JSON (`Edition.to_dict`, a list of `Rendering.to_dict`), the shapes
the earlier stages print.  Relative audio paths are taken relative to the renderings file, so
a render folder can be moved whole.  The opening and closing are the renderings whose
article_id is "opening" / "closing".
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from audiopaper.assemble.episode import build_episode
from audiopaper.assemble.rundown import CLOSING_ID, OPENING_ID
from audiopaper.config import Config
from audiopaper.errors import InputError
from audiopaper.model import Edition, Episode, Rendering


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("file not found", path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read: {e}", path) from None
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON: {e.msg} at line {e.lineno}", path) from None


def load_edition(path: str | Path) -> Edition:
    """An Edition from `audiopaper split --json` output."""
    data = _read_json(Path(path))
    try:
        return Edition.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise InputError(f"not an edition (split --json output): {e}", path) from None


def load_renderings(path: str | Path) -> tuple[Rendering | None, list[Rendering], Rendering | None]:
    """(opening, article renderings, closing) from a JSON list of renderings, or from the
    synth stage's report object, whose "renderings" key holds that list."""
    path = Path(path)
    data = _read_json(path)
    if isinstance(data, dict) and isinstance(data.get("renderings"), list):
        data = data["renderings"]   # the synth stage's whole report
    if not isinstance(data, list):
        raise InputError("renderings must be a JSON list of renderings (or a synth report)", path)
    try:
        items = [Rendering.from_dict(d) for d in data]
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise InputError(f"not a rendering: {e}", path) from None
    items = [_relative_to(r, path.parent) for r in items]
    intro = next((r for r in items if r.article_id == OPENING_ID), None)
    outro = next((r for r in items if r.article_id == CLOSING_ID), None)
    return intro, [r for r in items if r.article_id not in (OPENING_ID, CLOSING_ID)], outro


def _relative_to(r: Rendering, base: Path) -> Rendering:
    audio = Path(r.audio_path)
    return r if audio.is_absolute() else replace(r, audio_path=str(base / audio))


def assemble_files(renderings: str | Path, edition: str | Path, out_dir: str | Path,
                   config: Config, date: str | dt.date | None = None) -> Episode:
    """The `audiopaper assemble` command as a library call: read both files, build the episode."""
    intro, parts, outro = load_renderings(renderings)
    return build_episode(load_edition(edition), intro, parts, outro, config, out_dir, date)
