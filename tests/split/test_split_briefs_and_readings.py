"""Cues added in session 18, each on invented text and each checked to fail on the code
before it: a weather box's row of readings, an ad department's name and an ad's
two short phrases are furniture, a byline whose bracket a column broke stays whole, and an
English column of briefs under a label in capitals, whose heads run into their text or sit
over it in one block, gives one story per item; a sum under a headline too long to have
wrapped opens its deck; Chinese brief heads that fill a narrow column or run in under a label
no table names, and an opening byline spaced out like a slogan; a legal notice's publication
line and the paper's subscription line are furniture, and so is a box score's summary line."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, tight

zh = partial(tight, "zh", page_no=5)

STORY = ("城北新区公交首末站投用", "本报讯（记者 韩 青）11月4日，城北新区公交首末站正式投入使用，"
         "8条公交线路调整至首末站发车，周边3个小区居民出行更方便。", "首末站占地1.2万平方米，设有候车厅、充电桩和司机休息室。")


def test_a_row_of_weather_readings_is_the_box_s() -> None:
    res = split_page(zh("城北天气", "今天\u3000多云转晴\u30008℃～17℃\u3000北风2级",
                        "紫外线指数：中等\u3000空气质量：优", *STORY))
    assert [s.headline for s in res.stories] == ["城北新区公交首末站投用"]
    assert any("空气质量" in x for x in res.skipped)


def test_an_ad_department_under_a_headline_set_after_its_text() -> None:
    """A headline printed after its text, then an ad whose first line names the paper's ad
    department (`…广告中心`): the name is the ad's, not the headline's."""
    res = split_page(zh("据介绍，冬季用电高峰期间，市民可错开晚间时段使用大功率电器，供电部门将加强巡视。",
                        "冬季用电高峰将至", "市供电公司提醒错峰用电",
                        "秀江日报全媒体广告中心", "刊登各类广告\u3000分类信息", "电话：0791-8862 3300",
                        "责任编辑：罗 岚\u3000版式：徐 可"))
    assert [s.headline for s in res.stories] == ["冬季用电高峰将至 市供电公司提醒错峰用电"]
    assert any("广告中心" in x for x in res.skipped)


def test_two_short_phrases_over_a_sales_line_are_an_ad() -> None:
    """`地铁5号线旁　精装三房` between an estate's name and its sales line: two short phrases
    parted by an ideographic space, no text going on under them, are no headline run into a
    brief's text."""
    res = split_page(zh(*STORY, "锦江·雅苑", "近地铁3号线\u3000精装两房", "售楼热线：4008-556-123"))
    assert [s.headline for s in res.stories] == ["城北新区公交首末站投用"]
    assert "精装两房" not in " ".join(p for s in res.stories for p in s.paragraphs)


def test_a_byline_bracket_broken_over_an_indented_line() -> None:
    """`本报讯（通讯员 石 砚` / `  记者 庞 俊）记者日前…`: the indent under a bracket left open
    starts no paragraph, and the byline is taken whole."""
    res = split_page(every_line("zh", "城区急救站点增至18个", "本报讯（通讯员 石 砚", "  记者 庞 俊）记者日",
                                "前从市卫生健康委获悉，城", "区新增的6个急救站点已投", "入使用。", "  截至目前，"
                                "城区急救站", "点已增至18个，平均反应时", "间缩短至11分钟。"))
    (story,) = res.stories
    assert story.byline is not None and story.byline.replace(" ", "") == "本报讯（通讯员石砚记者庞俊）"
    assert story.paragraphs[0].startswith("记者日前从市卫生健康委获悉")


def test_briefs_under_a_label_in_capitals() -> None:
    """A column under `POLICE & COURTS`: the first head runs into its text with one word of it
    after the gap (a narrow column), the second sits over its text in one block; each item is
    a story, and the label heads neither."""
    page = blocks("en", "Library extends weekday hours",
                  "The Ashby Public Library will stay\nopen until 9 p.m. on weekdays from\n"
                  "Monday, the library board decided\nat its meeting on Tuesday night.",
                  "POLICE & COURTS",
                  "Guilty plea in fatal crash   A\nMillerton man pleaded guilty\nTuesday to "
                  "vehicular homicide in a\nMarch crash on Route 31 that killed\na woman "
                  "from Ashby, police said.",
                  "Catalytic converter arrests\nCarrow Falls police arrested two\nDunmore men "
                  "early Monday after an\nofficer saw them under a parked van\non Canal "
                  "Street with a battery saw.",
                  "Arson trial delayed   Jury selec-\ntion in the arson trial of a former\n"
                  "restaurant owner was pushed back\nto Nov. 12 at the defense's request.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Library extends weekday hours", "Guilty plea in fatal crash",
        "Catalytic converter arrests", "Arson trial delayed"]
    assert res.stories[1].paragraphs[0].startswith("A Millerton man")
    assert "POLICE & COURTS" in res.skipped


def test_a_sum_under_a_headline_too_long_to_have_wrapped_is_the_deck() -> None:
    """`Harbor clinic to add six exam rooms in Eastgate` is set on one line: the `$4.8
    million…` line under it opens the deck, where under a short headline (`Voters to decide`)
    a sum goes on with the headline."""
    res = split_page(every_line("en", "HEALTH", "Harbor clinic to add six exam rooms in Eastgate",
                                "$4.8 million wing would double the clinic’s walk-in hours",
                                "By Nora Vell / Ledger Staff",
                                "EASTGATE — The Harbor Community Clinic will add six exam rooms and "
                                "a small lab next spring, its board said Tuesday.",
                                "The wing is paid for by a state grant and a local bond."))
    (story,) = res.stories
    assert (story.headline, story.subheadline) == (
        "Harbor clinic to add six exam rooms in Eastgate",
        "$4.8 million wing would double the clinic’s walk-in hours")


def test_brief_heads_that_fill_a_narrow_column() -> None:
    """A column of briefs in a narrow column, a blank line after every line: a head as wide
    as the text's lines (`市售电热毯抽检合格率为93.3%`), under a brief that ended, opens the
    next brief because over half its words come again in the text under it.  (A text line
    that repeats its story's words but breaks inside one stays text: the seed page's
    `习近平总书记对重庆制造业发` / `展…`, scored by the corpus test.)"""
    res = split_page(every_line(
        "zh", "消费提醒", "电暖器要认准3C标志", "本报讯（记者 钟禾）近日，市市", "场监管局提醒市民购买电暖器、",
        "电热毯等取暖产品时要认准3C认", "证标志，不买“三无”产品。", "市售电热毯抽检合格率为93.3%",
        "市市场监管局近日对全市商场销售", "的30批次电热毯开展抽检，28批", "次合格，合格率93.3%。2批次",
        "不合格产品已责令下架。", "预付卡消费要留好凭证", "本报讯（记者 邬岩）入冬以来，", "健身房、美容店等行业预付卡投诉",
        "有所增加。市消费者协会提醒，办", "卡前要查看商家资质，留好凭证。"))
    assert [s.headline for s in res.stories] == [
        "电暖器要认准3C标志", "市售电热毯抽检合格率为93.3%", "预付卡消费要留好凭证"]


def test_chinese_heads_run_in_under_a_label_no_table_names() -> None:
    """`周末好去处` names no brief column, but on a page whose lines hold runs of spaces
    nowhere else, a block opening under a text that ended with a head, two spaces and text
    (`城市书房推出亲子共读  本周六、周日…`) is a brief's head run into its text."""
    res = split_page(blocks(
        "zh", "秋日湖畔健步走活动报名启动\n本报讯（记者 罗 岚）10月12日，市全民健身\n中心发布消息，"
        "秋日湖畔健步走活动即日起\n接受报名，全程8公里，限报2000人。", "周末好去处",
        "滨江公园菊花展开幕  10月12日起，滨江\n公园第九届菊花展免费开放，展出各类\n菊花200余个品种。",
        "城市书房推出亲子共读  本周六、周日下\n午，城市书房江滨店将举办两场亲子共\n读活动，每场限30组家庭。",
        "老码头市集回归  停办两个月的老码头\n市集本周回归，80余个摊位集中售卖手\n作、旧书和本地农产品。"))
    assert [s.headline for s in res.stories] == [
        "秋日湖畔健步走活动报名启动", "滨江公园菊花展开幕", "城市书房推出亲子共读", "老码头市集回归"]


def test_an_opening_byline_spaced_out_is_no_slogan() -> None:
    """`本报讯 （记者 吴晓岚` / `通讯员 郑 东） 8 月 12 日`: three spaced parts of one length
    open a story's text with its byline; they are no slogan's parallel phrases."""
    res = split_page(every_line("zh", "图②　蚕农在检查蚕茧质量。今年秋季，石门乡共", "饲养蚕种3200张。",
                                "通讯员 陈 翔 摄", "本报讯 （记者 吴晓岚",
                                "通讯员 郑 东） 8 月 12 日", "傍晚，黄桥镇红旗村的稻", "田里，村民们正忙着收起",
                                "前一天晚上放下的地笼。", "“一亩田，上半年收虾，下", "半年收稻，两季加起来比",
                                "单种水稻多挣2000元。”", "黄桥镇“稻虾共作”", "亩均增收2000元"))
    story = next(s for s in res.stories if s.paragraphs[0].startswith("8月12日傍晚"))
    assert story.byline is not None and story.byline.replace(" ", "") == "本报讯（记者吴晓岚通讯员郑东）"


def test_a_notice_s_publication_line_and_a_subscription_line() -> None:
    """`(Published in The Alder Falls Sentinel June 18, 2024)` closes a legal notice and
    `Page A2 · Subscribe at …` is the paper's: neither heads the story after it."""
    res = split_page(tight(
        "en", "Page A2 · Subscribe at afsentinel.example or call 555-0130",
        "Fire destroys machine shed near Ashby", "From staff reports",
        "ASHBY — A fire Saturday afternoon destroyed a machine shed and a combine on a farm north "
        "of Ashby, the volunteer fire department said.", "No one was hurt.",
        "LEGAL NOTICE", "NOTICE OF PUBLIC HEARING",
        "The Tamsin County Board of Commissioners will hold a public hearing at 9 a.m. July 1, "
        "2024, on the proposed county budget.",
        "(Published in The Alder Falls Sentinel June 18, 2024)",
        "Library adds Sunday hours", "From staff reports",
        "ALDER FALLS — The public library will open from 1 to 5 p.m. on Sundays starting in July.",
        page_no=2))
    assert [s.headline for s in res.stories if s.byline] == [
        "Fire destroys machine shed near Ashby", "Library adds Sunday hours"]
    assert not any("Subscribe" in (s.headline or "") for s in res.stories)


def test_a_box_score_s_summary_line_is_the_box_s() -> None:
    """`2B: TC, Lindgren; PH, Ferraro. HR: TC, Ortiz.` under a line score is the box's (its
    stops close no sentence): neither a story nor the headline of the photo under it."""
    res = split_page(every_line(
        "en", "Tamarack Central 000 300 3 -- 6 6 1", "Pine Hollow      000 050 0 -- 5 6 2",
        "WP: Whitlow (4-1). LP: Varga (6-3).", "2B: TC, Lindgren; PH, Ferraro. HR: TC, Ortiz.",
        "SAFE AT HOME", "Tamarack Central's Owen Pruitt slides across",
        "the plate ahead of the tag in the seventh.", "GRETA VOSS / The Record"))
    assert [s.headline for s in res.stories] == ["SAFE AT HOME"]
    assert any(x.startswith("2B: TC") or " 2B: TC" in x for x in res.skipped)
