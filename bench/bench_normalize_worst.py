"""Normaliser time on pathological inputs: is every pattern linear in the input's length?

Each input is built at a few sizes that double; the script prints seconds per size and the ratio
of the last to the first time divided by the size ratio.  A linear pattern gives about 1; a
quadratic one grows with the size (a run of 64,000 spaces once took 40 s in English).  Nothing
is asserted: the numbers are for reading (other processes share the machine).

usage: python bench/bench_normalize_worst.py [--lang en|zh|both] [--sizes 8000,16000,32000,64000]
"""
from __future__ import annotations

import argparse
import time
from typing import Callable

# name -> builder of an input of about `n` characters
INPUTS: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: "a" + " " * n + "b",
    "blank tabs": lambda n: "5" + " \t" * (n // 2),
    "digits": lambda n: "1" * n,
    "digit dots": lambda n: "1." * (n // 2),
    "digit dashes": lambda n: "1-" * (n // 2),
    "digit commas": lambda n: "1," * (n // 2),
    "digit slashes": lambda n: "1/" * (n // 2),
    "digit colons": lambda n: "1:" * (n // 2),
    "digit spaces": lambda n: "1 " * (n // 2),
    "letters+digits": lambda n: "a1" * (n // 2),
    "capital words": lambda n: "Ab " * (n // 3),
    "abbreviation dots": lambda n: "a." * (n // 2),
    "records": lambda n: "(1-1, " * (n // 6),
    "slashes spaced": lambda n: "a / " * (n // 4),
    "Chinese digits": lambda n: "年1" * (n // 2),
    "full-width": lambda n: "１２" * (n // 2),
    "hyphens": lambda n: "-" * n,
    "dollar": lambda n: "$" * n + "1",
}


def seconds(fn: Callable[[], object], repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=("en", "zh", "both"), default="both")
    ap.add_argument("--sizes", default="8000,16000,32000,64000")
    a = ap.parse_args()
    from audiopaper.normalize import normalize

    sizes = [int(s) for s in a.sizes.split(",")]
    langs = ("en", "zh") if a.lang == "both" else (a.lang,)
    print(f"{'lang':4s} {'input':18s} " + " ".join(f"{s:>9d}" for s in sizes) + "  growth")
    for lang in langs:
        normalize("warm up 1", lang)
        for name, build in INPUTS.items():
            times = [seconds(lambda t=build(n): normalize(t, lang)) for n in sizes]
            growth = (times[-1] / max(times[0], 1e-6)) / (sizes[-1] / sizes[0])
            print(f"{lang:4s} {name:18s} " + " ".join(f"{t:9.4f}" for t in times)
                  + f"  {growth:6.2f}")


if __name__ == "__main__":
    main()
