"""Cues added in session 17's third round for pages set as British papers set them, each on
invented text and each checked to fail on the code before it: a folio dated day before month,
a column of notes headed in sentence case whose items run their heads into their text, and
quotations in single quotes ending paragraphs."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks

en = partial(blocks, "en", page_no=12)

STORY = ("Harbour wall repairs to start in spring",
         "By Alys Pengelly",
         "Work to repair the harbour wall at Polcarrow will begin in March, the council said on\n"
         "Thursday, after winter storms opened a crack along its seaward face.",
         "The repairs are expected to take ten weeks and to cost about £240,000, most of it\n"
         "from a coastal fund.")


def test_a_folio_dated_day_before_month_is_skipped() -> None:
    """`12 The Polcarrow Packet Saturday 8 March 2025` is the page's folio, not a headline
    over the first story's."""
    res = split_page(en("WEEKEND\n12 The Polcarrow Packet Saturday 8 March 2025", *STORY))
    assert (res.stories[0].kicker, res.stories[0].headline) == (
        None, "Harbour wall repairs to start in spring")


def test_notes_headed_in_sentence_case_run_their_heads_into_their_text() -> None:
    """Under `Harbour notes`, `Ferry timetable changes The winter ferry…` is a brief whose
    head runs into its text with one space: the column's head in sentence case is no line of
    running text broken off mid-sentence."""
    res = split_page(en(*STORY, "Harbour notes",
                        "Ferry timetable changes The winter ferry\n"
                        "to St Ives will leave at 9.15am from\nMonday, half an hour later than now.",
                        "Lifeboat day raises £3,100 The crew\nthanked everyone who came along to\n"
                        "the open day last weekend."))
    heads = [s.headline for s in res.stories]
    assert heads[-2:] == ["Ferry timetable changes", "Lifeboat day raises £3,100"]


def test_quotations_in_single_quotes_end_their_paragraphs() -> None:
    """A blank line between paragraphs and the speakers' words in single quotes: each
    paragraph opening on `'` is a paragraph of its own."""
    res = split_page(en(*STORY[:2], "Nell found the ledger on the top shelf of the\nlamp room.",
                        "'High water,' said a voice behind her. 'He\nwrote down every tide.'",
                        "'Why would he do that?' Nell asked.",
                        "Mr Pascoe stood in the doorway, his cap in\nhis hands."))
    assert [p[:10] for p in res.stories[0].paragraphs] == [
        "Nell found", "'High wate", "'Why would", "Mr Pascoe "]
