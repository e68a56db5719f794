"""Cue added in session 24 on invented text, checked to fail on the code before it: a game's
result on a line of its own, a sentence of running text under it and another result under
that, is a brief's head over its text, not a row of a data box (a box's rows stand next to
each other, or with a group's head between them, never a sentence)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks


def test_results_parted_by_sentences_head_their_briefs() -> None:
    res = split_page(blocks(
        "en",
        "Pirates take county crown in shootout\nBy Dana Whitlock, Courier Sports Writer",
        "Marston High's boys soccer team won the county title Saturday, beating Kell Valley on "
        "penalties after a scoreless draw at Linden Park.",
        "The Pirates open the state tournament "
        "next week at home against Ferrisburg.",
        "Field hockey: Ashdown 3, Marston 2 (OT)",
        "Junior Petra Lindqvist scored on a corner in overtime as Ashdown reached the regional "
        "final for the first time since 2016.",
        "Water polo: Kell Valley 11, Ferrisburg 9",
        "The Kestrels scored four goals in the third period to win the league opener at the "
        "Hallam Aquatic Center on Friday night."))
    assert [s.headline for s in res.stories] == [
        "Pirates take county crown in shootout", "Field hockey: Ashdown 3, Marston 2 (OT)",
        "Water polo: Kell Valley 11, Ferrisburg 9"]
