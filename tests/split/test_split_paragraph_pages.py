"""Cues added in session 17's fourth round for English pages extracted a paragraph to a line,
each on invented text and each checked to fail on the code before it: a brief whose head runs
into its text with one space under another brief, no blank line between them, a deck under
a headline set on one line (however short), and a brief's head opening on a figure."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import tight

en = partial(tight, "en", page_no=3)

BULLETIN = ("COMMUNITY BULLETIN",
            "Leaf pickup begins Oct. 21  City crews will collect leaves raked to the curb on each "
            "street’s regular trash day from Oct. 21 to Dec. 6.",
            "Senior center flu clinic The Elm Avenue Senior Center will hold its own flu shot "
            "clinic from 9 a.m. to noon Oct. 15 for members 65 and older.",
            "Cemetery cleanup  Volunteers are needed from 9 a.m. to 1 p.m. Saturday to rake and "
            "trim at Old Mill Cemetery.")
STORY = ("School board weighs later start for high school",
         "Change would move the first bell to 8:25 a.m. next fall",
         "By Tess Marlowe | Courier Staff Writer",
         "The Elm Ridge Board of Education on Monday heard a proposal to push the first bell at "
         "the high school from 7:35 a.m. to 8:25 a.m. starting next fall.",
         "Supporters said the change would let teenagers sleep longer; opponents said it would "
         "crowd out practices and after-school jobs.")


def test_a_brief_run_in_with_one_space_under_another_brief() -> None:
    """`Senior center flu clinic The Elm Avenue…` under a brief that ended: its head runs into
    its text with one space, as the briefs around it do with two."""
    res = split_page(en(*BULLETIN, *STORY))
    assert [s.headline for s in res.stories][:3] == [
        "Leaf pickup begins Oct. 21", "Senior center flu clinic", "Cemetery cleanup"]


def test_a_deck_under_a_headline_set_on_one_line() -> None:
    """A headline as long as a column's line is set on one line: the line under it, printed
    in one block with it and opening on a word the story writes in lower case (`Change
    would…`, `the change`), is its deck."""
    res = split_page(en("LOCAL | A3 | Tuesday, October 8, 2024 | The Elm Ridge Courier", "",
                        *BULLETIN, "", *STORY, "", "CORRECTION",
                        "A story on Saturday gave the wrong date for the fall concert. It is "
                        "Oct. 19.", "", "Library card drive", "The library will waive fees for "
                        "new cards this month."))
    story = next(s for s in res.stories if s.byline)
    assert (story.headline, story.subheadline) == (
        "School board weighs later start for high school",
        "Change would move the first bell to 8:25 a.m. next fall")


def test_a_deck_under_a_headline_of_a_short_line() -> None:
    """`Harvest yields swing with summer rains` (38 letters) is still longer than a column's
    headline line: the line under it, opening on a word the story writes in lower case, is the
    deck."""
    res = split_page(en("LOCAL | A3 | Thursday, October 3, 2024 | The Elm Ridge Courier", "",
                        "FARM", "Harvest yields swing with summer rains",
                        "North side strong, south side ‘worst since 2012’",
                        "By Tom Reichert / Courier Staff Writer",
                        "ELM COUNTY — Combines are rolling across the county this week, and early "
                        "yield reports are as uneven as the summer’s rainfall.",
                        "Farmers on the county’s north side report corn near 200 bushels an acre.",
                        "", "Library card drive", "The library will waive fees for new cards this "
                        "month.", "", "Quarry Road closure", "Quarry Road will close Monday for "
                        "culvert work."))
    story = next(s for s in res.stories if s.byline)
    assert (story.headline, story.subheadline) == (
        "Harvest yields swing with summer rains", "North side strong, south side ‘worst since 2012’")


def test_a_briefs_head_opening_on_a_figure() -> None:
    """`4-H pancake supper  The Elm Achievers…` after a brief that ended: the head opens on a
    figure, its next word in lower case."""
    res = split_page(en(*BULLETIN, "4-H pancake supper  The Elm Achievers 4-H Club will serve "
                        "pancakes from 5 to 7 p.m. Saturday at the fairgrounds."))
    assert res.stories[-1].headline == "4-H pancake supper"
    assert res.stories[-1].paragraphs[0].startswith("The Elm Achievers")
