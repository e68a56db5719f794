"""Cues added in session 24 on invented text, checked to fail on the code before them: a
byline that names the writer only, over the writer's title on a line of its own (`By Ines
Marwood` / `Courier Farm Editor`), is one byline; and a word a column broke at its hyphen that
is written closed far more often than as two words joins up (`tax-` / `payers`)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks


def test_a_writers_title_under_the_byline_joins_it() -> None:
    res = split_page(blocks(
        "en",
        "Co-op members back new grain terminal",
        "By Ines Marwood",
        "Courier Farm Editor",
        "imarwood@pellcourier.example",
        "Members of the Pell Valley Co-op voted 412 to 96 on Tuesday to build a grain terminal "
        "beside the rail line east of Marlow, the co-op said.\nConstruction is to start in "
        "spring, and county tax-\npayers will not be asked to help pay for the road work."))
    story = res.stories[0]
    assert story.byline == "By Ines Marwood Courier Farm Editor"
    assert "county taxpayers will not" in story.paragraphs[-1]
