"""Cues added in session 23, each on invented text and each checked to fail on the code before
it: how a review page's closing lines and signatures are read."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import every_line, text, tight

# a stage review in narrow columns, no blank lines, its star rating opening its last paragraph
REVIEW = ("STAGE REVIEW",
          "‘Harbour Lights’ glows",
          "By Wendell Ostrow / Arts Critic",
          "The Quayside Players open their",
          "winter season with a warm, slightly",
          "overlong comedy about two sisters",
          "who inherit a failing ferry line.",
          "Nessa Crale and Ottoline Barr are a",
          "delight as the sisters, and the",
          "second act fairly races along.",
          "★★★ (out of four). “Harbour",
          "Lights” plays through Jan. 12 at",
          "the Quayside Theatre, 9 Pier Rd.")


def test_a_star_rating_that_runs_on_as_a_sentence_is_the_review_s_text() -> None:
    """`★★★ (out of four). “Harbour` / `Lights” plays through Jan. 12 at` / …: the rating line
    runs on into the next sentence, so it is the review's closing paragraph, heard with it,
    and the lines after it do not head a story of their own."""
    res = split_page(tight("en", *REVIEW))
    assert [s.headline for s in res.stories] == ["‘Harbour Lights’ glows"]
    assert "★★★ (out of four). “Harbour Lights” plays through Jan. 12" in text(res)
    assert not any("★" in s for s in res.skipped)

# two record reviews under a column's head, each signed at its end, no blank lines; the first
# one's stars are printed after its last sentence
RECORDS = ("ON RECORD",
           "Marrow Creek, ‘Tin Roof Hymns’",
           "The Delby trio’s third record",
           "swaps the fiddles of its first two",
           "for an old pump organ and a choir",
           "of neighbours. It is slower, and",
           "the better for it.",
           "Best song: “Low Water.” ★★★½",
           "— Priya Hallam",
           "Osgood Lark, ‘Harbour Nights’",
           "Lark’s quintet cut these eight",
           "tunes in one evening at the Dry",
           "Dock bar, and the room is on the",
           "tape: chairs, laughter, a phone.",
           "Best song: “Third Bell.”",
           "— Rufus Penhale")


def test_a_review_signed_under_its_stars_closes_on_its_signature() -> None:
    """`Best song: “Low Water.” ★★★½` / `— Priya Hallam`: the stars after the last sentence
    leave nothing open, so the signature under them is the first review's byline, not a
    line of its text, and the second review keeps its own."""
    res = split_page(tight("en", *RECORDS))
    assert [s.byline for s in res.stories] == ["— Priya Hallam", "— Rufus Penhale"]
    assert res.stories[0].paragraphs[-1].endswith("“Low Water.” ★★★½")


# a column of sports briefs, one printed line to a column line with a blank line after each;
# the second brief's text opens on a possessive
BRIEFS = ("SPORTS IN BRIEF",
          "Rowing eight takes silver",
          "The Kelso Academy girls’ eight",
          "finished second at the county",
          "regatta on Saturday, a length",
          "behind Marston Grammar.",
          "Netball side loses final",
          "Kelso’s run ended with a 31-28",
          "defeat to Ferrybridge in the",
          "county cup final on Sunday.")


def test_an_apostrophe_closes_no_quotation() -> None:
    """`Netball side loses final` / `Kelso’s run ended with a 31-28`: the apostrophe in
    `Kelso’s` closes no quotation left open above, so the line may open a text, and the line
    over it heads a second brief rather than running on in the first one's text."""
    res = split_page(every_line("en", *BRIEFS))
    assert [s.headline for s in res.stories] == ["Rowing eight takes silver",
                                                 "Netball side loses final"]
    assert res.stories[1].paragraphs[0].startswith("Kelso’s run ended")


def test_a_paper_s_staff_credit_alone_closes_the_text() -> None:
    """`…in its first week.` / `Harbor Post staff`: the staff's credit on a line of its own
    under the last sentence is the item's byline, not a line of its text nor a headline."""
    res = split_page(tight("en", "Tool library opens", "Residents can now borrow drills,",
                           "ladders and garden tools with a", "library card. The Northside branch",
                           "lent 140 tools in its first week.", "Harbor Post staff"))
    assert [(s.headline, s.byline) for s in res.stories] == [("Tool library opens", "Harbor Post staff")]
    assert "staff" not in text(res)
