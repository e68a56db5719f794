"""How the PDF path scores on laid-out pages it was not written for (prints numbers, asserts nothing).

Two sets of runs, each page split from its PDF (`split_pages(read_pages(pdf))`, what
`audiopaper split PAGE.pdf --json` prints) and scored with ../shared/tools/score_split.py
against the page's gold:

- generated: pages from tests/split/pagegen.py (sources: ../shared/corpus and the tuning pages of
  tests/split/data, as bench/split_generated.py), laid out by tests/split/pagegen_pdf.py with a
  geometry drawn per page from the seed (columns, widths, centred or flush headlines, a small bold
  kicker, vector photo frames or pictures, boxed pull quotes, per-character spans, rules or not);
  `--count` pages in each of zh and en.
- handwritten: the pages of tests/split/data and ../shared/corpus laid out by tests/pdf/makepdf.py
  with its own grid (with rules, and white space only) and on `--geometries` grids drawn the
  pagegen_pdf way from the seed.

Prints per-run metrics below the floors, the mean of every metric per set, and how many runs
meet every floor of ../shared/tools/eval_split.py.  The tests/split/heldout pages are read only
when named with `--pages` (the final score of a session).

    python bench/split_pdf_generated.py [--seed 11] [--count 20] [--geometries 3]
        [--only generated|handwritten] [--keep DIR] [--cmd 'python3 -m audiopaper split'] [-v]
        [--pages DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from split_generated import SHORT, sources, split, tool  # noqa: E402  (bench/ is on the path as a script)

from tests.pdf.makepdf import Page, Unplaceable, plan, render  # noqa: E402
from tests.split.pagegen import Knobs, generate_batch, load_sources  # noqa: E402
from tests.split.pagegen_pdf import (  # noqa: E402
    GenSheet,
    Geometry,
    pdf_knobs,
    spec_for,
    write_folder,
    write_pdf,
)


def handwritten(pages: Path | None = None) -> list[Path]:
    """The handwritten pages: the corpus and tests/split/data, or the labelled pages under
    `pages` (the held-out pages, scored once at the end of a session, never while tuning)."""
    if pages is not None:
        return sorted(p.parent for p in pages.rglob("gold.json"))
    data = REPO / "tests" / "split" / "data"
    return sorted(p.parent for p in (SHARED / "corpus").glob("*/*/gold.json")) + sorted(
        p.parent for p in data.glob("*/gold.json"))


def split_pdf(pdf: Path, cmd: str | None) -> tuple[dict[str, Any] | None, str]:
    if cmd is None:
        from audiopaper.errors import AudiopaperError
        from audiopaper.ingest import read_pages
        from audiopaper.split import split_pages
        try:
            return split_pages(read_pages(pdf)).to_dict(), ""
        except AudiopaperError as e:
            return None, str(e)
    return split(cmd, [pdf])


def lay_out_folder(folder: Path, g: Geometry, out: Path) -> Path:
    """A handwritten page laid out on a drawn geometry (pagegen_pdf's sheet on makepdf's plan)."""
    page = Page(folder)
    page.spec = spec_for(g, page.lang)
    sheet = GenSheet(page, g)
    height = sheet.layout(*plan(page))
    width = sheet.x_of(page.spec.columns - 1) + page.spec.colw + page.spec.margin
    return write_pdf([(width, height, sheet.ops, g, page.spec)], out)


def geo_label(g: Geometry) -> str:
    flags = [n for n in ("centred", "per_char", "frames", "boxed", "rules") if getattr(g, n)]
    return f"{g.columns}col " + ",".join(flags)


def runs_generated(seed: str, count: int, out: Path) -> list[tuple[str, Path, dict[str, Any], str]]:
    pool = load_sources(sources())
    runs = []
    for lang in ("zh", "en"):
        pages = generate_batch(pool, f"{seed}:{lang}", count, pdf_knobs(Knobs(lang=lang)),
                               editions=0.0)
        for p in pages:
            d = write_folder(p, out / "generated", f"{seed}:{lang}")
            runs.append((f"gen/{p.name}", d / "page.pdf", p.gold, lang))
    return runs


def runs_handwritten(seed: str, geometries: int, out: Path, pages: Path | None = None
                     ) -> list[tuple[str, Path, dict[str, Any], str]]:
    runs = []
    rng = random.Random(f"hand:{seed}")
    for folder in handwritten(pages):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        lang = gold["page"].get("language") or "zh"
        d = out / "handwritten" / folder.name
        d.mkdir(parents=True, exist_ok=True)
        try:
            render([folder], d / "makepdf-rules.pdf", rules=True)
        except Unplaceable as e:
            print(f"skipped (no layout can be planned): {e}", file=sys.stderr)
            continue
        render([folder], d / "makepdf-white.pdf", rules=False)
        runs += [(f"{folder.name} makepdf rules", d / "makepdf-rules.pdf", gold, lang),
                 (f"{folder.name} makepdf white", d / "makepdf-white.pdf", gold, lang)]
        for k in range(geometries):
            g = Geometry.draw(rng, lang)
            pdf = lay_out_folder(folder, g, d / f"geo{k}.pdf")
            runs.append((f"{folder.name} geo{k} [{geo_label(g)}]", pdf, gold, lang))
    return runs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--seed", default="11")
    ap.add_argument("--count", type=int, default=20, help="generated pages per language")
    ap.add_argument("--geometries", type=int, default=3, help="drawn grids per handwritten page")
    ap.add_argument("--only", choices=["generated", "handwritten"])
    ap.add_argument("--cmd", help="split with this command (else in-process, the same code)")
    ap.add_argument("--keep", type=Path, help="write the PDFs here (else a temp dir)")
    ap.add_argument("-v", "--verbose", action="store_true", help="every run's line")
    ap.add_argument("--pages", type=Path, help="lay out the labelled pages under this folder "
                    "instead of the corpus and tests/split/data (the final held-out score)")
    a = ap.parse_args(argv)
    score_split, eval_split = tool("score_split"), tool("eval_split")
    floors: dict[str, float] = eval_split.FLOORS
    with tempfile.TemporaryDirectory() as tmp:
        out = a.keep or Path(tmp)
        sets: dict[str, list[tuple[str, Path, dict[str, Any], str]]] = {}
        if a.only != "handwritten":
            sets["generated"] = runs_generated(a.seed, a.count, out)
        if a.only != "generated":
            sets["handwritten"] = runs_handwritten(a.seed, a.geometries, out, a.pages)
        t0 = time.perf_counter()
        table: dict[str, list[dict[str, float]]] = defaultdict(list)
        for name, runs in sets.items():
            for label, pdf, gold, lang in runs:
                pred, err = split_pdf(pdf, a.cmd)
                sc = {k: 0.0 for k in floors} if pred is None else score_split.score(gold, pred)
                low = [f"{SHORT[k]}={sc[k]:.2f}" for k, v in floors.items() if sc[k] < v]
                sc["floors_met"] = float(not low)
                for lab in (name, f"{name} {lang}"):
                    table[lab].append(sc)
                if pred is None:
                    print(f"{label}: FAILED: {err}")
                elif low or a.verbose:
                    arts = f"{sc.get('pred_articles', 0)}/{sc.get('gold_articles', 0)}"
                    print(f"{label}: {arts} " + (" ".join(low) if low else "all floors met"))
        secs = time.perf_counter() - t0
    cols = list(floors) + ["floors_met"]
    print(f"seed {a.seed}; split and scored in {secs:.0f} s")
    print(f"{'set':18s} {'runs':>4s} " + " ".join(f"{SHORT.get(c, 'met'):>5s}" for c in cols))
    for lab in sorted(table):
        ms = table[lab]
        means = [sum(m[c] for m in ms) / len(ms) for c in cols]
        met = sum(int(m["floors_met"]) for m in ms)
        print(f"{lab:18s} {len(ms):4d} " + " ".join(f"{v:5.2f}" for v in means)
              + f"   {met}/{len(ms)} meet every floor")


if __name__ == "__main__":
    main()
