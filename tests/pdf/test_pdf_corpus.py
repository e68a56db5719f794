"""The PDF path scores at least what the text path scores, on the same corpus pages and gold.

Each corpus page is laid out as a newspaper PDF from its gold (multi-column stories under
headline stacks in large type, a headline spanning its columns, photos with captions, jumps,
banners, briefs, page furniture; see makepdf.py), read back through `read_pages` and split from
its geometry; the text path splits the page's `page.txt`.  Both are scored against the same
gold with the shared scorer in this run, and the PDF path must match or beat every metric.
The qingxi pages 1 and 3 are also one two-page PDF: one edition, jumps stitched.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audiopaper.ingest import read_page, read_pages
from audiopaper.split import split_pages

METRICS = ("article_f1", "headline_exact", "stack_exact", "byline_exact", "body_char", "para_f1",
           "order", "lead_first", "jumps_exact", "no_furniture")
RUNS = {
    "seed": ["zh/seed-page"],
    "qingxi-p1": ["zh/qingxi-20240612-p1"],
    "qingxi-p3": ["zh/qingxi-20240612-p3"],
    "qingxi-p2": ["zh/qingxi-20240618-p2"],
    "qingxi-p4": ["zh/qingxi-20240621-p4"],
    "millbrook": ["en/millbrook-courier-20240514-a1"],
    "qingxi-edition": ["zh/qingxi-20240612-p1", "zh/qingxi-20240612-p3"],
}


def _scores(scorer, folders: list[Path], pdf: Path) -> tuple[dict, dict]:
    gold = scorer.merge([json.loads((f / "gold.json").read_text(encoding="utf-8"))
                         for f in folders])
    from_pdf = split_pages(read_pages(pdf))
    from_text = split_pages([read_page(f / "page.txt", page_no=n)
                             for n, f in enumerate(folders, 1)])
    return scorer.score(gold, from_pdf.to_dict()), scorer.score(gold, from_text.to_dict())


@pytest.mark.parametrize("rules", [True, False], ids=["rules", "white-space"])
@pytest.mark.parametrize("run", list(RUNS))
def test_pdf_path_scores_at_least_the_text_path(corpus: Path, scorer, corpus_pdf, run: str,
                                                rules: bool) -> None:
    folders = [corpus / f for f in RUNS[run]]
    pdf = corpus_pdf(folders, rules=rules)
    got, text = _scores(scorer, folders, pdf)
    assert got["pred_articles"] == got["gold_articles"]
    worse = {k: (round(got[k], 3), round(text[k], 3)) for k in METRICS if got[k] < text[k] - 1e-9}
    assert not worse, f"PDF below text (pdf, text): {worse}"


def test_two_pdf_files_of_one_edition_stitch_from_the_command_line(corpus: Path, scorer,
                                                                   corpus_pdf) -> None:
    p1, p3 = corpus / "zh/qingxi-20240612-p1", corpus / "zh/qingxi-20240612-p3"
    files = [corpus_pdf([p1]), corpus_pdf([p3])]
    out = subprocess.run([sys.executable, "-m", "audiopaper", "split", *map(str, files),
                          "--pages", "1,3", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    pred = json.loads(out.stdout)
    gold = scorer.merge([json.loads((f / "gold.json").read_text(encoding="utf-8")) for f in (p1, p3)])
    got = scorer.score(gold, pred)
    assert got["jumps_exact"] == 1.0 and got["article_f1"] == 1.0
    assert not any(a["continued_to"] or a["continued_from"] for a in pred["articles"])
    assert pred["page"]["date"] == "2024-06-12"

