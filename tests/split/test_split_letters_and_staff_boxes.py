"""Cues added in session 17's fourth round, each on invented text and each checked to fail on
the code before it: a staff box under an editorial (the paper's name, its founding, its
staff several to a line), a letter signed by a name with an accented letter, and a column's
name and motto parted by a middle dot."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import every_line, text

EDITORIAL = ("OUR VIEW", "Warming center deserves", "a permanent home",
             "    For the third winter in a row, the", "Elm Bay warming center has opened its",
             "doors in a borrowed space this year.",
             "    The city owns a building that would", "suit the purpose well, and the council",
             "should set it aside for a shelter.")
COLUMN = ("Snow days, then and now", "By Marguerite Fenn",
          "  When the school district called off", "classes last Tuesday, my granddaughter",
          "learned about it from a text message.")


def test_a_staff_box_under_an_editorial_heads_no_story() -> None:
    """`THE ELM BAY PACKET` / `Founded 1889` / `Ann Sayle, publisher  |  Joe Pruitt, editor`
    under the editorial: the paper's staff box, no headline printed under the editorial's
    second paragraph nor over the column under it."""
    page = every_line("en", *EDITORIAL, "THE ELM BAY PACKET", "Founded 1889",
                      "Ann Sayle, publisher  |  Joe Pruitt, editor  |  Malik Ferro, opinion editor",
                      *COLUMN)
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Warming center deserves a permanent home",
                                                 "Snow days, then and now"]
    assert "publisher" not in text(res)


def test_a_letter_signed_by_a_name_with_an_accented_letter() -> None:
    """`Tomás Reinholt, Elm Bay` closes a letter as `Tom Reinholt, Elm Bay` does: the next
    letter's headline is no deck under the signature."""
    page = every_line("en", "LETTERS TO THE EDITOR", "Crosswalk at Harbor and Fifth is dangerous",
                      "   To the editor: Twice this winter I have", "watched cars speed through the "
                      "crosswalk", "while children were halfway across.", "Tomás Reinholt, Elm Bay",
                      "Library hours matter to students", "   To the editor: The library board’s plan",
                      "to close at 6 p.m. would hurt students.", "Dana Whitcombe, North Shore")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Crosswalk at Harbor and Fifth is dangerous", "Tomás Reinholt, Elm Bay"),
        ("Library hours matter to students", "Dana Whitcombe, North Shore")]



def test_a_staff_line_of_names_and_posts_alone_is_skipped() -> None:
    """`Ann Sayle, publisher  |  Joe Pruitt, editor` between two stories is the staff box's
    line, not a headline nor a paragraph."""
    res = split_page(every_line("en", *EDITORIAL, "Ann Sayle, publisher  |  Joe Pruitt, editor",
                                *COLUMN))
    assert "publisher" not in text(res) + " ".join(filter(None, (s.headline for s in res.stories)))


def test_a_columns_name_and_motto_parted_by_a_middle_dot() -> None:
    """`Side Streets · Notes from around town` over a column's headline is the column's logo,
    skipped; the headline under it is the column's."""
    res = split_page(every_line("en", *EDITORIAL, "Side Streets · Notes from around town",
                                *COLUMN))
    assert res.stories[-1].headline == "Snow days, then and now"
    assert "Side Streets · Notes from around town" in res.skipped
