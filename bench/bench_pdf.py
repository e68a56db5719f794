"""How fast a 20-page PDF edition is read and split, against the text path on the same pages.

The corpus pages (../shared/corpus) are laid out as PDF pages by the tests' layout tool and
repeated to 20 pages in one PDF.  Baseline, timed in the same run: reading and splitting the
same pages' extracted text.  The ratios say what reading a PDF's geometry costs next to it.

    python bench/bench_pdf.py [--pages 20] [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from audiopaper.ingest import read_page, read_pages  # noqa: E402
from audiopaper.split import split_pages  # noqa: E402
from tests.pdf.makepdf import render  # noqa: E402
from bench_split import best_of  # noqa: E402  (bench/ is on the path when run as a script)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folders = sorted(p.parent for p in (REPO.parent / "shared" / "corpus").rglob("gold.json"))
    if not folders:
        raise SystemExit("no corpus pages found (../shared/corpus)")
    edition = [folders[i % len(folders)] for i in range(args.pages)]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = render(edition, Path(tmp) / "edition.pdf")
        size = pdf.stat().st_size

        def text() -> int:
            return len(split_pages([read_page(f / "page.txt", n) for n, f in
                                    enumerate(edition, 1)]).articles)

        def read() -> list:
            return read_pages(pdf)

        pages = read()
        t_text = best_of(args.repeat, text)
        t_read = best_of(args.repeat, read)
        t_split = best_of(args.repeat, lambda: split_pages(pages))
        articles = len(split_pages(pages).articles)
    print(f"edition: {args.pages} PDF pages ({len(folders)} distinct), {size / 1e6:.1f} MB, "
          f"{articles} articles (text path: {text()})")
    print(f"text read+split (baseline): {t_text * 1000:8.1f} ms")
    print(f"PDF read (PyMuPDF):         {t_read * 1000:8.1f} ms  ({t_read / t_text:.1f}x)")
    print(f"PDF layout split:           {t_split * 1000:8.1f} ms  ({t_split / t_text:.1f}x)")
    print(f"PDF total:                  {(t_read + t_split) * 1000:8.1f} ms  "
          f"({args.pages / (t_read + t_split):,.0f} pages/s, "
          f"{(t_read + t_split) / t_text:.1f}x the baseline)")


if __name__ == "__main__":
    main()
