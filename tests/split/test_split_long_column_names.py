"""A Chinese column's name of up to seven characters, no table's word, over a headline whole in
itself (one quotation, or a title and what it says) and its byline or `——` line: the column's
logo, skipped, not the headline's first line (cue added in session 31, checked to fail on the
code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import furniture_kind

LEAD = ["　　本报讯（记者 庞知秋）记者昨日从市文旅局获悉，今年一季度全市接待游客",
        "同比增长12.4%，其中外地游客占比首次超过四成。"]


def page(*lines: str) -> Page:
    return Page(source="p7.txt", lang="zh", page_no=7, lines=tuple(["一季度游客同比增长12.4%", *LEAD, *lines]))


@pytest.mark.parametrize("name,head,under", [
    ("走近老手艺人", "“一把刻刀守了四十年”", "——记竹编非遗传承人卢守成"),
    ("书页留香", "《河埠头》：写给一条老街的信", "□ 温照影"),
])
def test_a_long_column_name_over_a_whole_headline_is_its_logo(name: str, head: str, under: str) -> None:
    assert furniture_kind(name, "zh") is None  # (no table names it: the shape decides)
    res = split_page(page(name, head, under, "本报记者 庞知秋",
                          "　　清晨六点，卢守成的作坊已经亮灯。他把竹篾泡进水槽，一根一根挑出",
                          "最匀的那几根，说这是一天里最要紧的活儿。"))
    assert [s.headline for s in res.stories] == ["一季度游客同比增长12.4%", head]
    assert name in res.skipped


def test_a_headline_broken_on_a_word_that_runs_on_stays_whole() -> None:
    res = split_page(page("一粒种子的", "“太空往返”", "本报记者 庞知秋",
                          "　　4月2日，搭载返回式卫星的120克水稻种子回到实验室，科研人员开始",
                          "逐粒检测它们的发芽率。"))
    assert (res.stories[1].headline or "").replace(" ", "") == "一粒种子的“太空往返”"
