"""A quotation set in from the column's edge on every line, between paragraphs printed flush:
a pull quote, skipped, in every extraction shape (cue added in session 31, checked to fail on
the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

STORY = [
    "Ferry crew hailed for night rescue",
    "By Ottilie Marsh",
    "Three deckhands on the late ferry pulled a kayaker from the estuary on Tuesday\n"
    "night after hearing a whistle over the engine noise, the harbour office said.",
    "\"We almost missed it,\" said the skipper, Jonah Pell. \"Then the whistle came\n"
    "again, off the port side, and we cut the engines.\"",
    "    \"You hear a lot of things out there at night.\n"
    "    You learn which ones to stop for.\"",
    "The kayaker, a visitor from inland, had capsized near the channel marker and\n"
    "spent about forty minutes in the water before the crew reached her.",
    "She was treated for cold at Quayside Infirmary and went home on Wednesday.",
]


def page(shape: str) -> Page:
    """The story with a blank line between blocks, after every line, or none at all."""
    if shape == "blocks":
        text = "\n\n".join(STORY)
    elif shape == "lines":
        text = "\n\n".join(line for block in STORY for line in block.split("\n"))
    else:
        text = "\n".join(STORY)
    return Page(source="p5.txt", lang="en", page_no=5, lines=tuple(text.split("\n")))


@pytest.mark.parametrize("shape", ["blocks", "lines", "tight"])
def test_a_quotation_indented_on_every_line_between_flush_paragraphs_is_a_pull_quote(shape: str) -> None:
    res = split_page(page(shape))
    assert [s.headline for s in res.stories] == ["Ferry crew hailed for night rescue"]
    text = " ".join(res.stories[0].paragraphs)
    assert "You learn which ones" not in text
    assert any("You learn which ones" in s for s in res.skipped)
    assert "forty minutes in the water" in text and "went home on Wednesday" in text
    assert res.stories[0].paragraphs[1].startswith("\"We almost missed it")
