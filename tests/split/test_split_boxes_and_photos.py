"""Cues added in session 15, each on invented text and each checked to fail on the code
before it: by-the-numbers rows and long labelled rows as a box's, a one-word photo title set
into an open sentence, a letter signed with the writer's role, the paper's own standing box,
and a photo between two paragraphs of a text that goes on past a box."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p7.txt", lang="en", page_no=7, lines=tuple("\n\n".join(blocks).split("\n")))


def en_lines(*lines: str) -> Page:
    """An English page with a blank line after every line (the `lines` shape)."""
    return Page(source="p7.txt", lang="en", page_no=7,
                lines=tuple(x for line in lines for x in (line, "")))


def en_tight(*lines: str) -> Page:
    """An English page with no blank line at all (the `tight` shape)."""
    return Page(source="p7.txt", lang="en", page_no=7, lines=lines)


def text(res: object) -> str:
    return " ".join(p for s in res.stories for p in s.paragraphs)  # type: ignore[attr-defined]


def test_figure_rows_in_a_sentence_are_a_box_and_the_paragraph_reads_on() -> None:
    """Rows that open on a figure and name what it counts, three in a row, are a box's, not
    the text's; the sentence broken off above them goes on below, in its paragraph, and the
    page still parts its paragraphs by blank lines (a short line ending a sentence inside a
    block ends no paragraph)."""
    page = en("Library levy goes to voters",
              "By Ines Morrow",
              "The Tarrow County library board voted Monday\nto ask voters for a levy in May.",
              "Board chair Alma Reyes said most of the\nmoney would go to the branches that\n"
              "serve the county's small towns, the bookmobile",
              "LEVY IN FIGURES\n12 Branches in the county system\n$4.2 million Levy raised over five years\n"
              "38,000 Cardholders in Tarrow County\nSource: Tarrow County Library",
              "and the summer reading program.\nThe levy would add $38 a year\n"
              "to the tax bill on a $200,000 home.",
              "The board will hold two public meetings on\nthe levy in March.")
    res = split_page(page)
    assert len(res.stories) == 1
    assert res.stories[0].paragraphs[1] == (
        "Board chair Alma Reyes said most of the money would go to the branches that serve the "
        "county's small towns, the bookmobile and the summer reading program. The levy would "
        "add $38 a year to the tax bill on a $200,000 home.")
    assert "Branches in the county system" not in text(res)


def test_long_rows_under_one_kind_of_label_stay_in_the_box() -> None:
    """A scoring summary's rows run long, but their labels are of one kind (`First half:`,
    `Second half:`, …) and one of them is a short list row: every one is the box's."""
    page = en_lines(
        "Rovers edge Millbrook in the snow",
        "By Dana Ostrow",
        "MILLBROOK — The Rovers won 2-1 on Saturday in a match played through a snow squall.",
        "Keeper Jon Ferris made six saves, two of them in the final minute.",
        "GOALS",
        "First half: R — Adeyemi 14 (Novak)",
        "Second half: M — Lorne 52 (penalty); R — Castellano 77 (Adeyemi), a shot from the left "
        "edge of the box that curled inside the far post; M — Lorne booked 80 (dissent)",
        "Added time: R — Ferris save 93 (Lorne header), a reflex stop at the near post",
        "The Rovers play at Dunmore next Saturday.")
    res = split_page(page)
    assert len(res.stories) == 1
    assert "Castellano" not in text(res)
    assert res.stories[0].paragraphs[-1] == "The Rovers play at Dunmore next Saturday."


def test_a_one_word_photo_title_set_into_an_open_sentence() -> None:
    """A photo (a title of one word in capitals, its caption and credit) set into a sentence
    left open: the text goes on past the credit, the photo is a story of its own."""
    page = en_lines(
        "Ferry crews rescue two kayakers",
        "By Petra Lund",
        "Two kayakers were pulled from the bay on Sunday after their boat overturned near the",
        "RESCUED",
        "A ferry crew member throws a line to a kayaker off Gull Point on Sunday afternoon.",
        "OREN VASS / Herald photo",
        "breakwater. Both were taken to Harbor General and released that evening.",
        "The harbor master said both wore life jackets.")
    res = split_page(page)
    heads = [s.headline for s in res.stories]
    assert heads == ["Ferry crews rescue two kayakers", "RESCUED"]
    assert "overturned near the breakwater. Both were taken" in res.stories[0].paragraphs[0]


def test_a_letter_signed_with_the_writers_role() -> None:
    """`Name, role, Business` under a letter is its signature, the letter's byline."""
    page = en_lines(
        "LETTERS TO THE EDITOR",
        "Keep the market on Main Street",
        "Moving the Saturday market to the fairgrounds would cost the shops on Main Street the",
        "one day a week they can count on a crowd.",
        "Hal Brandt, owner, Main Street Books",
        "Plow the side streets too",
        "Our street was not plowed for four days after the last storm.",
        "Ruth Vega, Ellsworth")
    res = split_page(page)
    assert [s.byline for s in res.stories] == ["Hal Brandt, owner, Main Street Books",
                                               "Ruth Vega, Ellsworth"]


def test_the_papers_own_standing_box_is_skipped_and_a_brief_with_one_contact_is_kept() -> None:
    """A head in capitals, a few lines and two or more rows on how to reach the paper are a
    standing box, the same every day; a brief that gives one way to reach someone is text."""
    brief = ("Coats needed for winter drive", "The Ellsworth Lions Club is collecting coats "
             "through Dec. 15 at the library.", "Phone: 555-0142")
    page = en_tight(
        "Council delays vote on sidewalks",
        "By Nils Arden",
        "The City Council on Tuesday put off a vote on new sidewalk rules until January.",
        "Council member Ada Pryor asked for more time to hear from property owners.",
        "REACH THE NEWSROOM",
        "News tips and story ideas are welcome every",
        "day of the week. We read every message and",
        "answer as many as we can.",
        "Email: news@ellsworthherald.example",
        "Mail: Newsroom, Ellsworth Herald, 12 Main St.,",
        "Ellsworth",
        *brief)
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Council delays vote on sidewalks", brief[0]]
    assert "story ideas" not in text(res)
    assert "is collecting coats through Dec. 15 at the library." in text(res)


def test_text_goes_on_past_a_photo_between_paragraphs_and_a_box_under_it() -> None:
    """A page extracted a paragraph to a line: a photo (caption and credit) between two
    paragraphs, then a box set into the next paragraph's open sentence.  One story, resumed
    past both, and the photo an item of its own."""
    page = en_lines(
        "Tigers stun Harlow in overtime",
        "By Omar Fenn",
        "HARLOW — The Tigers trailed by nine points with three minutes left in regulation on "
        "Friday night and won the game anyway, 73-70 in overtime.",
        "\"We never stopped believing, not for one second of it,\" coach Lena Marsh said after "
        "the game in a locker room that was still shaking.",
        "Tigers guard Remy Cole drives past a Harlow defender in the second half of Friday's "
        "game at Harlow High School.",
        "JUNE PARR / Tribune",
        "Cole scored 11 of his 24 points in the final three minutes of regulation, including a",
        "BOX SCORE",
        "Tigers 14 12 18 21 8 — 73",
        "Harlow 20 16 15 13 6 — 70",
        "three-pointer from the left corner that tied the game with four seconds left and sent "
        "the crowd home quiet.",
        "The Tigers play at Westfield on Tuesday night and return home to face Dunmore on Friday "
        "in the last game before the holiday break.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Tigers stun Harlow in overtime", None]
    assert "including a three-pointer from the left corner" in res.stories[0].paragraphs[-2]
    assert res.stories[1].byline == "JUNE PARR / Tribune"


def zh(*lines: str) -> Page:
    return Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(lines))


def zh_text(res: object) -> str:
    return "".join(p for s in res.stories for p in s.paragraphs)  # type: ignore[attr-defined]


def test_a_box_of_players_figures_and_a_listing_of_shows_over_days_are_skipped() -> None:
    """Rows of a player (a spaced name and the team in brackets) and the figures with their
    units are a box's; so is a showing over days (`12月3日—5日 19:30 …`): neither is read,
    and neither heads the story under it."""
    page = zh("青川队主场加时险胜", "本报记者 梁一舟",
              "　　12月1日晚，市篮球联赛第十轮在市体育馆进行，青川队",
              "经过加时以88:85险胜东湖队。",
              "本场技术统计",
              "韦 昊（青川） 29分 8篮板",
              "程 立（东湖） 25分 6助攻",
              "于 帆（青川） 17分 11篮板 3盖帽",
              "数据来源：市篮球协会",
              "　　青川队主教练表示，球队下一场将客场挑战南岭队。",
              "本周演出",
              "12月2日 19:30 市文化馆 民乐专场",
              "12月3日—5日 19:30 青川大剧院 话剧《老街》",
              "湖畔读书会迎来第一百期",
              "本报记者 方晴",
              "　　12月1日，湖畔读书会迎来第一百期活动，六十余名读者到场。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["青川队主场加时险胜", "湖畔读书会迎来第一百期"]
    assert "29分" not in zh_text(res) and "话剧" not in zh_text(res)


def test_a_chinese_sentence_goes_on_under_a_weather_box_set_into_it() -> None:
    """A weather box set into a sentence the column left open: the line under the box goes
    on with the sentence, it is no headline however short."""
    page = zh("县人社局举办冬季招聘会", "本报讯（记者 伍思远）",
              "11月28日，县人社局在文体中心举办",
              "冬季招聘会，62家企业提供岗位1800",
              "余个。招聘会还设置了政策咨询台，并",
              "青河天气",
              "今天 阴转小雨",
              "6℃～12℃",
              "东北风2-3级",
              "为求职者提供简历指导和职业测评服",
              "务。当天达成就业意向430余人。",
              "城南菜市场改造完工", "本报讯（通讯员 莫川）",
              "11月27日，城南菜市场改造完工，重新开业迎客。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["县人社局举办冬季招聘会", "城南菜市场改造完工"]
    assert "并为求职者提供简历指导和职业测评服务。" in zh_text(res)


def test_a_headline_printed_after_its_body_stays_out_of_the_dated_box_under_it() -> None:
    """A box's title with its dates in brackets is the box's top line: the headline printed
    after its body right above it stays that story's, and the table's column heads under the
    title go with the box."""
    page = zh("　　本报讯（记者 乔安）11月下旬以来，县供销社",
              "在各乡镇设立收购点，帮助农户销售冬笋。",
              "　　截至目前，已收购冬笋86万斤，带动农户",
              "增收500余万元。",
              "县供销社助农",
              "销售冬笋86万斤",
              "本周蔬菜价格（11月25日—12月1日）",
              "品种 均价 环比",
              "冬笋（统货） 4.2元/斤 ↑5.0%",
              "白萝卜 0.8元/斤 持平",
              "数据来源：县价格监测中心",
              "　　本报讯（记者 乔安）11月30日，县城区",
              "首座智慧公厕投入使用。",
              "城区首座智慧公厕启用")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["县供销社助农 销售冬笋86万斤", "城区首座智慧公厕启用"]
    assert "均价" not in " ".join(s.headline or "" for s in res.stories)


def test_a_whole_notice_set_into_an_open_sentence_and_the_text_goes_on_past_it() -> None:
    """A notice (its head, text, signature and date) read between two columns of one lead,
    the sentence above it left open: the lead goes on past the notice, the line above it
    is no headline, and the notice is not read."""
    page = zh("县医院开通夜间门诊", "本报讯（记者 邵岚）",
              "11月4日起，县人民医院开通夜间门",
              "诊，内科、外科、儿科每晚18:00至",
              "22:00接诊。医院还在门诊大厅设立",
              "了志愿服务台。",
              "在便民服务方面，县人民医院",
              "停水公告",
              "因管网改造，11月9日8:00至20:00，",
              "城东片区停水，请提前储水。",
              "县自来水公司",
              "2024年11月5日",
              "还安排专人陪同老人就诊。开诊首周",
              "共接诊患者610人次。",
              "城西小学建成智慧操场", "本报讯（通讯员 孔宁）",
              "11月3日，城西小学智慧操场投入使用。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["县医院开通夜间门诊", "城西小学建成智慧操场"]
    assert "在便民服务方面，县人民医院还安排专人陪同老人就诊。" in zh_text(res)
    assert "储水" not in zh_text(res)


def test_a_sale_notice_and_the_classifieds_are_skipped() -> None:
    """A land-sale notice titled by the deal (`…挂牌出让公告`) and the classifieds under their
    head (`分类广告`) are paid notices: neither is a story."""
    page = zh("河畔公园步道改造完工", "本报讯（记者 方晴）",
              "11月2日，河畔公园步道改造完工，新铺设透水步道2.6公里。",
              "青川县国有建设用地使用权挂牌出让公告",
              "青自然资告字〔2024〕21号",
              "经县人民政府批准，县自然资源局决定以挂牌方式出让1宗国有建设用地使用权。",
              "联系电话：0812-6623301",
              "分类广告",
              "【招聘】青川县丰源农业公司招聘司机2名，电话：13908126611",
              "【转让】临街门面一间，面积45平方米，电话：13508127720",
              "县图书馆开设周末亲子课堂", "本报讯（通讯员 孔宁）",
              "即日起，县图书馆每周六上午开设亲子课堂。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["河畔公园步道改造完工", "县图书馆开设周末亲子课堂"]
    assert "挂牌方式" not in zh_text(res) and "招聘" not in zh_text(res)


def test_brief_heads_run_in_with_one_space_past_a_saints_point_and_a_name() -> None:
    """A column of briefs, each head run into its text with one space: a head naming a
    saint's church (`St. Anne's The…`), a head with a road's name in it whose text opens on a
    name and says the head again (`County Road 9 paving Harlan` / `County crews…`), and a
    text opening on a name with a number in it (`American` / `Legion Post 12 will…`)."""
    page = en_tight(
        "AROUND THE COUNTY",
        "Soup supper at St. Anne's The",
        "parish will serve its fall soup",
        "supper from 5 to 7 p.m. Friday.",
        "County Road 9 paving Harlan",
        "County highway crews will repave",
        "County Road 9 north of Linden on",
        "Tuesday. Expect delays.",
        "Library book sale Saturday The",
        "Friends of the Library will sell",
        "used books from 9 a.m. to noon.",
        "Legion fish fry Friday American",
        "Legion Post 12 will hold its fish",
        "fry from 5 to 7 p.m. at the post.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Soup supper at St. Anne's", "County Road 9 paving", "Library book sale Saturday",
        "Legion fish fry Friday"]
    assert res.stories[1].paragraphs[0].startswith("Harlan County highway crews")


def test_an_ad_whose_number_stands_among_bullets_is_skipped() -> None:
    """An ad: a name in capitals, an offer that fills the column, and its address line with
    the telephone number between bullets (`12 Elm St. • 555-0190 • Open daily`)."""
    page = en_tight(
        "Pantry asks for winter donations",
        "The Linden Food Pantry needs canned soup, peanut butter",
        "and cereal before the holidays, director Ann Keel said.",
        "Donations are taken weekdays at the pantry on Oak Street.",
        "MARLOW TIRE & AUTO",
        "Winter tire package — four tires mounted and balanced,",
        "free alignment check",
        "12 Elm St. • 555-0190 • Open daily",
        "Choir concert set for Sunday",
        "The Linden Community Choir will sing its holiday concert",
        "at 3 p.m. Sunday at First Methodist Church.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Pantry asks for winter donations",
                                                 "Choir concert set for Sunday"]
    assert "alignment" not in text(res)


_EDITORIAL = (
    "OUR VIEW",
    "Council owes the town a",
    "clear answer on the water deal",
    "   Two weeks ago the Linden Town",
    "Council voted 4-1 to sell the water",
    "works to a private company.",
    "The mayor said the price was fair.",
    "But fair and wise are not the same",
    "thing.",
    "   The company has run three other",
    "systems in the county since 2015. In",
    "that time the state has cited them for",
    "\"Three towns and $9 million",
    "is a lot to bet on",
    "good faith.\"",
    "late reports in four of the last",
    "six years.",
    "   Voters deserve to see the numbers",
    "before the sale closes. Three towns",
    "and $9 million is a lot to bet on good",
    "faith.",
    "LETTERS TO THE EDITOR",
    "Keep the pool open in August",
    "   The town pool closes two weeks",
    "before school starts. Families would",
    "use it if it stayed open.",
    "Rita Olmos, Linden",
    "TELL US WHAT YOU THINK",
    "Letters must be signed and include",
    "the writer's town. Limit 200 words.",
    "Send to letters@lindenpost.example.")


def test_an_indented_page_keeps_its_headline_paragraphs_pull_quote_and_letters_policy_apart() -> None:
    """A page with no blank lines that indents its paragraphs: a headline of two lines over
    an indented first line is no paragraph (a paragraph ends its sentence); a line ending a
    sentence short of the column inside a paragraph ends no paragraph; a quotation set into an
    open sentence is a pull quote even where the text above it has no comma; and the letters
    column's policy under the last signature, ending on an e-mail address, is not read."""
    res = split_page(en_tight(*_EDITORIAL))
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("OUR VIEW", "Council owes the town a clear answer on the water deal"),
        (None, "Keep the pool open in August")]
    assert res.stories[0].paragraphs == [
        "Two weeks ago the Linden Town Council voted 4-1 to sell the water works to a private "
        "company. The mayor said the price was fair. But fair and wise are not the same thing.",
        "The company has run three other systems in the county since 2015. In that time the "
        "state has cited them for late reports in four of the last six years.",
        "Voters deserve to see the numbers before the sale closes. Three towns and $9 million "
        "is a lot to bet on good faith."]
    assert res.stories[1].byline == "Rita Olmos, Linden"
    assert "Limit 200 words" not in text(res)


def test_a_headline_ending_on_a_small_word_over_an_indented_first_line() -> None:
    """Where paragraphs are indented, an open line right over a paragraph's indented first
    line cannot end that paragraph: a headline broken after `a` is display, not text."""
    page = en_tight(
        "Pool hours cut for fall",
        "   The town pool will close at 6 p.m.",
        "on weekdays starting Monday, the parks",
        "department said.",
        "Council owes the town a",
        "straight answer on water",
        "   Two weeks ago the Linden Town",
        "Council voted to sell the water works.",
        "   The vote was 4-1.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Pool hours cut for fall",
                                                 "Council owes the town a straight answer on water"]


def test_a_line_opening_with_the_under_a_headline_in_sentence_case_starts_the_text() -> None:
    """A narrow column with no blank lines: a line opening with `The` under a headline in
    sentence case starts the text, not a second headline line (`Flu shot clinics open
    Saturday` / `The Tamsin County Health`), and the line under a `By` byline is text."""
    page = en_tight(
        "Ferry fares to rise in spring",
        "The ferry authority will raise fares",
        "by a dollar in April, its board said.",
        "EDUCATION",
        "School board delays vote",
        "on later start times",
        "By Tom Greaves / Staff Writer",
        "The Tamsin Regional School Board on",
        "Monday postponed a vote on pushing",
        "back high school start times.",
        "BRIEFLY",
        "Flu shot clinics open Saturday",
        "The Tamsin County Health",
        "Department will offer free flu",
        "shots from 9 a.m. to noon Saturday.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Ferry fares to rise in spring",
                                                 "School board delays vote on later start times",
                                                 "Flu shot clinics open Saturday"]
    assert res.stories[1].subheadline is None
    assert res.stories[2].paragraphs[0].startswith("The Tamsin County Health Department")


def test_a_line_of_a_title_and_a_name_over_a_hyphenated_surname_and_said_is_text() -> None:
    """A narrow column: a line of capitalised words after a sentence's end (`Commission Chair
    Delphine`) over a hyphenated surname and its verb of saying (`Okafor-Reyes said…`) is
    the text going on, no headline."""
    page = en_tight(
        "Commissioners back jail plan",
        "By Reuben Cole / Staff Writer",
        "The county board voted 4-1 on",
        "Tuesday to put a jail expansion",
        "before voters in November.",
        "Commission Chair Delphine",
        "Okafor-Reyes said the county",
        "has little choice. The jail was",
        "built for 112 inmates.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Commissioners back jail plan"]
    assert "Commission Chair Delphine Okafor-Reyes said" in text(res)


def test_a_box_score_with_long_labelled_rows_under_its_table() -> None:
    """Under a box score's table, rows of any length behind a short label with figures in
    them (`LC: Ortiz 41 run; Ortiz 7 run; …`) are the box's, not a headline and its text."""
    page = en_lines(
        "Lakers roll into regional final",
        "By Cole Varga",
        "CEDAR FORKS — The Lakers ran for 312 yards and beat Ashgrove 35-14 on Friday night.",
        "Quarterback Eli Moss threw for two more scores in the second half.",
        "SCORING",
        "Ashgrove        0   7   0   7 — 14",
        "Lakers          7  14   7   7 — 35",
        "LC: Ortiz 41 run; Ortiz 7 run; Bell 6 pass from Moss; Bell 22 pass from Moss; Ortiz 3 run",
        "ASH: Banks 31 pass from Reyes; Reyes 2 run",
        "The Lakers host Dunmore in the regional final next Friday.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Lakers roll into regional final"]
    assert "Bell 22 pass" not in text(res)
    assert res.stories[0].paragraphs[-1] == "The Lakers host Dunmore in the regional final next Friday."


def test_an_opinion_page_staff_box_and_a_letter_signed_from_the_country() -> None:
    """The staff box's every line is furniture, a manager's and a director's too; a letter
    signed from the country round a town (`…, rural Quillan`) is signed."""
    page = en(
        "The Linden Post\nFounded 1898\nAda Kerr, Publisher\nTom Hale, Editor\n"
        "Rosa Diaz, Circulation Manager\nLee Park, Marketing Director",
        "OUR VIEW\nKeep the branch library open",
        "The library board wants to close the Elm Street branch to save money. It should not.",
        "LETTERS TO THE EDITOR",
        "Thanks to our fire crew",
        "Lightning struck our shed last month, and the volunteers were in our yard within 12 "
        "minutes.",
        "Marisol and Dean Reyes, rural Linden",
        "Fix the county road",
        "County Road 9 has been full of potholes since spring.",
        "Glen Hauser, Linden")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("OUR VIEW", "Keep the branch library open"), (None, "Thanks to our fire crew"),
        (None, "Fix the county road")]
    assert res.stories[1].byline == "Marisol and Dean Reyes, rural Linden"


def test_a_title_in_capitals_over_a_name_and_its_verb_goes_on_with_the_text() -> None:
    """A narrow column: a line of capitalised words (`Brannock County District Judge`) over
    a name and a verb in the past (`Amelia Stroud handed down…`) is text going on."""
    page = en_tight(
        "Driver sentenced in crash",
        "By Tessa Morrow / Staff Writer",
        "A Wexbury man who struck and",
        "killed a motorcyclist last year",
        "was sentenced Monday to six years.",
        "Brannock County District Judge",
        "Amelia Stroud handed down the",
        "sentence in a packed courtroom.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Driver sentenced in crash"]
    assert "District Judge Amelia Stroud handed down" in text(res)


def test_ads_ending_on_bullets_with_an_address_or_hours() -> None:
    """An ad's last line may give its address or hours between bullets and no telephone
    (`2210 Route 14 North • Open daily 7 a.m.-7 p.m.`), and an ad's name may be in title
    case over such a line (`Hollis & Pratt Funeral Home`): neither ad is read."""
    page = en_tight(
        "Grain elevator fire under investigation",
        "Fire crews spent the night at the co-op elevator",
        "on Route 14, and the cause is not yet known.",
        "BRANNOCK FARM & FEED",
        "Fall mum sale — 3 for $20",
        "2210 Route 14 North • Open daily 7 a.m.-7 p.m.",
        "Library adds Sunday hours",
        "The Wexbury library will open Sundays from 1 to",
        "5 p.m. starting in October.",
        "Hollis & Pratt Funeral Home",
        "Caring for county families since 1921",
        "412 W. Main St., Wexbury • 555-0133")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Grain elevator fire under investigation",
                                                 "Library adds Sunday hours"]
    assert "mum sale" not in text(res) and "since 1921" not in text(res)


def test_a_photo_with_a_long_caption_and_a_box_under_it_set_into_an_open_sentence() -> None:
    """A Chinese lead broken off mid-sentence by a photo (its title, a dated caption of eight
    narrow lines, its credit) and a data box under it, blank lines parting the blocks: the
    lead goes on below the box."""
    page = zh("全县教育大会召开", "", "本报讯（记者 谷雨桐）",
              "11月6日，全县教育大会召开，部署",
              "推进义务教育优质均衡发展。会议要",
              "求，要丰富课后服务内容，", "",
              "课间“动”起来", "",
              "11月5日，县实验小",
              "学的学生在大课间跳竹竿",
              "舞。今年秋季学期起，全",
              "县中小学推行每天30分钟",
              "大课间活动，跳绳、踢毽",
              "子、民族舞蹈等项目深受",
              "学生们的喜爱，参与率",
              "达到百分之百。",
              "通讯员 韦 佳 摄", "",
              "数读",
              "全县中小学校 87所",
              "在校学生 6.42万人",
              "专任教师 4326名", "",
              "引进体育、艺术等方面的优质资源，",
              "满足学生多样化学习需求。", "",
              "县图书馆开设周末课堂", "", "本报讯（通讯员 孔宁）",
              "即日起，县图书馆每周六开设亲子课堂。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["全县教育大会召开", "课间“动”起来", "县图书馆开设周末课堂"]
    assert "要丰富课后服务内容，引进体育、艺术等方面的优质资源" in res.stories[0].paragraphs[-1]
    assert "4326名" not in zh_text(res)


def test_a_word_a_tool_split_with_a_run_of_spaces_is_mended_by_the_language() -> None:
    """Some tools split a word with a run of spaces (`Canal Stre  et diner reopens`): where
    the joined word is an English word and its halves are not both, it is one word, so the
    line is a headline, not a head run into its text."""
    page = en("BRIEFLY",
              "Canal Stre  et diner reopens",
              "Rosie's Diner reopened Monday after a kitchen fire in June.",
              "Library adds Sunday hours",
              "The library will open Sundays from 1 to 5 p.m. starting in October.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Canal Street diner reopens",
                                                 "Library adds Sunday hours"]


def test_a_line_left_open_over_a_pull_quote_is_text_not_a_headline() -> None:
    """A block of one line that ends no sentence over a pull quote (with its speaker), the
    text going on in lower case under the quote: the line is the text's, not a headline."""
    page = en("Board sends school bond to voters",
              "By Nadia Pruett",
              "LINDEN — Voters will decide next\nmonth whether to borrow $38\nmillion to "
              "replace the county's\noldest elementary school, after\nthe school board "
              "voted 5-2.",
              "Superintendent Ana Vasquez told\nthe board that repairing the\nbuilding would "
              "cost $14.8 million\nand still leave classrooms \"too\nsmall for the way we "
              "teach,\" she\nsaid.",
              "\"We have patched that building about",
              "\"Every year we wait, the\nprice goes up.\"\n— Board President Martin Osei",
              "as far as a building can be\npatched,\" Vasquez said.",
              "The vote sends the bond to the November ballot.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Board sends school bond to voters"]
    assert "\"We have patched that building about as far as a building can be patched,\"" \
        in text(res)


def test_a_credited_box_whose_title_carries_its_dates_and_a_unit_column() -> None:
    """A price box credited under its rows, its title carrying its dates in brackets and its
    rows a unit column (`籼米 元/公斤 5.60 持平`): the title is the box's, not the second line
    of the headline printed after the text above it."""
    page = zh("　　本报讯（记者 谢雨桐）今年以来，县农商银行推出“橘农贷”，",
              "已累计发放贷款1268笔、8600万元。",
              "县农商银行发放“橘农贷”8600万元",
              "本周农产品价格行情（10月21日—10月23日）",
              "品种 单位 均价 环比",
              "籼米 元/公斤 5.60 持平",
              "蜜橘 元/公斤 4.20 ↓3.4%",
              "生猪 元/公斤 15.80 ↑1.9%",
              "数据来源：县价格监测中心",
              "　　本报讯（记者 乔安）10月22日，县城区首座智慧公厕投入使用。",
              "城区首座智慧公厕启用")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["县农商银行发放“橘农贷”8600万元", "城区首座智慧公厕启用"]


def test_a_box_titled_by_its_score_in_capitals_over_the_next_column() -> None:
    """A box score's title is its score in capitals (`HAWKS 28, RAIDERS 24`): with the rows
    under it, the box's, not a kicker over the column that follows the box."""
    page = en("Hawks rally to win league title",
              "The Hawks scored twice in the fourth quarter to beat Dunmore 28-24 on Friday.",
              "HAWKS 28, RAIDERS 24\nDunmore      7  10   0   7 — 24\nHawks        7   0   7  14 — 28",
              "ON THE SIDELINE",
              "Friday nights still belong to the small towns",
              "By Ray Okafor",
              "There were more people in the stands on Friday than live in the town.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        (None, "Hawks rally to win league title"),
        ("ON THE SIDELINE", "Friday nights still belong to the small towns")]


def test_a_deck_in_one_block_with_its_headline_opens_wider() -> None:
    """A headline of two short lines and a deck in one printed block under a photo: the
    deck's first line, a quarter wider than the headline's and opening anew with a capital,
    starts the deck, whether or not the story writes its first word in lower case."""
    page = en("Ava Lind, 12, holds steady as her\nfather shears a ewe during the fair\n"
              "on Saturday. The fair runs through\nSunday at the fairgrounds.",
              "ELLIOT BRANDT / Gazette photo",
              "Tanner Creek levee work\nto wrap up by Thanksgiving\n"
              "Crews have rebuilt 1.8 miles of the\n1950s-era earthen wall\n"
              "By Owen Castellanos / Staff Writer",
              "SOUTH WEXBURY — Nearly three years\nafter floodwaters topped the levee\n"
              "and sent water into more than 60\nhomes, the work to rebuild it is\n"
              "almost finished.\nContractors have raised the levee\nby as much as 3 feet "
              "and added a\nconcrete floodwall behind the ball\nfields, the district "
              "engineer said.")
    res = split_page(page)
    assert (res.stories[0].headline, res.stories[0].subheadline) == (
        "Tanner Creek levee work to wrap up by Thanksgiving",
        "Crews have rebuilt 1.8 miles of the 1950s-era earthen wall")


def test_a_box_of_labels_and_prices_a_wide_run_of_spaces_apart() -> None:
    """Rows of a label and its price or rate alone, a wide run of spaces apart (`Sugar kelp,
    fresh       $0.42/lb`), are a box's rows, not a headline over the next story."""
    page = en_tight(
        "Harbor fees to rise in January",
        "The port commission voted Tuesday to raise",
        "moorage fees by 4 percent next year.",
        "LOCAL MARKETS",
        "Dungeness crab, dock price     $3.85/lb",
        "Sugar kelp, fresh              $0.42/lb",
        "Regular gasoline, avg.         $3.69/gal",
        "30-year mortgage, avg.           6.84%",
        "Hardware store sold after 58 years",
        "By Chronicle Staff",
        "The Front Street hardware store has a new owner.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Harbor fees to rise in January",
                                                 "Hardware store sold after 58 years"]
    assert "kelp" not in text(res)


def test_a_section_label_in_capitals_over_a_kicker() -> None:
    """Two labels in capitals over a headline: the first is the page's section (`OPINION`),
    the second the story's kicker (`OUR VIEW`)."""
    page = en_tight(
        "River crest expected Thursday",
        "The Oswin River should crest below flood stage",
        "on Thursday, the weather service said.",
        "OPINION",
        "OUR VIEW",
        "Lead line plan is",
        "worth the price",
        "There is never a good time to raise water rates,",
        "but the council's plan to replace the city's old",
        "lead service lines is worth what it costs.",
        "The Ledger Editorial Board",
        "LETTERS TO THE EDITOR",
        "Keep the branch library open",
        "Closing the Elm Street branch would leave the",
        "east side without a library.",
        "Gloria Vance, Kessler Township")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        (None, "River crest expected Thursday"), ("OUR VIEW", "Lead line plan is worth the price"),
        (None, "Keep the branch library open")]


def test_a_column_of_briefs_under_a_delivery_or_bulletin_head() -> None:
    """`速递`, `简报` and `播报` head columns of briefs as `简讯` does: each item's head, wrapped
    before the ideographic space that parts it from its text, is that item's headline."""
    page = zh("城区新增三处城市书房", "", "本报讯（记者 方晴）",
              "　　3月10日，城区新增的三处城市书房开放，市民出门15",
              "分钟就能找到读书的地方。", "",
              "城事速递", "",
              "　　北湾区新增3处24小时自",
              "助图书馆　近日，北湾区在纺",
              "机新村和金沙社区新建3处自",
              "助图书馆，市民可免费借阅。", "",
              "　　市第一人民医院开设夜间",
              "门诊　即日起，市第一人民医",
              "院在内科、儿科等8个科室开",
              "设夜间门诊。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "城区新增三处城市书房", "北湾区新增3处24小时自助图书馆", "市第一人民医院开设夜间门诊"]
