"""The desk, bureau or service a writer files from, on its own line under the name (`By Ray
Dunning` / `Capitol Bureau`, `Allied Wire Service`, `Brannock County Extension`), is the
byline's second line, not a line of the headline or of the text (cue added in session 33;
fails on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

HEAD = ["STATEHOUSE", "", "Hollis delegation splits on", "school aid formula overhaul", "",
        "By Ray Dunning"]
BODY = ["", "MERRITT — The four lawmakers who represent Hollis County took opposite sides Monday",
        "on a plan to rewrite the state's school aid formula, with two backing the bill and two",
        "saying it would shortchange rural districts.", "",
        "The Senate education committee will take up the bill again next week."]


@pytest.mark.parametrize("desk", ["Capitol Bureau", "Allied Wire Service", "Brannock County Extension",
                                  "Sentinel Statehouse Bureau"])
@pytest.mark.parametrize("blank", [True, False], ids=["blocks", "tight"])
def test_a_writers_desk_under_the_name_is_the_bylines(desk: str, blank: bool) -> None:
    lines = [*HEAD, desk, *BODY]
    if not blank:
        lines = [x for x in lines if x]
    (story,) = split_page(Page(source="a1.txt", lang="en", page_no=1, lines=tuple(lines))).stories
    assert story.headline == "Hollis delegation splits on school aid formula overhaul"
    assert story.byline == f"By Ray Dunning {desk}"
    assert story.paragraphs[0].startswith("MERRITT — The four lawmakers")
