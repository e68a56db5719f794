"""The splitter meets every floor of issue 2 on the shared corpus (scored by its own scorer)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_corpus_meets_every_floor(corpus: Path) -> None:
    scorer = corpus.parent / "tools" / "eval_split.py"
    cmd = f"{sys.executable} -m audiopaper split"
    out = subprocess.run([sys.executable, str(scorer), "--cmd", cmd, "--strict", str(corpus)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "runs meet every floor" in out.stdout
