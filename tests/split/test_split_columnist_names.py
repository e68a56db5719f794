"""A Chinese column's name of four to seven characters over a headline much longer than it and,
within three lines, a columnist's byline set after a mark (`□ 林墨`): the column's logo,
skipped, not the headline's first line, whatever the headline says (cue added in session 32,
checked to fail on the code before it).  Under another column's logo the short line is the
headline's own first line: a story has one logo."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import furniture_kind

LEAD = ["　　本报讯（记者 邝秋禾）记者昨日从县交通运输局获悉，城东客运站改造工程",
        "已完成主体施工，预计下月底投入使用。"]
TEXT = ["　　小时候，每到傍晚，巷子口的那盏路灯总是第一个亮起来。母亲说，看见那",
        "盏灯，就知道快到家了。",
        "　　后来我去了外地读书、工作，一年回不了几次家。每次坐夜车回来，远远望见",
        "巷口的灯光，心里就踏实了。"]


def page(*lines: str) -> Page:
    return Page(source="p8.txt", lang="zh", page_no=8,
                lines=tuple(["城东客运站下月底投用", *LEAD, *lines, *TEXT]))


@pytest.mark.parametrize("name,head", [
    ("乡音絮语", ["巷口那盏灯，照亮了回家的路"]),
    ("老周聊球", ["联赛只剩最后五轮", "保级比争冠更揪心"]),
    ("委员议事厅", ["让老旧小区的电梯早日装起来"]),
])
def test_a_column_name_over_a_columnists_piece_is_its_logo(name: str, head: list[str]) -> None:
    assert furniture_kind(name, "zh") is None  # (no table names it: the shape decides)
    res = split_page(page(name, *head, "□ 林 墨"))
    assert [(s.headline or "").replace(" ", "") for s in res.stories] == [
        "城东客运站下月底投用", "".join(head)]
    assert name in res.skipped


def test_under_another_columns_logo_the_short_line_opens_the_headline() -> None:
    res = split_page(page("晚报时评", "织牢安全网", "别让“救命钱”变成“糊涂账”", "□ 林 墨"))
    assert (res.stories[1].headline or "").replace(" ", "") == "织牢安全网别让“救命钱”变成“糊涂账”"
