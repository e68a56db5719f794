"""Cues added in session 16's fourth round, each on invented text and each checked to fail on
the code before it: the line under a brief's head in one printed block opens its text; in
Chinese a photo credit naming a rare character, a listing's row of showings, and a headline
over its `——` line printed in one block with the story above."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p9.txt", lang="en", page_no=9, lines=tuple("\n\n".join(blocks).split("\n")))


def zh(*lines: str) -> Page:
    """A Chinese page: the lines as given (blank ones included)."""
    return Page(source="p9.txt", lang="zh", page_no=9, lines=lines)


def test_the_line_under_a_briefs_head_opens_its_text() -> None:
    """In a column of briefs, a head printed in one block with its text whose first line is
    all names (`Ravensgill Brewery's Copper`): that line opens the text, it is no second line
    of the head."""
    page = en("Mill to become food hub",
              "The old Harcourt mill will house\nsmall food producers, a training\nkitchen and a weekly market, its\n"
              "owners said on Tuesday.",
              "BUSINESS IN BRIEF",
              "Bus firm recruits drivers\nFenwick Coaches is looking for\n12 new drivers ahead of the\n"
              "September timetable change. An open day\nis being held at its Station Road\n"
              "depot on July 13 from 10am to\n2pm.",
              "Credit union opens branch\nFenwick & District Credit Union\nhas opened a second branch in\n"
              "the former post office at 3\nHigh Street, Oldbury. It is\nopen Tuesday to Saturday.",
              "Brewery wins award\nRavensgill Brewery's Copper\nBeck bitter was named best\n"
              "bitter at the Northern Real Ale\nAwards last weekend, the\nbrewery's third award in two\nyears.",
              "PUBLIC NOTICES",
              "FENWICK DISTRICT COUNCIL TOWN\nAND COUNTRY PLANNING ACT 1990\nNotice is given that an\n"
              "application has been made for\nchange of use of 14 Canal\nStreet to a cafe (Class E).")
    res = split_page(page)
    brewery = next(s for s in res.stories if "Ravensgill" in " ".join([s.headline or "", *s.paragraphs]))
    assert brewery.headline == "Brewery wins award"
    assert brewery.paragraphs[0].startswith("Ravensgill Brewery's Copper Beck bitter")


def test_a_credit_naming_a_rare_character_is_a_credit() -> None:
    """`通讯员 谭 㛃 摄`: a name's character outside the common block still makes the line
    the photo's credit, not the next story's headline."""
    page = zh("第六届读书节开幕",
              "本报讯（记者 柯 蓝）11月1日，第六届读书节在市图书馆开幕，将持续至11月30日。",
              "",
              "皮影戏进社区",
              "10月31日，在西岭街道文化站，皮影戏传承人为居民表演传统剧目《鹤舞蓬莱》。",
              "通讯员 谭 㛃 摄",
              "",
              "围棋公开赛举行",
              "本报讯（记者 蒋一鸣）10月26日至27日，少儿围棋公开赛在市青少年活动中心举行。")
    res = split_page(page)
    assert sorted((s.headline or "", s.byline or "") for s in res.stories) == [
        ("围棋公开赛举行", "本报讯（记者蒋一鸣）"), ("皮影戏进社区", "通讯员 谭 㛃 摄"),
        ("第六届读书节开幕", "本报讯（记者柯蓝）")]


def test_a_listings_row_of_showings_is_skipped() -> None:
    """A row of two showings or more, each a clock time and a programme, with no sentence:
    the TV listing's, not a headline printed after the story above it."""
    page = zh("少儿围棋公开赛举行",
              "五百余名小棋手同场对弈",
              "",
              "本报讯（记者 蒋一鸣）10月26日至27日，2024年少儿围棋公开赛在市青少年活动中心举行，"
              "来自全市12个区县的536名小棋手参加比赛。",
              "比赛按年龄和棋力分为8个组别，采用积分编排制进行7轮对弈，经过两天角逐，"
              "市实验小学五年级学生以7战全胜的成绩获得高段组冠军。",
              "",
              "第六届读书节开幕",
              "本报讯（记者 柯 蓝）11月1日，第六届读书节在市图书馆开幕。本届读书节以“书香润万家”为主题，"
              "将持续至11月30日，期间将举办各类活动86场。",
              "开幕式上，市图书馆发布了2024年度市民借阅数据：截至10月底，全市公共图书馆累计借阅图书312万册次，"
              "同比增长12.6%。",
              "",
              "今日电视",
              "新闻综合频道",
              "07:00 早新闻\u300012:00 午间新闻\u300018:30 新闻联播\u300020:10 电视剧：海岸线（17、18）",
              "文体频道",
              "19:30 城市足球联赛颁奖典礼（直播）\u300021:00 健康大讲堂：冬季养生话膝盖",
              "",
              "全市流感疫苗接种点增至86个",
              "入秋以来，流感进入高发季节。据市疾控中心介绍，全市流感疫苗接种点已增至86个，"
              "覆盖所有社区卫生服务中心和乡镇卫生院。（通讯员 卢 珊）")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("少儿围棋公开赛举行", "五百余名小棋手同场对弈"), (None, "第六届读书节开幕"),
        (None, "全市流感疫苗接种点增至86个")]
    assert "午间新闻" in " ".join(res.skipped)


def test_a_headline_over_its_dash_line_in_the_block_of_the_story_above() -> None:
    """A page a paragraph to a line, with no blank line between one story's end and the next
    story's stack: a question over a `——对话…` line and a byline is a headline, however much
    running text the block holds."""
    page = zh("县图书馆延长周末开放时间",
              "",
              "本报讯（通讯员 周宁）从本月起，县图书馆周六、周日开放时间延长至晚上9点，自习区新增座位80个，"
              "方便学生和上班族读书学习。",
              "",
              "少儿围棋公开赛举行",
              "",
              "本报讯（记者 蒋一鸣）10月26日至27日，2024年少儿围棋公开赛在市青少年活动中心举行，"
              "来自全市12个区县的536名小棋手参加比赛。",
              "比赛按年龄和棋力分为8个组别，采用积分编排制进行7轮对弈，经过两天角逐，各组别冠军分别产生。",
              "健康门诊",
              "秋冬季节，“老寒腿”怎么护？",
              "——对话市中医院骨伤科主任医师季秋阳",
              "本报记者 柯 蓝",
              "",
              "立冬将至，气温逐渐走低，不少中老年人膝关节疼痛又找上门来。记者就此采访了市中医院骨伤科主任医师季秋阳。",
              "问：“老寒腿”是受凉引起的吗？",
              "答：受凉确实会加重症状，但根本原因是关节软骨的退行性改变，和年龄、体重、过度劳损都有关系。",
              "",
              "全市流感疫苗接种点增至86个",
              "入秋以来，流感进入高发季节。据市疾控中心介绍，全市流感疫苗接种点已增至86个，"
              "覆盖所有社区卫生服务中心和乡镇卫生院。（通讯员 卢 珊）")
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories][2] == (
        "秋冬季节，“老寒腿”怎么护？", "——对话市中医院骨伤科主任医师季秋阳")
