"""Old broadsheet pages in English (OCR text, blank lines between blocks only): headlines in
capitals or title case ending on a stop, meeting reports under sub-heads, subscription lists
with their sums.  Every page here is invented."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page


def blocks_page(*blocks: str) -> Page:
    """An English page with blank lines between blocks only (OCR of an old broadsheet)."""
    return Page(source="p5.txt", lang="en", page_no=5, lines=tuple("\n\n".join(blocks).split("\n")))


def test_sums_set_alone_under_a_subscription_list_head_no_story() -> None:
    """A list's sums read as blocks of their own (`0 14 6`, `52 3 9`): lines without a letter
    are never a headline, so the paragraph after them stays in the same story."""
    page = blocks_page(
        "Lifeboat Fund.",
        "The committee of the lifeboat fund met on Monday\nand received the following "
        "sums, which they\nacknowledge with thanks: —",
        "Amount already acknowledged £120 4 0\nMarket Hall collection, Ashby\nFriends of "
        "the harbour ...\nSt Anne's Church, Ashby ...",
        "2 10 0\n1 1 0\n3 4 6",
        "Total ...",
        "0 14 6",
        "52 3 9",
        "THE NEW PIER.—On Tuesday the contractors began\nto drive the first piles of the "
        "new pier, and the\nwork is expected to be finished by the autumn.",
        "A DISASTROUS FIRE.",
        "Early on Sunday morning a fire broke out in a\nwarehouse near the quay, and the "
        "building was\nburned to the ground before help could come.")
    stories = split_page(page).stories
    assert [s.headline for s in stories] == ["Lifeboat Fund.", "A DISASTROUS FIRE."]
    text = " ".join(stories[0].paragraphs)
    assert "52 3 9" in text and "THE NEW PIER" in text


_HARBOUR = (
    "MEETING OF THE HARBOUR TRUST.",
    "The monthly meeting of the Harbour Trust was held\non Monday. The CHAIRMAN said the "
    "accounts for\nthe quarter showed a small balance in hand.",
    "DREDGING.",
    "Mr HALE reported that the dredger had cleared the\nchannel to a depth of twelve feet, "
    "and that the\nwork would be finished before the winter.—The\nCLERK said the cost was "
    "within the estimate.",
    "THE NEW LIGHT.",
    "The CLERK read a letter from the Trinity House\nagreeing to the lighting of the pier "
    "head, and\nMr ROSS moved that the offer be accepted.",
    "A RUNAWAY HORSE.",
    "On Saturday afternoon a horse attached to a cart\nbolted in the market place, and ran "
    "as far as\nthe bridge before it was stopped by a porter.")


def test_sub_heads_between_sections_that_name_speakers_in_capitals_stay_in_the_report() -> None:
    """A meeting's report under sub-heads in capitals (`DREDGING.`): its sections name the
    speakers in capitals (`Mr HALE reported`, `The CLERK read`), so a heading between two
    such short sections is a sub-head of the report; the next heading, over text without
    them, is a story of its own."""
    stories = split_page(blocks_page(*_HARBOUR)).stories
    assert [s.headline for s in stories] == ["MEETING OF THE HARBOUR TRUST.", "A RUNAWAY HORSE."]
    text = " ".join(stories[0].paragraphs)
    assert "DREDGING." in text and "THE NEW LIGHT." in text and "Mr ROSS moved" in text


def test_short_notes_under_capital_heads_without_speakers_stay_apart() -> None:
    """The same shape with no speaker named in capitals: each heading is a story's."""
    plain = [b.replace("CHAIRMAN", "Chairman").replace("HALE", "Hale").replace("CLERK", "Clerk")
             .replace("ROSS", "Ross") for b in _HARBOUR]
    stories = split_page(blocks_page(*plain)).stories
    assert [s.headline for s in stories] == ["MEETING OF THE HARBOUR TRUST.", "DREDGING.",
                                             "THE NEW LIGHT.", "A RUNAWAY HORSE."]
