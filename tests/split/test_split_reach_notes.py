"""Cue widened in session 24 on invented text, checked to fail on the code before it: a short
question or offer and how to reach the paper about it (`Sports results? Call the sports desk
at…`, `Subscribe to the Courier: $40 a year…` / `… Call 555-0170.`), on one line or wrapped
over two or three, apart from any story's text, is a contact note: skipped, never read as a
story's last paragraph."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, text


def test_offers_and_questions_that_say_how_to_reach_the_paper_are_skipped() -> None:
    res = split_page(blocks(
        "en",
        "Mill Pond dam repairs finished early",
        "Crews finished repairs to the Mill Pond dam on Friday, two weeks ahead of schedule and "
        "under the $410,000 budget, the town engineer said.",
        "Subscribe to the Courier: $40 a year in Pell County,\n$55 elsewhere. Call 555-0170.",
        "Library book sale raises $2,300",
        "The Friends of the Pell Library raised $2,300 at their autumn book sale, which drew "
        "more than 600 buyers over two days.",
        "Sports results? Call the sports desk at 555-0171 by 9 p.m."))
    assert [s.headline for s in res.stories] == [
        "Mill Pond dam repairs finished early", "Library book sale raises $2,300"]
    assert "Subscribe" not in text(res) and "sports desk" not in text(res)
    assert any("Subscribe to the Courier" in x for x in res.skipped)
