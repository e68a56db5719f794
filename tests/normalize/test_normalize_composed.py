"""All case files replayed through the composed normaliser at once: as one multi-line text
through `normalize`, and as stdin through the CLI (one answer line per case line)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from audiopaper.normalize import LANGS, normalize

from .tn_cases import all_cases


@pytest.mark.parametrize("lang", LANGS)
def test_all_cases_in_one_text(lang: str) -> None:
    cases = all_cases(lang)
    got = normalize("\n".join(w for _, w, _ in cases), lang).split("\n")
    wrong = [(r, w, g, s) for (r, w, s), g in zip(cases, got) if g != s]
    assert len(got) == len(cases)
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_all_cases_through_cli_stdin(lang: str, tmp_path) -> None:
    cases = all_cases(lang)
    p = subprocess.run([sys.executable, "-m", "audiopaper", "normalize", "--lang", lang],
                       input="".join(w + "\n" for _, w, _ in cases).encode("utf-8"),
                       capture_output=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    got = p.stdout.decode("utf-8").split("\n")
    assert got[-1] == "" and len(got) == len(cases) + 1
    assert [g for g, (_, _, s) in zip(got, cases) if g != s] == []
