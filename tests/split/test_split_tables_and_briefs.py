"""Cues added in session 16's second round, each on invented text and each checked to fail on
the code before it: a Chinese table's rows of figure cells, a slogan's phrases after an ideographic space, a headline that asks over its byline;
in English a score that goes on from a one-line headline, a caption the column wrapped under
a photo's label, and a brief's head where no blank line parts the briefs."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import heard, tight

zh = partial(tight, "zh", page_no=8)
en = partial(tight, "en", page_no=8)
words = heard


LEAD = ("本报讯（记者 韦岚）11月2日晚，县篮球联赛第9轮在县体育馆打响，东关队主场以88:80战胜西河队，"
        "取得五连胜，目前以8胜1负的战绩排名联赛第一。")
NEXT = ("本报讯（通讯员 周宁）11月3日，全县中小学生田径运动会在县一中开幕，来自28所学校的"
        "1200余名运动员参加60米至3000米等32个项目的比赛。")


def test_rows_of_figure_cells_make_a_table_with_its_title() -> None:
    """Rows of cells parted by spaces, most of them figures (a standings table), with the
    table's title and head row over them: all of it the box's, none of it a headline."""
    page = zh("东关队主场五连胜", LEAD,
              "县篮球联赛积分榜（前四名）",
              "名次　球队　场次　胜　负　积分",
              "1　东关队　9　8　1　17",
              "2　西河队　9　7　2　16",
              "3　南塘队　9　5　4　14",
              "4　北山队　9　4　5　13",
              "全县中小学生田径运动会开幕", NEXT)
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["东关队主场五连胜", "全县中小学生田径运动会开幕"]
    assert "积分榜" not in words(res)


def test_a_slogans_phrases_after_an_ideographic_space_are_no_brief() -> None:
    """`体育彩票　理性购彩　量力而行`: after the first ideographic space come phrases of one
    length with no pause, a slogan's; the line is no head run into a brief's text."""
    page = zh("东关队主场五连胜", LEAD,
              "体坛快讯",
              "县羽毛球团体赛落幕　11月3日，县羽毛球团体赛在县全民健身中心落幕，城关镇代表队获得冠军。（通讯员 柯岚）",
              "“社区杯”乒乓球赛报名启动　即日起，“社区杯”乒乓球联赛开始报名，报名截止时间为11月20日，"
              "咨询电话：8807 1234。",
              "今日转播",
              "19:30　县电视台综合频道　县篮球联赛第10轮 东关队—南塘队",
              "21:40　县电视台综合频道　田径运动会开幕式精彩回放",
              "体育彩票　理性购彩　量力而行",
              "县体育彩票管理中心",
              "扫码观看比赛集锦",
              "责任编辑：卢晓川　美术编辑：顾岩")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "东关队主场五连胜", "县羽毛球团体赛落幕", "“社区杯”乒乓球赛报名启动"]
    assert "理性购彩" not in words(res)


def test_a_headline_that_asks_over_its_byline_is_a_headline() -> None:
    """One question with a comma in it, under a text that ended and over a byline's line: a
    commentary's headline, not the last line of the story above."""
    page = zh("东关队主场五连胜", LEAD,
              "联赛越办越火，球场够不够用？",
              "□ 蒋一帆",
              "半年60场比赛、8万人次现场观众，县篮球联赛的火爆超出了很多人的预期。",
              "希望有关部门把更多闲置地改建为社区球场，让想打球的人有地方可打。")
    res = split_page(page)
    assert res.stories[-1].headline == "联赛越办越火，球场够不够用？"
    assert res.stories[-1].byline == "□ 蒋一帆"
    assert res.stories[0].paragraphs[-1].endswith("排名联赛第一。")


def test_a_score_goes_on_from_a_one_line_headline() -> None:
    """A headline's second line opening on the score (`28-24 to clinch…`) goes on from its
    first; the wider lines under them are the deck."""
    page = en("HIGH SCHOOL FOOTBALL",
              "Otters edge Grebes",
              "21-17 to win the Shore title",
              "Haddad's 40-yard catch with 0:48 left caps",
              "comeback from a 14-3 halftime hole",
              "By Lee Marsh",
              "ELK HOLLOW — For a half on Friday night,",
              "the Otters looked beaten. Then Mira",
              "Haddad caught two touchdown passes.")
    res = split_page(page)
    assert res.stories[0].headline == "Otters edge Grebes 21-17 to win the Shore title"
    assert res.stories[0].subheadline == (
        "Haddad's 40-yard catch with 0:48 left caps comeback from a 14-3 halftime hole")


def test_a_wrapped_caption_under_a_photo_label_is_the_caption() -> None:
    """No blank lines: under a box score, a label in capitals over three caption lines that
    run into each other and end a sentence over the photographer's credit: a photo item under
    that label, its caption's first line no headline."""
    page = en("Otters edge Grebes for Shore title",
              "By Lee Marsh",
              "ELK HOLLOW — The Otters beat the Grebes",
              "21-17 on Friday at Shore Field to win",
              "their first Shore League title since",
              "2011. They host Cold Spring in the first",
              "round at 7 p.m. Friday.",
              "OTTERS 21, GREBES 17",
              "Grebes        7  3  7  0 — 17",
              "Otters        0  7  7  7 — 21",
              "G — Tate 4 run (Ruiz kick)",
              "O — Haddad 12 pass from Cole (Lin kick)",
              "LAST-MINUTE LEAP",
              "Elk Hollow’s Mira Haddad (4) leaps past",
              "Grebes safety Jo Tate on her 30-yard",
              "touchdown catch Friday at Shore Field.",
              "ANA PRUITT / Courier",
              "Library adds Sunday hours",
              "The Dunmore Public Library will open from",
              "1 to 5 p.m. on Sundays starting in June.")
    res = split_page(page)
    photo = next(s for s in res.stories if s.byline == "ANA PRUITT / Courier")
    assert photo.headline == "LAST-MINUTE LEAP"
    assert photo.kicker is None
    assert photo.paragraphs[0].startswith("Elk Hollow’s Mira Haddad")


def test_briefs_without_blank_lines_keep_their_heads() -> None:
    """A column of briefs under its head with no blank line anywhere: a line after a brief
    that ended, with no stop, over a line opening a sentence, is the next brief's head."""
    page = en("Otters edge Grebes for Shore title",
              "By Lee Marsh",
              "ELK HOLLOW — The Otters beat the Grebes",
              "21-17 on Friday at Shore Field.",
              "SPORTS SHORTS",
              "Pell sixth at state meet",
              "Dunmore senior Maya Pell finished sixth",
              "in the state cross country meet.",
              "Grebes soccer falls in semifinal",
              "Elk Hollow's boys soccer team lost 2-1",
              "in overtime to Brenton on Saturday.",
              "Jonah Afolayan scored for the",
              "Grebes (13-5-2).",
              "Youth wrestling sign-ups",
              "The Dunmore Youth Wrestling Club will",
              "hold sign-ups Tuesday at the high school.")
    res = split_page(page)
    assert [s.headline for s in res.stories][-3:] == [
        "Pell sixth at state meet", "Grebes soccer falls in semifinal", "Youth wrestling sign-ups"]
    assert " ".join(res.stories[-2].paragraphs) == (
        "Elk Hollow's boys soccer team lost 2-1 in overtime to Brenton on Saturday. "
        "Jonah Afolayan scored for the Grebes (13-5-2).")

