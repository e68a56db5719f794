"""Robustness (issue 11): no input crashes the normaliser, and figures too long to be amounts are
read digit by digit.  Speed on pathological inputs is measured by bench/bench_normalize_worst.py
(time per size, ratios), never asserted here: the machine is shared."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiopaper.normalize import normalize

LANGS = ("en", "zh")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", [
    "1" * 320, "9" * 5000, "1" * 320 + "th", "$" + "1" * 400, "1" * 300 + "/" + "2" * 300,
    "-" + "1" * 320 + ".5", "1," * 200 + "1", "1" * 320 + "%", "1" * 320 + "km", "1" * 40 + "年",
    "第" + "1" * 40, "1" * 30 + "-" + "1" * 30, "1.5e" + "9" * 400,
])
def test_huge_figures_never_crash(lang: str, text: str) -> None:
    out = normalize(text, lang)
    assert isinstance(out, str) and out


@pytest.mark.parametrize("lang,text,spoken", [
    ("en", "1234567890123456", "one two three four five six seven eight nine zero one two three "
                               "four five six"),
    ("en", "999999999999999", "nine hundred ninety-nine trillion nine hundred ninety-nine billion "
                              "nine hundred ninety-nine million nine hundred ninety-nine thousand "
                              "nine hundred ninety-nine"),
    ("zh", "1234567890123456", "一二三四五六七八九零一二三四五六"),
])
def test_more_than_fifteen_digits_digit_by_digit(lang: str, text: str, spoken: str) -> None:
    assert normalize(text, lang) == spoken


PATHOLOGICAL = st.sampled_from([" ", "\t", "1", ".", "-", ",", "/", ":", "a", "A", "(", ")",
                                "$", "%", "年", "月", "p.m.", "Jan", "II", "+", "=", "x", "²"])


@settings(max_examples=150, deadline=None)
@given(st.lists(PATHOLOGICAL, min_size=200, max_size=600).map("".join))
def test_long_runs_of_sign_soup(text: str) -> None:
    for lang in LANGS:
        out = normalize(text, lang)
        if lang == "zh":
            assert not re.search(r"\d", out)


@pytest.mark.parametrize("lang", LANGS)
def test_long_blank_runs_complete(lang: str) -> None:
    text = "a" + " " * 64_000 + "/ b " + "\t " * 10_000 + "5 p.m."
    out = normalize(text, lang)
    assert out.startswith("a") and out.endswith(("five p m.", "五 p.m."))
