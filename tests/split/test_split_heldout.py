"""The splitter meets every floor on the handwritten pages of `tests/split/data/` too.

Those pages were written for this test in the corpus style but with quirks the corpus shows
once or never (a kicker wrapped over two lines, a wire dateline, photos in a row, a tail
byline on its own line, an English deck and jump to A5...); each gold.json notes its quirks.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def test_handwritten_pages_meet_every_floor(shared: Path) -> None:
    scorer = shared / "tools" / "eval_split.py"
    cmd = f"{sys.executable} -m audiopaper split"
    out = subprocess.run([sys.executable, str(scorer), "--cmd", cmd, "--strict", str(DATA)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "17/17 runs meet every floor" in out.stdout, out.stdout
