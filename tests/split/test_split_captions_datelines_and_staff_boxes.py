"""Cues added in session 20, each on invented text and each checked to fail on the code before
it: a caption printed as one block (with its credit) on a page that sets a blank line after
every column line, set into a sentence the text goes on with below; two stacks in a row that
each carry a byline, the upper closing the text above it; a text opening on a plain-text
dateline (`PLACE -- …`) is another story, not the rest of the one above a box; a page's folio
whose year OCR read with a letter O; a staff box's lines; and a `Compiled by` credit under a
headline."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, text

LEAD = ("Wardens win first title since 1987", "By Ida Marsh / Sports Editor",
        "BRENTWOOD -- For 37 years the Brentwood Wardens",
        "have waited for another banner to hang beside",
        "the one in the gym lobby. On Friday they won",
        "26-20 at Delacroix Field, clinching the Lake",
        "Senior Ravi Kapoor (12) lifts the trophy with his teammates\n"
        "after the Wardens' 26-20 win over Delacroix on Friday.\n"
        "OWEN PIKE / Courier",
        "Conference crown before a crowd of about 2,400.",
        "\"Nobody remembers the runner-up,\" coach Lena",
        "Ortiz said after the game.")


def test_a_caption_printed_as_one_block_is_set_into_the_sentence() -> None:
    """`…clinching the Lake` / caption and credit printed together / `Conference crown…`: the
    story goes on past the photo, and its text holds no caption."""
    res = split_page(every_line("en", *LEAD))
    lead = res.stories[0]
    assert lead.headline == "Wardens win first title since 1987"
    body = " ".join(lead.paragraphs)
    assert "clinching the Lake Conference crown" in body and "coach Lena Ortiz" in body
    assert "lifts the trophy" not in body


STANDINGS = "LAKE CONFERENCE\nFinal standings      League   Overall\nBrentwood     5-0      8-1\nDelacroix     4-1      7-2"
SECOND = ("ELM FORK -- Harlan College's season ended one",
          "step short of the final on Saturday, when the",
          "Hawks lost 2-1 in overtime at Elm Fork.",
          "Harlan finishes 12-6-1, its most wins since 2014.")
THIRD = ("I stood by the fence when the last pass fell",
         "and the first thing I heard was not a cheer.",
         "It was a long breath let out by a whole town.")


def test_two_stacks_with_a_byline_each_part_at_the_first_byline() -> None:
    """A story whose headline and byline were printed under its text, then the next story's
    headline and byline over its own: the upper stack closes the text above it, and the text
    that opens on its dateline under a box is a story of its own."""
    res = split_page(every_line("en", *LEAD[:6], *LEAD[7:], STANDINGS, *SECOND,
                                "Hawks fall in overtime", "By Ned Cole",
                                "A banner years in the making", "By Ida Marsh", *THIRD))
    heads = [s.headline for s in res.stories]
    assert heads == ["Wardens win first title since 1987", "Hawks fall in overtime",
                     "A banner years in the making"]
    assert res.stories[1].paragraphs[0].startswith("ELM FORK --")
    assert [s.byline for s in res.stories[1:]] == ["By Ned Cole", "By Ida Marsh"]


EDITORIAL = ("OUR VIEW", "Keep the river path open to walkers",
             "For ninety years the towpath along the river has carried walkers from the mill "
             "to the market, and the county now proposes to close it for a year of repairs.",
             "The repairs are needed. A year without the path is not, and the board should "
             "look again at building the new deck one half at a time.")


def test_a_folio_whose_year_ocr_read_with_a_letter_o_is_skipped() -> None:
    res = split_page(blocks("en", "OPINION\n4 The Dunmore Weekly Thursday, March 7, 2O24",
                            *EDITORIAL))
    assert [s.headline for s in res.stories] == ["Keep the river path open to walkers"]
    assert res.stories[0].kicker == "OUR VIEW"
    assert any("2O24" in x for x in res.skipped)


def test_a_staff_box_is_skipped() -> None:
    """The paper's name, who publishes it, its posts two to a line and its subscription rates."""
    res = split_page(blocks("en", *EDITORIAL,
                            "The Dunmore Weekly\n"
                            "Published every Thursday by Dunmore Media LLC, 4 Mill St., Dunmore\n"
                            "Publisher: Agnes Holt | Editor: Tobias Wren\n"
                            "Subscriptions: $40 a year in Dunmore County, $55 elsewhere",
                            "Our fire companies need more than thanks", "By Ruth Allard",
                            "Last month the volunteer fire company answered its 300th call of "
                            "the year, and it did so with eleven members, down from thirty.",
                            "That is not a complaint. It is a warning, and the township should "
                            "hear it before the next budget."))
    assert [s.headline for s in res.stories] == ["Keep the river path open to walkers",
                                                 "Our fire companies need more than thanks"]
    assert "Agnes Holt" not in text(res) and not any(
        "Subscriptions" in (s.headline or "") + (s.subheadline or "") for s in res.stories)


def test_a_compiled_by_credit_under_a_headline_is_the_byline() -> None:
    res = split_page(blocks("en", *EDITORIAL, "From the Weekly's files", "Compiled by Bea Lund",
                            "25 years ago (March 4, 1999): The girls' basketball team won its "
                            "first district title.",
                            "50 years ago (March 7, 1974): Gasoline at the Main Street station "
                            "rose to 53 cents a gallon."))
    files = res.stories[-1]
    assert files.headline == "From the Weekly's files" and files.byline == "Compiled by Bea Lund"


def test_ocr_specks_between_a_credit_and_a_column_head_head_no_story() -> None:
    """A line of specks the OCR read (no letter nor figure) is skipped, not a headline."""
    res = split_page(every_line("en", *EDITORIAL[1:], "GIVING BACK",
                                "Seniors Abby Lunt, left, and Luis Ortega give blood at the",
                                "community drive Friday at the fire hall.",
                                "Weekly photo by Ruth Gable", "~ , '", "TOWNSHIP NOTES",
                                "Cleanup days set",
                                "The township's spring cleanup will be April 27 and 28 from",
                                "8 a.m. to 2 p.m. at the township garage on Mill Road."))
    assert "Cleanup days set" in [s.headline for s in res.stories]
    assert not any("~" in " ".join(filter(None, (s.kicker, s.headline, s.subheadline)))
                   for s in res.stories)
    assert any("~" in x for x in res.skipped)


def test_a_folio_whose_day_ocr_read_with_a_letter_l_is_skipped() -> None:
    res = split_page(every_line("en", "Page 3 THE DUNMORE WEEKLY Thursday, April l8, 2024",
                                *EDITORIAL[1:]))
    assert [s.headline for s in res.stories] == ["Keep the river path open to walkers"]
    assert any("April l8" in x for x in res.skipped)


def test_a_web_address_that_ends_a_brief_does_not_make_it_an_ad() -> None:
    """`…is posted at` / `dunmore.example/leaves.`: the brief's sentence ends on the address,
    and the brief is no ad's lines though no line of it ends a sentence."""
    res = split_page(blocks("en", *EDITORIAL,
                            "INSIDE\nBusiness A7 • Classified B5-B8 • Comics B4\nObituaries A4 • Sports B1",
                            "LOCAL BRIEFS",
                            "Leaf pickup begins Nov. 4  City crews will\n"
                            "begin curbside leaf collection Nov. 4 and\n"
                            "continue through Dec. 13, weather permit-\n"
                            "ting. Leaves should be raked to the curb,\n"
                            "not into the street. A schedule is posted at\n"
                            "dunmore.example/leaves.",
                            "Flu shot clinic Thursday  The county health\n"
                            "department will offer flu shots from 2 to 6\n"
                            "p.m. Thursday at the senior center."))
    heads = [s.headline for s in res.stories]
    assert "Leaf pickup begins Nov. 4" in heads and "Flu shot clinic Thursday" in heads
    assert "curbside leaf collection" in text(res)
