"""How the splitter scores on generated pages: a fixed-seed batch of pages from
tests/split/pagegen.py (mixed knobs), each split by `audiopaper split --json` and scored with
the shared scorer, the two-page editions also run together (jumps stitched).

Sources: the shared corpus (../shared/corpus) and the tuning pages of tests/split/data
(songchuan, alder-falls, qinghe-times, tongjiang); the held-out pages (lanxi, kettle-creek,
meiling-evening) are never used.  Prints the mean of every metric per knob value and overall,
and how many runs meet all the floors of ../shared/tools/eval_split.py.

    python bench/split_generated.py [--count 60] [--seed 2024] [--keep DIR] [--cmd 'audiopaper split']
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from tests.split.pagegen import GenPage, generate_batch, load_sources

TUNING = ("songchuan-*", "alder-falls-*", "qinghe-times-*", "tongjiang-*")
SHORT = {"article_f1": "art", "headline_exact": "head", "stack_exact": "stack", "byline_exact": "byl",
         "body_char": "body", "para_f1": "para", "order": "ord", "lead_first": "lead",
         "jumps_exact": "jump", "no_furniture": "furn"}


def tool(name: str) -> ModuleType:
    path = SHARED / "tools" / f"{name}.py"
    if not path.exists():
        raise SystemExit(f"../shared/tools/{name}.py not found beside the repo")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sources() -> list[Path]:
    corpus = sorted((SHARED / "corpus").glob("*/*/gold.json"))
    data = REPO / "tests" / "split" / "data"
    return corpus + [d for pat in TUNING for d in sorted(data.glob(pat)) if (d / "gold.json").exists()]


def split(cmd: str, pages: list[Path]) -> tuple[dict[str, Any] | None, str]:
    p = subprocess.run(shlex.split(cmd) + [str(x) for x in pages] + ["--json"],
                       check=False, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        return None, (p.stderr.strip().splitlines() or ["(no output)"])[-1]
    try:
        return json.loads(p.stdout), ""
    except ValueError as e:
        return None, f"output is not JSON: {e}"


def knob_labels(page: GenPage) -> list[str]:
    """The page's knob values as 'knob=value' labels (widths bucketed)."""
    k = page.knobs.summary()
    out = []
    for name, v in k.items():
        if name == "extras":
            out += [f"extra={x}" for x in v] or ["extra=none"]
        elif name == "width":
            edges = (14, 24) if k["lang"] == "zh" else (44, 59)
            out.append("width=" + ("narrow" if v <= edges[0] else "mid" if v <= edges[1] else "wide"))
        elif name == "stories":
            continue
        else:
            out.append(f"{name}={v}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", default="2024")
    ap.add_argument("--editions", type=float, default=0.2)
    ap.add_argument("--cmd", default="audiopaper split")
    ap.add_argument("--keep", type=Path, help="write the generated pages here (else a temp dir)")
    args = ap.parse_args()
    score_split, eval_split = tool("score_split"), tool("eval_split")
    floors: dict[str, float] = eval_split.FLOORS
    srcs = sources()
    if not srcs:
        raise SystemExit("no source gold files (../shared/corpus, tests/split/data)")
    pool = load_sources(srcs)
    pages = generate_batch(pool, args.seed, args.count, editions=args.editions)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        folders = {p.name: p.write(out) for p in pages}
        runs: list[tuple[str, list[GenPage]]] = [(p.name, [p]) for p in pages]
        editions: dict[str, list[GenPage]] = defaultdict(list)
        for p in pages:
            m = re.fullmatch(r"(.+)-p(\d+)", p.name)
            if m:
                editions[m.group(1)].append(p)
        runs += [(f"{name} (edition)", ps) for name, ps in sorted(editions.items()) if len(ps) > 1]
        t0 = time.perf_counter()
        by_knob: dict[str, list[dict[str, float]]] = defaultdict(list)
        failed: list[str] = []
        met = 0
        for label, ps in runs:
            pred, err = split(args.cmd, [folders[p.name] / "page.txt" for p in ps])
            if pred is None:
                failed.append(f"{label}: {err}")
                sc = {k: 0.0 for k in floors}
            else:
                sc = score_split.score(score_split.merge([p.gold for p in ps]), pred)
            ok = all(sc[k] >= v for k, v in floors.items())
            met += ok
            sc["floors_met"] = float(ok)
            labels = ["all", "run=" + ("edition" if len(ps) > 1 else "page")]
            labels += knob_labels(ps[0])
            for lab in labels:
                by_knob[lab].append(sc)
        secs = time.perf_counter() - t0
    cols = list(floors) + ["floors_met"]
    print(f"{len(pages)} generated pages ({sum(len(ps) > 1 for _, ps in runs)} two-page editions), "
          f"{len(runs)} runs of `{args.cmd}` in {secs:.0f} s; seed {args.seed}")
    print(f"{'knob=value':26s} {'runs':>4s} " + " ".join(f"{SHORT.get(c, 'met'):>5s}" for c in cols))
    for lab in sorted(by_knob, key=lambda s: (s != "all", s)):
        ms = by_knob[lab]
        means = [sum(m[c] for m in ms) / len(ms) for c in cols]
        print(f"{lab:26s} {len(ms):4d} " + " ".join(f"{v:5.2f}" for v in means))
    for f in failed:
        print("FAILED " + f)
    print(f"{met}/{len(runs)} runs meet every floor of eval_split.py")


if __name__ == "__main__":
    main()
