"""Cue added in session 24 on invented text, checked to fail on the code before it: in an
English feature, a short line between paragraphs, over text that names by the surname alone a
person the text above named in full (`Ekberg said`, `Ekberg, who…`), is a cross-head, a
paragraph of the story: a new story names its people in full first."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks


def test_a_cross_head_over_a_surname_alone_stays_in_its_story() -> None:
    res = split_page(blocks(
        "en",
        "Beekeepers count their losses after long winter",
        "By Noor Haddad / Staff Writer",
        "PELLOW -- Every March, beekeeper Harriet Quennell opens her 40 hives on the hill above "
        "the village and counts the colonies that made it through the cold.\n"
        "This spring she found 23 alive, the fewest since she started keeping bees in 1998.",
        "A hard season\n"
        "\"I have never opened so many boxes to silence,\" Quennell said. The county's "
        "beekeepers' club says members lost about half their colonies over the winter.\n"
        "Mites and a wet autumn are the likeliest causes, the club's secretary said.",
        "Starting again\n"
        "Quennell, who sells honey at the Saturday market, plans to split her strongest colonies "
        "in May and to raise new queens from them.",
        "Library extends hours",
        "The Pellow library will open until 8 p.m. on Thursdays from next month, the parish "
        "council said on Tuesday."))
    assert [s.headline for s in res.stories] == [
        "Beekeepers count their losses after long winter", "Library extends hours"]
    paragraphs = res.stories[0].paragraphs
    assert "A hard season" in paragraphs and "Starting again" in paragraphs
    assert paragraphs[-1].startswith("Quennell, who sells honey")
