"""How fast the splitter handles a 20-page edition (target: well under one second).

The pages are split in worker processes, one per core; the same edition split in one process
is printed too, so the gain from the workers is seen in the same run.

The edition is the corpus pages (../shared/corpus, or the bundled example when that is
absent) repeated to 20 pages; the splitter's per-line caches are cleared before every run.  Reading and decoding the same files is measured in the same run
as the baseline, so the printed ratio says what splitting costs next to just reading the pages.

    python bench/bench_split.py [--pages 20] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from audiopaper.ingest import read_page
from audiopaper.split import assign as split_assign
from audiopaper.split import edition as split_edition
from audiopaper.split import lines as split_lines
from audiopaper.split import split_pages

REPO = Path(__file__).resolve().parent.parent


def page_files() -> list[Path]:
    for root in (REPO.parent / "shared" / "corpus", REPO / "examples"):
        files = sorted(root.rglob("page.txt"))
        if files:
            return files
    raise SystemExit("no page files found (../shared/corpus or examples/)")


def forget_line_caches() -> None:
    """The per-line caches would otherwise remember the repeated pages from the last run."""
    for fn in (split_lines.furniture_kind, split_lines.byline_kind, split_lines.inline_byline,
               split_lines.tail_byline, split_lines.jumps_in, split_lines.cue, split_assign._terms):
        fn.cache_clear()


def best_of(repeat: int, fn) -> float:
    """Best wall time of `repeat` runs, each starting with cold line caches."""
    times = []
    for _ in range(repeat):
        forget_line_caches()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = page_files()
    edition = [files[i % len(files)] for i in range(args.pages)]
    chars = sum(len(f.read_text(encoding="utf-8")) for f in edition)

    def ingest():
        return [read_page(f, page_no=n) for n, f in enumerate(edition, 1)]

    pages = ingest()
    t_read = best_of(args.repeat, ingest)
    t_split = best_of(args.repeat, lambda: split_pages(pages))
    workers_from = split_edition._PARALLEL_FROM
    split_edition._PARALLEL_FROM = 10 ** 6  # the same edition split in this process alone
    t_one = best_of(args.repeat, lambda: split_pages(pages))
    split_edition._PARALLEL_FROM = workers_from
    articles = len(split_pages(pages).articles)
    print(f"edition: {args.pages} pages ({len(files)} distinct), {chars:,} characters, "
          f"{articles} articles")
    print(f"read+decode (baseline): {t_read * 1000:8.1f} ms")
    print(f"split_pages:            {t_split * 1000:8.1f} ms  "
          f"({args.pages / t_split:,.0f} pages/s, {t_split / t_read:.1f}x the baseline)")
    print(f"  in one process:       {t_one * 1000:8.1f} ms  "
          f"({t_one / t_split:.2f}x the time split_pages takes on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
