"""A section's name in capitals pairing two subjects with an ampersand (`GARDEN & OUTDOORS`,
`SCHOOLS & YOUTH NEWS`) names the page or its column, never one story: skipped, neither kicker
nor headline, below the page's header (cue added in session 32, checked to fail on the code
before it).  A label joined without spaces (`Q&A`) is no such pair and stays the kicker."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

STORY = ["Seed library opens at the Millbrook branch", "",
         "By Ann Lee", "Staff Writer", "",
         "The Millbrook library lent its first packets of seeds on Saturday, and by noon more",
         "than 60 families had signed up to borrow tomatoes, beans and squash for the spring.",
         "",
         "Borrowers are asked to return a share of the seeds they save in the autumn, said",
         "branch manager Rosa Kent, so the collection grows each year."]


FIRST = ["Bridge repairs close Mill Street for two weeks", "",
         "Mill Street will close between Elm and Front streets from Monday while crews replace",
         "the deck of the Hatch Creek bridge, the city said. Detours will be posted on Elm,",
         "and the No. 4 bus will stop on Front Street instead, transit director Hal Brooks said.",
         "The work was put off twice last year for want of steel, he said.", ""]


def page(label: str) -> Page:
    return Page(source="b3.txt", lang="en", page_no=3, lines=(*FIRST, label, "", *STORY))


@pytest.mark.parametrize("label", ["GARDEN & OUTDOORS", "SCHOOLS & YOUTH NEWS", "HOME & FAMILY"])
def test_a_paired_section_name_is_skipped(label: str) -> None:
    res = split_page(page(label))
    (_, story) = res.stories
    assert story.kicker is None and story.headline == STORY[0]
    assert label in res.skipped


def test_a_label_joined_without_spaces_stays_the_kicker() -> None:
    (_, story) = split_page(page("GARDEN Q&A")).stories
    assert story.kicker == "GARDEN Q&A" and story.headline == STORY[0]
