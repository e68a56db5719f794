"""On a page with no blank lines, a story's stack still stands between its kicker (a label in
capitals) and its byline: the headline's and the deck's lines there are display, not text,
even where the deck holds a sentence of its own."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight

_PAGE = (
    "The Orrin Bay Clarion",
    "SUNDAY, MARCH 8, 2026 | $2.00",
    "HARBOR LIFE",
    "After 38 years, the bay's last",
    "oyster shucker sets down his knife",
    "Abel Tamsin opened his stall on Pier 4 in",
    "1988. On Friday, he sold his last dozen to a",
    "line that ran past the bait shop.",
    "By Ruth Okafor / Staff Writer",
    "ORRIN BAY — The knife is older than the pier's new pilings, and Abel",
    "Tamsin keeps it wrapped in a dish towel between shifts. He sharpened it",
    "one last time on Friday morning and went to work.",
    "His daughter will keep the stall, he said, but she will sell chowder.",
)


def test_a_kickers_stack_over_its_byline_is_read_whole_without_blank_lines() -> None:
    res = split_page(tight("en", *_PAGE, page_no=1))
    lead = res.stories[0]
    assert (lead.kicker, lead.headline) == (
        "HARBOR LIFE", "After 38 years, the bay's last oyster shucker sets down his knife")
    assert lead.subheadline is not None and lead.subheadline.startswith("Abel Tamsin opened")
    assert lead.byline == "By Ruth Okafor / Staff Writer"
    assert lead.paragraphs[0].startswith("ORRIN BAY — The knife")
