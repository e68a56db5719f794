"""Polyphone reading accuracy of the Mandarin voice's frontend (issue 15; goal >= 0.97).

Reads bench/data/polyphones-zh.tsv (newspaper sentences, each polyphone's reading written by
hand) and compares the reading `audiopaper.synth.engines.mandarin_text` gives each marked
character.  Prints the score and every miss.  Needs pypinyin (the `neural` extra).

    python bench/bench_polyphones.py [FILE]
"""
from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "polyphones-zh.tsv"


def cases(path: Path) -> list[tuple[str, list[tuple[str, int, str]]]]:
    """(sentence, [(context, index of the polyphone in it, reading)]) per line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, *marks = line.split("\t")
        parsed = []
        for mark in marks:
            context, reading = mark.rsplit("=", 1)
            parsed.append((context.replace("[", "").replace("]", ""), context.index("["),
                           reading))
        out.append((sentence, parsed))
    return out


def score(path: Path = DATA) -> tuple[int, int, list[str]]:
    """(right, total, misses) over every marked polyphone of `path`."""
    from audiopaper.synth.engines.mandarin_text import readings

    right = total = 0
    misses = []
    for sentence, marks in cases(path):
        got = readings(sentence)
        chars = "".join(c for c, _ in got)
        pos = 0
        for context, k, want in marks:
            total += 1
            at = chars.find(context, pos)
            heard = got[at + k][1] if at >= 0 else "(not read)"
            if heard == want:
                right += 1
            else:
                misses.append(f"{sentence}  {context[k]} in {context}: {heard}, want {want}")
            pos = max(at, pos)
    return right, total, misses


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    right, total, misses = score(path)
    for miss in misses:
        print("miss:", miss)
    print(f"polyphones: {right}/{total} read right = {right / total:.4f} (goal >= 0.97)")


if __name__ == "__main__":
    main()
