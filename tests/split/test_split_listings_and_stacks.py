"""Cues added in session 16's fourth and fifth rounds, each on invented text and each checked
to fail on the code before it: the line under a brief's head in one printed block opens its
text; in Chinese a photo credit naming a rare character, a listing's rows of showings and
its title, a headline over its `——` line printed in one block with the story above, column
names and a dotted series tag over a headline, and a quotation set flush left between
indented paragraphs."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, tight

en = partial(blocks, "en", page_no=9)
zh = partial(tight, "zh", page_no=9)


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


def test_column_names_and_a_dotted_series_tag_over_a_headline_are_skipped() -> None:
    """A column's name ending as column names do (`…在线`, `…日记`) and a series' tag between
    middle dots, over one story's headline: skipped, the headline kept whole."""
    page = zh("县图书馆延长周末开放时间",
              "本报讯（通讯员 周宁）从本月起，县图书馆周六、周日开放时间延长至晚上9点，方便学生和上班族读书学习。",
              "法治在线",
              "谎称“装修监理”骗取定金",
              "本报讯 （记者 阮 青）自称装修公司“监理”，以低价装修为名骗取多名业主定金共计13万元，一男子日前被判刑。",
              "蹲点日记",
              "·基层一线见闻·",
              "凌晨四点的菜市场",
              "本报记者 简 宁",
              "凌晨四点，城南农贸市场的灯已经亮了，菜贩们忙着卸货、分拣、摆摊，准备迎接第一批顾客。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "县图书馆延长周末开放时间", "谎称“装修监理”骗取定金", "凌晨四点的菜市场"]
    assert "法治在线" in res.skipped and "·基层一线见闻·" in " ".join(res.skipped)


def test_a_quotation_set_flush_left_between_indented_paragraphs_is_a_pull_quote() -> None:
    """A paragraph to a line, every paragraph indented: a whole quotation over two lines set
    flush left between two turns of an interview is set apart from the text."""
    page = zh("新学期中小学体育课有了新变化",
              "——访市教育局体卫艺处负责人",
              "本报记者 宁 远",
              "　　问：新学期体育课有哪些变化？",
              "　　答：最大的变化是时间更有保障。从本学期起，全市中小学每天安排一节体育课，"
              "课后还有一小时的校园体育活动，学生的运动时间比去年多了一倍。",
              "　　内容也更丰富了。除了跑步、跳绳这些传统项目，不少学校开设了篮球、足球、"
              "游泳和武术等选修课，学生可以按兴趣选择，每学期还能调换一次。",
              "“体育课不是‘副科’，",
              "而是成长的必修课。”",
              "　　问：场地不足的学校怎么办？",
              "　　答：我们鼓励学校错峰使用场地，也在推动周边的公共体育场馆向学校开放，"
              "今年已有26所学校和附近的体育公园签了共享协议。",
              "　　另外，市里今年安排专项资金改造了18所学校的操场和风雨操场，下雨天也能正常上课，"
              "明年还将再改造20所，让每所学校都有够用的运动场地。",
              "　　学生在学校的体育锻炼情况，今后也将纳入综合素质评价，家长可以通过平台随时查看，"
              "学校也会定期把体质监测结果反馈给家长。")
    res = split_page(page)
    assert "必修课" not in "".join(res.stories[0].paragraphs)
    assert "“体育课不是‘副科’， 而是成长的必修课。”" in res.skipped


def test_a_listing_under_its_title_with_the_channel_first_is_skipped() -> None:
    """A listing's title over rows that open on the channel's name and go on with two
    showings or more: all of it skipped, none of it the next story's headline."""
    page = zh("为公交“爱心座位”点赞",
              "　　前几天，我带着三岁的孙子坐28路公交车，一上车就有年轻人主动让座。现在不少公交车增设了"
              "“爱心座位”，还贴了温馨提示，车厢里的文明风景越来越多了。",
              "　　文明乘车看似是小事，却最能体现一座城市的温度。希望大家都能多一分体谅、多一分礼让，"
              "让老人、孕妇和带孩子的乘客出行更安心，也让这样的文明风景在我们的城市越来越多。",
              "读者 郁 文",
              "今日荧屏",
              "新闻综合频道　18:00 新闻眼　18:30 新闻联播　20:10 电视剧：山海情深（12、13）",
              "生活频道　18:20 美食地图　19:00 健康有约　20:00 综艺：欢乐大擂台",
              "我市今年新建改造社区健身点120个",
              "　　本报讯（记者 宁 远）记者9月6日从市体育局获悉，今年全市新建改造社区健身点120个，"
              "新增健身器材1600余件，居民在家门口就能健身，社区健身点的使用率比去年提高了三成。",
              "　　市体育局相关负责人介绍，到2025年，全市将基本建成城市社区“15分钟健身圈”，"
              "每个社区至少有一处健身点，每个街道至少有一处全民健身中心或多功能运动场。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["为公交“爱心座位”点赞", "我市今年新建改造社区健身点120个"]
    assert res.stories[0].byline == "读者 郁文"
    assert "今日荧屏" in res.skipped
