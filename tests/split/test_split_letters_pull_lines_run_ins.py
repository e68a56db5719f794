"""Cues added in session 21, each on invented text and each checked to fail on the code before
it: a column of letters whose head is not `LETTERS` (the signatures say what it is, by their
number), a signature that names no one (`Name and address withheld`), a one-line pull quote in
single quotes with its speaker in capitals, set into a quotation the text has left open, and a
brief's head of two words run into a text that opens on a capitalised common noun."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, tight

STORY = ("FERRY FARES TO RISE IN APRIL",
         "By NORA QUILL",
         "RETURN fares on the Eastfield ferry will rise by 40p from April, the operator said yesterday.",
         "The company blamed fuel costs and a new berth at Marlow Quay.",
         "Regular passenger Ted Fanshawe, 70, said: \"It adds up over a year.")
# two readers' letters, each a headline, its text and its signature, one paragraph to a line
LETTERS = ("Keep the late boat",
           "The 11pm sailing is the only way home for shift workers on the island, so cutting it would be cruel.",
           "Mo Hartley, Eastfield",
           "Parking is a scandal",
           "Forty minutes to find a space at the terminal on Saturday is not good enough for anyone.")


def test_letters_under_a_head_that_is_not_letters_keep_their_signatures() -> None:
    """`READERS WRITE` over three letters, each headline / text / signature, one paragraph to a
    line and no blank lines: each signature is its letter's byline, not the next headline's
    first line, and `Name and address withheld` signs a letter too."""
    res = split_page(tight(
        "en", *STORY[:4],
        "READERS WRITE",
        *LETTERS,
        "Name and address withheld",
        "Thank you, crew",
        "The crew who helped my mother aboard in the storm last week deserve every praise.",
        "Lorna Pike, St Ann's"))
    heads = [s.headline for s in res.stories]
    assert heads == ["FERRY FARES TO RISE IN APRIL", "Keep the late boat", "Parking is a scandal",
                     "Thank you, crew"]
    assert [s.byline for s in res.stories[1:]] == ["Mo Hartley, Eastfield",
                                                    "Name and address withheld",
                                                    "Lorna Pike, St Ann's"]


def test_a_pull_line_in_single_quotes_inside_an_open_quotation_is_left_out() -> None:
    """`…said: "It adds up over a year.` / `'Every penny counts now' -- TED FANSHAWE, QUAY
    ROAD` / `Pensioners feel it most."`: the pull quote is no headline and no text; the story
    goes on past it."""
    res = split_page(tight(
        "en", *STORY,
        "'Every penny counts now' -- TED FANSHAWE, QUAY ROAD",
        "Pensioners feel it most.\"",
        "The new fares will be reviewed in the autumn, the operator added."))
    assert len(res.stories) == 1
    body = " ".join(res.stories[0].paragraphs)
    assert "Every penny counts now" not in body
    assert "Pensioners feel it most." in body and "reviewed in the autumn" in body


def test_a_two_word_brief_head_over_a_capitalised_noun_is_run_in() -> None:
    """Briefs one to a line under `NEWS IN BRIEF`, each head parted from its text by one space:
    `Bridge closure Engineers will…` parts after two words, as `Choir wins trophy Singers
    from…` does after three."""
    res = split_page(tight(
        "en", *STORY[:4],
        "NEWS IN BRIEF",
        "Choir wins trophy Singers from Marlow Primary School took first prize at the county festival on Saturday.",
        "Bridge closure Engineers will shut Mill Lane bridge for repairs from Monday for three weeks.",
        "Library hours The town library will open until 8pm on Thursdays from next month."))
    heads = [s.headline for s in res.stories]
    assert heads == ["FERRY FARES TO RISE IN APRIL", "Choir wins trophy", "Bridge closure",
                     "Library hours"]
    assert list(res.stories[2].paragraphs) == ["Engineers will shut Mill Lane bridge for repairs "
                                               "from Monday for three weeks."]


def test_a_byline_with_the_writers_post_after_the_name_in_capitals_is_whole() -> None:
    """`By NORA QUILL Transport Correspondent`: the post is the byline's, not the text's first
    paragraph."""
    res = split_page(tight("en", STORY[0], "By NORA QUILL Transport Correspondent", *STORY[2:4]))
    assert res.stories[0].byline == "By NORA QUILL Transport Correspondent"
    assert res.stories[0].paragraphs[0].startswith("RETURN fares")


def test_a_note_telling_readers_how_to_reach_the_paper_is_left_out() -> None:
    """`Mailbag` over `Email your views to… or call 01632 448120…` over the letters: the head
    and the note are the page's, and the first letter's headline is its own."""
    res = split_page(tight(
        "en", *STORY[:4],
        "Mailbag",
        "Write to us at Mailbag, Eastfield Echo, 4 Dock Street, or call 01632 448120 after 10am.",
        *LETTERS,
        "Ivy Cole, Marlow"))
    letter = res.stories[1]
    assert (letter.kicker, letter.headline) == (None, "Keep the late boat")
    assert "01632 448120" not in " ".join(p for s in res.stories for p in s.paragraphs)


def test_chinese_signatures_with_the_district_spaced_off_sign_their_letters() -> None:
    """Readers' letters, each a headline, its text and a signature naming the district and the
    reader with spaces between (`江北区 读者 韦晓林`): the signature is the letter's byline,
    not the first line of the next letter's headline."""
    res = split_page(tight(
        "zh",
        "读者来信",
        "菜市场的秤该校一校了",
        "　　上周在南门菜市场买了两斤排骨，回家一称少了二两。问了几个邻居，也都遇到过类似情况。",
        "　　建议市场监管部门定期抽查，在市场门口设一台公平秤，让大家买得放心。",
        "江北区 读者 韦晓林",
        "雨天地下通道积水严重",
        "　　火车站前的地下通道一下雨就积水，最深的地方没过脚踝，行人只能贴着墙走。",
        "　　希望有关部门尽快疏通排水管道，雨天派人值守，提醒过往行人注意安全。",
        "城东街道 居民 罗秀英",
        "夜市油烟扰民问题能否解决",
        "　　我家楼下的夜市每天开到凌晨，烧烤油烟直往屋里钻，窗户都不敢开。",
        "　　希望城管部门引导摊主安装油烟净化设备，合理安排营业时间。",
        "新华镇 读者 邝明"))
    assert [s.headline for s in res.stories] == ["菜市场的秤该校一校了", "雨天地下通道积水严重",
                                                 "夜市油烟扰民问题能否解决"]
    assert [s.byline for s in res.stories] == ["江北区 读者 韦晓林", "城东街道 居民 罗秀英",
                                               "新华镇 读者 邝明"]


def test_a_reviews_stars_under_its_text_are_its_last_paragraph() -> None:
    """Two book reviews, each ending on its rating line (`推荐指数：★★★★☆`): the stars close the
    review above, and the next review's headline is its own."""
    res = split_page(tight(
        "zh",
        "书香",
        "一条河和它养大的小城",
        "□ 尹若川",
        "　　《青河纪事》写的是一座靠河吃饭的小城，作者用十二个人物的口述，把小城六十年的变迁串了起来。",
        "　　书中最动人的是那些细节：渡口的铃声、码头的号子、晒在河滩上的渔网。",
        "推荐指数：★★★★☆",
        "在菜谱里读懂外婆",
        "□ 费晓棠",
        "　　这是一本特别的菜谱，每道菜后面都有一段家里的故事，读着读着就饿了，也想家了。",
        "推荐指数：★★★☆☆"))
    assert [s.headline for s in res.stories] == ["一条河和它养大的小城", "在菜谱里读懂外婆"]
    assert res.stories[0].paragraphs[-1] == "推荐指数：★★★★☆"
    assert res.stories[1].paragraphs[-1] == "推荐指数：★★★☆☆"


def test_a_chinese_columns_short_name_over_a_headline_is_its_logo() -> None:
    """`百姓话题` (four characters) and `回声` over a headline at least twice as long, under a
    text that ended: the column's name, left out, not the headline's first words."""
    res = split_page(tight(
        "zh",
        "江城晚报 | 2024年11月6日 星期三 | A06 | 民生",
        "百姓话题",
        "老人不会用手机，看病挂号怎么办？",
        "　　上周本版征集读者意见，收到来稿和留言200余条。现摘登部分如下。",
        "　　医院应保留人工窗口，方便老年人现场挂号。",
        "回声",
        "南门菜市场公平秤已经设好了",
        "　　本报上月刊发读者来信后，区市场监管局在南门菜市场门口设置了公平秤，并安排专人值守。",
        "（本报记者 霍春明 整理）"))
    assert [s.headline for s in res.stories] == ["老人不会用手机，看病挂号怎么办？",
                                                 "南门菜市场公平秤已经设好了"]
    assert "百姓话题" not in " ".join(s.headline or "" for s in res.stories)


def test_briefs_under_a_chinese_news_in_brief_head_named_by_its_wire_word() -> None:
    """`基层传真` over briefs in a narrow column, blank lines between blocks, each brief's head
    nearly as wide as the column and its text opening without a byline: every head is its
    brief's headline, not the last line of the brief above."""
    res = split_page(blocks(
        "zh",
        "基层传真",
        "青石镇开展冬季道路安全巡查\n进入冬季，青石镇组织交管、农机等\n部门开展道路安全巡查，共排查隐患\n路段16处，已整改12处。",
        "沙湾村新建村级文化广场投用\n近日，沙湾村文化广场建成投用，广\n场设有戏台、健身器材和宣传栏，占\n地约1800平方米。（通讯员 韩 露）",
        "北岭乡举办农民丰收节活动\n本报讯 （记者 宋 青）11月2日，北\n岭乡首届农民丰收节在乡政府广场举\n行，现场展销农产品60余种。"))
    assert [s.headline for s in res.stories] == ["青石镇开展冬季道路安全巡查", "沙湾村新建村级文化广场投用",
                                                 "北岭乡举办农民丰收节活动"]


def test_an_interviews_turns_holding_figures_are_its_text_not_a_box() -> None:
    """A Q&A whose turns open on the speakers' names (`Ledger:` / `Okafor:`) and hold prices
    and percentages: every turn is heard, none is left out as a fact box's row."""
    res = split_page(blocks(
        "en",
        "Q&A\nWhy rents rose 9% in Eastfield\nBy Dana Whitby / Ledger Staff Writer",
        "Average rents in Eastfield rose 9% this year. We asked housing economist Tomas Okafor why.\n"
        "Ledger: Is the rise still going on?\n"
        "Okafor: It is slowing. Listings grew 4% in the autumn, and a two-bedroom flat now asks about $1,450 a month.\n"
        "Ledger: Who feels it most?\n"
        "Okafor: Young families. A household earning $52,000 spends close to 34% of it on rent, and that leaves very little.\n"
        "Ledger: What would help?\n"
        "Okafor: More homes near the rail line. The council's plan for 600 units would make a real difference by 2027."))
    body = " ".join(res.stories[0].paragraphs)
    assert "Okafor: It is slowing." in body and "Okafor: Young families." in body
    assert "Okafor: More homes near the rail line." in body


def test_the_papers_photo_and_the_photographer_after_a_slash_is_a_credit() -> None:
    """`Ledger photo / Ines Moreau` under a caption: the photo item's byline."""
    res = split_page(blocks(
        "en",
        "HIGH WATER\nThe Tamsin River rises under Mill Bridge on Monday after two days of heavy rain.\n"
        "Ledger photo / Ines Moreau",
        "Ferry fares to rise\nBy Nora Quill\n"
        "Return fares on the Eastfield ferry will rise by 40 cents from April, the operator said."))
    bylines = {s.headline: s.byline for s in res.stories}
    assert bylines == {"HIGH WATER": "Ledger photo / Ines Moreau", "Ferry fares to rise": "By Nora Quill"}


def test_a_brief_head_ending_on_an_initialism_runs_into_its_text() -> None:
    """`Credit union names CFO Harbor Credit Union has named…` in a briefs column, blank lines
    between briefs: the head ends at the initialism, where the text says the name again."""
    res = split_page(blocks(
        "en",
        "BUSINESS BRIEFS",
        "Harbor Credit Union names CFO Harbor Credit Union has named Lena Park, its controller, as "
        "chief financial officer, effective Feb. 1. She succeeds Tom Reyes, who is retiring.",
        "Fuel prices ease The average price of regular gasoline in the area fell 5 cents in the "
        "past week to $3.09 a gallon, the motor club said."))
    assert [s.headline for s in res.stories] == ["Harbor Credit Union names CFO", "Fuel prices ease"]


def test_a_paragraph_opening_on_a_name_as_wide_as_the_column_goes_on_into_its_verb() -> None:
    """A country correspondent's column, a blank line after every line: `The Millbrook
    Volunteer Firemen's` / `Auxiliary met Oct. 9 at the home of` / …: the first line is the name the sentence opens
    on, not a headline, and the column stays one story."""
    res = split_page(every_line(
        "en",
        "MILLBROOK", "By Ada Pruett",
        "Rain at last on Sunday, nearly an", "inch by the Pruett gauge, and the",
        "creek is running again.",
        "The Millbrook Volunteer Firemen's", "Auxiliary met Oct. 9 at the home of",
        "Ruth Ellery, where members swapped", "bulbs and seed for the spring.",
        "Walt Ostrander is home from the", "hospital and would enjoy a visit."))
    assert len(res.stories) == 1
    assert res.stories[0].headline == "MILLBROOK"
    assert any(p.startswith("The Millbrook Volunteer Firemen's Auxiliary met")
               for p in res.stories[0].paragraphs)


def test_a_caption_set_wider_than_the_column_between_paragraphs_is_the_photos() -> None:
    """Blank lines between blocks: a paragraph that ended, then a caption printed across two
    columns (its lines a fifth wider than the text's) and its credit `COURTESY OF …`, then the
    story going on: the caption and credit are a photo of their own (no title: its first line
    runs on in lower case), and the story's text holds no caption."""
    res = split_page(blocks(
        "en",
        "Ferry terminal to get new roof\nBy Nora Quill | Ledger Staff Writer",
        "EASTFIELD — The ferry terminal\nwill close its upper hall for\nsix weeks from March while crews\nreplace the 1962 roof, the port\nsaid Tuesday.",
        "The $2.4 million job is paid for\nby a state harbor grant and the\nport's own reserves.",
        "A drawing shows the new glass roof over the terminal's\nupper hall, where the cafe and the ticket office will\nstay open during the work.",
        "COURTESY OF EASTFIELD PORT AUTHORITY",
        "Passengers will board from the\nlower deck while the hall is shut,\nport manager Ida Crane said."))
    story = next(s for s in res.stories if s.headline == "Ferry terminal to get new roof")
    body = " ".join(story.paragraphs)
    assert "port manager Ida Crane said." in body and "A drawing shows" not in body
    photo = next(s for s in res.stories if s.byline == "COURTESY OF EASTFIELD PORT AUTHORITY")
    assert photo.headline is None and photo.paragraphs[0].startswith("A drawing shows the new glass roof")


def test_an_advertisement_on_one_line_under_a_story_is_left_out() -> None:
    """One paragraph to a line: `HARBOUR CARPETS -- WINTER SALE -- Rugs from £59 -- Open 7
    days` under a story's last sentence is an advertisement, not the story's last paragraph."""
    res = split_page(tight(
        "en", *STORY[:4],
        "HARBOUR CARPETS -- WINTER SALE -- Rugs from £59 -- Mill Lane, Eastfield -- Open 7 days",
        "LIBRARY TO OPEN ON SUNDAYS",
        "By AMIR SHAH",
        "EASTFIELD library will open on Sundays from next month, the council said."))
    assert [s.headline for s in res.stories] == ["FERRY FARES TO RISE IN APRIL", "LIBRARY TO OPEN ON SUNDAYS"]
    assert "HARBOUR CARPETS" not in " ".join(p for s in res.stories for p in s.paragraphs)


def test_lines_over_the_next_storys_kicker_are_left_to_furniture() -> None:
    """Between a review with its own stack and the next one: a listing's head and line, then
    `CONCERT REVIEW` over the next headline: the listing's lines are no one's stack (skipped),
    the label is the next story's kicker, and the review above keeps its headline."""
    res = split_page(blocks(
        "en",
        "C4 | THE EASTFIELD LEDGER | FRIDAY, MAY 10, 2024",
        *STORY[:2], " ".join(STORY[2:4]),
        "FILM REVIEW\nA quiet film about a loud family\nBy Ada Reyes / Ledger Film Critic",
        "The Harbor Years follows three sisters who come home to sell the family boatyard and\n"
        "find they cannot agree on anything, least of all the price.",
        "NOW SHOWING\nEastfield Cinema 4, 12 Quay Road: The Harbor Years (PG)",
        "CONCERT REVIEW\nA brass band that never lets up\nBy Tom Vale / Ledger Correspondent",
        "The Marlow Colliery Band played to a full hall on Saturday, and the crowd stood for\n"
        "the last three numbers."))
    assert [(s.kicker, s.headline) for s in res.stories][1:] == [
        ("FILM REVIEW", "A quiet film about a loud family"),
        ("CONCERT REVIEW", "A brass band that never lets up")]
    assert any("Eastfield Cinema 4" in x for x in res.skipped)
