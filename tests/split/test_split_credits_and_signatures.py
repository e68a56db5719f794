"""Cues added in session 14, each on invented text and each checked to fail on the code
before it: photo credits and closing signatures, a pull quote's speaker, the page's section
name printed with its header, a wrapped closing byline and a banner's couplet."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import furniture_kind
from audiopaper.split.roles import D, F, Labeller, W
from audiopaper.split.shape import page_lines


def zh(*lines: str) -> Page:
    return Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(lines))


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p5.txt", lang="en", page_no=5, lines=tuple("\n\n".join(blocks).split("\n")))


_REVIEW = ("Choir fills the chapel with a bold Messiah",
           "The Fenwick Choral Society has never sung Handel this fast, and the gamble pays off.\n"
           "Conductor Ada Morrow takes the choruses at a clip that would have startled the\n"
           "society's founders, but the singers keep up.\n"
           "The soloists are uneven. The soprano is superb; the bass struggles in the low runs.\n"
           "The last performance is Sunday at 3 p.m. Tickets are £10.\n"
           "Reviewed by Noor Halvorsen")
_BRIEFS = ("COMING UP",
           "Lantern walk, Friday  The lantern procession leaves the quay at 7pm.\n"
           "Book fair, Saturday  More than 30 sellers fill the hall from 10am.\n"
           "Folk night, Sunday  Musicians meet at the Crown from 8pm. All welcome.")


def test_a_colon_credit_makes_a_photo_item_and_a_closing_signature_stays_with_its_review() -> None:
    """`Photo: Name` is a photo's credit like `Photo by Name`: the title, caption and credit
    are one photo item, not a column's head over the review below.  `Reviewed by Name`
    printed under the review's last line is the review's byline, not the next item's."""
    page = en("STAGE",
              "Chapel to host winter concerts",
              "By Ruth Ellery",
              "The Old Chapel will host six winter concerts, the trust said on Monday. The first is\n"
              "on December 1, and tickets go on sale next week at the library.",
              "DRESS REHEARSAL\nSingers run through the Hallelujah chorus at the chapel on Tuesday.\n"
              "Photo: Tomas Breck",
              *_REVIEW, *_BRIEFS)
    res = split_page(page)
    heads = [s.headline for s in res.stories]
    assert heads[:3] == ["Chapel to host winter concerts", "DRESS REHEARSAL",
                         "Choir fills the chapel with a bold Messiah"]
    photo, review = res.stories[1], res.stories[2]
    assert photo.byline == "Photo: Tomas Breck"
    assert photo.paragraphs[0].startswith("Singers run through")
    assert review.byline == "Reviewed by Noor Halvorsen"
    assert res.stories[3].headline == "Lantern walk, Friday" and res.stories[3].byline is None


def test_a_quotation_over_its_speakers_name_in_capitals_is_a_pull_quote() -> None:
    """A quotation set apart with the name of someone the story quotes printed under it in
    capitals (`INES MARWOOD`) is a pull quote: skipped, and the name heads no story; the
    interview's turns under it stay in the one story."""
    page = en("Potter Lena Strand opens her studio doors",
              "By Hal Quint",
              "Lena Strand has thrown pots in the same shed on Mill Lane for 30 years. This weekend\n"
              "she opens it to visitors for the first time.\n"
              "Q: Why open the studio now?\n"
              "A: Because people kept asking where the pots come from. I wanted them to see it.\n"
              "Q: What will visitors find?",
              "“Clay remembers every mistake you make. That is why I love it.”\nLENA STRAND",
              "A: Mostly mess. There are shelves of pots waiting to be fired, and the kiln.\n"
              "Q: Will you sell anything?\n"
              "A: A few bowls. Most of it is already spoken for.\n"
              "The studio is open Saturday and Sunday from 10am to 4pm.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Potter Lena Strand opens her studio doors"]
    text = " ".join(res.stories[0].paragraphs)
    assert "Clay remembers" not in text and "LENA STRAND" not in text
    assert text.endswith("from 10am to 4pm.") and "A: Mostly mess." in text


def test_a_section_name_printed_with_the_header_is_no_kicker_but_one_apart_is() -> None:
    """A short label printed in the page's first block, tight under its header line, is the
    page's section: skipped with the header, and the story's own label stays its kicker.
    The same label in a block of its own is not taken for the header's."""
    lead = ("‘Clay remembers every mistake’\n"
            "Potter Lena Strand opens the shed on Mill Lane where she has worked for 30 years\n"
            "By Hal Quint\n"
            "Lena Strand has thrown pots in the same shed on Mill Lane for 30 years. This weekend\n"
            "she opens it to visitors for the first time, and she is nervous about it.\n"
            "Q: Why open the studio now?\n"
            "A: Because people kept asking where the pots come from. I wanted them to see it.\n"
            "Q: What will visitors find?\n"
            "A: Mostly mess. There are shelves of pots waiting to be fired, and the kiln.\n"
            "The studio is open Saturday and Sunday from 10am to 4pm.")
    rest = (*_REVIEW, *_BRIEFS)
    with_header = split_page(en("9 | THE FENWICK WEEKLY | December 5-11, 2024\nWHAT'S ON",
                                "CRAFT\n" + lead, *rest))
    assert (with_header.stories[0].kicker, with_header.stories[0].headline) == (
        "CRAFT", "‘Clay remembers every mistake’")
    assert any("WHAT'S ON" in s for s in with_header.skipped)
    # (the line's own evidence, which a longer page's display lines may outweigh: more for
    # furniture than any pattern table alone gives, and more than for display)
    page = en("9 | THE FENWICK WEEKLY | December 5-11, 2024\nWHAT'S ON", "CRAFT\n" + lead, *rest)
    lines, shape = page_lines(page.lines)
    e = Labeller(lines, shape, "en").emissions(1)
    assert e[F] > max(e[D], W["table"])
    apart = en("9 | THE FENWICK WEEKLY | December 5-11, 2024", "WHAT'S ON", "CRAFT\n" + lead, *rest)
    lines, shape = page_lines(apart.lines)
    e = Labeller(lines, shape, "en").emissions(1)
    assert lines[1].text == "WHAT'S ON" and e[F] < e[D]


def test_a_closing_byline_wrapped_over_two_lines_ends_a_brief_in_a_run_in_column() -> None:
    """Briefs whose heads run into their text: a brief signed at its end with the byline
    wrapped (`…万元。（通讯员 吴` / `珂）`) ends there; the head under it opens the next
    brief and is not read as that brief's own head set into its text.  A banner's two equal
    phrases on the page's last line are no head run into text."""
    page = zh("简　讯", "",
              "县图书馆延长开放时间　即日起，县图",
              "书馆周二至周日开放时间调整为9:00至",
              "21:00，每周一闭馆。", "",
              "石桥镇举办首届“晒秋节”　10月12日，",
              "石桥镇首届“晒秋节”在新村开幕。",
              "活动设置农产品展销、农耕体验、民俗",
              "表演等环节，吸引游客1.3万人次，现",
              "场销售农特产品46万元。（通讯员 吴",
              "珂）", "",
              "县人社局开展欠薪隐患排查　近日，县",
              "人社局对全县在建工程项目开展欠薪隐",
              "患专项排查，共检查项目57个，督促整",
              "改问题12个。", "",
              "比学赶超争一流　凝心聚力谋发展")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "县图书馆延长开放时间", "石桥镇举办首届“晒秋节”", "县人社局开展欠薪隐患排查"]
    assert res.stories[1].byline.replace(" ", "") == "（通讯员吴珂）"
    assert res.stories[1].paragraphs[-1].endswith("46万元。")
    assert res.stories[2].paragraphs[0].startswith("近日，县人社局")


def test_a_price_box_with_its_unit_on_a_line_of_its_own_is_skipped_inside_a_story() -> None:
    """A price table set into a story mid-sentence, its title over its unit on a line of its
    own (`…主要农产品价格` / `（单位：元/500克）`), its column heads, rows and source: all
    skipped, the title heading no story, and the sentence broken by it one paragraph."""
    page = zh("前三季度农产品加工业产值增长11.2%", "本报记者 邬晴",
              "记者从县经济信息委获悉，今年前三季度，全县农产品加工业实现产值63.7亿元。",
              "从细分行业看，粮油加工、肉制品加工、果蔬饮品三大行业分别增长8.6%、10.3%和19.7%。其中，以猕猴桃、柑橘为原料的",
              "石桥农贸市场10月14日主要农产品价格",
              "（单位：元/500克）",
              "品名        今日    昨日",
              "大白菜      1.20    1.30",
              "西红柿      3.50    3.50",
              "鸡蛋        4.60    4.50",
              "数据来源：县商务局",
              "果汁、果酒、果干等产品供不应求，石桥果源食品有限公司新建的果汁生产线投产后，日处理鲜果能力达到120吨。",
              "县经信委相关负责人表示，下一步将引进培育一批精深加工企业。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["前三季度农产品加工业产值增长11.2%"]
    text = "".join(res.stories[0].paragraphs)
    assert "主要农产品价格" not in text and "大白菜" not in text
    assert "为原料的果汁、果酒" in text


def test_a_sentence_with_short_function_words_is_no_boxs_column_heads() -> None:
    """A line of running text broken off over a data box (`…at $5.42 a bushel in` / `AREA
    MARKETS`) has four short words, but they are a sentence's (`at`, `a`, `in`), not a
    table's column heads: it is not skipped with the box."""
    page = Page(source="p7.txt", lang="en", page_no=7, lines=tuple("\n\n".join((
        "7 | THE PLAINS GAZETTE | THURSDAY, JUNE 20, 2024",
        "Wheat harvest starts early", "as heat pushes crop ahead", "By Carla Vukovich",
        "DUNMOOR — Combines rolled into county wheat fields this", "week, roughly 10 days ahead of the usual start, after a stretch",
        "of hot days in early June hurried the crop to maturity.",
        "Early yields are running between 38 and 45 bushels an acre,", "close to the county's five-year average of 42, said Travis",
        "Lindqvist, manager of the co-op elevator.",
        "Hard red winter wheat closed Wednesday at $5.42 a bushel in",
        "AREA MARKETS", "Cash prices at Dunmoor, Wednesday close",
        "Wheat (HRW)          $5.42 bu.    -0.11", "Corn                 $4.08 bu.    +0.03",
        "Soybeans            $11.27 bu.    -0.06",
        "Source: Dunmoor Co-op Elevator",
        "Dunmoor, down from $7.10 at this time last year. Fertilizer and",
        "fuel costs, meanwhile, remain well above where they were five", "years ago.",
        "Farmer Josie Rackham said she plans to store as much of her crop", "as she can and wait for a rally.")).split("\n")))
    res = split_page(page)
    said = " ".join(" ".join(filter(None, (s.headline, *s.paragraphs))) for s in res.stories)
    assert "closed Wednesday at $5.42 a bushel in" in said
    assert not any("a bushel in" in s for s in res.skipped)


def test_text_going_on_in_lower_case_past_a_photo_set_into_it_stays_one_story() -> None:
    """A photo (its title, caption and credit) set into a story whose sentence broke off at a
    comma: the text under the credit goes on in lower case, and is the same story's, not a
    story without a headline; the photo is an item of its own.  `By Daily Star staff` is a
    byline."""
    page = en("PREP FOOTBALL\nKestrels rally past Eastmoor in overtime", "By Cal Strickland",
              "   FENWICK VALLEY — For most of three quarters Friday night, Eastmoor's defense had an"
              " answer for everything.\n"
              "   Wren finished 24 of 37 for 312 yards. Senior receiver Jalen Okoro caught nine"
              " passes for 141 yards,",
              "WINNING RUN",
              "Fenwick Valley quarterback Tobias Wren dives into the end zone for the winning"
              " touchdown in overtime on Friday.",
              "MAYA LINDQVIST / The Daily Star",
              " including a 38-yard touchdown with 2:11 left in regulation that tied the game.\n"
              "   Fenwick Valley will play at Carver Hill on Friday for the regional title.",
              "Otters sweep Halvorsen to stay perfect in league", "By Daily Star staff",
              "   Brannock State's volleyball team ran its conference record to 12-0 on Saturday.\n"
              "   The Otters play at Merriwether on Friday.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Kestrels rally past Eastmoor in overtime", "WINNING RUN",
        "Otters sweep Halvorsen to stay perfect in league"]
    lead = " ".join(res.stories[0].paragraphs)
    assert "141 yards, including a 38-yard touchdown" in lead
    assert lead.endswith("for the regional title.")
    assert res.stories[2].byline == "By Daily Star staff"


def test_a_score_line_run_into_prose_is_a_brief_head_and_a_box_row_stays_a_row() -> None:
    """Briefs under a column head whose heads are scores run into their text (`North
    Brannock 2, Ridley 1  Senior Ava…`): the scores are the briefs' headlines, not a results
    box.  A box's row cut at its double gap (`Corn silking: 11%  Soybeans blooming: 27%`)
    stays the box's."""
    res = split_page(en(
        "Kestrels reach the regional final", "By Cal Strickland",
        "   Fenwick Valley beat Eastmoor 35-28 in overtime on Friday night, with quarterback"
        " Tobias Wren throwing for 312 yards and running for the winning score.\n"
        "   The Kestrels, who trailed by 14 points in the fourth quarter, play at top-seeded"
        " Carver Hill on Friday for the regional title.",
        "PREP ROUNDUP",
        "North Brannock 2, Ridley 1  Senior Ava Castellanos scored in the 78th minute to send the"
        " North Brannock girls soccer team to the sectional final.",
        "St. Hedwig 3, Lakeport 0  The Saints swept Lakeport in a volleyball regional semifinal."
        " Mara Quist had 12 kills.",
        "Cross country  Eli Santos finished fourth in the boys state meet on Saturday.",
        "CROP PROGRESS (week ending July 7)\nWinter wheat harvested: 38% (avg. 24%)\n"
        "Corn silking: 11% (avg. 9%)  Soybeans blooming: 27% (avg. 22%)\n"
        "Topsoil moisture short/very short: 46%",
        "Fair board names new manager",
        "The county fair board named Lena Ortiz its manager on Monday. She starts in August."))
    heads = [s.headline for s in res.stories]
    assert heads[1:4] == ["North Brannock 2, Ridley 1", "St. Hedwig 3, Lakeport 0", "Cross country"]
    assert res.stories[1].paragraphs[0].startswith("Senior Ava Castellanos")
    assert not any("Corn silking" in h for h in heads if h)
    assert not any("Corn silking" in p for s in res.stories for p in s.paragraphs)


def en_lines(*lines: str, page_no: int = 6) -> Page:
    """An English page with a blank line after every line (`lines` shape)."""
    return Page(source=f"p{page_no}.txt", lang="en", page_no=page_no,
                lines=tuple(x for line in lines for x in (line, "")))


_SALES = ("REAL ESTATE", "Coyle County home sales slip, but prices keep climbing",
          "By Priyanka Dass / Business Editor",
          "Fewer homes changed hands in Coyle County in September than a",
          "year earlier, but buyers who did close paid more than ever,",
          "according to figures released Monday by the realtors' association.",
          "\"The buyers are out there. The houses aren't,\" said Carla",
          "COYLE COUNTY HOUSING MARKET",
          "Homes sold                 183          202    -9.4%",
          "Median price          $246,500     $233,000    +5.8%",
          "Active listings            312          298    +4.7%",
          "Source: Coyle County Association of Realtors",
          "Nunez, the association's president and a broker at Nunez",
          "Realty in Harwick. Active listings stood at 312 at the end",
          "of the month, enough for about 1.7 months of sales.")


def test_a_sentence_broken_by_a_box_goes_on_past_it_on_a_name_and_a_comma() -> None:
    """A blank after every line: a sentence broken off by a data box (`…said Carla` / box /
    `Nunez, the association's president…`) goes on past the box; the line above the box is
    running text, not a headline; the box's dot-leader rows that open with figures and the
    note under them are the box's; text going on in lower case under `Continued from` is the
    continuation's text, not its headline's."""
    res = split_page(en_lines(
        *_SALES,
        "MORTGAGE RATES", "30-year fixed ......... 6.12%", "15-year fixed ......... 5.27%",
        "Average of area lenders, Oct. 4",
        "BOND", "School plan faces organized opposition", "Continued from Page A1",
        "close under-enrolled Whitman Elementary, which is running at 61%",
        "of capacity, and move those students to Garfield.",
        "The district will hold two public tours of Garfield on Oct. 15."))
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("REAL ESTATE", "Coyle County home sales slip, but prices keep climbing"),
        ("BOND", "School plan faces organized opposition")]
    text = " ".join(res.stories[0].paragraphs)
    assert "said Carla Nunez, the association's president" in text
    assert "Homes sold" not in text
    assert res.stories[1].paragraphs[0].startswith("close under-enrolled Whitman")
    assert not any("Average of area lenders" in p for s in res.stories for p in s.paragraphs)


def test_a_jump_is_stitched_to_the_rest_its_word_labels() -> None:
    """Two stories jump to the same page; their rests carry the jumps' words as labels
    (`See BOND, Page A6` / `BOND`) and shortened headlines that share no words with the
    starts' headlines: each rest goes to the story whose headline says its word.  A byline
    the column wrapped before the writers' role (`…and Annemarie` / `Tolliver / Staff
    Writers`) is one byline."""
    from audiopaper.split import split_pages
    p1 = en_lines("SCHOOLS", "Voters to decide $38 million bond for Garfield rebuild",
                  "By Renata Vollmer / Staff Writer",
                  "HARWICK — Voters will decide in November whether to borrow $38",
                  "million to rebuild Garfield Elementary. The board would also",
                  "See BOND, Page A6",
                  "Fire destroys barn, kills 30 goats east of Harwick",
                  "By Luis Carrasco and Annemarie", "Tolliver / Staff Writers",
                  "COYLE COUNTY — A fire that started in a hay barn early Monday",
                  "killed 30 goats on the Pruitt farm, Fire Chief Dale Pruitt said.",
                  "See FIRE, Page A6", page_no=1)
    p6 = en_lines("FIRE", "Cause of barn blaze under investigation", "Continued from Page A1",
                  "Pruitt said investigators have not determined the cause.",
                  "BOND", "School plan faces organized opposition", "Continued from Page A1",
                  "close under-enrolled Whitman Elementary, which is running at 61%",
                  "of capacity.", page_no=6)
    ed = split_pages([p1, p6])
    by_head = {a.headline: a for a in ed.articles}
    bond = by_head["Voters to decide $38 million bond for Garfield rebuild"]
    fire = by_head["Fire destroys barn, kills 30 goats east of Harwick"]
    assert "close under-enrolled Whitman" in " ".join(bond.paragraphs)
    assert "investigators have not determined" in " ".join(fire.paragraphs)
    assert fire.byline is not None and fire.byline.endswith("Tolliver / Staff Writers")


def test_a_photo_set_into_an_open_sentence_of_a_narrow_column_leaves_the_story_whole() -> None:
    """No blank lines, a narrow column: a photo's title in capitals, its caption and credit
    set into a sentence left open (`…a sophomore at Tamsin Creek` / `SOUP'S ON` / caption /
    `Glenda Marsh / Ledger photo` / `High School, started coming…`): the photo is an item of
    its own and the story reads on past it.  A line that leaves a quotation open (`theme is
    "Read`) goes on into the next line's capitals; it heads nothing."""
    page = Page(source="p8.txt", lang="en", page_no=8, lines=(
        "8 | COMMUNITY | The Tamsin Creek Ledger | Thursday, June 20, 2024",
        "At 91, she still runs", "the Thursday soup line", "By Glenda Marsh, Ledger", "Correspondent",
        "TAMSIN CREEK — Every", "Thursday at 10 a.m., Opal", "Wendt unlocks the side door",
        "of the Community Hall and", "starts chopping onions.",
        "Volunteers range in age from", "14 to 88. Maddie Kerrigan, a", "sophomore at Tamsin Creek",
        "SOUP'S ON",
        "Opal Wendt, right, and Maddie Kerrigan", "serve lunch June 13 at the Tamsin Creek",
        "Community Hall.",
        "Glenda Marsh / Ledger photo",
        "High School, started coming", "with her grandmother two", "years ago.",
        "LIBRARY", "Summer reading program", "opens with record sign-ups", "By Ledger Staff",
        "More than 260 children", "signed up for the summer", "reading program this week.",
        "This year's theme is \"Read", "Across the River.\" Children", "who log 20 hours earn a",
        "free book."))
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "At 91, she still runs the Thursday soup line", "SOUP'S ON",
        "Summer reading program opens with record sign-ups"]
    lead = " ".join(res.stories[0].paragraphs)
    assert "a sophomore at Tamsin Creek High School, started coming" in lead
    assert res.stories[1].byline == "Glenda Marsh / Ledger photo"
    assert "theme is \"Read Across the River.\"" in " ".join(res.stories[2].paragraphs)


def test_a_short_wave_column_head_and_a_run_in_head_whose_date_wraps() -> None:
    """`体坛短波` heads a column of briefs as 简讯 does: skipped, each brief its own story; a
    brief's head run into its text whose opening date wraps onto the next line (`社区乒乓球
    联赛开打  9月` / `14日，…`) is its headline, the date the text's start."""
    page = zh("城市定向赛10月开跑",
              "本报讯（记者 计晓棠）10月12日，2024城市定向赛将在老城区举行，设亲子组、青年组和精英组。",
              "报名通道已在公众号开启，名额1500个，报满即止。",
              "体坛短波",
              "市青少年游泳锦标赛落幕",
              "本报讯（通讯员 钱一帆）9月14日至15日，市青少年游泳锦标赛在市游泳馆举行，来自全市21所学校的380名选手参赛。",
              "社区乒乓球联赛开打  9月",
              "14日，桐山区第3届社区乒乓球联赛开赛，32个社区的64支队伍将在两个月内进行120余场比赛。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "城市定向赛10月开跑", "市青少年游泳锦标赛落幕", "社区乒乓球联赛开打"]
    assert res.stories[2].paragraphs[0].startswith("9月14日，桐山区")
    assert "体坛短波" in res.skipped


def test_a_price_table_in_ideographic_cells_under_a_dated_title_is_skipped() -> None:
    """A price table whose cells are parted by ideographic spaces (`高山白菜　元/斤　1.20
    　↓0.10`), under its title with the date in brackets and its column heads, over its source:
    skipped whole; no row is cut into a run-in head and its text, the title heads nothing."""
    page = zh("茶园：夏季修剪正当时",
              "　　春茶采摘结束后，应抓紧对茶园进行修剪。轻修剪剪去树冠面3至5厘米，深修剪剪去10至15厘米。",
              "枫岭县主要农产品批发价格（6月10日）",
              "品名　单位　价格　涨跌",
              "稻谷　元/斤　1.42　持平",
              "鸭稻米　元/斤　8.00　↑0.50",
              "生猪　元/斤　7.65　↑0.12",
              "高山白菜　元/斤　1.20　↓0.10",
              "数据来源：县农产品市场服务中心",
              "县农商银行推出“鸭稻贷”",
              "本报讯（记者 韦一苇）为解决稻渔综合种养户前期投入大、融资难的问题，县农商银行推出“鸭稻贷”。",
              "截至5月底，“鸭稻贷”已为全县156户农户授信3100万元。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["茶园：夏季修剪正当时", "县农商银行推出“鸭稻贷”"]
    said = "".join(p for s in res.stories for p in s.paragraphs)
    assert "批发价格" not in said and "高山白菜" not in said and "元/斤" not in said


def test_a_brief_head_indented_like_a_paragraph_under_a_column_head_opens_the_brief() -> None:
    """Under a column's head over briefs (`城事快讯`), the first brief's head on a line of its
    own, indented like a paragraph (`  澜桥区新增3处夜间托管点`), is its headline: the brief is
    not read on as the end of the commentary above the column."""
    page = zh("中秋的月光，照见城市的温度", "□ 秦落",
              "　　中秋前夜，澄川有两处“人潮”：一处在奥体中心，一处在北湖公园。",
              "　　城市的温度，不只在灯火里，也在这些细处。", "",
              "城事快讯", "",
              "  澜桥区新增3处夜间托管点 ",
              "即日起，澜桥区在滨江、望亭、",
              "柳巷3个社区新增夜间托管点，",
              "为双职工家庭的小学生提供作",
              "业辅导和托管服务。", "",
              "  北湖公园中秋夜延长开放 9",
              "月17日中秋当晚，北湖公园开",
              "放时间延长至23:00。（通讯",
              "员 柯蓝）")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "中秋的月光，照见城市的温度", "澜桥区新增3处夜间托管点", "北湖公园中秋夜延长开放"]
    assert res.stories[0].paragraphs[-1].endswith("也在这些细处。")


def test_a_brief_head_under_an_english_column_head_and_a_name_wrapped_before_said() -> None:
    """No blank lines, a narrow column: the first brief's head under `AROUND TOWN` (`Leaf
    pickup begins Oct. 21`) heads its brief, not the story above the column; a paragraph
    opening on a name the column wrapped before its verb (`Public Works Superintendent Dale`
    / `Minter said…`) is running text, not a headline."""
    page = Page(source="p1.txt", lang="en", page_no=1, lines=(
        "Water tower repainting", "begins Monday on Ridge Road", "By Gazette Staff",
        "Crews will begin sandblasting and", "repainting the village's water",
        "tower on Ridge Road on Monday, a", "job expected to take seven weeks.",
        "Public Works Superintendent Dale", "Minter said residents on Ridge",
        "Road may notice lower water", "pressure during the first week.",
        "AROUND TOWN",
        "Leaf pickup begins Oct. 21", "Village crews will start", "curbside leaf collection",
        "Monday, Oct. 21, and continue", "through Nov. 29."))
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Water tower repainting begins Monday on Ridge Road", "Leaf pickup begins Oct. 21"]
    assert "Superintendent Dale Minter said" in " ".join(res.stories[0].paragraphs)


def test_a_markets_box_of_levels_and_arrowed_changes_is_skipped() -> None:
    """A markets box, each row a name, its level and the change after an arrow (`Dow Jones
    39,872.99 ▼ 201.95`): skipped, and its rows are neither the next story's headline nor
    its deck; the label over the next headline stays that story's kicker."""
    res = split_page(en(
        "Corliss Valve to close Fenner Street plant", "By Nadia Fenwick",
        "Corliss Valve Co. will close its Fenner Street plant by the end of the year, cutting\n"
        "about 240 jobs, the company said Tuesday.",
        "MARKETS\nDow Jones 39,872.99 ▼ 201.95\nS&P 500 5,321.41 ▲ 13.28\n"
        "Nasdaq 16,832.62 ▲ 37.75\n10-yr Treasury 4.41% ▼ 0.03\nCrude oil $79.26 ▼ 0.54",
        "SMALL BUSINESS Q&A\nBaker rides out\nthe egg-price squeeze",
        "Egg prices doubled in a year, and Rosa Quintero had to decide whether to raise the\n"
        "price of her brioche or eat the cost.",
        "She raised it by 50 cents, and most of her regulars stayed."))
    assert [(s.kicker, s.headline) for s in res.stories] == [
        (None, "Corliss Valve to close Fenner Street plant"),
        ("SMALL BUSINESS Q&A", "Baker rides out the egg-price squeeze")]
    assert any("Dow Jones" in x for x in res.skipped)


def test_a_classified_item_opening_on_a_word_and_a_comma_does_not_resume_the_text() -> None:
    """A sentence goes on past a box on a name and a comma only where the open line left off
    on a name's first word or a preposition; a classified ad's line (`Tools, kids' bikes,
    furniture.`) under the classifieds' head does not make that head read as running text."""
    page = Page(source="p6.txt", lang="en", page_no=6, lines=(
        "Two arrested after break-ins", "at Marina Road storage units", "From staff reports",
        "Alder Bay police arrested two men early", "Sunday after a string of break-ins at",
        "the Marina Road storage units.", "Renters at the facility should check",
        "their units and call the department's", "non-emergency line, 555-0122, to report losses.",
        "CLASSIFIEDS  To place an ad call 555-0150",
        "GARAGE SALE Sat. 8-2, 41 Heron Lane.", "Tools, kids' bikes, furniture.",
        "HELP WANTED Line cook, Harbor Grill.", "Nights/weekends. Apply in person.",
        "FOR RENT 2BR apt near ferry,", "$1,450/mo. No pets. 555-0163"))
    res = split_page(page)
    text = " ".join(res.stories[0].paragraphs)
    assert text.endswith("to report losses.") and "To place an ad" not in text


def test_a_title_case_column_name_over_a_sentence_case_headline_is_its_logo() -> None:
    """A column's name in title case (`On the Sideline`) over a headline in sentence case and
    the columnist's name is the column's logo: skipped, the headline the story's.  A
    headline's last line in title case (`…on closing` / `Kestrel Elementary`) stays in it.
    A promo ending on its section and page (`… | SPORTS, B1`) is skipped, `Gazette staff
    report` is a byline, and a results row in cells is no run-in head."""
    res = split_page(en(
        "FALL FOOTBALL PREVIEW: Gulls eye first league title since 2009 | SPORTS, B1",
        "Board puts off vote on closing\nKestrel Elementary", "Gazette staff report",
        "The school board put off a vote Monday on closing Kestrel Elementary after more than\n"
        "200 parents packed the meeting.",
        "Tickets for the next meeting are free and will be given out at the door.",
        "On the Sideline",
        "Fifty years on, the Bell Game still matters", "Rob Kessling",
        "The bell has hung in the trophy case at Carrow Junction for two years now, and the\n"
        "seniors want it to stay there.",
        "SCOREBOARD",
        "Friday's football    Carrow Junction 35, Marlow Creek 28    Ellery Falls 42, Dunmore 14",
        "Saturday's soccer    Westfield 3, Harlow 1    Dunmore 2, Sutter Bend 0",
        "Pruitt qualifies for state",
        "Senior Maya Pruitt qualified for the state cross-country meet on Saturday."))
    assert [(s.kicker, s.headline, s.byline) for s in res.stories] == [
        (None, "Board puts off vote on closing Kestrel Elementary", "Gazette staff report"),
        (None, "Fifty years on, the Bell Game still matters", "Rob Kessling"),
        (None, "Pruitt qualifies for state", None)]
    assert "On the Sideline" in res.skipped
    assert any("SPORTS, B1" in x for x in res.skipped)


def test_a_tables_credit_after_its_date_note_on_one_line_closes_the_box() -> None:
    """A standings table set into a story, its date note and its credit on one line under
    the rows (`（截至10月18日） 制表：廖一帆`): the line is the box's, not a headline, and the
    story goes on under the box."""
    page = zh("西港队主场2:0完胜北塘队 城市足球联赛积分继续领跑",
              "本报讯（记者 廖一帆）10月17日晚，城市足球联赛第12轮在西港体育场进行，西港队2:0战胜北塘队。",
              "城市足球联赛积分榜（前6名）",
              "排名 球队 场次 胜 平 负 积分",
              "1 西港 12 9 2 1 29",
              "2 东湖 12 8 3 1 27",
              "3 南岸 12 6 2 4 20",
              "（截至10月18日） 制表：廖一帆",
              "　　同日进行的另一场比赛中，东湖队客场1:1战平金沙队，以27分暂列第二。")
    res = split_page(page)
    assert len(res.stories) == 1
    assert res.stories[0].paragraphs[-1].startswith("同日进行的另一场比赛中")
    assert any("制表" in x for x in res.skipped)


def test_a_headline_in_two_halves_under_a_column_logo_is_no_slogan() -> None:
    """Under a column's logo (`读者来信`), a headline in two equal halves (`古镇停车难 盼早日解决`)
    over a letter's text is the letter's headline, not a slogan printed with the logo; the
    reader's signature at its end is its byline, not the story above's."""
    page = zh("流量是一时的，口碑才是长久的", "□ 戚然",
              "　　国庆长假，沄水古镇迎来客流高峰。流量是一时的，口碑才是长久的。只有让游客玩得舒心、",
              "住得安心，沄水的旅游才能从“假日经济”走向“常态红火”。",
              "读者来信",
              "古镇停车难 盼早日解决",
              "国庆期间，我带家人去沄水古镇游玩，从北入",
              "口排队进停车场花了将近一个小时。",
              "希望有关部门加快停车场扩建，引导游客绿色出行。（读者 殷晓峰）")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["流量是一时的，口碑才是长久的", "古镇停车难 盼早日解决"]
    assert res.stories[0].byline == "□ 戚然"
    assert res.stories[1].byline is not None and "殷晓峰" in res.stories[1].byline


def test_a_headline_after_its_text_over_a_brief_column_head_and_an_interview_column_logo() -> None:
    """A headline printed after its story's text (a jumped story's rest, `（上接1版）…`),
    right over a column of briefs' head (`老茶园里的“新农人”` / `简 讯`), is that story's, not
    a title of the column head; a
    column's logo over an interview's headline (`局长面对面`) is skipped."""
    page = zh("局长面对面", "",
              "让群众买得放心 吃得安心", "——对话县市场监管局局长封志诚", "本报记者 韦一苇", "",
              "　　记者：今年以来，县市场监管局在食品安全方面做了哪些工作？",
              "　　封志诚：我们把农贸市场和校园周边作为重点，全年抽检食品1200批次。", "",
              "　　（上接1版）村民覃秀芬今年58岁，家里有8亩茶园。她说，如今茶叶有人收、价钱也好。",
              "　　谈起今后的打算，覃远航说，他要让云雾村的老茶园焕发新的生机。", "",
              "老茶园里的“新农人”", "",
              "简 讯", "",
              "北岭镇卫生院开通夜间门诊　9月1日起，北岭镇卫生院开通夜间门诊，方便群众就医。", "",
              "县图书馆延长开放时间　即日起，县图书馆周二至周日开放时间延长至21:00。")
    res = split_page(page)
    heads = [s.headline for s in res.stories]
    assert "让群众买得放心 吃得安心" in heads and "局长面对面" in res.skipped
    # (the logo's name, whatever the page round it: a column `…面对面`, as `…访谈`)
    assert furniture_kind("局长面对面", "zh") == "logo"
    assert "老茶园里的“新农人”" in heads
    tea = res.stories[heads.index("老茶园里的“新农人”")]
    assert tea.paragraphs[-1].endswith("焕发新的生机。")
    assert heads[-2:] == ["北岭镇卫生院开通夜间门诊", "县图书馆延长开放时间"]


def test_an_ads_foot_of_telephone_and_street_address_makes_the_ad_furniture() -> None:
    """An ad at a page's foot, its name, its tagline and a foot of telephone and address
    parted by a bullet (`555-0114 • 300 Mill St.`): skipped, not read as a story."""
    assert furniture_kind("555-0114 • 300 Mill St.", "en") == "ad"
    res = split_page(en(
        "Bakery adds second shop", "Rise & Shine Bakery will open a second shop on Front Street\n"
        "next month. The owners plan to hire eight people.", "— Sentinel staff",
        "KESTREL AUTO GLASS", "Chip repair while you wait • Insurance billing",
        "555-0114 • 300 Mill St."))
    assert [s.headline for s in res.stories] == ["Bakery adds second shop"]
    assert not any("Chip repair" in p for s in res.stories for p in s.paragraphs)


def test_a_caption_without_title_set_into_a_sentence_broken_on_a_function_word() -> None:
    """A blank after every line: a photo's caption, no title, and its credit set into a
    sentence broken off on a function word (`…a wheelchair ramp and an` / `The keeper's
    cottage…` / credit / `accessible restroom…`): the caption is the photo's, and the story
    reads on past it."""
    res = split_page(en_lines(
        "HISTORY", "Lighthouse cottage to reopen as maritime museum",
        "By Priya Halvorsen / Special to the Beacon",
        "    BRACKETT POINT — The keeper's cottage at Brackett Point Light,",
        "closed to visitors since a 2019 roof collapse, will reopen next",
        "spring as a small maritime museum, the historical society said.",
        "    The society has raised $640,000 of the $700,000 it needs. Work",
        "on a new slate roof, a wheelchair ramp and an",
        "The keeper's cottage at Brackett Point Light, seen from",
        "the breakwater on Friday, has been closed since 2019.",
        "MAREN OSTBY / The Beacon",
        "accessible restroom is scheduled to finish in March, and the museum",
        "is expected to open by Memorial Day.", page_no=3))
    lead = res.stories[0]
    assert lead.headline == "Lighthouse cottage to reopen as maritime museum"
    assert lead.byline == "By Priya Halvorsen / Special to the Beacon"
    assert "a wheelchair ramp and an accessible restroom" in " ".join(lead.paragraphs)
    assert any(s.byline == "MAREN OSTBY / The Beacon" for s in res.stories[1:])


def test_a_call_for_entries_with_its_theme_in_quotation_marks_is_a_notice() -> None:
    """A call for entries whose theme stands in quotation marks before it (`“我和柏溪的故事”
    征文启事`) is a notice, as `征文启事` alone is: not read as a story."""
    assert furniture_kind("“我和柏溪的故事”征文启事", "zh") == "notice"
    page = zh("柏溪河畔秋色浓", "□ 秦落",
              "　　秋天的柏溪河，是一年里最好看的时候。河边的芦苇白了头，风一吹，像一层薄雪。",
              "　　傍晚时分，晚霞落在水面上，打渔的小船慢慢靠岸。",
              "“我和柏溪的故事”征文启事",
              "　　为庆祝柏溪建县1500周年，本报即日起开展“我和柏溪的故事”主题征文活动。来稿以散文、诗歌为主，截稿日期11月30日。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["柏溪河畔秋色浓"]
