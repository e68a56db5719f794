"""A listing's rows with times of day set with a point, as British papers print them (`6.00
News  6.30 Local News`), are rows like those set with a colon; prose's decimals are not (cue
added in session 31, checked to fail on the code before it)."""
from __future__ import annotations

from audiopaper.split.roles import _list_row


def test_times_with_a_point_make_a_listing_row() -> None:
    assert _list_row("RTV1 6.00 News 6.30 Quayside 7.00 Garden Hour 8.30 The Long Watch 10.00 News")
    assert _list_row("The Lantern Road (12A) Fri-Thu 1.45, 4.50, 7.55")
    assert _list_row("Thu. 6:12a / 6:38p Fri. 7:04a / 7:29p")


def test_decimals_in_a_sentence_are_no_listing() -> None:
    assert not _list_row("Rents rose 3.25 percent in the city, 4.50 percent in the suburbs and 5.75 percent")
    assert not _list_row("Tickets cost $6.00, $7.50 and $8.25 at the door")
