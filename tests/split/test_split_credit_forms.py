"""Rules added in session 29, checked to fail on the tables before them: forms of a photo's
credit and of a wire's tail byline that a story's stack took for its headline (the line over
the next story's headline): a reader's picture, the paper's own alone, a photographer over an
agency's photo in capitals or a paper's double name, a lender with `the`, a dash before `From
wire reports`."""
from __future__ import annotations

import pytest

from audiopaper.split.lines import byline_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("Submitted by Ned Paquin", "credit"),
    ("Sentinel Photo", "credit"),
    ("KAI ANDERS / TNA PHOTO", "credit"),
    ("ELENA VOSKUIJLEN / Herald-Dispatch", "credit"),
    ("Courtesy of the Port Wendell Historical Society", "credit"),
    ("— From wire reports", "line"),
    ("Submitted by the county", None),
    ("Photo finish decides relay", None),
])
def test_credit_and_wire_forms(line: str, kind: str | None) -> None:
    assert byline_kind(line, "en") == kind
