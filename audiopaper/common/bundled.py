"""Where the editable data files live: voice profiles, lexicons and spoken templates.

`voices/` is a top-level folder of the repo that users edit; `audiopaper/voices` links to it,
so the files install with the package and a non-editable install finds them too.  A
`voices/` folder in the working directory (a paper's own folder) wins, file by file, over the
bundled one, so a paper can override one lexicon without copying the rest.
"""
from __future__ import annotations

from pathlib import Path

BUNDLED_VOICES = Path(__file__).resolve().parents[1] / "voices"


def voices_file(name: str) -> Path:
    """`./voices/<name>` when the working directory has it, else the bundled file (which may
    not exist either: callers say what is missing)."""
    local = Path.cwd() / "voices" / name
    return local if local.is_file() else BUNDLED_VOICES / name
