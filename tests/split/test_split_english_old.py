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


def test_a_title_case_line_alone_in_its_block_is_a_headline_after_open_text() -> None:
    """An old page's headline in title case ending on a stop, a block of its own
    (`The Rose Show at Dalton.`), heads the next story even where the block above left its
    text open (an advertisement's OCR ending `—Advt,`) or ended on initials."""
    page = blocks_page(
        "CRICKET.",
        "The first match of the season was played on\nSaturday, when the home eleven won by "
        "six\nwickets after a close game.",
        "FINE TEAS at Robson's, in English Street, per\npound, at the old prices.—Advt,",
        "The Rose Show at Dalton.",
        "The annual show of the Dalton Rose Society was\nheld in the Vicarage grounds on "
        "Wednesday,\nand was largely attended by the gentry.",
        "I trust that the society will have the support\nit deserves from all classes. R. T. B.",
        "The Rifle Volunteers.",
        "DRILLS FOR THE WEEK.",
        "Orders for the week ending 7th June.—Parade\nin uniform on Thursday, at 7-30 p.m. "
        "Band\nto attend.")
    stories = split_page(page).stories
    assert [s.headline for s in stories] == [
        "CRICKET.", "The Rose Show at Dalton.", "The Rifle Volunteers."]
    assert "Advt," in " ".join(stories[0].paragraphs)
    assert stories[2].subheadline == "DRILLS FOR THE WEEK."


def test_a_note_of_a_few_lines_under_a_sub_head_after_a_report_stays_in_it() -> None:
    """Under a report whose text names speakers in capitals (`the SURVEYOR said`), a sub-head
    over a note of a few lines (`CEMETERY REPORT.`) is more of the report; the next heading,
    over a longer story that names none, is a story of its own."""
    page = blocks_page(
        "Meeting of the Paving Committee.",
        "The monthly meeting was held on Friday in the\nTown Hall. Mr Dodd presided.—A letter "
        "was read\nfrom the owners of Mill Street, and the SURVEYOR\nsaid the flags would be "
        "laid before the winter.\nAfter some discussion the matter was left to\nthe SURVEYOR "
        "to deal with as he thought fit.",
        "CEMETERY REPORT.",
        "The report of the cemetery keeper showed that\nthere had been nine burials during "
        "the month.",
        "A FIRE AT THE MILL.",
        "Early on Tuesday morning a fire broke out in the\ncarding room of the Low Mill, and "
        "before the\nengines could arrive the roof had fallen in.\nThe damage is estimated at "
        "several hundred\npounds, and is covered by insurance. Some forty\nhands will be out "
        "of work for a fortnight, but\nthe owners hope to have the room rebuilt\nbefore the "
        "end of the summer. The cause of the\nfire is not known, but it is thought that it\n"
        "began in a heap of waste near the boiler.")
    stories = split_page(page).stories
    assert [s.headline for s in stories] == ["Meeting of the Paving Committee.", "A FIRE AT THE MILL."]
    assert "nine burials" in " ".join(stories[0].paragraphs)
