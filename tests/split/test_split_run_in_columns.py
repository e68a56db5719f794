"""A column of briefs whose heads run into their text with one space, none of them clear alone:
read as heads together, where three or more items close together each lean the same way (cue
added in session 31, checked to fail on the code before it)."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.run_in import heads

COLUMN = """AROUND TOWN

Choir seeks tenors The Millbrook Singers
need two more tenors for the spring season;
rehearsals are Mondays at 7 p.m. in the
Grange hall.
Tool library opens Borrow a drill, a ladder
or a hedge trimmer for a week: the new
lending shed behind the fire station opens
on Saturday morning.
Pancake breakfast The Rotary club serves
pancakes and sausages Sunday from 8 a.m.
until noon at the Legion; $7 a plate.
Marsh bird walk Volunteers will lead a
two-hour walk along the dike path Saturday
at 7:30 a.m.; bring binoculars if you have
them."""

STORY = """Council delays vote on sidewalk plan

By Rosa Lindqvist

The town council on Tuesday put off a vote on a plan to repair sidewalks on six
streets, saying it wanted a second estimate before committing $410,000.

Council member Dana Ortiz said residents of Pine Street had waited long enough.
"We have been talking about these cracks since 2019," she said."""


def page() -> Page:
    return Page(source="p6.txt", lang="en", page_no=6,
                lines=tuple(f"{STORY}\n\n{COLUMN}".split("\n")))


def test_heads_leaning_alike_in_a_column_are_read_together() -> None:
    found = set(heads(list(page().lines)).values())
    assert {"Choir seeks tenors", "Tool library opens", "Pancake breakfast",
            "Marsh bird walk"} <= found


def test_the_column_splits_into_its_items_under_a_skipped_label() -> None:
    """End to end: each item its own story, the label over them skipped, not a kicker."""
    res = split_page(page())
    assert [s.headline for s in res.stories] == [
        "Council delays vote on sidewalk plan", "Choir seeks tenors", "Tool library opens",
        "Pancake breakfast", "Marsh bird walk"]
    assert res.stories[2].paragraphs[0].startswith("Borrow a drill")
    assert res.stories[3].paragraphs[0].startswith("The Rotary club serves")
    assert "AROUND TOWN" in res.skipped
    assert not any("AROUND TOWN" in (s.kicker or "") for s in res.stories)


def test_one_leaning_line_alone_is_not_a_head() -> None:
    """The same lean on one line of a story, with no items round it, is not enough."""
    story = ("Council delays vote\n\nBy Rosa Lindqvist\n\nThe council met on Tuesday and "
             "talked for an hour.\nPancake breakfast plans were also discussed at length "
             "by the members present.")
    assert heads(story.split("\n")) == {}
