"""Cue added in session 24 on invented text, checked to fail on the code before it: a line
that ends on a soft hyphen (U+00AD, which cp1252 and Latin-1 pages carry as byte 0xAD) broke
a word, whose halves join with nothing between them, in paragraphs and in headlines alike."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks

SHY = "\u00ad"


def test_soft_hyphens_at_line_ends_join_the_word() -> None:
    res = split_page(blocks(
        "en",
        f"Harbor ferry adds a late sail{SHY}\ning on Fridays",
        f"The Harbor Ferry Company will add a late sailing on Fri{SHY}\n"
        f"days from next month, the company said Tuesday. The new boat will\n"
        f"leave the town pier at 11:15 p.m. and reach the island half an hour later, and\n"
        f"fares will not change, a spokes{SHY}\nwoman said.",
        f"The change follows a petition signed by more than 400 resi{SHY}\ndents."))
    story = res.stories[0]
    assert story.headline == "Harbor ferry adds a late sailing on Fridays"
    assert "on Fridays from next month" in story.paragraphs[0]
    assert "a spokeswoman said." in story.paragraphs[0]
    assert story.paragraphs[-1].endswith("400 residents.")
    assert not any(SHY in p for p in story.paragraphs)
