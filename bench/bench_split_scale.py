"""Is the splitter's time linear in a page's lines?  (target: 8,000 lines within 12x of 1,000)

A page is made of distinct lines (the corpus lines with a running number, so no line cache
helps) in three extraction shapes: `lines` (a blank after every line), `blocks` (blanks
between paragraphs) and `tight` (none), plus one pathological shape: a single printed block of
every line (no blank at all in a page whose header has the seed's blanks).  Each size is timed
and the ratio to the 1,000-line page printed; 8x the lines should cost about 8x the time.

    python bench/bench_split_scale.py [--sizes 1000,4000,8000]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from audiopaper.model import Page
from audiopaper.split import split_page

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_split import forget_line_caches, page_files  # (bench/ is on the path)


def body_lines() -> list[str]:
    out: list[str] = []
    for f in page_files():
        out += [x for x in f.read_text(encoding="utf-8-sig").splitlines() if x.strip()][8:]
    return out


def make_page(src: list[str], n: int, shape: str) -> tuple[str, ...]:
    lines = [f"{src[k % len(src)]}{k}" if k % 3 == 0 else src[k % len(src)] for k in range(n)]
    if shape == "lines":
        return tuple(x for line in lines for x in (line, ""))
    if shape == "blocks":
        return tuple(x for line in lines for x in ((line, "") if line.endswith("。") else (line,)))
    if shape == "one-block":
        return tuple(["header", "", "", ""] + lines)
    return tuple(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,4000,8000")
    sizes = [int(x) for x in ap.parse_args().sizes.split(",")]
    src = body_lines()
    for shape in ("lines", "blocks", "tight", "one-block"):
        base = None
        for n in sizes:
            page = Page("bench", "zh", 1, make_page(src, n, shape))
            forget_line_caches()
            t = time.perf_counter()
            split_page(page)
            dt = time.perf_counter() - t
            base = base or dt
            print(f"{shape:9s} {n:6d} lines  {dt:6.2f} s  {dt / base:5.1f}x the {sizes[0]}-line page")


if __name__ == "__main__":
    main()
