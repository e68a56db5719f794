"""Side-by-side columns laid out on one line each (a `pdftotext -layout` page), added in
session 16 and checked to fail on the code before it: each column is read down, its stories
whole; a page with one column, or with a table's aligned cells, is left as it is."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.columns import unfold_columns


def two_columns(left: list[str], right: list[str], at: int) -> list[str]:
    """Lines of a page printing `left` and `right` side by side, the right one `at` cells in
    (Chinese characters two cells wide)."""
    def cells(s: str) -> int:
        return sum(2 if "\u4e00" <= c <= "\u9fff" or c in "，。、；：？！（）" else 1 for c in s)
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append((a + " " * (at - cells(a)) + b).rstrip() if b else a)
    return out


EN_LEFT = ["Council backs new bus shelters", "By Ana Pruitt", "The Dunmore council voted 6-1 on",
           "Monday to build 12 bus shelters along", "Harbor Road before winter.",
           "The shelters will cost $180,000,", "paid from the state transit grant.",
           "Work starts in October, and the", "first six shelters should be open",
           "by Thanksgiving, the mayor said."]
EN_RIGHT = ["Library adds Sunday hours", "By Lee Marsh", "The Dunmore Public Library will open",
            "from 1 to 5 p.m. on Sundays starting", "in June, the board decided.",
            "The change will cost about $18,000 a", "year in staff time, the director said.",
            "Volunteers from the Friends of the", "Library will staff the front desk on",
            "the first Sunday of each month."]


def test_english_columns_side_by_side_are_read_down_each() -> None:
    lines = ["B2   THE DUNMORE COURIER   MONDAY, MAY 5, 2025   LOCAL", "",
             *two_columns(EN_LEFT, EN_RIGHT, 44)]
    res = split_page(Page(source="p2.txt", lang="en", page_no=2, lines=tuple(lines)))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Council backs new bus shelters", "By Ana Pruitt"),
        ("Library adds Sunday hours", "By Lee Marsh")]
    assert " ".join(res.stories[0].paragraphs) == (
        "The Dunmore council voted 6-1 on Monday to build 12 bus shelters along Harbor Road "
        "before winter. The shelters will cost $180,000, paid from the state transit grant. Work "
        "starts in October, and the first six shelters should be open by Thanksgiving, the mayor said.")
    assert " ".join(res.stories[1].paragraphs).endswith("on the first Sunday of each month.")


def test_chinese_columns_side_by_side_are_read_down_each() -> None:
    left = ["县图书馆延长周末开放时间", "本报记者 周宁", "从本月起，县图书馆周六、周日开放",
            "时间延长至晚上9点，自习区新增座位", "80个，方便学生和上班族读书学习。",
            "图书馆还开通了线上预约服务，读者可", "通过公众号提前预约座位，每人每天",
            "最多预约一次，预约后保留半小时。"]
    right = ["城南社区老年食堂开张", "本报记者 韦岚", "11月5日，城南社区老年食堂正式开张，",
             "每天供应午餐和晚餐，70岁以上老人每", "餐可减免3元。", "食堂由社区闲置用房改造而成，可同时",
             "容纳90人就餐，对行动不便的独居老人", "还提供送餐上门服务。"]
    lines = ["A05　县报　2024年11月6日　星期三　社会", "", *two_columns(left, right, 42)]
    res = split_page(Page(source="p5.txt", lang="zh", page_no=5, lines=tuple(lines)))
    heads = [s.headline for s in res.stories]
    assert heads == ["县图书馆延长周末开放时间", "城南社区老年食堂开张"]
    assert "".join(res.stories[1].paragraphs) == (
        "11月5日，城南社区老年食堂正式开张，每天供应午餐和晚餐，70岁以上老人每餐可减免3元。"
        "食堂由社区闲置用房改造而成，可同时容纳90人就餐，对行动不便的独居老人还提供送餐上门服务。")


def test_a_headline_across_both_columns_parts_the_bands() -> None:
    """A line whose text runs across the right column's position (a headline set across the
    page) stays where it is; the columns above and below it are read each in its band."""
    top = two_columns(EN_LEFT, EN_RIGHT, 44)
    across = "Harbor Road repaving to close two lanes through the summer, city says"
    bottom = two_columns(["By Jo Tate", "Crews will repave Harbor Road from", "Main Street to the ferry dock."],
                         ["Detours will send drivers along", "Water Street during the work,", "the city said."], 44)
    out = unfold_columns(["B2   THE DUNMORE COURIER   MONDAY, MAY 5, 2025", "", *top, "", across, *bottom])
    assert out.index(across) > out.index("year in staff time, the director said.")
    assert out.index("Main Street to the ferry dock.") < out.index("Detours will send drivers along")


def test_a_single_column_with_an_aligned_table_is_left_as_it_is() -> None:
    """One column of text with a standings table whose cells line up: no two columns."""
    lines = ["Otters clinch Shore title", "By Lee Marsh",
             "The Otters beat the Grebes 21-17 on Friday to clinch the Shore League title,",
             "their first since 2011.", "",
             "SHORE LEAGUE STANDINGS",
             "Otters            6-0        8-1",
             "Grebes            4-2        6-3",
             "Herons            3-3        4-5",
             "Ospreys           2-4        3-6",
             "Terns             1-5        2-7",
             "Plovers           0-6        1-8", "",
             "The Otters host Cold Spring in the first round of the playoffs at 7 p.m. Friday.",
             "Tickets are $8 for adults and $4 for students at the gate."]
    assert unfold_columns(lines) == lines
