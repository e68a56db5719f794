"""Session 30, checked to fail on the code before it: a label in capitals over a column of
capsule reviews printed alike (title, the same critic's name, a rating line, a few paragraphs)
heads the column, skipped, not the first review's kicker."""
from __future__ import annotations

from pathlib import Path

from audiopaper.ingest.pages import read_pages
from audiopaper.split.edition import split_pages


def test_a_label_over_reviews_printed_alike_heads_their_column(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "THE HARBOUR WEEKLY  Saturday, May 3, 2025  Page 14",
        "ON SCREEN",
        "Salt and Iron (12A)", "By Nina Carrow", "Rating: 4 out of 5",
        "A shipyard welder and her estranged son rebuild a trawler over one wet winter, and the "
        "film lets the work do the talking.",
        "It is slow, and it earns every minute of its ending. Harbour Cinema from Friday.",
        "Paper Moons (PG)", "By Nina Carrow", "Rating: 3 out of 5",
        "Two sisters run a failing kite shop on the seafront in this gentle comedy.",
        "The jokes land more often than not, and the younger cast is a delight. Granary from Friday.",
    ]) + "\n", encoding="utf-8")
    res = split_pages(read_pages(page))
    assert [(a.kicker, a.headline, a.subheadline) for a in res.articles] == [
        (None, "Salt and Iron (12A)", "Rating: 4 out of 5"),
        (None, "Paper Moons (PG)", "Rating: 3 out of 5")]
    assert "ON SCREEN" in res.skipped
