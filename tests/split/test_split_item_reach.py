"""Cue changed in session 24 on invented text, checked to fail on the code before it: the
items of a column of briefs are near each other in lines of text, whatever blank lines the
extraction set between them (a blank line after every line doubled the count, and a column of
run-in heads eight text lines apart read as one story); a gap inside a word the page prints
whole elsewhere, or one before a pause, is a justified column's, no item's."""
from __future__ import annotations

from audiopaper.split import split_page
from audiopaper.split.shape import _column_items
from tests.split.build import every_line, tight

_BEAT = (
    "FIRE LOG",
    "Shed fire on Quarry Road",
    "Crews from two stations put out a",
    "fire in a garden shed on Quarry",
    "Road late Thursday. Nobody was",
    "hurt, and the cause is still",
    "under investigation by the county",
    "fire marshal's office.",
    "Van blaze  Firefighters spent",
    "about an hour on a delivery van",
    "that caught fire on the bypass",
    "Friday morning. The driver got",
    "out unhurt, and the bypass was",
    "closed in both directions while",
    "the van was towed. The road",
    "reopened shortly before nine.",
    "Chimney scare  Smoke from a",
    "blocked chimney brought three",
    "engines to Larch Close on",
    "Saturday evening. The family had",
    "lit the stove for the first time",
    "since the spring, and a bird's",
    "nest had closed the flue, crews",
    "said after clearing it.",
)


def test_brief_heads_eight_text_lines_apart_part_items_with_a_blank_after_every_line() -> None:
    """The same column, a blank line after every line: three briefs, each under its head."""
    res = split_page(every_line("en", *_BEAT))
    assert [s.headline for s in res.stories] == [
        "Shed fire on Quarry Road", "Van blaze", "Chimney scare"]
    assert res.stories[2].paragraphs[0].startswith("Smoke from a blocked chimney")


def test_a_gap_inside_a_word_printed_whole_elsewhere_is_no_item() -> None:
    """Justified Chinese lines under sentence ends, their runs of spaces inside words the page
    prints whole elsewhere (`审议`) or before a pause: no column of items."""
    raw = ("县人大常委会召开第十五次会议，审议通过多项决议。",
           "会议还审    议通过了代表资格审查委员会关于个别代表的报告，并作出决定。",
           "与会人员认为，报告内容翔实，建议可行。",
           "会上还听取了关于全县财政预算执行情况的报告。",
           "各项工作扎实推进  ，要在“链”字上求突破，冷链仓储、物流配送一体推进。")
    assert _column_items(raw) == set()


def test_heads_of_a_tight_column_stay_items() -> None:
    """The same column without blank lines is read as before: three briefs."""
    res = split_page(tight("en", *_BEAT))
    assert [s.headline for s in res.stories] == [
        "Shed fire on Quarry Road", "Van blaze", "Chimney scare"]


def test_a_word_a_justified_run_split_is_mended_before_the_item_is_read() -> None:
    """`Van bl    aze  Firefighters…`: the run inside `blaze` is the column's, the gap after
    it the head's; the items are the same as in the unspaced column."""
    spaced = tuple(x.replace("Van blaze", "Van bl    aze") for x in _BEAT)
    assert _column_items(spaced, frozenset({"blaze"})) == _column_items(_BEAT)
    assert len(_column_items(_BEAT)) == 2
