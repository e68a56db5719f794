"""Cues added in session 25 (third round) on invented text, each checked to fail on the code
before it: weekend and feature pages (a deck of whole sentences between the headline and the
byline, a brief's head run in before a month's short name)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks


def test_a_deck_of_sentences_between_headline_and_byline() -> None:
    # the deck ends its sentences, but stands between the headline's block and the byline
    # over a text that opens with its dateline: running text stands under its byline
    res = split_page(blocks(
        "en",
        "RIVER COUNTRY",
        "After 30 years, the last\nferryman hands over the rope",
        "Ned Alder has pulled the Birch Bend ferry since\n1994. On Saturday, he began "
        "teaching his\nreplacement the river.",
        "By Wren Holt / Staff Writer",
        "BIRCH BEND — The rope is older than\nthe ferryman's grandchildren, and Ned\n"
        "Alder knows every splice in it.\nOn Saturday morning he handed his gloves\nto Maddie Oko, 29.",
        "Library sets winter hours",
        "The Harwick library will close at 6 p.m. on weekdays from\nDecember through February."))
    ferry = res.stories[0]
    assert ferry.headline == "After 30 years, the last ferryman hands over the rope"
    assert ferry.subheadline is not None and ferry.subheadline.startswith("Ned Alder has pulled")
    assert ferry.byline == "By Wren Holt / Staff Writer"
    assert ferry.paragraphs[0].startswith("BIRCH BEND —")
    assert len(res.stories) == 2


def test_a_brief_head_run_in_before_a_month_and_day() -> None:
    # `Leaf pickup begins Oct. 7 Curbside` / `leaf collection…`: a month's stop ends no
    # sentence, so the head ends before the name the text goes on from
    res = split_page(blocks(
        "en",
        "NEWS IN BRIEF",
        "Leaf pickup begins Oct. 7 Curbside\nleaf collection in Harwick will begin Oct. 7 and "
        "run\nthrough Nov. 29, the public works department said.",
        "Food bank seeks drivers The Harwick\nfood bank needs six volunteer drivers for its "
        "Saturday\nroutes, director Ann Lo said."))
    assert [s.headline for s in res.stories] == ["Leaf pickup begins Oct. 7", "Food bank seeks drivers"]
    assert res.stories[0].paragraphs[0].startswith("Curbside leaf collection")

