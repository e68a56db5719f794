"""Cue added in session 23 on invented text, checked to fail on the code before it: on an
opinion page, a sentence saying who a writer the page credits is (`Nadia Ferreira is a
swimming coach…`, the page printing `By Nadia Ferreira`) ends that writer's column, so the
paragraph under it may start another story."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import every_line


def test_a_writer_s_note_ends_the_column_and_the_next_text_starts_another() -> None:
    """A paragraph to a line, a blank line after each: a column and its writer's note, then a
    guest column whose headline and byline are printed under its text: the second column's
    first paragraph opens it rather than going on in the first."""
    res = split_page(every_line(
        "en",
        "The pool is worth saving",
        "By Nadia Ferreira",
        "Every summer afternoon the Dunmore town pool is full of children who have nowhere "
        "else to swim, and the council now proposes to close it for good to save $90,000 a year.",
        "There are cheaper ways to balance the budget. The council could delay the new sign "
        "at the town hall or share a mower with the school district, as other towns do.",
        "Nadia Ferreira is a swimming coach and has lived in Dunmore for 30 years.",
        "The school board will vote next month on whether to move the start of the high "
        "school day from 7:40 a.m. to 8:30 a.m., as doctors have urged for years.",
        "Teenagers need more sleep than adults, and a later start would give it to them. "
        "Buses would cost a little more, but a rested student is worth it.",
        "Omar Vance teaches biology at Dunmore High School.",
        "GUEST COLUMN",
        "Let our teenagers sleep",
        "By Omar Vance"))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("The pool is worth saving", "By Nadia Ferreira"),
        ("Let our teenagers sleep", "By Omar Vance")]
    assert res.stories[0].paragraphs[-1].startswith("Nadia Ferreira is a swimming coach")
    assert res.stories[1].paragraphs[0].startswith("The school board will vote")
