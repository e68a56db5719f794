"""Cues added in session 23, each on invented text and each checked to fail on the code before
it: how a review page's closing lines and signatures are read."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight, text

# a stage review in narrow columns, no blank lines, its star rating opening its last paragraph
REVIEW = ("STAGE REVIEW",
          "‘Harbour Lights’ glows",
          "By Wendell Ostrow / Arts Critic",
          "The Quayside Players open their",
          "winter season with a warm, slightly",
          "overlong comedy about two sisters",
          "who inherit a failing ferry line.",
          "Nessa Crale and Ottoline Barr are a",
          "delight as the sisters, and the",
          "second act fairly races along.",
          "★★★ (out of four). “Harbour",
          "Lights” plays through Jan. 12 at",
          "the Quayside Theatre, 9 Pier Rd.")


def test_a_star_rating_that_runs_on_as_a_sentence_is_the_review_s_text() -> None:
    """`★★★ (out of four). “Harbour` / `Lights” plays through Jan. 12 at` / …: the rating line
    runs on into the next sentence, so it is the review's closing paragraph, heard with it,
    and the lines after it do not head a story of their own."""
    res = split_page(tight("en", *REVIEW))
    assert [s.headline for s in res.stories] == ["‘Harbour Lights’ glows"]
    assert "★★★ (out of four). “Harbour Lights” plays through Jan. 12" in text(res)
    assert not any("★" in s for s in res.skipped)
