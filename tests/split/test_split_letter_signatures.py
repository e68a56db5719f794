"""Letters signed on two lines (the writer's name, then the town under it) read the same in
every extraction shape: the two lines are the letter's byline, never a headline of the next
letter, whether the page prints a blank line after every line, blank lines between blocks or
none at all."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from tests.split.build import blocks, every_line, tight

_LETTERS = (
    ("Bring back the late bus",
     "My daughter stays after school for band\nthree days a week. Since the late bus was\n"
     "cut she walks two miles home along Route\n9 in the dark. Please restore it.",
     "Marisol Greaves\nPennock"),
    ("Fix the library roof first",
     "The council wants new benches downtown\nwhile buckets catch the rain in the\n"
     "library reading room. Roof first.",
     "Tobias Renwick\nEast Pennock"),
    ("Thanks to the road crew",
     "The crew that cleared Mill Road after the\nice storm worked through the night. We\n"
     "noticed, and we are grateful.",
     "Ada Feld\nCrane Hollow"),
)


def _page(shape: str) -> Page:
    parts = ["YOUR LETTERS"]
    for head, body, sig in _LETTERS:
        parts += [head, body, sig]
    if shape == "blocks":
        return blocks("en", *parts)
    if shape == "lines":
        return every_line("en", *[x for p in parts for x in p.split("\n")])
    return tight("en", *[x for p in parts for x in p.split("\n")])


@pytest.mark.parametrize("shape", ["blocks", "lines", "tight"])
def test_two_line_signatures_close_their_letters_in_every_shape(shape: str) -> None:
    res = split_page(_page(shape))
    got = [(s.headline, s.byline) for s in res.stories]
    assert got == [(head, sig.replace("\n", " ")) for head, _, sig in _LETTERS], got
