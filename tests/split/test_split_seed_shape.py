"""Cues found when the labeller took over the seed's shape (a blank line after every column
line) from the old scanner: small invented pages, each failing without its cue."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.roles import W, Labeller
from audiopaper.split.shape import page_lines

from .conftest import column, page_text


def zh(text: str) -> Page:
    return Page(source="p4.txt", lang="zh", page_no=4, lines=tuple(text.split("\n")))


def en(text: str) -> Page:
    return Page(source="a1.txt", lang="en", page_no=1, lines=tuple(text.split("\n")))


def test_a_short_line_over_a_continued_from_opening_is_a_headline_not_the_header() -> None:
    """A section-name-shaped line (2-6 characters) right under the page header is its
    headline when the next line opens a body with `（上接第1版）`."""
    page = zh(page_text("综合新闻 2025年6月6日 星期五 4", "坚持项目为王",
                        *column("（上接第1版）推进会要求，各级各部门要紧盯年度目标，实行专班推进机制。"),
                        "让办事不求人成为常态", "□ 乔 木",
                        *column("走进县政务服务中心，取号、咨询、办理、评价，一气呵成。")))
    first = split_page(page).stories[0]
    assert (first.headline, first.continued_from) == ("坚持项目为王", 1)


def test_a_line_ending_on_a_colon_goes_on_into_the_text_below() -> None:
    """`经验：` alone on a line after open text introduces what follows: no headline."""
    page = zh(page_text("一位乡村教师的二十年坚守", "本报记者 龙 静",
                        *column("早上七点，青冈小学的上课铃准时响起。谈起自己的坚守，她总结了三条"),
                        "经验：", *column("一是把每个孩子都当成自己的孩子，不让一个学生掉队。", indent=0),
                        *column("二是多读书、多学习。")))
    (story,) = split_page(page).stories
    assert story.headline == "一位乡村教师的二十年坚守"
    assert "三条经验：一是" in "".join(story.paragraphs)


def test_abbreviations_are_no_sentence_ends_so_a_header_line_stays_furniture() -> None:
    """`Vol. 114, No. 157` and `10 a.m.` end no sentence: the dateline and a service line of
    40+ characters are still furniture, not running text."""
    dateline = "FRIDAY, JUNE 6, 2025 • Vol. 114, No. 157 • 75 cents"
    service = "Delivery problems? Call 541-555-0190 before 10 a.m."
    page = en(page_text("Kettle Creek Gazette", dateline, "Old Pine Street bridge to close",
                        "By Lena Marsh, Staff Writer", "KETTLE CREEK — The Pine Street bridge",
                        "will close for a year starting in July,", "county commissioners decided on",
                        "Wednesday after a long debate.", service))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Old Pine Street bridge to close"]
    assert any(dateline in x for x in res.skipped) and any(service in x for x in res.skipped)


def test_a_banner_printed_in_one_block_with_a_kicker_is_the_headline() -> None:
    """Parallel phrases at the head of the page are a banner slogan alone, but printed in one
    block with the line above (no blank between them) they are that story's headline."""
    page = zh(page_text("A07 文体新闻 2025年7月12日 星期六", ("第五届梅岭市民运动会开幕", "全民健身 乐享运动"),
                        "晚报讯（记者 邵 岚）",
                        *column("7月11日晚，第五届梅岭市民运动会在市体育中心开幕。本届运动会设置篮球、游泳等项目。")))
    (story,) = split_page(page).stories
    assert (story.kicker, story.headline) == ("第五届梅岭市民运动会开幕", "全民健身 乐享运动")


def test_a_line_whose_words_come_again_in_the_text_under_it_reads_as_a_headline() -> None:
    """A line without punctuation whose words open the text below (word for word, or nearly
    every character pair) is a headline's; a line of running text that shares some of the
    story's words is not."""
    page = zh(page_text("A07 文体新闻 2025年7月12日 星期六", "城北片区新增公共停车位800个",
                        *column("截至6月上旬，城北片区新建的3个公共停车场已全部投入使用，新增停车位800个。"
                                "城北片区停车难的问题得到缓解，周边居民出行更加方便。", 28, indent=0)))
    lines, shape = page_lines(page.lines)
    lab = Labeller(lines, shape, "zh")
    echoed = [x.s for i, x in enumerate(lines) if lab._echoed(i)]
    assert echoed == ["城北片区新增公共停车位800个"]
    with_echo = lab.body_score(1)
    W["echoed"], saved = 0.0, W["echoed"]
    try:
        assert Labeller(lines, shape, "zh").body_score(1) > with_echo
    finally:
        W["echoed"] = saved


def test_a_photo_caption_joined_to_its_title_starts_at_its_date() -> None:
    """A picture's title printed in one block with the caption's first line: the caption
    (opening with its day) is the photo's text, not more headline."""
    caption = "3月15日，云岭镇龙塘村村民正在利用新修的灌溉渠引水灌溉麦田。"
    page = zh(page_text("2 2025年3月18日 星期二 要闻", "以更优营商环境激发新动能", "本报记者 钱 程",
                        *column("会议要求，各级领导干部要当好服务企业的“店小二”，主动上门问需解难，"
                                "做到有求必应、无事不扰，让企业家安心经营、放心投资、专心创业。", 28),
                        (" 春灌保丰收", "3月15日，云岭镇龙塘村村"), "民正在利用新修的灌溉渠引水灌",
                        "溉麦田。", " 记者 钱 程 摄"))
    photo = next(s for s in split_page(page).stories if s.kind == "photo")
    assert (photo.headline, photo.paragraphs) == ("春灌保丰收", [caption])


def test_a_first_line_opening_with_its_day_is_likelier_a_body_start() -> None:
    """A Chinese lead or caption opens with its day (`3月15日，`, `近日，`): such a line scores
    higher as a body's first line than the same line without the day."""
    page = zh(page_text("春灌保丰收", "3月15日，云岭镇龙塘村村", "村民正在利用新修的灌溉渠", "近日，龙塘村村民正在利"))
    lines, shape = page_lines(page.lines)
    lab = Labeller(lines, shape, "zh")
    dated, plain, recent = (lab.start_score(i) for i in (1, 2, 3))
    assert dated - plain == W["start_dated"] > 0 and recent - plain == W["start_dated"]


def test_a_headline_between_paragraphs_set_one_to_a_line() -> None:
    """Text saved with a paragraph to a line (no column to measure): a short line that ends no
    sentence, under a finished paragraph and over a longer line opening with a capital,
    could have held the next word, so no column broke it: it is a headline."""
    page = en(page_text("RIVERTON DAILY", "City council approves new budget", "By Anna Clark",
                        "The city council approved a new budget on Tuesday after a long debate. "
                        "The plan adds money for schools and roads.",
                        "Storm brings heavy rain to the valley",
                        "Heavy rain fell across the valley on Monday night. Several roads were "
                        "closed for a few hours."))
    heads = [s.headline for s in split_page(page).stories]
    assert heads == ["City council approves new budget", "Storm brings heavy rain to the valley"]


def test_a_brief_head_run_in_with_plain_spaces_in_a_brief_column() -> None:
    """Under a brief column's head, a headline run into the brief's first line with plain
    spaces (no ideographic space, no byline or date after it) is split off after a brief that
    ended; the same gap inside a number (`约2  600座`) is no head."""
    page = zh(page_text("综合简讯",
                        "全国秋粮收购进度过半  国家粮食局发布数据显示，秋粮收购已",
                        "过半。",
                        "新建粮库约2  600座，各地收购进展顺利。",
                        "县图书馆新增自助借还设备  县图书馆新增4台自助借还书设备，",
                        "读者刷身份证即可办理借还手续。"))
    stories = split_page(page).stories
    assert [s.headline for s in stories] == ["全国秋粮收购进度过半", "县图书馆新增自助借还设备"]
    assert "约2600座" in "".join(stories[0].paragraphs)


def test_a_headline_printed_with_a_column_head_over_its_subheadline() -> None:
    """A column head (`热线追踪`) printed in one block with a line of short phrases is a box,
    unless a `——` subheadline or a byline follows: then the line is the story's headline."""
    page = zh(page_text("要闻 2024年6月21日 星期五", "县法院发布典型案例",
                        *column("本报讯（记者 周 逸）6月20日，县法院发布涉老年人权益保护典型案例。"),
                        ("热线追踪", "小区路灯坏了两个月 谁来修？"), "——相关部门已完成维修", "本报讯（记者 周 逸）",
                        *column("“小区里的路灯坏了快两个月了，晚上出门黑漆漆的。”6月10日，居民反映。")))
    stories = split_page(page).stories
    assert [(s.headline, s.subheadline) for s in stories][1] == ("小区路灯坏了两个月 谁来修？", "——相关部门已完成维修")


def test_a_closing_byline_alone_under_the_last_paragraph_is_the_byline() -> None:
    """`（记者 陶 然）` on a line of its own after the last sentence, in a page without blank
    lines, is the story's byline, not a paragraph of its own."""
    page = zh("\n".join(["北站公交枢纽下月启用", "望潮北站公交枢纽已完成主体施工，预计10月15",
                         "日投入使用。枢纽设有公交泊位24个。", "（记者 陶 然）",
                         "城东片区周四停水12小时", "因供水管道碰头施工，9月25日8:00至20:00",
                         "东湖路一带将暂停供水。", "（记者 许 可）"]))
    stories = split_page(page).stories
    assert [s.byline for s in stories] == ["（记者陶然）", "（记者许可）"]
    assert all("记者" not in "".join(s.paragraphs) for s in stories)


def test_a_page_folio_of_number_and_section_is_the_header() -> None:
    """`A06 城事` at the top of the page is its folio (number and section), not a kicker."""
    page = zh("\n".join(["A06 城事", "2025年9月23日 星期二 本版编辑：苏 芮",
                         "老旧小区加装电梯按下“快进键”", "“住了二十多年，终于不用爬楼梯了！”9月20日上午，",
                         "江湾街道锦绣小区7幢的新电梯正式启用。"]))
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [(None, "老旧小区加装电梯按下“快进键”")]
    assert "A06 城事" in res.skipped[0]


def test_a_photo_credit_run_onto_the_captions_last_line_is_split_off() -> None:
    """`…回家。 晚报记者 石 岩 摄`: the credit printed after the caption's last sentence on the
    same line is a line of its own (the photo's credit), in Chinese and English."""
    lines, _ = page_lines(["新电梯“上岗”", "9月20日，锦绣小区居民乘坐新装的电梯回家。 晚报记者 石 岩 摄"])
    assert [x.s for x in lines] == ["新电梯“上岗”", "9月20日，锦绣小区居民乘坐新装的电梯回家。", "晚报记者 石 岩 摄"]
    lines, _ = page_lines(["SPRING THAW", "Kayakers paddle past ice floes. Photo by Ann Lee"])
    assert [x.s for x in lines][1:] == ["Kayakers paddle past ice floes.", "Photo by Ann Lee"]


def test_a_data_box_with_two_figures_a_line_and_its_title_is_skipped() -> None:
    """A data box under its column logo (`数读X`): a title, figure lines with one to three
    figures each, a source line; none of it is read, and the story under it keeps its stack."""
    page = zh("\n\n".join(["数读柘源\n前三季度全县经济运行\n地区生产总值 186.4亿元 增长6.1%\n"
                           "规上工业增加值 增长8.9%\n社会消费品零售总额 72.3亿元 增长5.2%\n"
                           "数据来源：县统计局 制图：周 航",
                           "龙潭镇晚熟柑橘开园采摘", "本报讯（记者 龚 晓）11\n月5日，龙潭镇晚熟柑橘"
                           "开园活动在青杠村举行。\n漫山遍野的橘树上挂满了金黄的果实。"]))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [("龙潭镇晚熟柑橘开园采摘", "本报讯（记者龚晓）")]
    assert any("186.4亿元" in x for x in res.skipped) and any("前三季度" in x for x in res.skipped)


def test_a_brief_head_parted_by_one_plain_space_in_a_brief_column() -> None:
    """In a brief column, after a brief that ended with its byline, a head parted from the
    brief's text by one plain space is split off; a two-part headline on one line at the foot
    of the page (nothing under it) is not."""
    page = zh("\n\n".join(["简 讯", "县消防救援大队开展冬季消防检查 近日，县消防救援\n大队对城区42家"
                           "场所开展检查。（记者 蒲文静）",
                           "滨江路部分路段实行临时交通管制 因污水管网改造施\n工，11月10日起"
                           "路段实行单向通行。\n（通讯员 赵 岚）"]))
    heads = [s.headline for s in split_page(page).stories]
    assert heads == ["县消防救援大队开展冬季消防检查", "滨江路部分路段实行临时交通管制"]
    lines, _ = page_lines(["简 讯", "县消防救援大队开展检查 近日，大队对场所开展检查。（记者 蒲文静）",
                           "我县新增2家小巨人企业 全县小巨人企业总数达到5家"])
    assert lines[-1].s == "我县新增2家小巨人企业 全县小巨人企业总数达到5家"


def test_a_weather_box_with_its_items_on_shared_lines_is_skipped() -> None:
    """A forecast box whose items share lines (`今日天气 晴转多云`, `8℃～17℃ 东北风2级`,
    `空气质量 良`) is furniture: each part is a weather item, so the line is one."""
    page = zh(page_text("2025年11月8日 星期六", "今日天气 晴转多云", "8℃～17℃ 东北风2级", "空气质量 良",
                        "县图书馆开设周末绘本课",
                        *column("本报讯（通讯员 谭 静）11月起，县图书馆每周六开设免费绘本课。")))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["县图书馆开设周末绘本课"]
    assert "东北风2级" in " ".join(res.skipped) and "空气质量 良" in " ".join(res.skipped)


def test_text_ending_in_a_jump_marker_is_no_headline() -> None:
    """A paragraph cut short by its jump (`要聚焦（下转第3版）`) ends the story's text here: it
    can be no display line (a headline printed after its body, as the line read before)."""
    page = zh(page_text("贺思远在全县推进会上强调",
                        *column("本报讯（记者 罗 佳）10月15日上午，全县四季度重点工作推进会召开。"),
                        "要聚焦（下转第3版）", "县图书馆开设周末绘本课"))
    lines, shape = page_lines(page.lines)
    lab = Labeller(lines, shape, "zh")
    i = next(k for k, x in enumerate(lines) if x.s.startswith("要聚焦"))
    em = lab.emissions(i)
    assert em[1] < -1e8 < em[5]  # display impossible, body possible
    assert [s.continued_to for s in split_page(page).stories][0] == 3


def test_the_header_ends_at_its_first_line_that_is_no_furniture() -> None:
    """`A06` / `城事` / the date line are the header; a short headline line right under it
    (`南延段`, shaped like a section name) is not, once a line that is no furniture came."""
    page = zh("\n".join(["A06", "城事", "2025年11月8日 星期六 本版编辑：宁 远", "地铁3号线", "南延段",
                         "月底开始空载试运行", "昨日，记者从泷城轨道交通集团获悉，地铁3号线",
                         "南延段工程已完成全部车站装修。", "（晚报记者 宁 珂）"]))
    (story,) = split_page(page).stories
    assert story.headline.replace(" ", "") == "地铁3号线南延段月底开始空载试运行"
    assert story.byline == "（晚报记者宁珂）"
