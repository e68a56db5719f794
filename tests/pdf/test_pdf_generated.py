"""The PDF path on generated pages it was not fitted on (issue 10, item 6).

Pages from tests/split/pagegen.py (sources: ../shared/corpus and the tuning pages of
tests/split/data), laid out by tests/split/pagegen_pdf.py on a geometry drawn per page (column
count and width, centred or flush headlines, small bold kickers, vector photo frames or
pictures, boxed pull quotes, per-character spans, rules or white space), seed "31" (the layout
cues were fitted on seed "11"; bench/split_pdf_generated.py scores more of both).  Each page is
split from its PDF and scored with ../shared/tools/score_split.py against its gold.

The floors are the means measured on these pages when the test was written (8 pages a
language), minus 0.03, and the count of pages meeting every floor of eval_split.py measured
minus one (zh 5 of 8, en 3 of 8; see docs/pdf.md); a change that loses more than that on
layouts it was not fitted on fails here.
"""
from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from audiopaper.ingest import read_pages
from audiopaper.split import split_pages
from tests.conftest import REPO, shared_dir

SEED = "31"
PAGES = 8  # per language
TUNING = ("songchuan-*", "alder-falls-*", "qinghe-times-*", "tongjiang-*")
EVAL_FLOORS = dict(article_f1=0.95, headline_exact=0.9, stack_exact=0.8, byline_exact=0.8,
                   body_char=0.98, para_f1=0.85, order=0.9, lead_first=1.0, jumps_exact=1.0,
                   no_furniture=1.0)
# measured means on the 8 + 8 pages of seed 31, minus 0.03 (floors_met: measured minus one)
FLOORS = {
    "zh": dict(article_f1=0.93, headline_exact=0.89, stack_exact=0.89, byline_exact=0.87,
               body_char=0.97, para_f1=0.97, order=0.96, lead_first=0.97, jumps_exact=0.97,
               no_furniture=0.97, floors_met=4),
    "en": dict(article_f1=0.91, headline_exact=0.94, stack_exact=0.94, byline_exact=0.84,
               body_char=0.96, para_f1=0.85, order=0.96, lead_first=0.84, jumps_exact=0.97,
               no_furniture=0.90, floors_met=2),
}


def scores(lang: str, scorer: ModuleType, out: Path) -> list[dict[str, Any]]:
    from tests.split.pagegen import Knobs, generate_batch, load_sources
    from tests.split.pagegen_pdf import pdf_knobs, write_folder

    data = REPO / "tests" / "split" / "data"
    pool = load_sources([shared_dir() / "corpus"]
                        + [d for pat in TUNING for d in sorted(data.glob(pat))])
    # (the generator's later variety, letters, listings, column feet, is off: these floors were
    # measured without it; bench/split_pdf_generated.py scores pages with it)
    pages = generate_batch(pool, f"{SEED}:{lang}", PAGES,
                           pdf_knobs(Knobs(lang=lang, variety=False)), editions=0.0)
    got = []
    for p in pages:
        folder = write_folder(p, out, f"{SEED}:{lang}")
        pred = split_pages(read_pages(folder / "page.pdf")).to_dict()
        got.append(scorer.score(p.gold, pred))
    return got


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_generated_pdf_pages_not_fitted_on_meet_the_measured_floors(lang: str, scorer,
                                                                    tmp_path: Path) -> None:
    got = scores(lang, scorer, tmp_path)
    means = {k: sum(s[k] for s in got) / len(got) for k in FLOORS[lang] if k != "floors_met"}
    met = sum(all(s[k] >= v for k, v in EVAL_FLOORS.items()) for s in got)
    low = {k: round(v, 3) for k, v in means.items() if v < FLOORS[lang][k]}
    assert not low, f"means below the measured floors: {low}"
    assert met >= FLOORS[lang]["floors_met"], f"{met} of {len(got)} pages meet every floor"
