"""A letter's salutation (`To the editor:`, `Dear Editor,`) opens the letter's text, as a
byline or a dateline does: it is no line of the headline over it, and alone on its line it is
a paragraph of its own; the headline over it heads a letter of its own even where no blank line
parts it from the story above (cue added in session 33; fails on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

ABOVE = ["Winter parking ban starts Nov. 15", "",
         "The town's overnight winter parking ban begins Nov. 15 and runs through April 1.",
         "Cars may not park on any town street between 1 and 6 a.m. so plows can clear the roads.",
         ""]
LETTER = ["Keep the Grange hall in town hands",
          "{salutation}",
          "The Selectboard is considering selling the Grange hall to a private developer. I urge",
          "them to think again. Saturday's supper showed what that building means to this town.",
          "",
          "Margaret Olufsen, Marrowick"]


@pytest.mark.parametrize("salutation", ["To the editor:", "Dear Editor,", "To the Editor:"])
@pytest.mark.parametrize("blank", [True, False], ids=["blocks", "tight"])
def test_a_salutation_opens_the_letters_text(salutation: str, blank: bool) -> None:
    lines = [x.replace("{salutation}", salutation) for x in (*ABOVE, *LETTER)]
    if not blank:
        lines = [x for x in lines if x]
    res = split_page(Page(source="p12.txt", lang="en", page_no=12, lines=tuple(lines)))
    letter = next(s for s in res.stories if "Grange hall" in s.headline)
    assert letter.headline == "Keep the Grange hall in town hands"
    assert letter.paragraphs[0] == salutation
    assert letter.paragraphs[1].startswith("The Selectboard is considering")
    assert res.stories[0].paragraphs[-1].endswith("so plows can clear the roads.")
