"""The paper asking its readers for something and saying where to send it (`Got a garden
question? Email…`, `To nominate a volunteer, call…`, `The Courier corrects errors of fact…`) is
a contact line, skipped, not the end of the story above it (cue added in session 32; the last
two cases fail on the code before it, the first, skipped for its e-mail address, is a guard)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

STORY = ["Seed library opens at the Millbrook branch", "",
         "By Ann Lee", "Staff Writer", "",
         "The Millbrook library lent its first packets of seeds on Saturday, and by noon more",
         "than 60 families had signed up to borrow tomatoes, beans and squash for the spring.",
         "",
         "Borrowers are asked to return a share of the seeds they save in the autumn, said",
         "branch manager Rosa Kent, so the collection grows each year."]


@pytest.mark.parametrize("prompt", [
    "Got a garden question? Email garden@millbrookcourier.example",
    "To nominate a volunteer of the month, call 555-0147.",
    "The Courier corrects errors of fact. Call 555-0100.",
])
def test_a_prompt_to_readers_after_a_story_is_skipped(prompt: str) -> None:
    res = split_page(Page(source="b3.txt", lang="en", page_no=3, lines=(*STORY, "", prompt)))
    (story,) = res.stories
    assert story.paragraphs[-1].endswith("grows each year.")
    assert prompt in res.skipped
