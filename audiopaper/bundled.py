"""Transitional: where the editable data files live moved to `audiopaper.common.bundled`.

`synth/profiles.py` and `common/templates.py` still import it from here; when they import
`audiopaper.common.bundled` this module goes (issue 14).
"""
from audiopaper.common.bundled import BUNDLED_VOICES, voices_file

__all__ = ["BUNDLED_VOICES", "voices_file"]
