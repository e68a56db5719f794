"""Fit the labeller's weights (audiopaper/split/data/weights.toml) by coordinate search.

The training pages are the corpus, the tuning pages of tests/split/data and the held-out sets
already scored once (SCORED_SETS), as written and without blank lines (tight), plus generated
pages (tests/split/pagegen.py, every shape) from the same stories.  Never the real pages in
../shared/corpus-real, nor a held-out set not yet scored: those are scored after fitting, by
eval_split.py and score_split.py, to say whether the fit generalises.  (lanxi, kettle-creek and meiling-evening in tests/split/data
were held out until session 4, when they were scored once and became tuning pages.)

The score of a weight set is the mean over pages of the scorer's metrics that the splitter's
floors name, plus the share of pages meeting every floor.  Each weight in turn is tried at
0.6x and 1.5x its value (or +-0.5 near zero); a change is kept when the score rises.  Every
page is split in this process with the labeller, whatever its shape.

    python bench/fit_split_weights.py [--generated 40] [--sweeps 1] [--jobs 2] [--write]
"""
from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from audiopaper.ingest import read_pages
from audiopaper.ingest.text import decode
from audiopaper.split import page as split_page_module
from audiopaper.split import roles, tables
from audiopaper.split.edition import _article
from tests.split.pagegen import generate_batch, load_sources

SHARED = REPO.parent / "shared"
WEIGHTS = REPO / "audiopaper" / "split" / "data" / "weights.toml"


def tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SHARED / "tools" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# Held-out sets already scored once (docs/splitter.md, "Held-out pages"): tuning pages since.
# A set not named here is still held out and never fitted on.
SCORED_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
               "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
               "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
               "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
               "heldout26", "heldout27", "heldout28",
               "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36",
               "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43",
               "heldout44", "heldout45", "heldout46", "heldout47", "heldout48",
               "heldout49", "heldout50", "heldout51", "heldout52", "heldout53",
               "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59",
               "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
               "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71",
               "heldout72", "heldout73", "heldout74", "heldout75", "heldout76", "heldout77",
               "heldout78", "heldout79", "heldout80", "heldout81", "heldout82", "heldout83",
               "heldout84", "heldout85", "heldout86", "heldout87", "heldout88", "heldout89",
               "heldout90", "heldout91", "heldout92", "heldout93", "heldout94", "heldout95",
               "heldout96", "heldout97", "heldout98", "heldout99", "heldout100", "heldout101",
               "heldout102", "heldout103", "heldout104", "heldout105",
               "heldout106", "heldout107", "heldout108", "heldout109",
               "heldout110", "heldout111", "heldout112", "heldout113", "heldout114",
               "heldout115", "heldout116", "heldout117", "heldout118", "heldout119",
               "heldout120", "heldout121", "heldout122", "heldout123", "heldout124",
               "heldout125", "heldout126", "heldout127", "heldout128")


def tuning_folders() -> list[Path]:
    pages = sorted(p.parent for p in (SHARED / "corpus").rglob("gold.json"))
    pages += sorted(p for p in (REPO / "tests" / "split" / "data").iterdir() if p.is_dir())
    for name in SCORED_SETS:
        pages += sorted(p.parent for p in (REPO / "tests" / "split" / name).rglob("gold.json"))
    return pages


def training_set(tmp: Path, generated: int, seed: int) -> list[tuple[Any, dict]]:
    """(page, gold) pairs: tuning pages as written and tight, and generated pages."""
    variants = tool("make_variants")
    out: list[tuple[Any, dict]] = []
    rng = random.Random(seed)
    import json
    for folder in tuning_folders():
        # (a page may be saved in GB18030: read it as the splitter does)
        text = decode((folder / "page.txt").read_bytes(), folder / "page.txt")[0].replace("\r\n", "\n")
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        for style, data in (("written", text.encode("utf-8")),
                            ("tight", variants.variant(text, "tight", rng))):
            path = tmp / f"{folder.name}-{style}.txt"
            path.write_bytes(data)
            out.append((read_pages(path)[0], gold))
    pool = load_sources(tuning_folders())
    for g in generate_batch(pool, seed, generated, editions=0.0):
        path = tmp / f"{g.name}.txt"
        path.write_bytes(g.data)
        out.append((read_pages(path)[0], g.gold))
    return out


def evaluate(pages: list[tuple[Any, dict]], score_split: ModuleType, floors: dict) -> float:
    total, met = 0.0, 0
    for page, gold in pages:
        try:
            result = split_page_module.split_page(page)
        except Exception as e:  # noqa: BLE001  (a page that fails scores zero)
            print(f"{page.source}: {e}", file=sys.stderr)
            continue
        pred = {"articles": [_article(s, n).to_dict() for n, s in enumerate(result.stories, 1)]}
        m = score_split.score(gold, pred)
        total += sum(m[k] for k in floors) / len(floors)
        met += all(m[k] >= v for k, v in floors.items())
    return total / len(pages) + met / len(pages)


# The pages and scorer a worker process reads: set before the pool forks, so each worker holds
# its own copy and only a weight table crosses between processes.
_JOB: tuple[list[tuple[Any, dict]], ModuleType, dict] | None = None


def _evaluate_with(weights: dict[str, float]) -> float:
    """Score a weight table in a worker (the labeller reads roles.W live)."""
    assert _JOB is not None
    roles.W.update(weights)
    return evaluate(*_JOB)


def write(weights: dict[str, float]) -> None:
    """Rewrite the values in weights.toml, keeping its comments and order."""
    lines = []
    for line in WEIGHTS.read_text(encoding="utf-8").splitlines():
        name = line.split("=")[0].strip()
        if "=" in line and not line.lstrip().startswith("#") and name in weights:
            rest = line.split("#", 1)[1] if "#" in line else ""
            value = f"{name} = {round(weights[name], 3)}"
            line = f"{value:<25s}# {rest.strip()}" if rest else value
        lines.append(line)
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=40)
    ap.add_argument("--sweeps", type=int, default=1)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--jobs", type=int, default=2, help="weight tables scored at once")
    ap.add_argument("--write", action="store_true", help="write the fitted weights to weights.toml")
    a = ap.parse_args()
    global _JOB
    score_split = tool("score_split")
    floors = tool("eval_split").FLOORS
    w = roles.W  # the live table the labeller reads
    with tempfile.TemporaryDirectory() as tmp:
        pages = training_set(Path(tmp), a.generated, a.seed)
        _JOB = (pages, score_split, floors)
        t = time.perf_counter()
        best = evaluate(pages, score_split, floors)
        print(f"{len(pages)} training pages; start score {best:.4f} "
              f"({time.perf_counter() - t:.1f} s an evaluation)", flush=True)
        with multiprocessing.get_context("fork").Pool(a.jobs) as pool:
            for sweep in range(a.sweeps):
                for name in list(w):
                    old = w[name]
                    tries = [old * 0.6, old * 1.5] if abs(old) >= 0.8 else [old - 0.5, old + 0.5]
                    scores = pool.map(_evaluate_with, [{**w, name: v} for v in tries])
                    for v, s in zip(tries, scores):
                        if s > best + 1e-4:
                            best, old = s, v
                            print(f"sweep {sweep + 1}: {name} -> {v:.3f}  score {best:.4f}",
                                  flush=True)
                    w[name] = old
        print(f"final score {best:.4f}")
    if a.write:
        write(w)
        tables.weights.cache_clear()
        print(f"written to {WEIGHTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
