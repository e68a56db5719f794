"""Properties over generated text: nothing outside a rewritten token is lost or reordered, no
figure survives in Chinese output, and any bytes on the line reader either come back as one
line per line or raise one InputError."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audiopaper.errors import InputError
from audiopaper.normalize import explain, normalize
from audiopaper.normalize.stream import normalize_lines

CJK_OR_PUNCT = re.compile(r"[\u4e00-\u9fff，。、；：？！“”‘’（）《》【】—…·]")

PIECES = st.sampled_from(
    list("年月日号时点分秒万亿元个人第公前后比至到的在了和县镇") + list("，。、；：？！“”（）《》—…·")
    + list("0123456789") + list("-/:.%+~ ") + ["℃", "km", "MW", "kg", "$", "￥", "G", "A", "pm",
                                                "a.m.", "×", "≥", "∶", "‰", "－", "："])
ZH_TEXT = st.lists(PIECES, max_size=40).map("".join)


def _kept(text: str, lang: str) -> list[str]:
    """CJK characters and punctuation of `text` outside every rewritten span, in order."""
    spans = [(r.start, r.end) for r in explain(text, lang)]
    inside = set()
    for a, b in spans:
        inside.update(range(a, b))
    return [c for i, c in enumerate(text) if i not in inside and CJK_OR_PUNCT.match(c)]


def _is_subsequence(needle: list[str], hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


@settings(max_examples=400, deadline=None)
@given(ZH_TEXT)
def test_nothing_outside_rewrites_is_lost(text: str) -> None:
    out = normalize(text)
    assert _is_subsequence(_kept(text, "zh"), out)
    rewrites = explain(text)
    assert all(a.end <= b.start for a, b in zip(rewrites, rewrites[1:]))
    assert all(text[r.start:r.end] == r.written for r in rewrites)


@settings(max_examples=400, deadline=None)
@given(ZH_TEXT)
def test_no_figure_survives_in_chinese(text: str) -> None:
    assert not re.search(r"\d", normalize(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_any_language_never_crashes(text: str) -> None:
    for lang in ("zh", "en"):
        out = normalize(text, lang)
        assert isinstance(out, str)
        assert _is_subsequence(_kept(text, lang), out)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80))
def test_any_bytes_give_lines_or_one_input_error(data: bytes) -> None:
    try:
        out = normalize_lines(data)
    except InputError as e:
        assert "\n" not in str(e)
        return
    text = data.decode("utf-8-sig")
    expected_lines = len(text.split("\n")) - (1 if text.endswith("\n") else 0) if text else 0
    assert out.count("\n") == expected_lines
