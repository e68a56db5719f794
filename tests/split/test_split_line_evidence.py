"""Cues added in session 11, each on invented text: what a line says about itself when a page
comes one paragraph to a line, a headline its first sentence says again, boxes of figures,
photos set into running text, and who signs a letter."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.shape import page_lines

from .conftest import column


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p3.txt", lang="en", page_no=3, lines=tuple("\n\n".join(blocks).split("\n")))


def zh(*lines: str, no: int = 3) -> Page:
    return Page(source=f"p{no}.txt", lang="zh", page_no=no, lines=tuple(lines))


def in_blocks(blocks: list[list[str]], no: int = 3) -> Page:
    """A Chinese page with a blank line after each printed block."""
    return zh(*[x for b in blocks for x in (*b, "")], no=no)


A_BODY = ("6月10日，青河镇农贸市场改造工程完工，新市场共设摊位260个，配备冷链储存区和"
          "农产品检测室，商户已于当天陆续入驻经营。")
# an English story of three blocks (headline, byline, text) for the pages to open with
MILL = ("Mill to reopen\nwith 80 jobs", "By Ada Voss",
        "The Riverside mill will reopen\nin March with 80 jobs, its new\nowners said Monday.")
B_BODY = ("连日来，县图书馆开展暑期少儿阅读活动，组织绘本共读、手工课堂和科普讲座等二十余场，"
          "吸引少儿读者一千二百多人次参加。")


# Letters and obituaries as a word processor writes them: one paragraph to a line.
_LETTERS = (
    "OPINION",
    "LETTERS TO THE EDITOR\n"
    "Bring back the late bus\n"
    "Since the district cut the late bus in August, students who stay for band or robotics have "
    "had to walk two miles home along Ferris Road, which has no sidewalk for most of its length.\n"
    "The savings were small, about $40,000 a year by the board's own figures. Surely the safety "
    "of our children is worth that much, and the board should find the money before winter.\n"
    "Marta Oyelowo, Parents for Safe Streets",
    "Thanks to the trail crew\n"
    "A crowd of volunteers spent three Saturdays rebuilding the footbridge at Otter Pond, and "
    "the trail is open again for the first time since the spring floods washed it out.\n"
    "Ben Castellanos, Hillview",
    "OBITUARIES",
    "Ruth Abernathy, 88, kept the town's books for 30 years\n"
    "Ruth Abernathy, 88, who served as the town's treasurer from 1971 to 2001, died Sunday at her "
    "home on Maple Street after a short illness, her family said on Monday.\n"
    "She is survived by two sons and four grandchildren. A memorial service will be held at "
    "2 p.m. Friday at the Grange Hall, and the family asks that gifts go to the library fund.",
)


def test_an_english_page_one_paragraph_to_a_line_reads_short_unended_lines_as_heads() -> None:
    """Where each line holds a paragraph, a short line that ends no sentence was no column's
    line: the letters' and the obituary's headlines are headlines (not text run into the story
    above), and each letter is signed by its writer, whatever group the writer names."""
    page = en(*_LETTERS)
    _, shape = page_lines(list(page.lines))
    assert shape.paragraphs
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Bring back the late bus", "Marta Oyelowo, Parents for Safe Streets"),
        ("Thanks to the trail crew", "Ben Castellanos, Hillview"),
        ("Ruth Abernathy, 88, kept the town's books for 30 years", None)]


def test_a_paragraph_of_sentences_heads_no_story() -> None:
    """A letters policy of three sentences printed under the letters, above the obituaries'
    head: it is never the obituary's headline (nor lost: it is kept as text or skipped)."""
    policy = ("Letters should be under 250 words and signed. Include a daytime phone number. "
              "Send them to the editor at 12 Main Street or by e-mail to letters@hillview.example")
    blocks = list(_LETTERS)
    blocks.insert(3, policy)
    res = split_page(en(*blocks))
    assert res.stories[-1].headline == "Ruth Abernathy, 88, kept the town's books for 30 years"
    assert all(policy not in (s.headline or "") for s in res.stories)
    kept = " ".join(res.skipped) + " ".join(p for s in res.stories for p in s.paragraphs)
    assert "Include a daytime phone number." in kept


def test_a_block_opening_with_what_its_first_sentence_says_is_a_brief() -> None:
    """Under a column label no table names, briefs printed a block each: a block's first line
    whose words its first sentence says again (`Library extends Sunday hours` / `The Hillview
    library will extend its Sunday hours…`) is that brief's headline, however near the column's
    width it comes."""
    page = en(
        "Council approves new bus shelter\nplan for downtown stops",
        "By Nora Lindgren",
        "The town council voted 5-2 on\nTuesday to build six new bus\nshelters along Main Street, "
        "with\nwork to begin in the spring.",
        "HILLVIEW NOTES",
        "Library extends Sunday hours\nThe Hillview library will extend\nits Sunday hours to "
        "6 p.m.\nstarting next month.",
        "Pool repairs delay swim season\nRepairs to the town pool will\ndelay the start of the "
        "swim\nseason by two weeks.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Council approves new bus shelter plan for downtown stops",
        "Library extends Sunday hours", "Pool repairs delay swim season"]


def test_a_market_table_row_is_a_box_row() -> None:
    """Rows of a market table, a label and three figures each (`Grain index 1,204.55 12.40
    1.04`), make a box that is skipped, its title and column names with it: the story under it
    keeps its own label and headline."""
    page = en(
        *MILL,
        "MARKET WATCH\nClose Chg %Chg\nGrain index 1,204.55 12.40 1.04\nFeeder cattle 245.10 "
        "-1.35 -0.55\nLumber (per 1,000 ft) 512.00 4.50 0.89",
        "SMALL BUSINESS\nBakery opens\nsecond shop",
        "Interview by Lena Park",
        "The Crumb Bakery opened its\nsecond shop on Elm Street on\nSaturday.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        (None, "Mill to reopen with 80 jobs"), ("SMALL BUSINESS", "Bakery opens second shop")]
    assert any("Grain index" in x for x in res.skipped)


def test_a_section_label_over_a_stories_label_is_the_pages() -> None:
    """Under the page's header, a label in capitals over another label over a headline: the
    first names the page's section (skipped), the second is the lead story's kicker."""
    page = en(
        "THE HILLVIEW POST | Monday, May 4, 2026 | B2",
        "BUSINESS & FARMS",
        "AGRICULTURE\nDairy co-op adds\na cheese line",
        "By Tom Reyes",
        "The Hillview Dairy Cooperative\nwill add a cheese line at its\nplant on Route 9 this "
        "summer.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("AGRICULTURE", "Dairy co-op adds a cheese line")]
    assert any("BUSINESS & FARMS" in x for x in res.skipped)


_NIGHT = ("深夜十一点，县城东门的修车铺还亮着灯。六十二岁的修车师傅欧阳德明蹲在地上，给一辆"
          "送外卖的电动车补胎。他说，夜里出来跑单的年轻人多，车子坏在半路最着急，所以他总是守在这间小铺子里")
_NIGHT_GOES_ON = ("每天都要守到凌晨一点才收摊。这些年，他记不清帮多少人补过胎、换过链条，"
                  "遇到手头紧的，他常常只收个材料钱。")


def test_a_photo_without_caption_set_into_open_text_does_not_cut_the_story() -> None:
    """A photo's title and credit, no caption, set into a sentence left open: the photo is an
    item of its own and the story goes on past its credit as one story."""
    page = zh("东门修车铺的灯", "本报记者 白露", *column(_NIGHT), "夜修", "本报记者 江帆 摄",
              *column(_NIGHT_GOES_ON, indent=0))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("东门修车铺的灯", "本报记者 白露"), ("夜修", "本报记者 江帆 摄")]
    assert "".join(res.stories[0].paragraphs).endswith("只收个材料钱。")


_ESSAY = ("每到冬天，母亲总会在窗台上晒一排萝卜干。阳光好的日子，满屋子都是萝卜的清香，"
          "那是我记忆里最踏实的味道。")
_LETTER_A = ("学校北门外的人行道上常年停满共享单车，上下学高峰时行人只能走到机动车道上，"
             "很不安全。建议有关部门划定停放区，定时清理。")
_LETTER_B = ("图书馆三楼的饮水机坏了快一个月，一直没有人来修，希望后勤部门尽快处理。")


def test_who_writes_before_the_name_signs_a_letter_or_bylines_an_essay() -> None:
    """A school paper's writers: a student reporter (`学生记者 X Y`), an essay's `□ 学院 年级
    姓名` byline, and letters signed with who the writer is and the name, under a column head
    of selected letters; each name goes to its own piece, none into a headline."""
    page = in_blocks([
        ["窗台上的萝卜干", "□ 文学院2023级 骆清"], column(_ESSAY),
        ["读者来信选登"],
        ["北门人行道停车乱象亟待治理"], column(_LETTER_A), ["机械学院2022级本科生 蓝亦舟"],
        ["图书馆饮水机该修了"], column(_LETTER_B), ["退休职工 柏惠兰"],
        ["校运动会落幕", "学生记者 程诺 温雅"], column(A_BODY)])
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("窗台上的萝卜干", "□ 文学院2023级 骆清"),
        ("北门人行道停车乱象亟待治理", "机械学院2022级本科生 蓝亦舟"),
        ("图书馆饮水机该修了", "退休职工 柏惠兰"),
        ("校运动会落幕", "学生记者 程诺 温雅")]


def test_a_lead_headline_of_two_even_phrases_under_the_header_is_no_banner() -> None:
    """Two phrases of one length at the page's top are a banner slogan, unless a headline's
    second line and a byline follow them: then they are the lead's headline."""
    page = zh("青河农民报 2025年10月15日 星期三 第3版", "秋粮颗粒归仓 农户笑逐颜开",
              "全县已收购中晚稻九千吨", "本报记者 何川", *column(A_BODY))
    res = split_page(page)
    assert res.stories[0].headline == "秋粮颗粒归仓 农户笑逐颜开 全县已收购中晚稻九千吨"


def test_a_box_title_with_its_dates_in_brackets_goes_with_the_box() -> None:
    """A price table's title carries its week in brackets (`本周蔬菜批发价格（6月2日—6月8日）`):
    it is the box's title (skipped with it), not the headline of the text under the box."""
    page = zh("青河镇农贸市场改造完工", "本报记者 何川", *column(A_BODY),
              "本周蔬菜批发价格（6月2日—6月8日）", "品种 均价（元/斤） 环比",
              "白菜 0.85 +6.3%", "土豆 1.20 -1.5%", "西红柿 2.40 持平", "数据来源：县农业农村局",
              *column(B_BODY, indent=0))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["青河镇农贸市场改造完工"]
    assert any("本周蔬菜批发价格" in x for x in res.skipped)


def test_a_headlines_second_line_printed_over_a_box_is_no_box_title() -> None:
    """A headline printed after its story's text, its second line in one block with its first
    and a blank line between it and the standings box under it: the line is the headline's,
    not the box's title."""
    page = en(
        "Town FC drew 1-1 with Alder\nRovers on Saturday, a point\nthat keeps them in third place.",
        "— From staff reports",
        "Town FC held to a draw\nat Alder Rovers",
        "EASTERN LEAGUE\nP W D L Pts\nCastle Vale 12 8 2 2 26\nAlder Rovers 12 7 3 2 24\n"
        "Town FC 12 7 2 3 23",
        "PREP NOTES",
        "Bell runners win county meet\nThe Bell runners won the county\nmeet on Friday at Lake "
        "Park.")
    res = split_page(page)
    assert [s.headline for s in res.stories][:1] == ["Town FC held to a draw at Alder Rovers"]


def test_a_head_run_in_with_one_space_whose_words_its_text_repeats() -> None:
    """Under a label no table names, a brief's head runs into its text with one space (`Swim
    club adds masters lane The`): its words come again in the text, so the line is cut there;
    the label heads the column of briefs (skipped), no brief's kicker."""
    page = en(
        "Council approves new bus shelter\nplan for downtown stops",
        "By Nora Lindgren",
        "The town council voted 5-2 on\nTuesday to build six new bus\nshelters along Main Street.",
        "WEEKEND SHORTS",
        "Swim club adds masters lane The\nHillview Swim Club will add a\nmasters lane for adult "
        "swimmers\nstarting next week.",
        "Pool repairs delay swim season\nRepairs to the town pool will\ndelay the start of the "
        "swim\nseason by two weeks.")
    res = split_page(page)
    assert [s.headline for s in res.stories][1:] == [
        "Swim club adds masters lane", "Pool repairs delay swim season"]
    assert res.stories[1].paragraphs[0].startswith("The Hillview Swim Club will add")
    assert res.stories[1].kicker is None and "WEEKEND SHORTS" in res.skipped


def test_listings_rows_by_day_and_time_are_skipped_with_their_heads() -> None:
    """A cinema's and a television listing's rows open with an abbreviated day and hold a
    clock time (`Fri.-Sun.: "Ice Road" (PG) 7 p.m.`, `Sat. 6:30 p.m. Ch. 11: …`): box rows,
    skipped with their heads, never a story."""
    page = en(
        *MILL,
        "AT THE LYRIC\nFri.-Sun.: \"Ice Road\" (PG) 7 p.m.; Sun. matinee 2 p.m.",
        "ON TV THIS WEEK\nWed. 7 p.m. Ch. 4: Girls basketball, Hillview vs. Alder\n"
        "Sat. 6:30 p.m. Ch. 11: \"Garden Hour\" visits Otter Pond")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Mill to reopen with 80 jobs"]
    assert any("Ice Road" in x for x in res.skipped) and any("Garden Hour" in x for x in res.skipped)


def test_a_classified_ad_with_an_abbreviated_street_is_skipped() -> None:
    """A classified ad under the classifieds' head, whose street's abbreviation (`Elm St.`)
    reads like a sentence's end: one sentence and an abbreviation are no body text."""
    page = en(
        *MILL,
        "CLASSIFIEDS",
        "FOR SALE: Oak table, six chairs, $200. Call 555-0199.",
        "YARD SALE: Sat. 8-noon, 14 Elm St. Tools, lamps, toys.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Mill to reopen with 80 jobs"]
    assert any("14 Elm St." in x for x in res.skipped)


def test_a_brief_whose_text_opens_from_its_day_starts_under_its_head() -> None:
    """In a column of briefs (a blank line after every line), a head as wide as the column
    over a text that opens from its day (`从9月7日起，…`) is the next brief's headline, not a
    line of the brief above."""
    lines = ["快 讯", "青河港货物吞吐量创同期新高", "本报讯 （记者 何 川）记者从",
             "青河港务公司获悉，今年1-8月，", "青河港累计完成货物吞吐量",
             "86.4万吨，同比增长14.2%，", "创历史同期新高。其中，内河集",
             "装箱航线新增3条，已通达沿江", "各地的21个港口。",
             "县政务大厅9月起周六照常办公", "从9月7日起，县政务服务大厅周",
             "六上午9:00至12:00照常办公，", "可办理社保、医保、公积金、不",
             "动产登记等132项高频事项。", "（通讯员 乔 木）"]
    res = split_page(zh(*[x for line in lines for x in (line, "")]))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("青河港货物吞吐量创同期新高", "本报讯（记者何川）"),
        ("县政务大厅9月起周六照常办公", "（通讯员乔木）")]


def test_a_weather_box_and_an_ad_on_a_page_without_blank_lines_are_skipped() -> None:
    """No blank lines: a forecast's sentence under the weather box's head and its source's
    dash line go with the box; an ad's name and slogan over its ordering line go with the ad;
    neither becomes a story nor a stack."""
    page = zh("青河镇农贸市场改造完工", "本报记者 何川", *column(A_BODY),
              "田间天气", "未来三天全县多云转晴，气温10℃～21℃，适宜晾晒和秋播。", "——县气象台",
              "金穗牌有机肥 有机质45%", "秋播底肥好帮手 各乡镇农资店有售", "订购电话：400-123-4567",
              "县图书馆开展少儿阅读活动", "本报记者 江帆", *column(B_BODY))
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("青河镇农贸市场改造完工", None), ("县图书馆开展少儿阅读活动", None)]
    assert any("适宜晾晒" in x for x in res.skipped) and any("金穗牌" in x for x in res.skipped)


def test_a_narrow_columns_line_before_quotation_marks_set_full_width_goes_on() -> None:
    """A blank line after every line, a narrow column: a line without a pause mark over a line
    whose quotation marks a Chinese face sets full width (`招生全部实行“阳光分班”，`) is as wide
    as the column, no indent: the text goes on, no headline stands inside it."""
    lines = ["全县秋季开学工作会议召开", "新增学位三千个", "本报讯 （记者 何 川 实",
             "习生 蓝 天）9 月 2 日上", "午，全县2024年秋季开学工", "作会议召开。记者从会上获",
             "悉，今年秋季全县新改扩建", "中小学、幼儿园12所，新增", "学位3000个，其中城区新",
             "增学位2100个，主要集中在", "城东新区、高铁新城等人口", "流入较快的片区。",
             "全县义务教育阶段公办学校", "招生全部实行“阳光分班”，", "随迁子女在公办学校就读比",
             "例达到93.5%。会议要求，", "各校要落实校园安全责任。"]
    res = split_page(zh(*[x for line in lines for x in (line, "")]))
    assert [s.headline for s in res.stories] == ["新增学位三千个"]
    assert res.stories[0].paragraphs[-1].startswith("全县义务教育阶段公办学校招生全部实行")


def test_a_heading_over_a_storys_opening_byline_in_its_block_is_a_headline() -> None:
    """Blank lines between blocks: a line without punctuation nearly as wide as the column,
    printed in one block over a story's opening byline (`本报讯 （记者 X）…`), is that
    story's headline, not the last line of the photo's caption above."""
    page = in_blocks([
        ["县图书馆开展少儿阅读活动", "本报记者 江帆"], column(B_BODY, width=48),
        ["广场舞 展风采", "5月9日，县老年大学舞蹈班学员在县文化广场表演",
         "扇子舞《茶山情歌》。县老年大学今年春季学期开设书", "法、声乐、舞蹈、智能手机应用等课程21门，在校学员",
         "达到1560人。", "本报记者 汤宁 摄"],
        ["县人民医院试点“无陪护病房”", "本报讯 （记者 贺 朗）5月6日，", "县人民医院在骨科、神经内科试点开",
         "设“无陪护病房”，首批设置床位40张。", "入住病房的患者由医院统一安排经过",
         "培训的护理员提供生活照护。"]])
    res = split_page(page)
    assert (res.stories[-1].headline, res.stories[-1].byline) == (
        "县人民医院试点“无陪护病房”", "本报讯（记者贺朗）")
    assert res.stories[-2].paragraphs[-1].endswith("在校学员达到1560人。")


def test_a_poem_under_its_byline_is_its_text_a_line_to_a_paragraph() -> None:
    """A poem set a line to a verse under its headline and byline: its short ragged lines are
    its text, each line a paragraph, not a headline stack; the next piece's column tag and
    headline over its byline still head that piece."""
    verse = ["立冬这天，青河瘦了一圈", "芦苇把白头发", "一根一根交给风", "父亲在田埂上走",
             "脚印里盛着薄薄的霜", "而大雁早已出发", "寄往我够不着的南方"]
    page = zh("4 2025年11月7日 星期五 副刊", "青河", "第2176期", "母亲的腌菜坛", "□ 谭素秋",
              *column(A_BODY), "立冬帖", "□ 白小舟", *verse, "长篇连载", "渡口（十二）", "□ 石川",
              *column(B_BODY), "（未完待续）")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("母亲的腌菜坛", "□ 谭素秋"), ("立冬帖", "□ 白小舟"), ("渡口（十二）", "□ 石川")]
    assert res.stories[1].paragraphs == verse
    assert "（未完待续）" in res.skipped and "长篇连载" in res.skipped


def test_a_calligraphys_credit_and_a_brief_head_wrapped_before_its_gap() -> None:
    """A calligraphy's credit (`周墨林 书`) closes the work as a photo's credit does; a brief's
    head the column wrapped before its ideographic gap (`《青河县志（1990—2020）》出` /
    `版发行　近日，…`) is one head over its text, in a column no head names."""
    page = zh("青河镇农贸市场改造完工", "本报记者 何川", *column(A_BODY),
              "秋声赋（节选）", "周墨林 书",
              "县图书馆开展少儿阅读活动", "本报记者 江帆", *column(B_BODY),
              "《青河县志（1990—2020）》出", "版发行\u3000近日，由县地方志办公室编纂的",
              "《青河县志（1990—2020）》正", "式出版发行。全书共32篇、186万字。")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("青河镇农贸市场改造完工", "本报记者 何川"), ("秋声赋（节选）", "周墨林 书"),
        ("县图书馆开展少儿阅读活动", "本报记者 江帆"), ("《青河县志（1990—2020）》出版发行", None)]


def test_a_box_score_and_standings_with_halves_are_skipped() -> None:
    """A baseball box score (a header of abbreviations, batting rows, a line score, notes of
    abbreviations and dashes, pitching lines with a decision after the name) and standings
    with games behind in halves or a dash, on a page without blank lines: all box, no story."""
    page = Page(source="p3.txt", lang="en", page_no=3, lines=(
        "Gulls sweep Rivermen", "By Nate Lowry", "Mateo Ortega homered twice as the Gulls beat",
        "the Rivermen 7-5 on Sunday to finish a sweep.",
        "RIVERMEN 5, GULLS 7", "Pell River ab r h bi Corliss Bay ab r h bi",
        "Holloway cf 4 1 1 0 Ferrante c 4 1 2 1", "Totals 34 5 9 5 Totals 32 7 10 7",
        "E — Quist. LOB — Pell River 6, Corliss Bay 5. 2B — Baptiste.",
        "IP H R ER BB SO", "Whitlock W,11-6 6 6 3 3 1 8", "Benn 1 2 2 2 0 1", "Okoro S,24 2 1 0 0 0 3",
        "T — 2:41. A — 6,112.",
        "NORTHERN DIVISION W L Pct. GB", "Tamsin Harbor 70 48 .593 —", "Corliss Bay 68 49 .581 1½",
        "Ferris Point 61 56 .521 8½",
        "SPORTS BRIEFLY", "Kessler wins club title  Anya Kessler shot a final-round 68",
        "to win the club championship by four strokes on Sunday.",
        "Youth soccer signups  Registration for the youth soccer",
        "fall season closes Friday."))
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Gulls sweep Rivermen", "Kessler wins club title", "Youth soccer signups"]
    text = " ".join(p for s in res.stories for p in s.paragraphs)
    assert "Whitlock" not in text and "LOB" not in text and "8½" not in text


def test_a_labels_headline_a_photo_set_into_text_and_notes_submitted() -> None:
    """Blank lines between blocks: under a label in capitals, a headline with a comma and
    figures (`Harvest Supper feeds 300, raises` / `record $9,100 for pantry`) is the headline;
    a photo set into the text after an open line, its caption a block over its credit, leaves
    the story whole though the text under it goes on from a name; an item closed by `—
    Submitted by X` ends there, and the notes column under it holds its own briefs."""
    page = en(
        "GIVING BACK\nHarvest Supper feeds 300, raises\nrecord $9,100 for pantry",
        "By Lorna Vick",
        "HILLVIEW — The line outside the\nGrange hall stretched past the fire\nstation by 5 "
        "p.m. Saturday. The money\narrives at a hard time for the pantry,\nsaid Director Owen",
        "Volunteers Irene Okafor, left, and Tom\nBrandt dish out squash during the Harvest\n"
        "Supper on Saturday.\nDALE FENWICK / Sentinel",
        "Prask, who added that the pantry now\nserves 230 households a month.",
        "Rotary hears plans for trail bridge\nThe Hillview Rotary Club hears plans\nfor a trail "
        "bridge over Sable Creek.\n— Submitted by Marjorie Tull",
        "CHURCH NOTES",
        "Blessing of the animals  St. Brendan\nChurch will hold its blessing of the\nanimals at "
        "10 a.m. Sunday.",
        "Rummage sale at First Lutheran  First\nLutheran Church will hold its fall\nrummage sale "
        "on Saturday.")
    res = split_page(page)
    assert [(s.kicker, s.headline, s.byline) for s in res.stories] == [
        ("GIVING BACK", "Harvest Supper feeds 300, raises record $9,100 for pantry", "By Lorna Vick"),
        (None, None, "DALE FENWICK / Sentinel"),
        (None, "Rotary hears plans for trail bridge", "— Submitted by Marjorie Tull"),
        (None, "Blessing of the animals", None), (None, "Rummage sale at First Lutheran", None)]
    assert res.stories[0].paragraphs[-1].endswith("said Director Owen Prask, who added that the "
                                                  "pantry now serves 230 households a month.")


def test_no_blank_lines_a_headline_wraps_narrower_and_a_letter_signs_with_a_role() -> None:
    """A page without blank lines: a header with its parts parted by bullets is furniture; a
    headline's second line no wider than its first goes on with it (`Five questions for Pine
    Ridge` / `High's new principal`), a writer's name under it is the byline; a letter signed
    with a dash, the name, a role and a body (`— Walt Dressler, president, Alder County Fair
    Board`) is signed by that line."""
    page = Page(source="p3.txt", lang="en", page_no=3, lines=(
        "A5 LOCAL NEWS The Hillview Sentinel • Thursday, September 12, 2024",
        "Five questions for Pine Ridge", "High's new principal", "By Nora Pelletier",
        "Denise Albright took over as principal", "of Pine Ridge High School in July.",
        "LETTERS TO THE EDITOR", "Thanks to the volunteers at the fair",
        "On behalf of the county fair board, I", "want to thank the more than 200",
        "volunteers who staffed the gates.",
        "— Walt Dressler, president, Alder County Fair Board"))
    res = split_page(page)
    assert [(s.headline, s.subheadline, s.byline) for s in res.stories] == [
        ("Five questions for Pine Ridge High's new principal", None, "By Nora Pelletier"),
        ("Thanks to the volunteers at the fair", None,
         "— Walt Dressler, president, Alder County Fair Board")]
    assert res.skipped[0].startswith("A5 LOCAL NEWS")


def test_a_paragraph_a_line_chinese_photo_set_between_paragraphs() -> None:
    """One paragraph to a line: a weather line with two days' forecasts is furniture; a byline
    closing on 文 is a byline; a caption that says who stands where (`（左）`) over a credit
    naming who gave the picture is a photo set between the story's paragraphs, and the story
    goes on under it."""
    paras = ["昨晚8点多，一场突如其来的强降雨袭击青河城区，短短一小时内降雨量超过60毫米，多处涵洞出现积水。" * 2,
             "晚上8点40分许，一辆公交车行驶至金湖路涵洞时被积水围困，车内有8名乘客，其中包括两名老人和一名孩子。" * 2]
    after = ["事后，浑身湿透的司机只说了一句：“乘客的安全就是我的责任。”记者从市公交集团了解到，被困车辆已拖离现场。" * 2]
    page = zh("今日天气 雷阵雨转多云 22℃～29℃ 东南风3～4级 明日 多云 23℃～30℃", "",
              "昨晚强降雨突袭城区", "司机蹚水背出8名乘客", "晚报记者 林晓 通讯员 吴思远 文", "",
              *paras, "陈国平（左）背着乘客蹚水走出涵洞。", "乘客 刘女士 供图", *after, "",
              "县图书馆开展少儿阅读活动", "晚报记者 江帆", "", B_BODY * 3, "")
    res = split_page(page)
    assert [(s.headline, s.byline, len(s.paragraphs)) for s in res.stories] == [
        ("昨晚强降雨突袭城区 司机蹚水背出8名乘客", "晚报记者 林晓 通讯员 吴思远 文", 3),
        (None, "乘客 刘女士 供图", 1), ("县图书馆开展少儿阅读活动", "晚报记者 江帆", 1)]
    assert any("今日天气" in x for x in res.skipped)


def test_a_brief_a_line_long_with_its_head_run_in_and_a_box_of_units_and_changes() -> None:
    """One paragraph to a line: briefs whose heads run into their text with one space, cut
    where the text repeats the head (`Credit union names CEO` / `Bayshore Community Credit
    Union has named…`, not at `CEO`); a box's rows of a figure, its unit and a change (`Lumber
    96,000 tons +18%`) go with the box, no deck."""
    long = "The company said the new line will open in the spring and add about forty jobs."
    page = en(
        "Foundry to add 40 jobs", "By Priya Raman", "DUNMORE — " + long + " " + long,
        "BUSINESS BRIEFS",
        "Bakery opens second shop Loaf & Ladle, the Harbor Street bakery, will open a second "
        "shop on Route 9 in July and hire 12 people.",
        "Credit union names CEO Bayshore Community Credit Union has named Lorraine Tobin its "
        "chief executive, effective July 1, the credit union said.",
        "Port cargo up 7% in May", "By Herald Staff",
        "PORT CARGO, MAY\nLumber 96,000 tons +18%\nGrain 131,000 tons +11%\nContainers 8,420 boxes 0%",
        "KESTREL BAY — Cargo moving through the port rose 7% in May from a year earlier, the "
        "port said Monday, led by lumber and grain shipped by rail.")
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("Foundry to add 40 jobs", None), ("Bakery opens second shop", None),
        ("Credit union names CEO", None), ("Port cargo up 7% in May", None)]


def test_a_compound_adjectives_hyphen_at_a_line_end_stays() -> None:
    """A line-final hyphen before a compound adjective's second half (`district-` / `owned
    land`, `state-` / `funded`) is the compound's, whatever the first half; a soft hyphen
    inside a word still goes (`of-` / `ficials`)."""
    page = en("Levy on ballot", "By Nora Pelletier",
              "The school would rise on district-\nowned land, and state-\nfunded grants would "
              "help, of-\nficials said Monday.")
    res = split_page(page)
    assert res.stories[0].paragraphs == [
        "The school would rise on district-owned land, and state-funded grants would help, "
        "officials said Monday."]


def test_a_reviews_star_rating_is_skipped_and_a_decks_soft_hyphen_goes() -> None:
    """A review's rating in stars (`★★★ (out of four) | Hollow Pine Records`) is its info box,
    never its deck; a deck that breaks a word with a soft hyphen (`'The Lan-` / `tern Year'`)
    reads whole."""
    page = en(
        "Five questions for Teodora Wyse",
        "The novelist's third book, 'The Lan-\ntern Year,' comes out Tuesday",
        "By Felix Marr",
        "Teodora Wyse's first two novels were\nset in the valley where she grew up.",
        "MUSIC\nLark & Tether find their\nfooting on 'Salt Year'",
        "★★★ (out of four) | Hollow Pine Records",
        "The duo spent their first two records\nsounding like a band looking for a reason.")
    res = split_page(page)
    assert [(s.kicker, s.headline, s.subheadline) for s in res.stories] == [
        (None, "Five questions for Teodora Wyse",
         "The novelist's third book, 'The Lantern Year,' comes out Tuesday"),
        ("MUSIC", "Lark & Tether find their footing on 'Salt Year'", None)]
    assert any(x.startswith("★★★") for x in res.skipped)


def test_an_opinion_pages_staff_box_and_a_deck_with_its_pause() -> None:
    """An opinion page's staff box (`Founded 1882`, `Carla Munroe, Publisher`, `Janine Abara,
    Opinion Editor`) is furniture, not the editorial's headline; one paragraph to a line, the
    line under the headline holding a clause with its pause is the deck."""
    page = en(
        "OPINION",
        "THE HILLVIEW TRIBUNE\nFounded 1882\nCarla Munroe, Publisher\nJanine Abara, Opinion Editor",
        "OUR VIEW\nA school bond finally passes. Now spend it wisely\nBoard earned voters' trust "
        "by listening; it must keep earning it with open books\nHillview voters did something "
        "Tuesday that they have not done in nearly twenty years: they approved a school bond. "
        "The board should now publish every contract it signs.\nThe measure passed with 57% of "
        "the vote, enough to clear the threshold by a comfortable margin in every precinct.\n"
        "That trust is a loan, not a gift, and the board will be repaying it for the next "
        "twenty years, one contract and one classroom at a time.")
    res = split_page(page)
    assert [(s.kicker, s.headline, s.subheadline) for s in res.stories] == [
        ("OUR VIEW", "A school bond finally passes. Now spend it wisely",
         "Board earned voters' trust by listening; it must keep earning it with open books")]


def test_a_price_boxs_title_over_its_unit_note_under_a_photos_credit() -> None:
    """A price box under a photo's credit: its title, its note of date and unit in brackets,
    its column heads and its rows (`猪肉（五花） 18.00 15.00 16.50`) are the box's, not the next
    story's headline."""
    page = zh("青河镇农贸市场改造完工", "本报记者 何川", *column(A_BODY),
              "新市场一角", "6月10日，市民在新市场选购蔬菜。", "通讯员 蒲远 摄",
              "青河主要农贸市场价格", "（6月9日 单位：元/500克）", "品名 最高价 最低价 均价",
              "猪肉（五花） 18.00 15.00 16.50", "鸡蛋 5.20 4.60 4.90", "大白菜 2.00 1.50 1.80",
              "数据来源：县发展改革委", "县图书馆开展少儿阅读活动", "本报记者 江帆", *column(B_BODY))
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "青河镇农贸市场改造完工", "新市场一角", "县图书馆开展少儿阅读活动"]


def test_a_wrapped_interview_subheadline_keeps_its_tail() -> None:
    """An interview's `——对话…` subheadline the column wrapped, its last words alone on the
    next line (`律师邬晴`) over the byline: one subheadline, not a headline's tail."""
    page = zh("租房押金迟迟不退怎么办？", "——对话青河县法律援助中心", "律师邬晴", "本报记者 何川",
              *column("记者：不少租客反映，退租后押金迟迟拿不回来，遇到这种情况该怎么办？"),
              *column("邬晴：首先要保留好租赁合同和交接清单，必要时可以申请法律援助。"))
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("租房押金迟迟不退怎么办？", "——对话青河县法律援助中心律师邬晴")]


def test_a_letters_signature_spaced_with_an_ideographic_space_is_no_run_in_head() -> None:
    """A letter signed `石门镇云雾村村民　符永福` (who the writer is, an ideographic space, the
    name) closes the letter as its byline; the space is no brief head's gap."""
    page = zh("感谢镇卫生院的好医生们", *column("我想通过贵报，向镇卫生院的刘晓梅医生和她的团队说一声谢谢！"),
              "石门镇云雾村村民\u3000符永福", "县图书馆开展少儿阅读活动", "本报记者 江帆", *column(B_BODY))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("感谢镇卫生院的好医生们", "石门镇云雾村村民 符永福"), ("县图书馆开展少儿阅读活动", "本报记者 江帆")]


def test_a_fact_boxs_rows_of_label_colon_and_figure_are_skipped() -> None:
    """A fact box of rows each a label, a colon and a figure (`Amount: $18.5 million over 20
    years`, `Cost: about $113 a year`) under its title, on a page without blank lines, goes
    with its box, not with the story around it."""
    page = Page(source="p3.txt", lang="en", page_no=3, lines=(
        "School levy headed to ballot", "By Nora Pelletier",
        "Voters will decide Nov. 5 whether to", "borrow $18.5 million for a new school.",
        "LEVY AT A GLANCE", "Amount: $18.5 million over 20 years",
        "Cost: about $113 a year on a $200,000 home", "State match: about $4.1 million",
        "Fire district hires full-time chief", "By Sam Ortiz",
        "The Alder Township Fire District hired", "its first full-time chief on Tuesday."))
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "School levy headed to ballot", "Fire district hires full-time chief"]
    assert not any("Amount:" in p for s in res.stories for p in s.paragraphs)


def test_a_supplements_name_and_a_clinic_column_are_column_logos() -> None:
    """A literary supplement's name (`青园`) and a column named for an expert's clinic
    (`专家坐诊`) over one piece's headline are column logos, skipped, not the headline's
    first words."""
    page = zh("青园", "外婆的桂花糖", "□ 何以宁", *column("每年秋天，校园里的桂花一开，我就会想起外婆做的桂花糖。"),
              "专家坐诊", "冬小麦播种在即 这几件事要做好", "本报记者 邵禾",
              *column("寒露过后，全县冬小麦即将进入播种期。今年播种要注意哪些问题？"))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["外婆的桂花糖", "冬小麦播种在即 这几件事要做好"]
    assert "青园" in res.skipped and "专家坐诊" in res.skipped
