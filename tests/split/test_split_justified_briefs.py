"""Cue added in session 23 on invented text, checked to fail on the code before it: in a
justified English column, under a label in capitals or a text that ended, a head the widest
gap of its line parts from a text opening as a sentence does is a brief's head run in, even
where no column head names briefs (`HARBOR LOG`, not `IN BRIEF`)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight

PAGE = ("Council  delays  vote  on  marina",
        "The  Wexby  council put off  a vote",
        "on  the  marina  lease  on  Monday",
        "after   residents   asked  for  more",
        "time to read the  forty-page  plan.",
        "HARBOR LOG",
        "Dinghy adrift  A resident of Quay",
        "Street reported  Sunday  that  her",
        "dinghy had  slipped its  mooring  and",
        "drifted  to  the  breakwater.",
        "Gate damaged  The gate at the boat",
        "ramp was  bent by a  trailer  early",
        "Saturday. No one was hurt.")


def test_run_in_heads_in_a_justified_column_under_a_label() -> None:
    """No blank lines, runs of spaces everywhere: two items under `HARBOR LOG`, each headed by
    the words before its line's widest gap; the label heads neither item's text."""
    res = split_page(tight("en", *PAGE))
    assert [s.headline for s in res.stories] == [
        "Council delays vote on marina", "Dinghy adrift", "Gate damaged"]
    assert res.stories[1].paragraphs == [
        "A resident of Quay Street reported Sunday that her dinghy had slipped its mooring "
        "and drifted to the breakwater."]
