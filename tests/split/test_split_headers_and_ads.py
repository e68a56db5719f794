"""Cues added in session 16, each on invented text and each checked to fail on the code
before it: a page header the extraction wrapped at the column's width, a masthead whose motto
wrapped over the date line, a jumped story's head under the header where a blank line follows
every line, a one-word head run into a roundup's item, an ad whose contact line is set
with bars; in Chinese a staff line's name cut by the column, a headline's main line set as
parallel phrases, a photo's title a column's name could be, and a story's short last sentence
on a page extracted a paragraph to a line."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, text, tight

en = partial(blocks, "en", page_no=2)
en_lines = partial(every_line, "en", page_no=2)
en_tight = partial(tight, "en", page_no=2)
zh_tight = partial(tight, "zh", page_no=3)


def test_a_page_header_wrapped_at_the_column_is_furniture() -> None:
    """The folio line is wider than the column the text was wrapped at: its date breaks onto
    the next line, and neither half is the first story's head."""
    page = en_tight(
        "6C  THE MARSTON WEEKLY  THURSDAY, JUNE",
        "12, 2025",
        "OUR VIEW",
        "Fix the footbridge before the fair",
        "The footbridge over Sable Creek has been",
        "closed since the April flood, and the county",
        "fair opens in seven weeks on the far bank.",
        "Thousands of visitors will park on the east",
        "side and walk a mile around by the highway.",
        "The county has the money in its road fund.",
        "It should spend it now, before the crowds come.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Fix the footbridge before the fair"]
    assert res.stories[0].kicker == "OUR VIEW"
    assert "12, 2025" not in text(res)


def test_a_masthead_motto_wrapped_over_two_lines_stays_in_the_masthead() -> None:
    """The masthead's block runs three lines (its motto wrapped), the date line under it,
    wrapped too, and an index: all of it is the page's header, and the first story keeps its
    own kicker and head."""
    page = en("The Dunmore Courier\nServing Dunmore, Elk Hollow and the\nnorth shore since 1898",
              "MONDAY, MAY 5, 2025 | Vol. 127,\nNo. 88 | $1",
              "INSIDE\nComics B6 | Letters A4 | Sports\nB1",
              "SCHOOLS",
              "Board backs later start for high school",
              "By Ana Pruitt",
              "The Dunmore school board voted 5-2 on Thursday to start the high school day\n"
              "at 8:30 a.m. next fall, an hour later than now.",
              "Buses will run on a new schedule that the district will post in August.")
    res = split_page(page)
    assert res.stories[0].headline == "Board backs later start for high school"
    assert res.stories[0].kicker == "SCHOOLS"
    assert "north shore" not in " ".join(s.headline or "" for s in res.stories)


def test_a_jumped_story_head_under_the_header_is_no_pull_quote() -> None:
    """A blank line after every line; the header's date has commas, and the jumped story's
    label, head and `Continued from` line are printed together under it: the story's head,
    though its text goes on in lower case."""
    page = en_lines(
        "B4 | The Dunmore Courier | Monday, May 5, 2025",
        "BUDGET\nCity weighs cuts to summer programs\nContinued from Page B1",
        "pools would open two weeks later than usual, the parks director said.",
        "The council will vote on the plan on May 19 after a public hearing at City Hall.",
        "Parks staff said the later opening would save about $40,000 in lifeguard wages.",
        "Swim lessons would still begin on the first Monday of July, the director said.",
        "Council member Rosa Tate said she would ask for a smaller cut at the hearing.")
    res = split_page(page)
    assert res.stories[0].headline == "City weighs cuts to summer programs"
    assert res.stories[0].kicker == "BUDGET"
    assert res.stories[0].continued_from == 1
    assert res.stories[0].paragraphs[0].startswith("pools would open")


def test_one_word_heads_run_into_a_roundups_items() -> None:
    """A roundup's items open on indented lines, a sport's name run into the text with a gap
    of two spaces after an item that ended: each is a brief of its own under that name."""
    page = en_tight(
        "Otters top Grebes in season opener",
        "By Lee Marsh",
        "ELK HOLLOW — The Otters scored twice in the",
        "last five minutes to beat the Grebes 3-1 on",
        "Saturday at Shore Field.",
        "AREA ROUNDUP",
        "    Tennis  Dunmore's girls won the county",
        "team title Tuesday, beating Elk Hollow 4-1",
        "in the final at Lakeside Park.",
        "    Golf  Mira Haddad shot a 74 to win the",
        "conference medal on Wednesday at Pine Run.",
        "    Rowing  The Dunmore eight finished third",
        "at the state regatta on Sunday.")
    res = split_page(page)
    heads = [s.headline for s in res.stories]
    assert heads[-3:] == ["Tennis", "Golf", "Rowing"]
    assert res.stories[-2].paragraphs == [
        "Mira Haddad shot a 74 to win the conference medal on Wednesday at Pine Run."]


def test_an_ad_with_its_contact_line_set_with_bars_is_furniture() -> None:
    """An advertiser's name in capitals, an offer, and a line of a telephone number and a web
    address parted by bars, between two stories: the ad's, not a brief's."""
    page = en("Library adds Sunday hours",
              "The Dunmore Public Library will open from 1 to 5 p.m. on Sundays starting in June,\n"
              "the library board decided Tuesday.",
              "DUNMORE HARDWARE\nPorch paint 20% off this week only.\n555-0142 | dunmorehardware.example",
              "Pool passes on sale",
              "Season passes for the city pool go on sale Monday at the parks office on Main Street.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Library adds Sunday hours", "Pool passes on sale"]
    assert "Porch paint" not in text(res)
    assert "DUNMORE HARDWARE" in " ".join(res.skipped)


def test_a_staff_lines_name_cut_by_the_column_stays_with_it() -> None:
    """A chart's source and artist line fills the column and the artist's spaced name breaks
    at its space (`制图：林` / `远`): the character left over belongs to the line, not to the
    next story's headline."""
    page = zh_tight(
        "　　本报讯（记者 陈默）今年以来，我县新建村级快递服务站46个，农产品网销额同比增长",
        "二成以上，快递进村覆盖率达到百分之百。",
        "数读",
        "全县快递业务量 1280万件",
        "同比增长 18.6%",
        "数据来源：县邮政管理局 制图：林",
        "远",
        "县图书馆延长周末开放时间",
        "　　本报讯（通讯员 周宁）从本月起，县图书馆周六、周日开放时间延长至晚上9点，自习",
        "区新增座位80个，方便学生和上班族读书学习。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [None, "县图书馆延长周末开放时间"]
    assert "制图：林 远" in " ".join(res.skipped)


def test_parallel_phrases_under_a_headline_line_are_its_main_line() -> None:
    """Three phrases of three characters, printed under a line that reads as a kicker and
    over the text's first sentence: the headline, not a slogan between stories."""
    page = zh_tight(
        "县医院开通夜间门诊",
        "本报讯（记者 韦岚）为方便上班族就医，县人民医院从6月起开通内科、儿科夜间门诊，每天开诊至晚上9点。",
        "城关镇首届端午民俗节开幕",
        "赛龙舟 包香粽 挂艾草",
        "6月8日，城关镇首届端午民俗节在滨河公园开幕，12支龙舟队在河面上竞渡，岸边数千名群众呐喊助威。",
        "活动现场还设置了包粽子比赛和非遗手工展示区，吸引了不少家长带着孩子前来体验。（通讯员 罗青）",
        "县图书馆延长周末开放时间",
        "本报讯（通讯员 周宁）从本月起，县图书馆周六、周日开放时间延长至晚上9点，方便学生和上班族读书学习。")
    res = split_page(page)
    assert res.stories[1].kicker == "城关镇首届端午民俗节开幕"
    assert res.stories[1].headline == "赛龙舟 包香粽 挂艾草"


def test_a_column_name_over_a_caption_and_its_credit_is_the_photos_title() -> None:
    """A short line the tables know as a column's name (`…课堂`), over one caption and its
    photo credit, a story having ended above it: the photo's title."""
    page = zh_tight(
        "县里启动秋季农机安全检查",
        "本报讯（记者 韦岚）9月起，县农业农村局组织技术人员深入各乡镇，对拖拉机、收割机等农机开展安全检查，"
        "发现隐患当场督促整改，确保秋收期间农机作业安全。",
        "田间课堂",
        "9月12日，县农技员在石桥村为村民讲解水稻病虫害防治技术。",
        "通讯员 唐小雨 摄",
        "县城新增两条公交线路",
        "本报讯（记者 陈默）9月20日起，县城新开通8路、9路公交车，连接高铁站与城东新区，票价统一为1元。")
    res = split_page(page)
    photo = next(s for s in res.stories if s.byline == "通讯员 唐小雨 摄")
    assert photo.headline == "田间课堂"


def test_a_short_last_sentence_on_a_paragraph_to_a_line_page_is_its_own_paragraph() -> None:
    """A page extracted one paragraph to a line: a short sentence alone on its line under a
    paragraph that ended is a paragraph too (`会议还通报了其他事项。`), not the end of the one
    above."""
    long1 = ("会议指出，今年以来全县上下认真贯彻落实各项决策部署，经济运行总体平稳，重点项目加快推进，"
             "民生保障持续改善，社会大局和谐稳定，为完成全年目标任务打下了坚实基础。")
    long2 = ("会议强调，各乡镇各部门要紧盯年度目标，聚焦重点任务，压实工作责任，加快补齐短板弱项，"
             "确保各项工作落地见效，以优异成绩向全县人民交出满意答卷，推动高质量发展迈出新步伐。")
    long3 = ("会议要求，要统筹抓好安全生产和防灾减灾工作，加强汛期值班值守，强化隐患排查整治，"
             "切实保障人民群众生命财产安全，维护社会大局持续和谐稳定，营造良好发展环境。")
    # (the paragraph over the short line is near the widest: by width alone it ran to the edge)
    page = zh_tight("县政府召开常务会议", "本报讯（记者 陈默）" + long1 + long1, long2,
                    long3 + "各乡镇要切实扛起属地责任，层层压实工作责任，确保各项措施落到实处。",
                    "会议还通报了其他事项。", "县城新增两条公交线路", "本报记者 韦岚",
                    "9月20日起，县城新开通8路、9路公交车，连接高铁站与城东新区，"
                    "沿途设站点26个，票价统一为1元，首班车6点30分发车，末班车晚上9点30分发车。")
    res = split_page(page)
    assert res.stories[0].paragraphs[-1] == "会议还通报了其他事项。"
    assert len(res.stories[0].paragraphs) == 4
