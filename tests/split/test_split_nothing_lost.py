"""Safety changed in session 29, checked to fail on the code before it: a stack's line the
labelling leaves out of every field (two labels in capitals over a headline, read as the page's
section and the story's kicker; an ad's lines a later step took for furniture inside a stack) is
skipped, not lost, and skipped once: every printed line is said or skipped, none twice."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from audiopaper.ingest.pages import read_pages
from audiopaper.split import split_page
from audiopaper.split.edition import split_pages
from audiopaper.split.lines import Line, jumps_in
from audiopaper.split.page import Story, _unsaid
from audiopaper.split.text import width
from audiopaper.split.tokens import Token
from tests.split.build import tight
from tests.split.test_split_heldout import REACHED

HERE = Path(__file__).parent


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


def test_a_label_printed_twice_in_one_stack_is_said_once_and_skipped_once() -> None:
    # (one label is the story's kicker; the other, whose item the page skipped, is skipped
    # too, not hidden by the kicker's text)
    first, second = (Token("D", [Line(n, "CARD OF THANKS", width("CARD OF THANKS"), 1)])
                     for n in (0, 2))
    head = Token("D", [Line(3, "We thank the luncheon ladies", 28, 1)])
    story = Story(6, kicker="CARD OF THANKS", headline="We thank the luncheon ladies")
    assert len(_unsaid([first, second, head], story)) == 1


def test_a_column_head_is_skipped_once() -> None:
    # (the head taken off a column's first item is in the skipped entries once, not again as
    # a stack's line left out: no text is said twice)
    lines = ["Harbor board backs new dock fees", "By Nora Lind",
             "The harbor board voted 4-1 on Monday to raise dock fees by 8 percent next year, "
             "the first rise since 2019.", "", "FISHING REPORT", "", "Lake Tamsin",
             "Walleye are biting on jigs in 20 feet of water near the dam, anglers say.", "",
             "Otter River", "Smallmouth bass are holding in the riffles below the Mill Street bridge.",
             "", "Cedar Pond", "Panfish action is slow but steady off the north shore docks."]
    res = split_page(tight("en", *lines))
    assert res.skipped.count("FISHING REPORT") == 1
    assert [s.headline for s in res.stories][1:] == ["Lake Tamsin", "Otter River", "Cedar Pond"]


def _chars(text: str | None) -> Counter[str]:
    return Counter(re.sub(r"\s|\u00ad", "", text or ""))


def test_no_tuning_page_loses_or_repeats_text() -> None:
    """Every page of the scored sets, as written: each printed character is in an article's
    field or a skipped entry, and nothing is said that the page does not print; allowed
    aside are the jump markers (a column may wrap one over two lines) and dashes (a word's
    hyphen at a line's end, a rule, the dash parting a brief's head from its text)."""
    folders = [HERE / "data", *(HERE / name for name, *_ in REACHED)]
    pages = sorted(p for f in folders for p in f.rglob("page.txt"))
    assert len(pages) >= 800
    for page in pages:
        read = read_pages(page)
        got = split_pages(read)
        said: Counter[str] = Counter()
        for a in got.articles:
            for x in (a.kicker, a.headline, a.subheadline, a.byline, *a.paragraphs):
                said += _chars(x)
        for s in got.skipped:
            said += _chars(s)
        lines = read[0].lines
        printed = _chars("".join(lines))
        allowed = Counter({c: printed[c] for c in "-—–"})
        for x in lines:
            for _, _, m in jumps_in(x.strip(), "zh") + jumps_in(x.strip(), "en"):
                allowed += _chars(m.group(0))
        for _, _, m in jumps_in("".join(x.strip() for x in lines), "zh"):
            allowed += _chars(m.group(0))  # (a Chinese marker the column wrapped: `（下` / `转5版）`)
        assert not said - printed, f"{page}: said, not printed: {''.join((said - printed).elements())[:60]}"
        lost = printed - said - allowed
        assert not lost, f"{page}: lost {''.join(sorted(lost.elements()))[:60]}"
