"""Cue added in session 23, checked to fail on the code before it: the stop of a month's
short name before its day (`clinic Oct. 3`) is a date's, not a sentence's, so a headline
carrying a date is not read as running text for its stop."""
from __future__ import annotations

from audiopaper.split.text import has_body_punct


def test_a_date_s_stop_is_no_running_text_punctuation() -> None:
    """A brief's head with a date has no running text's punctuation; a sentence with the same
    date in it still has (its comma, its closing stop)."""
    assert not has_body_punct("Soil testing clinic Oct. 3")
    assert not has_body_punct("Flu shots at senior center Sept. 26")
    assert has_body_punct("The clinic is Oct. 3 at the fairgrounds.")
    assert has_body_punct("On Oct. 3, the clinic opens")
