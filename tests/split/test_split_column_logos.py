"""Cue changed in session 29, checked to fail on the code before it: in Chinese a short label
over a whole headline, printed as a block of its own where the page's blank lines part blocks
(or of two or three characters in any shape), is a column's logo, not the headline's first
words; the page skips it.  A headline of two phrases printed in one block keeps both, and so
does one whose first phrase of four characters the page gives no blank line to part.  In
English a label in capitals opens its story's stack: a line over it is another's or the page's."""
from __future__ import annotations

from audiopaper.split.lines import Line
from audiopaper.split.stack import label_stack
from audiopaper.split.text import width
from audiopaper.split.tokens import Token


def _d(text: str, gap: int = 1, loose: bool = False) -> Token:
    return Token("D", [Line(0, text, width(text), gap, loose=loose)])


def test_a_logo_over_a_headline_is_no_headline_words() -> None:
    apart = label_stack([_d("乡土笔记"), _d("老厂房“活”了，还要“火”下去")], "zh")
    assert apart.headline == "老厂房“活”了，还要“火”下去"
    short = label_stack([_d("茶余谈", loose=True), _d("“低头族”的烦恼", loose=True)], "zh")
    assert short.headline == "“低头族”的烦恼"


def test_a_short_headline_over_its_deck_alone_stays_the_headline() -> None:
    st = label_stack([_d("小区充电难"), _d("——对话市住建局副局长")], "zh")
    assert (st.headline, st.subheadline) == ("小区充电难", "——对话市住建局副局长")


def test_a_headline_of_two_short_phrases_keeps_both() -> None:
    together = label_stack([_d("一把剪刀"), _d("剪出浓浓年味", gap=0)], "zh")
    assert together.headline == "一把剪刀 剪出浓浓年味"
    tight = label_stack([_d("九旬老人", loose=True), _d("街头修伞三十年", loose=True)], "zh")
    assert tight.headline == "九旬老人 街头修伞三十年"


def test_a_label_in_capitals_opens_its_stack_in_english() -> None:
    # (a line over the label is another's or the page's, skipped: a score row, a credit)
    st = label_stack([_d("Brannock 28, Carver 24"), _d("VOLLEYBALL"),
                      _d("Lady Rams come back to take sectional title")], "en")
    assert (st.kicker, st.headline) == ("VOLLEYBALL", "Lady Rams come back to take sectional title")
    # (a box's head under a story's headline heads rows, not a headline: the stack stays)
    box = label_stack([_d("‘The Salt Wives’ finds its sea legs"), _d("THE SALT WIVES"),
                       _d("Where: Osgood Playhouse, 12 Ferry St.")], "en")
    assert box.headline == "‘The Salt Wives’ finds its sea legs"
