"""A short Chinese name over briefs whose heads run into their text is the column's head,
skipped, not the first brief's headline, whatever the page's shape (cue added in session 31,
checked to fail on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

LINES = ["老城区供暖管网改造完工",
         "本报讯（记者 齐映雪）记者昨日从市热力公司获悉，老城区12公里供暖",
         "管网改造全部完工，今冬可按时供暖。",
         "假日好去处",
         "湿地公园观鸟季开启　11月起每周六上午9:00，城北湿地公园",
         "组织观鸟活动，市民可在公众号预约，免费参加。",
         "老街灯会下周亮灯　11月15日起，青石老街将举办秋季灯会，",
         "展出各式花灯200余组，每晚18:00至22:00开放。",
         "科技馆推出亲子课堂　周末两天，市科技馆开设机器人亲子课堂，",
         "每场限30个家庭，报名电话：6612345。"]


@pytest.mark.parametrize("shape", ["tight", "blocks"])
def test_a_short_name_over_run_in_briefs_heads_their_column(shape: str) -> None:
    lines = LINES if shape == "tight" else [*LINES[:3], "", LINES[3], "", *LINES[4:]]
    res = split_page(Page(source="p8.txt", lang="zh", page_no=8, lines=tuple(lines)))
    assert [s.headline for s in res.stories] == [
        "老城区供暖管网改造完工", "湿地公园观鸟季开启", "老街灯会下周亮灯", "科技馆推出亲子课堂"]
    assert "假日好去处" in res.skipped
