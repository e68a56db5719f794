"""A box's lines left over when the page gives no blank line to hold the box together (a
weather ear's second forecast line, a pointer to the full forecast) are no story: a line of
text with nothing around it (no headline, byline or jump), short of what reads as running
text, is skipped with the box, and the lead stays first.  Never on a page where it is all
the text there is."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight

_FRONT = (
    "The Tamsin Valley Courier",
    "FRIDAY, MAY 8, 2026 • $1.00",
    "WEATHER",
    "Windy today, high 61°.",
    "Showers tonight, low 44°.",
    "Full outlook, A9",
    "Mill levy headed to voters",
    "in August after 5-2 vote",
    "By Petra Holm",
    "TAMSIN VALLEY — The county board voted 5-2 on Thursday to put a 1.5-mill levy for the",
    "hospital district on the August ballot, ending a year of debate over how to pay for",
    "the new emergency wing.",
    "Supporters said the wing cannot open without it. Opponents said the district should",
    "first sell the old clinic on Birch Street.",
)


def test_a_forecast_line_left_over_in_a_tight_ear_is_no_story() -> None:
    res = split_page(tight("en", *_FRONT, page_no=1))
    assert [s.headline for s in res.stories] == ["Mill levy headed to voters in August after 5-2 vote"]
    assert any("Showers tonight" in x for x in res.skipped)


def test_a_page_of_one_short_line_is_still_read() -> None:
    res = split_page(tight("en", "Showers tonight, low 44°."))
    assert [s.paragraphs for s in res.stories] == [["Showers tonight, low 44°."]]


def test_a_boxs_short_line_of_two_sentences_is_no_story_either() -> None:
    """Short of forty characters a line is no running text, however many stops it has
    (`Rain late. Low 44°.` under a weather head)."""
    lines = list(_FRONT)
    lines[4] = "Rain late. Low 44°."
    res = split_page(tight("en", *lines, page_no=1))
    assert [s.headline for s in res.stories] == ["Mill levy headed to voters in August after 5-2 vote"]
    assert any("Rain late" in x for x in res.skipped)
