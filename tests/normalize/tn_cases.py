"""Reads the `written => spoken` case files under tests/normalize/data/<lang>/<rule>.txt."""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def case_files(lang: str) -> list[Path]:
    """The case files of one language, one per rule (file stem = rule name)."""
    return sorted((DATA / lang).glob("*.txt"))


def read_cases(path: Path) -> list[tuple[str, str]]:
    """(written, spoken) pairs; `#` lines and blank lines are skipped."""
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        written, sep, spoken = line.partition(" => ")
        assert sep, f"{path.name}:{no}: no ' => ' in {line!r}"
        out.append((written, spoken))
    return out


def all_cases(lang: str) -> list[tuple[str, str, str]]:
    """(rule, written, spoken) for every case of one language."""
    return [(p.stem, w, s) for p in case_files(lang) for w, s in read_cases(p)]
