"""Cues added in session 23 on invented text, each checked to fail on the code before it: a
front page's strip of teasers for stories inside (`…league title. B1`) is furniture, and an
item signed with the writer and the paper after a slash (`— Tamsin Rooke / Courier staff`)
closes on that byline."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks

PAGE = ("The Wexby Courier\nTUESDAY, MARCH 4, 2025",
        "INSIDE TODAY",
        "GULLS FLY ON: Wexby Central wins its\nthird straight league title. B1",
        "GARDEN CALENDAR: When to plant peas\nthis spring. C3",
        "Council approves\nnew fire station",
        "By Mira Castellan | Staff Writer",
        "WEXBY — The City Council voted 6-1\non Monday to build a $7.2 million fire\n"
        "station on Harbor Road, replacing a\nbuilding that dates to 1931.",
        "Construction could start in June and\nthe station should open in 2027, Fire\n"
        "Chief Ellis Moore said.",
        "Ferry fares to rise",
        "Riders on the Wexby-Tern Island ferry\nwill pay $4 a trip from April 1, up\n"
        "from $3.50, the port board decided.",
        "— Tamsin Rooke / Courier staff")


def test_teasers_for_stories_inside_are_furniture() -> None:
    """Blank lines between blocks: the teasers ending on the page they point to (`B1`, `C3`)
    are skipped, and the lead keeps its own headline."""
    res = split_page(blocks("en", *PAGE))
    assert res.stories[0].headline == "Council approves new fire station"
    assert not any("GULLS" in (s.headline or "") or "B1" in " ".join(s.paragraphs)
                   for s in res.stories)
    assert any("league title. B1" in s for s in res.skipped)


def test_a_signature_with_the_paper_after_a_slash_is_the_byline() -> None:
    """`— Tamsin Rooke / Courier staff` under the brief's last sentence is its byline."""
    res = split_page(blocks("en", *PAGE))
    assert res.stories[-1].headline == "Ferry fares to rise"
    assert res.stories[-1].byline == "— Tamsin Rooke / Courier staff"
