"""Transcript cues a reader can follow: lines broken between words, never a cue or a line of
punctuation alone (issue 13: 「便民服务 / 圈。」 and a cue of just 「。」)."""
from __future__ import annotations

import pytest

from audiopaper.assemble.transcript import MAX_COLUMNS, fit_cues, split_text, width
from audiopaper.common import segment
from audiopaper.model import Cue

SENTENCES = [
    "街道以党建为引领，整合辖区资源，打造十五分钟便民服务圈。",
    "鹤汀至江口二级公路改建工程全线通车，沿线三点二万余名群众出行更便捷。",
    "县市场监管局开展冬季食品安全专项检查，重点检查学校食堂和农村集体聚餐。",
    "全县新建和改造提升高标准农田二点六万亩，完成小型水利工程整治一百三十六处。",
    "The council approved four new bus routes on Tuesday, and service starts in May.",
]


def _words(text: str) -> set[int]:
    """Offsets of word boundaries in `text` (the shared segmentation for Chinese, spaces for
    English)."""
    out, at = {0, len(text)}, 0
    for w in segment.cut(text, hmm=True):
        at += len(w)
        out.add(at)
    return out


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("columns", [24, 32, 40, MAX_COLUMNS])
def test_lines_break_between_words_and_fit(text, columns):
    lines = split_text(text, columns)
    if text.isascii():
        assert " ".join(lines) == text
    else:
        assert "".join(lines) == text
        bounds, at = _words(text), 0
        for line in lines[:-1]:
            at += len(line)
            assert at in bounds, f"{line!r} cuts a word"
    for line in lines:
        assert any(c.isalnum() for c in line), lines
        assert width(line) <= columns or len(lines) == 1, lines
        assert line[0] not in "，。、；：！？）」”", lines


def test_the_rest_of_a_sentence_is_not_left_dangling():
    assert split_text("街道打造十五分钟便民服务圈。", 24) == ["街道打造十五分钟", "便民服务圈。"]


def test_a_cue_of_punctuation_alone_joins_the_cue_before():
    cues = [Cue(0, 1000, "大家好"), Cue(1000, 1100, "。"), Cue(1200, 2000, "再见。")]
    assert fit_cues(cues, 2000) == [Cue(0, 1100, "大家好。"), Cue(1200, 2000, "再见。")]
