"""Geometry cues of the PDF path, one small hand-drawn page each (issue 10, item 6).

Each test draws a page where one cue decides the answer and was checked to fail with the cue
taken out of the layout code (the docstring says how it failed).
"""
from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_pages
from audiopaper.model import Edition
from audiopaper.split import split_pages

from .conftest import Canvas


def split(c: Canvas, tmp_path: Path) -> Edition:
    return split_pages(read_pages(c.save(tmp_path / "page.pdf")))


COL1 = ["The county will open two walk-in", "clinics next month, officials",
        "said on Monday.", "The clinics will offer flu and", "childhood vaccines at no cost."]
COL2 = ["Appointments are not needed,", "and the clinics will stay open",
        "until 7 p.m. on weekdays.", "Parking is free at both sites,", "the county said."]


def test_a_paragraph_starts_right_of_its_own_blocks_edge(tmp_path: Path) -> None:
    """A centred headline's short second line starts just left of the second column: measured
    against every line of the page (the cue taken out), each flush line of that column read
    as indented and every line became a paragraph (6 paragraphs instead of 3)."""
    c = Canvas("en", 320, 260)
    c.text(40, 20, "County opens two new vaccine", "headline")
    c.text(136, 37, "clinics in May", "headline")
    c.column(20, 60, COL1, [True, False, False, True, False])
    c.column(160, 60, COL2, [False, False, False, True, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "County opens two new vaccine clinics in May"
    assert len(a.paragraphs) == 3
    assert a.paragraphs[1].startswith("The clinics") and a.paragraphs[2].startswith("Parking")
