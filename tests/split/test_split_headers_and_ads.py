"""Cues added in session 16, each on invented text and each checked to fail on the code
before it: a page header the extraction wrapped at the column's width, a masthead whose motto
wrapped over the date line, a jumped story's head under the header where a blank line follows
every line, a one-word head run into a roundup's item, and an ad whose contact line is set
with bars."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p2.txt", lang="en", page_no=2, lines=tuple("\n\n".join(blocks).split("\n")))


def en_lines(*lines: str) -> Page:
    """An English page with a blank line after every line (the `lines` shape); lines given
    as one string with newlines in it are printed together."""
    return Page(source="p2.txt", lang="en", page_no=2,
                lines=tuple(x for line in lines for x in (*line.split("\n"), "")))


def en_tight(*lines: str) -> Page:
    """An English page with no blank line at all (the `tight` shape)."""
    return Page(source="p2.txt", lang="en", page_no=2, lines=lines)


def text(res: object) -> str:
    return " ".join(p for s in res.stories for p in s.paragraphs)  # type: ignore[attr-defined]


def test_a_page_header_wrapped_at_the_column_is_furniture() -> None:
    """The folio line is wider than the column the text was wrapped at: its date breaks onto
    the next line, and neither half is the first story's head."""
    page = en_tight(
        "6C  THE MARSTON WEEKLY  THURSDAY, JUNE",
        "12, 2025",
        "OUR VIEW",
        "Fix the footbridge before the fair",
        "The footbridge over Sable Creek has been",
        "closed since the April flood, and the county",
        "fair opens in seven weeks on the far bank.",
        "Thousands of visitors will park on the east",
        "side and walk a mile around by the highway.",
        "The county has the money in its road fund.",
        "It should spend it now, before the crowds come.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Fix the footbridge before the fair"]
    assert res.stories[0].kicker == "OUR VIEW"
    assert "12, 2025" not in text(res)


def test_a_masthead_motto_wrapped_over_two_lines_stays_in_the_masthead() -> None:
    """The masthead's block runs three lines (its motto wrapped), the date line under it,
    wrapped too, and an index: all of it is the page's header, and the first story keeps its
    own kicker and head."""
    page = en("The Dunmore Courier\nServing Dunmore, Elk Hollow and the\nnorth shore since 1898",
              "MONDAY, MAY 5, 2025 | Vol. 127,\nNo. 88 | $1",
              "INSIDE\nComics B6 | Letters A4 | Sports\nB1",
              "SCHOOLS",
              "Board backs later start for high school",
              "By Ana Pruitt",
              "The Dunmore school board voted 5-2 on Thursday to start the high school day\n"
              "at 8:30 a.m. next fall, an hour later than now.",
              "Buses will run on a new schedule that the district will post in August.")
    res = split_page(page)
    assert res.stories[0].headline == "Board backs later start for high school"
    assert res.stories[0].kicker == "SCHOOLS"
    assert "north shore" not in " ".join(s.headline or "" for s in res.stories)


def test_a_jumped_story_head_under_the_header_is_no_pull_quote() -> None:
    """A blank line after every line; the header's date has commas, and the jumped story's
    label, head and `Continued from` line are printed together under it: the story's head,
    though its text goes on in lower case."""
    page = en_lines(
        "B4 | The Dunmore Courier | Monday, May 5, 2025",
        "BUDGET\nCity weighs cuts to summer programs\nContinued from Page B1",
        "pools would open two weeks later than usual, the parks director said.",
        "The council will vote on the plan on May 19 after a public hearing at City Hall.",
        "Parks staff said the later opening would save about $40,000 in lifeguard wages.",
        "Swim lessons would still begin on the first Monday of July, the director said.",
        "Council member Rosa Tate said she would ask for a smaller cut at the hearing.")
    res = split_page(page)
    assert res.stories[0].headline == "City weighs cuts to summer programs"
    assert res.stories[0].kicker == "BUDGET"
    assert res.stories[0].continued_from == 1
    assert res.stories[0].paragraphs[0].startswith("pools would open")


def test_one_word_heads_run_into_a_roundups_items() -> None:
    """A roundup's items open on indented lines, a sport's name run into the text with a gap
    of two spaces after an item that ended: each is a brief of its own under that name."""
    page = en_tight(
        "Otters top Grebes in season opener",
        "By Lee Marsh",
        "ELK HOLLOW — The Otters scored twice in the",
        "last five minutes to beat the Grebes 3-1 on",
        "Saturday at Shore Field.",
        "AREA ROUNDUP",
        "    Tennis  Dunmore's girls won the county",
        "team title Tuesday, beating Elk Hollow 4-1",
        "in the final at Lakeside Park.",
        "    Golf  Mira Haddad shot a 74 to win the",
        "conference medal on Wednesday at Pine Run.",
        "    Rowing  The Dunmore eight finished third",
        "at the state regatta on Sunday.")
    res = split_page(page)
    heads = [s.headline for s in res.stories]
    assert heads[-3:] == ["Tennis", "Golf", "Rowing"]
    assert res.stories[-2].paragraphs == [
        "Mira Haddad shot a 74 to win the conference medal on Wednesday at Pine Run."]


def test_an_ad_with_its_contact_line_set_with_bars_is_furniture() -> None:
    """An advertiser's name in capitals, an offer, and a line of a telephone number and a web
    address parted by bars, between two stories: the ad's, not a brief's."""
    page = en("Library adds Sunday hours",
              "The Dunmore Public Library will open from 1 to 5 p.m. on Sundays starting in June,\n"
              "the library board decided Tuesday.",
              "DUNMORE HARDWARE\nPorch paint 20% off this week only.\n555-0142 | dunmorehardware.example",
              "Pool passes on sale",
              "Season passes for the city pool go on sale Monday at the parks office on Main Street.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Library adds Sunday hours", "Pool passes on sale"]
    assert "Porch paint" not in text(res)
    assert "DUNMORE HARDWARE" in " ".join(res.skipped)
