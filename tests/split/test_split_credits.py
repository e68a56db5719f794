"""Cues added in session 23 on invented text, each checked to fail on the code before it: a
photo's credit naming a contributor (`ODA MERRICK / For the Herald`) and a feature's credit
in words over two lines (`Story and photos by Oda Merrick` / `Special to the Herald`)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks

FEATURE = ("A lighthouse keeper’s cottage glows at dusk above Gannet Cove.\n"
           "ODA MERRICK / For the Herald",
           "TRAVEL",
           "Two quiet days\non the Gannet Coast",
           "Story and photos by Oda Merrick\nSpecial to the Herald",
           "GANNET COVE — The bus from the station stops where the road does, at a\n"
           "gate in a stone wall, and the driver points you down a path to the sea.",
           "The cottage sleeps four and is let by the night from April to October.\n"
           "There is a stove, a shelf of paperbacks and no television at all.")


def test_a_contributor_s_photo_credit_closes_its_caption() -> None:
    """Blank lines between blocks: the caption and its credit over the story are a photo, not
    the story's headline, and the credit names the photographer."""
    res = split_page(blocks("en", *FEATURE))
    story = next(s for s in res.stories if s.paragraphs and s.paragraphs[0].startswith("GANNET"))
    assert story.headline == "Two quiet days on the Gannet Coast"
    assert "MERRICK" not in (story.headline or "") + (story.subheadline or "")


def test_a_story_credit_in_words_over_two_lines_is_the_byline() -> None:
    """`Story and photos by Oda Merrick` / `Special to the Herald`: one byline, no
    subheadline."""
    res = split_page(blocks("en", *FEATURE))
    story = next(s for s in res.stories if s.paragraphs and s.paragraphs[0].startswith("GANNET"))
    assert story.byline == "Story and photos by Oda Merrick Special to the Herald"
    assert story.subheadline is None
