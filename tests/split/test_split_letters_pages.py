"""Cues added in session 18's second round for an opinion page extracted with no blank
lines, each on invented text and checked to fail on the code before it: a staff box's
`Opinion editor: …` line is furniture, a British letter signed with a street that has no
number is signed, and the next letter's headline may ask its question; a quotation left
open goes on past what cut it."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from audiopaper.split.text import joined_paragraphs
from tests.split.build import tight

en = partial(tight, "en", page_no=8)

LETTERS = ("LETTERS TO THE EDITOR",
           "Bins and gulls",
           "Since the switch to fortnightly collections, the gulls have torn open every bag",
           "on our street, and the pavement is covered with rubbish by Tuesday morning.",
           "Could the council not at least provide gull-proof sacks, as other towns do?",
           "Ruth Penrose, Quay Row, Hollowmouth",
           "Crossing or car park?",
           "The zebra crossing by the school has been blocked by parked vans three times",
           "this week. Somebody will be hurt before the council paints a yellow line.",
           "Owen Treharne, Mill Close, Penwithy",
           "A thank-you from the choir",
           "On behalf of the Hollowmouth Male Voice Choir, may I thank everyone who came",
           "to our summer concert and helped us raise more than £1,200 for the hospice.",
           "Alun Davey, Hollowmouth Male Voice Choir")


def test_a_staff_box_line_is_furniture() -> None:
    """`Opinion editor: Desmond Pike` over the paper's own view: a post and who holds it, the
    staff box's, not the editorial's headline."""
    res = split_page(en("THE HOLLOWMOUTH PACKET", "Saturday, August 17, 2024", "A8 OPINION",
                        "Founded 1911", "Editor: Harriet Quayle", "Opinion editor: Desmond Pike",
                        "OUR VIEW", "The ferry is not", "a luxury",
                        "When the county council meets on Tuesday to set next year's transport",
                        "budget, it should remember that the island ferry is how forty families",
                        "get to work, to school and to the doctor.", "-- The Packet", *LETTERS))
    editorial = res.stories[0]
    assert (editorial.kicker, editorial.headline) == ("OUR VIEW", "The ferry is not a luxury")
    assert "Opinion editor: Desmond Pike" in " ".join(res.skipped)


def test_letters_signed_with_a_street_and_a_question_for_a_headline() -> None:
    res = split_page(en(*LETTERS))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Bins and gulls", "Ruth Penrose, Quay Row, Hollowmouth"),
        ("Crossing or car park?", "Owen Treharne, Mill Close, Penwithy"),
        ("A thank-you from the choir", "Alun Davey, Hollowmouth Male Voice Choir")]


def test_a_quotation_goes_on_past_what_cut_it() -> None:
    """A story's text going on past a pull quote, a picture or a jump after a quotation that
    is still open goes on in its paragraph until the quotation closes; a quotation of several
    paragraphs opens each with its mark again, and there the paragraph ends."""
    head = ["The line nearly closed in 1974.", "“They ask the wrong question."]
    assert joined_paragraphs(head, ["Nobody rides it to get somewhere.”", "It was built in 1889."],
                             "en") == [
        "The line nearly closed in 1974.",
        "“They ask the wrong question. Nobody rides it to get somewhere.”", "It was built in 1889."]
    assert joined_paragraphs(head, ["“Nobody rides it to get somewhere.”"], "en") == [
        *head, "“Nobody rides it to get somewhere.”"]
