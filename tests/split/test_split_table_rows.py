"""A table's row whose cells are parted by mixed runs of ideographic and plain spaces is no
brief's head run into its text (cue added in session 31, checked to fail on the code before
it)."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.shape import run_in_head

ROWS = ["品种\u3000\u3000\u3000\u3000\u3000收盘\u3000\u3000\u3000涨跌",
        "禾川综合指数\u30002231.40\u3000\u3000+0.62%",
        "创业300\u3000\u3000\u3000\u3000 1408.77\u3000\u3000-0.15%",
        "白银（元/克）\u3000\u3000 7.86\u3000\u3000 +0.90%",
        "玉米（元/吨）\u3000 2290\u3000\u3000\u3000 -0.40%"]


def test_a_row_of_a_label_and_two_figures_is_no_run_in_head() -> None:
    for row in ROWS[1:]:
        assert run_in_head(row, after_end=True) is None, row


def test_a_price_table_between_stories_on_a_tight_page_is_skipped_whole() -> None:
    lines = ["禾川港口货物吞吐量创新高",
             "本报讯（记者 樊一舟）",
             "　　记者从禾川港务集团获悉，今年前两个月，禾川港完成货物吞吐量",
             "2180万吨，同比增长7.4%，集装箱吞吐量同比增长11.2%。",
             "禾川市场昨日行情（3月4日）", *ROWS,
             "数据来源：禾川金融信息中心",
             "春茶预售价格与去年持平",
             "本报讯（记者 樊一舟）",
             "　　记者近日走访多家茶企了解到，今年春茶预售价格总体与去年持平，",
             "部分高山茶因采摘推迟略有上涨。"]
    res = split_page(Page(source="p5.txt", lang="zh", page_no=5, lines=tuple(lines)))
    assert [s.headline for s in res.stories] == ["禾川港口货物吞吐量创新高", "春茶预售价格与去年持平"]
    text = "".join(p for s in res.stories for p in s.paragraphs)
    assert "白银" not in text and "玉米" not in text and "1408.77" not in text
    skipped = "".join(res.skipped).replace(" ", "").replace("\u3000", "")
    assert "白银（元/克）7.86+0.90%" in skipped and "玉米（元/吨）2290-0.40%" in skipped
