"""Cue added in session 24 on invented text, checked to fail on the code before it: rows of a
price list, a name, a price and its change in brackets (`Oats $3.12 (+4c)`, `Barley $4.40
(unch.)`), are a data box's rows, skipped with the box, not a story's text."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, heard


def test_a_price_list_with_changes_in_brackets_is_a_data_box() -> None:
    res = split_page(blocks(
        "en",
        "Elevator adds second dryer before harvest",
        "The Pell Valley Co-op has installed a second grain dryer at its Marlow elevator, "
        "doubling the amount of wet corn it can take in each day, manager Ruth Ebbers said.",
        "VALLEY CASH PRICES",
        "Monday close, Pell Valley Co-op",
        "Oats $3.12 (+4c)",
        "Barley $4.40 (unch.)",
        "Sunflowers $21.75 (-30c)",
        "Fair board names new manager",
        "The Pell County Fair board has hired Dale Oster, a former 4-H agent, to manage the "
        "fair starting in January."))
    assert [s.headline for s in res.stories] == [
        "Elevator adds second dryer before harvest", "Fair board names new manager"]
    assert "Barley" not in heard(res) and "Sunflowers" not in heard(res)
