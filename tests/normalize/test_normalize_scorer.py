"""The third-party suites (NeMo, WeTextProcessing, PaddleSpeech) scored through the CLI: the
folded accuracy over the three must stay at or above the floor set in issue 3."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FLOOR = 0.90


def test_tn_suites_reach_the_floor(shared: Path, tmp_path: Path) -> None:
    suites = sorted(str(p) for p in (shared / "benchmarks" / "tn-zh").glob("*.tsv"))
    assert len(suites) == 3
    p = subprocess.run([sys.executable, str(shared / "tools" / "score_tn.py"),
                        "--cmd", f"{sys.executable} -m audiopaper normalize --lang zh",
                        "--min-folded", str(FLOOR), *suites],
                       capture_output=True, text=True, cwd=tmp_path, timeout=300)
    last = p.stdout.strip().splitlines()[-1]
    m = re.match(r"folded (\d+)/(\d+) = ([\d.]+)", last)
    assert m, p.stdout[-500:] + p.stderr[-500:]
    assert int(m.group(2)) == 625
    assert float(m.group(3)) >= FLOOR and p.returncode == 0, p.stdout
