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


def test_set_one_pages_keep_what_they_reached(shared: Path) -> None:
    """tests/split/heldout: held-out set 1, scored once in session 4 before any change taken
    from them (0/5 runs met every floor; see docs/splitter.md) and tuning pages since.  A
    regression floor at what they reached: 4/5 runs meet every floor, and no run falls below
    article_f1 0.95 or headline_exact 0.85 (the English front page misses on para_f1)."""
    scorer = shared / "tools" / "eval_split.py"
    cmd = f"{sys.executable} -m audiopaper split"
    out = subprocess.run([sys.executable, str(scorer), "--cmd", cmd, str(DATA.parent / "heldout")],
                         capture_output=True, text=True, timeout=600)
    met = int(out.stdout.strip().splitlines()[-1].split("/")[0])
    worst = dict(kv.split("=") for kv in out.stdout.splitlines()[-2].split()[1:])
    assert met >= 4, out.stdout
    assert float(worst["article_f1"]) >= 0.95 and float(worst["headline_exact"]) >= 0.85, out.stdout
