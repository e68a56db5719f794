"""Cues for boxes, columns of briefs, photo credits and letters that a page's furniture or its
blank lines give away, each on invented text (session 10)."""
from __future__ import annotations

import re

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import byline_kind, furniture_kind
from audiopaper.split.shape import page_lines
from audiopaper.split.text import ends_sentence

from .conftest import column

A_BODY = ("6月10日，青河镇农贸市场改造工程完工，新市场共设摊位260个，配备冷链储存区和"
          "农产品检测室，商户已于当天陆续入驻经营。")
B_BODY = ("连日来，县图书馆开展暑期少儿阅读活动，组织绘本共读、手工课堂和科普讲座等二十余场，"
          "吸引少儿读者一千二百多人次参加。")


def zh(*lines: str, no: int = 3) -> Page:
    return Page(source=f"p{no}.txt", lang="zh", page_no=no, lines=tuple(lines))


def in_blocks(blocks: list[list[str]], no: int = 3) -> Page:
    """A Chinese page with a blank line after each printed block."""
    return zh(*[x for b in blocks for x in (*b, "")], no=no)


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


C_BODY = ("日前，由县农科所选育的耐旱谷子新品种“青谷9号”通过省级审定，成为我县首个通过省级审定的"
          "谷子品种。")
C_MORE = "据介绍，“青谷9号”全生育期约95天，在旱坡地种植平均亩产达到310公斤，比对照品种增产12%。"
BEE = ["清晨，大王庄的槐树林里，一排排蜂箱整齐地摆在林边空地上，养蜂人正在查看蜂群。",
       "他养蜂已有三十年，每年从三月的油菜花开始，带着蜂箱一路追着花期北上。",
       "如今，他还带出了十几个徒弟，大家一起把蜂蜜卖到了全国各地。"]


def test_a_stack_printed_after_its_text_with_its_bare_opener_takes_its_own_text() -> None:
    """The text came out before its stack, and the stack ends in the opening byline with no
    text under it (`本报讯（记者 X）`): the story starts at the paragraph break after which the
    text shares the stack's words, not at the first break of the story above."""
    page = zh("蜂农追着花期走", "本报记者 辛未", *(x for p in BEE for x in column(p)),
              *column(C_BODY), *column(C_MORE), "耐旱谷子“青谷9号”通过省级审定",
              "本报讯（记者 林静）", "科技快讯", "县图书馆开展少儿阅读活动", *column(B_BODY))
    res = split_page(page)
    got = {s.headline: ("".join(s.paragraphs), s.byline) for s in res.stories}
    text, byline = got["耐旱谷子“青谷9号”通过省级审定"]
    assert text.startswith("日前") and "蜂" not in text
    assert byline is not None and "林静" in byline
    assert got["蜂农追着花期走"][0].endswith("全国各地。")


def test_a_photo_title_under_its_credit_and_a_caption_a_paragraph_of_its_own() -> None:
    """One paragraph to a line: the paragraph under a story whose next line is a credit is a
    photo's caption when it opens with its day, and the short line under the credit is the
    photo's title, not part of the next story's headline."""
    lead = ["县城老旧电梯改造进度过半", "本报记者 辛未",
            "记者从县住建局获悉，今年全县计划改造老旧电梯120部，截至目前已完成65部，"
            "改造后的电梯均已通过安全检验，居民反映良好，改造资金由财政补助和业主共担。",
            "县住建局相关负责人表示，剩余电梯将在年底前全部完成改造，其间将加强施工安全管理，"
            "并提前公告停梯时间，方便居民合理安排出行。"]
    photo = ["3月18日，工人在城关镇仓前街修缮临街老屋的木质门窗。仓前街保护性修缮工程于今年"
             "1月启动，将于五一前完成。", "本报记者 林静 摄", "老街换新颜"]
    nxt = ["六旬乘客公交车上突发心梗 司机乘客接力施救",
           "本报讯（记者 辛未）3月16日上午，行驶在城关大道上的8路公交车内，一名六旬乘客突然"
           "晕倒，司机立即停车，与乘客一起实施心肺复苏，老人经抢救脱离危险，目前正在医院治疗。"]
    res = split_page(zh(*lead, *photo, *nxt))
    got = [(s.headline, s.byline) for s in res.stories]
    assert ("老街换新颜", "本报记者 林静 摄") in got
    assert got[0] == ("县城老旧电梯改造进度过半", "本报记者 辛未")
    assert any(h == "六旬乘客公交车上突发心梗 司机乘客接力施救" for h, _ in got)


def test_a_short_head_over_a_text_whose_first_line_holds_no_pause() -> None:
    """`更  正` opening a block, over a text whose first line has no pause mark (a title in
    book quotes): a heading printed in one block with its text."""
    blocks = [["县图书馆开展少儿阅读活动"], column(B_BODY) + column(B_BODY),
              ["更  正", *column("本报6月7日第1版《县图书馆少儿阅读》一文中，“二十余场”应为"
                                 "“三十余场”。特此更正，并向读者致歉。", indent=0)]]
    res = split_page(in_blocks(blocks))
    assert [s.headline for s in res.stories] == ["县图书馆开展少儿阅读活动", "更 正"]


def test_a_question_and_answer_under_a_column_head() -> None:
    """Under a column head, one question over the first turn (`问：…`) is the item's headline
    although it has a comma and a question mark, and the expert named in brackets under the
    last answer is the item's byline."""
    page = zh("县城新闻", "青河镇农贸市场改造完工", "本报讯（记者 林静）" + A_BODY, "本报记者 辛未 摄",
              "农技问答", "玉米叶片发红，是缺磷还是得了病？",
              *column("问：我家种了二十亩玉米，最近发现不少叶片从叶尖开始发红，是不是该追肥了？"),
              *column("答：从你描述的症状看，很可能是缺磷，建议叶面喷施磷酸二氢钾，七天后再喷一次。"),
              "（解答专家：县农技站高级农艺师 辛未）", "县图书馆开展少儿阅读活动", *column(B_BODY))
    got = {s.headline: s.byline for s in split_page(page).stories}
    assert (got["玉米叶片发红，是缺磷还是得了病？"] or "").replace(" ", "") == "（解答专家：县农技站高级农艺师辛未）"
    assert "县图书馆开展少儿阅读活动" in got


def test_the_line_under_a_photo_credit_over_a_column_head_is_the_photo_title() -> None:
    """Blank lines between blocks: caption, credit, a short title, then a column's head over
    the next story: the title is the photo's, not a series tag's title to skip."""
    blocks = [["青河镇农贸市场改造完工"], ["本报记者 辛未"], column(A_BODY),
              column("11月11日，在城关镇北坡村，施工人员正在浇筑灌溉渠的混凝土衬砌。", indent=0)
              + ["特约摄影 付远山"], ["冬修水利正当时"], ["【民生实事回头看】"],
              ["县图书馆开展少儿阅读活动"], ["本报记者 林静"], column(B_BODY)]
    got = [(s.headline, s.byline) for s in split_page(in_blocks(blocks)).stories]
    assert ("冬修水利正当时", "特约摄影 付远山") in got


def test_a_shops_ad_at_the_foot_of_the_page() -> None:
    """A shop's name, a sale line (`25% off`) and its address with its hours are an ad."""
    assert furniture_kind("Fall clearance: 25% off all snow blowers", "en") == "offer"
    assert furniture_kind("412 Main St. | Open 7 days", "en") == "offer"
    assert furniture_kind("The council cut 25% off the budget", "en") is None
    page = en("Council approves new trash contract",
              "The Mill Pond council voted 4-1 on Monday to hire a new\nhauler for trash and "
              "recycling pickup.",
              "HOLLOW HARDWARE\nFall clearance: 25% off all snow blowers\n412 Main St. | Open 7 days")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Council approves new trash contract"]
    assert any("25% off" in x for x in res.skipped)


def test_a_notice_that_reads_as_text_stands_apart_from_the_story_above() -> None:
    """A letters policy the tables name but that reads as text is kept (never skipped), as
    a text of its own: not the end of the correction printed over it."""
    lines = ("CORRECTION",
             "A story on Page A3 on Saturday misstated the date of the strawberry festival. "
             "It is June 14, not June 7. The Herald regrets the error.",
             "HOW TO SUBMIT A LETTER: Letters should be 250 words or fewer and must include your "
             "name and town. Mail them to 400 Commerce St., Dorrance.",
             "Library levy is a bargain",
             "At about $2 a month for the average home, the library levy buys a great deal. "
             "I will be voting yes, and I hope my neighbours will too.")
    res = split_page(Page(source="p10.txt", lang="en", page_no=10, lines=lines))
    got = {s.headline: " ".join(s.paragraphs) for s in res.stories}
    assert "Letters should" not in got["CORRECTION"]
    assert any("Letters should" in " ".join(s.paragraphs) for s in res.stories)


def test_briefs_without_blank_lines_after_a_time_of_day() -> None:
    """No blank lines at all: in a column of briefs, a head run into its text after a gap
    starts a brief although the line above ends on `p.m.`."""
    lines = ("AROUND TOWN", "Lantern walk Saturday   The Friends of", "Mill Pond Park will hold a "
             "lantern walk", "from 6 to 8 p.m. Saturday on the trail.", "Lanterns can be picked up "
             "until 4 p.m.", "Flu shots at town hall   The county", "health department will "
             "offer free flu shots", "from 9 a.m. to noon Tuesday.")
    res = split_page(Page(source="p1.txt", lang="en", page_no=1, lines=lines))
    assert [s.headline for s in res.stories] == ["Lantern walk Saturday", "Flu shots at town hall"]


def test_a_chinese_head_with_a_justified_run_inside_it() -> None:
    """`县城足球联赛第五轮  战罢  9月21日，…`: the head ends at the gap before the text's
    opening day, not at the justified run inside it."""
    page = zh("体坛简讯", "县少儿围棋定段赛落幕  9月20日，县少儿围棋定段赛举行，共有57人成功定段。",
              "县城足球联赛第五轮  战罢  9月21日，县城足球联赛第五轮比赛结束，城关队继续领跑。")
    assert [s.headline for s in split_page(page).stories] == ["县少儿围棋定段赛落幕",
                                                              "县城足球联赛第五轮战罢"]


def test_a_wrapped_brief_head_with_a_blank_line_after_every_line() -> None:
    """A blank line after every line (the seed's shape): a brief's head the column wrapped
    before its gap still joins its last characters on the next line of text."""
    lines = ["简　讯", "　　县图书馆“端午书香”活动吸引", "千余读者 端午假期，县图书馆开展",
             "“端午书香”主题阅读活动，共吸引1200", "余名读者参与。",
             "　　县农商银行发放助农贷款3.2", "亿元　今年以来，县农商银行累计发",
             "放助农贷款3.2亿元，惠及农户4100", "余户。"]
    raw = [x for line in lines for x in (line, "")]
    got = [s.headline for s in split_page(zh(*raw)).stories]
    assert got == ["县图书馆“端午书香”活动吸引千余读者", "县农商银行发放助农贷款3.2亿元"]


def test_whom_to_call_and_the_number_is_a_contact_line() -> None:
    assert furniture_kind("讣闻刊登请联系：0807-6979144", "zh") == "contact"
    assert furniture_kind("如有知情者请联系：13905716628", "zh") == "contact"
    assert furniture_kind("记者联系了县住建局相关负责人，对方表示将尽快处理。", "zh") is None


SPORTS = ("HIGH SCHOOL FOOTBALL", "Ridgemont rallies past", "Ashby Central in overtime",
          "Morrow runs for two late scores, then wins it in extra period",
          "By Cole Brannigan / Sentinel Sports Writer",
          "ASHBY — For three quarters Friday night,", "Ridgemont looked like a team that had",
          "forgotten how to finish. Then Tate", "Morrow remembered for all of them.",
          "Ridgemont (5-1) plays at Wexford next", "Friday. Ashby Central hosts Millstone.")


def test_an_english_stack_and_text_without_blank_lines() -> None:
    """No blank lines: a headline line ending on `past` goes on into the next line (not the
    deck); a line whose next line's first word ends its sentence (`…at Wexford next` /
    `Friday. …`) is running text, not a headline."""
    res = split_page(Page(source="p11.txt", lang="en", page_no=11, lines=SPORTS))
    (story,) = res.stories
    assert (story.kicker, story.headline) == ("HIGH SCHOOL FOOTBALL",
                                              "Ridgemont rallies past Ashby Central in overtime")
    assert story.subheadline == "Morrow runs for two late scores, then wins it in extra period"
    assert story.paragraphs[-1].endswith("Ashby Central hosts Millstone.")


def test_a_columnist_named_over_the_papers_role_and_a_column_of_english_briefs() -> None:
    """`Gus Whitford` over `Sentinel Columnist` is one byline; briefs whose heads run into
    their text after two spaces, under a head no table names, are briefs; the classifieds
    under `CLASSIFIEDS | …` are no part of the last brief."""
    lines = ("Late kickoffs shortchange the fans", "Gus Whitford", "Sentinel Columnist",
             "Somebody in the conference office needs", "to look at a clock. Kickoffs at 7:30",
             "send families home after ten.",
             "SPORTS SHORTS", "Bulldogs win invitational  Ashby",
             "Central's boys cross country team won", "the Tri-County Invitational on Thursday.",
             "Rams clinch share of title  Ridgemont's", "volleyball team swept Carver on",
             "Thursday to clinch a share of the title.", "CLASSIFIEDS | Place an ad: 555-0160",
             "GARAGE SALE Sat. 8-2, 414 Elm St. Tools, bikes, kids' clothes.")
    res = split_page(Page(source="p11.txt", lang="en", page_no=11, lines=lines))
    got = {s.headline: s for s in res.stories}
    assert got["Late kickoffs shortchange the fans"].byline == "Gus Whitford Sentinel Columnist"
    assert "Bulldogs win invitational" in got and "Rams clinch share of title" in got
    assert "GARAGE" not in " ".join(got["Rams clinch share of title"].paragraphs)


def test_a_brief_head_over_an_indent_of_one_full_width_space() -> None:
    """In a column of briefs, a head set as wide as the column over a first line indented by
    one full-width space (two cells) is the brief's head, not its text's first line."""
    blocks = [["县图书馆开展少儿阅读活动"], column(B_BODY), ["城事简讯"],
              ["城南菜市场改造后重新开业", "　10月20日，城南菜市场完成升", "级改造后重新开业，新增",
               "农残快检室。"],
              ["周六人民广场举行集中献血", "　10月26日上午9点，市中心血", "站将在人民广场举行集中",
               "献血活动。"]]
    got = [s.headline for s in split_page(in_blocks(blocks)).stories]
    assert got == ["县图书馆开展少儿阅读活动", "城南菜市场改造后重新开业", "周六人民广场举行集中献血"]


def test_a_supplements_column_name_over_a_headline_and_its_byline() -> None:
    """Blank lines between blocks: a short column name (`兰苑`) alone over a headline alone
    over the writer's byline is the column's, not the headline's."""
    blocks = [["县图书馆开展少儿阅读活动"], column(B_BODY), ["兰苑"], ["外婆的腌菜坛"],
              ["□ 晏 秋 池"], column("外婆家的灶屋角落里，一直摆着三只黑釉腌菜坛。坛口盖着粗瓷碗，"
                                    "碗沿注了水，外婆说那叫坛沿水，水不干，菜就不会坏。")]
    res = split_page(in_blocks(blocks))
    assert [(s.kicker, s.headline) for s in res.stories][-1] == (None, "外婆的腌菜坛")
    assert "兰苑" in res.skipped


def test_a_five_day_forecast_is_weather() -> None:
    assert furniture_kind("FIVE-DAY FORECAST", "en") == "weather"
    assert furniture_kind("Wed: Storms late. 88/66", "en") == "weather"
    assert furniture_kind("Wed: The council meets at noon.", "en") is None


def test_a_caps_label_over_english_briefs_is_the_columns_head() -> None:
    """`SPORTS SHORTS` over briefs whose heads run into their text is the column's head, not
    the first brief's kicker."""
    lines = ("Late kickoffs shortchange the fans", "By Gus Whitford",
             "Somebody in the conference office needs", "to look at a clock this fall.",
             "SPORTS SHORTS", "Bulldogs win invitational  Ashby",
             "Central's boys cross country team won", "the Tri-County Invitational on Thursday.",
             "Rams clinch share of title  Ridgemont's", "volleyball team swept Carver on",
             "Thursday to clinch a share of the title.")
    res = split_page(Page(source="p11.txt", lang="en", page_no=11, lines=lines))
    assert [(s.kicker, s.headline) for s in res.stories][1] == (None, "Bulldogs win invitational")
    assert "SPORTS SHORTS" in res.skipped


def test_a_quotation_ends_its_paragraph() -> None:
    """No blank lines, a ragged edge that hides it: a line ending a quotation's sentence
    (`…if they wanted it."`) ends the paragraph when the next line opens no quotation."""
    lines = ("Ridgemont rallies past Ashby Central", "By Cole Brannigan",
             "ASHBY — For three quarters Friday night,", "Ridgemont looked like a team that had",
             "forgotten how to finish, its coach said.", "\"We came in at the half and nobody",
             "yelled,\" coach Darnell Ivey said. \"I just", "told them it was still there, right",
             "there, if they wanted it, all of it.\"", "Morrow, who finished with 142 rushing",
             "yards, tied the game with 1:48 left.")
    (story,) = split_page(Page(source="p11.txt", lang="en", page_no=11, lines=lines)).stories
    assert story.paragraphs[-1].startswith("Morrow, who finished")


def test_a_photo_set_into_english_text_after_a_hyphen_no_blank_lines() -> None:
    """No blank lines: a caption set between a word the text broke off with its hyphen and
    the rest of the word (`…with a two-` / caption / credit / `story building…`) is the
    photo's; the story's text goes on past the credit."""
    lines = ("Ferry terminal plan clears first vote", "By Renata Okonjo",
             "PORT CALLOWAY — The harbor commission voted on", "Monday to rebuild the Pier 4 "
             "terminal.", "Under the plan, the city would replace the", "terminal with a two-",
             "Commuters board the 7:10 a.m. sailing to", "Wrenfield at the aging terminal",
             "on Monday.", "LENA VOSS | Gazette photo", "story building and widen the vehicle",
             "lanes from three to five.")
    res = split_page(Page(source="p1.txt", lang="en", page_no=1, lines=lines))
    story = next(s for s in res.stories if s.headline == "Ferry terminal plan clears first vote")
    assert "two-story building" in " ".join(story.paragraphs)
    assert not any("Commuters" in p for p in story.paragraphs)


def test_a_web_address_in_the_sentence_it_ends_is_text() -> None:
    """`… are $55` / `and available at rotary.example` / `or 555-0174.`: a line whose first
    word goes on with the open sentence above it is text, though it holds a web address."""
    lines = ("AROUND TOWN", "Library extends hours  The Harbor Street", "branch will stay open "
             "until 9 p.m.", "Tuesdays and Thursdays.", "Crab feed tickets on sale  Tickets for",
             "the Rotary Club's annual crab feed,", "Jan. 23 at the Fishermen's Hall, are $55",
             "and available at calloway-rotary.example", "or 555-0174.")
    res = split_page(Page(source="p1.txt", lang="en", page_no=1, lines=lines))
    crab = next(s for s in res.stories if s.headline == "Crab feed tickets on sale")
    assert crab.paragraphs[-1].endswith("calloway-rotary.example or 555-0174.")


def test_a_question_a_sentence_goes_on_from_is_text() -> None:
    """`如何让这门老手艺传下去？记者采访了` holds a question the sentence goes straight on
    from: running text, not a headline, though it has no comma."""
    page = zh("让老手艺在课堂里“活”下去", "——访县非遗保护中心主任贺明澜", "本报记者 钱若溪",
              "汀兰剪纸是省级非物质文化遗产代表性项目。", "如何让这门老手艺在年轻人中传下去？记者采访了",
              "县非遗保护中心主任贺明澜。", "问：汀兰剪纸目前的传承情况如何？",
              "答：全县现有剪纸代表性传承人11名，能独立创作的剪纸艺人有200多人。")
    (story,) = split_page(page).stories
    assert story.headline == "让老手艺在课堂里“活”下去"
    assert "传下去？记者采访了" in "".join(story.paragraphs)


def test_a_brief_head_as_wide_as_the_column_over_a_text_opening_with_its_day() -> None:
    """No blank lines, in a column of briefs: after a brief that ended, a line with no pause
    over a text that opens with its day is the next brief's head, even as wide as the column."""
    page = zh("体育简讯", "全民健身中心游泳馆冬季照常开放", "县全民健身中心游泳馆完成恒温改造，",
              "即日起冬季照常开放，开放时间为每天", "下午两点至晚上九点半。",
              "汀江半程马拉松报名人数超过8600人", "11月9日，汀江半程马拉松报名结束，",
              "共有来自全国的8600余名选手报名，", "比赛将于12月1日鸣枪开跑。")
    assert [s.headline for s in split_page(page).stories] == ["全民健身中心游泳馆冬季照常开放",
                                                              "汀江半程马拉松报名人数超过8600人"]


def test_a_wrapped_brief_head_with_a_justified_run_inside_it() -> None:
    """A brief's head the column wrapped before its gap, with a justified run inside it
    (`第四届海  鲜美食节周六开` / `幕 10月24日至26日，…`): the run closes up and the head
    joins its last character on the next line."""
    page = zh("城事简讯", "　　县图书馆开展少儿阅读活动　连日来，县图书馆开展暑期少儿阅读活动。",
              "　　第四届海  鲜美食节周六开", "幕 10月24日至26日，第四届海鲜美食节将在渔人码头举行。")
    assert [s.headline for s in split_page(page).stories] == ["县图书馆开展少儿阅读活动",
                                                              "第四届海鲜美食节周六开幕"]


def test_in_a_brief_column_the_gap_before_the_text_may_be_one_space() -> None:
    """`东港区开通夜间  公交 即日` / `起，…`: a justified run inside the head, then one plain
    space before the text's opening word (`即日`): in a column of briefs the head runs to the
    later gap."""
    page = zh("城事简讯", "　　县图书馆开展少儿阅读活动　连日来，县图书馆开展暑期少儿阅读活动。",
              "　　东港区开通夜间  公交 即日", "起，东港区开通N3、N5两条夜间公交线路，方便市民夜间出行。")
    assert [s.headline for s in split_page(page).stories] == ["县图书馆开展少儿阅读活动",
                                                              "东港区开通夜间公交"]


def test_a_spaced_column_head_a_leaders_box_and_a_page_header_in_numerals() -> None:
    """`第六版　综合新闻` is the page header; `警　讯` spaced out over an item's head and its
    text is the column's head; `得分最高：X 28分` rows under a line score are the box's."""
    lines = ["第六版　综合新闻", "全民篮球联赛河西镇队主场取胜", "本报记者 孙岚",
             *column("12月11日晚，县第9届全民篮球联赛第5轮在县体育馆进行，河西镇队以93比87战胜"
                     "新桥乡队。"),
             "本场比分", "河西镇队 14 22 20 37 — 93", "新桥乡队 25 25 18 19 — 87",
             "得分最高：河西镇队 萧峰 28分", "篮板最多：新桥乡队 何静强 8个",
             "警　讯", "老人走失", *column("5月9日下午，一名八旬老人在沐阳大道附近走失，民警两个小时后"
                                      "将老人找到。")]
    raw = [x for line in lines for x in (line, "")]
    res = split_page(zh(*raw, no=6))
    assert [s.headline for s in res.stories] == ["全民篮球联赛河西镇队主场取胜", "老人走失"]
    assert not any("萧峰" in (s.headline or "") + "".join(s.paragraphs) for s in res.stories)
    assert any("警" in x for x in res.skipped) and any(x.startswith("第六版") for x in res.skipped)


def test_letters_under_a_letter_spaced_head_and_a_subscription_offer() -> None:
    """`L E T T E R S` heads a column of letters as `LETTERS` does: the name and town under
    each letter sign it; `Home delivery from $8 a month. Call 555-0464` is an offer."""
    assert furniture_kind("Home delivery from $8 a month. Call 555-0464", "en") == "offer"
    page = en("L E T T E R S", "Thanks to the trail volunteers",
              "Nobody asked them to clear the river trail, and nobody\npaid them. My thanks to "
              "every one of them.", "Caleb Haverford, Maple Harbor", "Keep the library open on "
              "Sundays", "The branch library is the only quiet place for many\nstudents. Please "
              "keep its Sunday hours.", "Samir Warrick, Granite Bend")
    got = [(s.headline, s.byline) for s in split_page(page).stories]
    assert got == [("Thanks to the trail volunteers", "Caleb Haverford, Maple Harbor"),
                   ("Keep the library open on Sundays", "Samir Warrick, Granite Bend")]


def test_an_english_brief_head_wrapped_before_its_gap() -> None:
    """In a column of briefs, a head the column wrapped before its gap: its last words open
    the next line (`Library extends Sunday` / `hours  The Alder Falls…`), in capitals too after
    a head that broke off on a function word (`…75 years on` / `Main Street  ALDER FALLS —`)."""
    page = en("BUSINESS BRIEFS",
              "Library extends Sunday\nhours  The Alder Falls\nPublic Library will stay open "
              "until 6 p.m.\non Sundays, its director said.",
              "Hardware store marks 75 years on\nMain Street  ALDER FALLS — When\nWalt Brennan's "
              "grandfather opened the\nstore in 1950, nails cost a quarter.")
    assert [s.headline for s in split_page(page).stories] == [
        "Library extends Sunday hours", "Hardware store marks 75 years on Main Street"]


def test_a_draws_numbers_and_results_rows_are_a_box() -> None:
    """A draw's numbers alone (`04 06 11 20 26 33 + 08`) under its title, and results between
    two sides (`新桥乡队 62∶63 东关街道队`) under theirs, are boxes with their titles, no
    headline's lines."""
    blocks = [["福利彩票", "双色球第2027112期", "04 06 11 20 26 33 + 08"], ["县图书馆开展少儿阅读活动"],
              column(B_BODY), ["其他场次", "新桥乡队 62∶63 东关街道队", "县实验中学队 90∶73 白沙镇队"],
              ["青河镇农贸市场改造完工"], column(A_BODY)]
    res = split_page(in_blocks(blocks, no=1))
    assert [s.headline for s in res.stories] == ["县图书馆开展少儿阅读活动", "青河镇农贸市场改造完工"]
    assert not any(re.search(r"62∶63|26 33", (s.headline or "") + "".join(s.paragraphs))
                   for s in res.stories)


def test_a_column_name_over_a_two_line_headline_and_the_weather_on_one_line() -> None:
    """Blank lines between blocks: `缅怀` alone over a headline of two lines in one block and
    the text's block is the column's name; `今日天气 晴 3～9℃` is the weather."""
    assert furniture_kind("今日天气 晴 3～9℃", "zh") == "weather"
    blocks = [["县图书馆开展少儿阅读活动"], column(B_BODY), ["缅怀"], ["县第一中学退休", "教师郑勇同志逝世"],
              column("县第一中学退休教师郑勇同志，因病医治无效，于2026年6月1日逝世，享年86岁。")]
    res = split_page(in_blocks(blocks))
    assert [(s.kicker, s.headline) for s in res.stories][-1] == (None, "县第一中学退休 教师郑勇同志逝世")
    assert "缅怀" in res.skipped


def test_a_listing_box_with_its_title_set_into_an_open_sentence() -> None:
    """A showings box and its title (`影讯`) set between the halves of a sentence: the title is
    the box's, the sentence goes on past it, and no story starts there."""
    blocks = [["县锂电池项目首条产线投产"], ["本报记者 林静"],
              column("走进生产车间，记者看到，涂布、辊压、分切、卷绕等工", indent=4),
              ["影讯", "沐宁影城", "《白鹭归来时》 9:30 13:10 21:05", "《青石巷的灯》 11:50 16:10 19:35"],
              column("序均由自动化设备完成，检测系统正对电芯外观逐一体检。", indent=0)]
    (story,) = split_page(in_blocks(blocks)).stories
    assert "卷绕等工序均由自动化设备完成" in "".join(story.paragraphs)


def test_a_spaced_out_brief_column_head_no_table_names() -> None:
    """`岫源　简　讯` says it heads briefs though no table names it a column's logo: the heads
    run into their text after one plain space split off, as in any brief column."""
    page = zh("岫源　简　讯", "县图书馆开展少儿阅读活动 连日来，县图书馆开展暑期少儿阅读活动，吸引少儿读者。",
              "青河镇农贸市场改造完工 6月10日，青河镇农贸市场改造工程完工，商户陆续入驻。",
              "责任编辑：辛未")
    assert [s.headline for s in split_page(page).stories] == ["县图书馆开展少儿阅读活动",
                                                              "青河镇农贸市场改造完工"]


def test_a_towns_forecast_head_and_a_day_in_capitals_are_weather() -> None:
    assert furniture_kind("榆川未来三天天气", "zh") == "weather"
    assert furniture_kind("TODAY 35°/23° Showers", "en") == "weather"
    assert furniture_kind("天气转凉，市民注意保暖", "zh") is None


def test_a_chinese_line_broken_at_a_decimal_point_ends_no_sentence() -> None:
    assert not ends_sentence("进口0.82亿元，增长0.")
    assert ends_sentence("It rose 5.") and ends_sentence("同比增长5%。")


def test_figures_with_their_units_alone_under_a_title_set_into_a_sentence() -> None:
    """`数据` over `5个 580户 8.7亿元` set between the halves of a sentence: a box, and the
    sentence goes on past it."""
    blocks = [["我县启动防溺水专项行动"], ["本报记者 辛未"],
              column("连日来，各乡镇对全县37处重点水域开展排查，增设警示标牌、救生圈等设施，并", indent=4),
              ["数据", "5个 580户 8.7亿元"],
              column("组织河长、网格员和志愿者每天开展巡查劝导。", indent=0)]
    (story,) = split_page(in_blocks(blocks)).stories
    text = "".join(story.paragraphs)
    assert "设施，并组织河长" in text and "580户" not in text


def test_a_line_going_on_past_a_full_stop_heads_nothing() -> None:
    """A story's own stack set into its first paragraph's open sentence: the paragraph's lines
    above it, one going on past a full stop (`…遗产日”。围绕`), are text, not the headline's."""
    blocks = [["县图书馆开展少儿阅读活动"], column(B_BODY), ["乡村振兴进行时·田野新景"],
              ["　　6月8日是我国第19个", "“文化和自然遗产日”。围绕"], ["让非遗在年轻", "人中“活”起来"],
              ["——专访县文化馆馆长欧阳琳"], ["本报记者 曾明"],
              ["非遗保护传承工作，记者专", "访了县文化馆馆长欧阳琳。", "　　“青溪的非遗资源很丰",
               "富，全县共有各级代表性项", "目46项。”欧阳琳介绍。"]]
    page = in_blocks(blocks)
    stories = split_page(page).stories
    assert "让非遗在年轻 人中“活”起来" in [s.headline for s in stories]
    assert not any("围绕" in (s.headline or "") for s in stories)
