"""Runs of spaces a justifying tool sets inside a line of text (the `spaced` extraction shape)
are no gap between a brief's head and its text: where one plain space parts a head from a
text that opens as a story's does (`日前，`, `10月12日，`), that space is the gap, however
wide a run of spaces later in the line is."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from tests.split.build import blocks, every_line, tight

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


_STORY = (
    "旧物换新集市受欢迎",
    "本报讯（通讯员 庞晓岚）",
    "6月2日，柳岸社区举办旧物换新环保集市，\n200余户居民带来闲置的图书、玩具等\n物品进行交换。\n"
    "社区还设置了旧衣物  回收箱和家电\n义务维修点，当天共回收旧衣物1.2吨，\n维修小家电80余件。",
    "城西新增两处口袋公园",
    "本报讯（记者 温一舟）",
    "近日，城西街道利用边角地新建的两处口袋\n公园对外开放，新增绿地3000平方米。",
)


@pytest.mark.parametrize("shape", ["blocks", "lines", "tight"])
def test_a_lone_wide_run_in_a_storys_text_is_no_brief_head(shape: str) -> None:
    """A run of spaces in a story's text after a sentence, with no brief near it and no
    opening (a date, `近日`) after it, cuts no head in any shape: the story's text goes on."""
    lines = [x for part in _STORY for x in part.split("\n")]
    page = blocks("zh", *_STORY) if shape == "blocks" else (
        every_line("zh", *lines) if shape == "lines" else tight("zh", *lines))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["旧物换新集市受欢迎", "城西新增两处口袋公园"]
    assert "社区还设置了旧衣物回收箱和家电义务维修点" in "".join(res.stories[0].paragraphs)


def test_a_word_a_tool_split_ends_no_head() -> None:
    """A photo's title in capitals with a run of spaces set inside a word
    (`PUMPK    IN PARADE`) stays whole: no head is cut inside a word."""
    page = Path(__file__).parent / "heldout46" / "en" / "calder-gazette-20241019-p1" / "page.txt"
    lines = tuple(page.read_text(encoding="utf-8-sig").replace("PUMPKIN PARADE", "PUMPK    IN PARADE")
                  .splitlines())
    assert "PUMPK    IN PARADE" in lines
    res = split_page(Page(source="p1.txt", lang="en", page_no=1, lines=lines))
    assert "PUMPKIN PARADE" in [s.headline for s in res.stories]
