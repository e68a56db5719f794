"""Cues changed in session 24 on invented text, checked to fail on the code before them: a
column of briefs whose heads run into their texts with one space reads the same with no blank
line on the page (under a label in capitals, or a few lines under a brief whose head ran in,
a column of briefs goes on); and a head found where its words come again in the text ends on
no small word nor before a day (`Man charged in` / `Canal Street…` is one headline's line)."""
from __future__ import annotations

from audiopaper.split import split_page
from audiopaper.split.shape import _echoed_head
from tests.split.build import tight


def test_a_column_of_run_in_briefs_without_blank_lines() -> None:
    res = split_page(tight(
        "en",
        "Trail bridge reopens after repairs",
        "By Ruth Okonjo / Staff Writer",
        "The footbridge over Miller Creek on the county trail reopened",
        "Thursday after six weeks of repairs to its deck and railings.",
        "AROUND ASHVALE COUNTY",
        "Pool closed Monday The Ashvale",
        "Community Pool will be closed",
        "Monday while crews repair a pump.",
        "Swimmers may use the high school",
        "pool from 6 to 8 p.m. that evening.",
        "Book sale set The Friends of the",
        "Ashvale Library will hold their",
        "autumn book sale in the library",
        "basement from 9 a.m. to 3 p.m.",
        "on the first Saturday of the month."))
    assert [s.headline for s in res.stories] == [
        "Trail bridge reopens after repairs", "Pool closed Monday", "Book sale set"]
    assert res.stories[1].paragraphs[0].startswith("The Ashvale Community Pool")


def test_an_echoed_head_ends_on_no_small_word_nor_before_a_day() -> None:
    assert _echoed_head("Man charged in Canal Street break-ins A 27-year-old man was",
                        "charged Monday with burglary at four Canal Street businesses") is None
    assert _echoed_head("Blood drive Saturday at St. Adrian's The Tri-County Blood Center",
                        "will hold a blood drive Saturday") is None
    assert _echoed_head("Ferry adds nonstop to Porto Velas Ferry Line will begin daily",
                        "nonstop sailings to Porto Velas") == "Ferry adds nonstop to Porto Velas"
