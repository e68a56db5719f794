"""Cues added in session 19, each on invented text and each checked to fail on the code
before it (but the long group head's, which guards two of them together): a results box's rows in more forms (a shoot-out's note, a sport's label, a match
won in sets, a meet's placings, wins and losses in columns of their own), a group's head
between two of its rows and a box's note over its column heads; a sentence printed on under a
story is its last line, not a title; a one-word brief head run in by a wide gap on a page not
justified; an English story whose headline was printed after its text, on a page whose blank
lines part blocks; a deck that stops unended over its byline; more column logos and notices
by their shape (a genre's name, a notice titled by the body that issues it, classifieds under
their head, a legal notice's head, an editorial policy, an ad's offer); a one-sentence note
under a brief column's head, but not a text of two; a zero OCR read for a letter O; a
sentence going on past a table set into it; and an exchange rate box's rows."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, text, tight

en = partial(tight, "en", page_no=3)

FOOTBALL = ("HIGH SCHOOL FOOTBALL", "Alden edges Brook Vale, 17-14", "By Ned Harrow / Sports Writer",
            "ALDEN -- Senior kicker Luis Ortega made a", "38-yard field goal with nine seconds left",
            "and Alden beat Brook Vale 17-14 on Friday", "to stay unbeaten in league play.",
            "Alden plays its last regular-season game", "Friday at Carver.")
SOCCER = ("Lady Eagles advance on penalty kicks", "By Carla Dunn / Correspondent",
          "CARVER -- Goalkeeper Hana Sato stopped two", "penalty kicks and Carver beat Dunmore in",
          "the Division II quarterfinals on Saturday.", "Carver plays Elm Park in Tuesday's semifinal.")


def test_a_scoreboard_s_rows_and_group_heads_stay_in_the_box() -> None:
    """A shoot-out's note after a score, and a group's head between two rows of the box."""
    res = split_page(en(*FOOTBALL, "SCOREBOARD", "PREP FOOTBALL", "Alden 17, Brook Vale 14",
                        "Carver 35, Dunmore 14", "GIRLS SOCCER", "Division II quarterfinals",
                        "Carver 1, Dunmore 1 (Carver wins 4-3 on PKs)", "Elm Park 3, Fairview 0",
                        *SOCCER))
    assert [s.headline for s in res.stories] == ["Alden edges Brook Vale, 17-14",
                                                 "Lady Eagles advance on penalty kicks"]
    assert res.stories[1].kicker is None and res.stories[1].subheadline is None
    assert "PKs" not in text(res)


def test_a_sentence_printed_on_under_a_story_is_its_last_line() -> None:
    """`Kickoff is 7 p.m.` under the text and over a box's logo: no tag's title (no blank
    line parts it from the text above)."""
    res = split_page(en(*FOOTBALL, "Kickoff is 7 p.m.", "SCOREBOARD", "PREP FOOTBALL",
                        "Alden 17, Brook Vale 14", "Carver 35, Dunmore 14", *SOCCER))
    assert "Kickoff is 7 p.m." in " ".join(res.stories[0].paragraphs)
    assert not any("Kickoff" in x for x in res.skipped)


def test_a_long_group_head_between_two_rows() -> None:
    """Guards the two box cues together: a shoot-out's row read as the box's must not leave
    the long group head over it to head the contact lines under the box."""
    res = split_page(every_line("en", *FOOTBALL, "SCOREBOARD", "Friday’s high school football",
                                "Alden 17, Brook Vale 14", "Carver 21, Dunmore 20",
                                "Saturday’s college women’s basketball",
                                "Carver State 1, Dunmore 1 (Carver State wins 4-3 on PKs)",
                                "Have a score to report? Call the sports desk at 555-0164",
                                "or email sports@aldenledger.example"))
    assert [s.headline for s in res.stories] == ["Alden edges Brook Vale, 17-14"]
    assert any("women’s basketball" in x for x in res.skipped)


def test_results_in_sets_placings_and_a_sport_s_label() -> None:
    res = split_page(en(*FOOTBALL, "SCOREBOARD", "Volleyball -- Region 4 final: Alden 3, Dunmore 2",
                        "(25-21, 22-25, 19-25, 25-20, 15-11)", "Girls volleyball",
                        "Carver def. Fairview 25-19, 25-16, 25-21", "Boys cross country",
                        "Tri-County meet at Sayre: 1. Alden 38, 2. Carver 51, 3. Dunmore 77",
                        *SOCCER))
    assert [s.headline for s in res.stories] == ["Alden edges Brook Vale, 17-14",
                                                 "Lady Eagles advance on penalty kicks"]
    assert "25-21" not in text(res) and "Sayre" not in text(res)


def test_standings_of_wins_and_losses_with_an_ocr_zero() -> None:
    res = split_page(every_line("en", *FOOTBALL, "TRI-COUNTY LEAGUE W L", "Alden 4 1", "Brook Vale 4 1",
                                "0rton Falls 2 3", "Carver 1 4", *SOCCER))
    assert [s.headline for s in res.stories] == ["Alden edges Brook Vale, 17-14",
                                                 "Lady Eagles advance on penalty kicks"]


def test_a_one_word_brief_head_run_in_by_a_wide_gap() -> None:
    """A page not spread by justification: two spaces after one word part a brief's head from
    its text (`Volleyball  Alden swept`)."""
    res = split_page(en(*FOOTBALL, "SPORTS IN BRIEF", "Volleyball  Alden swept Carver",
                        "25-19, 25-16, 25-21 on Saturday to", "clinch the No. 2 seed.",
                        "Golf  Carver junior Priya Nash shot", "a 74 to finish fourth at state.",
                        "Bowling  The Alden Lanes youth", "league opens its winter season Nov. 3."))
    assert [s.headline for s in res.stories][1:] == ["Volleyball", "Golf", "Bowling"]
    assert res.stories[2].paragraphs[0].startswith("Carver junior Priya Nash")


def test_an_english_story_whose_headline_follows_its_text() -> None:
    """Blank lines between blocks: a block that opens after a sentence end may start a story
    whose headline and byline stand under its text."""
    res = split_page(blocks(
        "en", "HISTORY", "Keeper’s cottage at Gull Point\nto open as museum next summer",
        "By Wren Ames / Correspondent",
        "GULL POINT — The cottage where keepers of the\nlight lived for a century will open to the\n"
        "public next June, the historical society said.\n“Now they’ll be able to come inside,” said\n"
        "director Imogen Falk.",
        "Police are asking for help finding the driver\nof a pickup truck that struck a bicyclist on\n"
        "Lakeview Road on Sunday night.\nAnyone with information is asked to call the\ntip line at 555-0177.",
        "Police seek driver in\nLakeview Road hit-and-run", "From staff reports", "LOCAL BRIEFS",
        "Road work\nCrews will repave Water Street on Wednesday.\nExpect delays from 7 a.m. to 5 p.m."))
    heads = [s.headline for s in res.stories]
    assert "Police seek driver in Lakeview Road hit-and-run" in heads
    police = res.stories[heads.index("Police seek driver in Lakeview Road hit-and-run")]
    assert police.paragraphs[0].startswith("Police are asking") and police.byline == "From staff reports"
    assert "tip line" not in " ".join(res.stories[0].paragraphs)


def test_a_deck_that_stops_unended_over_its_byline() -> None:
    res = split_page(blocks(
        "en", "SCHOOLS", "Board asks voters for\n$24 million pool renovation",
        "Aging pumps, leaking tiles leave\n‘no other option,’ members say; vote\nset for Dec. 3",
        "By Corinne Pike / Staff Writer",
        "ALDEN — The school board voted 6-1 on Monday\nto put a $24 million bond before voters in\n"
        "December, saying the pool cannot be patched again.\nThe pool opened in 1972."))
    (story,) = res.stories
    assert story.headline == "Board asks voters for $24 million pool renovation"
    assert story.subheadline == "Aging pumps, leaking tiles leave ‘no other option,’ members say; vote set for Dec. 3"
    assert story.paragraphs[0].startswith("ALDEN")


ZH_STORY = ("县图书馆新增3处城市书房", "本报讯（记者 柯 宁）11月4日，县图书馆在城东、城西和滨江新区新建的3处城市书房"
            "正式开放，市民凭读者证即可免费借阅图书。", "城市书房实行24小时开放，配有自助借还设备和空调。")


def test_a_column_genre_names_a_logo() -> None:
    res = split_page(every_line("zh", *ZH_STORY, "西城闲话", "又见银杏满街黄", "□ 林 木",
                                "入冬以后，西城的银杏一夜之间黄透了。街坊们说，这是一年里最好看的几天。",
                                "树还是那些树，看树的人却换了一茬又一茬。"))
    assert [s.headline for s in res.stories] == ["县图书馆新增3处城市书房", "又见银杏满街黄"]
    assert "西城闲话" in res.skipped


def test_a_court_notice_and_classifieds_are_notices() -> None:
    res = split_page(every_line("zh", *ZH_STORY, "枫江市青山区人民法院公告",
                                "钟某某：本院受理原告枫江市某建材经营部诉你买卖合同纠纷一案，因你下落不明，"
                                "依法向你公告送达起诉状副本及开庭传票。", "分类信息　搬家服务",
                                "居民搬家、钢琴搬运，价格透明。电话：186 0000 3712"))
    assert [s.headline for s in res.stories] == ["县图书馆新增3处城市书房"]
    assert "买卖合同" not in text(res) and "钢琴搬运" not in text(res)


def test_an_english_legal_notice_an_editorial_policy_and_an_offer() -> None:
    res = split_page(blocks(
        "en", "\n".join(FOOTBALL),
        "Editorials represent the view of the Ledger’s editorial board.",
        "Alden Hardware", "FALL SALE", "20% off all paint & stains Sept. 19-22 • 118 Front St.",
        "NOTICE TO CREDITORS", "IN THE DISTRICT COURT OF ALDEN COUNTY",
        "In the Matter of the Estate of Harlan P. Voss, Deceased. All persons having claims against "
        "the estate must present them within four months."))
    assert [s.headline for s in res.stories] == ["Alden edges Brook Vale, 17-14"]
    assert "Estate" not in text(res) and "20% off" not in text(res)


def test_a_box_s_note_over_its_column_heads() -> None:
    res = split_page(blocks(
        "en", "\n".join(FOOTBALL), "PUMP PRICES", "Average per gallon, Wednesday",
        "Now Week ago Year ago\nRegular       $3.29    $3.35      $3.70\n"
        "Midgrade      $3.68    $3.73      $4.09\nDiesel        $3.92    $3.99      $4.41",
        "SMALL BUSINESS", "Ten years, two shops and a ton of beans",
        "By Omar Reed / Business Writer",
        "Marisol Ybarra opened her cafe on Front Street in 2014 with one espresso machine.\n"
        "Today she runs two shops and roasts a ton of beans a month."))
    assert [s.headline for s in res.stories] == ["Alden edges Brook Vale, 17-14",
                                                 "Ten years, two shops and a ton of beans"]
    assert res.stories[1].kicker == "SMALL BUSINESS"


def test_a_column_s_first_item_of_two_sentences_is_no_note() -> None:
    """One paragraph to a line: under `BUSINESS BRIEFS` a note is one sentence; a line of two
    is the first item (its head run in by one space), kept as text, never skipped."""
    res = split_page(blocks(
        "en", "HIGH SCHOOL FOOTBALL", "Alden edges Brook Vale, 17-14", "By Ned Harrow / Sports Writer",
        "ALDEN -- Senior kicker Luis Ortega made a 38-yard field goal with nine seconds left and "
        "Alden beat Brook Vale 17-14 on Friday. It was his third winning kick this season.\n"
        "Ortega, a senior, also made kicks of 31 and 44 yards. He missed one extra point.\n"
        "Alden plays its last game Friday at Carver. Kickoff is at 7 p.m.",
        "BUSINESS BRIEFS",
        "Harbor Bank names CFO Harbor Bank has named Dana Lee its chief financial officer, "
        "effective Oct. 1. She replaces Tom Ruiz, who retired in June.",
        "Grocer opens third store Tideline Grocers will open its third Alden store Sept. 21 at "
        "the Westgate center. The store will employ 60 people.",
        "Chamber lunch Sept. 18 The Alden Chamber of Commerce will hold its monthly lunch at noon "
        "Sept. 18 at the Marina Inn. Tickets are $28."))
    assert "Dana Lee" in text(res) and not any("Dana Lee" in x for x in res.skipped)
    assert res.stories[-1].headline == "Chamber lunch Sept. 18"


def test_a_logo_with_an_ocr_zero() -> None:
    res = split_page(every_line("en", *FOOTBALL, "LETTERS T0 THE EDITOR", "Bleachers need attention",
                                "As a parent who has sat in the visitors' bleachers for eleven",
                                "seasons, I ask the board to fix the loose boards before winter.",
                                "Harold Voss, Alden"))
    assert res.stories[1].headline == "Bleachers need attention" and res.stories[1].kicker is None
    assert "LETTERS T0 THE EDITOR" in res.skipped


def test_a_sentence_goes_on_past_a_table_set_into_it() -> None:
    """The text breaks off on a comma over a price table and goes on under it: the rest is
    that story's, not the start of the feature whose headline stands under its own text."""
    res = split_page(blocks(
        "zh", "柑橘电商日均发货超3万单\n快递企业增开“柑橘专线”",
        "本报讯 （记者 郁 宁）随着柑橘采\n摘季临近，我县电商销售持续升温。",
        "记者从县商务局获悉，10月以来，全\n县柑橘电商日均发货量超过3万单，\n较去年同期增长四成。",
        "为应对订单高峰，县内5家快递企业\n增开“柑橘专线”，新增分拣设备8套，",
        "县农产品批发市场价格（10月21日）\n品名 单位 均价（元） 涨跌\n柑橘（特级） 斤 3.80 ▲0.20\n"
        "柚子 斤 2.60 ▼0.10", "数据来源：县农产品批发市场",
        "日处理能力提升至6万单，省内次日\n达、省外72小时内送达。",
        "走进经开区新材料公司的生产车间，一卷卷复合膜正从生产线上\n缓缓下线，工人们忙着打包装箱。",
        "开拓海外市场并不容易。2020年，公司第一批产品因包装问题\n出现褶皱，被客户退回。",
        "“下一步，我们计划在越南设立海外仓。”公司负责人说。",
        "一家县城小厂的“出海”路\n——记县新材料有限公司", "本报记者 蒋 翊"))
    lead, feature = res.stories
    assert lead.paragraphs[-1].endswith("省外72小时内送达。")
    assert feature.headline == "一家县城小厂的“出海”路" and feature.paragraphs[0].startswith("走进")


def test_an_exchange_rate_box_heads_no_story() -> None:
    """A box's rows of currencies, their codes and rates (`美元 USD 724.36 727.40`) are the
    box's: its title and rows are not the headline of the interview under it."""
    res = split_page(blocks(
        "zh", *ZH_STORY, "人民币外汇牌价（12月5日）\n币种现汇买入价现汇卖出价\n美元 USD 724.36 727.40\n"
        "欧元（€）EUR 762.85 768.47\n日元 JPY 4.8127 4.8501\n单位：人民币元/100外币",
        "把冷链“链”到田间地头\n——对话市冷链物流协会会长邬承泽", "本报记者 霍思源",
        "问：今年以来，全市冷链物流发展有哪些新变化？", "答：最大的变化是冷库从城里走到了田间，今年新建产地冷库36座。"))
    assert [s.headline for s in res.stories] == ["县图书馆新增3处城市书房", "把冷链“链”到田间地头"]
    assert "USD" not in text(res)
