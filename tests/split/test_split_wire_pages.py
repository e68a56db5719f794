"""Cues added in session 25 on invented text, each checked to fail on the code before it:
wire and court pages (briefs under a label in capitals on a justified page, a clock time
ending a text over a table, datelines and writers of Chinese wire stories, a signature over
a staff box)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, heard


def test_items_under_a_capitals_label_are_briefs_on_a_justified_page() -> None:
    # a justified column spreads some lines, so a run of spaces parts no head from its text;
    # but a label in capitals over a first item whose head runs into its text (and its text
    # says it again) heads a column of briefs: the items under it are read as briefs, their
    # heads run in by one space (`Trial date set in arson Jury` / `selection begins…`)
    res = split_page(blocks(
        "en",
        "Mill levy heads to voters",
        "By Tom Varga / Staff Writer",
        "The Harwick school board voted 4-1\non Monday to put  the levy on the\n"
        "ballot, saying  the district cannot\nkeep the bus routes without it. The\n"
        "board will hold  the first of two\nforums on the levy  at the library\n"
        "and the second  at the high school.",
        "POLICE LOG",
        "Driver gets 6 years for crash A\nHarwick driver was sentenced to six\n"
        "years in prison on Monday for a crash\non Route 9 that killed a cyclist.",
        "Trial date set in arson Jury\nselection begins Dec. 2 in the trial\n"
        "of a man charged with setting fire\nto a vacant barn.",
        "Deputy hurt in crash A county\ndeputy was treated for minor injuries\n"
        "after a car struck his cruiser on\nRoute 6 on Friday."))
    assert [s.headline for s in res.stories] == [
        "Mill levy heads to voters", "Driver gets 6 years for crash", "Trial date set in arson",
        "Deputy hurt in crash"]
    assert res.stories[3].paragraphs[0].startswith("A county deputy")
    assert "POLICE LOG" not in heard(res)


def test_a_text_ending_on_a_clock_time_over_a_table_is_whole() -> None:
    # `…Friday at 7 p.m.` ends the report: the stop is the sentence's too, so its last
    # lines are no headline, and a label under the line score heads no part of it
    res = split_page(blocks(
        "en",
        "Hawks hold off Millers 21-14",
        "By Ana Ruiz / Sports",
        "Dane Fuller threw for two scores and the Hawks held on\nfor their third straight win.\n"
        "The Hawks host Ostby next\nFriday at 7 p.m.",
        "          1   2   3   4   F\nMillers    7   0   7   0  14\nHawks      7   7   7   0  21",
        "NOTICES",
        "The library will close early on Wednesday for staff training. The book sale\n"
        "moves to Saturday."))
    assert res.stories[0].paragraphs[-1].endswith("Friday at 7 p.m.")
    assert "book sale" not in " ".join(res.stories[0].paragraphs)
    assert "book sale" in heard(res)
def test_a_wire_dateline_alone_on_its_line_joins_its_writer() -> None:
    # a narrow column ends the dateline's line at `电`; the writer in brackets opens the next
    res = split_page(every_line(
        "zh",
        "塔里维亚新内阁宣誓就职",
        "本报科尔维斯塔11月3日电",
        "（记者 岑 越）塔里维亚新",
        "一届内阁3日在总统府宣誓就",
        "职，总理由原财政部长出任。",
        "新内阁共有十八名成员，其中",
        "七人为首次入阁。"))
    story = res.stories[0]
    assert story.headline == "塔里维亚新内阁宣誓就职"
    assert story.byline is not None and story.byline.startswith("本报科尔维斯塔11月3日电")
    assert story.paragraphs[0].startswith("塔里维亚新一届内阁")


def test_a_correspondents_byline_and_an_agencys_photo_credit() -> None:
    # `本报驻X记者 名` is a byline; `X社发` credits an agency's photo; `据X社+place+date电`
    # opens a wire story as `新华社…电` does
    res = split_page(every_line(
        "zh",
        "港口罢工进入第三天",
        "本报驻洛维港记者 郁 川",
        "洛维港码头工人罢工3日进入第三",
        "天，港区内滞留货轮已增至四十",
        "余艘。工会表示，谈判仍无进展。",
        "雪后初晴",
        "11月2日，游客在米兰达山滑雪场",
        "体验滑雪。",
        "寰宇通讯社发",
        "奥斯坦央行维持利率不变",
        "据寰宇通讯社奥斯坦11月2日电",
        "奥斯坦中央银行2日宣布，维持基",
        "准利率不变。"))
    heads = {s.headline: s for s in res.stories}
    assert heads["港口罢工进入第三天"].byline == "本报驻洛维港记者 郁川"
    assert heads["雪后初晴"].byline == "寰宇通讯社发"
    wire = heads["奥斯坦央行维持利率不变"]
    assert wire.byline == "据寰宇通讯社奥斯坦11月2日电"
    assert wire.paragraphs[0].startswith("奥斯坦中央银行")


def test_a_tag_shaped_line_inside_a_sentence_is_text() -> None:
    # `前总理阿尔贝托·卡雷` has the shape of a series tag (`数读·X`), but it fills the column
    # between a line broken off on a pause and a line that goes on with its pauses
    res = split_page(every_line(
        "zh",
        "最高法院撤销二审判决",
        "本报讯 维兰最高法院5日作出",
        "裁定，认为二审程序存在瑕疵，",
        "应当重新审理。法院同时裁定，",
        "撤销对前部长卡尔洛·门德",
        "斯受贿案的二审判决，发回重",
        "审。辩方律师在法院外表示，",
        "欢迎这一裁定，检察机关则表",
        "示将补充提交新的证据。"))
    assert "撤销对前部长卡尔洛·门德斯受贿案的二审判决" in res.stories[0].paragraphs[0]
    assert not res.skipped


def test_a_brief_heads_first_text_line_over_a_broken_word_is_text() -> None:
    # the line under the head breaks a word off (`…以112票赞` / `成、47票反对…`): it is the
    # text's first line, not the head's second
    res = split_page(every_line(
        "zh",
        "国际快讯",
        "维兰议会通过新选举法",
        "维兰议会4日以112票赞",
        "成、47票反对通过选举法修",
        "正案，投票年龄降至17岁。",
        "奥斯坦地铁新线开通",
        "奥斯坦地铁5号线4日开通，",
        "全长21公里。"))
    assert [s.headline for s in res.stories] == ["维兰议会通过新选举法", "奥斯坦地铁新线开通"]
    assert res.stories[0].paragraphs[0].startswith("维兰议会4日以112票赞成")


def test_an_editorials_signature_over_the_staff_box() -> None:
    # `-- The X editorial board` signs the editorial; the staff box under it (a person with
    # two posts, the mailing statement) is the paper's; a cartoon credited `Name / For the X`
    # has a credit, not a subheadline
    res = split_page(blocks(
        "en",
        "OUR VIEW",
        "Fix the bridge before winter",
        "The Mill Road bridge has been closed\nfor nine months. The county has the\n"
        "money and the plans. It should start\nthe work before the first snow.",
        "-- The Courier editorial board",
        "THE HARWICK COURIER\nFounded 1902\nNora Bell, Editor and Publisher\n"
        "Published every Friday by Courier Press.",
        "WAITING FOR THE PLOW",
        "Iris Mendel / For the Courier",
        "Why I am running for the school board",
        "By Paul Ostrow",
        "I have three children in Harwick schools\nand I have sat through every board\n"
        "meeting this year. Here is what I learned."))
    heads = {s.headline: s for s in res.stories}
    assert heads["Fix the bridge before winter"].byline == "-- The Courier editorial board"
    assert heads["Why I am running for the school board"].byline == "By Paul Ostrow"
    assert heads["WAITING FOR THE PLOW"].byline == "Iris Mendel / For the Courier"
    assert "Editor and Publisher" not in heard(res)


def test_a_wire_dateline_with_country_and_agency_opens_the_text() -> None:
    # `PLACE, Country (AGENCY) —` opens the text as `PLACE —` does: no head runs in before the
    # dash, and the editor's note over it stays with its story; a compiled-from line signs
    res = split_page(blocks(
        "en",
        "Court voids curfew law in 5-4 ruling",
        "By Ines Moura / Continental Press",
        "Editor's note: A Continental Press reporter was fined\nunder the law in 2022.",
        "VARNO, Tessaly (CP) — Tessaly's top court on Monday struck\ndown a law that let "
        "mayors impose curfews without a vote.\nThe government said it would not appeal.",
        "Ferry strike ends",
        "VARNO, Tessaly — Ferry crews returned to work on Tuesday after a\nthree-day strike "
        "over pay.\n— Compiled from Continental Press reports"))
    court, ferry = res.stories
    assert court.headline == "Court voids curfew law in 5-4 ruling"
    assert court.paragraphs[0].startswith("Editor's note:")
    assert court.paragraphs[1].startswith("VARNO, Tessaly (CP) —")
    assert ferry.byline == "— Compiled from Continental Press reports"


def test_an_ad_with_middle_dots_is_skipped() -> None:
    # an ad's last line parts its address and hours with middle dots, as others do with
    # bullets or bars: the name in capitals over it down to that line is the ad
    res = split_page(blocks(
        "en",
        "Hawks hold off Millers 21-14",
        "Dane Fuller threw for two scores and the Hawks held on for their\nthird straight win.",
        "BAYLOR FEED & SEED",
        "Straw bales are in!",
        "Route 9, Harwick · Open daily 7-6",
        "Library sets winter hours",
        "The Harwick library will close at 6 p.m. on weekdays from\nDecember through February."))
    assert [s.headline for s in res.stories] == [
        "Hawks hold off Millers 21-14", "Library sets winter hours"]
    assert "Straw bales" not in heard(res)


def test_a_pull_quote_under_lines_without_a_mark() -> None:
    # a narrow column may set three lines and more without a mark before the quote breaks in
    res = split_page(blocks(
        "en",
        "Why I changed my mind about the annex",
        "By Ruth Okafor",
        "I spent 22 years as a clerk in the old\ncourthouse. I knew it was cramped. What\n"
        "I did not see until I sat in on a hearing\nlast fall as a visitor was how often\n"
        "families in the worst week of their\nlives are made",
        '"Those are reasons to fix the plan,\nnot to stop it."',
        "to wait in a hallway with the people\non the other side of their case. There are\n"
        "fair questions about parking. Those are\nreasons to fix the plan, not to stop it."))
    story = res.stories[0]
    assert "lives are made to wait in a hallway" in story.paragraphs[0]
    assert len(res.stories) == 1
