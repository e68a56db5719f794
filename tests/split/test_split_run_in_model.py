"""The run-in head model (split/run_in.py): briefs whose heads run into their text with one
space are read item by item where the shape's rules find no head, a story's own paragraphs
are not cut, the shipped weights are the ones the model asks for, and the fitter labels a
head where the gold puts it (the first test seen failing on the code before the model, on
invented text)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from audiopaper.split import run_in, split_page
from tests.split.build import blocks

REPO = Path(__file__).resolve().parents[2]

BRIEFS = (
    ("Pancake supper moves", "The Lions Club\nwill serve its spring supper at the\nfire hall this "
     "year, from 5 to 7 p.m.\nSaturday. Tickets are $8."),
    ("Bridge deck repairs begin", "A state crew\nwill patch the deck of the Mill Road\nbridge "
     "starting Monday; expect one lane\nto be closed during the day."),
    ("Seed library opens", "The public library\nnow lends vegetable and flower seeds\nto anyone "
     "with a card. Return seeds\nfrom your harvest in the fall."),
)


def test_briefs_whose_heads_run_into_their_text_by_one_space() -> None:
    # blank lines between blocks, no column head over the briefs, their heads' words not said
    # again in their text (the shape's rules want one or the other); each head runs into its
    # first line with one space before `The` or `A`
    res = split_page(blocks(
        "en", "THE ALDER CREEK VOICE    WEDNESDAY, APRIL 9, 2025    PAGE 2",
        "School board backs later start time", "By Ruth Kemp / Voice Staff",
        "ALDER CREEK -- The school board voted 4-1 on Monday to move\nthe high school's first "
        "bell from 7:40 to 8:25 a.m. next fall.\nBoard members said students would get more "
        "sleep and do\nbetter in morning classes.",
        "Parents who opposed the change said it would make after-school\njobs and practices "
        "harder to keep.",
        *(f"{h} {t}" for h, t in BRIEFS)))
    assert [s.headline for s in res.stories] == ["School board backs later start time"] + [
        h for h, _ in BRIEFS]
    assert [s.paragraphs for s in res.stories[1:]] == [[" ".join(t.split())] for _, t in BRIEFS]
    # the story's own paragraphs, one opening on a noun and a name, stay whole and its own
    assert len(res.stories[0].paragraphs) == 2
    assert res.stories[0].paragraphs[1].startswith("Parents who opposed")


def test_the_shipped_weights_name_every_cue_the_model_weighs() -> None:
    # a cue added without refitting (bench/fit_run_in.py) would weigh nothing: each table
    # must name every cue, and the second the neighbours' share and the threshold
    cands = run_in.candidates(["A story ended here.", "Pool opens early The town pool opens.",
                               "Its hours are 9 to 5."])
    cues = {k for _, splits in cands for _, f in splits for k in f}
    tables = run_in.weights()
    assert cues <= set(tables["first"])
    assert cues | {"neighbours", "threshold"} <= set(tables["second"])


def test_the_fitter_labels_a_run_in_head_at_its_gold_split(tmp_path: Path) -> None:
    # the fitter's gold: the split whose head equals a gold headline, the first paragraph
    # going on after it; a line with no head has none (-1)
    page = tmp_path / "p"
    page.mkdir()
    (page / "page.txt").write_text(
        "A story ended here.\nPool opens early The town pool opens at 9 a.m. on Saturday.\n"
        "Its hours are longer this year.\nThe swim team meets on Monday.\n", encoding="utf-8")
    gold = {"articles": [{"headline": "Pool opens early", "paragraphs": [
        "The town pool opens at 9 a.m. on Saturday. Its hours are longer this year.",
        "The swim team meets on Monday."]}], "skipped": []}
    (page / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import fit_run_in
    finally:
        sys.path.remove(str(REPO / "bench"))
    got = {raw_no: (splits[k][0] if k >= 0 else None)
           for (raw_no, splits), k, _ in fit_run_in.labelled(page)}
    assert got[1] == "Pool opens early"
    assert got[3] is None
