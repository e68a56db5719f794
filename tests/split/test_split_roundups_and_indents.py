"""Cues added in session 17's second round, each on invented text and each checked to fail
on the code before it: extra spaces inside a line that goes on from a sentence broken off
above it, a broadcast listing whose sport has an apostrophe, the page's narrow paragraph
indent on a page with a blank line after every line, a game's result as a brief's head, a
basketball box score, a letter's signature with the writer's road, a box's note over rows
squeezed to single spaces or bids in fractions of a cent, a forecast's highs and lows, a brief's
head ending on an abbreviated month's day, and a headline wrapped into lines a letter wider
than its first."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import every_line, text, tight

STACK = ("PREP BASKETBALL", "Wolverines edge Pike Valley", "By Nora Quill")
LEAD = ("  ELM RIDGE — The Wolverines needed every one", "of their free throws Friday night,",
        "and they made them all in a 61-58", "win over Pike Valley.")
MIDDLE = ("  The win was the sixth in a row for", "Elm Ridge   High (12-3), which leads the",
          "Valley League by a game with six to", "play.")
QUOTE = ("  “We practice those shots every day,”", "coach Abel Marsh said. “Tonight it",
         "paid off.”")
LAST = ("  Elm Ridge plays at Ferris Lake", "on Tuesday before a home game", "against Pike Valley.")


def test_extra_spaces_in_a_line_going_on_from_a_broken_sentence_part_no_head() -> None:
    """`Elm Ridge   High (12-3), which…` under `…the sixth in a row for` goes on with the
    sentence: its wide gap is the column's spacing, not a brief's head before its text."""
    res = split_page(every_line("en", *STACK, *LEAD, *MIDDLE, *QUOTE))
    assert [s.headline for s in res.stories] == ["Wolverines edge Pike Valley"]
    assert "sixth in a row for Elm Ridge High (12-3), which leads" in " ".join(
        " ".join(p.split()) for p in res.stories[0].paragraphs)


def test_a_broadcast_listing_whose_sport_has_an_apostrophe_is_skipped() -> None:
    """`Women’s hockey: …, 7 p.m., KRLD-AM 1310` under a day in capitals is a listing's item,
    whatever the apostrophe's shape."""
    res = split_page(every_line("en", "SPORTS | SATURDAY, FEBRUARY 1, 2025 | C1", "ON THE AIR",
                                "TODAY", "Boys basketball: Elm Ridge at Ferris Lake, 7:30 p.m., Channel 8",
                                "SUNDAY", "Women’s hockey: Pike Valley at Elm Ridge, 7 p.m., KRLD-AM 1310",
                                *STACK, *LEAD, *MIDDLE))
    assert res.stories[0].headline == "Wolverines edge Pike Valley"
    assert "Women’s hockey" not in " ".join(filter(None, [res.stories[0].kicker,
                                                          res.stories[0].subheadline]))


def test_the_pages_narrow_paragraph_indent_opens_a_paragraph_not_a_headline() -> None:
    """Every paragraph of the page opens indented by two spaces: `  Elm Ridge plays at Ferris
    Lake`, in capitalised words and short of the column, is the last paragraph's first line."""
    res = split_page(every_line("en", *STACK, *LEAD, *MIDDLE, *QUOTE, *LAST))
    assert [s.headline for s in res.stories] == ["Wolverines edge Pike Valley"]
    assert res.stories[0].paragraphs[-1].startswith("Elm Ridge plays at Ferris Lake")


ROUNDUP = ("PREP ROUNDUP", "Ferris Lake 52, Oak Hollow 47",
           "Junior guard Pia Lund scored 19 points", "as Ferris Lake (9-6) won its third",
           "straight Friday.", "Elm Ridge 61, Pike Valley 58 Dane",
           "Ortiz made six free throws in the last", "minute to lift Elm Ridge (12-3).")


def test_a_games_result_heads_a_roundup_brief_run_into_its_text() -> None:
    """`Elm Ridge 61, Pike Valley 58 Dane` / `Ortiz made six…`: the result is the brief's
    head, the name after it opens the text."""
    res = split_page(every_line("en", *STACK, *LEAD, *MIDDLE, *ROUNDUP))
    heads = [s.headline for s in res.stories]
    assert "Elm Ridge 61, Pike Valley 58" in heads
    assert next(s for s in res.stories if s.headline == "Elm Ridge 61, Pike Valley 58"
                ).paragraphs[0].startswith("Dane Ortiz made six free throws")


def test_a_basketball_box_score_is_skipped() -> None:
    """Players with field goals, free throws and points, run on in lines, under each side
    in capitals with its record: a box score, read by no one."""
    box = ("WOLVERINES 61, PANTHERS 58", "PIKE VALLEY (8-7)",
           "Sloan 6-12 2-2 16, Reyes 4-9 3-4 11, Hart 3-8 0-0 8,",
           "Moss 2-5 1-2 5, Quint 2-3 0-0 4. Totals 21-50 10-14 58.", "ELM RIDGE (12-3)",
           "Ortiz 5-10 8-8 19, Lund 4-7 2-2 10, Ames 3-6 4-4 11,",
           "Tate 4-9 0-1 9, Webb 3-4 0-0 6. Totals 19-36 14-15 61.")
    res = split_page(every_line("en", *STACK, *LEAD, *MIDDLE, *QUOTE, *box))
    assert [s.headline for s in res.stories] == ["Wolverines edge Pike Valley"]
    assert "Totals" not in text(res)


LETTER = ("The county wants to widen Mill Road past the school, and the plan has merit. But the "
          "drawings show no sidewalk on the north side, where most of the children walk.")
MORE_LETTER = ("I hope the board will send the plan back for a sidewalk before it votes. The "
               "children who walk that road deserve at least that much.")


def test_a_letters_signature_with_the_writers_road_before_the_town() -> None:
    """`— Ida Marsh, Route 4, Elm Ridge` closes a letter as `— Ida Marsh, Elm Ridge` does: the
    next letter's headline under it is no line of this letter's."""
    page = every_line("en", "LETTERS TO THE EDITOR", "Mill Road plan needs a sidewalk", LETTER,
                      MORE_LETTER, "— Ida Marsh, Route 4, Elm Ridge", "Library hours are worth keeping",
                      "The library board should keep its Saturday hours. Families who work all week "
                      "have no other day to bring their children.", "— Tom Beck, Elm Ridge")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Mill Road plan needs a sidewalk", "— Ida Marsh, Route 4, Elm Ridge"),
        ("Library hours are worth keeping", "— Tom Beck, Elm Ridge")]


def test_a_boxs_note_over_rows_squeezed_to_single_spaces_and_bids_in_fractions() -> None:
    """A box in capitals, a note under its title, its rows squeezed to single spaces (a sale's
    prices) or set with dot leaders and fractions of a cent (grain bids): none of it is read,
    and the title heads no story."""
    sale = ("ELM RIDGE SALE BARN", "Tuesday, March 4 -- Receipts: 860 head",
            "Steers 500-600 lb.    $3.10-$3.36", "Heifers 500-600 lb.   $2.81-$3.05",
            "Slaughter cows        $1.45-$1.69")
    bids = ("CASH GRAIN BIDS", "Elm Ridge Co-op, close March 4", "Corn ............. $4.31½",
            "Soybeans ......... $9.92¼", "Wheat ............ $5.18¾")
    res = split_page(every_line("en", *STACK, *LEAD, *MIDDLE, *QUOTE, *sale, *bids,
                                "Fire hall pancake breakfast set", "The Elm Ridge Volunteer Fire "
                                "Department will hold its spring pancake breakfast Saturday from 7 "
                                "to 11 a.m. at the fire hall."))
    assert [s.headline for s in res.stories] == ["Wolverines edge Pike Valley",
                                                 "Fire hall pancake breakfast set"]
    assert not any(w in text(res) for w in ("Receipts", "Elm Ridge Co-op", "$4.31"))


def test_a_forecasts_highs_and_lows_under_its_head_are_skipped() -> None:
    """`High 58, low 41. Full forecast, A9` under `WEATHER` is the box's, not a headline over
    the stack under it."""
    res = split_page(tight("en", "THE ELM RIDGE COURIER", "WEATHER", "Sunny, breezy.",
                           "High 58, low 41. Full forecast, A9", *STACK, *LEAD, *MIDDLE))
    assert (res.stories[0].kicker, res.stories[0].headline) == (
        "PREP BASKETBALL", "Wolverines edge Pike Valley")


def test_a_brief_head_ending_on_its_day_in_an_abbreviated_month() -> None:
    """`Leaf pickup starts Oct. 21 The` / `city's…`: the month's stop ends no sentence; the
    head ends before `The`."""
    res = split_page(tight("en", *STACK, *LEAD, *MIDDLE, "IN BRIEF", "Leaf pickup starts Oct. 21 The",
                           "city’s curbside leaf collection will", "begin Oct. 21 and run through Dec. 6."))
    assert res.stories[-1].headline == "Leaf pickup starts Oct. 21"
    assert res.stories[-1].paragraphs[0].startswith("The city’s curbside")


def test_a_headline_wrapped_into_lines_a_letter_wider_than_its_first() -> None:
    """No blank lines: `Keller Mills will close` / `Elm Ridge plant, cutting` runs a letter or
    two wider than its first line, down to a short last line, over a deck's wider lines."""
    res = split_page(tight("en", "Keller Mills will close", "Elm Ridge plant, cutting", "290 jobs",
                           "Company cites falling orders; town looks",
                           "for a buyer for its 1961 factory", "By Nora Quill", *LEAD, *MIDDLE))
    assert (res.stories[0].headline, res.stories[0].subheadline) == (
        "Keller Mills will close Elm Ridge plant, cutting 290 jobs",
        "Company cites falling orders; town looks for a buyer for its 1961 factory")
