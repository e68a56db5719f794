"""Cues for boxes, columns of briefs, photo credits and letters that a page's furniture or its
blank lines give away, each on invented text (session 10)."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import byline_kind, furniture_kind
from audiopaper.split.shape import page_lines

from .conftest import column

A_BODY = ("6月10日，青河镇农贸市场改造工程完工，新市场共设摊位260个，配备冷链储存区和"
          "农产品检测室，商户已于当天陆续入驻经营。")
B_BODY = ("连日来，县图书馆开展暑期少儿阅读活动，组织绘本共读、手工课堂和科普讲座等二十余场，"
          "吸引少儿读者一千二百多人次参加。")


def zh(*lines: str, no: int = 3) -> Page:
    return Page(source=f"p{no}.txt", lang="zh", page_no=no, lines=tuple(lines))


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p3.txt", lang="en", page_no=3, lines=tuple("\n\n".join(blocks).split("\n")))


def test_a_table_row_keeps_its_cells_apart() -> None:
    """A medal table's rows spaced out by runs of spaces keep one space between cells (`41 30
    26`, not `413026`), so the rows read as a box's and the box is skipped; a justified line of
    running text still closes up."""
    lines, _ = page_lines(["代表团  金  银  铜", "东湖区  41  30  26", "全部比赛   场馆赛后将开放"])
    assert [x.s for x in lines] == ["代表团 金 银 铜", "东湖区 41 30 26", "全部比赛场馆赛后将开放"]
    page = zh("青河县运动会闭幕", "东湖区蝉联金牌榜首位", *column(A_BODY), "金牌榜",
              "代表团  金  银  铜", "东湖区  41  30  26", "西山县  35  28  31", "南岭镇  29  33  27",
              "制表：辛未", "县图书馆开展少儿阅读活动", *column(B_BODY))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["东湖区蝉联金牌榜首位", "县图书馆开展少儿阅读活动"]
    assert not any("41" in x for s in res.stories
                   for x in (s.kicker or "", s.headline or "", s.byline or "", *s.paragraphs))
    assert furniture_kind("制表：辛未", "zh") == "editor"


def test_a_column_of_briefs_is_read_by_its_shape_whatever_its_head() -> None:
    """Briefs whose heads run into their text after a gap, one under another, under a column
    head no table names: each is a story with its head (one such line alone could be a
    justified column's line)."""
    page = zh("城区动态",
              "河西公园樱花进入盛花期   记者昨日从河西公园获悉，园内八百余株樱花已进入盛花期，"
              "周末游客较多。（记者 辛未）",
              "环城北路夜间封闭施工   因管网改造需要，环城北路每天22时至次日6时实行封闭施工，"
              "过往车辆请绕行。",
              "县图书馆推出就近还书   从本月起，读者可在全县二十个社区书柜就近归还图书，"
              "系统将自动销账。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["河西公园樱花进入盛花期", "环城北路夜间封闭施工",
                                                 "县图书馆推出就近还书"]
    assert res.stories[0].byline is not None and "辛未" in res.stories[0].byline


def test_a_brief_after_a_time_of_day_and_a_blank_line_is_a_brief_of_its_own() -> None:
    """`…until 4 p.m.` then a blank line: the stop may be an abbreviation's, but the blank line
    says the brief ended, so the next line's run-in head starts a brief."""
    page = en("AROUND TOWN",
              "Lantern walk Saturday   The Friends of Mill Pond Park will\nhold a lantern walk "
              "from 6 to 8 p.m. Saturday.\nLanterns can be picked up at the pavilion until 4 p.m.",
              "Flu shots at town hall   The county\nhealth department will offer free flu "
              "shots from 9 a.m. to noon Tuesday.")
    assert [s.headline for s in split_page(page).stories] == ["Lantern walk Saturday",
                                                              "Flu shots at town hall"]


def test_a_photographer_named_after_the_word_is_a_credit() -> None:
    assert byline_kind("特约摄影 付远山", "zh") == "credit"
    assert byline_kind("摄影记者 柯蓝", "zh") == "credit"
    assert byline_kind("摄影展在县文化馆开幕", "zh") is None


def test_a_volume_line_in_mixed_case_is_the_date_line() -> None:
    """`Vol. 58, No. 41    Thursday, October 16, 2025    75 cents` is the masthead's date line
    (not a brief's head run into text), and the motto over it is the masthead's too."""
    page = en("THE MILL POND SENTINEL\nYour hometown weekly for Mill Pond and the lake country\n"
              "Vol. 58, No. 41    Thursday, October 16, 2025    75 cents",
              "Council approves new trash contract",
              "The Mill Pond council voted 4-1 on Monday to hire a new\nhauler for trash and "
              "recycling pickup.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Council approves new trash contract"]
    assert any("Vol. 58, No. 41 Thursday" in x and "hometown" in x for x in res.skipped)


def test_a_letter_signed_with_the_name_over_the_town() -> None:
    """In a column of letters, the writer's name over the town, no comma, in a block of their
    own: the letter's byline, not the next letter's headline."""
    page = en("LETTERS TO THE EDITOR", "Keep the pool open in August",
              "I was sorry to read that the pool may close early this year.\nMany families "
              "have no other place to swim.",
              "Ruth Abernathy\nMill Pond", "Thanks to the road crew",
              "A big thank-you to the county crew who rebuilt the washout on\nBirch Hill Road "
              "in three days.",
              "Linda and Frank Moreau\nAshby")
    got = [(s.headline, s.byline) for s in split_page(page).stories]
    assert got == [("Keep the pool open in August", "Ruth Abernathy Mill Pond"),
                   ("Thanks to the road crew", "Linda and Frank Moreau Ashby")]


def test_blocks_as_short_as_paragraphs_are_the_paragraphs() -> None:
    """English where a blank line parts every paragraph: a short line inside a block is the
    ragged edge's, not a paragraph's end; a body of long blocks keeps the width rule."""
    page = en("Eugene Bartosz, 71",
              "Eugene Bartosz of Mill Pond died Oct. 12\nat home, after a long illness. He was 71.",
              "He drove a milk truck for Lakeland Dairy\nfor 38 years. He is survived by Carol\n"
              "and sons Mark and Steven.\nServices were private.",
              "Memorial gifts may go to the Mill Pond\nvolunteer fire department.")
    story = split_page(page).stories[0]
    assert len(story.paragraphs) == 3
    long_block = "\n".join(f"The board heard part {k} of the report on the" for k in range(9))
    page = en("Jail kitchen bids come in high",
              "The kitchen was built in 1989 and it\nis worn out.",
              f"{long_block}\nbudget in full.\nThe sheriff, who spoke last, said the\n{long_block}\nbudget.")
    paragraphs = [x for s in split_page(page).stories for x in s.paragraphs]
    assert any(x.startswith("The sheriff, who") for x in paragraphs)
