"""Cues added in session 17's third round, each on invented text and each checked to fail on
the code before it: a picture's caption and credit set into a sentence of a justified column
with no blank lines (or under a pull quote set into the same sentence), a broadcast grid's
rows under their stations, a furniture label printed with a typographic apostrophe, a
sentence broken after its clock time, a broadcast listing at noon, and an ad's offer and
address set with wide gaps."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, text, tight

en = partial(tight, "en", page_no=5)

REVIEW = ("THEATER REVIEW", "‘Low Tide’ finds its voice", "By Ada Brill / Courier Critic",
          "For  its  first  half  hour, “Low Tide” seems",
          "unsure what kind of play it wants to be.",
          "Then, just before intermission, the  younger",
          "sister finds her father’s logbook and the play",
          "changes key. The second act is as tense")
CAPTION = ("Nia Fell, left, and Owen Tate in “Low",
           "Tide” at the Quay Street Playhouse.",
           "JESS ABARA / The Courier")
AFTER = ("and tender as anything the Playhouse has",
         "staged in years.",
         "Nia Fell is superb as the younger sister, all",
         "nervous energy and half-finished sentences.")


def test_a_caption_and_credit_set_into_a_sentence_part_from_the_text() -> None:
    """`…is as tense` / caption / credit / `and tender as…`: the sentence goes on past the
    picture; the caption is the photo's, and the review keeps its byline and all its text."""
    res = split_page(en(*REVIEW, *CAPTION, *AFTER))
    review = res.stories[0]
    assert review.byline == "By Ada Brill / Courier Critic"
    assert "is as tense and tender as anything" in " ".join(review.paragraphs)
    photo = next(s for s in res.stories if s.byline == "JESS ABARA / The Courier")
    assert photo.paragraphs == ["Nia Fell, left, and Owen Tate in “Low Tide” at the Quay Street "
                                "Playhouse."]


def test_a_broadcast_grids_rows_under_their_stations_are_skipped() -> None:
    """Rows of programmes in cells under call letters, a sentence's small word in a title
    (`College Football: State at Tech`): a listing, not a headline over the next story."""
    grid = ("TV TONIGHT",
            "       6:00      6:30      7:00         7:30",
            "WQTV   News      News      Wheel        College Football: State at Tech",
            "KLMN   News      Sports    Family Feud  Movie: “The Long Way Home”",
            "CPTV   Business  Report    Antiques Roadshow        Great Performances")
    res = split_page(en(*REVIEW, *AFTER[:2], *grid, "Playhouse lands $250,000 grant",
                        "The Quay Street Playhouse has received a", "$250,000 grant from the state "
                        "Arts Council to", "replace its leaking roof."))
    assert [s.headline for s in res.stories][-1] == "Playhouse lands $250,000 grant"
    assert "Roadshow" not in text(res)


def test_a_sentence_going_on_past_a_picture_in_one_short_paragraph() -> None:
    """The text under the credit is one paragraph only, but it goes on with the sentence in
    lower case: it is the review's end, not a story without a head."""
    res = split_page(en(*REVIEW, *CAPTION, *AFTER[:2]))
    assert [s.byline for s in res.stories] == ["By Ada Brill / Courier Critic",
                                                "JESS ABARA / The Courier"]
    assert res.stories[0].paragraphs[-1].endswith("is as tense and tender as anything the "
                                                  "Playhouse has staged in years.")


def test_a_furniture_label_with_a_typographic_apostrophe() -> None:
    """`TODAY’S WEATHER` is the weather box's head as `TODAY'S WEATHER` is: the tables write
    one apostrophe, pages print either; the box is no story before the lead."""
    res = split_page(en("THE ELM RIDGE COURIER", "TODAY’S WEATHER", "Breezy and cool.",
                        "Full forecast, A3", *REVIEW, *AFTER[:2]))
    assert res.stories[0].headline == "‘Low Tide’ finds its voice"


def test_a_caption_under_a_pull_quote_set_into_the_same_sentence() -> None:
    """Blank lines between blocks: the text breaks off, a pull quote, more text, then a
    caption and its credit, and the sentence goes on under them in lower case; the caption
    is the photo's, the text one story."""
    page = blocks("en", "ART\nThe river painter\ncomes home", "By Nora Bell\nCourier Arts Writer",
                  "ELM RIDGE — For most of her career,\nIna Hale painted the Sable River\n"
                  "from memory, from a rented loft in\nChicago and a farmhouse in Maine.",
                  "On Friday night, 112 of those\npaintings came back to the river\n"
                  "that inspired them. The show opened",
                  "“When I left, nobody here\nwanted a painting of the river.”\n— Ina Hale",
                  "at the Elm Ridge Museum of Art with\na crowd that spilled onto the steps.\n"
                  "“When I left here in 1984,",
                  "Ina Hale’s 1979 canvas “Low Water”\nis among 112 works in the show.\n"
                  "MARCO LINDQVIST / The Courier",
                  "nobody in this town wanted a\npainting of the river,” Hale said.")
    res = split_page(page)
    assert [s.byline for s in res.stories] == ["By Nora Bell Courier Arts Writer",
                                                "MARCO LINDQVIST / The Courier"]
    assert res.stories[0].paragraphs[-1].endswith("“When I left here in 1984, nobody in this "
                                                  "town wanted a painting of the river,” Hale said.")


def test_a_sentence_broken_after_its_clock_time_heads_no_story() -> None:
    """`The program repeats at 8 p.m.` / `Saturday and 2 p.m. Sunday.`, short of a column made
    wide by the caption beside it: a paragraph of the review, its sentence going on past the
    time's stop, not a brief's headline."""
    res = split_page(blocks(
        "en", "ARTS & LIFE\nSATURDAY, OCTOBER 19, 2024 | THE ELM RIDGE COURIER | C1",
        "CONCERT REVIEW\nSymphony opens season with a\nMahler that breathes",
        "By Julian Marsh\nSpecial to The Courier",
        "It has been a long time since the\nElm Ridge Symphony sounded this sure\nof itself. "
        "Under Ana Vance, the\norchestra opened its season Thursday\nwith Mahler’s First.",
        "The brass, a weak spot in recent\nseasons, were excellent. Principal\nhorn Dana Kiely "
        "led the section\nthrough the closing chorale.",
        "The first half was less settled.\nPianist Omar Reyes played Mozart\nwith lovely tone. "
        "The slow movement,\ntaken very slowly, was the highlight.",
        "The program repeats at 8 p.m.\nSaturday and 2 p.m. Sunday. Tickets\nstart at $25.",
        "PUMPKIN PARADE\nCostumed children march past the Harmon Hall\nfountain Friday during the "
        "Elm Ridge Arts\nCouncil’s annual Pumpkin Parade. Organizers\nsaid about 400 children took "
        "part.\nAISHA BELL / The Courier"))
    assert [s.headline for s in res.stories] == [
        "Symphony opens season with a Mahler that breathes", "PUMPKIN PARADE"]
    assert res.stories[0].paragraphs[-1].startswith("The program repeats at 8 p.m. Saturday")


def test_a_broadcast_listing_at_noon_and_with_a_web_address() -> None:
    """`Noon — College football: …, Channel 8` and `7 p.m. — Prep football: …, WTVR 1340 AM
    and tvregister.example/live` under days in capitals: the listing's items, not a story."""
    res = split_page(en(*REVIEW, *AFTER[:2], "ON THE AIR", "FRIDAY",
                        "7 p.m. — Prep football: Elm Ridge vs. Harwick Central, WTVR 1340 AM and "
                        "courier.example/live", "SATURDAY", "Noon — College football: State at "
                        "Lakeshore, Channel 8", "3:30 p.m. — College football: Northern at "
                        "Ridgeline, Channel 12", "Youth basketball sign-ups open",
                        "From staff reports", "The parks department is taking sign-ups for its",
                        "winter youth basketball league through Dec. 6."))
    assert res.stories[-1].headline == "Youth basketball sign-ups open"
    assert "Channel" not in text(res)


def test_an_ads_offer_and_address_with_wide_gaps() -> None:
    """`Winter boots 20% off through Sunday` / `114 Depot St.  •  555-0190` under the shop's
    name, under a listing: an ad, no headline over the story under it."""
    res = split_page(en(*REVIEW, *AFTER[:2], "ON THE AIR", "SATURDAY", "Noon — College football: "
                        "State at Lakeshore, Channel 8", "3:30 p.m. — College football: Northern "
                        "at Ridgeline, Channel 12",
                        "VALLEY OUTFITTERS", "Winter boots 20% off through Sunday",
                        "114 Depot St.  •  555-0190", "Youth basketball sign-ups open",
                        "From staff reports", "The parks department is taking sign-ups for its",
                        "winter youth basketball league through Dec. 6."))
    assert (res.stories[-1].kicker, res.stories[-1].headline) == (
        None, "Youth basketball sign-ups open")


def test_a_caption_read_as_display_over_its_run_in_credit_splits_without_error() -> None:
    """A paragraph to a line: a story breaks off mid-sentence, a caption whose credit runs on
    its own line's end (`…against the cuts. Picture: DAN REEVE`), and the sentence goes on.
    The page splits (once it raised an IndexError on an empty caption) and no text is lost."""
    page = blocks("en", "Bus route 41 to end next month\nBy Harriet Kemble",
                  "Hundreds of villagers face being cut off from the town after the operator said "
                  "the route will run for the last time on April 27.\nParish councillor June "
                  "Pardoe, who organised a protest on Saturday, said: \"For a lot of older people",
                  "Campaigners gathered at the Market Cross bus stop in Corrow on Saturday to "
                  "protest against the cuts. Picture: DAN REEVE",
                  "here the 41 is the only way to get to the doctor, the bank or the big "
                  "supermarket.\"\nMore than 60 people joined the protest, and a petition has "
                  "gathered 2,300 signatures.")
    res = split_page(page)
    heard = " ".join(" ".join([s.headline or "", *s.paragraphs]) for s in res.stories)
    for words in ("older people", "Campaigners gathered", "the big supermarket", "2,300 signatures"):
        assert words in heard
