"""A shop's or a service's ad set on a line of its own, its name in capitals, a dash and then a
number to call, a discount, opening hours or a starting price (`QUILL VALLEY LOCKSMITH —
24-hour lockouts… 555-0166`), is an ad, skipped, not text of the story beside it; a dateline
in capitals before a dash (`ASHBY RIDGE — The council…`) still opens its story (cue added in
session 33; the ad cases fail on the code before it but the feed store's, which an older rule
for opening hours already skipped)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

STORY = ["Council backs new fire station", "",
         "By Ann Lee", "Staff Writer", "",
         "ASHBY RIDGE — Village trustees voted 4-1 Monday to buy a 2.4-acre lot on County Road 12",
         "for a new fire station, ending two years of argument over where the trucks should go.",
         "",
         "The lot will cost $612,000, paid from the capital reserve, said Mayor Dana Crewe, and",
         "the station itself will go to voters as a bond question in November."]
NEXT = ["Library extends Sunday hours", "",
        "The Ashby Ridge library will open from noon to 5 p.m. on Sundays starting next month,",
        "the library board decided Thursday after a survey drew more than 400 replies."]


@pytest.mark.parametrize("ad", [
    "QUILL VALLEY LOCKSMITH — 24-hour lockouts, rekeys, safes. 555-0166",
    "GREENLEAF NURSERY - Native plants for rain gardens. 20% off all perennials through April 30.",
    "ORMSBY FEED & SEED -- Winter bird seed 40 lb. $19.99 -- Open Sat. 8-4",
    "HARBOR TRAVEL — Norvania fjord cruises from $1,499. Book by Friday.",
])
@pytest.mark.parametrize("gap", [[""], []], ids=["blank", "tight"])
def test_a_shops_ad_between_stories_is_skipped(ad: str, gap: list[str]) -> None:
    lines = (*STORY, *gap, ad, *gap, "", *NEXT)
    res = split_page(Page(source="a3.txt", lang="en", page_no=3, lines=lines))
    assert ad in res.skipped
    first = next(s for s in res.stories if s.headline == "Council backs new fire station")
    assert first.paragraphs[0].startswith("ASHBY RIDGE — Village trustees")
    assert first.paragraphs[-1].endswith("bond question in November.")
    assert any(s.headline == "Library extends Sunday hours" for s in res.stories)
