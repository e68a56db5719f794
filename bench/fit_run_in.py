"""Fit the weights of the run-in head model (audiopaper/split/run_in.py) on labelled pages.

Every English line that may open an item (`run_in.context`) is an example: each place its
head may end is scored, and the gold says which one (if any) is the head's end, the head
being the start of the line equal to a gold article's headline with its first paragraph
going on after it.  A logistic model is fitted by gradient descent (numpy), on every such
line; its decision threshold is chosen for the best line-level F0.5 (precision first) on the
lines the shape's rules leave to it (where the splitter asks it), and both are
written to audiopaper/split/data/run_in.toml.  Pages given with --judge are never fitted on:
the line-level scores on them say how the model does on pages it has not seen.

    python bench/fit_run_in.py --fit DIR... --judge DIR... [--write]
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from audiopaper.ingest import read_page
from audiopaper.split import shape
from audiopaper.split.columns import unfold_columns
from audiopaper.split.run_in import Candidate, candidates, with_neighbours

REPO = Path(__file__).resolve().parent.parent
Example = tuple[list[dict[str, float]], int]  # the splits' cues, the gold split's index or -1
# a page's candidate lines with their gold split (-1: none) and whether the shape's rules cut
# the line's head themselves (the model is asked only about the others)
Page = list[tuple[Candidate, int, bool]]


def _norm(s: str) -> str:
    """Text without spaces or hyphens (a line-end hyphen the gold drops: `Lark-` / `spur`)."""
    return re.sub(r"[\s\u00ad-]+", "", s)


def labelled(page_dir: Path) -> Page:
    """The page's lines that may open an item, each with the index of its gold split: the
    start of the line equal to a gold headline, the article's first paragraph going on after
    it (-1: no head on the line).  Lines whose gold head no split reaches are left out."""
    gold = json.loads((page_dir / "gold.json").read_text(encoding="utf-8"))
    page = read_page(page_dir / "page.txt")
    if page.lang != "en":
        return []
    heads = [(_norm(a["headline"]), _norm(a["paragraphs"][0]))
             for a in gold["articles"] if a.get("headline") and a.get("paragraphs")]
    raw = unfold_columns(page.lines)
    ruled = _ruled(raw)
    out: Page = []
    for cand in candidates(raw):
        flat = _norm(raw[cand[0]])
        want = next((h for h, p in heads if flat.startswith(h) and len(flat) > len(h)
                     and p.startswith(flat[len(h):][:12])), None)
        gold_k = -1
        if want is not None:
            gold_k = next((k for k, (h, _) in enumerate(cand[1]) if _norm(h) == want), -2)
            if gold_k == -2:
                continue
        out.append((cand, gold_k, cand[0] in ruled))
    return out


def _ruled(raw: list[str]) -> set[int]:
    """The lines whose heads the shape's rules cut, the model left out: the model is asked
    only about the others, so it is fitted on those."""
    saved = shape.heads
    shape.heads = lambda raw: {}
    try:
        lines, _ = shape.page_lines(raw)
    finally:
        shape.heads = saved
    return {x.no for x in lines if x.run_in}


def examples(page: Page, first: dict[str, float] | None) -> list[Example]:
    """The page's examples, with the neighbours' verdicts by `first` when given."""
    cands = [c for c, _, _ in page]
    if first is not None:
        cands = with_neighbours(cands, first)
    return [([f for _, f in splits], gk) for (_, splits), (_, gk, _) in zip(cands, page)]


def unruled(page: Page, first: dict[str, float]) -> list[Example]:
    """The page's examples the shape's rules leave to the model."""
    return [e for e, (_, _, ruled) in zip(examples(page, first), page) if not ruled]


def pages(dirs: list[Path]) -> list[Path]:
    return sorted(p.parent for d in dirs for p in d.rglob("gold.json") if (p.parent / "page.txt").exists())


def fit(data: list[Example], epochs: int = 2000, rate: float = 0.5, l2: float = 1e-3) -> dict[str, float]:
    """Logistic regression over every split (the gold split 1, every other 0), positives
    weighed up to balance them (numpy: this tool is no part of the package)."""
    import numpy as np

    names = sorted({k for feats, _ in data for f in feats for k in f})
    col = {n: i for i, n in enumerate(names)}
    rows = [(f, 1.0 if k == gk else 0.0) for feats, gk in data for k, f in enumerate(feats)]
    x = np.zeros((len(rows), len(names)))
    for r, (f, _) in enumerate(rows):
        for k, v in f.items():
            x[r, col[k]] = v
    y = np.array([t for _, t in rows])
    sw = np.where(y > 0, (len(y) - y.sum()) / max(y.sum(), 1.0), 1.0)
    w = np.zeros(len(names))
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= rate * (x.T @ ((p - y) * sw) / len(y) + l2 * w)
    return {n: float(w[i]) for n, i in col.items()}


def decide(w: dict[str, float], feats: list[dict[str, float]]) -> tuple[int, float]:
    best, top = -1, -1e9
    for k, f in enumerate(feats):
        z = sum(w.get(n, 0.0) * v for n, v in f.items())
        if z > top:
            best, top = k, z
    return best, top


def line_scores(w: dict[str, float], data: list[Example], threshold: float) -> tuple[float, float, float]:
    """Precision, recall, F1 of heads found (a head counts only at the gold split)."""
    tp = fp = fn = 0
    for feats, gk in data:
        k, z = decide(w, feats)
        said = z > threshold
        if said and k == gk:
            tp += 1
        elif said:
            fp += 1
            fn += gk >= 0
        elif gk >= 0:
            fn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _f_half(p: float, r: float) -> float:
    """F0.5: precision weighs twice recall (a false head cuts a story in two; a missed one
    leaves two stories joined, as without the model)."""
    return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", nargs="+", type=Path, required=True)
    ap.add_argument("--judge", nargs="*", type=Path, default=[])
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    train_pages = [labelled(p) for p in pages(a.fit)]
    judge_pages = [labelled(p) for p in pages(a.judge)]
    first = fit([e for p in train_pages for e in examples(p, None)])
    train = [e for p in train_pages for e in examples(p, first)]
    judge = [e for p in judge_pages for e in examples(p, first)]
    print(f"fit: {len(train)} lines ({sum(g >= 0 for _, g in train)} with a head); "
          f"judge: {len(judge)} lines ({sum(g >= 0 for _, g in judge)} with a head)")
    second = fit(train)
    # (the threshold is chosen where the model decides: on the lines the rules leave it)
    left = [e for p in train_pages for e in unruled(p, first)]
    threshold = max((_f_half(*line_scores(second, left, t)[:2]), t)
                    for t in [x / 4 for x in range(-8, 33)])[1]
    print("fit   P/R/F1: %.3f %.3f %.3f at threshold %.2f" % (*line_scores(second, train, threshold), threshold))
    if judge:
        print("judge P/R/F1: %.3f %.3f %.3f" % line_scores(second, judge, threshold))
    for name, group in (("fit", train_pages), ("judge", judge_pages)):
        left = [e for p in group for e in unruled(p, first)]
        print(f"{name}, lines the rules leave ({len(left)}, {sum(g >= 0 for _, g in left)} with a head):"
              " P/R/F1 %.3f %.3f %.3f" % line_scores(second, left, threshold))
    if a.write:
        path = REPO / "audiopaper" / "split" / "data" / "run_in.toml"
        lines = ["# Weights of the run-in head model (audiopaper/split/run_in.py), in log-odds units.",
                 "# Written by bench/fit_run_in.py: `first` weighs a line's own cues, `second` the",
                 "# same with the share of neighbour items the first calls heads; a split must",
                 "# score over `threshold` to be read as a head's end.", "", "[first]"]
        lines += [f"{k} = {v:.4f}" for k, v in sorted(first.items())]
        lines += ["", "[second]"] + [f"{k} = {v:.4f}" for k, v in sorted(second.items())]
        lines.append(f"threshold = {threshold:.2f}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("wrote", path.relative_to(REPO))


if __name__ == "__main__":
    main()
