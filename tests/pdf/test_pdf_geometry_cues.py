"""Geometry cues of the PDF path, one small hand-drawn page each (issue 10, item 6).

Each test draws a page where one cue decides the answer and was checked to fail with the cue
taken out of the layout code (the docstring says how it failed).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

from audiopaper.ingest import read_pages
from audiopaper.model import Edition
from audiopaper.split import split_pages

from .conftest import Canvas
from .makepdf import EN, Style, text_width


def split(c: Canvas, tmp_path: Path) -> Edition:
    return split_pages(read_pages(c.save(tmp_path / "page.pdf")))


COL1 = ["The county will open two walk-in", "clinics next month, officials",
        "said on Monday.", "The clinics will offer flu and", "childhood vaccines at no cost."]
COL2 = ["Appointments are not needed,", "and the clinics will stay open",
        "until 7 p.m. on weekdays.", "Parking is free at both sites,", "the county said."]
# where paragraphs open: two in the first column, the second going on into the next column
COL1_STARTS = [True, False, False, True, False]
COL2_STARTS = [False, False, False, True, False]


def story(c: Canvas, x: float, y: float, right: float) -> float:
    """The invented story's text in two columns at `x` and `right`, its tops at `y`; the foot
    of the first column."""
    bottom = c.column(x, y, COL1, COL1_STARTS)
    c.column(right, y, COL2, COL2_STARTS)
    return bottom


def test_a_paragraph_starts_right_of_its_own_blocks_edge(tmp_path: Path) -> None:
    """A centred headline's short second line starts just left of the second column: measured
    against every line of the page (the cue taken out), each flush line of that column read
    as indented and every line became a paragraph (6 paragraphs instead of 3)."""
    c = Canvas("en", 320, 260)
    c.text(40, 20, "County opens two new vaccine", "headline")
    c.text(136, 37, "clinics in May", "headline")
    story(c, 20, 60, 160)
    a, = split(c, tmp_path).articles
    assert a.headline == "County opens two new vaccine clinics in May"
    assert len(a.paragraphs) == 3
    assert a.paragraphs[1].startswith("The clinics") and a.paragraphs[2].startswith("Parking")


def _draw(path: Path, draw: Callable[[pymupdf.Page], None]) -> Path:
    """Draw more on page 1 of a saved PDF (vector shapes, painted text)."""
    doc = pymupdf.open(path)
    draw(doc[0])
    out = path.with_name("drawn.pdf")
    doc.save(out)
    return out


def test_a_crossed_box_is_a_photo_whose_label_and_caption_go_with_it(tmp_path: Path) -> None:
    """A photo drawn as a vector frame (a box crossed corner to corner) under its label, with
    caption and credit below: with frames not read as images (the cue taken out), the photo
    lost its label (no headline)."""
    c = Canvas("en", 400, 300)
    c.text(20, 20, "County opens vaccine clinics", "headline")
    c.column(20, 45, COL1, COL1_STARTS)
    c.text(240, 20, "SPRING THAW", "label")
    c.text(240, 130, "Kayakers paddle past ice floes on the", "caption")
    c.text(240, 140, "Wren River on Wednesday afternoon.", "caption")
    c.text(300, 152, "Photo by Mateo Okonkwo", "credit")

    def frame(pg: pymupdf.Page) -> None:
        box = pymupdf.Rect(240, 38, 380, 124)
        pg.draw_rect(box, width=1.0)
        pg.draw_line(box.tl, box.br, width=0.4)
        pg.draw_line(box.tr, box.bl, width=0.4)
    pdf = _draw(c.save(tmp_path / "page.pdf"), frame)
    page = read_pages(pdf)[0]
    assert page.layout is not None and page.layout.images == ((240.0, 38.0, 380.0, 124.0),)
    story, photo = split_pages([page]).articles
    assert story.headline == "County opens vaccine clinics"
    assert photo.kind == "photo" and photo.headline == "SPRING THAW"
    assert photo.byline == "Photo by Mateo Okonkwo"
    assert photo.paragraphs == ("Kayakers paddle past ice floes on the Wren River on Wednesday "
                                "afternoon.",)


def test_text_painted_filled_and_stroked_is_bold_a_small_kicker(tmp_path: Path) -> None:
    """A kicker in body-size type made bold by painting it filled and stroked (no bold cut):
    read as plain (the cue taken out), it was body text, and the headline under it a pull quote
    skipped as furniture."""
    c = Canvas("zh", 300, 260)
    c.text(20, 48, "全县夏粮开镰收割进度过半", "headline")
    c.column(20, 75, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期。"],
             [True, False, False])

    def kicker(pg: pymupdf.Page) -> None:
        pg.insert_text((20, 38), "县委书记在夏收现场调度时强调", fontname="china-s", fontsize=9.5,
                       render_mode=2)
    a, = split_pages(read_pages(_draw(c.save(tmp_path / "page.pdf"), kicker))).articles
    assert a.kicker == "县委书记在夏收现场调度时强调"
    assert a.headline == "全县夏粮开镰收割进度过半"
    assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期。",)


def test_a_byline_run_into_the_text_and_broken_by_the_column_is_found_whole(tmp_path: Path
                                                                             ) -> None:
    """`By Colette Okonkwo / Staff` over `Writer MILLBROOK — Facing…`: the byline rule sees the
    two lines as one.  Line by line (the cue taken out), the byline was cut short (`By Colette
    Okonkwo / Staff`) and `Writer` opened the story."""
    c = Canvas("en", 220, 200)
    c.text(20, 20, "Council weighs cuts", "headline")
    c.column(20, 45, ["By Colette Okonkwo / Staff", "Writer MILLBROOK — Facing a",
                      "projected hole in next year's", "budget, the council met.",
                      "The draft plan would close a", "branch library on Mondays."],
             [False, False, False, False, True, False])
    a, = split(c, tmp_path).articles
    assert a.byline == "By Colette Okonkwo / Staff Writer"
    assert a.paragraphs[0] == ("MILLBROOK — Facing a projected hole in next year's budget, the "
                               "council met.")


def test_a_boxed_pull_quote_does_not_cut_its_story_in_two(tmp_path: Path) -> None:
    """A pull quote boxed by a drawn frame inside a story's column: the frame's sides are no
    rules between stories.  Read as rules (the cue taken out), the box cut the column in two
    and the text under it became a story of its own."""
    c = Canvas("zh", 220, 330)
    c.text(20, 20, "全县夏粮开镰收割进度过半", "headline")
    y = c.column(20, 48, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期，各镇组织农机"],
                 [True, False, False])
    c.text(24, y + 9, "“今年的麦子颗粒饱满”", "quote")
    c.rule(18, y + 4, 140, y + 4).rule(18, y + 30, 140, y + 30)
    c.rule(18, y + 4, 18, y + 30).rule(140, y + 4, 140, y + 30)
    c.column(20, y + 36, ["抢收抢晒，确保颗粒归仓。", "截至6月11日，全县已收获", "小麦1.3万亩。"],
             [False, True, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期，各镇组织农机抢收抢晒，确保颗粒归仓。",
                            "截至6月11日，全县已收获小麦1.3万亩。")
    assert any("颗粒饱满" in s for s in ed.skipped)


def test_a_line_that_is_only_a_byline_is_a_byline_whatever_its_type(tmp_path: Path) -> None:
    """A line that is nothing but the byline a body opens or ends with, set on its own: a
    byline, even in type a size above the body's (or in equal short phrases, never a banner
    slogan).  Without the cue, `（本报记者 吴勇宇）` in larger type joined the headline."""
    c = Canvas("zh", 520, 200)
    c.text(20, 20, "全国春季农业生产工作会议在京召开", "headline")
    c.text(20, 44, "（记者 杨岚凯 通讯员 蔡霞）", "byline")
    c.column(20, 60, ["全国春季农业生产工作会议", "17日在北京召开。"], [True, False])
    c.text(290, 20, "社区食堂让老人吃上热乎饭", "headline")
    c.text(290, 42, "（本报记者 吴勇宇）", "sub")
    c.column(290, 60, ["每天上午11点，社区的", "食堂里就飘出饭菜香。"], [True, False])
    a, b = split(c, tmp_path).articles
    assert a.headline == "全国春季农业生产工作会议在京召开"
    assert (a.byline or "").replace(" ", "") == "（记者杨岚凯通讯员蔡霞）"
    assert b.headline == "社区食堂让老人吃上热乎饭"
    assert (b.byline or "").replace(" ", "") == "（本报记者吴勇宇）"


def test_a_continued_from_line_under_a_headline_belongs_to_that_story(tmp_path: Path) -> None:
    """`Continued from Page A1` set between a continuation's headline and its text marks that
    story.  Kept for the next story to start (the cue taken out), it marked the story after."""
    c = Canvas("en", 360, 200)
    c.text(20, 20, "Levy", "headline")
    c.text(20, 42, "Continued from Page A1", "jump")
    c.column(20, 56, COL2, [True, False, False, True, False])
    c.text(190, 20, "Clinics open", "headline")
    c.column(190, 42, COL1, COL1_STARTS)
    levy, clinics = split(c, tmp_path).articles
    assert (levy.headline, levy.continued_from) == ("Levy", 1)
    assert (clinics.headline, clinics.continued_from) == ("Clinics open", None)


def test_a_short_line_a_size_above_the_text_under_a_headline_is_its_deck(tmp_path: Path) -> None:
    """A deck set only a size above the text (11 pt over 10 pt body), ending no sentence, is
    display type.  By the size threshold alone (the cue taken out) it was body text and the
    page read as two stories."""
    c = Canvas("zh", 260, 220)
    body = Style("china-s", 10, 1.5)
    c.text(20, 20, "对标一流 服务企业", "headline")
    c.text(20, 44, "赵明川主持 许文清 韩雪梅出席", "sub")
    for k, s in enumerate(["本报讯（记者 梁晨）3月17日", "上午，全县优化营商环境大", "会召开。"]):
        c.ops.append(("text", (20 + (20 if k == 0 else 0), 64 + 15 * k, s, body)))
    a, = split(c, tmp_path).articles
    assert a.headline == "对标一流 服务企业" and a.subheadline == "赵明川主持 许文清 韩雪梅出席"
    assert a.paragraphs == ("3月17日上午，全县优化营商环境大会召开。",)


def test_a_headline_centred_over_three_columns_heads_the_first_too(tmp_path: Path) -> None:
    """A short headline centred over three columns leaves white space above the first column;
    its box is widened to its columns, so no cut runs down beside it.  Without the cue the
    first column was read apart from the headline, as a story of its own."""
    c = Canvas("zh", 460, 200)
    last = ["到85%以上，夏粮收购工作", "同步展开。"]
    right = 300 + max(text_width(s, c.style("body")) for s in last)
    head = "夏粮收割过半"
    c.text((20 + right - text_width(head, c.style("headline"))) / 2, 20, head, "headline")
    c.column(20, 50, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期，各镇组织农机"],
             [True, False, False])
    c.column(160, 50, ["抢收抢晒，确保颗粒归仓。", "截至6月11日，全县已收获", "小麦1.3万亩，机收率达"],
             [False, True, False])
    c.column(300, 50, last, [False, False])
    a, = split(c, tmp_path).articles
    assert a.headline == head
    assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期，各镇组织农机抢收抢晒，确保颗粒归仓。",
                            "截至6月11日，全县已收获小麦1.3万亩，机收率达到85%以上，夏粮收购工作"
                            "同步展开。")


def test_a_motto_in_the_page_header_and_a_footer_line_are_furniture(tmp_path: Path) -> None:
    """A motto between the masthead and the date line, above the first headline, and a line of
    small type under all the text: page furniture by where they sit.  Without the cue the
    motto became a story of its own and the footer line ran on in the last story's text."""
    c = Canvas("en", 420, 300)
    c.text(20, 15, "The Copper Ridge Ledger", "masthead")
    c.text(20, 52, "Independent. Local. Daily.", "small")
    c.text(20, 66, "SATURDAY, JANUARY 10, 2026 | VOL. 35, NO. 285 | $1.50", "header")
    c.rule(20, 82, 400, 82)
    c.text(20, 92, "Clinics open", "headline")
    y = c.column(20, 114, COL1, COL1_STARTS)
    c.text(20, y + 14, "Shop local. Keep Main Street alive", "small")
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open" and a.paragraphs[-1].endswith("at no cost.")
    assert "Independent. Local. Daily." in ed.skipped
    assert "Shop local. Keep Main Street alive" in ed.skipped


def _vertical_page(tmp_path: Path, rotated: bool) -> Path:
    c = Canvas("zh", 300, 200)
    c.column(60, 30, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期。"],
             [True, False, False])
    c.column(180, 30, ["截至6月11日，全县已收获", "小麦1.3万亩。"], [True, False])

    def heading(pg: pymupdf.Page) -> None:
        if rotated:  # one run of text turned upright, read bottom to top
            pg.insert_text((40, 126), "夏粮收割过半", fontname="china-s", fontsize=16, rotate=90)
            return
        y = 44.0
        for ch in "夏粮收割过半":  # glyph by glyph, one under another
            pg.insert_text((24, y), ch, fontname="china-s", fontsize=16)
            y += 18
    return _draw(c.save(tmp_path / "page.pdf"), heading)


def test_a_vertical_heading_glyph_by_glyph_or_turned_is_one_headline(tmp_path: Path) -> None:
    """A headline set vertically left of its story: glyphs drawn one under another are one
    line, and a turned run is one line already (PyMuPDF gives it as one span).  Without the
    stacking cue each glyph was a line of its own: the headline read `夏 粮 收 割 过 半`."""
    for rotated in (False, True):
        a, = split_pages(read_pages(_vertical_page(tmp_path, rotated))).articles
        assert a.headline == "夏粮收割过半", rotated
        assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期。", "截至6月11日，全县已收获小麦1.3万亩。")


def test_text_drawn_glyph_by_glyph_without_space_glyphs_reads_as_words(tmp_path: Path) -> None:
    """Many e-paper PDFs draw every glyph as its own text run and leave spaces out (the next
    word just starts further right): spans on one baseline join into a line, a gap wider than
    WORD_GAP ems is a space.  (No new cue: this pins what `text_lines` already does.)"""
    c = Canvas("en", 260, 160)
    c.text(20, 20, "Clinics open", "headline")
    st = c.style("body")

    def glyphs(pg: pymupdf.Page) -> None:
        for k, line in enumerate(COL1):
            x = 20.0 + (st.size if k in (0, 3) else 0)
            for ch in line:
                if ch != " ":
                    pg.insert_text((x, 52 + k * st.size * st.pitch), ch, fontname="helv",
                                   fontsize=st.size)
                x += text_width(ch, st)
    a, = split_pages(read_pages(_draw(c.save(tmp_path / "page.pdf"), glyphs))).articles
    assert a.paragraphs == ("The county will open two walk-in clinics next month, officials said "
                            "on Monday.", "The clinics will offer flu and childhood vaccines at "
                            "no cost.")


def test_small_print_tucked_under_a_data_box_label_is_furniture_with_it(tmp_path: Path) -> None:
    """A data box: its label (furniture by the tables) with figures in small type right under
    it.  Without the cue the figures were read aloud as text, not skipped."""
    c = Canvas("en", 400, 200)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1, COL1_STARTS)
    c.text(220, 20, "BY THE NUMBERS", "logo")
    c.text(220, 34, "735: miles of road repaved", "small")
    c.text(220, 44, "208: new hires", "small")
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open"
    assert "BY THE NUMBERS" in ed.skipped and "735: miles of road repaved 208: new hires" in ed.skipped


def test_a_byline_wider_than_its_column_on_two_lines_is_one_byline(tmp_path: Path) -> None:
    """`By Samir Warrick / Staff` over `Writer` in byline type: one byline.  Line by line (the
    cue taken out), `Writer` was a subheadline and the byline was cut short."""
    c = Canvas("en", 200, 200)
    c.text(20, 20, "Police seek witnesses", "headline")
    c.text(20, 40, "By Samir Warrick / Staff", "byline").text(20, 51.5, "Writer", "byline")
    c.column(20, 66, COL1, COL1_STARTS)
    a, = split(c, tmp_path).articles
    assert a.byline == "By Samir Warrick / Staff Writer" and a.subheadline is None
    assert a.paragraphs[0].startswith("The county will open")


def test_a_data_box_in_display_type_is_not_cut_after_its_source_line(tmp_path: Path) -> None:
    """A data box set in display type whose label and source line are furniture by the tables:
    only a tag of one or two lines at the top is cut off a display block.  Cut after the
    source line (the cue taken out), its wrapped last line became a story's headline."""
    c = Canvas("en", 220, 360)
    c.text(20, 20, "Clinics open", "headline")
    y = c.column(20, 42, COL1, COL1_STARTS)
    for k, s in enumerate(["BY THE NUMBERS", "531: new hires", "623: miles of road",
                           "Source: Birch Harbor", "planning office"]):
        c.text(20, y + 12 + 15 * k, s, "quote")
    c.column(20, y + 95, COL2, [True, False, False, True, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]


def test_a_stack_lines_wrapped_rest_is_read_on_the_line_before(tmp_path: Path) -> None:
    """A deck wrapped by its column leaves one glyph on a line of its own: read on the full
    line before it.  As a stack line of its own (the cue taken out) the glyph joined the
    headline."""
    c = Canvas("zh", 220, 200)
    c.text(20, 20, "社区食堂让老人吃上热乎饭", "headline")
    c.text(20, 42, "——记城南街道桂花社区党委书记陈素", "sub").text(20, 56, "芬", "sub")
    c.column(20, 76, ["本报讯（记者 黄怡）每天上午", "11点，社区食堂就飘出饭菜香。"], [True, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "社区食堂让老人吃上热乎饭"
    assert (a.subheadline or "").replace(" ", "") == "——记城南街道桂花社区党委书记陈素芬"


def test_a_line_under_a_page_header_label_is_furniture_with_it(tmp_path: Path) -> None:
    """`枫阳天气` (a page-header label) with the weather right under it in the same type: the
    weather is furniture with its label.  Without the cue it was read as a story."""
    c = Canvas("zh", 300, 200)
    c.text(20, 15, "枫阳天气", "logo").text(20, 29, "晴 -3～7℃ 东风2级", "header")
    c.text(150, 15, "2025年4月6日 星期日", "header")
    c.text(20, 56, "全县夏粮开镰收割进度过半", "headline")
    c.column(20, 80, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期。"],
             [True, False, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["全县夏粮开镰收割进度过半"]
    assert "晴 -3～7℃ 东风2级" in ed.skipped


def test_big_type_at_the_top_right_over_the_date_line_is_the_masthead(tmp_path: Path) -> None:
    """The paper's title in the largest type at the very top, right over the page-header date
    line: furniture.  Without the cue it was the first story's headline."""
    c = Canvas("en", 420, 260)
    c.text(20, 15, "Kettle Creek Gazette", "masthead")
    c.text(20, 52, "FRIDAY, JUNE 6, 2025 • Vol. 114, No. 157 • 75 cents", "header")
    c.text(20, 80, "Clinics open", "headline")
    c.column(20, 102, COL1, COL1_STARTS)
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert ed.articles[0].kicker is None and "Kettle Creek Gazette" in ed.skipped


def test_a_byline_ending_inside_the_first_line_is_cut_where_it_ends(tmp_path: Path) -> None:
    """`By Caleb Kettering / Staff Writer ALDER` over `FALLS — When…`: the byline ends inside
    the first line and the dateline it runs into goes on below; the byline becomes a line of
    its own.  Without the cue the byline took `ALDER` with it."""
    c = Canvas("en", 220, 200)
    c.text(20, 20, "Hardware store marks 75 years", "headline")
    c.column(20, 45, ["By Caleb Kettering / Staff Writer ALDER", "FALLS — When Walt Brennan's",
                      "grandfather opened the store in", "1950, nails cost a quarter."],
             [False, False, False, False])
    a, = split(c, tmp_path).articles
    assert a.byline == "By Caleb Kettering / Staff Writer"
    assert a.paragraphs[0].startswith("ALDER FALLS — When Walt")


def test_a_photo_credit_wrapped_under_its_caption_in_the_same_type(tmp_path: Path) -> None:
    """A credit set in the caption's type and wrapped onto two lines under it: the last two
    lines read together are the credit.  Line by line (the cue taken out), no credit was found
    and the photo read as a news story."""
    c = Canvas("en", 400, 260)
    c.text(220, 20, "Clinics open", "headline")
    c.column(220, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    c.text(20, 20, "SPRING THAW", "label")
    c.image(20, 38, 180, 120)
    for k, s in enumerate(["Kayakers paddle past ice floes on", "the Wren River on Wednesday.",
                           "REGGIE THIBODEAUX / Heron Springs", "Ledger"]):
        c.text(20, 126 + 10 * k, s, "caption")
    _, a = split(c, tmp_path).articles  # the lead (largest headline) first
    assert a.kind == "photo" and a.headline == "SPRING THAW"
    assert a.byline == "REGGIE THIBODEAUX / Heron Springs Ledger"
    assert a.paragraphs == ("Kayakers paddle past ice floes on the Wren River on Wednesday.",)


def test_a_furniture_line_in_display_type_wrapped_by_its_column_stays_whole(tmp_path: Path
                                                                             ) -> None:
    """`Scan the code to read` over `today's e-edition` in display type: a tag that fills its
    block with a shorter line under it is one wrapped line, not a tag over a kicker.  Cut after
    the tag (the cue taken out), `today's e-edition` was a story's headline."""
    c = Canvas("en", 400, 220)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1, COL1_STARTS)
    c.text(220, 20, "Scan the code to read", "logo").text(220, 33, "today's e-edition", "logo")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]


def test_a_line_under_the_footer_furniture_is_furniture(tmp_path: Path) -> None:
    """A classified ad in text-size type under the page's footer lines, below all its stories:
    furniture by where it sits.  Without the cue it was read aloud, not skipped."""
    c = Canvas("en", 300, 260)
    c.text(20, 20, "Clinics open", "headline")
    y = c.column(20, 42, COL1, COL1_STARTS)
    c.text(20, y + 14, "News tips? Call 555-0921 or email desk@copper.example", "small")
    c.text(20, y + 26, "FOR RENT Two-bedroom, quiet street. Call 555-0932.", "body")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert "FOR RENT Two-bedroom, quiet street. Call 555-0932." in ed.skipped


def test_a_short_head_over_a_little_small_print_is_a_notice(tmp_path: Path) -> None:
    """`YARD SALE` in display type over two lines of small print, no picture, byline or
    credit: a classified notice, skipped.  Without the cue it was read as a story."""
    c = Canvas("en", 400, 220)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1, COL1_STARTS)
    c.text(220, 20, "YARD SALE", "notice")
    c.text(220, 38, "Saturday 8-2, 14 Elm Street.", "small").text(220, 48, "Call 555-0182.", "small")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert "YARD SALE" in ed.skipped


def test_a_stack_wider_than_the_first_column_is_cut_off_before_its_columns(tmp_path: Path
                                                                           ) -> None:
    """A deck wider than the first column (so no gutter cut runs past it), a byline alone on
    the first column's first line, level with the second column's first line, which a pull
    quote parts from the rest of that column: the stack is cut off whole, then the columns
    are read left to right.  Without the cue a thin strip under the byline was cut first, the
    second column's first line was read before the first column's text and the page read as
    two stories."""
    c = Canvas("zh", 300, 260)
    c.text(20, 20, "全县夏粮开镰收割", "headline")
    c.text(20, 42, "——记农机手的抢收时节与丰收喜悦", "sub")
    c.text(38, 62, "本报讯（记者 石磊）", "byline")
    c.column(20, 75.5, ["眼下，全县4.2万亩小麦陆续", "进入收获期，各镇组织农机", "抢收抢晒，"],
             [False, False, False])
    c.column(150, 62, ["确保颗粒归仓，全县上下"], [False])
    c.text(150, 82, "「颗粒归仓」", "quote")
    c.column(150, 104, ["齐心协力。", "截至6月11日，全县已收获", "小麦1.3万亩。"], [False, True, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期，各镇组织农机抢收抢晒，确保颗粒归仓，"
                            "全县上下齐心协力。", "截至6月11日，全县已收获小麦1.3万亩。")


def test_a_pull_quote_at_the_head_of_the_next_column_is_skipped(tmp_path: Path) -> None:
    """A pull quote set at the head of the next column while the text runs on from the foot
    of this one (into the column after the quote): skipped.  Without the cue it was a story's
    headline, with the text after it as that story."""
    c = Canvas("zh", 420, 200)
    c.text(20, 20, "全县夏粮开镰收割进度过半", "headline")
    c.column(20, 48, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期，各镇组织农机"],
             [True, False, False])
    c.text(150, 52, "「颗粒归仓」", "quote")
    c.column(280, 48, ["抢收抢晒，确保颗粒归仓。"], [False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.paragraphs == ("眼下，全县4.2万亩小麦陆续进入收获期，各镇组织农机抢收抢晒，确保颗粒归仓。",)
    assert "「颗粒归仓」" in ed.skipped


def test_a_brief_closed_by_a_tail_byline_is_no_pull_quote_setting(tmp_path: Path) -> None:
    """Briefs stacked in a column, each ending in its tail byline `（通讯员 余斌霞）`: the
    byline closes the text, so the next brief's head under it is no pull quote.  Without the
    cue the head was skipped and the two briefs ran together."""
    c = Canvas("zh", 200, 260)
    c.text(20, 20, "县农商银行发放助农贷款", "brief")
    c.column(20, 40, ["今年以来，县农商银行累计发", "放助农贷款3.2亿元（通讯", "员 余斌霞）"],
             [True, False, False])
    c.text(20, 90, "县老年大学春季学期结业", "brief")
    c.column(20, 110, ["6月18日，县老年大学春季学", "期结业典礼举行。"], [True, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["县农商银行发放助农贷款", "县老年大学春季学期结业"]


def test_a_logo_below_a_story_does_not_join_the_photo_beside_it(tmp_path: Path) -> None:
    """A data box's label set into a story's column, then (in reading order) a photo at the
    head of the next column, level with the story: a logo joins only a story it sits over, so
    the photo keeps its own box and the two are heard left to right.  Without the cue the
    label joined the photo, whose box then reached the first column, and the photo was heard
    first."""
    c = Canvas("en", 400, 360)
    c.text(20, 20, "Council weighs $4.2 million in cuts", "lead")
    c.column(20, 48, COL2[:3], [True, False, False])
    c.text(20, 101, "Clinics open in May", "headline")
    y = c.column(20, 124, COL1, COL1_STARTS)
    c.text(20, y + 4, "BY THE NUMBERS", "logo")
    c.text(20, y + 18, "735: miles of road repaved", "small")
    c.column(20, y + 30, COL2, COL2_STARTS)
    c.text(220, 100, "SPRING THAW", "label")
    c.image(220, 118, 380, 200)
    c.text(220, 206, "Kayakers paddle past ice floes.", "caption")
    c.text(300, 217, "Photo by Mateo Okonkwo", "credit")
    heads = [a.headline for a in split(c, tmp_path).articles]
    assert heads == ["Council weighs $4.2 million in cuts", "Clinics open in May", "SPRING THAW"]


def _right(c: Canvas, x1: float, y: float, s: str, style: str) -> None:
    """A line set flush right, ending at x1."""
    c.text(x1 - text_width(s, c.style(style)), y, s, style)


def test_a_headline_centred_over_a_box_wider_than_its_text_heads_its_first_column(
        tmp_path: Path) -> None:
    """A headline centred over a four-column box whose text fills three columns (the fourth
    left empty): it is over the second and third columns only, and centred over none of its
    runs of columns.  The first column starts level with the others and has nothing over it:
    it is the headline's too.  Without the cue (orphan columns in `_widen_centred`) the first
    column was read apart from the headline, as a story with no headline, heard before it."""
    c = Canvas("en", 680, 200)
    head = "Clinics open in May"
    c.text(340 - text_width(head, c.style("headline")) / 2, 20, head, "headline")
    story(c, 20, 45, 180)
    c.column(340, 45, ["The health office", "said more sites", "may follow."], [True, False, False])
    a, = split(c, tmp_path).articles
    assert a.headline == head
    assert a.paragraphs[0].startswith("The county will open") and len(a.paragraphs) == 4


def test_a_boxed_pull_quote_does_not_hold_the_rows_together(tmp_path: Path) -> None:
    """A pull quote boxed at the foot of a story's second column (its text runs on in the
    third), with the next row of stories under it: boxed display type is no headline stack, so
    the white strip under it still cuts the rows apart.  Taken for a stack (the cue taken out),
    the strip was kept and the page was cut down the columns first: the lower story took the
    upper one's last column."""
    c = Canvas("en", 520, 330)
    c.text(20, 20, "Clinics open in May", "headline")
    c.column(20, 45, COL1, COL1_STARTS)
    y = c.column(190, 45, COL2[:2], [False, False])
    c.column(360, 45, COL2[2:], [False, True, False])
    c.text(194, y + 8, "“at no cost”", "quote")
    c.rule(188, y + 4, 320, y + 4).rule(188, y + 30, 320, y + 30)
    c.rule(188, y + 4, 188, y + 30).rule(320, y + 4, 320, y + 30)
    c.text(20, y + 50, "Road work on Route 12", "headline")
    c.column(20, y + 72, ["Crews will repave a stretch of", "Route 12 starting Monday."],
             [True, False])
    c.column(190, y + 72, ["Expect delays, officials said."], [False])
    ed = split(c, tmp_path)
    first, second = ed.articles
    assert first.headline == "Clinics open in May"
    assert first.paragraphs[-1] == "Parking is free at both sites, the county said."
    assert second.headline == "Road work on Route 12"
    assert second.paragraphs[-1].endswith("officials said.")


def test_a_motto_in_display_type_between_header_lines_is_furniture(tmp_path: Path) -> None:
    """A masthead's motto set a size above the text, between the title and the date line (so
    tight under the title that it is not tucked under it): only header furniture above it and
    a date line right under it make it furniture.  Read as
    display type (the cue taken out), it was the first story's headline."""
    c = Canvas("en", 420, 260)
    c.text(20, 15, "The Copper Ridge Ledger", "masthead")
    c.text(20, 49, "Copper Ridge's hometown paper", "sub")  # tight under the title
    c.text(20, 68, "SATURDAY, JANUARY 10, 2026 | VOL. 35, NO. 285 | $1.50", "header")
    c.text(20, 92, "Clinics open", "headline")
    c.column(20, 114, COL1, COL1_STARTS)
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open"
    assert "Copper Ridge's hometown paper" in ed.skipped


def test_a_line_flush_right_under_a_photos_caption_is_its_credit(tmp_path: Path) -> None:
    """A credit set flush right with the photo under its caption, too long for the byline
    table (a photographer and a paper's long name), and one wrapped onto a second line flush
    right: the photo's credit by where it sits.  Without the cue the first was read as a second
    paragraph of the caption and the second lost its wrapped rest (`Observer`)."""
    c = Canvas("en", 580, 200)
    c.text(420, 20, "Clinics open", "headline")
    c.column(420, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    c.text(20, 20, "SPRING THAW", "label")
    c.image(20, 38, 190, 110)
    c.text(20, 114, "Kayakers paddle past ice floes.", "caption")
    _right(c, 190, 126, "COLETTE THIBODEAUX / Willow Harbor Tribune", "credit")
    c.text(220, 20, "BLOOMING BUSINESS", "label")
    c.image(220, 38, 390, 110)
    c.text(220, 114, "Volunteers plant marigolds on Main Street.", "caption")
    _right(c, 390, 126, "JONAH DELACROIX / Flint Crossing", "credit")
    _right(c, 390, 135.5, "Observer", "credit")
    _, first, second = split(c, tmp_path).articles
    assert first.byline == "COLETTE THIBODEAUX / Willow Harbor Tribune"
    assert first.paragraphs == ("Kayakers paddle past ice floes.",)
    assert second.byline == "JONAH DELACROIX / Flint Crossing Observer"


def test_display_type_beside_a_headline_heads_nothing(tmp_path: Path) -> None:
    """A promo line in bold text type at the head of an empty column, level with the next
    column's headline: display type stacks downwards, so a block beside the stack heads
    something else (`_beside`), and display type with nothing under it is furniture
    (`_unattached`; its words are too long for a banner's short phrases).  Without the first
    cue it was read as the story's headline, the real headline as its deck; without the
    second, as a story of its own with a headline and no text."""
    c = Canvas("en", 320, 200)
    c.text(20, 20, "Subscriptions make", "brief").text(20, 32, "wonderful presents", "brief")
    c.text(180, 20, "Clinics open", "headline")
    c.column(180, 42, COL1, COL1_STARTS)
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open" and a.subheadline is None
    assert "Subscriptions make wonderful presents" in ed.skipped


def test_a_line_right_over_the_footer_furniture_is_furniture(tmp_path: Path) -> None:
    """A promo line in text type right over the footer's furniture lines, with text running on
    lower in the next column (so it is not under all the page's text): furniture by where it
    sits.  Without the cue it was read as a story of its own."""
    c = Canvas("en", 320, 260)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    c.text(160, 20, "Road work on Route 12", "brief")
    c.column(160, 40, ["Crews will repave Route 12", "starting Monday."], [True, False])
    c.text(160, 100, "Read it here first.", "body")
    c.text(160, 116, "News tips? Call 555-0921 or email desk@copper.example", "small")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open", "Road work on Route 12"]
    assert "Read it here first." in ed.skipped


def test_a_chinese_headline_wrapped_by_its_column_reads_on_without_a_space(
        tmp_path: Path) -> None:
    """A Chinese headline wrapped by a narrow column: its first line fills the column so that
    the next character would not fit after it, and the figures that open the last line never
    break (so the line before them is short).  Each wrapped line reads on with no space; a
    line with room left after it (`峰度夏`, its phrase ended) was broken on purpose.  Without
    the cue the stack lines were joined by spaces: `县供电公司全力迎 峰度夏 …`."""
    c = Canvas("zh", 200, 260)
    for k, s in enumerate(["县供电公司全力迎", "峰度夏", "今夏负荷将增", "11.5%"]):
        c.text(20, 20 + 19 * k, s, "headline")
    c.column(20, 100, ["本报讯（记者 石磊）随着气温", "持续攀升，我县用电负荷快", "速增长。"],
             [True, False, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "县供电公司全力迎峰度夏 今夏负荷将增11.5%"


def test_a_closing_byline_on_its_own_line_under_the_text_is_the_storys(tmp_path: Path) -> None:
    """A closing byline on a line of its own right under a story's last line, and the next
    story's headline under it: the byline closes the text it is set under.  Cut off as a
    byline block (the cue taken out), it started a story of its own with no text, which was
    dropped: the first story had no byline."""
    c = Canvas("zh", 200, 260)
    c.text(20, 20, "县供电公司全力迎峰度夏", "brief")
    y = c.column(20, 40, ["随着气温持续攀升，我县用电", "负荷快速增长。"], [True, False])
    c.text(20, y, "（本报记者 宋霞）")
    c.text(20, y + 24, "白鹭镇开展防汛应急演练", "brief")
    c.column(20, y + 44, ["6月8日，白鹭镇在白鹭河沿岸", "开展防汛应急演练。"], [True, False])
    first, second = split(c, tmp_path).articles
    assert (first.byline or "").replace(" ", "") == "（本报记者宋霞）"  # reflowed as body text
    assert first.paragraphs == ("随着气温持续攀升，我县用电负荷快速增长。",)
    assert second.headline == "白鹭镇开展防汛应急演练"


def test_a_logo_joins_only_a_story_in_its_columns(tmp_path: Path) -> None:
    """A data box's label at the foot of the top row's right column and, in the row under it,
    a notice in the left column (a short head over a line of small print): the label is read
    just before the notice and sits over it, but not in its columns, so it does not join it,
    and the notice stays a notice.  Joined to it (the cue taken out), the label made the notice
    a story, read aloud."""
    c = Canvas("en", 400, 300)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1, COL1_STARTS)
    c.column(220, 42, COL2[:3], [True, False, False])
    c.text(220, 76, "BY THE NUMBERS", "logo")
    c.text(220, 90, "735: miles of road repaved", "small")
    c.text(20, 130, "YARD SALE", "notice")
    c.text(20, 146, "Saturday 8-2. Call 555-0695.", "small")
    c.text(220, 130, "Library book sale Saturday", "brief")
    c.column(220, 150, ["The Friends of the Library will", "hold their spring book sale."],
             [True, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open", "Library book sale Saturday"]
    assert any(s.startswith("YARD SALE") for s in ed.skipped)


def test_a_headline_over_the_middle_of_three_columns_heads_only_its_own(tmp_path: Path) -> None:
    """A brief's headline centred over its column, the middle of three (so it leaves equal
    white space left and right over the three), next to a story whose taller stack heads the
    first of them: that column has a headline a few lines over it, so it is no orphan column
    and the brief's headline is not widened over it.  Widened (the cue taken out), the brief's
    headline took the story's text of that column as its own."""
    c = Canvas("zh", 540, 200)
    c.text(20, 14, "望潮公园菊花展国庆前夕开幕", "headline")
    c.text(20, 36, "（记者 吴桐）", "byline")
    c.column(20, 62, ["记者从望潮公园获悉，", "菊花展将于9月28日开", "幕。"], [True, False, False])
    c.column(150, 62, ["本届展览以“秋韵望潮”", "为主题，共展出菊花32", "0多个品种。"],
             [False, False, False])
    c.column(280, 62, ["望潮北站公交枢纽已", "完成主体施工，预计1"], [True, False])
    right = ["0月15日投入使用。枢纽", "设有公交泊位24个。"]
    c.column(410, 62, right, [False, False])
    head = "北站公交枢纽将启用"
    edge = 410 + max(text_width(s, c.style("body")) for s in right)
    c.text((150 + edge - text_width(head, c.style("brief"))) / 2, 42, head, "brief")
    first, second = split(c, tmp_path).articles
    assert first.headline == "望潮公园菊花展国庆前夕开幕"
    assert first.paragraphs == ("记者从望潮公园获悉，菊花展将于9月28日开幕。本届展览以“秋韵望潮”为主题，"
                                "共展出菊花320多个品种。",)
    assert second.headline == head and second.paragraphs[0].startswith("望潮北站")


def test_the_headline_over_a_deck_is_no_stack_of_a_column_beside_the_deck() -> None:
    """A headline centred over three columns and a short deck centred under it, over the
    middle column only (the boxes of a laid-out Qinghe page): the first column, beside the
    deck, has the headline over it, but that is the deck's own stack, so the column is still
    an orphan column of the deck's (and the deck is widened over it).  Counting the headline
    (the cue taken out), the column was no orphan, and on that page the first column was read
    apart from its story."""
    from audiopaper.split.geometry import Block, TextLine
    from audiopaper.split.layout import _orphan

    def block(text: str, x0: float, y0: float, x1: float, y1: float, size: float) -> Block:
        b = Block([TextLine(text, x0, y0, x1, y1, size)], role="display")
        return b.freeze()
    head = block("青河县招商引资推介会在深圳举行", 230, 69, 560, 98, 22)
    deck = block("县委书记何川出席", 351, 104, 439, 118, 11)
    column = [176.0, 314.0, 125.0, 0.0]  # left, right, top, display on top
    assert _orphan(column, deck, 125.0, [head, deck], 9.5)


def test_a_pull_quotes_attribution_stays_with_the_quote(tmp_path: Path) -> None:
    """A pull quote in display type at the head of the next column, its attribution (`— Name`)
    on its last line, while the text runs on into the column after it: the attribution is no
    byline of its own, the quote is skipped whole.  Cut off as a byline (the cue taken out), it
    started a story that took the rest of the text."""
    c = Canvas("en", 440, 200)
    c.text(20, 20, "Clinics open in May", "headline")
    c.column(20, 45, COL1[:2], [True, False])
    c.text(160, 48, "“The clinics will offer", "quote").text(160, 63, "flu vaccines.”", "quote")
    c.text(160, 78, "— Harriet Thibodeaux", "quote")
    c.column(300, 45, ["said on Monday.", "The clinics will offer flu and",
                       "childhood vaccines at no cost."], [False, True, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open in May" and len(a.paragraphs) == 2
    assert any(s.endswith("— Harriet Thibodeaux") for s in ed.skipped)


def test_text_under_stacks_set_side_by_side_goes_with_the_one_over_it(tmp_path: Path) -> None:
    """A promo line in display type at the head of the right column, level with the lead's
    stack, read (in reading order) between the stack and its text: the text goes with the
    stack it is set under, and the promo, heading nothing, is furniture.  Without the cue the
    promo took the lead's text as its own story, and the lead had no text."""
    c = Canvas("en", 460, 240)
    c.text(20, 14, "Clinics open in May", "lead")
    c.text(20, 40, "Two sites will offer vaccines at no cost", "sub")
    c.text(20, 56, "By WREN FARROW", "byline")
    c.text(330, 20, "Read it here first.", "brief")
    y = story(c, 20, 72, 170)
    c.text(20, y + 2, "Road work on Route 12 to start Monday", "lead")  # the next row,
    c.column(20, y + 30, ["Crews will repave Route 12", "starting Monday."], [True, False])
    ed = split(c, tmp_path)  # set close under this one, across both columns
    a, _ = ed.articles
    assert a.headline == "Clinics open in May" and len(a.paragraphs) == 3
    assert "Read it here first." in ed.skipped


def test_a_lone_line_set_apart_under_all_the_text_is_the_footer(tmp_path: Path) -> None:
    """A line in text-size type under all the page's text, set two ems and more apart from it
    and with no footer furniture near: the page's footer.  Without the cue it ran on in the
    last story as a paragraph."""
    c = Canvas("en", 300, 220)
    c.text(20, 20, "Clinics open", "headline")
    y = c.column(20, 42, COL1, COL1_STARTS)
    c.text(20, y + 24, "Shop local. Keep Main Street alive.", "body")
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.paragraphs[-1].endswith("at no cost.")
    assert "Shop local. Keep Main Street alive." in ed.skipped


def test_an_index_of_the_edition_between_header_lines_is_furniture(tmp_path: Path) -> None:
    """Four lines of text-size type (the edition's index) under the masthead and date line,
    with only page-header furniture above them and a header slogan under them, over the first
    headline: furniture too.  Without the cue (two lines at most) they were read as a story."""
    c = Canvas("zh", 320, 300)
    c.text(20, 14, "枫 坪 时 报", "masthead")
    c.text(20, 52, "2026年11月16日 星期一 今日8版 第4136期", "header")
    for k, s in enumerate(["本期导读", "●桃源镇队3:1力克白鹭镇队夺冠 2版", "●8月份全国CPI同比上涨0.4% 6版",
                           "●前5月全县新增经营主体1.2万户 3版"]):
        c.text(20, 74 + 13.5 * k, s)
    c.text(20, 134, "崇德向善 绿水青山 守正创新", "header")
    c.text(20, 152, "秋粮收购准备就绪", "headline")
    c.column(20, 176, ["随着秋收临近，县粮食和物资储", "备局提前谋划秋粮收购工作。"], [True, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "秋粮收购准备就绪"
    assert any(s.startswith("本期导读") for s in ed.skipped)


def test_a_boxed_data_box_in_text_type_is_furniture(tmp_path: Path) -> None:
    """A box drawn round a data box's label and its figures set in text type, nothing else in
    it: the figures are the label's furniture.  Without the cue they were read as a story with
    no headline."""
    c = Canvas("zh", 320, 200)
    c.text(20, 20, "全县夏粮收割过半", "headline")
    c.column(20, 48, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进入", "收获期，各镇组织农机",
                      "抢收抢晒，确保颗粒归仓。"], [True, False, False, False])
    c.rule(196, 10, 300, 10).rule(196, 130, 300, 130).rule(196, 10, 196, 130).rule(300, 10, 300, 130)
    c.text(204, 40, "数字看点", "logo")
    c.column(204, 60, ["改造农田 440.6亩", "新建道路 670.5公里", "接待游客 212.6万人次"],
             [False, False, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "全县夏粮收割过半"
    assert any("670.5" in s for s in ed.skipped)


def test_two_headlines_abreast_in_two_sizes_are_two_lines(tmp_path: Path) -> None:
    """Two stories' headlines on one baseline, a narrow gutter (less than SPAN_GAP ems) between
    them, set in two sizes: more than APART ems of white space between type of two sizes parts
    them.  Joined into one line (the cue taken out), they made one story's headline, and the
    first story lost its own."""
    c = Canvas("zh", 420, 200)
    c.text(20, 20, "抓好项目建设", "lead")
    left = 20 + text_width("抓好项目建设", c.style("lead"))
    c.text(left + 10, 26, "小切口撬动大民生", "headline")
    c.column(20, 56, ["项目是发展的生命线。今年", "以来，我县重大项目建设开", "局良好。"],
             [True, False, False])
    c.column(left + 10, 56, ["社区食堂、口袋公园、充电桩", "都是群众每天都能感受到的", "实事。"],
             [True, False, False])
    heads = [a.headline for a in split(c, tmp_path).articles]
    assert heads == ["抓好项目建设", "小切口撬动大民生"]


def test_a_credits_wrapped_rest_under_a_caption_in_text_type(tmp_path: Path) -> None:
    """A photo's caption set in text-size type, its credit flush right under it wrapped onto a
    second line: the caption is no bar to finding the credit's rest under it.  With only
    small type looked at under the photo (the cue taken out), `Chronicle` was a story of its
    own."""
    c = Canvas("en", 420, 200)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1, COL1_STARTS)
    c.text(220, 20, "BLOOMING BUSINESS", "label")
    c.image(220, 38, 390, 110)
    c.text(220, 114, "Volunteers plant marigolds.", "body")
    _right(c, 390, 128, "MATEO DELACROIX / Willow Harbor", "credit")
    _right(c, 390, 137.5, "Chronicle", "credit")
    _, photo = split(c, tmp_path).articles
    assert photo.byline == "MATEO DELACROIX / Willow Harbor Chronicle"


def test_figures_a_little_below_text_size_under_a_data_box_label(tmp_path: Path) -> None:
    """A data box's label with a few lines of figures under it set a little below the text's
    size (not small enough to be small type): the label's furniture, in a page drawn with
    white space only.  Without the cue they were read as a story with no headline."""
    c = Canvas("en", 420, 220)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    c.text(220, 20, "BY THE NUMBERS", "logo")
    figures = Style("helv", 8.1, 1.35)
    for k, s in enumerate(["Prep football results", "Oakhurst 27, Ridgeline 24", "Valley 14, Hale 7"]):
        c.ops.append(("text", (220, 36 + 11 * k, s, figures)))
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert any("Ridgeline 24" in s for s in ed.skipped)


# ---- third round (issue 10, item 6): tuned on the labelled pages of tests/split/heldout* ----
def test_a_bold_line_of_text_size_under_a_headline_is_its_byline(tmp_path: Path) -> None:
    """A letter signed in bold type of the text's size, printed where a byline goes (right under
    its headline, right over its text), on one line and wrapped onto two; a kicker in that
    type over the next headline stays its kicker.  Without the cue the signature was read as
    the headline's subheadline (no byline)."""
    c = Canvas("en", 480, 240)
    c.text(20, 20, "Keep the library open", "headline")
    c.text(20, 40, "Harriet Dunmore, Alder Point", "byline")
    c.column(20, 56, COL1, [False, False, False, True, False])
    c.text(200, 20, "Thank you, Station 2", "headline")
    c.text(200, 40, "Gerald and Anne Foss,", "byline").text(200, 52, "Kestrel Falls", "byline")
    c.column(200, 68, COL2, COL2_STARTS)
    c.text(20, 140, "TIDE LINES", "kicker")
    c.text(20, 153, "What the harbormaster knew", "headline")
    c.column(20, 173, COL1[:3], [False, False, False])
    ed = split(c, tmp_path)
    a, b, k = ed.articles
    assert (a.headline, a.subheadline, a.byline) == (
        "Keep the library open", None, "Harriet Dunmore, Alder Point")
    assert (b.headline, b.byline) == ("Thank you, Station 2", "Gerald and Anne Foss, Kestrel Falls")
    assert (k.kicker, k.headline, k.byline) == ("TIDE LINES", "What the harbormaster knew", None)


def test_a_few_lines_of_small_print_under_all_the_text_are_the_footer(tmp_path: Path) -> None:
    """A small ad of five lines in small type under all the page's stories, over the footer's
    notice line: furniture by where it sits (a caption under a photo there would have the
    photo right over it).  Without the cue (footer small print only a line or two) it was
    read as the last story's text."""
    c = Canvas("en", 320, 300)
    c.text(20, 20, "Clinics open", "headline")
    y = c.column(20, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    ad = ["ORRIN FALLS HARDWARE", "Back-to-school sale", "20% OFF all interior paint",
          "through Sept. 1", "212 Mill St. 555-0133"]
    for k, s in enumerate(ad):
        c.text(20, y + 14 + 10 * k, s, "small")
    c.text(20, y + 80, "News tips? Call 555-0921 or email desk@copper.example", "small")
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open" and "HARDWARE" not in " ".join(a.paragraphs)
    assert any(s.startswith("ORRIN FALLS HARDWARE") for s in ed.skipped)


def test_a_headline_beside_a_data_box_of_small_print_is_no_pull_quote(tmp_path: Path) -> None:
    """A results box (a short head over figures in small type, ending in no sentence) with a
    story's headline set at the head of the next column, level with the box's head: small type
    is no text that runs on, so the headline heads its story.  Without the cue the headline
    was skipped as a pull quote and its story had none."""
    c = Canvas("zh", 420, 240)
    c.text(20, 20, "夏粮收割过半", "headline")
    c.column(20, 48, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进", "入收获期。"],
             [True, False, False])
    c.text(20, 110, "赛果", "notice")
    for k, s in enumerate(["江州城市足球超级联赛第二轮战果", "运河竞技 2:0 南湖联西湾青年",
                           "1:1 江州铁路北郊星火 0:3 东", "下一轮 3月28日 15:00"]):
        c.text(20, 130 + 12 * k, s, "small")
    c.text(150, 110, "运河文物特展开幕", "headline")
    c.column(150, 134, ["本报讯（记者 林夕）3月", "21日，运河文化遗产特展", "在市博物馆开幕，展出石",
                        "刻、漕运文书、古船构件", "等文物和标本216件。"], [True] + [False] * 4)
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["夏粮收割过半", "运河文物特展开幕"]


def test_a_line_set_apart_over_a_run_of_headlines_is_the_columns_head(tmp_path: Path) -> None:
    """`街巷新鲜事` set a line's space apart over the first of two briefs: the column's head,
    skipped; a kicker printed tight on its headline over another run of two stories stays
    over that story's headline.  Without the cue the column head was the first brief's
    kicker."""
    c = Canvas("zh", 420, 260)
    c.text(20, 20, "街巷新鲜事", "logo")
    c.text(20, 46, "锦屏路菜市场设起公平秤", "brief")
    c.column(20, 66, ["锦屏路菜市场日前在入口处", "设置了两台公平秤。"], [True, False])
    c.text(20, 100, "化肥厂宿舍电梯开工", "brief")
    c.column(20, 120, ["东湖街道化肥厂宿舍4个单", "元的加装电梯工程开工。"], [True, False])
    c.text(220, 20, "春日里的好消息", "kicker")
    c.text(220, 36, "河滨公园早樱盛开", "headline")
    c.column(220, 60, ["受气温回升影响，河滨公园", "的早樱提前盛开。"], [True, False])
    c.text(220, 94, "西湾体育公园开放", "headline")
    c.column(220, 118, ["占地12.8万平方米的西湾", "体育公园将对外开放。"], [True, False])
    ed = split(c, tmp_path)
    stacks = [" ".join(x for x in (a.kicker, a.headline) if x) for a in ed.articles]
    assert sorted(stacks) == sorted(["锦屏路菜市场设起公平秤", "化肥厂宿舍电梯开工",
                                     "春日里的好消息 河滨公园早樱盛开", "西湾体育公园开放"])
    assert "街巷新鲜事" in ed.skipped and "春日里的好消息" not in ed.skipped


def test_a_chinese_headline_broken_in_two_lines_of_one_size_is_one_headline(
        tmp_path: Path) -> None:
    """A headline set in two lines of one size, the first broken with room left after it (so
    not wrapped by the column): one headline, its lines read with a space between (a kicker
    is set smaller than its headline).  Without the cue the first line was read as the
    kicker."""
    c = Canvas("zh", 420, 200)
    c.text(20, 20, "市民文化节“周末剧场”启幕", "headline")
    c.text(20, 40, "全年将上演公益演出120场", "headline")
    c.column(20, 66, ["本报讯（记者 林夕）3月21日", "晚，市民文化节“周末剧场”", "在运河文化广场拉开"],
             [True, False, False])
    c.column(160, 66, ["帷幕。越剧选段、民乐合奏", "等11个节目轮番上演，吸引", "了2000多名市民观看。"],
             [False, False, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert (a.kicker, a.headline) == (None, "市民文化节“周末剧场”启幕 全年将上演公益演出120场")


def test_a_column_under_a_furniture_head_is_no_orphan_of_the_headline_beside(
        tmp_path: Path) -> None:
    """A calendar (its head furniture, level with a brief's headline, its listings in small
    type under it) set left of a brief: the calendar's column has a head of its own, so it is
    no orphan column of the brief's headline.  Without the cue the headline's box was widened
    over the calendar, and the listings were read as the brief's text."""
    c = Canvas("en", 360, 200)
    c.text(20, 20, "COMMUNITY CALENDAR", "notice")
    for k, s in enumerate(["SATURDAY, AUG. 9 Riverton Farmers", "Market, 8 a.m.-noon, Depot Square.",
                           "Ashford Library story time, 10:30", "a.m., ages 3-6, free."]):
        c.text(20, 40 + 10 * k, s, "small")
    c.text(190, 21, "CORRECTION", "brief")
    c.column(190, 38, ["A story on Page B1 on Tuesday gave", "the wrong date for the Kell",
                       "County Fair. The fair runs Aug.", "20-24. The Herald regrets the", "error."],
             [False] * 5)
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "CORRECTION" and a.paragraphs[0].startswith("A story on Page B1")
    assert "Riverton" not in " ".join(a.paragraphs)


def test_a_few_lines_of_text_type_set_apart_under_all_the_text_are_the_footer(
        tmp_path: Path) -> None:
    """A small ad of four lines in the text's own type, set two ems and more under all the
    page's text with nothing under it: the footer, as one such line is.  Without the cue
    (only one line set apart counted) it was read as a story of its own."""
    c = Canvas("zh", 300, 260)
    c.text(20, 20, "全县夏粮开镰收割", "headline")
    c.column(20, 48, ["本报讯（记者 石磊）眼下，全县", "4.2万亩小麦陆续进入收获期，",
                      "各镇组织农机抢收抢晒，确保颗", "粒归仓。"], [True, False, False, False])
    c.column(20, 140, ["江屿明光眼科医院", "春季青少年视力筛查", "地址：江屿市滨江中路218号",
                       "预约热线：0739-8826 6600"], [False] * 4)
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "全县夏粮开镰收割" and "明光" not in "".join(a.paragraphs)
    assert any(s.startswith("江屿明光眼科医院") for s in ed.skipped)


def test_a_caption_of_a_few_lines_under_a_photo_at_the_foot_is_no_footer(tmp_path: Path
                                                                         ) -> None:
    """A photo's caption of three lines under all the page's text, the photo right over it:
    a caption, not the footer (the few-lines footer cues above leave it alone)."""
    c = Canvas("en", 320, 300)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1, COL1_STARTS)
    c.text(20, 110, "SPRING THAW", "label")
    c.image(20, 128, 200, 220)
    for k, s in enumerate(["Kayakers paddle past ice floes on", "the Wren River on Wednesday",
                           "afternoon near the old mill."]):
        c.text(20, 224 + 10 * k, s, "caption")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open", "SPRING THAW"]
    assert ed.articles[1].paragraphs == (
        "Kayakers paddle past ice floes on the Wren River on Wednesday afternoon near the old "
        "mill.",)


def test_a_column_starting_above_the_text_under_a_stack_is_no_orphan_of_it(
        tmp_path: Path) -> None:
    """A lead's text runs on across three columns under a headline over its first two; the
    next story's stack (headline, a smaller subheadline, byline) stands flush left over the
    fourth, its text starting under the byline.  The third column has nothing over it and
    starts no lower than the byline, but it starts above the text under the stack (beside the
    byline, above the stack's foot), level with the lead's text: it runs on from the lead and
    is no orphan column of the subheadline.  Without the cue the subheadline's box was widened
    over the third column, the lead lost its last paragraph and the second story read it
    under its headline."""
    c = Canvas("zh", 720, 200)
    c.text(20, 20, "青石巷里的修表铺", "lead")
    c.text(20, 50, "晚报记者 苏禾", "byline")
    c.column(20, 68, ["青石巷不足三米宽，两旁是", "上世纪五十年代的砖木老屋。",
                      "巷子中段有一家修表铺。"], [True, False, False])
    c.column(160, 68, ["周明远1983年在这里开了", "铺子，那时候修表铺门口天",
                       "天排着队。"], [True, False, False])
    c.column(300, 68, ["去年，青石巷纳入老街巷微", "改造，不少年轻人循着网上",
                       "的帖子找过来请他修表。"], [True, False, False])
    c.text(440, 20, "小区充电难", "headline")
    c.text(440, 42, "——对话市住建局副局长", "sub")
    c.text(440, 62, "晚报记者 汪晴", "byline")
    c.column(440, 80, ["今年以来，我市把小区充电", "设施建设列为民生实事项目",
                       "之一，进展顺利。"], [True, False, False])
    c.column(580, 80, ["截至9月底，全市今年新增", "公共充电桩4826个。"], [True, False])
    ed = split(c, tmp_path)
    lead, talk = ed.articles
    assert lead.headline == "青石巷里的修表铺" and len(lead.paragraphs) == 3
    assert lead.paragraphs[-1].startswith("去年")
    assert (talk.headline, talk.subheadline) == ("小区充电难", "——对话市住建局副局长")
    assert talk.paragraphs[0].startswith("今年以来")


def test_a_headline_level_with_a_label_over_a_data_box_is_no_pull_quote(tmp_path: Path) -> None:
    """A data box (a label over a few lines of figures in the text's own size, ending in no
    sentence) with a story's headline set at the head of the next column, level with the
    box's label: a head set right over the text and level with the display type beside it
    makes them two heads of one row, so the headline heads its story.  Without the cue the
    figures read as text running on and the headline was skipped as a pull quote."""
    c = Canvas("zh", 420, 260)
    c.text(20, 20, "夏粮收割过半", "headline")
    c.column(20, 48, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进", "入收获期。"],
             [True, False, False])
    c.text(20, 110, "数读", "label")
    c.column(20, 130, ["今年前三季度全市公共充电", "桩新增 4826个 累计 2.13", "万个 车桩比 2.4:1"],
             [False, False, False])
    c.text(150, 110, "运河文物特展开幕", "headline")
    c.column(150, 134, ["本报讯（记者 林夕）3月", "21日，运河文化遗产特展", "在市博物馆开幕，展出石",
                        "刻、漕运文书、古船构件", "等文物和标本216件。"], [True] + [False] * 4)
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["夏粮收割过半", "运河文物特展开幕"]


def test_a_pull_quote_across_a_wide_gutter_is_skipped(tmp_path: Path) -> None:
    """A pull quote at the head of the next column across a gutter wider than three ems (a
    page set with wide gutters, the quote's column between two columns of the text that runs
    on): the next column starts less than half a column's width right of the text, so the
    quote is skipped.  Without the cue (only gutters up to three ems) the quote was read as
    a headline over the rest of the text, a story of its own."""
    c = Canvas("en", 560, 220)
    c.text(20, 20, "Levy vote set for May", "headline")
    lines = ["The school board voted Monday", "to put an $18 million levy on",
             "the May ballot after a year of"]
    c.column(20, 45, lines, [True, False, False])
    right = 20 + 2 * 8.5 + text_width(lines[0], c.style("body"))  # its first line, indented
    x = right + 36  # a gutter of over four ems
    c.text(x, 48, "\u201cWe are asking for", "quote")
    c.text(x, 63, "what we need.\u201d", "quote")
    c.column(x + 150, 45, ["debate over leaking roofs and", "aging boilers, officials said."],
             [False, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Levy vote set for May"
    assert a.paragraphs[0].endswith("leaking roofs and aging boilers, officials said.")


def test_a_column_head_over_centred_headlines_is_the_columns_head(tmp_path: Path) -> None:
    """`街巷新鲜事` set apart over a run of two briefs whose headlines are centred over their
    two columns, not under the label: the headlines are measured over the columns they are
    centred on, so the label is the column's head, skipped.  Without the cue (the column head
    found before the headlines are widened to their columns) the label stood over no headline
    and was read as the first brief's kicker."""
    c = Canvas("zh", 320, 220)
    c.text(20, 20, "街巷新鲜事", "label")

    def brief(y: float, head: str, left: list[str], right: list[str]) -> None:
        c.text(149 - text_width(head, c.style("headline")) / 2, y, head, "headline")
        c.column(20, y + 26, left, [True] + [False] * (len(left) - 1))
        c.column(170, y + 26, right, [False] * len(right))
    brief(48, "菜市场设起公平秤", ["锦屏路菜市场日前在入口", "处设置了两台公平秤。"],
          ["市民买菜后如对分量有疑", "问，可自行复秤。"])
    brief(120, "宿舍电梯开工", ["东湖街道化肥厂宿舍4个", "单元的加装电梯工程"],
          ["近日同时开工，预计明年", "春节前投入使用。"])
    ed = split(c, tmp_path)
    assert [(a.kicker, a.headline) for a in ed.articles] == [(None, "菜市场设起公平秤"),
                                                            (None, "宿舍电梯开工")]
    assert "街巷新鲜事" in ed.skipped


def test_a_credit_tight_under_a_data_boxs_figures_is_the_boxs(tmp_path: Path) -> None:
    """A data box (a label over figures in small type) whose source line the column broke
    after `制`, its rest `图：于舟` set tight under the figures: a credit in small type tucked
    under a data box's figures is the box's, not a credit of the story read before it.
    Without the cue `图：于舟` was read as that story's byline."""
    c = Canvas("zh", 320, 240)
    c.text(20, 20, "夏粮收割过半", "headline")
    c.column(20, 48, ["本报讯（记者 石磊）眼下，", "全县4.2万亩小麦陆续进", "入收获期，各镇组织农机"],
             [True, False, False])
    c.column(160, 48, ["抢收抢晒，确保颗粒归仓。", "县农业农村局派出12个", "服务组下乡指导。"],
             [False, False, False])
    c.text(20, 110, "数读", "label")
    for k, s in enumerate(["今年全市公共充电桩新增", "4826个 车桩比 2.4:1", "数据来源：市住建局 制"]):
        c.text(20, 130 + 12 * k, s, "small")
    c.text(20, 166, "图：于舟", "small")
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "夏粮收割过半" and (a.byline or "").replace(" ", "") == "本报讯（记者石磊）"
    assert "于舟" not in " ".join(x for x in (a.byline or "", *a.paragraphs))


def test_a_continued_from_line_over_an_orphan_column_is_no_text_of_it(tmp_path: Path) -> None:
    """A continuation's headline centred over a box wider than its text (over the second and
    third columns), its first column under a `Continued from Page A1` line: the column's text
    starts level with the text under the headline, and the jump line over it is no text of
    the column (only text starting above the text under a stack runs on from a story beside).
    Counting the jump line as the column's text (the cue taken out), the first column was no
    orphan and was read apart from its headline."""
    c = Canvas("en", 680, 200)
    head = "Levy"
    c.text(340 - text_width(head, c.style("headline")) / 2, 20, head, "headline")
    c.text(20, 42, "Continued from Page A1", "jump")
    story(c, 20, 58, 180)
    c.column(340, 58, ["The health office", "said more sites", "may follow."], [True, False, False])
    a, = split(c, tmp_path).articles
    assert (a.headline, a.continued_from) == (head, 1)
    assert a.paragraphs[0].startswith("The county will open") and len(a.paragraphs) == 4


def test_a_short_line_of_text_type_set_apart_over_a_run_of_headlines_is_the_columns_head(
        tmp_path: Path) -> None:
    """`简  讯` set in the text's own type, a line's space apart over the first of two briefs
    (a run of headlines of one size): a one-line block ending no sentence and no wider than
    half the headline under it is the column's head, as such a line in display type is.
    Without the cue it was read as a story of its own, a text with no headline."""
    c = Canvas("zh", 320, 240)
    c.text(20, 20, "简  讯", "body")
    c.text(20, 46, "锦屏路菜市场设起公平秤", "brief")
    c.column(20, 66, ["锦屏路菜市场日前在入口处", "设置了两台公平秤。"], [True, False])
    c.text(20, 100, "化肥厂宿舍电梯开工", "brief")
    c.column(20, 120, ["东湖街道化肥厂宿舍4个单", "元的加装电梯工程开工。"], [True, False])
    c.text(170, 20, "河滨公园早樱盛开", "headline")
    c.column(170, 46, ["受气温回升影响，河滨公园", "的早樱提前盛开。", "公园管理处提醒市民",
                       "错峰出行，文明赏花。"], [True, False, True, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["河滨公园早樱盛开", "锦屏路菜市场设起公平秤",
                                                 "化肥厂宿舍电梯开工"]
    assert "简 讯" in ed.skipped or "简  讯" in ed.skipped


# ---- fifth round (session 8) -------------------------------------------------------------------
def test_a_title_over_its_motto_over_the_date_line_is_the_masthead(tmp_path: Path) -> None:
    """The paper's title in the page's largest type with its motto (a line of text type) set
    right under it, the date line under that: the title is the masthead even though header
    furniture is not right under it.  Without the cue the title was read as the lead's
    headline, its motto as the lead's text."""
    c = Canvas("en", 400, 320)
    c.text(20, 16, "WESLEY VALLEY LAMP", "masthead")
    c.text(20, 52, "The valley's own voice", "body")
    c.text(20, 72, "TUESDAY, MARCH 3, 2026 • $1.50", "header")
    c.text(20, 100, "County opens two vaccine clinics", "lead")
    story(c, 20, 130, 200)
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["County opens two vaccine clinics"]
    assert any("WESLEY VALLEY LAMP" in s for s in ed.skipped)


def test_a_box_under_the_header_furniture_over_the_first_headline_is_furniture(
        tmp_path: Path) -> None:
    """A lottery box (four lines of text type) set last under the page header's furniture,
    right over the first story's kicker: with only header furniture over it, it is the
    header's too.  Without the cue it was read as a story of text with no headline, and the
    kicker under it as a pull quote."""
    c = Canvas("en", 400, 340)
    c.text(20, 16, "WESLEY VALLEY LAMP", "masthead")
    c.text(20, 52, "TUESDAY, MARCH 3, 2026 • $1.50", "header")
    c.column(20, 72, ["LOTTERY", "Pick 3: 4-0-7", "Pick 4: 9-1-1-6", "Cash Pop: 12"],
             [False] * 4)
    c.text(20, 134, "EXCLUSIVE", "kicker")
    c.text(20, 147, "County opens two vaccine clinics", "lead")
    story(c, 20, 176, 200)
    ed = split(c, tmp_path)
    assert [(a.kicker, a.headline) for a in ed.articles] == [
        ("EXCLUSIVE", "County opens two vaccine clinics")]


def test_a_column_head_over_headlines_no_larger_than_it_is_the_columns_head(
        tmp_path: Path) -> None:
    """`PREP ROUNDUP` in bold type set a line's space apart over a run of briefs whose
    headlines are a little smaller than it: a kicker is smaller than its headline and set
    tight on it, so this is the column's head, skipped.  Without the cue (a column head only
    over larger headlines) it was read as the first brief's kicker."""
    c = Canvas("en", 320, 260)
    c.text(20, 20, "PREP ROUNDUP", "logo")
    c.text(20, 46, "Ferrante 14th at state", "brief")
    c.column(20, 62, ["Senior Abby Ferrante placed", "14th at the state meet."], [True, False])
    c.text(20, 100, "Wrestlers open Dec. 1", "brief")
    c.column(20, 116, ["The wrestling team opens its", "season at home on Dec. 1."],
             [True, False])
    ed = split(c, tmp_path)
    assert [(a.kicker, a.headline) for a in ed.articles] == [
        (None, "Ferrante 14th at state"), (None, "Wrestlers open Dec. 1")]
    assert "PREP ROUNDUP" in ed.skipped


def test_a_box_of_small_type_over_the_footer_under_all_the_text_is_furniture(
        tmp_path: Path) -> None:
    """A box of four lines of small type (a week's schedule) under all the page's text, with
    a footer line of small type under it: the footer is read from the foot up, so the box
    over it is the footer's too.  Without the cue the box, read while the footer line under it
    was still small type, was read as a story of its own."""
    c = Canvas("en", 320, 300)
    c.text(20, 20, "County opens two vaccine clinics", "headline")
    story(c, 20, 46, 170)
    for k, s in enumerate(["THIS WEEK", "Fri., Nov. 20 — Football vs. Colter, 7 p.m.",
                           "Sat., Nov. 21 — Girls swimming, 10 a.m.",
                           "Tue., Nov. 24 — Boys hockey, 6:15 p.m."]):
        c.text(20, 150 + 10 * k, s, "small")
    c.text(20, 206, "Home delivery: 555-0111", "small")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["County opens two vaccine clinics"]
    assert not any("Football" in p for a in ed.articles for p in a.paragraphs)


def test_a_title_over_a_kicker_and_headline_is_the_pages_title(tmp_path: Path) -> None:
    """A section front's title line in type larger than any headline, at the top of the page,
    right over a small kicker set tight on the lead's headline: a kicker starts a stack, so the
    title over it heads nothing: the page's title.  Without the cue the title was read as the
    lead's headline, the kicker and headline run into it."""
    c = Canvas("en", 480, 320)
    c.text(20, 16, "B1 SPORTS WESLEY VALLEY LAMP", "masthead")
    c.text(20, 80, "PREP FOOTBALL", "kicker")
    c.text(20, 94, "Hawks rally past Ridgeline", "lead")
    story(c, 20, 124, 200)
    ed = split(c, tmp_path)
    assert [(a.kicker, a.headline) for a in ed.articles] == [
        ("PREP FOOTBALL", "Hawks rally past Ridgeline")]


def test_a_series_label_across_a_narrow_gutter_from_a_stack_heads_nothing(
        tmp_path: Path) -> None:
    """A series label in display type set in the column left of a story's stack, level with
    its top, across a gutter of one column's width (wider than a body size, narrower than two):
    display type stacks downwards, so the label starts a stack of its own that heads nothing,
    skipped.  Without the cue (two body sizes of gutter needed) the label was read into the
    story's headline."""
    c = Canvas("zh", 320, 260)
    c.text(20, 20, "奋进新征程·身边的榜样", "label")
    c.text(156, 20, "把论文写在茶园里", "headline")
    c.text(156, 44, "本报记者 凌霄", "byline")
    c.column(156, 62, ["秋分刚过，铜鼓岭上的茶", "园又绿了一茬。冼敏蹲在", "茶垄间察看新叶。"],
             [True, False, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "把论文写在茶园里"
    assert "奋进新征程·身边的榜样" in ed.skipped


def test_a_stack_far_above_in_another_column_heads_nothing(tmp_path: Path) -> None:
    """A columnist's note in bold display type at the head of a column beside a story, with
    nothing under it, read right before a brief's headline set far below it in another column:
    a stack is set tight and grows downwards, so the brief's headline starts a stack of its own
    and the note heads nothing, skipped.  Without the cue the note became the brief's headline
    and the brief's headline its subheadline."""
    c = Canvas("en", 420, 300)
    c.text(20, 20, "County opens two vaccine clinics", "headline")
    story(c, 20, 46, 150)
    c.text(290, 20, "Mark Delacroix writes on", "label")
    c.text(290, 34, "Tuesdays and Fridays", "label")
    c.text(20, 150, "BUSINESS BRIEFS", "logo")
    c.text(20, 172, "Gas prices dip", "brief")
    c.column(20, 188, ["The average price of regular", "gasoline fell 6 cents."],
             [True, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["County opens two vaccine clinics",
                                                 "Gas prices dip"]


def test_a_headline_over_its_byline_across_a_narrow_gutter_heads_it(tmp_path: Path) -> None:
    """A brief's headline set off-centre over its two columns, its byline flush left under it
    and ending a little left of the headline's start (a gutter between one and two body
    sizes): the white-space cut reads the byline first, and the headline, set over it and not
    level with it, goes on its stack.  Taken for a stack set beside the byline (a gutter of one
    body size, levels not looked at), the headline headed nothing and was skipped."""
    c = Canvas("zh", 320, 200)
    c.text(88, 20, "县城新增公共充电桩120个", "headline")
    c.text(20, 44, "（记者 方可）", "byline")
    c.column(20, 62, ["截至11月中旬，县城区今", "年新建公共充电桩120个，", "分布在18处停车场。"],
             [True, False, False])
    c.column(160, 62, ["城区公共充电桩总数达到", "356个，基本实现“3公里", "充电圈”。"],
             [False, False, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "县城新增公共充电桩120个"
    assert a.byline == "（记者 方可）"


def test_a_plain_line_between_a_headline_and_its_text_is_the_byline(tmp_path: Path) -> None:
    """A letter's signature set as one line of the text's own type (not bold), apart between
    its headline and its text and flush with the text's left edge: the byline whatever its
    words (the byline table reads `读者　江明远` only at a story's foot).  Without the cue the
    line was read as the text's first paragraph and the letter had no byline."""
    c = Canvas("zh", 320, 200)
    c.text(20, 20, "公交站台能否加装座椅", "headline")
    c.text(20, 44, "读者 江明远", "body")
    c.column(20, 64, ["我每天在临江大道公交站", "等车，站台上一把座椅都", "没有。"],
             [True, False, False])
    c.column(160, 64, ["希望有关部门能实地看一", "看，在不影响通行的前提", "下加装几把座椅。"],
             [True, False, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "公交站台能否加装座椅"
    assert a.byline is not None and a.byline.replace(" ", "").replace("\u3000", "") == "读者江明远"
    assert a.paragraphs[0].startswith("我每天")


def _corrections(c: Canvas) -> None:
    """Two stories on top, a brief down the first column under them beside a column head and
    two headless corrections, each flowed across the second and third columns in a row."""
    c.text(20, 20, "County opens two vaccine clinics", "headline")
    story(c, 20, 44, 170)
    c.text(320, 20, "Thank you, Station 4", "brief")
    c.column(320, 38, ["When my mother fell, the", "crew stayed until the", "ambulance came."],
             [True, False, False])
    c.text(20, 130, "Gas prices dip", "brief")
    c.column(20, 146, ["The average price of regular", "gasoline fell 6 cents this", "week,",
                       "the auto club said. Diesel", "held steady."],
             [True, False, False, True, False])
    c.text(170, 130, "CORRECTIONS", "logo")
    c.column(170, 152, ["A Nov. 17 story on Page 5", "misstated the opening date of"],
             [False, False])
    c.column(320, 152, ["the parking garage. It opens", "Dec. 1."], [False, False])
    c.column(170, 188, ["A photo caption on Page 12", "misidentified a volleyball"],
             [False, False])
    c.column(320, 188, ["player. She is Tessa", "Ruiz-Hammond."], [False, False])


def test_headless_items_flowed_across_two_columns_under_a_column_head_are_apart(
        tmp_path: Path) -> None:
    """Two corrections under their column head, each flowed across two columns in a row, a
    brief beside them down the first column (so no white strip runs across the region
    between the rows): the columns' text set in level rows is read row by row (areas), text
    under a column head read after a story is not that story's, and headless text that comes
    back under its first column after going on into the next is another item.  Without the
    row reading the corrections interleaved (one item of the first halves, one of the second);
    without the column head's cue they were read into the brief; without the flow back they
    were one item."""
    c = Canvas("en", 470, 230)
    _corrections(c)
    ed = split(c, tmp_path)
    heads = [a.headline for a in ed.articles]
    assert heads == ["County opens two vaccine clinics", "Thank you, Station 4",
                     "Gas prices dip", None, None], heads
    first, second = ed.articles[3].paragraphs, ed.articles[4].paragraphs
    assert " ".join(first).startswith("A Nov. 17") and " ".join(first).endswith("Dec. 1.")
    assert " ".join(second).startswith("A photo") and " ".join(second).endswith("Ruiz-Hammond.")


def test_a_column_left_of_a_flush_left_headline_is_no_orphan_of_it(tmp_path: Path) -> None:
    """A lead's text runs on into a third column that has nothing over it; the next story's
    headline stands flush left over the fourth column, its text starting a little higher than
    the third column's.  A headline set flush left over its text has nothing of its story on
    its left: the third column is the lead's.  Without the cue (orphan columns looked for on
    both sides) the headline's box was widened over the third column and the second story
    read it as its first paragraph."""
    c = Canvas("en", 640, 220)
    c.text(20, 20, "Library bond backed", "lead")
    c.column(20, 60, COL1, COL1_STARTS)
    c.column(160, 60, COL2, COL2_STARTS)
    c.column(300, 60, ["The board will vote on the", "plan again in June, the chair",
                       "said."], [True, False, False])
    c.text(440, 30, "Ferry fares rise", "headline")
    c.column(440, 54, ["Fares on the island ferry will", "rise by a dollar in July, the",
                       "port authority said."], [True, False, False])
    lead, ferry = split(c, tmp_path).articles
    assert lead.headline == "Library bond backed"
    assert lead.paragraphs[-1].startswith("The board will vote")
    assert ferry.headline == "Ferry fares rise"
    assert ferry.paragraphs == ("Fares on the island ferry will rise by a dollar in July, the "
                                "port authority said.",)


def test_a_head_over_a_long_listing_in_small_print_is_a_data_box(tmp_path: Path) -> None:
    """A short display head over nine lines of small print (a week's listings, a price
    table) with no picture, byline or credit is no story, however many lines it runs to.
    Without the cue (six lines at most) it was read as a story of its own."""
    c = Canvas("zh", 400, 300)
    c.text(20, 20, "秋粮收购准备就绪", "headline")
    c.column(20, 46, ["随着秋收临近，县粮食和物资储", "备局提前谋划秋粮收购工作，",
                      "全县共设收购网点42个，比去年", "增加5个。各网点已完成仓容清",
                      "查和设备检修，可容纳新粮约", "9万吨。县里还组织了6支流动",
                      "收购队，深入偏远村组上门收", "购，让农民少跑路、多增收。",
                      "县粮食和物资储备局负责人介", "绍，今年将严格执行国家收购",
                      "政策，不压级压价，不拖欠售", "粮款，切实保护种粮农民利益。"],
             [True] + [False] * 7 + [True] + [False] * 3)
    c.text(240, 20, "本周菜价", "notice")
    for k, s in enumerate(["品种  均价  周环比", "白菜  1.20  ↓3.1%", "萝卜  1.05  ↑0.8%",
                           "土豆  2.40  ↓1.2%", "茄子  4.10  ↑2.6%", "黄瓜  3.30  ↓5.0%",
                           "芹菜  2.85  ↑1.4%", "韭菜  5.60  ↓0.9%", "（单位：元/公斤）"]):
        c.text(240, 40 + 12 * k, s, "small")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["秋粮收购准备就绪"]
    assert "本周菜价" in ed.skipped


def test_lines_set_one_under_another_between_header_furniture_are_the_headers(
        tmp_path: Path) -> None:
    """The paper's title, then two lines of text type one under another (its motto, then its
    volume and price line), then the edition's index (header furniture), then the first
    headline: the two lines are the header's too.  Without the cue (one line between two
    furniture blocks) the two were read as a story with no headline."""
    c = Canvas("en", 400, 300)
    c.text(20, 14, "THE WREN RIVER LEDGER", "masthead")
    c.text(20, 45, "Serving Wren River and the valley towns")  # into the title's box
    c.text(20, 68, "Vol. 12, No. 7    75 cents")
    c.text(20, 90, "INSIDE: Obituaries, 5 | Sports, 7 | Legal notices, 9")
    c.text(20, 118, "Clinics open", "headline")
    c.column(20, 140, COL1, COL1_STARTS)
    c.column(200, 140, COL2, COL2_STARTS)
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "Clinics open"
    assert "Serving Wren River and the valley towns" in ed.skipped


def test_a_head_wrapped_to_three_lines_over_small_print_is_a_data_box(tmp_path: Path) -> None:
    """A data box's head wrapped by its narrow column to three lines, over a few lines of
    small print and nothing else: still no story.  Without the cue (a head of two lines at
    most) it was read as a story of its own."""
    c = Canvas("zh", 400, 300)
    c.text(20, 20, "秋粮收购准备就绪", "headline")
    c.column(20, 46, ["随着秋收临近，县粮食和物资储", "备局提前谋划秋粮收购工作，",
                      "全县共设收购网点42个，比去年", "增加5个。各网点已完成仓容清",
                      "查和设备检修，可容纳新粮约", "9万吨。"], [True] + [False] * 5)
    for k, s in enumerate(["本周城区农贸", "市场主要蔬菜", "价格"]):
        c.text(240, 20 + 16 * k, s, "label")
    for k, s in enumerate(["白菜  1.20  ↓3.1%", "萝卜  1.05  ↑0.8%", "土豆  2.40  ↓1.2%"]):
        c.text(240, 72 + 12 * k, s, "small")
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["秋粮收购准备就绪"]
    assert any(s.startswith("本周城区农贸") for s in ed.skipped)


def test_a_lone_line_over_all_the_page_set_apart_is_its_running_head(tmp_path: Path) -> None:
    """The page's first block is one line of text type ending no sentence, white space of two
    body sizes under it and nothing beside it: the page's running head, whatever its words.
    Without the cue it was read as a story of one line with no headline."""
    c = Canvas("zh", 400, 300)
    c.text(20, 14, "枫坪山区周刊　2026年3月9日　第6版　人文·风物")
    c.text(20, 44, "秋粮收购准备就绪", "headline")
    c.column(20, 70, ["随着秋收临近，县粮食和物资储", "备局提前谋划秋粮收购工作，",
                      "全县共设收购网点42个。"], [True, False, False])
    c.column(200, 70, ["各网点已完成仓容清查和设备", "检修，可容纳新粮约9万吨。"],
             [True, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "秋粮收购准备就绪"
    assert any(s.startswith("枫坪山区周刊") for s in ed.skipped)


def test_a_column_of_text_opening_with_a_furniture_phrase_is_still_text(tmp_path: Path) -> None:
    """A story's second column opens with the end of a sentence run on from the first that the
    furniture table reads as an ad (`扫码即可预约挂号。`); the column runs to eight lines of
    text type: running text, not an ad.  Without the cue the column was skipped as furniture."""
    c = Canvas("zh", 400, 300)
    c.text(20, 20, "县医院开设夜间儿科门诊", "headline")
    c.column(20, 46, ["即日起，县人民医院儿科每天", "18:00至22:00开设夜间门诊，",
                      "家长可通过医院微信公众号", "提前预约，到院后在自助机上",
                      "扫码取号，也可在服务台由", "工作人员协助办理。市民在", "家中用手机",
                      "微信"], [True] + [False] * 7)
    c.column(200, 46, ["扫码即可预约挂号。", "医院相关负责人介绍，夜间", "门诊由6名儿科医生轮流",
                       "坐诊，并配备2名护士，可", "开展常见病诊疗和雾化等", "治疗，检验科和药房同步",
                       "开放，方便患儿就诊后当", "晚取药。"], [False, True] + [False] * 6)
    a, = split(c, tmp_path).articles
    assert a.headline == "县医院开设夜间儿科门诊"
    assert a.paragraphs[-1].startswith("医院相关负责人介绍")
    assert "扫码即可预约挂号。" in a.paragraphs[0]


def test_a_bold_signature_a_little_above_text_that_rounds_down_is_the_byline(
        tmp_path: Path) -> None:
    """A letter signed in bold 8.5 pt type over text set in 7.6 pt (the page's body size,
    rounded to half a point, is 7.5: the signature is just over the display threshold of it,
    yet within a style step of the text it heads).  Without the cue (the signature measured
    against the rounded body size) it was read as the headline's subheadline (no byline)."""
    text = Style(EN.body.font, 7.6, EN.body.pitch)
    c = Canvas("en", 480, 240)
    c.text(20, 20, "Keep the library open", "headline")
    c.text(20, 40, "Harriet Dunmore, Alder Point", "byline")
    for k, s in enumerate(COL1 + COL2):
        c.ops.append(("text", (20 if k < 5 else 200, 56 + 10.3 * (k % 5), s, text)))
    a, = split(c, tmp_path).articles
    assert (a.headline, a.subheadline, a.byline) == (
        "Keep the library open", None, "Harriet Dunmore, Alder Point")


def test_a_note_of_several_sentences_in_display_type_is_no_headline(tmp_path: Path) -> None:
    """A letters policy set in five lines of display type, two sentences and more, under the
    letters column and level with the next story's headline across a narrow gutter (its
    address runs nearly into the next column): a note, not a headline.  Without the cue it was
    read as that story's headline, the real one as its subheadline."""
    c = Canvas("en", 400, 300)
    c.text(20, 20, "Keep the library open", "headline")
    c.column(20, 40, COL1, COL1_STARTS)
    for k, s in enumerate(["Letters must be signed and", "include a phone number.",
                           "Limit 300 words. Send to", "letters@wrenriverledger.example",
                           "or P.O. Box 88, Wren River."]):
        c.text(20, 110 + 13 * k, s, "label")
    c.text(200, 110, "Ferry fares rise", "headline")
    c.column(200, 130, COL2, COL2_STARTS)
    ed = split(c, tmp_path)
    assert [(a.headline, a.subheadline) for a in ed.articles] == [
        ("Keep the library open", None), ("Ferry fares rise", None)]
    assert any(s.startswith("Letters must be signed") for s in ed.skipped)


def test_a_byline_under_a_stack_set_beside_one_whose_text_was_read_is_its_own() -> None:
    """Three headlines level in a row (an obituary, a column label over nothing, a letter),
    read one after the other before the obituary's text: the obituary's text goes under it,
    and the letter's signature and text, read after that, go under the letter's headline,
    which waited beside it.  Without the cue the signature started a story with no headline
    and the letter's headline, with nothing under it, was dropped as furniture."""
    from audiopaper.split.geometry import Block, TextLine
    from audiopaper.split.layout import _assemble

    def block(role: str, text: str, x0: float, y0: float, x1: float, y1: float,
              size: float = 9.0) -> Block:
        return Block([TextLine(text, x0, y0, x1, y1, size)], role=role).freeze()
    obit = block("display", "Eugene Bartosz, 71", 20, 100, 130, 118, 14)
    label = block("display", "LETTERS TO THE EDITOR", 170, 100, 260, 112, 11)
    letter = block("display", "Keep the library open", 300, 100, 430, 118, 14)
    obit_text = block("body", "Eugene Bartosz of Tamarack Lake died Oct. 12.", 20, 122, 130, 200)
    signed = block("byline", "Ruth Abernathy Cedar Hollow", 300, 122, 400, 132)
    letter_text = block("body", "I was sorry to read that the board may close.", 300, 137, 430, 200)
    order = [obit, label, letter, obit_text, signed, letter_text]
    pieces, furniture = _assemble(order, "en", 9.0)
    assert [(p.stack, p.body) for p in pieces] == [([obit], [obit_text]),
                                                    ([letter, signed], [letter_text])]
    assert furniture == [label]


def test_a_plain_byline_wrapped_to_three_lines_under_a_headline_is_the_byline(
        tmp_path: Path) -> None:
    """An expert's credit set in the text's own type, wrapped by a narrow column to three
    lines, apart between a question's headline and its text and flush with the text's left
    edge: the byline whatever its words.  Without the cue (one line at most) it was read as
    the text's first paragraph and the story had no byline."""
    c = Canvas("zh", 320, 240)
    c.text(20, 20, "玉米叶片发红怎么办", "headline")
    for k, s in enumerate(["（解答专家：市农科所", "土壤肥料研究室副研究", "员 石禾丰）"]):
        c.text(20, 44 + 13.5 * k, s, "body")
    c.column(20, 92, ["问：我家玉米叶片发红，", "是不是缺了什么肥？", "答：多半是缺磷，可以",
                      "叶面喷施磷酸二氢钾。"], [True, False, True, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "玉米叶片发红怎么办"
    assert a.byline is not None and a.byline.startswith("（解答专家")
    assert a.paragraphs[0].startswith("问：")


def test_an_ad_of_three_lines_right_under_footer_furniture_is_the_footer(tmp_path: Path) -> None:
    """Under all the page's text, a footer line (an e-edition promo, furniture by its words)
    and right under it a small ad of three lines in text type: the footer's too.  Without the
    cue (two lines at most under footer furniture) the ad was read as a brief."""
    c = Canvas("en", 400, 300)
    c.text(20, 20, "Clinics open", "headline")
    story(c, 20, 44, 200)
    c.text(20, 130, "Scan the code to read more.", "small")
    for k, s in enumerate(["WREN RIVER FEED & SEED", "Fall bulbs 20% off this week",
                           "88 Mill Road | Open daily"]):
        c.text(20, 146 + 11.5 * k, s)
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert any(s.startswith("WREN RIVER FEED") for s in ed.skipped)


def test_a_photo_under_one_of_two_labels_set_side_by_side_goes_with_it() -> None:
    """A photo's label and, beside it, a column's label over nothing yet, read one after the
    other before the photo: the photo (and its caption) goes with the label it is set under.
    Without the cue it went with the label read last, beside it, and the photo's own label,
    heading nothing, was dropped as furniture."""
    from audiopaper.split.geometry import Block, TextLine
    from audiopaper.split.layout import _assemble

    def block(role: str, text: str, x0: float, y0: float, x1: float, y1: float,
              size: float = 9.0) -> Block:
        return Block([TextLine(text, x0, y0, x1, y1, size)], role=role).freeze()
    label = block("display", "NEW LOOK ON MILL STREET", 20, 100, 140, 114, 11)
    series = block("display", "MAIN STREET MONEY", 190, 100, 300, 114, 11)
    photo = Block(box=(20, 120, 170, 200), role="image")
    caption = block("small", "Workers install a new storefront.", 20, 204, 170, 214, 7.5)
    order = [label, series, photo, caption]
    pieces, _ = _assemble(order, "en", 9.0)
    shot = next(p for p in pieces if p.image is photo)
    assert shot.stack == [label] and shot.body == [caption]


def test_a_label_far_over_a_headline_in_its_column_heads_nothing() -> None:
    """A column's label at the top of an empty stretch of column and a headline set a dozen
    body sizes and more below it, in the same column: a stack is set tight, so the label is
    no kicker of that headline.  Without the cue (only stacks in other columns were too far)
    the label was read as the headline and the headline as its subheadline."""
    from audiopaper.split.geometry import Block, TextLine
    from audiopaper.split.layout import _assemble

    def block(role: str, text: str, x0: float, y0: float, x1: float, y1: float,
              size: float = 9.0) -> Block:
        return Block([TextLine(text, x0, y0, x1, y1, size)], role=role).freeze()
    label = block("display", "LETTERS TO THE EDITOR", 300, 70, 400, 98, 11)
    head = block("display", "Lionel A. Brisbois, 71", 300, 250, 420, 268, 14)
    text = block("body", "WYNDHAM FALLS — Lionel A. Brisbois, who ran the shop.", 300, 272, 430, 330)
    pieces, furniture = _assemble([label, head, text], "en", 9.0)
    assert [(p.stack, p.body) for p in pieces] == [([head], [text])]
    assert furniture == [label]


def test_a_byline_with_its_parts_set_apart_by_runs_of_spaces_is_a_byline(tmp_path: Path) -> None:
    """A byline whose name and paper are set apart by runs of spaces (`By Ada Moreno  |  Wren
    Daily`, as a layout program keeps them) is read by the byline table as with one space.
    Without the cue it was no byline, and was read as the story's first paragraph."""
    c = Canvas("en", 400, 220)
    c.text(20, 20, "Clinics open", "headline")
    c.text(20, 40, "By Ada Moreno  |  Wren Daily", "small")
    story(c, 20, 56, 200)
    a, = split(c, tmp_path).articles
    assert a.byline is not None and a.byline.startswith("By Ada Moreno")
    assert a.paragraphs[0].startswith("The county will open")


def test_a_block_of_display_type_longer_than_six_lines_is_no_headline(tmp_path: Path) -> None:
    """A tide table set in eight lines of display type over the next story's headline: no
    headline runs to more than six lines, so it is a data box, skipped.  Without the cue it
    was read into the headline under it."""
    c = Canvas("zh", 400, 400)
    c.text(20, 20, "秋粮收购准备就绪", "headline")
    c.column(20, 46, ["随着秋收临近，县粮食和物资储", "备局提前谋划秋粮收购工作，",
                      "全县共设收购网点42个，比去年", "增加5个。"], [True, False, False, False])
    for k, s in enumerate(["潮汐预报（枫港）", "3月9日", "高潮 05:42 3.86米", "18:07 4.02米",
                           "低潮 11:58 0.74米", "23:40 0.91米", "数据来源：", "枫港海洋预报台"]):
        c.text(20, 120 + 16 * k, s, "label")
    c.text(20, 262, "让港与城双向奔赴", "headline")
    c.column(20, 288, ["枫港因港而生、因港而兴。港口", "为城市发展注入了源源不断的", "动力。"],
             [True, False, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["秋粮收购准备就绪", "让港与城双向奔赴"]
    assert any(s.startswith("潮汐预报") for s in ed.skipped)


def test_a_long_notice_in_text_type_under_its_title_stays_furniture(tmp_path: Path) -> None:
    """A job notice of eight lines in text type under all the stories, its title (`招聘启事`,
    furniture by its words) on its first line: the title ends no sentence, so it is no
    sentence's end run on from a column before, and the notice stays furniture.  With the
    running-text cue applied to any first line, the notice was read as a story."""
    c = Canvas("zh", 400, 320)
    c.text(20, 20, "秋粮收购准备就绪", "headline")
    c.column(20, 46, ["随着秋收临近，县粮食和物资储", "备局提前谋划秋粮收购工作，",
                      "全县共设收购网点42个，比去年", "增加5个。"], [True, False, False, False])
    c.column(20, 120, ["招聘启事", "枫坪县城市建设投资有限公司因", "业务发展需要，面向社会公开招",
                       "聘工作人员8名，报名截止时间", "为3月31日，详情请登录公司网", "站查询，",
                       "联系电话：0736-5821100，", "联系人：周女士"], [False] * 8)
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["秋粮收购准备就绪"]
    assert any(s.startswith("招聘启事") for s in ed.skipped)


def test_a_bold_byline_smaller_than_large_text_under_a_headline_is_the_byline(
        tmp_path: Path) -> None:
    """A bold 8.5 pt line under a headline and right over text set in 9.5 pt (small type for
    that page, display by weight on most), ending no sentence: the byline whatever its words.
    Without the cue (bold display type only) it was read as the text's first paragraph."""
    text = Style(EN.body.font, 9.5, EN.body.pitch)
    c = Canvas("en", 480, 240)
    c.text(20, 20, "Keep the library open", "headline")
    c.text(20, 40, "Harriet Dunmore For the Ledger", "byline")
    for k, s in enumerate(COL1 + COL2):
        c.ops.append(("text", (20 if k < 5 else 220, 56 + 12.8 * (k % 5), s, text)))
    a, = split(c, tmp_path).articles
    assert (a.headline, a.byline) == ("Keep the library open", "Harriet Dunmore For the Ledger")
    assert a.paragraphs[0].startswith("The county will open")


def test_a_byline_flush_right_under_a_photos_caption_is_its_credit() -> None:
    """A photo's credit set as a bracketed byline (`（本报记者 林禾 摄）`, a tail byline to the
    table) on its own line, flush right with the photo right under its caption: the photo's
    credit.  Without the cue it stayed a byline; on the page it came from (qiwu p1 of set 11,
    one grid) it was read after the stories beside the photo and went into the next story's
    byline."""
    from audiopaper.split.geometry import Block, TextLine
    from audiopaper.split.layout import _photo_credits

    def block(role: str, lines: list[tuple[str, float, float, float, float]]) -> Block:
        return Block([TextLine(t, x0, y0, x1, y1, 8.0) for t, x0, y0, x1, y1 in lines],
                     role=role).freeze()
    photo = Block(box=(230, 40, 400, 130), role="image")
    caption = block("small", [("11月18日，人民公园内的银杏大道迎来最", 230, 135, 376, 145),
                              ("佳观赏期，吸引不少市民前来拍照。", 230, 147, 360, 157)])
    credit = block("byline", [("（本报记者 林禾 摄）", 322, 161, 400, 171)])
    items = _photo_credits([caption, credit], [photo])
    assert items == [caption, credit]
    assert credit.role == "credit" and caption.role == "small"


def test_display_type_closed_by_a_full_stop_is_no_headline(tmp_path: Path) -> None:
    """A column's tagline in display type under its text (`Reach … at … or 555-0100.`), set
    over a brief's headline: display type closed by a full stop is no headline (a headline
    ends with none; `U.S.` is no full stop).  Without the cue the tagline was read as the
    brief's headline, the real one as its subheadline."""
    c = Canvas("en", 400, 300)
    c.text(20, 20, "Main Street needs shoppers", "headline")
    c.column(20, 44, COL1, COL1_STARTS)
    c.text(20, 104, "Reach Ada Moreno at", "label")
    c.text(20, 118, "ada@wren.example", "label")
    c.text(20, 132, "or 555-0100.", "label")
    c.text(20, 154, "Gas prices dip in the U.S.", "brief")
    c.column(20, 172, COL2, COL2_STARTS)
    ed = split(c, tmp_path)
    assert [(a.headline, a.subheadline) for a in ed.articles] == [
        ("Main Street needs shoppers", None), ("Gas prices dip in the U.S.", None)]
    assert any(s.startswith("Reach Ada Moreno") for s in ed.skipped)


def test_a_deck_in_sentences_right_under_its_headline_stays_its_deck(tmp_path: Path) -> None:
    """A deck written as two sentences, closed by a full stop, set right under its headline:
    still the story's subheadline (a note closed by a full stop is display type set anywhere
    else).  With the full-stop cue applied to it too, the deck was dropped as a note."""
    c = Canvas("en", 400, 260)
    c.text(20, 20, "Pave the river trail now", "headline")
    c.text(20, 40, "The county has two years. It should not waste them.", "sub")
    story(c, 20, 60, 200)
    a, = split(c, tmp_path).articles
    assert (a.headline, a.subheadline) == (
        "Pave the river trail now", "The county has two years. It should not waste them.")


def test_a_credit_tight_under_a_data_box_in_its_own_type_is_the_boxs(tmp_path: Path) -> None:
    """A data box set into a story's columns in display type (12 pt over 9 pt text, more than
    six lines: no headline), its source line broken after `制` and its rest `图：韦青` set tight under it in the box's own
    type: that line is the box's, as it is in small type.  Without the cue `图：韦青` was read
    as a photo credit: the story's byline took it and the story's next column, read after it,
    became a story of its own."""
    c = Canvas("zh", 420, 300)
    c.text(20, 20, "秋粮收购开秤 价格稳中有升", "lead")
    c.text(20, 54, "本报记者 邵禾", "byline")
    c.column(20, 72, ["10月以来，全省中晚稻陆", "续进入收获期，各地粮食", "收购企业陆续开秤。记者",
                      "从省粮食和物资储备局获"], [True, False, False, False])
    rows = ["本周农产品批发价格", "中晚籼稻    1.36", "玉米        1.12", "大豆        2.45",
            "白菜        0.85", "数据来源：省农业农", "村厅市场信息处  制"]
    for k, s in enumerate(rows):
        c.text(150, 72 + 15.6 * k, s, "quote")
    c.text(150, 72 + 15.6 * len(rows), "图：韦青", "quote")
    c.column(280, 72, ["悉，截至10月13日，全省", "已收购中晚稻21.6亿斤。", "各地粮食部门还推出",
                       "“预约收购”服务。"], [False, False, True, False])
    ed = split(c, tmp_path)
    a, = ed.articles
    assert (a.byline or "").replace(" ", "") == "本报记者邵禾"
    assert a.paragraphs[-1].endswith("服务。")
    assert "韦青" not in " ".join((a.byline or "", *a.paragraphs))


def test_a_credit_shaped_line_under_a_headline_with_no_photo_is_the_byline(tmp_path: Path) -> None:
    """A byline the table reads as a photo credit (a name in capitals over `/ Staff Writer`)
    set right under a headline and right over its text, no photo anywhere near: it is the
    story's byline.  Without the cue it was read as a credit, which closes a story: the
    headline kept it and no text, and the text became a story of its own."""
    c = Canvas("en", 360, 200)
    c.text(20, 20, "Port cargo volumes up 9% in August", "headline")
    c.text(20, 40, "MARCUS VELL / Staff Writer", "byline")
    story(c, 20, 56, 180)
    a, = split(c, tmp_path).articles
    assert a.headline == "Port cargo volumes up 9% in August"
    assert a.byline == "MARCUS VELL / Staff Writer"
    assert a.paragraphs[0].startswith("The county will open")


def test_a_head_over_figures_a_little_below_the_texts_size_is_a_data_box(tmp_path: Path) -> None:
    """A head in display type over a table of figures set a little below the text's size (8 pt
    on a page of 8.5 pt text: too near it to be small type), with no byline, photo or credit:
    small print, a data box, furniture.  Without the cue it was read as a story headlined
    `MARKETS AT A GLANCE`."""
    c = Canvas("en", 420, 240)
    c.text(20, 20, "Clinics open", "headline")
    c.column(20, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    c.text(220, 20, "MARKETS AT A GLANCE", "label")
    figures = Style("helv", 8.0, 1.35)
    rows = ["Close Chg %Chg", "Dow industrials 41,622.08 228.30", "S&P 500 5,633.09 7.07",
            "Nasdaq 17,592.13 -91.85", "Crude oil 70.09 1.44", "Source: Carrow Exchange"]
    for k, s in enumerate(rows):
        c.ops.append(("text", (220, 38 + 11 * k, s, figures)))
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert "MARKETS AT A GLANCE" in ed.skipped
    assert any("Dow industrials" in s for s in ed.skipped)


def test_figures_a_tenth_of_a_point_below_the_texts_size_are_small_print(tmp_path: Path) -> None:
    """As above, the text set in 7.6 pt and the figures in 7.5 pt: a tenth of a point is a
    size of its own.  With the figures required to be more than a tenth below the text's size
    (the cue narrowed) the box was read as a story headlined `NORTHERN DIVISION`."""
    c = Canvas("en", 420, 240)
    c.text(20, 20, "Clinics open", "headline")
    text = Style(EN.body.font, 7.6, EN.body.pitch)
    for k, s in enumerate(COL1 + COL2):
        c.ops.append(("text", (20, 42 + 7.6 * EN.body.pitch * k, s, text)))
    c.text(220, 20, "NORTHERN DIVISION", "label")
    figures = Style(EN.body.font, 7.5, EN.body.pitch)
    rows = ["P W D L Pts", "Castleford 15 9 3 3 30", "Brackenridge 15 8 4 3 28",
            "Holme Rovers 15 8 3 4 27", "Harlow City 15 7 6 2 27"]
    for k, s in enumerate(rows):
        c.ops.append(("text", (220, 38 + 10.5 * k, s, figures)))
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open"]
    assert "NORTHERN DIVISION" in ed.skipped


def test_a_photos_label_over_a_run_of_headlines_is_no_columns_head(tmp_path: Path) -> None:
    """A photo's label set over the photo, with two headlines of one size lower down in its
    column (letters under the photo): the label is set apart over a headline, as a column's
    head is, but a photo stands between them, so it is the photo's headline.  Without the cue
    the label was read as a column's head (furniture) and the photo had no headline."""
    c = Canvas("zh", 300, 400)
    c.text(120, 20, "夜读", "label")
    c.image(20, 40, 280, 140)
    c.text(200, 144, "校报记者 白帆 摄", "credit")
    c.text(20, 170, "希望食堂延长晚餐供应时间", "headline")
    c.column(20, 192, ["我是一名研究生，经常在实验室忙", "到晚上七八点，食堂晚餐供应到", "18:30就结束了。"],
             [True, False, False])
    c.text(20, 250, "南湖栈道该修一修了", "headline")
    c.column(20, 272, ["最近在校园里散步，发现南湖边的", "几处木栈道有木板松动、翘起，", "希望尽快检修。"],
             [True, False, False])
    ed = split(c, tmp_path)
    lead, photo, _ = ed.articles  # the lead: the largest headline
    assert [a.headline for a in ed.articles] == ["希望食堂延长晚餐供应时间", "夜读", "南湖栈道该修一修了"]
    assert (photo.byline or "").replace(" ", "") == "校报记者白帆摄"


def test_a_subheadline_the_column_wrapped_twice_reads_on_whole(tmp_path: Path) -> None:
    """A `——对话…` subheadline in a column one story wide, wrapped twice by it, its last line
    one character (`禾`): the first break is the column's too, not only the last.  With only the
    short rest read on the line before (the cue taken out) the second line went to the
    headline (`…更省心 业合作社理事长苗青禾`)."""
    c = Canvas("zh", 160, 400)
    c.text(20, 20, "“数字茶园”让种", "headline").text(20, 39, "茶更省心", "headline")
    for k, s in enumerate(["——对话岫山茶业专", "业合作社理事长苗青", "禾"]):
        c.text(20, 64 + 14.3 * k, s, "sub")
    c.text(20, 112, "本报记者 易澄", "byline")
    c.column(20, 130, ["眼下正是夏茶采摘季。", "在岫山茶业专业合作社的茶", "园里，土壤墒情传感器、虫",
                       "情测报灯随处可见。"], [True, False, False, False])
    a, = split(c, tmp_path).articles
    assert a.headline == "“数字茶园”让种茶更省心"
    assert a.subheadline == "——对话岫山茶业专业合作社理事长苗青禾"


def test_a_notices_sentence_in_display_type_does_not_end_the_notice(tmp_path: Path) -> None:
    """A letters policy under its title (`Letters policy: …`, a notice by the table), its next
    line a sentence in the same display type (a note: closed by a full stop), then the rest in
    the text's type: the notice takes the text after the note as it takes the text after its
    title.  Without the cue the note ended the notice and its last lines were read as the
    story's text (here the story read before it; on a page of letters, a story of its own)."""
    c = Canvas("en", 420, 220)
    c.text(20, 20, "Keep the crossing guard", "headline")
    c.column(20, 42, COL1 + COL2, [True, False, False, True, False] * 2)
    c.text(220, 20, "Letters policy: The Gazette", "notice")
    c.text(220, 34, "welcomes letters of 300 words.", "notice")
    c.column(220, 52, ["Include your name, town and", "phone number. Send to letters@",
                       "gazette.example or 22 Main St."], [False, False, False])
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Keep the crossing guard"]
    assert any("Include your name" in s for s in ed.skipped)


def test_an_ads_last_line_a_little_below_the_texts_size_is_the_ads(tmp_path: Path) -> None:
    """An ad's head in display type (`Scan for live ferry`, an ad by the table) and its last
    words set tight under it in type a little below the text's size (7.5 pt on 8 pt text: too
    near it to be small type): they are the ad's.  Without the cue they were read as the text
    of the story over the ad (and, where a white-space cut parts them from it, as a story of
    their own with no headline)."""
    c = Canvas("en", 420, 260)
    text = Style(EN.body.font, 8.0, EN.body.pitch)
    c.text(20, 20, "Clinics open", "headline")
    for k, s in enumerate(COL1 + COL2):
        c.ops.append(("text", (20, 42 + 8.0 * EN.body.pitch * k, s, text)))
    c.text(220, 20, "Fire displaces families", "headline")
    for k, s in enumerate(COL2 + COL1 + COL2):  # running on below the ad
        c.ops.append(("text", (220, 42 + 8.0 * EN.body.pitch * k, s, text)))
    c.text(20, 170, "Scan for live ferry", "notice")
    c.ops.append(("text", (20, 186, "sailing updates", Style(EN.body.font, 7.5, EN.body.pitch))))
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open", "Fire displaces families"]
    assert "sailing updates" in ed.skipped


def test_a_headline_beside_text_closed_by_a_byline_wrapped_onto_three_lines_is_no_quote(
        tmp_path: Path) -> None:
    """A story in narrow columns closed by its byline, which the column wrapped onto three
    lines (`兑换奖品。（实习` / `生 林小满 记者 石` / `朗）`), and the next story's headline at the
    head of the next column under a column's label (`市民来信`): the text ended, so that headline is no pull quote.  With only the
    last two lines read for the byline (the cue taken out) the headline was skipped as a pull
    quote and its story had none."""
    c = Canvas("zh", 420, 200)
    c.text(20, 20, "市民江滨健步走", "headline")
    c.column(20, 46, ["11月16日，第二", "届健步走活动在江", "滨公园开跑，2600", "余名市民参加。"],
             [True, False, False, False])
    c.column(116, 46, ["活动还设置了问答", "环节，答对即可获", "兑换奖品。（实习", "生 林小满 记者 石", "朗）"],
             [True, False, False, False, False])
    c.text(212, 20, "市民来信", "logo").text(212, 36, "小区门口能否恢复公交站", "headline")
    c.column(212, 62, ["我家住在江北区桂", "园小区，门口的公", "交站去年撤掉了。"], [True, False, False])
    c.column(308, 62, ["希望公交公司能考", "虑恢复这个站点。"], [True, False])
    ed = split(c, tmp_path)
    assert sorted(a.headline or "" for a in ed.articles) == ["小区门口能否恢复公交站", "市民江滨健步走"]


def test_a_headline_beside_a_table_a_little_below_the_texts_size_is_no_quote(
        tmp_path: Path) -> None:
    """A price table under its head, set in 8 pt on a page of 8.5 pt text (too near it to be
    small type) and ending no sentence, and a brief's headline at the head of the next column
    under the column's label: the table's figures run on into nothing, so the headline is no
    pull quote.  Without the cue it was skipped as one and its brief had no headline."""
    c = Canvas("zh", 470, 240)
    text = Style("china-s", 8.5, 1.5)
    c.text(20, 20, "前5月规上工业增加值增长9.6%", "headline")
    lines = ["6月25日，记者从县统计局获", "悉，今年1-5月，全县规上工", "业增加值同比增长9.6%，",
             "增速居全市第二位。新能源装", "备产业实现产值38.7亿元，", "同比增长21.3%。"]
    for k, s in enumerate(lines):
        c.ops.append(("text", (20, 46 + 12.75 * k, s, text)))
        c.ops.append(("text", (140, 46 + 12.75 * k, s, text)))
    c.text(260, 20, "本周农产品价格", "notice")
    figures = Style("china-s", 8.0, 1.5)
    for k, s in enumerate(["品名  本周均价  较上周", "猪肉  26.00  ↓0.60", "草鱼  18.50  —",
                           "数据来源：县价格监测中心"]):
        c.ops.append(("text", (260, 40 + 12 * k, s, figures)))
    c.text(372, 20, "经济快讯", "logo").text(372, 36, "茶油获地理标志", "brief")
    for k, s in enumerate(["近日，国家知识产权", "局核准“鹤岭茶油”", "注册为地理标志。"]):
        c.ops.append(("text", (372, 54 + 12.75 * k, s, text)))
    ed = split(c, tmp_path)
    assert "茶油获地理标志" in [a.headline for a in ed.articles]


def test_a_pull_quote_over_a_wide_white_strip_heads_nothing_under_it(tmp_path: Path) -> None:
    """A lead's pull quote at the foot of its third column, a wide white strip under it and a
    court notice under that: the strip is cut before the gutters, so the lead's fourth column
    is read with the lead.  With the pull quote taken for a stack heading the notice far below
    it (the cue taken out) the strip was not cut, the columns were read down the page and the
    notice took the lead's fourth column as its text."""
    c = Canvas("zh", 470, 330)
    c.text(20, 20, "明知他人诈骗仍出租银行卡获刑", "lead")
    c.column(20, 56, ["为赚取每张卡1200", "元的“租金”，郑某", "将银行卡出租给他", "人使用。"],
             [True, False, False, False])
    c.column(130, 56, ["法院审理认为，郑", "某明知他人利用信", "息网络实施犯罪，", "仍提供帮助。"],
             [True, False, False, False])
    c.column(240, 56, ["其中经查证属实的", "诈骗资金为21.7万", "元，涉及被"], [True, False, False])
    c.text(240, 100, "法官提醒：不出租", "quote").text(240, 116, "不出借 不出售", "quote")
    c.column(350, 56, ["害人14名。法院以", "帮助信息网络犯罪", "活动罪判处郑某有", "期徒刑十个月。"],
             [False, False, False, False])
    c.text(20, 230, "检察机关支持起诉", "headline")
    c.column(20, 254, ["因工程款结算纠纷，", "37名农民工的工资", "被拖欠。"], [True, False, False])
    c.column(130, 254, ["检察院支持起诉后，", "欠薪52.3万元全部", "追回。"], [True, False, False])
    c.text(240, 230, "法院公告", "notice")
    c.column(240, 250, ["祁德旺：本院受理原", "告诉你民间借贷纠纷", "一案，已审理终结。"],
             [False, False, False])
    ed = split(c, tmp_path)
    lead = ed.articles[0]
    assert lead.headline == "明知他人诈骗仍出租银行卡获刑"
    assert "有期徒刑十个月" in "".join(lead.paragraphs)


def test_items_under_a_column_head_in_a_ruled_box_across_two_columns_are_no_data_box(
        tmp_path: Path) -> None:
    """Two corrections under their column head, each flowed across two columns, alone in the
    box the rules between stories make (six lines in all, as a data box's figures may run to):
    text set beside the head, in the next column, is no data box's.  Without the cue the
    corrections were skipped as the head's figures."""
    c = Canvas("en", 470, 230)
    c.text(20, 20, "County opens two vaccine clinics", "headline")
    story(c, 20, 44, 170)
    c.rule(20, 122, 450, 122)
    c.text(20, 130, "CORRECTIONS", "logo")
    c.column(20, 152, ["A Nov. 17 story on Page 5", "misstated the opening date of"],
             [False, False])
    c.column(170, 152, ["the parking garage."], [False])
    c.column(20, 188, ["A photo caption on Page 12", "misidentified a volleyball"],
             [False, False])
    c.column(170, 188, ["player, Tessa Ruiz."], [False])
    ed = split(c, tmp_path)
    assert not any("parking garage" in s for s in ed.skipped)
    assert any("parking garage" in " ".join(a.paragraphs) for a in ed.articles)


def test_a_tag_line_ending_in_a_colon_keeps_the_line_under_it(tmp_path: Path) -> None:
    """A box set into a lead's first column in display type: `温馨提示` / `咨询电话：` / the
    number.  The lines the furniture table knows end in a colon: the line under them is what
    they announce, not a headline cut off them.  Without the cue the number was read as the
    headline of a story that took the lead's text under it."""
    c = Canvas("zh", 320, 260)
    c.text(20, 20, "我县今年改造老旧小区27个", "lead")
    c.column(20, 56, ["6月的青龙街道文星社区，", "新铺设的沥青路面平整干净，", "小区里的健"],
             [True, False, False])
    for k, s in enumerate(["温馨提示", "咨询电话：", "0839-6006802"]):
        c.text(20, 102 + 15.6 * k, s, "quote")
    c.column(20, 156, ["身广场成了居民们茶余饭后", "的好去处。"], [False, False])
    c.column(160, 56, ["文星社区是我县今年首批完", "工的老旧小区改造项目之一。", "改造内容包括雨污分流、",
                       "外墙保温、加装电梯、增设", "停车位和充电桩等。施工中", "社区按照“一小区一方案”",
                       "的原则，先征求居民意见，", "再定改造清单。"], [True] + [False] * 7)
    ed = split(c, tmp_path)
    a, = ed.articles
    assert a.headline == "我县今年改造老旧小区27个"
    assert "健身广场" in "".join(a.paragraphs)
    assert "0839" not in "".join(a.paragraphs)


def test_a_headless_table_a_little_below_the_texts_size_is_furniture(tmp_path: Path) -> None:
    """A table of scores whose head is set in its own type, 7.5 pt on a page of 8 pt text, in
    the box a rule across the page makes under two stories, a note in the text's type beside
    it, no photo over it: small print with no head is no story either.  Without the cue it
    was read as a story with no headline."""
    c = Canvas("en", 420, 280)
    text = Style(EN.body.font, 8.0, EN.body.pitch)
    c.text(20, 20, "Clinics open", "headline")
    for k, s in enumerate(COL1 + COL2):
        c.ops.append(("text", (20, 42 + 8.0 * EN.body.pitch * k, s, text)))
    c.text(220, 20, "Fire displaces families", "headline")
    for k, s in enumerate(COL2 + COL1):
        c.ops.append(("text", (220, 42 + 8.0 * EN.body.pitch * k, s, text)))
    c.rule(20, 160, 400, 160)
    c.text(220, 170, "Gas prices dip", "brief")
    c.column(220, 186, ["The average price of regular", "gasoline fell 6 cents this", "week."],
             [True, False, False])
    figures = Style(EN.body.font, 7.5, EN.body.pitch)
    for k, s in enumerate(["AREA SCORES", "Stony Point 45, Ridgeline 17", "Maple Ford 37, Heron 3"]):
        c.ops.append(("text", (20, 170 + 10.2 * k, s, figures)))
    ed = split(c, tmp_path)
    assert [a.headline for a in ed.articles] == ["Clinics open", "Fire displaces families",
                                                 "Gas prices dip"]
    assert any("Ridgeline 17" in s for s in ed.skipped)


def test_a_plain_signature_a_size_below_large_text_under_a_headline_is_the_byline(
        tmp_path: Path) -> None:
    """A letter signed `读者　曾欣雯` in 9 pt, set apart between its headline and its text set
    large (9.8 pt, so the signature is small type), flush with the text's left edge: the
    byline, as the same line in the text's own type is.  Without the cue it was read as the
    letter's first paragraph."""
    c = Canvas("zh", 300, 200)
    text = Style("china-s", 9.8, 1.5)
    c.text(20, 20, "建议在河边步道多设几处休息椅", "headline")
    c.ops.append(("text", (20, 46, "读者\u3000曾欣雯", Style("china-s", 9.0, 1.3))))
    for k, s in enumerate(["沐江河边步道修好以后，每天早", "晚散步的人越来越多。美中不足", "的是，沿途只有两三处能坐下歇",
                           "脚的地方。"]):
        c.ops.append(("text", (20 + (19.6 if k == 0 else 0), 66 + 14.7 * k, s, text)))
    a, = split(c, tmp_path).articles
    assert (a.byline or "").replace("\u3000", " ") == "读者 曾欣雯"
    assert a.paragraphs[0].startswith("沐江河边")
