"""Rows of short cells, a few of them figures with their units and no sentence's pause, over or
under another such row: a weather or tide box's, skipped, not a headline (cue added in session
31, checked to fail on the code before it)."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.roles import _zh_table_cells


def test_short_cells_with_figures_read_as_a_row() -> None:
    assert _zh_table_cells("东湖区  小雨  18～24℃   北塘区  中雨  17～23℃")
    assert _zh_table_cells("潮汐表（青港）  高潮 04:16 3.52米  16:40 3.97米")
    assert not _zh_table_cells("11月18日　电热毯引燃床铺　18日凌晨，消防员赶到")
    assert not _zh_table_cells("港湾队2:0胜老城队 以4分优势夺得联赛冠军")


def test_a_weather_box_between_stories_is_skipped_on_a_tight_page() -> None:
    lines = ["寒潮过境 全市平均气温下降8℃",
             "本报讯（记者 卢听澜）受强冷空气影响，昨日我市出现明显降温，",
             "市区最低气温降至2℃，部分山区出现霜冻。",
             "各区县天气",
             "东湖区  小雨  18～24℃   北塘区  中雨  17～23℃",
             "西岭县  阴    15～21℃   南湾区  小雨  19～25℃",
             "潮汐表（青港）  高潮 04:16 3.52米  16:40 3.97米",
             "低潮 10:28 0.81米",
             "地铁2号线周末延长运营",
             "本报讯（记者 卢听澜）记者从市地铁集团获悉，本周六、周日",
             "地铁2号线末班车延长至次日0时30分。"]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(lines)))
    heads = [(s.headline or "").replace(" ", "") for s in res.stories]
    assert heads == ["寒潮过境全市平均气温下降8℃", "地铁2号线周末延长运营"]
    text = "".join(p for s in res.stories for p in s.paragraphs)
    assert "东湖区" not in text and "潮汐表" not in text
    assert any("北塘区" in x for x in res.skipped)
