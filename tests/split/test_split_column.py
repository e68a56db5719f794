"""The column a paragraph break is measured against: a line that runs on was set full."""
from __future__ import annotations

from audiopaper.split.lines import Line
from audiopaper.split.paragraphs import build_body
from audiopaper.split.text import set_width, width


def lines_of(texts: list[str]) -> list[Line]:
    return [Line(n * 2, t, width(t), 1, loose=True) for n, t in enumerate(texts)]


def test_set_width_squeezes_pause_marks_and_extraction_spaces() -> None:
    assert set_width("大、主体活力迸发、集聚态势良") == width("大、主体活力迸发、集聚态势良") - 2
    assert set_width("截至 6 月底，全县新增") == width("截至6月底全县新增") + 1  # ， is half
    assert set_width("项目已全部完工。") == width("项目已全部完工")  # hung 。 is not in it


def test_a_running_line_measures_a_column_too_short_to_measure_otherwise() -> None:
    # Three lines of a wide column: the second widest line is the short sentence end, so
    # only the full first line shows that the sentence end left room: a new paragraph.
    lines = ["春耕时节已到，田间地头一派繁忙。每一位农", "户都在抢抓农时，不误春光。", "丰收靠汗水。"]
    body = build_body(lines_of(lines), "zh")
    assert body.paragraphs == ["春耕时节已到，田间地头一派繁忙。每一位农户都在抢抓农时，不误春光。",
                               "丰收靠汗水。"]


def test_squeezed_pause_marks_do_not_widen_the_column() -> None:
    # The second line holds one character more than the column thanks to two squeezed 、;
    # taken at face value it would make the full sentence-ending third line look short.
    lines = ["今年以来全县产业规模持续壮", "大、主体活力迸发、集聚态势良", "好，各项工作取得明显成效。",
             "下一步，全县将继续加大投入", "力度。"]
    body = build_body(lines_of(lines), "zh")
    assert len(body.paragraphs) == 1


def test_a_sentence_end_line_does_not_measure_the_column() -> None:
    # A line ending a sentence may end its paragraph short: it proves nothing about the column.
    lines = ["县里召开会议部署工作，要求各地抓好落", "实。", "会议强调，要压实责任。", "各乡镇要抓紧行动起来，切实做好各项准备"]
    body = build_body(lines_of(lines), "zh")
    assert body.paragraphs[0] == "县里召开会议部署工作，要求各地抓好落实。"
