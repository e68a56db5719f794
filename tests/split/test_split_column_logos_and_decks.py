"""Cues of the ninth round: column logos over one story, a headline broken at its pause, a
deck printed in one block with its headline, a sentence resuming under a box, speakers taking
turns, prose spread by justification, obituary life dates and letters signed after a dash.

Every page here is written for the test; none is a corpus or held-out page."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import byline_kind, furniture_kind

from .conftest import column


def _zh(lines: list[str]) -> Page:
    return Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(lines))


def _en(lines: list[str]) -> Page:
    return Page(source="p2.txt", lang="en", page_no=2, lines=tuple(lines))


def _bare(s: str | None) -> str:
    return (s or "").replace(" ", "").replace("\u3000", "")


_FERRY = ("11月2日起，县城至白鹭洲的轮渡增开早晚各两个班次，早班提前到6点30分发船，"
          "票价维持每人3元不变。")
_FERRY_MORE = "县交通运输局表示，增开班次后单程候船时间将由40分钟缩短到20分钟左右。"
_SUBSIDY = "答：按承包地面积发放，每亩补贴108元，由乡镇财政所统一打卡发放到户。"
_LETTER = ("编辑同志：我家住在城南新村，小区门口的路灯坏了一个多月，晚上出门黑灯瞎火，"
           "老人孩子走路很不安全。")
_LETTER_MORE = "希望有关部门尽快派人修好，也给小区门口装个减速带。"


def test_a_column_logo_over_one_story_is_skipped_not_its_headline() -> None:
    """Blank lines between blocks: a column's name in its genre noun (`政策问答`, `民生热线`,
    `今日评论`) standing over one item's headline is the column's logo, skipped; the
    headline is the item's own line only."""
    raw = ["白鹭洲轮渡增开早晚班次", "", "本报记者 钟晴", "", *column(_FERRY), *column(_FERRY_MORE), "",
           "政策问答", "", "种粮补贴怎么发？", "", "问：今年的种粮补贴按什么标准发放？",
           *column(_SUBSIDY), "", "今日评论", "", "让轮渡更好地服务群众", "", "□ 江帆", "",
           *column("方便群众出行是最实在的民生。轮渡增开班次，省下的是群众的时间。")]
    stories = split_page(_zh(raw)).stories
    assert [s.headline for s in stories] == [
        "白鹭洲轮渡增开早晚班次", "种粮补贴怎么发？", "让轮渡更好地服务群众"]
    assert all(s.kicker is None for s in stories)
    assert furniture_kind("民生热线", "zh") == "logo" and furniture_kind("乡镇传真", "zh") == "logo"


def test_a_letter_headline_broken_at_its_comma_under_the_letters_logo() -> None:
    """No blank lines: `读者来信` over `城南新村路灯坏了，` / `谁来修？` is the column's logo
    over a headline broken at its pause, not the end of the story above and a sentence."""
    raw = ["白鹭洲轮渡增开早晚班次", "本报记者 钟晴", *column(_FERRY), *column(_FERRY_MORE),
           "读者来信", "城南新村路灯坏了，", "谁来修？", *column(_LETTER), *column(_LETTER_MORE),
           "读者 吕志刚"]
    stories = split_page(_zh(raw)).stories
    assert [s.headline for s in stories] == ["白鹭洲轮渡增开早晚班次", "城南新村路灯坏了， 谁来修？"]
    assert _bare(stories[1].byline) == "读者吕志刚"
    assert stories[1].paragraphs[0].startswith("编辑同志")


def test_a_student_reporter_a_given_picture_and_two_speakers_taking_turns() -> None:
    """A youth paper: `小记者 X（…学校…）` is a byline; `X博物馆 供图` credits a photo; an
    interview's turns under two names (`许朵朵：…？` / `乔明远：…`) are its paragraphs, a short
    question among them no headline."""
    turns = ["许朵朵：乔老师，恐龙蛋化石是怎么形成的？",
             "乔明远：恐龙蛋被泥沙迅速掩埋，经过几千万年，蛋壳和里面的物质被矿物替换，就成了化石。",
             "许朵朵：化石能保存多久？",
             "乔明远：只要不被风化和破坏，可以保存非常久，我们馆里最老的一枚有七千万年。",
             "许朵朵：我也能找到化石吗？",
             "乔明远：有可能，但发现化石后要及时报告文物部门，不要自己挖。"]
    raw = ["“恐龙蛋是怎样变成石头的”", "——小记者走进县博物馆", "",
           "小记者 许朵朵（城关第二小学四年级）", "",
           "11月15日，本报小记者许朵朵走进县博物馆，向馆长乔明远请教恐龙蛋化石的秘密。", "",
           *[x for t in turns for x in (t, "")],
           "一窝恐龙蛋化石", "", "11月10日，县博物馆新展出的一窝恐龙蛋化石吸引了许多小朋友。", "",
           "县博物馆 供图"]
    stories = split_page(_zh(raw)).stories
    assert byline_kind("县博物馆 供图", "zh") == "credit"
    first = stories[0]
    assert _bare(first.byline) == "小记者许朵朵（城关第二小学四年级）"
    assert first.paragraphs[1:] == turns
    assert [s.headline for s in stories[1:]] == ["一窝恐龙蛋化石"]
    assert _bare(stories[1].byline) == "县博物馆供图"


def test_a_headline_line_ending_on_a_particle_under_a_series_tag() -> None:
    """`…系列报道之二` / `一座古桥的` / `“七百岁生日”` / `——探访…`: the first line ends on `的`
    and goes on (no page header), and the quoted line over a `——` line is the headline's
    second line, not a pull quote set into a sentence."""
    raw = ["2　青河周刊　2026年11月4日　星期三", "", "古桥新生系列报道之二", "", "一座古桥的", "",
           "“七百岁生日”", "", "——探访青河镇永济桥修缮现场", "", "本报记者 钟晴", "",
           *[x for line in column(_FERRY) for x in (line, "")]]
    story = split_page(_zh(raw)).stories[0]
    assert (story.headline, story.subheadline) == (
        "一座古桥的 “七百岁生日”", "——探访青河镇永济桥修缮现场")


_RATES = ("The Marlow County water board voted 5-2 on Tuesday to raise rates by 6% next year,\n"
          "the first increase since 2021, to pay for a new filter plant at the reservoir.")


def test_an_english_page_header_in_capitals_a_weather_ear_and_a_deck_in_one_block() -> None:
    """`MARLOW VALLEY DAILY` and `Wednesday, Nov. 4, 2026 PAGE 2 NEWS & WEATHER` head the
    page; `HIGH 51 LOW 33 Clear and cold` is the weather ear; the deck printed in the
    headline's block, in wider lines than the headline's, is the subheadline."""
    page = _en(["MARLOW VALLEY DAILY   Wednesday, Nov. 4, 2026   PAGE 2   NEWS & WEATHER", "",
                "HIGH 51 LOW 33 Clear and cold, light wind from the north", "",
                "Water board", "approves rate rise",
                "Average household bill to climb about $4 a month; two members vote no", "",
                "By Colm Ridley", "", *_RATES.split("\n")])
    res = split_page(page)
    assert len(res.stories) == 1
    s = res.stories[0]
    assert (s.headline, s.subheadline) == (
        "Water board approves rate rise",
        "Average household bill to climb about $4 a month; two members vote no")
    assert any("HIGH 51" in x for x in res.skipped) and any("PAGE 2" in x for x in res.skipped)


def test_a_sentence_resumes_in_lower_case_under_a_box_set_into_it() -> None:
    """One paragraph to a line: a paragraph breaks off (`…came back to win in the`), a box of
    figures follows, and the text resumes in lower case (`second half…`): one story, one
    paragraph, the box left out."""
    page = _en(["Hawks rally to beat Pines", "", "By Ana Vell", "",
                "CEDAR FALLS — The Hawks trailed by nine at the break, then came back to win in the",
                "", "BOX SCORE", "Hawks 28 35 — 63", "Pines 33 24 — 57", "",
                "second half behind 18 points from guard Tess Moreno, who hit four threes.", "",
                "The Hawks play at Dunmore on Friday."])
    res = split_page(page)
    assert len(res.stories) == 1
    paras = res.stories[0].paragraphs
    assert paras[0].endswith("who hit four threes.") and "in the second half" in paras[0]
    assert not any("63" in p for p in paras)


def test_a_line_score_of_two_halves_set_into_a_sentence_is_skipped() -> None:
    """No blank lines: a basketball line score of two halves and the total (`Hawks 28 35 —
    63`) between the halves of a sentence is a box's, not the sentence's words."""
    page = _en(["Hawks rally to beat Pines", "By Ana Vell",
                "CEDAR FALLS — The Hawks trailed by nine at the break, then came back to win in the",
                "Hawks 28 35 — 63", "Pines 33 24 — 57",
                "second half behind 18 points from guard Tess Moreno, who hit four threes.",
                "The Hawks play at Dunmore on Friday."])
    res = split_page(page)
    assert "win in the second half" in res.stories[0].paragraphs[0]
    assert res.skipped == ["Hawks 28 35 — 63 Pines 33 24 — 57"]


def test_justified_spacing_in_prose_parts_no_head_from_its_text() -> None:
    """The tool left runs of spaces between whole words all through the prose: a run after
    `Dry` in `…faces defending champion Dry   Creek (13-0)…` is no run-in head's gap."""
    body = ["HARLOW — The Miners won   the semifinal on Friday and will play for the title on"
            " Saturday.",
            "Coach Benny   Tsosie said the team was ready for the final and   for the crowd at the"
            " stadium.",
            "The   Miners face defending champion Dry   Creek (13-0) on Saturday at noon in the"
            " stadium.",
            "The final will be the first for the Miners since 2011, when they lost   to Dry Creek"
            " at the stadium.",
            "Tsosie said the team will practise   on Thursday and travel to the stadium on Friday.",
            "Tickets are $12 for adults and   $6 for students at the gate, and the game is on   the"
            " radio."]
    page = _en(["Miners reach title game", "", "By Tomas Vell", "", *[x for b in body for x in (b, "")]])
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Miners reach title game"]
    assert "defending champion Dry Creek (13-0)" in " ".join(res.stories[0].paragraphs)


def test_editorial_headline_obituary_dates_and_a_letter_signed_after_a_dash() -> None:
    """No blank lines: `OUR VIEW` over `The pool should stay open,` / `but not at any price`
    (a pause, no stop, over `The…`) is kicker and headline; a name over its life dates
    (`May 2, 1940 – Oct. 30, 2026`) is headline and deck; a letter signed `— Ann Price,
    Eastgate` ends there and the next line is the next letter's headline."""
    page = _en([
        "OUR VIEW", "The pool should stay open,", "but not at any price",
        "The council has two weeks to decide whether the Elm Street pool opens next",
        "summer. It should, but only with a repair plan the town can afford.",
        "LETTERS TO THE EDITOR", "Fix the Eastgate crossing",
        "The crossing light on Eastgate Road has been dark for a month now, and",
        "someone will get hurt before it is fixed.", "— Ann Price, Eastgate",
        "Thanks to the snow crews", "The plow drivers cleared our whole street well before",
        "dawn on Monday, and they deserve our thanks.", "— Lee Moss, Marlow",
        "OBITUARIES", "Harold J. Penn", "May 2, 1940 – Oct. 30, 2026",
        "Harold J. Penn, 86, of Marlow died Oct. 30 at home. He ran the hardware store on",
        "Main Street for forty years."])
    stories = split_page(page).stories
    got = [(s.kicker, s.headline, s.subheadline, s.byline) for s in stories]
    assert got == [
        ("OUR VIEW", "The pool should stay open, but not at any price", None, None),
        (None, "Fix the Eastgate crossing", None, "— Ann Price, Eastgate"),
        (None, "Thanks to the snow crews", None, "— Lee Moss, Marlow"),
        (None, "Harold J. Penn", "May 2, 1940 – Oct. 30, 2026", None)]


def test_a_caption_between_the_halves_of_a_sentence_is_a_photo_of_its_own() -> None:
    """Blank lines between blocks: the story breaks off at `…with a new` and a caption's
    block and its credit stand before `library wing…`: the caption and credit are a photo,
    the story's paragraph is one paragraph."""
    page = _en(["Town votes to expand library", "", "By Rae Dunn", "",
                "ELM FORK — The town council voted 5-0 on Monday to",
                "replace the old reading room of the Elm Fork library,",
                "which has leaked for years, with a new", "",
                "Readers browse the shelves of the Elm Fork library on",
                "Monday. The council voted to build the new wing next",
                "year.", "", "TOM BARR | Courier photo", "",
                "library wing of three rooms, at a cost of $1.2 million,",
                "most of it from a state grant the town won in May.", "",
                "Work is to start in the spring and end by the fall,",
                "the town manager said, and the library will stay open",
                "while the crews are at work."])
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Town votes to expand library", "By Rae Dunn"), (None, "TOM BARR | Courier photo")]
    assert "with a new library wing of three rooms" in res.stories[0].paragraphs[0]
    assert res.stories[1].paragraphs[0].startswith("Readers browse")


def test_a_short_last_paragraph_ending_on_a_stop_is_no_headline() -> None:
    """`Residents can call the co-op at` / `555-0110.`: a sentence ended under a line that
    went on into it is the story's text, not a headline over the next story's kicker."""
    page = _en(["Wind knocks out power in Elm Fork", "", "By Rae Dunn", "",
                "ELM FORK — A storm with gusts of 60 mph cut power to 2,100",
                "homes on Monday night, the electric co-op said.", "",
                "Crews had restored power to all but 90 homes by noon.", "",
                "Residents can call the co-op at", "555-0110.", "",
                "SCHOOLS", "Board delays vote on school calendar", "", "By Ann Vale", "",
                "The Elm Fork school board put off a vote on next year's",
                "calendar until its December meeting."])
    stories = split_page(page).stories
    assert [(s.kicker, s.headline) for s in stories] == [
        (None, "Wind knocks out power in Elm Fork"), ("SCHOOLS", "Board delays vote on school calendar")]
    assert stories[0].paragraphs[-1] == "Residents can call the co-op at 555-0110."


def test_brief_heads_in_sentence_case_and_a_wrapped_chinese_head() -> None:
    """In a brief column, `Bake sale raises funds Proceeds will…`: the head in sentence case
    ends before the capitalised word the text goes on from; in a 快讯 column, a head the
    column wrapped before its gap (`　　县图书馆少儿阅览室周末延` / `时 本周六起，…`) is whole."""
    en = _en(["BRIEFLY", "", "Bake sale raises funds Proceeds will buy new band",
              "uniforms for the Elm Fork High marching band this fall.", "",
              "Library adds Sunday hours The Elm Fork library will open",
              "from 1 to 5 p.m. on Sundays starting in January."])
    assert [s.headline for s in split_page(en).stories] == [
        "Bake sale raises funds", "Library adds Sunday hours"]
    zh = _zh(["县城快讯", "", "　　城东菜市场完成改造 即日起，城", "东菜市场恢复营业，新增摊位80个。", "",
              "　　县图书馆少儿阅览室周末延", "时 本周六起，县图书馆少儿阅览室", "周末闭馆时间延至晚上8点。"])
    assert [s.headline for s in split_page(zh).stories] == [
        "城东菜市场完成改造", "县图书馆少儿阅览室周末延时"]


def test_a_table_over_its_source_inside_a_paragraph_is_skipped() -> None:
    """Blank lines between blocks: a table's title, rows of figures and its `数据来源` line
    stand between two lines of one paragraph; the rows are no run-in heads and no text, and
    the paragraph is whole."""
    raw = ["城东菜市场完成改造", "", "本报记者 钟晴", "",
           "　　11月2日，城东菜市场完成改造并恢复营业，新增摊位80个，",
           "蔬菜、肉类和水产分区经营，市民", "", "本周菜价（11月2日）",
           "白菜 1.20元/斤 ↓0.10", "猪肉 13.50元/斤 ↑0.30", "鲫鱼 9.80元/斤 →",
           "数据来源：县市场监管局", "", "买菜比以前方便多了。"]
    res = split_page(_zh(raw))
    assert len(res.stories) == 1
    assert res.stories[0].paragraphs[0].endswith("市民买菜比以前方便多了。")
    assert not any("白菜" in p for p in res.stories[0].paragraphs)


def test_a_column_printed_under_an_interview_with_its_head_and_byline_after_it() -> None:
    """One paragraph to a line: an interview's turns, then a columnist's text, then the
    column's head and `ANNA REED | COLUMN` under it, then a brief column's head: the column
    starts at a paragraph after the turns (which one the words decide), and its head and
    byline are its own, not the brief's under the column head."""
    lines = ["5 QUESTIONS", "Reed's star guard on her return", "Interview by Jo Hale",
             "Senior guard Mia Torres missed all of last season with a knee injury. On Friday she"
             " scored 24 points in a win over Dunmore.",
             "Q: What was the hardest part of the year you spent away from the court and the team?",
             "A: Sitting on the bench in street clothes and watching every game. That was worse"
             " than any of the work in the gym.",
             "Q: What comes next for you and for the team after a start like this one?",
             "A: The league final in March. We lost it last year by twenty points, and I want to"
             " win it this time.",
             "More than four thousand fans filled a gym built for three thousand on Friday night,"
             " and the only thing that held up better than the team was the old bleachers.",
             "The school board has talked about a new gym for ten years. The estimate was $3"
             " million then and it is $7 million now, and the board has not found the money.",
             "A town that fills its gym like this on a cold night deserves a vote on a new one,"
             " and the board should give it one in the spring.",
             "A new gym is overdue", "ANNA REED | COLUMN", "SPORTS BRIEFS",
             "Ski hill opens Friday The Elm Fork ski hill will open two lifts on Friday with a"
             " base of 20 inches, and lift tickets are $40.",
             "Pool hours change The town pool will close at 8 p.m. on weeknights from Monday,"
             " the parks department said."]
    page = _en([x for line in lines for x in (line, "")])
    stories = split_page(page).stories
    assert [(s.headline, s.byline) for s in stories] == [
        ("Reed's star guard on her return", "Interview by Jo Hale"),
        ("A new gym is overdue", "ANNA REED | COLUMN"), ("Ski hill opens Friday", None),
        ("Pool hours change", None)]
    interview, column = stories[0].paragraphs, stories[1].paragraphs
    assert sum(p.startswith(("Q:", "A:")) for p in interview) == 4
    assert not any(p.startswith(("Q:", "A:")) for p in column)
    assert column[-1].endswith("give it one in the spring.")


def test_a_closing_staff_line_a_columnist_named_alone_a_bank_ad_and_a_letters_policy() -> None:
    """Blank lines between blocks: `— Courier staff` alone under a story ends it as its byline
    (not the title of the brief column's head under it); a name alone under a headline is the
    byline; a bank's `… APY … Member FDIC` line and the name over it are an ad; a letters
    policy runs on to its address as a notice."""
    page = _en(["Fire company turns 100", "", "The Elm Fork Volunteer Fire Company will mark",
                "its 100th year with an open house on Saturday.", "", "— Courier staff", "",
                "AROUND TOWN", "", "Leaf pickup starts Monday The town's crews will collect",
                "bagged leaves on Mondays through the end of November.", "",
                "Your bank wants your savings back", "", "Wade Olsen", "",
                "If you moved your savings to an online bank last year, your old bank",
                "may now pay you more to come back.", "", "ELM FORK SAVINGS BANK",
                "12-month CD 4.25% APY — open one today. Member FDIC.", "",
                "Letters policy: The Courier welcomes letters of 250 words or fewer.",
                "Include your name and town. Send them to 4 Main St., Elm Fork."])
    res = split_page(page)
    got = [(s.headline, s.byline) for s in res.stories]
    assert got == [("Fire company turns 100", "— Courier staff"), ("Leaf pickup starts Monday", None),
                   ("Your bank wants your savings back", "Wade Olsen")]
    skipped = " ".join(res.skipped)
    assert "Member FDIC" in skipped and "ELM FORK SAVINGS BANK" in skipped
    assert "Letters policy" in skipped and "4 Main St." in skipped


def test_chinese_boxes_a_listing_a_cartoon_credit_and_paragraphs_without_indents() -> None:
    """No blank lines, no indents: a `数读·…` box's items down to its source are skipped; a
    price table's title with its unit, its column heads and rows are skipped; a showings
    listing with dates and its enquiry line are skipped; `吴桐 作` credits a cartoon; and a
    sentence ended at the column's edge ends its paragraph."""
    a = ["6月25日，记者从县统计局获悉，今年1-5", "月，全县规模以上工业增加值同比增长9.6%，",
         "增速居全市第二位。", "从产业看，新能源装备和竹木加工两大产", "业合计贡献了全县工业增长的一半以上，",
         "拉动作用明显。", "县统计局负责人表示，下一步将继续跟踪", "监测重点企业生产经营情况。"]
    raw = ["前5月全县工业增加值增长9.6%", "本报记者 符晓东", *a,
           "数读·前5月经济", "9.6%规上工业增加值增速", "38.7亿元新能源装备产业产值", "数据来源：县统计局",
           "本周主要农产品价格（元/公斤）", "品名 本周均价 较上周", "猪肉 26.00 ↓0.60", "鸡蛋 9.20 ↑0.30",
           "大白菜 2.40 ↓0.20", "数据来源：县价格监测中心",
           "本周演出", "9月13日 19:30越剧《五女拜寿》县大剧院", "9月14日 14:00评弹专场 城南书场",
           "票务咨询：0573-6612345",
           "体检", "某地一座健身广场建成不到一年，多处器材已经锈蚀损坏，却迟迟无人维修。", "吴桐 作"]
    res = split_page(_zh(raw))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("前5月全县工业增加值增长9.6%", "本报记者 符晓东"), ("体检", "吴桐 作")]
    assert len(res.stories[0].paragraphs) == 3
    skipped = " ".join(res.skipped)
    for words in ("38.7亿元", "元/公斤", "鸡蛋", "五女拜寿", "票务咨询"):
        assert words in skipped
