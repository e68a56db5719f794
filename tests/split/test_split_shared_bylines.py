"""A byline shared by two writers, each with a role after a comma, on one line or wrapped before
the second writer (cue added in session 31, checked to fail on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import byline_kind


@pytest.mark.parametrize("line", [
    "By Mira Castell, Courts Reporter, and Tobias Wren, Herald Intern",
    "By Mira Castell, Transport Writer, with Tobias Wren, Intern",
])
def test_two_writers_with_their_roles_are_one_byline(line: str) -> None:
    assert byline_kind(line, "en") == "line"


def test_a_sentence_naming_two_people_is_no_byline() -> None:
    assert byline_kind("By Friday, Mira Castell, the clerk, and Tobias Wren had left.", "en") is None


STACK = """RIVERS
Flood wall money arrives
two years late
By Mira Castell, Courts Reporter,
and Tobias Wren, Herald Intern
BELLWATER — State money for the flood wall along the east bank reached the
city on Monday, two years after it was promised, the mayor's office said.
Work on the first section is to start in April."""


def test_a_shared_byline_wrapped_before_the_second_writer_ends_the_stack_on_a_tight_page() -> None:
    page = Page(source="p2.txt", lang="en", page_no=2, lines=tuple(STACK.split("\n")))
    res = split_page(page)
    assert len(res.stories) == 1
    story = res.stories[0]
    assert story.kicker == "RIVERS"
    assert story.headline == "Flood wall money arrives two years late"
    assert story.byline == "By Mira Castell, Courts Reporter, and Tobias Wren, Herald Intern"
    assert story.paragraphs[0].startswith("BELLWATER — State money")
