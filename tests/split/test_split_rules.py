"""Each splitter rule on small inputs written for these tests (fictional 青山日报 and Elm Falls)."""
from __future__ import annotations

import re

import pytest

from audiopaper.errors import RuleTableError
from audiopaper.model import Page
from audiopaper.split import split_page, split_pages
from audiopaper.split.lines import (
    Line,
    byline_kind,
    inline_byline,
    jumps_in,
    tail_byline,
)
from audiopaper.split.paragraphs import build_body
from audiopaper.split.stack import label_stack
from audiopaper.split.tables import compile_rules, parse_rows
from audiopaper.split.text import join_en, join_zh, width
from audiopaper.split.tokens import Token


def ws(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def make_page(text: str, page_no: int = 1, lang: str = "zh") -> Page:
    return Page(source=f"p{page_no}.txt", lang=lang, page_no=page_no, lines=tuple(text.split("\n")))


def lines_of(texts: list[str]) -> list[Line]:
    return [Line(n * 2, t, width(t), 1, loose=True) for n, t in enumerate(texts)]


# ---- reflow ----------------------------------------------------------------------------------

def test_chinese_lines_join_without_spaces_and_digits_rejoin() -> None:
    assert join_zh(["本报讯 3 月 5 日", "上午，电网负荷达到 3 8 . 6", "万千瓦，1 - 2 月增长"]) == \
        "本报讯3月5日上午，电网负荷达到38.6万千瓦，1-2月增长"


def test_latin_words_keep_their_space_inside_chinese() -> None:
    assert join_zh(["来自Elm Falls的", "考察团"]) == "来自Elm Falls的考察团"


@pytest.mark.parametrize("lines, joined", [
    (["the city's rev-", "enue fell"], "the city's revenue fell"),
    (["from depart-", "mental budgets"], "from departmental budgets"),
    (["a state in-", "spection"], "a state inspection"),
    (["the expiration of one-", "time aid"], "the expiration of one-time aid"),
    (["a 62-", "year-old span"], "a 62-year-old span"),
    (["a well-", "known chef"], "a well-known chef"),
    (["the Harlan-", "Dunmore line"], "the Harlan-Dunmore line"),
])
def test_soft_hyphens(lines: list[str], joined: str) -> None:
    assert join_en(lines) == joined


def test_paragraphs_survive_wrapping(layout) -> None:
    column, _ = layout
    paras = ["今年以来，县里新建和改造提升高标准农田2.6万亩，完成小型水利工程整治136处。",
             "“过去靠天吃饭，现在旱涝保收。”村民刘大山说，他家今年多收了三成粮食。",
             "下一步，县里将加快青石河灌区续建配套工程建设，力争年底前全面完工。"]
    body = build_body(lines_of([x for p in paras for x in column(p)]), "zh")
    assert [ws(p) for p in body.paragraphs] == [ws(p) for p in paras]


def test_a_sentence_ending_at_a_full_line_does_not_end_the_paragraph() -> None:
    lines = ["县委副书记、县长孙大为主", "持会议。县人大常委会主任冯", "德明、县政协主席彭秀云出席", "会议并讲话。"]
    body = build_body(lines_of(lines), "zh")
    assert len(body.paragraphs) == 1


# ---- bylines, credits, jumps -----------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("本报记者 杨 帆 通讯员 谢晓", "line"),
    ("本报评论员", "line"),
    ("云江日报评论员", "line"),
    ("□ 唐 蕾", "line"),
    ("记者 石 磊 摄", "credit"),
    ("宝 鼎 云 海 向晓秋 摄（组照一）", "credit"),
    ("By Dana Reyes / Staff Writer", "line"),
    ("MIA CHEN / The Courier", "credit"),
    ("记者随即联系了街道办事处", None),
    ("县文化馆组织人员进行拍摄", None),
])
def test_byline_and_credit_lines(line: str, kind: str | None) -> None:
    lang = "en" if line.isascii() else "zh"
    assert byline_kind(line, lang) == kind


def test_inline_and_tail_bylines() -> None:
    assert inline_byline("本报讯 （记者 方 雯）6月", "zh").group(0).strip() == "本报讯 （记者 方 雯）"
    assert inline_byline("云江日报讯 6 月 5 日", "zh").group(0).strip() == "云江日报讯"
    assert tail_byline("平均办税时间缩短至8分钟。（通讯员 杜鹃）", "zh").group(0) == "（通讯员 杜鹃）"
    assert inline_byline("6月5日，县里召开会议", "zh") is None


@pytest.mark.parametrize("text, lang, expected", [
    ("加强质量监管，（下转3版）", "zh", [("to", 3)]),
    ("（下转第12版）", "zh", [("to", 12)]),
    ("（上接1版）严格资金管理，", "zh", [("from", 1)]),
    ("See BUDGET, Page A6", "en", [("to", 6)]),
    ("See SCHOOL, A8", "en", [("to", 8)]),
    ("Continued from Page A1", "en", [("from", 1)]),
    ("转到第3版的内容", "zh", []),
])
def test_jump_markers(text: str, lang: str, expected: list) -> None:
    assert [(d, p) for d, p, _ in jumps_in(text, lang)] == expected


# ---- headline stacks ---------------------------------------------------------------------------

def _d(text: str, gap: int = 1, kind: str = "D") -> Token:
    return Token(kind, [Line(0, text, width(text), gap)])


def test_chinese_stack_cues() -> None:
    st = label_stack([_d("王立新在全县春耕生产工作会议上强调"), _d("抓早抓实春耕备耕"),
                      _d("确保全年粮食稳产增收", gap=0), _d("李华主持 张明出席")], "zh")
    assert (st.kicker, st.headline, st.subheadline) == (
        "王立新在全县春耕生产工作会议上强调", "抓早抓实春耕备耕 确保全年粮食稳产增收", "李华主持 张明出席")


def test_occasion_verb_is_a_kicker_only_above_more_lines() -> None:
    alone = label_stack([_d("县第9届职工运动会闭幕")], "zh")
    assert (alone.kicker, alone.headline) == (None, "县第9届职工运动会闭幕")
    above = label_stack([_d("县第9届职工运动会闭幕"), _d("青山镇代表队获团体冠军")], "zh")
    assert (above.kicker, above.headline) == ("县第9届职工运动会闭幕", "青山镇代表队获团体冠军")


def test_interview_subheadline_and_byline_line() -> None:
    st = label_stack([_d("让老手艺走进新课堂"), _d("——专访县文化馆馆长林可", gap=0),
                      _d("本报记者 杨帆", kind="BY")], "zh")
    assert (st.headline, st.subheadline, st.byline) == ("让老手艺走进新课堂", "——专访县文化馆馆长林可", "本报记者 杨帆")


def test_english_kicker_headline_and_deck() -> None:
    st = label_stack([_d("SCHOOLS"), _d("Board backs new"), _d("bus routes", gap=0),
                      _d("Three stops move closer"), _d("to the east side", gap=0)], "en")
    assert (st.kicker, st.headline, st.subheadline) == (
        "SCHOOLS", "Board backs new bus routes", "Three stops move closer to the east side")


# ---- whole pages -------------------------------------------------------------------------------

LEAD = ["3月5日上午，全县春耕生产工作会议召开。县委书记王立新出席会议并讲话。他强调，要抓早抓实春耕备耕，确保全年粮食稳产增收。",
        "县委副书记、县长李华主持会议，县人大常委会主任张明出席。会议要求各乡镇加快农资调运，做好技术指导。"]
CLINIC = ["近日，城南社区卫生服务中心正式投入使用。中心设有全科诊室、中医馆和康复室，可为周边2.1万名居民提供基本医疗服务。",
          "“以前看个感冒要跑到县医院，现在走路五分钟就到。”居民陈阿姨说。"]
LIBRARY = ["为方便读者错峰阅读，县图书馆从本月起将每天的开放时间延长至晚上9点，周末照常开放。"]
PHOTO = "3月4日，在青山镇石桥村，农机手驾驶旋耕机在田间整地，为春播做好准备。"


def front_page(layout) -> str:
    column, page_text = layout
    return page_text(
        ("青 山 日 报", "QINGSHAN RIBAO"), "中共青山县委机关报", ("2025年3月6日 星期四", "今日4版 第1024期"),
        "王立新在全县春耕生产工作会议上强调", ("抓早抓实春耕备耕", "确保全年粮食稳产增收"), "李华主持 张明出席",
        *column("本报讯 （记者 方 雯）" + LEAD[0]), *column(LEAD[1])[:-1], column(LEAD[1])[-1] + "（下转3版）",
        *column("本报讯 （记者 李 强）" + CLINIC[0]), *column(CLINIC[1]),
        ("城南社区卫生服务中心投用", "居民看病不出社区"),
        "县图书馆延长开放时间",
        *column("本报讯 （通讯员 赵 敏）" + LIBRARY[0]),
        " 春耕正当时", *column(PHOTO, width=36), " 记者 石 磊 摄",
        "简 讯",
        "青山镇开展森林防火演练", *column("本报讯 （通讯员 孙 波）3月3日，青山镇组织开展森林防火应急演练，60余名队员参加。", width=30),
        "县老年大学春季班开学", *column("本报讯 （记者 何 潇）3月4日，县老年大学春季班开学，共开设课程21门。", width=30),
        "抓春耕 促振兴 保增收 惠民生",
        "责任编辑：周琳 校对：陈晨")


def test_front_page_articles_in_order(layout) -> None:
    res = split_page(make_page(front_page(layout)))
    heads = [s.headline for s in res.stories]
    assert heads == ["抓早抓实春耕备耕 确保全年粮食稳产增收", "城南社区卫生服务中心投用 居民看病不出社区",
                     "县图书馆延长开放时间", "春耕正当时", "青山镇开展森林防火演练", "县老年大学春季班开学"]


def test_lead_stack_byline_and_jump(layout) -> None:
    lead = split_page(make_page(front_page(layout))).stories[0]
    assert lead.kicker == "王立新在全县春耕生产工作会议上强调"
    assert lead.subheadline == "李华主持 张明出席"
    assert ws(lead.byline) == "本报讯（记者方雯）"
    assert [ws(p) for p in lead.paragraphs] == [ws(p) for p in LEAD]
    assert (lead.continued_to, lead.continued_from) == (3, None)


def test_headline_printed_after_its_body_attaches_to_it(layout) -> None:
    stories = split_page(make_page(front_page(layout))).stories
    clinic, library = stories[1], stories[2]
    assert [ws(p) for p in clinic.paragraphs] == [ws(p) for p in CLINIC]
    assert ws(clinic.byline) == "本报讯（记者李强）"
    assert library.headline == "县图书馆延长开放时间"
    assert [ws(p) for p in library.paragraphs] == [ws(p) for p in LIBRARY]


def test_photo_item(layout) -> None:
    photo = split_page(make_page(front_page(layout))).stories[3]
    assert (photo.kind, photo.headline, ws(photo.byline)) == ("photo", "春耕正当时", "记者石磊摄")
    assert [ws(p) for p in photo.paragraphs] == [ws(PHOTO)]


def test_brief_column(layout) -> None:
    res = split_page(make_page(front_page(layout)))
    briefs = res.stories[4:]
    assert [s.kind for s in briefs] == ["brief", "brief"]
    assert all(len(s.paragraphs) == 1 for s in briefs)
    assert "简 讯" in res.skipped


def test_furniture_is_skipped_and_never_spoken(layout) -> None:
    res = split_page(make_page(front_page(layout)))
    spoken = "".join(ws(x) or "" for s in res.stories
                     for x in [s.kicker, s.headline, s.subheadline, s.byline, *s.paragraphs])
    for furniture in ["青溪", "QINGSHAN RIBAO", "中共青山县委机关报", "今日4版", "责任编辑", "抓春耕促振兴"]:
        assert ws(furniture) not in spoken
    assert any("责任编辑" in s for s in res.skipped)
    assert any("抓春耕" in s for s in res.skipped)
    assert res.date == "2025-03-06"


def test_lead_goes_first_even_below_a_photo(layout) -> None:
    column, page_text = layout
    text = page_text(" 春耕正当时", *column(PHOTO, width=36), " 记者 石 磊 摄",
                     "王立新在全县春耕生产工作会议上强调", ("抓早抓实春耕备耕", "确保全年粮食稳产增收"),
                     *column("本报讯 （记者 方 雯）" + LEAD[0]))
    stories = split_page(make_page(text)).stories
    assert [s.kind for s in stories] == ["news", "photo"]


def test_two_pages_stitch_a_jumped_story(layout) -> None:
    column, page_text = layout
    first_half = "会议要求，各乡镇要加快农资调运，做好技术指导，确保"
    second_half = "春播面积稳定在12万亩以上。"
    p1 = page_text("王立新在全县春耕生产工作会议上强调", ("抓早抓实春耕备耕", "确保全年粮食稳产增收"),
                   *column("本报讯 （记者 方 雯）" + LEAD[0]), *column(first_half)[:-1],
                   column(first_half)[-1] + "（下转3版）")
    p3 = page_text(("2025年3月6日 星期四", "综合新闻", "3"), "抓早抓实春耕备耕",
                   "（上接1版）" + column(second_half, indent=0)[0], *column(second_half, indent=0)[1:],
                   *column("本报讯 （记者 李 强）" + CLINIC[0]), ("城南社区卫生服务中心投用", "居民看病不出社区"))
    alone = split_page(make_page(p1)).stories[0]
    assert alone.continued_to == 3
    ed = split_pages([make_page(p1, 1), make_page(p3, 2)])
    lead = ed.articles[0]
    assert (lead.continued_to, lead.continued_from) == (None, None)
    assert ws(lead.paragraphs[-1]) == ws(first_half + second_half)
    assert [a.id for a in ed.articles] == ["a1", "a2"]
    assert ed.articles[1].headline == "城南社区卫生服务中心投用 居民看病不出社区"


def test_english_page_dateline_deck_and_jump() -> None:
    text = "\n\n".join([
        "The Elm Falls Ledger\nServing Elm Falls since 1902",
        "SCHOOLS", "Board backs new\nbus routes", "Three stops move closer\nto the east side",
        "By Dana Reyes / Staff Writer",
        "ELM FALLS — The school board voted", "5-2 on Tuesday to redraw three bus",
        "routes, moving stops closer to the", "east side for 140 students.",
        "Parents had asked for the change", "for two years, board chair Tom", "Ruiz said.",
        "See BUS, Page A4",
        "CITY BRIEFS",
        "Library hours extended", "The main library will stay open", "until 9 p.m. on weekdays.",
    ]) + "\n"
    res = split_page(make_page(text, lang="en"))
    bus, brief = res.stories
    assert (bus.kicker, bus.headline, bus.subheadline) == (
        "SCHOOLS", "Board backs new bus routes", "Three stops move closer to the east side")
    assert bus.byline == "By Dana Reyes / Staff Writer"
    assert bus.paragraphs[0].startswith("ELM FALLS — The school board voted 5-2")
    assert len(bus.paragraphs) == 2 and bus.continued_to == 4
    assert (brief.headline, brief.paragraphs) == (
        "Library hours extended", ["The main library will stay open until 9 p.m. on weekdays."])


# ---- rule tables -------------------------------------------------------------------------------

def test_malformed_rule_tables_name_the_line() -> None:
    with pytest.raises(RuleTableError, match=r"t\.tsv: line 2: expected 3"):
        parse_rows("to\tzh\tx\nbroken line\n", "t.tsv", 3)
    with pytest.raises(RuleTableError, match="line 1: bad regex"):
        compile_rules(parse_rows("to\tzh\t(unclosed\n", "t.tsv", 3), "t.tsv", ("to",))
    with pytest.raises(RuleTableError, match="unknown kind"):
        compile_rules(parse_rows("sideways\tzh\tx\n", "t.tsv", 3), "t.tsv", ("to",))


def test_english_jump_stitched_when_files_are_numbered_by_order() -> None:
    a1 = "\n\n".join(["CITY COUNCIL", "Council weighs\ncuts to parks", "By Ann Lee / Staff Writer",
                      "ELM FALLS — The city council on", "Monday began weighing cuts to",
                      "park hours as the city faces a", "shortfall of about", "See PARKS, Page A6"])
    a6 = "\n\n".join(["PARKS", "Continued from Page A1", "$1.2 million next year.",
                      "Zoo gets new", "red panda", "By Joe Park / Staff Writer",
                      "The Elm Falls Zoo welcomed a", "red panda on Friday."])
    ed = split_pages([make_page(a1 + "\n", 1, "en"), make_page(a6 + "\n", 2, "en")])
    council, zoo = ed.articles
    assert council.paragraphs == ("ELM FALLS — The city council on Monday began weighing cuts to "
                                  "park hours as the city faces a shortfall of about $1.2 million "
                                  "next year.",)
    assert (council.continued_to, council.continued_from) == (None, None)
    assert (zoo.headline, zoo.byline) == ("Zoo gets new red panda", "By Joe Park / Staff Writer")
    assert zoo.paragraphs == ("The Elm Falls Zoo welcomed a red panda on Friday.",)


# ---- rules added for the handwritten held-out pages ------------------------------------------

def test_a_kicker_wrapped_over_two_lines_is_one_kicker() -> None:
    st = label_stack([_d("王立新在全县优化营商环境暨"), _d("民营经济发展大会上强调", gap=0),
                      _d("对标一流 服务企业"), _d("李华主持 张明出席")], "zh")
    assert (st.kicker, st.headline, st.subheadline) == (
        "王立新在全县优化营商环境暨 民营经济发展大会上强调", "对标一流 服务企业", "李华主持 张明出席")


def test_a_two_line_headline_block_without_a_cue_stays_headline() -> None:
    st = label_stack([_d("全县春季植树造林"), _d("完成4.3万亩", gap=0)], "zh")
    assert (st.kicker, st.headline) == (None, "全县春季植树造林 完成4.3万亩")


@pytest.mark.parametrize("line, kind", [
    ("本报记者 钱 程 通讯员 冉 静", "line"),
    ("□ 评论员 江 帆", "line"),
])
def test_more_byline_lines(line: str, kind: str) -> None:
    assert byline_kind(line, "zh") == kind


def test_wire_dateline_with_spaced_digits_is_an_inline_byline() -> None:
    m = inline_byline("新华社北京 3 月 17 日电 （记者 韦 宁）全国春季", "zh")
    assert m is not None and ws(m.group(0)) == "新华社北京3月17日电（记者韦宁）"


@pytest.mark.parametrize("line", ["扫描二维码", "关注松川日报微信公众号", "松川日报电子版：example.cn",
                                  "欢迎订阅2025年度《松川日报》", "订阅电话：023-6688 1234",
                                  "本报地址：松川县人民路26号", "本版邮箱：pl@example.cn"])
def test_more_page_furniture(line: str) -> None:
    from audiopaper.split.lines import furniture_kind
    assert furniture_kind(line, "zh") is not None


def _story_page(layout, last: list[str], byline: str = "本报讯 （记者 方 雯）") -> str:
    column, page_text = layout
    body = ["3月17日，全县春季植树造林推进会召开，会议通报了各乡镇植树造林进展情况。"]
    return page_text("全县春季植树造林推进会召开", *column(byline + body[0]),
                     *last, "县图书馆延长开放时间",
                     *column("本报讯 （通讯员 赵 敏）" + LIBRARY[0]))


def test_a_two_line_last_paragraph_without_punctuation_on_its_first_line(layout) -> None:
    # the first line fills the column less the indent; the sentence ends on the short second
    res = split_page(make_page(_story_page(layout, ["植树造林工作将一直持续", "到4月上旬。"])))
    first = next(s for s in res.stories if ws(s.headline) == "全县春季植树造林推进会召开")
    assert first.paragraphs[-1] == "植树造林工作将一直持续到4月上旬。"
    assert [ws(s.headline) for s in res.stories] == ["全县春季植树造林推进会召开", "县图书馆延长开放时间"]


def test_a_tail_byline_on_its_own_line_closes_the_body(layout) -> None:
    res = split_page(make_page(_story_page(layout, ["（通讯员 冉 静）"], byline="")))
    first = res.stories[0]
    assert ws(first.byline) == "（通讯员冉静）" and len(res.stories) == 2
    assert all("冉" not in p for s in res.stories for p in s.paragraphs)


def test_interview_turns_without_punctuation_on_their_first_line(layout) -> None:
    column, page_text = layout
    turns = ["记者：今年县政务服务中心推出了哪些新举措？", "罗文杰：我们上线了移动端，152项高频事项实现掌上办理。",
             "记者：下一步有什么打算？", "罗文杰：我们将推进跨省通办，年内再新增50项事项。"]
    text = page_text("让数据多跑路 群众少跑腿", "——对话县政务服务中心主任罗文杰", "本报记者 钱 程",
                     *[x for t in turns for x in column(t)])
    (s,) = split_page(make_page(text)).stories
    assert [ws(p) for p in s.paragraphs] == [ws(t) for t in turns]
    assert s.kind == "interview"


def test_english_full_line_at_a_sentence_end_does_not_end_the_paragraph() -> None:
    lines = [Line(n * 2, t, len(t), 1, loose=True) for n, t in enumerate([
        "District officials said a sale would",
        "bring in less than $1 million and it",
        "would not cover the cost of moving the",
        "offices out of the old building today.",
        "Early voting begins May 5 at City Hall",
        "and runs to the end of the month.",
        "Ballots are due May 20.",
        "Results will be posted that night."])]
    body = build_body(lines, "en")
    assert [p.split()[0] for p in body.paragraphs] == ["District", "Ballots", "Results"]


def test_english_attribution_then_quote_stays_one_paragraph() -> None:
    lines = [Line(n * 2, t, len(t), 1, loose=True) for n, t in enumerate([
        '"These are not wish-list items,"',
        "Superintendent Carla Nguyen said.",
        '"When a boiler fails in January, we',
        'send kids home."',
        "If approved, the levy would add",
        "about $96 a year to the tax bill."])]
    assert len(build_body(lines, "en").paragraphs) == 2


# ---- third pass: quirks of the 岚溪 / Kettle Creek pages -----------------------------------

@pytest.mark.parametrize("line, kind", [
    ("本报通讯员 汪 洋 摄", "credit"),
    ("□ 乔 木", "line"),
])
def test_third_pass_zh_byline_lines(line: str, kind: str) -> None:
    assert byline_kind(line, "zh") == kind


@pytest.mark.parametrize("line, kind", [
    ("By Lena Marsh, Staff Writer", "line"),
    ("The Associated Press", "line"),
    ("MARTA LINDQVIST / Gazette photo", "credit"),
])
def test_third_pass_en_byline_lines(line: str, kind: str) -> None:
    assert byline_kind(line, "en") == kind


def test_a_wire_byline_without_a_place_is_inline() -> None:
    m = inline_byline("据新华社电 记者从农业农村部获悉", "zh")
    assert m is not None and ws(m.group(0)) == "据新华社电"


@pytest.mark.parametrize("line, lang", [
    ("国内统一连续出版物号 CN 51-0327", "zh"), ("值班主任：向 东", "zh"),
    ("今天 晴转多云 23～33℃", "zh"), ("新闻热线：0817-6623110", "zh"),
    ("定价：1.50元 印刷：岚溪日报印务中心", "zh"),
    ("Published every day but Monday since 1911", "en"),
    ("INSIDE: Obituaries, A6 • Sports, B1 • Comics, C4", "en"),
    ("A4 • Kettle Creek Gazette • Friday, June 6, 2025", "en"),
    ("Delivery problems? Call 541-555-0190 before 10 a.m.", "en"), ("AROUND TOWN", "en"),
])
def test_third_pass_page_furniture(line: str, lang: str) -> None:
    from audiopaper.split.lines import furniture_kind
    assert furniture_kind(line, lang) is not None


def test_the_associated_press_is_not_a_masthead() -> None:
    from audiopaper.split.lines import furniture_kind
    assert furniture_kind("The Associated Press", "en") is None
    assert furniture_kind("The Alder Falls Sentinel", "en") == "masthead"


@pytest.mark.parametrize("text, expected", [
    ("See BRIDGE on Page A4", [("to", 4)]),
    ("Continued from A1", [("from", 1)]),
])
def test_more_english_jump_lines(text: str, expected: list) -> None:
    assert [(d, p) for d, p, _ in jumps_in(text, "en")] == expected


def test_a_compound_with_an_inflected_second_half_keeps_its_hyphen() -> None:
    assert join_en(["during a long-", "running talk"]) == "during a long-running talk"
    assert join_en(["a hard-", "hitting report"]) == "a hard-hitting report"
    assert join_en(["a money-", "making plan"]) == "a money-making plan"


def test_a_short_line_ending_in_a_colon_ends_its_paragraph(layout) -> None:
    column, page_text = layout
    paras = ["二十年来，她送走了一届又一届学生。谈起坚守，她总结了三条经验：",
             "一是把每个孩子都当成自己的孩子，不让一个学生掉队。"]
    text = page_text("一位乡村教师的二十年坚守", "本报记者 龙 静",
                     *[x for p in paras for x in column(p)])
    (s,) = split_page(make_page(text)).stories
    assert [ws(p) for p in s.paragraphs] == [ws(p) for p in paras]


def test_a_tail_byline_wrapped_over_two_lines_closes_the_body(layout) -> None:
    column, page_text = layout
    body = column("截至6月上旬，城北片区新建的3个公共停车场已全部投入使用，新增停车位800个。（通讯员 汪 洋）",
                  width=30)
    assert not body[-1].startswith("（")  # the byline is split across the last two lines
    text = page_text("城北片区新增公共停车位800个", *body, "新闻热线：0817-6623110")
    res = split_page(make_page(text))
    (s,) = res.stories
    assert ws(s.byline) == "（通讯员汪洋）" and ws(s.paragraphs[-1]).endswith("800个。")
    assert res.skipped == ["新闻热线：0817-6623110"]


def test_an_english_deck_line_with_a_comma_stays_in_the_deck() -> None:
    text = "\n".join(["Bridge to close for a year", "",
                      "Commissioners pick a rebuild over", "patch-up repairs, citing cracks", "",
                      "By Lena Marsh, Staff Writer", "",
                      "KETTLE CREEK, Ore. — The Pine Street", "", "bridge will close in August."])
    (s,) = split_page(make_page(text, lang="en")).stories
    assert s.subheadline == "Commissioners pick a rebuild over patch-up repairs, citing cracks"
    assert s.byline == "By Lena Marsh, Staff Writer"


@pytest.mark.parametrize("text, byline", [
    ("晚报讯（记者 邵 岚）7月11日晚，运动会开幕。", "晚报讯（记者邵岚）"),
])
def test_an_evening_paper_inline_byline(text: str, byline: str) -> None:
    m = inline_byline(text, "zh")
    assert m is not None and ws(m.group(0)) == byline


def test_a_source_credit_ends_a_wire_item() -> None:
    m = tail_byline("观影人次超过1.2亿。（据新华社）", "zh")
    assert m is not None and m.group(0) == "（据新华社）"
    assert tail_byline("数据显示（据统计）", "zh") is None


@pytest.mark.parametrize("line", ["【晚报快评】", "本报法律顾问：梅岭正言律师事务所 陈 实",
                                  "本版编辑：唐 果 美编：季 风"])
def test_bracketed_tags_and_credits_are_furniture(line: str) -> None:
    from audiopaper.split.lines import furniture_kind
    assert furniture_kind(line, "zh") is not None


def test_a_headline_with_a_comma_over_its_byline_line(layout) -> None:
    column, page_text = layout
    body = "入伏以后，梅岭老街上的几家凉茶铺生意格外红火，十几位市民正排队等候。"
    text = page_text("运动会开幕", *column("晚报讯（记者 邵 岚）7月11日晚，第五届市民运动会开幕。"),
                     "天热了，老街的凉茶铺又排起了长队", "文/图 本报记者 钟 可", *column(body))
    first, second = split_page(make_page(text)).stories
    assert ws(second.headline) == "天热了，老街的凉茶铺又排起了长队"
    assert ws(second.byline) == "文/图本报记者钟可" and ws(second.paragraphs[0]) == ws(body)
    assert ws(first.paragraphs[-1]).endswith("开幕。")


def test_a_short_story_in_a_narrower_column_after_another_body(layout) -> None:
    column, page_text = layout
    a = ("8月30日，青河县招商引资推介会在深圳举行，现场签约项目11个，协议总投资达86.5亿元，"
         "涵盖新材料、智能制造、现代物流等领域。")
    b = ("随着秋收临近，县粮食和物资储备局提前谋划秋粮收购工作，全县12个收购网点已完成仓容清理和设备检修，"
         "可新增仓容4.5万吨。（本报记者 岑 青）")
    text = page_text("青河县招商引资推介会在深圳举行", *column("本报讯（记者 岑 青）" + a, width=56),
                     *column(b, width=52), ("秋粮收购", "准备就绪"))
    first, second = split_page(make_page(text)).stories
    assert ws(first.paragraphs[-1]) == ws(a)
    assert ws(second.headline) == "秋粮收购准备就绪" and ws(second.byline) == "（本报记者岑青）"


def test_a_continued_from_line_of_its_own_opens_a_mid_sentence_body(layout) -> None:
    column, page_text = layout
    text = page_text("3 要闻 2025年7月1日", "压紧压实防汛责任", "（接1版）",
                     "以上率下抓好各项防汛措", "施落实。", *column("会议要求，要加强监测预警，落实值班值守制度。"))
    (s,) = split_page(make_page(text, page_no=3)).stories
    assert s.headline == "压紧压实防汛责任" and s.continued_from == 1
    assert [ws(p) for p in s.paragraphs] == ["以上率下抓好各项防汛措施落实。", "会议要求，要加强监测预警，落实值班值守制度。"]


def test_text_after_a_jump_marker_is_another_story(layout) -> None:
    column, page_text = layout
    text = page_text("压紧压实防汛责任", *column("本报讯（记者 黄 莺）罗远强调，要压紧压实各级防汛责任，全力（转3版）"),
                     "暑期防溺水，这份提醒请收好！", *column("本报讯（记者 黄 莺）暑假来临，县教育局提醒广大家长。"))
    first, second = split_page(make_page(text)).stories
    assert first.continued_to == 3 and ws(second.headline) == "暑期防溺水，这份提醒请收好！"
    assert ws(second.byline) == "本报讯（记者黄莺）"


@pytest.mark.parametrize("line, lang, kind", [("特约评论员 江 潮", "zh", "line")])
def test_a_named_commentator_line(line: str, lang: str, kind: str) -> None:
    assert byline_kind(line, lang) == kind


@pytest.mark.parametrize("line", ["3 要闻 2025年7月1日", "扫一扫 看视频"])
def test_a_header_without_weekday_and_a_video_prompt(line: str) -> None:
    from audiopaper.split.lines import furniture_kind
    assert furniture_kind(line, "zh") is not None
