"""Cues added in session 13, each on invented text and each checked to fail on the code
before it: what comes after a text signed off, and the rows of an information box."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import furniture_kind
from audiopaper.split.shape import run_in_head


def zh(*lines: str) -> Page:
    return Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(lines))


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p4.txt", lang="en", page_no=4, lines=tuple("\n\n".join(blocks).split("\n")))


def test_a_line_without_pauses_under_a_closing_byline_heads_the_next_item() -> None:
    """A tight column of complaint items, each signed at its end (`…。（记者 汪晓）`): the
    unpunctuated line under a signature opens the next item as its headline, even indented
    like a paragraph, and is not run into the text of the item below it."""
    page = zh("东岭水库除险加固工程完工", "本报记者 车万里",
              "　　11月2日，东岭水库除险加固工程通过竣工", "验收，大坝防渗、溢洪道和放空设施全部完成",
              "改造。（记者 车万里）",
              "　　路灯坏了两个月没人修", "市民张先生反映，他家楼下的三盏路灯从九月",
              "起一直不亮，晚上出门很不方便。",
              "　　处理结果：记者联系街道办，对方表示已安", "排维修人员，本周内修复。（记者 汪晓）",
              "　　电梯停运一周无人管", "读者李女士反映，小区三号楼的电梯停运已有",
              "一周，物业一直没有给出维修时间。",
              "　　处理结果：经社区协调，物业已联系厂家，", "电梯将于下周一恢复运行。（实习生 林悦）")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "东岭水库除险加固工程完工", "路灯坏了两个月没人修", "电梯停运一周无人管"]
    assert res.stories[1].paragraphs[0].startswith("市民张先生反映")
    assert res.stories[2].paragraphs[-1].startswith("处理结果：经社区协调")


def test_an_information_box_whose_rows_end_on_abbreviations_is_skipped() -> None:
    """A review's box of `Label: value` rows, some ending on an abbreviation's point
    (`41 Quay St.`, `2 p.m.`), is a box, not a speaker's turns: skipped, and its last row
    does not become the headline of the review under it."""
    page = en("THEATER REVIEW",
              "'The Lantern Keepers' finds its light in the second act",
              "By Ines Calloway, Observer Arts Critic",
              "THE LANTERN KEEPERS\nWhere: Larkspur Playhouse, 41 Quay St.\n"
              "When: Through Aug. 25; Wed.-Sat. 7:30 p.m., Sun. 2 p.m.\n"
              "Tickets: $28-$64; larkspurplayhouse.example\n"
              "Running time: 2 hours 35 minutes, one intermission",
              "For most of its first hour, the play seems content to be a handsome, slightly\n"
              "sleepy play about weather. Two brothers tend a lighthouse on a rock off the\n"
              "coast in the winter of 1931, and the supply boat is late.",
              "Then, just before intermission, a stranger washes up on the rocks, and the\n"
              "new drama wakes up and does not go back to sleep.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["'The Lantern Keepers' finds its light in the second act"]
    text = " ".join(res.stories[0].paragraphs)
    assert "Where:" not in text and "Running time" not in text
    assert res.stories[0].paragraphs[0].startswith("For most of its first hour")


def in_lines(*paragraphs: str) -> Page:
    """A Chinese page printed one paragraph to a line, a blank line after each."""
    return zh(*[x for p in paragraphs for x in (*p.split("\n"), "")])


def test_a_closing_byline_with_a_spaced_out_name_at_a_paragraph_end() -> None:
    """`…蹲下。（临渚市气象台 闵 川）` at the end of a one-line paragraph: a two-character
    name spaced to three cells after the writer's place is the byline, taken off the text."""
    page = in_lines("夏季雷暴为何“说来就来”",
                    "入夏以来，本市多次出现“上午晴空万里、午后电闪雷鸣”的天气。为什么夏季雷暴天气这么多？",
                    "专家提醒，雷雨天气时应尽量留在室内，关好门窗；在户外时不要在大树下避雨。（临渚市气象台 闵 川）")
    res = split_page(page)
    assert [(s.byline or "").replace(" ", "") for s in res.stories] == ["（临渚市气象台闵川）"]
    assert res.stories[0].paragraphs[-1].endswith("不要在大树下避雨。")


def test_an_ad_of_two_phrase_lines_ending_on_a_number_to_call_is_no_story() -> None:
    """An ad printed as two lines of phrases parted by ideographic spaces (`星枢智能门锁　夏日
    焕新` / `到店立减300元　咨询热线：400-…`): no brief's head run into its text, no story."""
    page = in_lines("临渚科技馆暑期推出20场科普活动",
                    "本报讯（记者 葛 宁 实习生 童 悦）记者7月8日从临渚科技馆获悉，暑期期间，该馆将推出"
                    "“机器人编程营”“星空观测夜”等20场科普活动，面向6至15岁青少年免费开放，市民可通过"
                    "微信小程序提前预约，每场限额60人。",
                    "扫码关注\n“临渚科技”微信公众号",
                    "星枢智能门锁　夏日焕新\n到店立减300元　咨询热线：400-860-5517")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["临渚科技馆暑期推出20场科普活动"]
    assert "咨询热线" not in "".join(res.stories[0].paragraphs)


def test_english_paragraphs_indented_by_two_spaces() -> None:
    """Briefs whose paragraphs open with a two-space indent (blank lines only between
    blocks): a sentence-case headline in a block of its own over an indented first line
    opens a brief; it is not one more paragraph of the brief above; and a paragraph runs on
    to the next indent."""
    page = en("Guilty plea in Route 14 crash",
              "  A Kessling man pleaded guilty\nMonday to driving while\nintoxicated in a May crash on\n"
              "Route 14 that injured two people.\nDerek Sollis, 27, faces up to a\n"
              "year in jail when he is sentenced\nDec. 3.",
              "Trial date set in feed store fire",
              "  Jury selection is scheduled to\nbegin Jan. 13 in the trial of\n"
              "Colby Vance, 41, of Ashcombe Bend,\ncharged with arson.\nThe March "
              "fire destroyed the\nfeed warehouse on Depot Street.\n"
              "  Vance has pleaded not guilty.",
              "Small claims court to move",
              "  Small claims sessions will be\nheld at the Village Hall annex\n"
              "while the county courthouse is\nrenovated, starting Nov. 1.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Guilty plea in Route 14 crash", "Trial date set in feed store fire", "Small claims court to move"]
    # (where indents mark paragraphs, a short line ending a sentence ends none)
    assert [p[:12] for p in res.stories[1].paragraphs] == ["Jury selecti", "Vance has pl"]


def test_a_label_over_a_column_of_short_items_is_the_column_head() -> None:
    """`FISHING REPORT` over items each under a name in capitals, unsigned and a paragraph
    long: the label heads the column (skipped), not the first item's kicker; a label over a
    signed story stays its kicker."""
    page = en("ON THE WATER\nWalleye bite turns on as Lake Tamsin warms",
              "By Hank Vollmer",
              "The walleye on Lake Tamsin finally woke up this week, and anglers who worked\n"
              "the rock humps at dusk came home with limits.",
              "FISHING REPORT",
              "LAKE TAMSIN\nWalleye moving onto rock humps and the east-shore cribs. Water 61\ndegrees.",
              "PELL CREEK FLOWAGE\nWater still 2 feet above normal after last week's rain. Crappies in\n"
              "the weedy bays on spinner-baits.",
              "BIG HORNET LAKE\nBluegills on beds in 3-5 feet along the north shore. No walleye\n"
              "harvest until June 15 on this lake.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("ON THE WATER", "Walleye bite turns on as Lake Tamsin warms"), (None, "LAKE TAMSIN"),
        (None, "PELL CREEK FLOWAGE"), (None, "BIG HORNET LAKE")]
    assert "FISHING REPORT" in res.skipped


def every_line(*blocks: str) -> Page:
    """An English page with a blank line after every line."""
    return Page(source="p1.txt", lang="en", page_no=1,
                lines=tuple(x for b in blocks for line in b.split("\n") for x in (line, "")))


def test_a_refer_box_ending_on_a_web_address_is_skipped() -> None:
    """`ONLINE` / `More photos from the Harvest` / `Helpers project and a map of` / `the
    site:` / `ashcombegazette.example`: a note that sends readers to a web address alone on
    its last line, under its label, is skipped, not a story nor part of one (here a page with
    a blank line after every line)."""
    page = every_line("Water tower repainting begins Monday",
              "By Gazette Staff",
              "Crews will begin sandblasting and\nrepainting the village's water\ntower on Monday, "
              "a job expected\nto take about seven weeks.",
              "ONLINE\nMore photos from the Harvest\nHelpers project and a map of\n"
              "the proposed fire station site:\nashcombegazette.example",
              "Flu shots offered Saturday",
              "The Varley County Health Depart-\nment will hold a walk-in flu\n"
              "vaccine clinic from 9 a.m. to\nnoon Saturday at the Grange hall.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Water tower repainting begins Monday",
                                                 "Flu shots offered Saturday"]
    assert not any("More photos" in p for s in res.stories for p in s.paragraphs)
    assert any(x.startswith("ONLINE More photos") for x in res.skipped)


def test_a_rated_box_and_a_column_of_capsule_reviews() -> None:
    """An album's box ending on its stars (`Harbor Lights Quartet` / `"Low Tide Sessions"
    (Saltmarsh Records)` / `★★★★`) is skipped; `AT THE MOVIES` over capsules each signed
    with initials (`— I.C.`) heads their column, no capsule's kicker."""
    page = en("MUSIC",
              "Harbor Lights Quartet keeps it close on 'Low Tide Sessions'",
              "Recorded live in a single afternoon in a converted boathouse, the fourth album\n"
              "from the local jazz quartet sounds warm, a little loose and full of room noise\n"
              "that most engineers would have scrubbed out. Thank goodness nobody did.",
              "Pianist Corinne Ashe wrote five of the eight tunes, and her \"Ferry at Dusk\" is\n"
              "the standout, a slow waltz that the drummer plays almost entirely with brushes.",
              "— Theo Brandt",
              "Harbor Lights Quartet\n\"Low Tide Sessions\" (Saltmarsh Records)\n★★★★",
              "AT THE MOVIES",
              "'Northbound Freight' (PG-13)",
              "A retired rail engineer agrees to drive one last freight run across the plains\n"
              "and finds his granddaughter hiding in a boxcar. At Cinema 6. — I.C.",
              "'Static Bloom' (R)",
              "A horror film set in a community radio station should be scarier than this.\n"
              "The director has a great eye for dark corners and no idea what to put in\n"
              "them. At Harborview 10. — T.B.",
              "'The Quiet Cartographer' (not rated)",
              "This gentle documentary follows Ada Finch, 88, as she finishes a hand-drawn map\n"
              "of every street in the city. At the Rialto, Friday through Tuesday. — I.C.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("MUSIC", "Harbor Lights Quartet keeps it close on 'Low Tide Sessions'"),
        (None, "'Northbound Freight' (PG-13)"), (None, "'Static Bloom' (R)"),
        (None, "'The Quiet Cartographer' (not rated)")]
    assert "AT THE MOVIES" in res.skipped
    assert any("Low Tide Sessions\" (Saltmarsh" in x for x in res.skipped)


def test_question_and_answer_turns_are_no_headlines() -> None:
    """An interview set one turn to a paragraph (`Q: …?` / `A: …`): a question of one line
    ending on its question mark is a turn of the text, not the headline of another story."""
    page = en("Five questions for Marguerite Oyelaran",
              "By Theo Brandt, Observer Staff Writer",
              "Marguerite Oyelaran took over as director of the Delmere Folk Festival in\n"
              "January, after 14 years running a concert series in Port Averil. The festival\n"
              "returns Aug. 16-18 to Founders Park. This interview has been edited for\n"
              "length.",
              "Q: The main stage is moving to the north meadow this year. Why?",
              "A: Drainage, mostly. Last year we lost half of Saturday to mud. The north\n"
              "meadow sits about four feet higher, and it lets us add 1,500 more lawn\n"
              "seats for the Sunday shows.",
              "Q: Weekend passes went up to $95. What do people get for that?",
              "A: Forty-one acts instead of 32, a free shuttle from the Canal Street garage,\n"
              "and children under 12 still get in free. We also held back 400 passes at\n"
              "$60 for anyone who lives in the county.",
              "Q: What's the one set you'd tell people not to miss?",
              "A: The Bellweather Sisters, Sunday at 4. Three sisters from the hill country\n"
              "who have never played a festival before. Bring a chair and get there\n"
              "early.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Five questions for Marguerite Oyelaran"]
    assert sum(p.startswith("Q: ") for p in res.stories[0].paragraphs) == 3


def first_stack(page: Page) -> tuple[str | None, str | None, str | None]:
    """The kicker, headline and deck of the page's first story."""
    s = split_page(page).stories[0]
    return s.kicker, s.headline, s.subheadline


def tight(*lines: str) -> Page:
    """An English page with no blank lines at all."""
    return Page(source="p9.txt", lang="en", page_no=9, lines=lines)


def test_an_outdoors_page_set_tight_with_indents() -> None:
    """Tight English columns whose paragraphs open with a three-space indent: a table of
    times (`Thu. 6:12a / 6:38p`) under its title and note, set into an open sentence, is
    skipped and the sentence goes on; an almanac box (`Sunrise 5:21 a.m. …`, `New moon June
    6`) is skipped; `Submitted photo` is a picture's credit."""
    page = tight("ON THE WATER", "Walleye bite turns on as Lake Tamsin warms",
                 "By Hank Vollmer",
                 "   The walleye on Lake Tamsin",
                 "finally woke up this week, and",
                 "anglers who worked the rock",
                 "humps at dusk came home with",
                 "limits. The fish are spread",
                 "SOLUNAR TABLE",
                 "Major periods, central time",
                 "Thu. 6:12a / 6:38p",
                 "Fri. 7:04a / 7:29p",
                 "Sat. 7:55a / 8:20p",
                 "out enough for everybody.",
                 "   Next week I'll head north to",
                 "Pell Creek Flowage for crappies.",
                 "FISHING REPORT",
                 "OTTER RIVER",
                 "   Trout fishing fair above",
                 "the County Road K bridge.",
                 "Caddis hatches in the evening;",
                 "try an elk-hair caddis, size",
                 "14. Flows 180 cubic feet per",
                 "second and falling.",
                 "   Water is dropping fast below",
                 "the dam at Millers Crossing.",
                 "BIG HORNET LAKE",
                 "   Bluegills on beds in 3-5 feet",
                 "along the north shore. No",
                 "walleye harvest until June 15.",
                 "NICE CATCH",
                 "Eleven-year-old Liam Torvik of",
                 "Brannock holds the 27-inch pike",
                 "he caught on Big Hornet Lake.",
                 "Submitted photo",
                 "SUN & MOON",
                 "Sunrise 5:21 a.m. Sunset 8:54 p.m.",
                 "New moon June 6")
    res = split_page(page)
    first = res.stories[0]
    assert first.paragraphs == ["The walleye on Lake Tamsin finally woke up this week, and anglers "
                                "who worked the rock humps at dusk came home with limits. The fish "
                                "are spread out enough for everybody.",
                                "Next week I'll head north to Pell Creek Flowage for crappies."]
    assert any(x.startswith("SOLUNAR TABLE Major periods") for x in res.skipped)
    assert any("New moon June 6" in x for x in res.skipped)
    assert [s.headline for s in res.stories[1:]] == ["OTTER RIVER", "BIG HORNET LAKE", "NICE CATCH"]
    assert (res.stories[-1].headline, res.stories[-1].byline) == ("NICE CATCH", "Submitted photo")


def test_a_tight_stack_a_headline_of_two_even_lines_over_a_wider_deck() -> None:
    """No blank lines: `Dunmore Fabrication to add` / `140 jobs at harbor plant` (two lines
    near one width) over `Steel fabricator wins $61 million contract` (much wider) are the
    headline and its deck; and a headline of one line over an indented first line is whole,
    though it ends on a name in capitals, even in a column of briefs (`Credit union opens
    Harbor Point branch`)."""
    page = tight("BUSINESS",
                 "Dunmore Fabrication to add",
                 "140 jobs at harbor plant",
                 "Steel fabricator wins $61 million contract",
                 "for offshore wind platforms",
                 "By Priscilla Wenzel / Herald Business Writer",
                 "   CALDER BAY — Dunmore Fabrication Co.",
                 "will hire about 140 welders, fitters",
                 "and crane operators over the next 18",
                 "months, the company said Monday.",
                 "   The work will run two shifts at the",
                 "company's yard on the waterfront.",
                 "BUSINESS BRIEFS",
                 "Northgate Foods closing Route 6 store",
                 "   Northgate Foods will close its Route",
                 "6 supermarket on June 1, the company",
                 "said.",
                 "Credit union opens Harbor Point branch",
                 "   Seacoast Members Credit Union opened",
                 "its seventh branch Monday at 410",
                 "Harbor Point Road.")
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("Dunmore Fabrication to add 140 jobs at harbor plant",
         "Steel fabricator wins $61 million contract for offshore wind platforms"),
        ("Northgate Foods closing Route 6 store", None), ("Credit union opens Harbor Point branch", None)]


def test_the_note_on_a_columnist_under_the_signature_is_skipped() -> None:
    """`— Dale Pruitt` / `Dale Pruitt writes about the outdoors from Birch Hollow.` / `Reach
    him at …`: the sentence on the writer, opening with the signed name, is no part of the
    column's text."""
    page = en("ON THE WATER\nA 9-year-old, a spincast reel and a lesson in patience",
              "My granddaughter Wren cast exactly 43 times on Sunday before she caught\n"
              "anything, and I know because she counted every one of them out loud.",
              "She let it go, and announced that tomorrow she would catch a bigger one.\n"
              "I believe her.",
              "— Dale Pruitt",
              "Dale Pruitt writes about the outdoors from Birch Hollow.",
              "Reach him at dpruitt@wendawayclarion.example")
    res = split_page(page)
    assert res.stories[0].paragraphs[-1].endswith("I believe her.")
    assert not any("writes about the outdoors" in p for s in res.stories for p in s.paragraphs)


def zh_every_line(*lines: str) -> Page:
    """A Chinese page with a blank line after every line."""
    return zh(*[x for line in lines for x in (line, "")])


def test_a_chinese_info_box_ending_on_its_stars_and_a_letter_spaced_column_name() -> None:
    """A blank line after every line: a show's box (`演出信息` / `《灯塔守夜人》` / `编剧：…` /
    … / `推荐指数：★★★★☆`) is skipped, not the next story's stack; a column's name set
    letter-spaced (`书 香 鹭 城`) is skipped, and the headline under it heads its own story."""
    page = zh_every_line(
        "《灯塔守夜人》：在潮声里听见一个人的半生", "□ 晏 知 秋",
        "大幕拉开时，舞台上只有一座旋", "转的灯塔和一把旧藤椅。没有宏", "大的布景，也没有密集的台词。",
        "演出信息", "《灯塔守夜人》", "编剧：裘海音 导演：沈苇杭", "6月12日—15日 19:30",
        "鹭城大剧院小剧场", "推荐指数：★★★★☆",
        "第六届鹭城国际短片周落幕", "《潮汐之间》摘得最佳短片",
        "本报讯（记者 邬 淼）6月8日晚，", "第六届鹭城国际短片周在鹭城文", "化艺术中心落下帷幕。",
        "书 香 鹭 城", "一本写给老城的“私人地图”",
        "本土作家石朴新近出版的散文集", "《骑楼之下》，收录了他近十年", "写老城的32篇散文。",
        "（作者系鹭城市作家协会会员 程晚舟）")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        (None, "《灯塔守夜人》：在潮声里听见一个人的半生"),
        ("第六届鹭城国际短片周落幕", "《潮汐之间》摘得最佳短片"),
        (None, "一本写给老城的“私人地图”")]
    assert any("推荐指数" in x for x in res.skipped) and "书 香 鹭 城" in res.skipped


def test_a_headline_under_a_jump_line_a_staff_report_and_an_ads_footnote() -> None:
    """A blank line after every line: under `See HOSPITAL, Page A5` the next lines are
    another story's headline, not the end of the story that jumped (`Fire guts vacant mill`
    / `on Tanner Street`, one headline: its second line goes on in lower case); `— Ledger
    staff report` under its text is the byline; an ad's footnote (`…4.15% APY*` / `*Annual
    percentage yield.`) is no story."""
    page = every_line("Hospital's $38 million wing clears final hurdle",
                      "By Ellis Wrenfield / Ledger Staff",
                      "Kettle Regional Medical Center can begin", "work on its surgery wing, the state",
                      "said Monday, calling the expansion", "\"the biggest investment in",
                      "health care in this county in a", "generation.\"",
                      "See HOSPITAL, Page A5",
                      "Fire guts vacant mill", "on Tanner Street",
                      "A fire early Monday destroyed the", "vacant Hollis Woolen Mill on",
                      "Tanner Street, sending smoke over", "the river for most of the morning.",
                      "— Ledger staff report",
                      "Kettle County Credit Union", "12-month certificate 4.15% APY*",
                      "*Annual percentage yield. Min. $500.")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Hospital's $38 million wing clears final hurdle", "By Ellis Wrenfield / Ledger Staff"),
        ("Fire guts vacant mill on Tanner Street", "— Ledger staff report")]
    assert res.stories[0].paragraphs[-1].endswith("generation.\"")


def test_a_readers_letter_its_salutation_and_its_signature() -> None:
    """Tight Chinese page: a reader's letter (`小区门口的“断头路”何时能打通？` / `编辑同志：` /
    its text / `江滨区望江苑小区居民 龚立群`): the salutation opens the text, not the headline;
    the signature is the byline, not a brief's head run into its text."""
    page = zh("澄州高铁站启用智能引导系统",
              "近日，澄州高铁站启用智能引导系统，旅客扫描车票二维码即可查询",
              "检票口位置和步行路线。（记者 赖思齐）",
              "市民来信",
              "小区门口的“断头路”何时能打通？",
              "编辑同志：",
              "我家住在江滨区望江苑小区。小区东门外的兴业路修到",
              "一半就停了，已经整整3年。路的尽头用铁皮围挡拦着，",
              "居民出门去地铁站要绕行1公里多，下雨天更是一脚泥。",
              "希望有关部门能给居民一个说法，早日把这条路打通。",
              "江滨区望江苑小区居民 龚立群")
    res = split_page(page)
    letter = res.stories[-1]
    assert (letter.headline, letter.byline) == ("小区门口的“断头路”何时能打通？", "江滨区望江苑小区居民 龚立群")
    assert letter.paragraphs[0] == "编辑同志："


def test_a_refer_to_a_related_story_is_skipped() -> None:
    """`RELATED: Port authority sets hearing` / `on dredging fees, B2` under a story's last
    line points to another page: skipped, not the story's text."""
    page = tight("Port volumes climb for third month",
                 "   Container traffic at the Port of",
                 "Calder Bay rose 6% in March, the",
                 "authority said. It will ask its board",
                 "in May to approve $14 million for two",
                 "new electric cranes.",
                 "RELATED: Port authority sets hearing",
                 "on dredging fees, B2",
                 "Credit union opens new branch",
                 "   Seacoast Members Credit Union opened",
                 "its seventh branch Monday.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Port volumes climb for third month",
                                                 "Credit union opens new branch"]
    assert res.stories[0].paragraphs[-1].endswith("new electric cranes.")
    assert any(x.startswith("RELATED:") for x in res.skipped)


def test_a_tight_front_page_index_with_dots_and_a_headline_ending_on_a_name() -> None:
    """No blank lines: an index whose items are parted by `·` (`Business A6 · Classified B5
    · Comics B3`) is the header's, not a headline; `Board puts off vote on closing` /
    `Kestrel Elementary` / `Parents pack meeting as district weighs…` is a headline of two
    lines (the second a name, but over a deck, so not the writer's) and its deck."""
    page = tight("THE ORRIN FALLS DAILY LEDGER",
                 "TUESDAY, MARCH 11, 2025 · VOL. 123, NO. 70 · $2.00",
                 "INSIDE",
                 "Business A6 · Classified B5 · Comics B3",
                 "Obituaries A5 · Opinion A4 · Puzzles B4",
                 "SCHOOLS",
                 "Board puts off vote on closing",
                 "Kestrel Elementary",
                 "Parents pack meeting as district weighs",
                 "$2.9 million shortfall and falling enrollment",
                 "By Nadia Ferreira-Holt / Ledger Staff",
                 "   ORRIN FALLS — The Orrin Falls school board",
                 "put off a vote Monday on closing Kestrel",
                 "Elementary after more than 200 parents packed",
                 "the meeting.")
    assert first_stack(page) == (
        "SCHOOLS", "Board puts off vote on closing Kestrel Elementary",
        "Parents pack meeting as district weighs $2.9 million shortfall and falling enrollment")


def test_a_sum_under_a_headline_of_two_lines_opens_the_deck() -> None:
    """A blank line after every line: `Volunteer fire company` / `asks voters for new
    station` / `$3.1 million bond would replace` / `1950s firehouse on Mill Street`: under
    a headline of two lines, the line opening on a sum opens the deck (under one line it
    may be the headline's second, `Voters to decide` / `$18.5 million school bond`)."""
    page = every_line("FIRE DEPARTMENT", "Volunteer fire company", "asks voters for new station",
                      "$3.1 million bond would replace", "1950s firehouse on Mill Street",
                      "By Wendell Pike", "ASHCOMBE BEND — The Ashcombe Bend",
                      "Volunteer Fire Company will ask", "village voters next month to",
                      "approve a bond for a new station.")
    assert first_stack(page) == (
        "FIRE DEPARTMENT", "Volunteer fire company asks voters for new station",
        "$3.1 million bond would replace 1950s firehouse on Mill Street")


def test_a_headline_said_again_a_few_narrow_lines_down() -> None:
    """Narrow column, blocks: `Library bond backers` / `report $41,000 raised` over a text
    that names the library only on its third line and the sum on its fourth (`…to expand
    the Tamsin Bay Public` / `Library have raised $41,350…`): in a column this narrow that is
    still its first sentence, so the two lines are the story's headline."""
    page = en("Ferry fares to rise in January",
              "By Dana Whitlock",
              "The county ferry board voted Monday to\nraise fares by 50 cents, the first\n"
              "increase since 2019.",
              "See FERRY, Page A6",
              "Library bond backers\nreport $41,000 raised",
              "Supporters of a $12 million bond\nto expand the Tamsin Bay Public\n"
              "Library have raised $41,350 ahead\nof the Nov. 5 election, according\n"
              "to a campaign finance report filed\nFriday with the county clerk.",
              "The measure needs 55% of the vote\nto pass.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Ferry fares to rise in January",
                                                 "Library bond backers report $41,000 raised"]


def test_guards_learned_from_set_27() -> None:
    """Three guards: an artist's credit spaced out (`杜　衡　作`) is a credit, no column
    name set letter-spaced; a brief's head run into a narrow column before an unpunctuated
    line (`油菜适时早播　10月中下` / `旬是直播油菜的最佳播种期`) is still a head (only a line
    of ad cells under it makes two phrases an ad); and one paragraph to a line, the lines of
    an interview printed as one block, a short question is a paragraph of its own."""
    assert furniture_kind("杜　衡　作", "zh") is None and furniture_kind("书 香 鹭 城", "zh") == "logo"
    assert run_in_head("油菜适时早播\u300010月中下", True, "旬是直播油菜的最佳播种期") == "油菜适时早播"
    page = en("Egg farmer rides out the price storm",
              "By Marcus Oyelaran | Register Staff Writer",
              "When wholesale egg prices tripled last year, Josie Alvarenga had a choice to make "
              "about her diner. This interview has been edited for length.\n"
              "Alvarenga has run the Harbor Street Diner for 19 years and serves about 400 "
              "breakfasts on a Saturday, most of them with eggs.\n"
              "She spoke with the Register on Monday, between the breakfast rush and the lunch "
              "crowd, at the counter where she still takes orders herself.\n"
              "Q: How bad did it get?\n"
              "A: At the peak, a 15-dozen case of eggs was costing me $96. The year before, it "
              "was about $30. We go through eight cases a week, so you can do the math.\n"
              "Q: What did you change?\n"
              "A: We raised the omelet price by a dollar and put a note on every table saying "
              "why, and almost nobody complained about it.",
              "Ferry schedule changes Monday",
              "The county ferry will add a 6:15 a.m. crossing on weekdays starting Monday, the "
              "ferry board said, to meet the early shift at the shipyard.")
    res = split_page(page)
    assert [p[:8] for p in res.stories[0].paragraphs] == [
        "When who", "Alvareng", "She spok", "Q: How b", "A: At th", "Q: What ", "A: We ra"]


def test_a_game_story_past_its_photo_a_standings_table_and_a_staff_report() -> None:
    """Tight sports page: the text stops mid-sentence (`Okoro finished`), a photo (label,
    caption, credit) is set into it, and the text goes on in lower case (`with 167 yards…`):
    one story, the photo apart; a standings table (`Football Conf. Overall` / `Cobb Hollow
    4-1 6-2` / …) under its title is skipped; `Enterprise staff report` under a text is its
    byline."""
    page = tight("PREP FOOTBALL", "Wildcats rally past", "Carver Mills, 28-24",
                 "By Dale Huff",
                 "   CARVER MILLS — For three quarters",
                 "Thursday night, nothing went right for",
                 "the Cobb Hollow Wildcats. Jalen Okoro",
                 "scored twice for Carver Mills. Okoro finished",
                 "STRETCHING IT OUT",
                 "Cobb Hollow's Reid Lindqvist (84)",
                 "reaches for a pass on Thursday night.",
                 "JILL RENNEKER / Enterprise",
                 "with 167 yards on 29 carries.",
                 "   Cobb Hollow answered with a 9-yard",
                 "touchdown run with 6:40 to play.",
                 "TRI-COUNTY CONFERENCE",
                 "Football Conf. Overall",
                 "Cobb Hollow 4-1 6-2",
                 "Elm Ridge 4-1 7-1",
                 "Carver Mills 3-2 5-3",
                 "Wildcat runners sweep county meet",
                 "   The Cobb Hollow boys and girls cross",
                 "country teams won the county titles on",
                 "Saturday. Both teams advance to the",
                 "Section 4 meet Nov. 2 in Haverford.",
                 "Enterprise staff report")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Wildcats rally past Carver Mills, 28-24", "By Dale Huff"),
        ("STRETCHING IT OUT", "JILL RENNEKER / Enterprise"),
        ("Wildcat runners sweep county meet", "Enterprise staff report")]
    assert "Okoro finished with 167 yards on 29 carries." in res.stories[0].paragraphs[0]
    assert not any("4-1 6-2" in p for s in res.stories for p in s.paragraphs)


def test_a_photo_under_a_byline_printed_after_its_story_is_no_poem() -> None:
    """Tight Chinese page: a feature's headline and byline printed after its text, then a
    series tag, a photo's title and its caption: the short lines under the byline are no
    poem's verses when the last of them runs on into the caption's sentence, so the caption
    is the photo's text and the short lines stand over it."""
    page = zh("老支书吕长庚已经记了26年的民情日记，一本本笔记本整齐码放在档案柜里，",
              "记下了村里的大事小情。“只要还走得动，我就要为乡亲们多做点事。”吕",
              "长庚说。",
              "老支书的“民情日记”",
              "本报记者 孟 姝 通讯员 韦 航",
              "身边的榜样",
              "“最美基层党员”风采录",
              "主题党日进田间",
              "10 月 10 日，青梅镇柳塘村党员志愿者帮助",
              "村民抢收晚稻。连日来，该镇组织120余名党",
              "员深入田间地头，开展“助农秋收”主题党日活",
              "动，累计帮助困难农户收割晚稻380余亩。",
              "通讯员 韦 航 摄")
    res = split_page(page)
    photo = res.stories[-1]
    assert photo.byline is not None and photo.byline.endswith("摄")
    assert photo.paragraphs[0].startswith("10月10日，青梅镇柳塘村")
    assert photo.headline is not None and photo.headline.endswith("主题党日进田间")
