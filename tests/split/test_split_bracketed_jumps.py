"""An English jump line may stand in brackets (`(Continued on A6)`, `(Continued from A1)`,
`[See LEVY, Page A6]`): it is the jump marker all the same, the two halves of the story are
stitched and the marker is read neither as a headline nor as text (cue added in session 33;
fails on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_pages

START = ["Levy would add a deputy on every shift", "", "By Ann Lee", "Staff Writer", "",
         "ASHBY — County commissioners will ask voters in November to approve a public safety",
         "levy that would put a second deputy on every overnight shift, Sheriff Dana Kettle said."]
REST = ["LEVY", "", "{from}", "",
        "The levy would raise about $1.2 million a year for five years, and the sheriff said the",
        "first hires could start in March."]


@pytest.mark.parametrize(("to", "from_"), [("(Continued on A6)", "(Continued from A1)"),
                                           ("[See LEVY, Page A6]", "[Continued from Page A1]")])
def test_a_bracketed_jump_stitches_its_story(to: str, from_: str) -> None:
    p1 = Page(source="a1.txt", lang="en", page_no=1, lines=(*START, "", to))
    p6 = Page(source="a6.txt", lang="en", page_no=6,
              lines=tuple(x.replace("{from}", from_) for x in REST))
    ed = split_pages([p1, p6])
    (story,) = [a for a in ed.articles if a.headline == "Levy would add a deputy on every shift"]
    text = " ".join(story.paragraphs)
    assert "first hires could start in March." in text
    assert to not in text and from_ not in text
    assert all(from_ not in (a.headline or "") for a in ed.articles)
