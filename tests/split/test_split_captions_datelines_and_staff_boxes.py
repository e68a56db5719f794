"""Cues added in session 20, each on invented text and each checked to fail on the code before
it: a caption printed as one block (with its credit) on a page that sets a blank line after
every column line, set into a sentence the text goes on with below; two stacks in a row that
each carry a byline, the upper closing the text above it; a text opening on a plain-text
dateline (`PLACE -- …`) is another story, not the rest of the one above a box; a page's folio
whose year OCR read with a letter O; a staff box's lines; and a `Compiled by` credit under a
headline."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, text, tight

LEAD = ("Wardens win first title since 1987", "By Ida Marsh / Sports Editor",
        "BRENTWOOD -- For 37 years the Brentwood Wardens",
        "have waited for another banner to hang beside",
        "the one in the gym lobby. On Friday they won",
        "26-20 at Delacroix Field, clinching the Lake",
        "Senior Ravi Kapoor (12) lifts the trophy with his teammates\n"
        "after the Wardens' 26-20 win over Delacroix on Friday.\n"
        "OWEN PIKE / Courier",
        "Conference crown before a crowd of about 2,400.",
        "\"Nobody remembers the runner-up,\" coach Lena",
        "Ortiz said after the game.")


def test_a_caption_printed_as_one_block_is_set_into_the_sentence() -> None:
    """`…clinching the Lake` / caption and credit printed together / `Conference crown…`: the
    story goes on past the photo, and its text holds no caption."""
    res = split_page(every_line("en", *LEAD))
    lead = res.stories[0]
    assert lead.headline == "Wardens win first title since 1987"
    body = " ".join(lead.paragraphs)
    assert "clinching the Lake Conference crown" in body and "coach Lena Ortiz" in body
    assert "lifts the trophy" not in body


STANDINGS = "LAKE CONFERENCE\nFinal standings      League   Overall\nBrentwood     5-0      8-1\nDelacroix     4-1      7-2"
SECOND = ("ELM FORK -- Harlan College's season ended one",
          "step short of the final on Saturday, when the",
          "Hawks lost 2-1 in overtime at Elm Fork.",
          "Harlan finishes 12-6-1, its most wins since 2014.")
THIRD = ("I stood by the fence when the last pass fell",
         "and the first thing I heard was not a cheer.",
         "It was a long breath let out by a whole town.")


def test_two_stacks_with_a_byline_each_part_at_the_first_byline() -> None:
    """A story whose headline and byline were printed under its text, then the next story's
    headline and byline over its own: the upper stack closes the text above it, and the text
    that opens on its dateline under a box is a story of its own."""
    res = split_page(every_line("en", *LEAD[:6], *LEAD[7:], STANDINGS, *SECOND,
                                "Hawks fall in overtime", "By Ned Cole",
                                "A banner years in the making", "By Ida Marsh", *THIRD))
    heads = [s.headline for s in res.stories]
    assert heads == ["Wardens win first title since 1987", "Hawks fall in overtime",
                     "A banner years in the making"]
    assert res.stories[1].paragraphs[0].startswith("ELM FORK --")
    assert [s.byline for s in res.stories[1:]] == ["By Ned Cole", "By Ida Marsh"]


EDITORIAL = ("OUR VIEW", "Keep the river path open to walkers",
             "For ninety years the towpath along the river has carried walkers from the mill "
             "to the market, and the county now proposes to close it for a year of repairs.",
             "The repairs are needed. A year without the path is not, and the board should "
             "look again at building the new deck one half at a time.")


def test_a_folio_whose_year_ocr_read_with_a_letter_o_is_skipped() -> None:
    res = split_page(blocks("en", "OPINION\n4 The Dunmore Weekly Thursday, March 7, 2O24",
                            *EDITORIAL))
    assert [s.headline for s in res.stories] == ["Keep the river path open to walkers"]
    assert res.stories[0].kicker == "OUR VIEW"
    assert any("2O24" in x for x in res.skipped)


def test_a_staff_box_is_skipped() -> None:
    """The paper's name, who publishes it, its posts two to a line and its subscription rates."""
    res = split_page(blocks("en", *EDITORIAL,
                            "The Dunmore Weekly\n"
                            "Published every Thursday by Dunmore Media LLC, 4 Mill St., Dunmore\n"
                            "Publisher: Agnes Holt | Editor: Tobias Wren\n"
                            "Subscriptions: $40 a year in Dunmore County, $55 elsewhere",
                            "Our fire companies need more than thanks", "By Ruth Allard",
                            "Last month the volunteer fire company answered its 300th call of "
                            "the year, and it did so with eleven members, down from thirty.",
                            "That is not a complaint. It is a warning, and the township should "
                            "hear it before the next budget."))
    assert [s.headline for s in res.stories] == ["Keep the river path open to walkers",
                                                 "Our fire companies need more than thanks"]
    assert "Agnes Holt" not in text(res) and not any(
        "Subscriptions" in (s.headline or "") + (s.subheadline or "") for s in res.stories)


def test_a_compiled_by_credit_under_a_headline_is_the_byline() -> None:
    res = split_page(blocks("en", *EDITORIAL, "From the Weekly's files", "Compiled by Bea Lund",
                            "25 years ago (March 4, 1999): The girls' basketball team won its "
                            "first district title.",
                            "50 years ago (March 7, 1974): Gasoline at the Main Street station "
                            "rose to 53 cents a gallon."))
    files = res.stories[-1]
    assert files.headline == "From the Weekly's files" and files.byline == "Compiled by Bea Lund"


def test_ocr_specks_between_a_credit_and_a_column_head_head_no_story() -> None:
    """A line of specks the OCR read (no letter nor figure) is skipped, not a headline."""
    res = split_page(every_line("en", *EDITORIAL[1:], "GIVING BACK",
                                "Seniors Abby Lunt, left, and Luis Ortega give blood at the",
                                "community drive Friday at the fire hall.",
                                "Weekly photo by Ruth Gable", "~ , '", "TOWNSHIP NOTES",
                                "Cleanup days set",
                                "The township's spring cleanup will be April 27 and 28 from",
                                "8 a.m. to 2 p.m. at the township garage on Mill Road."))
    assert "Cleanup days set" in [s.headline for s in res.stories]
    assert not any("~" in " ".join(filter(None, (s.kicker, s.headline, s.subheadline)))
                   for s in res.stories)
    assert any("~" in x for x in res.skipped)


def test_a_folio_whose_day_ocr_read_with_a_letter_l_is_skipped() -> None:
    res = split_page(every_line("en", "Page 3 THE DUNMORE WEEKLY Thursday, April l8, 2024",
                                *EDITORIAL[1:]))
    assert [s.headline for s in res.stories] == ["Keep the river path open to walkers"]
    assert any("April l8" in x for x in res.skipped)


def test_a_web_address_that_ends_a_brief_does_not_make_it_an_ad() -> None:
    """`…is posted at` / `dunmore.example/leaves.`: the brief's sentence ends on the address,
    and the brief is no ad's lines though no line of it ends a sentence."""
    res = split_page(blocks("en", *EDITORIAL,
                            "INSIDE\nBusiness A7 • Classified B5-B8 • Comics B4\nObituaries A4 • Sports B1",
                            "LOCAL BRIEFS",
                            "Leaf pickup begins Nov. 4  City crews will\n"
                            "begin curbside leaf collection Nov. 4 and\n"
                            "continue through Dec. 13, weather permit-\n"
                            "ting. Leaves should be raked to the curb,\n"
                            "not into the street. A schedule is posted at\n"
                            "dunmore.example/leaves.",
                            "Flu shot clinic Thursday  The county health\n"
                            "department will offer flu shots from 2 to 6\n"
                            "p.m. Thursday at the senior center."))
    heads = [s.headline for s in res.stories]
    assert "Leaf pickup begins Nov. 4" in heads and "Flu shot clinic Thursday" in heads
    assert "curbside leaf collection" in text(res)


def test_a_morning_paper_s_inline_byline() -> None:
    """`晨报讯（记者 X）` opens a body as `晚报讯` does."""
    res = split_page(blocks("zh", "港湾队主场2:0胜老城队",
                            "晨报讯（记者 钟岩）12月1日15:00，城市足球超级联赛最后一轮在港湾体育场打响，"
                            "港湾队2:0战胜老城队，以4分优势夺得联赛冠军。",
                            "本赛季港湾队14战10胜2平2负，进28球仅失9球。"))
    story = res.stories[0]
    assert (story.byline or "").replace(" ", "") == "晨报讯（记者钟岩）"
    assert story.paragraphs[0].startswith("12月1日15:00")


BRIEFS_ZH = ("体坛速递",
             "第7届市民乒乓球团体赛落幕\n11月30日，第7届市民乒乓\n球团体赛在市全民健身中心落幕，\n"
             "32支代表队的260余名选手参赛。",
             "市游泳馆冬季开放时间调整\n自12月3日起，市游泳馆开放时\n间调整为每天9:00至21:00，每\n周一上午闭馆维护。",
             "鹤汀选手获省青少年游泳赛三金\n在11月29日至12月1日举行的省\n青少年游泳锦标赛上，鹤汀代表\n队获得3金2银4铜。")


def test_brief_heads_that_fill_a_narrow_column() -> None:
    """In a column of briefs, each head printed in one block with its text, as wide as the
    column (or a figure's half cell wider than it): each item a brief of its own."""
    res = split_page(blocks("zh", *BRIEFS_ZH))
    assert [s.headline for s in res.stories] == ["第7届市民乒乓球团体赛落幕", "市游泳馆冬季开放时间调整",
                                                 "鹤汀选手获省青少年游泳赛三金"]


def test_an_agenda_s_rows_are_a_box() -> None:
    """A day and what is on, three rows and more, under the agenda's title: skipped, not
    taken into the commentary's headline under it."""
    res = split_page(blocks("zh", "县十七届人大五次会议日程\n1月9日上午 开幕会 听取政府工作报告\n"
                                  "1月10日 分组审议\n1月11日 主席团第二次会议\n1月12日上午 闭幕会 选举 表决",
                            "把协商成果转化为发展实效", "本报评论员",
                            "县政协九届四次会议昨日开幕。过去一年，287件委员提案全部办复，87.6%的问题已经解决。",
                            "提案的价值，在于落地。希望委员们多提务实管用的“金点子”。"))
    assert [s.headline for s in res.stories] == ["把协商成果转化为发展实效"]
    assert any("分组审议" in x for x in res.skipped)


def test_a_chinese_column_s_short_name_over_a_signed_commentary_is_its_logo() -> None:
    """`枫声` over a headline and the writer's `□ 梅子衿`: the column's logo is skipped, not
    read as the first line of the headline."""
    res = split_page(every_line("zh", "新学期课后服务扩容", "本报讯（记者 温书窈）9月9日，记者从",
                                "市教育局获悉，新学期全市中小学课后", "服务参与学生达28.6万人，其中家庭",
                                "经济困难学生全部免费。", "枫声", "让教师节回归尊师本义", "□ 梅子衿",
                                "又是一年教师节。这两天，不少学校发", "出倡议：不收礼品，欢迎手写贺卡。",
                                "这样的倡议，值得点赞。尊师重教，重", "在日常。给老师最好的礼物，是学生的",
                                "成长。"))
    assert [s.headline for s in res.stories] == ["新学期课后服务扩容", "让教师节回归尊师本义"]
    assert "枫声" in res.skipped


def test_a_caption_s_first_line_ending_on_a_preposition_ends_no_stack() -> None:
    """`Frost coats pumpkins at Hollister Farm on` / `Sunday morning, …`: no stack's last line
    ends on `on`, so the line opens the caption under the photo's title (its credit printed
    over it), not a headline over the caption's rest (no blank lines at all)."""
    res = split_page(tight("en", "Tuesday: Planning Commission, 6 p.m., City Hall",
                           "Thursday: City Schools board, 7 p.m., Cutler Middle School",
                           "NADIA BRISCO | Ledger photo", "FIRST FROST",
                           "Frost coats pumpkins at Hollister Family Farm on",
                           "Sunday morning, when the temperature at the Orrin",
                           "Falls airport fell to 29 degrees, the first freeze",
                           "of the season. The farm's corn maze is open through",
                           "Nov. 3.", "Library board picks architect", "for $5.2 million expansion",
                           "By Celia Marsh | Ledger staff writer",
                           "The Orrin Falls Public Library board voted 6-1",
                           "on Thursday to hire Penrose Hale Architects to",
                           "design a $5.2 million expansion of the library."))
    photo = next(s for s in res.stories if s.headline == "FIRST FROST")
    assert photo.paragraphs[0].startswith("Frost coats pumpkins")


def test_credits_and_bylines_in_capitals() -> None:
    """A photo's credit in capitals whose O the OCR read as a zero, an interview's credit with
    the writer's post after it, and a columnist's name in capitals over the post alone."""
    res = split_page(every_line(
        "en", "OVERTIME HERO",
        "Quarterback Jalen Whitcombe (7) dives into the end zone for the winning touchdown.",
        "GAZETTE PH0TO BY NORA VELLES",
        "Don't sleep on the Miners' defense", "CAL WHITACRE", "Gazette Sports Columnist",
        "Everybody will talk about the comeback, and they should. But the Miners held",
        "Coldwater to 41 yards in the second half, and that is why they won.",
        "New fire chief: 'We can't keep running on overtime'",
        "Interview by Priya Halloran / Staff Writer",
        "Margo Tennant took over as fire chief on Sept. 3 after 22 years with the department.",
        "She spoke with the Gazette about staffing and the future of Station 4."))
    bylines = {s.headline: s.byline for s in res.stories}
    assert bylines["OVERTIME HERO"] == "GAZETTE PH0TO BY NORA VELLES"
    assert bylines["Don't sleep on the Miners' defense"] == "CAL WHITACRE Gazette Sports Columnist"
    assert bylines["New fire chief: 'We can't keep running on overtime'"] \
        == "Interview by Priya Halloran / Staff Writer"


def test_an_ad_s_buy_three_get_one_deal_is_skipped() -> None:
    res = split_page(blocks("en", "TODAY'S BRIEFING",
                            "Ferry Road closed again  County\ncrews closed Ferry Road between\n"
                            "Brinmoor and Ashby for the third\ntime this year after Monday's\n"
                            "flooding. The detour adds 6 miles.",
                            "Pumpkin fest Saturday  The Brinmoor\nPumpkin Festival runs 10 a.m. to 5\n"
                            "p.m. Saturday on Mill Street.\nAdmission is free; parking is $5\n"
                            "at Brinmoor Middle School.",
                            "KELLSPORT TIRE & AUTO\nFALL TIRE EVENT — Buy 3, get the 4th for $1\n"
                            "1220 Foundry St. · 555-0172 · Open Sat. 8-4",
                            "Scan the code to get breaking-news alerts from the Weekly"))
    assert [s.headline for s in res.stories] == ["Ferry Road closed again", "Pumpkin fest Saturday"]
    assert any("Buy 3" in x for x in res.skipped)


LEAD_PARAGRAPHS = (
    "CITY COUNCIL", "Council OKs $212 million bond for new water plant",
    "Water rates to rise 4.5% a year through 2029 after 7-2 vote",
    "By Lorna Vist, Tribune Staff Writer",
    "HAVERLIN -- The City Council voted 7-2 on Tuesday night to borrow $212 million to replace "
    "the Eastgate Water Treatment Plant, the largest single project in the city's history.",
    "The bond will be repaid through water bills, and the typical household's monthly bill of "
    "$48.60 will rise 4.5% a year for five years.")


def test_a_forecast_of_sentences_over_the_lead_stays_out_of_its_stack() -> None:
    """A paragraph to a line: the weather's forecast, whose sentences end on a temperature
    (`Low 73°F.`, no initial's stop), and its pointer to the full forecast stay out of the
    lead's kicker and headline."""
    res = split_page(tight("en", "METRO", "WEATHER",
                           "Today: Hot and humid, a stray afternoon storm. High 94°F. Tonight: Muggy. Low 73°F.",
                           "Heat index near 104°F. Full forecast, B8", *LEAD_PARAGRAPHS))
    lead = next(s for s in res.stories if s.headline == "Council OKs $212 million bond for new water plant")
    assert lead.kicker == "CITY COUNCIL"
    assert any("Full forecast" in x for x in res.skipped)


def test_a_pull_quote_on_one_line_is_set_into_the_paragraph() -> None:
    """A paragraph to a line: the quotation and its speaker on one line between the two halves
    of a sentence is a pull quote, and the sentence goes on past it."""
    res = split_page(tight("en", *LEAD_PARAGRAPHS,
                           "Utilities Director Teodor Brank told the council the plant was built in",
                           "\"We are running equipment that the maker stopped supporting in the 1990s.\" "
                           "-- Utilities Director Teodor Brank",
                           "1958 and has had 31 main valve failures since 2020, he said.",
                           "Council members Renata Olv and Phil Desch voted no."))
    assert any("stopped supporting" in x for x in res.skipped)
    assert "We are running" not in text(res)


def test_a_qr_prompt_s_second_line_stays_out_of_the_headline_over_it() -> None:
    """`扫码下载“鹤汀发布”客户端` / `看更多鹤汀新闻`, printed in one block under a headline
    printed after its story's text: the prompt's second line is the prompt's, not the
    headline's."""
    res = split_page(blocks("zh", "本报讯（记者 邝雨晴）记者从县医保局\n获悉，城乡居民基本医疗保险集\n"
                                  "中参保缴费工作已于9月1日启\n动。参保群众可通过“鹤汀医保”\n"
                                  "微信小程序、银行网点、村\n（社区）便民服务站等渠道缴费。\n"
                                  "县医保局提醒，在集中缴费期内\n未参保的，待遇享受将设置3个\n月的等待期。",
                            "2025年度城乡居民医保集中参保缴费启动\n个人缴费标准为每人每年400元",
                            "扫码下载“鹤汀发布”客户端\n看更多鹤汀新闻", "产业强县 生态立县 开放兴县"))
    assert [s.headline for s in res.stories] == ["2025年度城乡居民医保集中参保缴费启动 个人缴费标准为每人每年400元"]
    assert any("看更多" in x for x in res.skipped)
