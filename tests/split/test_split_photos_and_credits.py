"""Cues added in session 16's sixth round, each on invented text and each checked to fail on
the code before it: a byline naming the writer's role is no staff box, a credit to a
photographer working for the paper from outside, a story going on past a picture set
between two of its paragraphs (and a text opening as a story does not), a box score set with typewriter dashes, and briefs in a
narrow column whose heads run into their text with one space."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import tight

en = partial(tight, "en", page_no=14)


LEAD = ("DUNMORE — For a half, it looked like the Otters' season would end the way so many had "
        "before, in the cold and the mud at Shore Field, with the Grebes celebrating.")
MORE = ("Then Mira Haddad took over. The junior caught touchdown passes of 12, 38 and 61 yards in "
        "the second half, and the Otters won 31-24 to take their first regional title since 1998.")
AFTER = ["“At halftime I told them nobody in this room was done playing football,” coach Dale "
         "Fenwick said. “They believed it, and then they went out and proved it to everybody.”",
         "The Otters will play unbeaten Lakemont Christian in the state semifinals next Friday at a "
         "site to be announced by the state association on Sunday afternoon."]


def test_a_byline_naming_the_writers_role_opens_the_lead() -> None:
    """`By Ann Lee, Sports Editor` under the lead's headline is its byline: the lines above
    it are no box between the page's header and a staff credit."""
    page = en("14    THE DUNMORE COURIER    |    SATURDAY, NOVEMBER 16, 2024    |    SPORTS",
              "HIGH SCHOOL FOOTBALL",
              "Otters rally past Grebes for first regional title since 1998",
              "Junior Mira Haddad catches three touchdown passes as Dunmore erases a 14-point deficit",
              "By Ann Lee, Sports Editor", LEAD, MORE)
    res = split_page(page)
    assert (res.stories[0].kicker, res.stories[0].headline, res.stories[0].byline) == (
        "HIGH SCHOOL FOOTBALL", "Otters rally past Grebes for first regional title since 1998",
        "By Ann Lee, Sports Editor")


def test_a_credit_to_a_photographer_special_to_the_paper() -> None:
    """`KEN ABARA / Special to the Courier` under a caption is the photo's credit."""
    page = en("Otters rally past Grebes", "By Ann Lee", LEAD, MORE,
              "NET GAIN",
              "Dunmore's Tess Yardley (7) goes up for a kill against Bellmont's Sierra Lang during "
              "Thursday's state semifinal in Clayton.",
              "KEN ABARA / Special to the Courier",
              "Grebes fall in state semis",
              "The Grebes volleyball team's season ended Thursday with a loss to Bellmont in four sets.")
    res = split_page(page)
    photo = next(s for s in res.stories if s.headline == "NET GAIN")
    assert photo.byline == "KEN ABARA / Special to the Courier"
    assert photo.paragraphs[0].startswith("Dunmore's Tess Yardley (7)")


def test_a_story_goes_on_past_a_picture_set_between_its_paragraphs() -> None:
    """Paragraphs with no head of their own right after a photo's credit are the story's
    above the photo, going on past it."""
    page = en("Otters rally past Grebes", "By Ann Lee", LEAD, MORE,
              "BREAKAWAY",
              "Dunmore junior Mira Haddad (4) breaks free from the Grebes' Dante Reyes on her 61-yard "
              "touchdown catch in the fourth quarter on Friday.",
              "KYLE ANDOVER / Courier",
              *AFTER,
              "Grebes fall in state semis",
              "The Grebes volleyball team's season ended Thursday with a loss to Bellmont in four sets.")
    res = split_page(page)
    lead = res.stories[0]
    assert lead.headline == "Otters rally past Grebes"
    assert lead.paragraphs[-2:] == AFTER
    assert [s.headline for s in res.stories].count(None) == 0


def test_a_box_score_set_with_typewriter_dashes_is_the_boxs() -> None:
    """A line score and a scoring summary printed with `--` for the dash are a box's rows,
    not a story with the first play for its headline."""
    page = en("Otters rally past Grebes", "By Ann Lee", LEAD, MORE,
              "OTTERS 31, GREBES 24",
              "Dunmore      0    7    3   21  --  31",
              "Grebes      10    7    7    0  --  24",
              "G -- Achebe 4 run (Lund kick)",
              "G -- FG Lund 31",
              "D -- Haddad 12 pass from Cole (Lin kick)",
              "D -- Haddad 38 pass from Cole (Lin kick)",
              "D -- Haddad 61 pass from Cole (Lin kick)",
              "Grebes fall in state semis",
              "The Grebes volleyball team's season ended Thursday with a loss to Bellmont in four sets.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Otters rally past Grebes", "Grebes fall in state semis"]
    assert "FG Lund 31" in " ".join(res.skipped)


def test_briefs_in_a_narrow_column_keep_heads_and_text_apart() -> None:
    """A narrow column of briefs, each head run into its text with one space: a sentence in
    the text opening on an imperative over an initialism (`Bring a photo ID`) heads no brief,
    and a head the column wrapped before the text's capitalised first word (`Flu shots at
    senior` / `center The Pell…`) is one head."""
    page = en(*(
        "BRIEFLY", "",
        "Library card drive The", "Dunmore Public", "Library is signing up", "new cardholders through",
        "Sept. 30. Anyone who", "registers gets a canvas", "tote bag.", "Bring a photo ID and",
        "proof of address to 12", "Lantern St.", "",
        "Road lane closure", "", "One lane of Harbor Road", "will close from 7 a.m.", "to 3 p.m. Wednesday.", "",
        "Flu shots at senior", "center The County", "Health Department will", "give free flu shots",
        "Thursday at the senior", "center on Main Street.", "",
        "Otters rally past Grebes", "By Ann Lee", LEAD, MORE))
    res = split_page(page)
    heads = [s.headline for s in res.stories]
    assert "Bring a photo" not in heads
    assert "Flu shots at senior center" in heads
    library = next(s for s in res.stories if s.headline == "Library card drive")
    assert " ".join(library.paragraphs).endswith("Bring a photo ID and proof of address to 12 Lantern St.")


def test_a_text_opening_as_a_story_does_after_a_photo_stays_apart() -> None:
    """Paragraphs with no head read after a photo, opening on a dateline as a story's text
    does, are a story whose head was not read, not the story above going on."""
    page = en("Otters rally past Grebes", "By Ann Lee", LEAD, MORE,
              "BREAKAWAY",
              "Dunmore junior Mira Haddad (4) breaks free from the Grebes' Dante Reyes on her 61-yard "
              "touchdown catch in the fourth quarter on Friday.",
              "KYLE ANDOVER / Courier",
              "ELK HOLLOW — The Elk Hollow boys soccer team beat Sutton Falls 3-1 on Saturday in a "
              "Division III first-round game, its first playoff win in nine years.",
              "Tessa Mwangi scored twice in the second half for the Elks, who play at top-seeded "
              "Marlow on Wednesday afternoon.")
    res = split_page(page)
    assert res.stories[0].paragraphs[-1] == MORE
