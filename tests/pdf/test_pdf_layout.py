"""Layout rules on small hand-made PDF pages: what geometry decides that text cannot.

Each page is drawn here with PyMuPDF (real fonts and sizes), read back with `read_pages` and
split; the assertions are about the articles a listener gets.
"""
from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_pages
from audiopaper.model import Edition
from audiopaper.split import split_pages

from .conftest import Canvas

L = "县图书馆从本月起将每天的开放时间延长至晚上9点，周末照常开放。"


def split(c: Canvas, tmp_path: Path) -> Edition:
    return split_pages(read_pages(c.save(tmp_path / "page.pdf")))


def test_spans_keep_size_weight_box_and_the_page_keeps_rules_and_images(tmp_path: Path) -> None:
    c = Canvas("en", 300, 200)
    c.text(20, 20, "Council weighs cuts", "headline").text(20, 50, "The council met on Monday.")
    c.rule(20, 70, 280, 70).image(20, 80, 120, 150)
    page = read_pages(c.save(tmp_path / "p.pdf"))[0]
    assert page.lang == "en" and page.layout is not None
    head, body = page.layout.spans
    assert (head.text, head.size, head.bold) == ("Council weighs cuts", 14.0, True)
    assert (body.size, body.bold) == (8.5, False) and body.bbox[0] == 20
    assert any(r[1] == r[3] == 70 and r[0] == 20 and r[2] == 280 for r in page.layout.rules)
    assert page.layout.images == ((20.0, 80.0, 120.0, 150.0),)


def test_big_type_is_a_headline_even_with_a_comma(tmp_path: Path) -> None:
    c = Canvas()
    c.text(20, 20, "夏日炎炎，书香正浓", "headline")
    c.column(20, 50, ["本报讯（记者 方雯）县图书馆从", "本月起将每天的开放时间延长", "至晚上9点。"],
             [True, False, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "夏日炎炎，书香正浓" and a.byline == "本报讯（记者方雯）"
    assert a.paragraphs == ("县图书馆从本月起将每天的开放时间延长至晚上9点。",)


def test_a_headline_spanning_two_columns_reads_them_left_to_right(tmp_path: Path) -> None:
    c = Canvas(width=300)
    c.text(20, 20, "全县夏粮开镰收割进度过半", "headline")
    c.column(20, 50, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期。"],
             [True, False, False])
    c.column(150, 50, ["截至6月11日，全县已收获", "小麦1.3万亩，机收率达到", "85%以上。"],
             [True, False, False])
    a, = split(c, tmp_path).articles
    assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期。",
                            "截至6月11日，全县已收获小麦1.3万亩，机收率达到85%以上。")


def test_the_lead_is_the_largest_headline_then_tops_then_left_to_right(tmp_path: Path) -> None:
    c = Canvas(width=420)
    for x, y, head, size in ((20, 20, "城南社区卫生服务中心投用", "headline"),
                             (220, 20, "重大项目攻坚推进", "lead"),
                             (20, 200, "县图书馆延长开放时间", "headline")):
        c.text(x, y, head, size)
        c.column(x, y + 40, ["本报讯（记者 李强）近日，", "有关工作正式启动。"], [True, False])
    titles = [a.headline for a in split(c, tmp_path).articles]
    assert titles == ["重大项目攻坚推进", "城南社区卫生服务中心投用", "县图书馆延长开放时间"]


def test_paragraphs_start_where_lines_are_indented(tmp_path: Path) -> None:
    c = Canvas()
    c.text(20, 20, "县图书馆延长开放时间", "headline")
    # a full line ending a sentence, then an indented line: a new paragraph; a short line
    # ending a sentence, then a flush line: the same paragraph goes on
    c.column(20, 50, ["本报讯 为方便读者错峰阅读，县", "图书馆从本月起延长开放时间。",
                      "周末照常开放。", "节假日另行通知。"], [True, False, True, False])
    a, = split(c, tmp_path).articles
    assert a.paragraphs == ("为方便读者错峰阅读，县图书馆从本月起延长开放时间。",
                            "周末照常开放。节假日另行通知。")


def test_a_drawn_rule_ends_a_story_even_without_white_space(tmp_path: Path) -> None:
    def page(rule: bool) -> Edition:
        c = Canvas()
        c.text(20, 20, "县图书馆延长开放时间", "headline")
        lines = ["本报讯 县图书馆从本月起将", "开放时间延长至晚上9点。", "城南社区卫生服务中心近日",
                 "正式投入使用。"]
        c.column(20, 50, lines, [True, False, True, False])
        if rule:
            c.rule(20, 50 + 2 * 13.5 - 1.5, 200, 50 + 2 * 13.5 - 1.5)
        return split(c, tmp_path)
    assert len(page(rule=False).articles) == 1
    first, second = page(rule=True).articles
    assert first.paragraphs == ("县图书馆从本月起将开放时间延长至晚上9点。",)
    assert second.headline is None and second.paragraphs == ("城南社区卫生服务中心近日正式投入使用。",)


def test_a_pull_quote_inside_running_text_is_skipped(tmp_path: Path) -> None:
    c = Canvas("en", 300, 300)
    c.text(20, 20, "Council weighs cuts", "headline")
    y = c.column(20, 50, ["The council will weigh cuts", "to the library and the"], [True, False])
    c.text(20, y + 6, '"We knew this was coming."', "quote")
    c.column(20, y + 36, ["pool on Monday night."], [False])
    a, = split(c, tmp_path).articles
    ed = split(c, tmp_path)
    assert a.paragraphs == ("The council will weigh cuts to the library and the pool on Monday night.",)
    assert ed.skipped == ('"We knew this was coming."',)


def test_an_image_with_caption_and_credit_is_a_photo_item(tmp_path: Path) -> None:
    c = Canvas()
    c.text(20, 20, "荷花映碧水", "label").image(20, 40, 220, 140)
    c.text(20, 146, "6月11日，青溪湖湿地公园荷花竞相开放。", "caption")
    c.text(150, 160, "通讯员 谢晓 摄", "credit")
    a, = split(c, tmp_path).articles
    assert (a.kind, a.headline, a.byline) == ("photo", "荷花映碧水", "通讯员 谢晓 摄")
    assert a.paragraphs == ("6月11日，青溪湖湿地公园荷花竞相开放。",)
