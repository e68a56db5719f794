"""Cues added in session 11, each on invented text: what a line says about itself when a page
comes one paragraph to a line, a headline its first sentence says again, boxes of figures,
photos set into running text, and who signs a letter."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.shape import page_lines


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p3.txt", lang="en", page_no=3, lines=tuple("\n\n".join(blocks).split("\n")))


def zh(*lines: str, no: int = 3) -> Page:
    return Page(source=f"p{no}.txt", lang="zh", page_no=no, lines=tuple(lines))


# Letters and obituaries as a word processor writes them: one paragraph to a line.
_LETTERS = (
    "OPINION",
    "LETTERS TO THE EDITOR\n"
    "Bring back the late bus\n"
    "Since the district cut the late bus in August, students who stay for band or robotics have "
    "had to walk two miles home along Ferris Road, which has no sidewalk for most of its length.\n"
    "The savings were small, about $40,000 a year by the board's own figures. Surely the safety "
    "of our children is worth that much, and the board should find the money before winter.\n"
    "Marta Oyelowo, Parents for Safe Streets",
    "Thanks to the trail crew\n"
    "A crowd of volunteers spent three Saturdays rebuilding the footbridge at Otter Pond, and "
    "the trail is open again for the first time since the spring floods washed it out.\n"
    "Ben Castellanos, Hillview",
    "OBITUARIES",
    "Ruth Abernathy, 88, kept the town's books for 30 years\n"
    "Ruth Abernathy, 88, who served as the town's treasurer from 1971 to 2001, died Sunday at her "
    "home on Maple Street after a short illness, her family said on Monday.\n"
    "She is survived by two sons and four grandchildren. A memorial service will be held at "
    "2 p.m. Friday at the Grange Hall, and the family asks that gifts go to the library fund.",
)


def test_an_english_page_one_paragraph_to_a_line_reads_short_unended_lines_as_heads() -> None:
    """Where each line holds a paragraph, a short line that ends no sentence was no column's
    line: the letters' and the obituary's headlines are headlines (not text run into the story
    above), and each letter is signed by its writer, whatever group the writer names."""
    page = en(*_LETTERS)
    _, shape = page_lines(list(page.lines))
    assert shape.paragraphs
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Bring back the late bus", "Marta Oyelowo, Parents for Safe Streets"),
        ("Thanks to the trail crew", "Ben Castellanos, Hillview"),
        ("Ruth Abernathy, 88, kept the town's books for 30 years", None)]


def test_a_paragraph_of_sentences_heads_no_story() -> None:
    """A letters policy of three sentences printed under the letters, above the obituaries'
    head: it is never the obituary's headline (nor lost: it is kept as text or skipped)."""
    policy = ("Letters should be under 250 words and signed. Include a daytime phone number. "
              "Send them to the editor at 12 Main Street or by e-mail to letters@hillview.example")
    blocks = list(_LETTERS)
    blocks.insert(3, policy)
    res = split_page(en(*blocks))
    assert res.stories[-1].headline == "Ruth Abernathy, 88, kept the town's books for 30 years"
    assert all(policy not in (s.headline or "") for s in res.stories)
    kept = " ".join(res.skipped) + " ".join(p for s in res.stories for p in s.paragraphs)
    assert "Include a daytime phone number." in kept


def test_a_block_opening_with_what_its_first_sentence_says_is_a_brief() -> None:
    """Under a column label no table names, briefs printed a block each: a block's first line
    whose words its first sentence says again (`Library extends Sunday hours` / `The Hillview
    library will extend its Sunday hours…`) is that brief's headline, however near the column's
    width it comes."""
    page = en(
        "Council approves new bus shelter\nplan for downtown stops",
        "By Nora Lindgren",
        "The town council voted 5-2 on\nTuesday to build six new bus\nshelters along Main Street, "
        "with\nwork to begin in the spring.",
        "HILLVIEW NOTES",
        "Library extends Sunday hours\nThe Hillview library will extend\nits Sunday hours to "
        "6 p.m.\nstarting next month.",
        "Pool repairs delay swim season\nRepairs to the town pool will\ndelay the start of the "
        "swim\nseason by two weeks.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Council approves new bus shelter plan for downtown stops",
        "Library extends Sunday hours", "Pool repairs delay swim season"]
