"""Chinese info boxes set between stories list their items as a label and a colon (`时间：`,
`地点：`, `推荐：`, `评分：`, `参与人数：`), opening the line or after a space: such a line is the
box's, skipped with the box's title over it, never a headline's line nor the next story's
text (cue added in session 33; fails on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

STORY = ["城西菜市场改造完工", "",
         "　　本报讯（记者 孔薇）经过半年改造，城西菜市场11月4日重新开业。市场新增摊位86个，",
         "统一安装了电子价签和溯源秤，市民买菜更放心。"]
NEXT = ["社区食堂推出老人套餐", "",
        "　　本报讯（记者 孔薇）东关街道社区食堂本月起推出老人套餐，两荤一素一汤，60岁以上老人",
        "每份只需10元，每天中午11点开餐。"]
BOXES = {
    "event": ["周末去哪儿", "时间：11月9日9:00—11:30", "地点：市文化馆二楼多功能厅"],
    "review": ["探店", "推荐：酸汤鱼 火烧干巴 薄荷拌豆腐　评分：口味★★★★☆ 环境★★★☆☆"],
    "poll": ["晚报微调查", "你最期待哪部剧集？", "《逆光少年》 46.2%　《江湖夜雨》 31.5%　参与人数：3816人"],
}


@pytest.mark.parametrize("box", list(BOXES), ids=list(BOXES))
def test_an_info_boxs_items_are_skipped(box: str) -> None:
    lines = (*STORY, "", *BOXES[box], "", *NEXT)
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=lines))
    heads = [s.headline for s in res.stories]
    assert heads == ["城西菜市场改造完工", "社区食堂推出老人套餐"]
    assert res.stories[0].paragraphs[-1].endswith("市民买菜更放心。")
    assert res.stories[1].paragraphs[0].startswith("东关街道社区食堂")
    spoken = " ".join(" ".join((s.headline or "", *s.paragraphs)) for s in res.stories)
    assert not any(line in spoken for line in BOXES[box][1:])
