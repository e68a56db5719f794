"""Cues added in session 25 (second round) on invented text, each checked to fail on the code
before it: local news pages (a forecast that reads like two sentences, a credit with no
spaces round its slash, a weather box line of five parts, a story whose stack comes after it
on a page with no blank lines, a commentary whose first line fills a wider column)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, heard, tight


def test_a_forecast_and_a_tight_credit_are_furniture() -> None:
    # `Today: Showers, 61°/49°. Wind SW 10-20 mph.` has two stops but no words of running
    # text; `NAME/Paper` credits the photo as `NAME / Paper` does
    res = split_page(tight(
        "en",
        "HARWICK DAILY COURIER   TUESDAY, MAY 6, 2025   A3",
        "Today: Showers, 61°/49°. Wind SW 10-20 mph.",
        "Council votes to raise",
        "parking rates",
        "By Ann Dole, Courier Staff Writer",
        "The Harwick City Council voted 6-3 on Monday night to raise",
        "parking meter rates from $1 to $2 an hour starting in July.",
        "HARBOR HAUL",
        "Volunteers pull a cart out of the harbor near Pier 4 on",
        "Saturday during the annual cleanup day.",
        "MARA OLSEN/Courier"))
    assert res.stories[0].headline == "Council votes to raise parking rates"
    assert "Showers" not in heard(res)
    photo = res.stories[1]
    assert photo.headline == "HARBOR HAUL" and photo.byline == "MARA OLSEN/Courier"


def test_a_story_whose_stack_follows_it_on_a_page_without_blank_lines() -> None:
    # the second story's text follows the first one's end with no blank line; its kicker,
    # headline and byline come after it, over a data box and the next story's own stack
    res = split_page(tight(
        "en",
        "Clinic to add evening hours",
        "By Rae Voss, Courier Health Writer",
        "The Harwick Family Clinic will stay open until 8 p.m. on",
        "weekdays starting next month, and it has hired two nurses",
        "to staff the longer hours.",
        "The share of Harwick third-graders reading at grade level",
        "rose to 61% this year, up from 54% last year, according to",
        "state test results released Monday. District officials",
        "credited a tutoring program and a summer reading camp.",
        "SCHOOLS",
        "Reading scores climb",
        "for second straight year",
        "By Lena Holt, Courier Education Writer",
        "BY THE NUMBERS",
        "61% third-graders reading at grade level",
        "1,100 children in summer reading camp",
        "PREP FOOTBALL",
        "Hawks rally past",
        "Westfield, 28-21",
        "By Ted Bass, Courier Sports Writer",
        "Harwick quarterback Dan Moss threw two touchdown passes in",
        "the fourth quarter, and the Hawks came back to win."))
    heads = [s.headline for s in res.stories]
    assert heads == ["Clinic to add evening hours", "Reading scores climb for second straight year",
                     "Hawks rally past Westfield, 28-21"]
    assert res.stories[1].paragraphs[0].startswith("The share of Harwick")
    assert res.stories[0].paragraphs[-1].endswith("the longer hours.")


def test_a_five_part_weather_line_and_a_commentary_under_a_wider_column() -> None:
    # `明天 多云 25～34℃ 空气质量 良` is a weather box's line, as its four-part line above is;
    # a commentary set in a wider column opens on a line that fills it and ends a sentence
    res = split_page(blocks(
        "zh",
        "岚溪天气\n今天 晴转多云 24～33℃ 东南风2级\n明天 多云 25～34℃ 空气质量 良",
        "开学第一课",
        "9月1日，岚溪实验学校一年级新生在老师带领下参观校园。",
        "本报记者 汤 屹 摄",
        "县人大常委会会议闭幕",
        "本报讯（记者 郝 宁）10月15日下午，县\n人大常委会第二十二次会议在县人大常\n"
        "委会会议中心闭幕。会议表决通过了\n《岚溪县物业管理条例》等3件地方性\n法规，"
        "将于2025年1月1日起施行。\n会议还表决通过了有关人事任免事项。\n副县长贺青列席会议。",
        "法治政府建设是全面依法治县的重点任务和主体工程。\n昨日召开的全县法治政府建设推进会，既是一次盘点总\n"
        "结，更是一次动员部署。法治是最好的营商环境，企业投\n资看政策是否稳定，看执法是否公正。\n"
        "法治没有终点，只有连续不断的起点。让法治成为城市\n最亮的底色，我们每个人都是参与者。",
        "让法治成为城市最亮的底色\n本报评论员"))
    heads = {s.headline: s for s in res.stories}
    assert set(heads) == {"开学第一课", "县人大常委会会议闭幕", "让法治成为城市最亮的底色"}
    assert heads["让法治成为城市最亮的底色"].paragraphs[0].startswith("法治政府建设是全面依法治县")
    assert heads["县人大常委会会议闭幕"].paragraphs[-1].endswith("副县长贺青列席会议。")
    assert "空气质量" not in heard(res)
