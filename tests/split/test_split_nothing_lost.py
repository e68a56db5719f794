"""Safety changed in session 29, checked to fail on the code before it: a stack's line the
labelling leaves out of every field (two labels in capitals over a headline, read as the page's
section and the story's kicker) is skipped, not lost: every printed line is said or skipped."""
from __future__ import annotations

from pathlib import Path

from audiopaper.ingest.pages import read_pages
from audiopaper.split.edition import split_pages


def test_a_label_the_stack_leaves_out_is_skipped_not_lost(tmp_path: Path) -> None:
    lines = ["PAGE FOUR                TAMSIN VALLEY SENTINEL                THURSDAY, MARCH 3, 1955",
             "COUNTY TO BUILD", "NEW HIGH SCHOOL", "Voters Approve $780,000", "Bond Issue by 3 to 1",
             "By LESTER MORROW", "Sentinel Staff",
             "    Tamsin County will have a new consolidated high",
             "school by the fall of 1957. Voters in the nine",
             "towns of the county approved a $780,000 bond issue",
             "Tuesday by a margin of 4,112 to 1,366, the largest",
             "turnout for a school question in the county's his-", "tory.",
             "    The school will be built on a 30-acre tract on",
             "the Tanner Road, bought last year from the estate."]
    page = tmp_path / "page.txt"
    page.write_bytes(("\r\n\r\n".join(lines) + "\r\n").encode())
    res = split_pages(read_pages(page))
    said = " ".join([*(x for a in res.articles for x in (a.kicker, a.headline, a.subheadline)
                       if x), *res.skipped])
    for line in lines[1:5]:
        assert line in said
