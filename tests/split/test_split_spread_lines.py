"""Runs of spaces a justifying tool sets inside a line of text (the `spaced` extraction shape)
are no gap between a brief's head and its text: where one plain space parts a head from a
text that opens as a story's does (`日前，`, `10月12日，`), that space is the gap, however
wide a run of spaces later in the line is."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks

_BRIEFS = (
    "城区简讯",
    "南湖公园新增夜跑步道 日前，南湖公园   环湖夜跑步道\n建成开放，全长3.2公里，沿线设有照明和\n饮水点。（通讯员 邹小岚）",
    "市图书馆延长周末开放时间 11月2日起，市   图书馆\n周六、周日闭馆时间由18时延至21时，方便\n市民夜间阅读。（记者 汤明玥）",
    "老城区完成雨污分流改造 近日，老城区6条\n街巷的雨污分流改造工程完工，惠及居民\n2100余户。（通讯员 贺一舟）",
)


def test_a_wide_run_inside_a_briefs_text_leaves_the_head_at_its_one_space() -> None:
    res = split_page(blocks("zh", *_BRIEFS))
    assert [s.headline for s in res.stories] == [
        "南湖公园新增夜跑步道", "市图书馆延长周末开放时间", "老城区完成雨污分流改造"]
    assert res.stories[0].paragraphs[0].startswith("日前，南湖公园")
    assert res.stories[1].paragraphs[0].startswith("11月2日起")
