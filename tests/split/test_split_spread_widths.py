"""Cue changed in session 29, checked to fail on the code before it: an English line a
justifying tool spread (its words parted by gaps of one or two lengths next to each other)
fills its column, so its width is measured as printed, not as its words with one space between;
a table's row and an OCR's scattered spaces keep their words' width."""
from __future__ import annotations

from audiopaper.split.shape import page_lines


def test_a_justified_line_is_as_wide_as_its_column() -> None:
    raw = ["Vernon  Hatch,  66,  of  Lowell",
           "Liam Pargeter,   34, of Orchard   Close,",
           "Wednesday's close            Close    Chg.",
           "the pond within six months."]
    lines, _ = page_lines(raw)
    assert [x.width for x in lines] == [31, 36, 28, 27]
