"""Photo credits in forms the tables missed: an agency's or another paper's photographer with
a transliterated name (`远航社记者 伊万·戈罗霍夫 摄`), any name with its dot (`本报记者 阿卜杜·热合曼
摄`), and a writer's portrait (`作者照片：柳 汀 摄`) are credits, not lines of the headline under
them (cue added in session 33; fails on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

PHOTO = ["　　4月6日，与会代表在闭幕式上合影。"]
STORY = ["南洋群岛峰会闭幕 发表《珊瑚海宣言》", "",
         "　　本报综合报道 为期三天的南洋群岛峰会6日在珊瑚港闭幕，与会各方发表《珊瑚海宣言》，",
         "承诺共同保护海洋生态、推进互联互通。"]


@pytest.mark.parametrize("credit", ["远航社记者 伊万·戈罗霍夫 摄", "本报记者 阿卜杜·热合曼 摄",
                                    "作者照片：柳 汀 摄"])
def test_a_credit_over_the_next_headline_is_no_line_of_it(credit: str) -> None:
    lines = (*PHOTO, credit, "", *STORY)
    res = split_page(Page(source="p5.txt", lang="zh", page_no=5, lines=lines))
    assert any(s.headline == "南洋群岛峰会闭幕 发表《珊瑚海宣言》" for s in res.stories)
    assert all(credit not in (s.headline or "") for s in res.stories)
