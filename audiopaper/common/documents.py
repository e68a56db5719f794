"""The JSON files one stage hands the next: an edition (split), scripts (normalise), renderings
(synth).  Each is the model's own JSON, so every stage runs alone from the previous one's file.
The scripts and the renderings carry the vocabulary the text was read with (`model.Vocabulary`),
for the stages after normalize to cut words as it did.

Read here, once, so a bad file is the same one line whichever command reads it: the file's
name and what is wrong with it (missing, not JSON, not the expected shape), as InputError.
A path of "-" reads standard input, so the commands can be piped into one another.
"""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from audiopaper.errors import InputError
from audiopaper.model import Edition, Rendering, Script, Vocabulary

STDIN = "-"
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def read_json(path: str | Path) -> Any:
    """The JSON document at `path` ("-": standard input); a fault is one InputError."""
    source = Path(path)
    try:
        if str(path) == STDIN:
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            text = source.read_text(encoding="utf-8")
        return json.loads(text)
    except FileNotFoundError:
        raise InputError("file not found", _name(path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read: {e}", _name(path)) from None
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON: {e.msg} at line {e.lineno}", _name(path)) from None


def load_edition(path: str | Path) -> Edition:
    """An Edition from `audiopaper split --json` output."""
    data = read_json(path)
    try:
        return Edition.from_dict(data)
    except _SHAPE_ERRORS as e:
        raise InputError(f"not an edition (split --json output): {e}", _name(path)) from None


def load_scripts(path: str | Path) -> tuple[list[Script], Vocabulary]:
    """Scripts from `audiopaper normalize --edition --json` output, `{"scripts": [...],
    "vocabulary": {...}}` (or a bare JSON list of scripts), and their vocabulary."""
    data = read_json(path)
    scripts = data.get("scripts") if isinstance(data, dict) else data
    if not isinstance(scripts, list) or not scripts:
        raise InputError("scripts must be a non-empty JSON list (normalize --edition output)",
                         _name(path))
    try:
        return [Script.from_dict(d) for d in scripts], _vocabulary(data)
    except _SHAPE_ERRORS as e:
        raise InputError(f"not a script: {e}", _name(path)) from None


def load_renderings(path: str | Path) -> tuple[list[Rendering], Vocabulary]:
    """Renderings from a JSON list of them, or from the synth stage's report object, whose
    "renderings" key holds that list (and "vocabulary" the scripts' vocabulary), with that
    vocabulary.  Relative audio paths are taken relative to the file, so a render folder can
    be moved whole."""
    data = read_json(path)
    items = data.get("renderings") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError("renderings must be a JSON list of renderings (or a synth report)",
                         _name(path))
    try:
        renderings = [Rendering.from_dict(d) for d in items]
        vocabulary = _vocabulary(data)
    except _SHAPE_ERRORS as e:
        raise InputError(f"not a rendering: {e}", _name(path)) from None
    base = Path.cwd() if str(path) == STDIN else Path(path).parent
    return [r if Path(r.audio_path).is_absolute()
            else replace(r, audio_path=str(base / r.audio_path)) for r in renderings], vocabulary


def _vocabulary(data: Any) -> Vocabulary:
    """The "vocabulary" of a stage file's object (none in a bare list)."""
    found = data.get("vocabulary") if isinstance(data, dict) else None
    if found is not None and not isinstance(found, dict):
        raise TypeError("vocabulary must be an object of words and userdict lines")
    return Vocabulary.from_dict(found or {})


def _name(path: str | Path) -> str:
    return "stdin" if str(path) == STDIN else str(path)
