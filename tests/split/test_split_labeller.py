"""The cue-weighing labeller on small pages without blank lines (the `tight` shape), where no
blank line can say which lines were printed together: every decision comes from the words,
the widths and the page grammar."""
from __future__ import annotations

import re

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.assign import _cut_cost
from audiopaper.split.lines import byline_kind, furniture_kind
from audiopaper.split.roles import F, Labeller
from audiopaper.split.shape import measure, page_lines, run_in_head
from audiopaper.split.tables import weights
from audiopaper.split.tokens import Token

from .conftest import column


def tight(*blocks: list[str] | str) -> Page:
    lines: list[str] = []
    for b in blocks:
        lines += [b] if isinstance(b, str) else b
    return Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(lines))


A_BODY = ("6月10日，青河镇农贸市场改造工程完工，新市场共设摊位260个，配备冷链储存区和"
          "农产品检测室，商户已于当天陆续入驻经营。")
A_MORE = "市场管理方表示，改造后的市场将实行统一保洁和明码标价，方便周边群众采购。"
B_BODY = ("连日来，县图书馆开展暑期少儿阅读活动，组织绘本共读、手工课堂和科普讲座等二十余场，"
          "吸引少儿读者一千二百多人次参加。")
B_MORE = "县图书馆负责人介绍，活动将持续到八月底，少儿阅览室每天延长开放两小时。"


def test_a_story_whose_headline_follows_its_body_is_cut_at_a_paragraph_break() -> None:
    """Two stories meet at a paragraph break with no headline between them; each headline is
    printed after its body.  The stacks decide the cut, each going with the body that shares
    its words."""
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 column(A_BODY), column(A_MORE), column(B_BODY), column(B_MORE),
                 "县图书馆暑期少儿阅读活动开展", "本报记者 周 航")
    assert measure(page.lines).style == "tight"
    stories = split_page(page).stories
    heads = {s.headline: "".join(s.paragraphs) for s in stories}
    assert set(heads) == {"青河镇农贸市场改造完工", "县图书馆暑期少儿阅读活动开展"}
    assert heads["青河镇农贸市场改造完工"].startswith("6月10日")
    assert "少儿" not in heads["青河镇农贸市场改造完工"]
    assert heads["县图书馆暑期少儿阅读活动开展"].startswith("连日来")


def test_a_run_in_head_is_split_off_a_brief() -> None:
    assert run_in_head("Pool opens early  The town pool will open on Saturday") == "Pool opens early"
    assert run_in_head("镇卫生院开通夜间门诊\u3000即日起，镇卫生院开通夜间门诊") == "镇卫生院开通夜间门诊"
    # justified columns spread plain spaces inside running text and jump lines: no heads there
    assert run_in_head("close on Mondays and  the Riverside branch") is None
    assert run_in_head("See B    UDGET, Page A6") is None
    assert run_in_head("袁家军在  讲话中指出，重") is None


def test_a_blank_line_after_the_page_number_leaves_a_page_tight() -> None:
    """One or two blank lines (after a page number, before a footer) part no blocks: the page
    is read as tight, and its headlines are not drowned in one block of running text."""
    lines = ["5", "", "县域新闻 2025年7月3日", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
             *column(A_BODY), *column(A_MORE), "县图书馆暑期少儿阅读活动开展",
             "本报讯 （记者 周 航）", *column(B_BODY), *column(B_MORE)]
    assert measure(lines).style == "tight"
    page = Page(source="p5.txt", lang="zh", page_no=5, lines=tuple(lines))
    heads = [s.headline for s in split_page(page).stories]
    assert heads == ["青河镇农贸市场改造完工", "县图书馆暑期少儿阅读活动开展"]


def test_a_headline_in_two_equal_halves_holds_together() -> None:
    """Cutting a run between the two equal halves of a headline costs what cutting a printed
    block costs, even on a tight page where no blank line shows the block; cutting between a
    headline and the next story's longer headline costs nothing."""
    lines, shape = page_lines(("少儿阅读", "乐享暑期", "县图书馆暑期少儿阅读活动开展"))
    a, b, c = (Token("D", [x]) for x in lines)
    assert shape.style == "tight"
    assert _cut_cost([a, b, c], 1, "zh") > 0.5
    assert _cut_cost([a, b, c], 2, "zh") == 0.0


def test_parallel_phrases_under_a_kicker_are_not_scored_as_a_slogan() -> None:
    """Three equal short phrases between a kicker and a headline line are the headline's
    first line; the same phrases alone at the page foot are a slogan."""
    page = tight("青河日报", "2025年7月3日 星期四", "县委书记在全县项目推进会上强调",
                 "抓项目 促发展 惠民生", "奋力推动重点项目早见效", "本报讯 （记者 林 静）",
                 column(A_BODY), column(A_MORE), "守初心 担使命 谋发展")
    lines, shape = page_lines(page.lines)
    lab = Labeller(lines, shape, "zh")
    head = next(i for i, x in enumerate(lines) if x.s == "抓项目 促发展 惠民生")
    assert lab.emissions(head)[F] < 0 < lab.emissions(len(lines) - 1)[F]
    result = split_page(page)
    assert "抓项目 促发展 惠民生" in (result.stories[0].headline or "")
    assert "守初心 担使命 谋发展" in result.skipped


def test_a_kicker_wrapped_over_two_lines_on_a_tight_page() -> None:
    """No blank line shows the kicker's two lines were printed as one block: the cue verb at
    the end of the second line, with none on the first, makes both the kicker."""
    page = tight("青河日报", "2025年7月3日 星期四", "县委书记在全县营商环境暨",
                 "民营经济发展大会上强调", "优化服务 激发活力", "本报讯 （记者 林 静）",
                 column(A_BODY), column(A_MORE))
    st = split_page(page).stories[0]
    assert (st.kicker, st.headline) == ("县委书记在全县营商环境暨 民营经济发展大会上强调",
                                        "优化服务 激发活力")


def test_running_text_set_narrow_beside_an_inset_stays_body() -> None:
    """A body's first lines set in a narrow column beside a picture (three lines of one width,
    a comma inside one of them) are running text, not a headline stack, although they are
    much narrower than the page's column."""
    narrow = ["  走进青", "山村的蓝莓", "基地，一排", "排大棚里蓝"]
    page = tight("青河日报", "县域新闻", "返乡青年种出致富果", "本报记者 周 航",
                 narrow, column("莓长势喜人，紫色的果实挂满枝头。" + A_MORE), column(B_MORE))
    st = split_page(page).stories
    assert [s.headline for s in st] == ["返乡青年种出致富果"]
    assert "".join(st[0].paragraphs).startswith("走进青山村的蓝莓基地，一排排大棚")


def test_a_story_headline_printed_inside_its_own_running_text() -> None:
    """Extraction order may put a story's headline after its first lines, mid-sentence (its
    first column starts above the headline).  The line before it, ending on a comma, is
    running text; the headline is the story's own, not a pull quote to skip; the story
    starts at the paragraph break above it and its text runs on across the headline."""
    lib = column(B_BODY + B_MORE, 42)
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 column(A_BODY, 42), column(A_MORE, 42), lib[:1],
                 "暑期少儿阅读活动开展", "千余读者走进阅览室", lib[1:])
    stories = split_page(page).stories
    heads = {s.headline: "".join(s.paragraphs) for s in stories}
    lib_head = "暑期少儿阅读活动开展 千余读者走进阅览室"
    assert set(heads) == {"青河镇农贸市场改造完工", lib_head}, heads
    assert heads[lib_head] == B_BODY + B_MORE


def en_page(*lines: str) -> Page:
    return Page(source="a1.txt", lang="en", page_no=1, lines=tuple(lines))


def test_an_english_byline_run_into_the_first_line_is_taken_out() -> None:
    """`By NAME` in capitals (or with its role after a slash) printed on the body's first
    line is the byline; the capitalised words after it start the body."""
    page = en_page("The Pine Hollow Ledger", "Ferry service resumes after repairs",
                   "By NORA QUILLAN Pine Hollow ferry riders",
                   "can board again on Monday, the county said,",
                   "after three weeks of dock repairs.",
                   "Trail crews clear storm damage",
                   "By Alma Reyes / Staff Writer County crews",
                   "cleared fallen trees from the river trail on",
                   "Tuesday, and the trail is open again.")
    stories = split_page(page).stories
    assert [(s.headline, s.byline) for s in stories] == [
        ("Ferry service resumes after repairs", "By NORA QUILLAN"),
        ("Trail crews clear storm damage", "By Alma Reyes / Staff Writer")]
    assert stories[0].paragraphs[0].startswith("Pine Hollow ferry riders can board")


def test_english_lines_that_read_on_are_not_headlines() -> None:
    """A line with a sentence ending inside it and another starting, or one followed by a line
    opening with a colon, goes on in the running text; a time at a line's end before a
    capital ends the sentence, so a heading may follow."""
    page = en_page("The Pine Hollow Ledger", "COUNTY BOARD.", "",
                   "The board met on Monday and heard a long report",
                   "on the roads, the bridges and the county ferry.", "",
                   "Mr HALE : The ferry is late again. (Laughter",
                   "and cheers.)", "",
                   "The CHAIRMAN", ": Order, order.", "",
                   "The board rose at 11-40 p.m.", "",
                   "SCHOOL BOARD.", "",
                   "The school board met on Tuesday and heard from",
                   "the teachers of the county about their pay.")
    stories = split_page(page).stories
    assert [s.headline for s in stories] == ["COUNTY BOARD.", "SCHOOL BOARD."]
    body = " ".join(stories[0].paragraphs)
    assert "The ferry is late again." in body and "Order, order." in body


def test_a_byline_role_wrapped_onto_the_body_goes_back_to_the_byline() -> None:
    """A narrow column wraps `By X / Staff Writer` after `Staff`: the role's second word is
    the byline's, not the first word of the body."""
    page = en_page("The Pine Hollow Ledger", "Ferry service resumes after repairs",
                   "By Alma Reyes / Staff", "Writer PINE HOLLOW — Ferry riders",
                   "can board again on Monday, the county said,",
                   "after three weeks of dock repairs.")
    st = split_page(page).stories[0]
    assert st.byline == "By Alma Reyes / Staff Writer"
    assert st.paragraphs[0].startswith("PINE HOLLOW — Ferry riders can board")


def test_a_data_box_inside_a_body_is_skipped_and_the_body_runs_on() -> None:
    """A data box (its head, figure lines, its credit) set into a body is skipped whole, in
    Chinese and English, and the running text goes on after it."""
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 column(A_BODY), "数字看点", "新建摊位 260个", "冷链库容 1.5万吨", "制图：周 航",
                 column(A_MORE))
    result = split_page(page)
    assert "".join(result.stories[0].paragraphs) == A_BODY + A_MORE
    assert any("260个" in s and "制图" in s for s in result.skipped), result.skipped
    en = en_page("The Pine Hollow Ledger", "Ferry service resumes after repairs",
                 "Ferry riders can board again on Monday, the county",
                 "said, after three weeks of dock repairs.", "BY THE NUMBERS",
                 "21: days of repairs", "1,400: riders a day", "Source: county ferry office",
                 "The county paid for the work from its road fund.")
    story = split_page(en).stories[0]
    assert "riders a day" not in " ".join(story.paragraphs)
    assert story.paragraphs[-1].endswith("from its road fund.")


def test_english_page_furniture_by_its_form() -> None:
    """Credit lines, QR prompts, follow-us lines, data-box credits and a brief column's head
    are named by the furniture table (not only skipped by their shape), and skipped."""
    kinds = {s: furniture_kind(s, "en", False) for s in (
        "NEWS IN BRIEF", "Page editor: Alma Reyes | Design: Nora Quillan",
        "Follow The Pine Hollow Ledger online: scan the code", "Source: county ferry office")}
    assert kinds == {"NEWS IN BRIEF": "logo",
                     "Page editor: Alma Reyes | Design: Nora Quillan": "editor",
                     "Follow The Pine Hollow Ledger online: scan the code": "ad",
                     "Source: county ferry office": "editor"}
    assert furniture_kind("The code of conduct was passed.", "en", False) is None
    page = en_page("The Pine Hollow Ledger", "NEWS IN BRIEF", "Library extends Sunday hours",
                   "The Pine Hollow Public Library will stay open until 6 p.m. on Sundays",
                   "starting in June, the director said.",
                   "Follow The Pine Hollow Ledger online: scan the code",
                   "Page editor: Alma Reyes | Design: Nora Quillan")
    result = split_page(page)
    assert [(s.kicker, s.headline) for s in result.stories] == [
        (None, "Library extends Sunday hours")]
    joined = " ".join(result.skipped)
    assert "NEWS IN BRIEF" in joined and "scan the code" in joined and "Page editor" in joined


def test_the_end_of_a_division_list_stays_with_its_story() -> None:
    """Blocks above a headline in capitals that read as running text (figures, words in lower
    case) are the end of the story above, not a headline of the story below; a block ending
    on a colon leads into what follows and stays where it is."""
    page = en_page("The Pine Hollow Ledger", "COUNTY BOARD.", "",
                   "The board met on Monday and heard a long report",
                   "on the roads, the bridges and the county ferry.",
                   "The board then divided on the ferry grant.", "",
                   "For the grant", "Against 9", "",
                   "Board majority 3", "Clause 7 was postponed.", "",
                   "SCHOOL BOARD.", "",
                   "The school board met on Tuesday and heard from",
                   "the teachers of the county about their pay.")
    stories = split_page(page).stories
    assert [s.headline for s in stories] == ["COUNTY BOARD.", "SCHOOL BOARD."]
    assert "Clause 7 was postponed." in " ".join(stories[0].paragraphs)


def test_a_closing_byline_wrapped_over_two_lines_ends_its_story() -> None:
    """`…经营。（通讯员 周 航` / `李 明）` closes a story even when the byline wraps: the
    paragraph after it starts another story, whose headline follows its body."""
    first = column(A_BODY)
    first[-1] += "（通讯员 周 航"
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）", first,
                 "李 明）",
                 column(B_BODY), column(B_MORE), "县图书馆暑期少儿阅读活动开展")
    heads = {s.headline: "".join(s.paragraphs) for s in split_page(page).stories}
    assert set(heads) == {"青河镇农贸市场改造完工", "县图书馆暑期少儿阅读活动开展"}, heads
    assert heads["县图书馆暑期少儿阅读活动开展"].startswith("连日来")
    lines, shape = page_lines(page.lines)
    second = next(t for t in Labeller(lines, shape, "zh").tokens()
                  if t.kind == "BODY" and t.lines[0].s.startswith("连日来"))
    assert second.soft is None or second.soft >= weights()["story_tail_byline"]


def test_brief_heads_over_indented_paragraphs_and_a_spaced_notice() -> None:
    """In a brief column whose paragraphs open indented, a line that ends no sentence right
    above an indented first line is the brief's head; the text after a run-in head opens the
    first paragraph; a notice head printed with spaces (`遗 失 声 明`) and a QR prompt are
    skipped with the notice's text."""
    page = tight("青河日报", "县域新闻", "简讯",
                 "县图书馆延长周末开放时间", "　　7月起，县图书馆周末开放时间延长至", "晚上九点。",
                 "县体育馆免费开放游泳池", "　　暑期县体育馆游泳池每天上午免费向", "中小学生开放。",
                 "县农商银行发放助农贷款　今年以", "来，县农商银行累计发放助农贷款3.2亿", "元。",
                 "手机扫一扫 看更多青河新闻", "遗 失 声 明", "青河县禾丰农机经营部不慎遗失营业执照",
                 "副本，声明作废。")
    result = split_page(page)
    assert [s.headline for s in result.stories] == [
        "县图书馆延长周末开放时间", "县体育馆免费开放游泳池", "县农商银行发放助农贷款"]
    assert result.stories[2].paragraphs == ["今年以来，县农商银行累计发放助农贷款3.2亿元。"]
    assert any("遗失营业执照" in s for s in result.skipped)


def test_a_headline_wider_than_its_column_is_set_across_it() -> None:
    """A line without punctuation wider than the narrow columns around it was set across
    them: a headline printed inside its story's first column, not a line of it."""
    lib = column(B_BODY + B_MORE, 20)
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 column(A_BODY, 20), column(A_MORE, 20), lib[:3],
                 "县图书馆暑期少儿阅读活动吸引千余读者", lib[3:])
    lines, shape = page_lines(page.lines)
    lab = Labeller(lines, shape, "zh")
    wide = next(i for i, x in enumerate(lines) if x.s.startswith("县图书馆暑期"))
    assert lab.body_score(wide) < -2.0


def test_english_bylines_before_a_dateline_and_credits_naming_the_paper() -> None:
    """`By NAME DATELINE —` and `By Name Name DATELINE —` leave the dateline to the body; a photo
    credit may name the paper after the slash (`NAME / Pine Hollow Ledger`)."""
    page = en_page("The Pine Hollow Ledger", "Ferry service resumes after repairs",
                   "By NORA QUILLAN PINE HOLLOW — Ferry riders",
                   "can board again on Monday, the county said.",
                   "Trail crews clear storm damage",
                   "By Alma Reyes RIVER BEND — County crews",
                   "cleared fallen trees from the river trail.",
                   "FERRY DAY", "Riders wave from the ferry on Monday morning.",
                   "TOMAS QUILL / Pine Hollow Ledger")
    stories = split_page(page).stories
    assert [(s.headline, s.byline) for s in stories] == [
        ("Ferry service resumes after repairs", "By NORA QUILLAN"),
        ("Trail crews clear storm damage", "By Alma Reyes"),
        ("FERRY DAY", "TOMAS QUILL / Pine Hollow Ledger")]
    assert stories[1].paragraphs[0].startswith("RIVER BEND — County crews")


def test_a_line_under_a_column_head_is_an_items_headline() -> None:
    """Under `AROUND TOWN` the next line is a brief's headline, though nothing else in it
    (case, width) says so."""
    page = en_page("The Pine Hollow Ledger", "AROUND TOWN", "Road work on Route 12",
                   "Crews will repave a two-mile", "stretch of Route 12 between",
                   "Cedar Lane and the county line", "starting Monday. Expect", "delays.")
    stories = split_page(page).stories
    assert [s.headline for s in stories] == ["Road work on Route 12"]


def test_a_photo_set_into_running_text_is_its_own_story_and_the_text_runs_on() -> None:
    """A photo's title, caption and credit printed between two halves of a sentence: the
    photo is a story of its own, and the sentence is read whole."""
    body = column(A_BODY + A_MORE)
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 body[:3], "夏粮开镰", "6月11日，农机手驾驶收割机", "在麦田里来回穿梭。",
                 "记者 周 航 摄", body[3:])
    stories = split_page(page).stories
    heads = {s.headline: "".join(s.paragraphs) for s in stories}
    assert heads["青河镇农贸市场改造完工"] == A_BODY + A_MORE
    photo = next(s for s in stories if s.kind == "photo")
    assert (photo.headline, (photo.byline or "").replace(" ", "")) == ("夏粮开镰", "记者周航摄")


def test_a_short_line_beside_a_series_tag_is_the_tags_title() -> None:
    """Between a byline and a series tag (`“…”系列报道`), a short line without punctuation is
    the tag's own title, skipped with it, not a line of either story's headline."""
    page = tight("青河日报", "县域新闻", column(A_BODY), column(A_MORE), "青河镇农贸市场改造完工",
                 "本报记者 林 静", "走村看变化", "“乡村振兴看青河”系列报道",
                 "本报讯 （记者 周 航）" + B_BODY[:10], column(B_BODY[10:]), column(B_MORE),
                 "县图书馆暑期少儿阅读活动开展")
    result = split_page(page)
    heads = [s.headline or "" for s in result.stories]
    assert not any("走村看变化" in h for h in heads), heads
    assert any("走村看变化" in s for s in result.skipped), result.skipped


def blocks_page(*blocks: str) -> Page:
    """An English page with blank lines between blocks only (pdftotext, OCR)."""
    return Page(source="p3.txt", lang="en", page_no=3, lines=tuple("\n\n".join(blocks).split("\n")))


_DEBATE = ("Mr GRANT said the bill would raise the duty on spirits\nby a penny a gallon, "
           "and that the money would go\nto the county councils for technical schools.")


def test_a_line_going_on_in_lower_case_after_a_sentence_end_is_no_headline() -> None:
    """OCR blocks of two lines each inside a report (`Mr X : It is false. (Loud` /
    `cheers.) . . _`): the second line goes on in lower case from a line where a sentence
    ended, so the blocks are the report's running text, not a headline stack."""
    page = blocks_page("HOUSE OF COMMONS.—Tuesday.", _DEBATE,
                       "Mr LOWRY : It is absolutely false. (Loud\ncheers.) . . _",
                       "A sharp exchange followed between Mr Grant and\nMr Lowry.",
                       "The CHAIRMAN said the clause would stand part\nof the bill, "
                       "and the committee rose at midnight.")
    (story,) = split_page(page).stories
    assert story.headline == "HOUSE OF COMMONS.—Tuesday."
    assert "sharp exchange" in " ".join(story.paragraphs)


def test_a_headline_in_capitals_with_a_figure_is_no_tail_of_the_story_above() -> None:
    """Blocks above a headline that read as running text go back to the story above (the end
    of a division list has figures), but a line in capitals with a sum in it is a headline."""
    page = blocks_page("THE COUNTY COUNCIL.", _DEBATE, "£3,000 DAMAGES FOR SLANDER.",
                       "GRAVE CHARGE AGAINST A", "SCHOOLMASTER.",
                       "In the Queen's Bench, yesterday morning, Mr Justice\nHale and a special "
                       "jury heard the action of Ross v.\nPeel, which ended in a verdict for the plaintiff.")
    stories = split_page(page).stories
    assert [(s.headline, s.subheadline) for s in stories] == [
        ("THE COUNTY COUNCIL.", None),
        ("£3,000 DAMAGES FOR SLANDER.", "GRAVE CHARGE AGAINST A SCHOOLMASTER.")]


def test_a_word_split_by_a_run_of_spaces_is_mended_where_the_page_says_so() -> None:
    """Some tools split a justified line inside a word (`Kett  le`, `A  LVAREZ`).  The halves
    are joined where the joined line is a byline the tables name, or the joined word is one
    the page uses elsewhere; a justified gap between two words stays a space."""
    page = en_page("Kettle Creek market moves", "By JORGE A   LVAREZ",
                   "The Kett  le Creek Farmers Market will move",
                   "to Saturday  mornings, the city said.", "Kettle Creek is small.")
    (story,) = split_page(page).stories
    assert story.byline == "By JORGE ALVAREZ"
    assert story.paragraphs[0].startswith("The Kettle Creek Farmers Market will move to Saturday mornings")


def test_a_banner_shaped_headline_right_over_a_body_opening_is_a_headline() -> None:
    """Without blank lines, parallel phrases at the head of the page right over a line that
    opens a body (`晚报讯…`) are that story's headline, not a banner slogan."""
    page = tight("A07 文体新闻 2025年7月12日 星期六", "第五届梅岭市民运动会开幕", "全民健身 乐享运动",
                 "晚报讯（记者 邵 岚）", column("7月11日晚，第五届梅岭市民运动会在市体育中心开幕。" + A_MORE))
    (story,) = split_page(page).stories
    assert (story.kicker, story.headline) == ("第五届梅岭市民运动会开幕", "全民健身 乐享运动")


def test_a_caption_without_a_title_after_a_finished_story_is_a_photo_of_its_own() -> None:
    """A caption opening a new paragraph right under a story's last one, then its credit: the
    photo is a story of its own, not the story above going on."""
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 column(A_BODY), column(A_MORE), "8月31日，游客在青河县万亩茶园采摘秋茶，体验",
                 "茶文化。", " 记者 郭 婷 摄", "县图书馆暑期少儿阅读活动开展", "本报记者 周 航",
                 column(B_BODY))
    stories = split_page(page).stories
    photo = next(s for s in stories if s.kind == "photo")
    assert photo.paragraphs == ["8月31日，游客在青河县万亩茶园采摘秋茶，体验茶文化。"]
    assert "".join(stories[0].paragraphs) == A_BODY + A_MORE


def test_a_pull_quote_between_two_paragraphs_is_skipped() -> None:
    """A quotation with its attribution set between two paragraphs (the text above ended its
    sentence) is a pull quote: skipped, not a story or a headline."""
    page = en_page("Police seek witnesses to crash", "By Alma Reyes",
                   "Police are asking anyone who saw", "the crash at Fourth and Elm to call the",
                   "department. A cyclist was treated for", "minor injuries.",
                   "“Anyone who saw it should", "call us.”", "— Chief Dana Holt",
                   "The driver left in a dark pickup", "truck, police said on Tuesday.")
    res = split_page(page)
    (story,) = res.stories
    assert story.headline == "Police seek witnesses to crash"
    assert any("Chief Dana Holt" in x for x in res.skipped)
    assert "Anyone who saw it" not in " ".join(story.paragraphs)


def test_a_brief_headline_in_a_narrow_column_that_could_have_held_the_next_word() -> None:
    """In a narrow column a short line that ends no sentence, over a line opening with a
    capital, had room for that line's first word (a few characters to spare): no column broke
    it, so it is a headline, not the start of a paragraph."""
    page = en_page("BRIEFLY", "Library book sale Saturday", "The Friends of the Library, a",
                   "volunteer group, will hold their", "spring sale at the main branch,",
                   "210 Oak St., with hardcovers at $2,", "paperbacks at 50 cents. Proceeds",
                   "support children's programs.", "Road crews pave Route 12",
                   "Crews will repave, weather allowing,", "a two-mile stretch of Route 12,",
                   "between Cedar Lane and the county", "line, starting Monday, the county",
                   "said. Expect delays.")
    heads = [s.headline for s in split_page(page).stories]
    assert heads == ["Library book sale Saturday", "Road crews pave Route 12"]


def test_a_split_word_is_mended_before_run_in_heads_are_looked_for() -> None:
    """`ALDER FAL    LS — Voters…` reads like a run-in head (`ALDER FAL`) until the split
    word is mended (the page says `Falls`)."""
    raw = ["Levy vote set for May", "By Priya Ramaswamy / Staff Writer",
           "ALDER FAL    LS — Voters in the Alder", "Falls School District will decide on",
           "May 20 whether to approve a levy."]
    lines, _ = page_lines(raw)
    assert [x.s for x in lines][2] == "ALDER FALLS — Voters in the Alder"


def test_a_heading_in_capitals_opening_a_text_block_is_no_running_text() -> None:
    """Blank lines only between blocks: a photo's title in capitals printed in one block with
    its caption, and a kicker in capitals in one block with its headline, are display, though
    the blocks read as running text; furniture of a forecast box and page pointers is skipped."""
    page = blocks_page("WEATHER\nToday: Sunny and breezy. High 61, low 38.\nFull forecast, A8",
                       "COUNTY BOARD\nCommissioners balk at $3.1 million\njail kitchen in proposed budget",
                       "By Renata Sokol / Staff Writer",
                       "ASHBY RIDGE — Tolland County commissioners\ndelayed a vote on the budget on "
                       "Monday, saying\nbids for the jail kitchen came in too high.",
                       "FIRST FROST\nFrost coats a pumpkin patch at Harvey\nOrchards early Monday, "
                       "when temperatures\nfell to 29 degrees.", "HALEY MORROW / The Ledger", "A1")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [
        ("COUNTY BOARD", "Commissioners balk at $3.1 million jail kitchen in proposed budget"),
        (None, "FIRST FROST")]
    skipped = " ".join(res.skipped)
    assert "Full forecast, A8" in skipped and "High 61" in skipped and "A1" in res.skipped


_BRIEF_COLUMNS = [
    # one space: the text starts at the first capitalised function or number word
    (("NEWS IN BRIEF",
      "Pumpkin walk returns Saturday The\nAshby Ridge Parks Department's\n"
      "Pumpkin Walk returns from 5 to 8\np.m. Saturday at Willow Creek Park.\n"
      "Admission is free; carved pumpkins\nmay be dropped off at the park,\nthe department said.",
      "Library cuts fines The Ashby Ridge\nPublic Library will stop charging\n"
      "overdue fines on children's books,\nthe library board decided.",
      "Route 41 lane closure One lane of\nRoute 41 will be closed weekdays\n"
      "through Oct. 24 for resurfacing."),
     ["Pumpkin walk returns Saturday", "Library cuts fines", "Route 41 lane closure"],
     (1, "The Ashby Ridge Public Library")),
    # a gap, and only the text's first word on the line; a head ending in a figure
    (("IN BRIEF",
      "Pool opens early  The\nMarsh Lane pool will open on June\n1, a week earlier than usual.",
      "Bridge lane closed Thursday   Crews\nwill close one lane of the Mill Street\n"
      "bridge from 8 a.m. to 3 p.m.\nThursday for repairs.",
      "Bus fares rise Oct. 1   TOLLAND,\nOre. — Fares on county buses will\nrise "
      "25 cents on Oct. 1, the\ntransit board said."),
     ["Pool opens early", "Bridge lane closed Thursday", "Bus fares rise Oct. 1"],
     (1, "Crews will close")),
]


@pytest.mark.parametrize(("blocks", "heads", "first"), _BRIEF_COLUMNS)
def test_english_brief_heads_run_into_their_text(blocks: tuple[str, ...], heads: list[str],
                                                 first: tuple[int, str]) -> None:
    """Under `NEWS IN BRIEF`, after a brief that ended, a head run into the text with one space
    (`Library cuts fines The Ashby…`) is split off where a capitalised function or number word
    starts the text; a narrow line may hold the head, a gap and only the text's first word
    (`Bridge lane closed Thursday   Crews`), and a head may end in a figure (`…Oct. 1`); in a
    block of running text the head weighs as display."""
    stories = split_page(blocks_page(*blocks)).stories
    assert [s.headline for s in stories] == heads
    assert stories[first[0]].paragraphs[0].startswith(first[1])


def test_an_english_byline_runs_on_into_a_dateline_broken_by_the_column() -> None:
    """`By Ann Marsh Staff Writer TOLLAND` / `FALLS — …`: the dateline starts at the end of the
    byline's line; a byline role ending in its noun (`/ Staff Writer`) ends the byline though
    the text's first word follows alone; a two-line deck over the byline is the headline's
    subheadline, not the text."""
    page = blocks_page("Board backs plan to rebuild\nthe Elm Street school",
                       "Vote sends the bond to the ballot;\ntax would cost a homeowner $80 a year",
                       "By Ann Marsh Staff Writer TOLLAND\nFALLS — The school board voted 5-2 on\n"
                       "Tuesday to ask voters for $30 million\nto rebuild the Elm Street school.",
                       "Parking meters go digital",
                       "By Tom Wade / Staff Writer Drivers\nwill be able to pay by phone from\n"
                       "Oct. 6, when the city replaces its\ncoin meters.")
    stories = split_page(page).stories
    assert [(s.headline, s.subheadline, s.byline) for s in stories] == [
        ("Board backs plan to rebuild the Elm Street school",
         "Vote sends the bond to the ballot; tax would cost a homeowner $80 a year",
         "By Ann Marsh Staff Writer"),
        ("Parking meters go digital", None, "By Tom Wade / Staff Writer")]
    assert stories[0].paragraphs[0].startswith("TOLLAND FALLS — The school board")
    assert stories[1].paragraphs[0].startswith("Drivers will be able")


def test_a_section_head_a_scores_box_and_a_role_line_under_a_byline() -> None:
    """Tight English page: a section's standing head (`Deaths`) over several items is skipped
    and each item keeps its own headline; a results box (its logo, group heads and score
    lines) is skipped whole; a byline's role on the line under the name joins the byline."""
    page = Page(source="p4.txt", lang="en", page_no=4, lines=(
        "Deaths",
        "Martha L. Quinn",
        "Martha Louise Quinn, 88, of Tolland died Oct. 2 at home. She taught",
        "piano for 50 years. A service will be held at 10 a.m. Oct. 9.",
        "Robert Eames",
        "Robert Eames, 79, of Ashby died Oct. 3. He farmed near Ashby all his",
        "life. Burial will be private.",
        "SCOREBOARD",
        "Prep soccer",
        "Tuesday's results",
        "Tolland 3, Ashby 1",
        "Mill Creek 2, Dover 2",
        "League standings",
        "Tolland 4-0 | Mill Creek 3-1",
        "Ashby 1-3 | Dover 0-4",
        "Pool repairs to close Marsh Park",
        "By Nadia Ferris",
        "Staff Writer",
        "The city pool at Marsh Park will close for three weeks in May while crews",
        "replace its pumps, the parks department said Monday.",
    ))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Martha L. Quinn", None), ("Robert Eames", None),
        ("Pool repairs to close Marsh Park", "By Nadia Ferris Staff Writer")]
    skipped = " ".join(res.skipped)
    assert "Deaths" in skipped and "Tolland 3, Ashby 1" in skipped and "League standings" in skipped


def test_a_closing_byline_the_column_wrapped_is_one_line() -> None:
    lines, _ = page_lines(["检验信号和供电系统。", "（晚报记者 周 航", "通讯员 林 静）", "少儿阅览室延时开放"])
    assert [x.s for x in lines] == ["检验信号和供电系统。", "（晚报记者 周 航 通讯员 林 静）", "少儿阅览室延时开放"]
    # an opening bracket that no byline closes stays as it is
    lines, _ = page_lines(["（上接第1版）", "开通后最快只需28分钟。"])
    assert len(lines) == 2


def test_a_line_with_figures_fills_a_column_wrapped_by_characters() -> None:
    """A column wrapped at eleven characters: a line holding `6:00` is as full as its
    neighbours whether the figures were set half a cell wide or a whole one."""
    text = ("昨日，记者从市轨道交通集团获悉，地铁2号线东延段工程已完成车站装修和机电设备安装，"
            "试运行期间，列车将按照正式运营的时刻表行车，每天早上6:00至晚上23:00不载客运行，"
            "检验列车、信号、供电等系统的稳定性。")
    raw = [text[k:k + 11] for k in range(0, len(text), 11)]
    lines, shape = page_lines(raw)
    lab = Labeller(lines, shape, "zh")
    k = next(i for i, x in enumerate(lines) if sum(c.isdigit() for c in x.s) >= 4)
    assert lab.fits(k)[0]


def test_english_paragraphs_after_a_month_and_after_a_plain_attribution() -> None:
    """`…on Oct.` / `1, the board said`: a month's abbreviation ends no sentence; a
    paragraph ending `the study said.` with no quotation in it is over, and the quotation on
    the next line opens the next paragraph."""
    page = blocks_page("Ferry fares to rise",
                       "Fares on the Tolland River ferry will\nrise 50 cents to $4.50 on Oct.\n"
                       "1, the county ferry board said.\nA new building would cost $29.5\n"
                       "million, the study said.\n\"We have patched this building for 20\nyears,\" the "
                       "superintendent said.")
    story = split_page(page).stories[0]
    assert story.paragraphs == [
        "Fares on the Tolland River ferry will rise 50 cents to $4.50 on Oct. 1, the county "
        "ferry board said.",
        "A new building would cost $29.5 million, the study said.",
        "\"We have patched this building for 20 years,\" the superintendent said."]


def test_chinese_heads_printed_in_one_block_with_their_text() -> None:
    """Blank lines only between blocks: a short line without punctuation opening a block of
    running text is its headline; in a brief column a head parted by two spaces from text
    that opens with figures is split off, though the next line opens with a date."""
    text = ("9月20日，县实验小学的学生在老师指导下学习竹编技艺。今年以来，县文化馆已组织竹编、"
            "傩戏等非遗项目进校园活动36场，参与学生5000余人次。")
    raw = ["3 综合新闻 2025年9月22日 星期一", "", "县城新增公共停车位八百个", "",
           "本报讯（记者 罗 佳）今年以来，县城新建改建公共停车场6个，", "新增停车位800个，缓解了老城区停车难。", "",
           "非遗进校园", *[text[k:k + 21] for k in range(0, len(text), 21)], "",
           "简 讯", "",
           "自助借还机投用  县图书馆新增自助借还机12台，", "读者凭身份证即可借还图书。（记者 邓 超）", "",
           "半程马拉松开始报名  2025年县半程马拉松将于", "11月16日7:30在县体育中心鸣枪开跑，共3000个",
           "名额，报名截止时间为10月31日。"]
    stories = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(raw))).stories
    heads = [s.headline for s in stories]
    assert heads[1] == "非遗进校园" and stories[1].paragraphs[0].startswith("9月20日")
    assert heads[-1] == "半程马拉松开始报名"
    assert stories[-1].paragraphs[0].startswith("2025年县半程马拉松")


def test_a_headline_and_a_pull_quote_set_into_an_open_sentence() -> None:
    """Tight Chinese page: a story's own headline printed after its first line that breaks
    off a sentence (`…民生工` / headline / `程。要加快…`), and a quotation without attribution
    set narrow into another story's open sentence: the text resumes after both, the headline
    heads its story, the quotation is skipped, and the closing byline under the text that
    went on past the quotation is that story's."""
    def chars(p: str) -> list[str]:
        return [p[k:k + 19] for k in range(0, len(p), 19)]
    a1 = chars("6月3日，县长周立新主持召开县政府第12次常务会议，研究部署城乡供水一体化工程等工作。")
    a2 = chars("会议指出，城乡供水一体化是重要的民生工程。要加快推进第二水厂扩建和农村管网改造，"
               "力争年底前实现农村自来水普及率达到99%以上。")
    b1 = chars("记者昨日从县市场监管局获悉，青石巷菜市场改造后重新开张，摊位由186个调整为152个，"
               "主通道由1.5米拓宽到3米，街坊们都说方便多了。")
    lines = ["丰河日报 3 2026年6月5日 星期五 综合新闻", *a1, a2[0], "县政府第12次常务会议召开",
             "部署城乡供水工程", *a2[1:], "（记者 许 磊）", "青石巷菜市场改造后重新开张", b1[0], b1[1],
             "“菜场干净亮堂了，", "来买菜的街坊", "比以前多了一倍。”", *b1[2:],
             *chars("摊主老陈说，改造后顾客明显增加，生意比以前好做了。"), "（通讯员 蔡 宇）"]
    res = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(lines)))
    assert [(s.kicker, s.headline, s.byline) for s in res.stories] == [
        ("县政府第12次常务会议召开", "部署城乡供水工程", "（记者许磊）"),
        (None, "青石巷菜市场改造后重新开张", "（通讯员蔡宇）")]
    assert res.stories[0].paragraphs[1].startswith("会议指出，城乡供水一体化是重要的民生工程。")
    assert "菜场干净" not in "".join(res.stories[1].paragraphs)
    assert any("来买菜的街坊" in s for s in res.skipped)


def test_a_compound_broken_at_a_line_end_is_written_as_the_story_prints_it() -> None:
    """`fifth-` / `graders`: the headline prints `fifth-graders`, so the body keeps the
    hyphen; a word the story prints closed elsewhere (`halftime`) loses it."""
    page = blocks_page("Fifth-graders dig in on schoolyard garden",
                       "ASHBY RIDGE — Armed with shovels and a grant, fifth-\ngraders at Ridgeview "
                       "planted a garden on Monday.\nThe game was tied at halftime, and after the half-\n"
                       "time show the band played on.")
    text = " ".join(split_page(page).stories[0].paragraphs)
    assert "fifth-graders at Ridgeview" in text and "after the halftime show" in text


def test_a_narrow_chinese_column_a_line_ending_a_word_the_next_line_finishes() -> None:
    """Tight page, a column of thirteen characters: a line without punctuation whose word
    the next line ends (`…人员密集场` / `所、…`) is running text, not a headline; in a brief
    column a head run in with one space keeps the short rest of its line (`自10` / `月15日起…`)."""
    raw = ["2 要闻 2025年10月14日 星期二", "县开展秋冬季消防安全大检查", "10月13日起，县消防救援", "大队联合县应急管理局，在全", "县开展为期两个月的大检查。",
           "此次检查重点针对人员密集场", "所、“九小场所”和电动自行", "车集中充电点，计划检查单位", "1200家以上。",
           "（记者 孔 琳）", "简讯", "县图书馆延长开放时间 自10", "月15日起，县图书馆周二至周",
           "日开放时间延长至21时，周一", "闭馆。", "城南菜市场完成提质改造 历时", "4个月改造的城南菜市场10月",
           "12日重新开业，新增摊位86", "个。"]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == [
        "县开展秋冬季消防安全大检查", "县图书馆延长开放时间", "城南菜市场完成提质改造"]
    assert "此次检查重点针对人员密集场所、" in "".join(res.stories[0].paragraphs)
    assert res.stories[1].paragraphs[0].startswith("自10月15日起")


def test_an_english_page_with_a_blank_line_after_every_line() -> None:
    """Spaced shape: a headline wrapped onto a line opening in lower case is one headline;
    the header's date in upper and lower case is furniture; letters end in their signatures;
    a calendar's listings are skipped up to the next heading in capitals (`CORRECTION`, a
    one-item head, is that item's headline)."""
    blocks = ["C4", "Tolland Valley Times | Monday, June 2, 2025", "Pool crew adds",
              "weekend hours", "By Ann Marsh / Times Staff",
              "The Marsh Lane pool will open on Saturdays and Sundays from June 7, the parks",
              "department said Friday.", "LETTERS TO THE EDITOR", "Keep the library open",
              "I was sorry to read that the library may close on Mondays, when many of us",
              "rely on it for the computers and the newspapers. Please keep it open.",
              "— Ruth Ames, Tolland", "COMMUNITY CALENDAR", "SATURDAY, JUNE 7",
              "Tolland Farmers Market, 8 a.m.-noon,", "Depot Square.", "CORRECTION",
              "A story on Page C1 on Friday gave the wrong date for the county fair.",
              "The fair runs Aug. 20-24."]
    page = Page(source="p4.txt", lang="en", page_no=4, lines=tuple("\n\n".join(blocks).split("\n")))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Pool crew adds weekend hours", "By Ann Marsh / Times Staff"),
        ("Keep the library open", "— Ruth Ames, Tolland"), ("CORRECTION", None)]
    skipped = " ".join(res.skipped)
    assert "Monday, June 2, 2025" in skipped and "Farmers Market" in skipped


def test_a_photo_credit_printed_over_its_caption() -> None:
    """Blocks shape: a photo's title, then its credit, then its caption (opening with the
    day) is one photo; the page's editor line with 主编 and a numbered series tag are
    furniture."""
    raw = ["柳川晚报 2025年9月20日 星期六", "", "主编：黄 立 责编：乔一帆 美编：阮 棠", "",
           "「城市更新进行时」系列报道之四", "", "老旧小区微改造", "改出居民好日子", "",
           "晚报记者 苏小棠", "9月18日下午，在西城区槐荫里小区，75岁的郭淑珍老人坐着新装的",
           "电梯回到了5楼的家。全市今年计划改造老旧小区186个，已开工152个。", "",
           "加装电梯后的幸福楼道", "", "晚报记者 苏小棠 摄", "9月18日，槐荫里小区居民乘坐新装的电梯下楼。",
           "该小区今年已加装电梯11部。", "", "江滨步道今起夜间开放", "",
           "记者从市园林局获悉，江滨步道自9月20日起每天开放至22时，沿线新增路灯300盏。"]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(raw)))
    heads = [(s.headline, s.byline, s.kind) for s in res.stories]
    assert heads[1] == ("加装电梯后的幸福楼道", "晚报记者 苏小棠 摄", "photo")
    assert res.stories[1].paragraphs[0].startswith("9月18日，槐荫里小区居民")
    assert heads[0][0] == "老旧小区微改造 改出居民好日子" and heads[2][0] == "江滨步道今起夜间开放"
    assert any("主编" in s for s in res.skipped) and any("系列报道之四" in s for s in res.skipped)


def test_an_english_photo_credit_over_its_caption_and_a_page_pointer() -> None:
    """Tight page: `Full forecast, Page A8` is a page pointer; a photo's title, then its
    photographer in upper and lower case with the paper, then the caption, is one photo."""
    page = Page(source="p1.txt", lang="en", page_no=1, lines=(
        "The Tolland Valley Times", "TODAY: Partly sunny, high 74, low 52", "Full forecast, Page A8",
        "Pool to open a week early",
        "The Marsh Lane pool will open on May 24, a week earlier than usual, the parks",
        "department said Friday.", "FIRST CAST", "Lena Hart / The Times",
        "Owen Brandt, 7, shows off a bluegill he caught Saturday at the Kids Fishing",
        "Derby at Cole Pond. More than 140 children took part.",
        "Bridge to close for repairs", "The Route 9 bridge will close for two weeks in June",
        "while crews replace its deck, the state said."))
    res = split_page(page)
    assert [(s.headline, s.byline, s.kind) for s in res.stories] == [
        ("Pool to open a week early", None, "news"), ("FIRST CAST", "Lena Hart / The Times", "photo"),
        ("Bridge to close for repairs", None, "news")]
    assert res.stories[1].paragraphs[0].startswith("Owen Brandt, 7,")
    assert "Full forecast, Page A8" in " ".join(res.skipped) and res.printed_page is None


def test_a_narrow_chinese_page_end_quote_apart_and_a_sourced_opener() -> None:
    """Tight page, thirteen characters a line: `第2版` heads the page; a quotation of short
    lines after a paragraph that ended is a pull quote; a headline over a line opening with
    where the reporter learned the news (`记者从…`) heads that story; the closing byline at the
    page's foot is a byline, not a banner."""
    raw = ["第2版", "要闻", "2025年10月14日 星期二", "县图书馆开设竹编课", "9月起，县图书馆开设竹编课，", "每周上两节，已有学员40人。",
           "“竹子是有脾气的，", "你得先懂它，", "它才肯听你的话。”",
           "前三季度全县减税降费4.1亿元", "记者从县税务局获悉，今年1", "至9月，全县累计新增减税降",
           "费及退税缓费4.1亿元，惠", "及经营主体1.2万户次。", "（通讯员 贺知秋）", "本版邮箱：flrb@163.com"]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    assert [(s.headline, (s.byline or "").replace(" ", "")) for s in res.stories] == [
        ("县图书馆开设竹编课", ""), ("前三季度全县减税降费4.1亿元", "（通讯员贺知秋）")]
    skipped = " ".join(res.skipped)
    assert "第2版" in skipped and "你得先懂它" in skipped and res.printed_page == 2


def test_a_headline_over_a_line_that_opens_with_its_own_byline() -> None:
    """`鹤江桥通车` / `本报讯 今年…`: joined, the two lines would read as a byline
    (`…通车本报讯`), but the next line opens the body on its own, so the first is the headline."""
    page = tight("鹤江桥通车", "本报讯 今年鹤江桥建成通车以来，两岸的居民往来更方便了。")
    story = split_page(page).stories[0]
    assert (story.headline, story.byline) == ("鹤江桥通车", "本报讯")


def test_an_english_log_item_opening_with_its_day_and_time_starts_a_paragraph() -> None:
    page = blocks_page("Police log",
                       "The following items are taken from Tolland police reports. An\n"
                       "arrest is not a finding of guilt, and charges may be dropped.\n"
                       "Sept. 29, 7:42 a.m.: A resident of the 400 block of Cotter\n"
                       "Street said a bicycle was taken from a porch on Cotter Street.\n"
                       "Oct. 2, 9:30 p.m.: A 19-year-old woman was cited for\n"
                       "disorderly conduct outside a bar on Front Street.")
    paragraphs = split_page(page).stories[0].paragraphs
    assert [p[:12] for p in paragraphs] == ["The followin", "Sept. 29, 7:", "Oct. 2, 9:30"]


def test_a_quoted_chinese_headline_and_a_heading_over_an_indented_first_line() -> None:
    """Blocks shape: a headline in quotation marks over two short lines (the first ending on
    a comma) stands over its `——对话…` line and is no pull quote; a heading printed in one
    block with an indented first line under it heads its story, though it comes near the
    column's width."""
    raw = ["江屿晚报 2026年3月12日 星期四 A07 城事", "",
           "锦屏路菜市场设起公平秤", "　　晚报讯 （记者 苏 晴）锦屏路菜市场日前在入口处设置",
           "了两台公平秤，市民买菜后如对分量有疑问，可自行复秤。", "",
           "化肥厂宿舍4部电梯同时开工", "　　在东湖街道化肥厂宿舍，4个单元的加装电",
           "梯工程近日同时开工，预计6月底前投入使用。", "",
           "“修了四十年表，", "我还想再修十年”", "", "——对话打铁街钟表匠严伯年", "", "晚报记者 苏 晴",
           "　　在江屿老城区打铁街的转角，有一间不足6平方米的钟表铺，", "门口挂着一块褪了色的木招牌。"]
    res = split_page(Page(source="p7.txt", lang="zh", page_no=7, lines=tuple(raw)))
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("锦屏路菜市场设起公平秤", None), ("化肥厂宿舍4部电梯同时开工", None),
        ("“修了四十年表， 我还想再修十年”", "——对话打铁街钟表匠严伯年")]


def test_an_english_inner_page_header_briefs_with_datelines_and_an_obituary() -> None:
    """Blocks shape: the folio line with its date in capitals and the section's name under it
    are the header; a byline's role with the paper's name on its own line joins the byline;
    in a brief column a head runs into a dateline in capitals (`… LOWELL` / `BAY —`, `…
    ASHTON —`); an obituary's head is the name and the age."""
    page = blocks_page("A4 THE TOLLAND HERALD TUESDAY, SEPTEMBER 30, 2025", "REGION",
                       "Harbor dredging to\nstart next month", "By Dev Okonkwo\nHerald Staff Writer",
                       "TOLLAND — The Army Corps of Engineers will begin\ndredging the harbor channel "
                       "next month, harbor\nofficials said Monday.",
                       "REGION IN BRIEF",
                       "Ferry fares to rise Nov. 1 LOWELL\nBAY — The county ferry will raise "
                       "fares\nfrom $4.50 to $5.25 on Nov. 1.",
                       "Boil-water notice lifted ASHTON —\nResidents on the east side of "
                       "Ashton\nno longer need to boil their water.",
                       "OBITUARIES", "Evelyn R. Haskett, 92",
                       "TOLLAND — Evelyn Ruth Haskett, 92, who taught\npiano for 50 years, died "
                       "Sept. 26 at home.")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Harbor dredging to start next month", "By Dev Okonkwo Herald Staff Writer"),
        ("Ferry fares to rise Nov. 1", None), ("Boil-water notice lifted", None),
        ("Evelyn R. Haskett, 92", None)]
    assert res.stories[1].paragraphs[0].startswith("LOWELL BAY — The county ferry")
    assert res.stories[2].paragraphs[0].startswith("ASHTON — Residents")
    assert "REGION" in res.skipped[0].split()


def test_chinese_brief_heads_on_their_own_line_and_with_one_character_run_in() -> None:
    """Seed shape, a 简讯 column: a head run in with one space keeps a rest of one character
    (`…运动会 日` / `前，石门镇…`), but a banner's two equal phrases are no head and text; a
    head on a line of its own after a brief that ended, a little short of the column, heads
    the next brief."""
    briefs = ["简 讯", "县图书馆冬季开放时间调整 自11 月", "20 日起，县图书馆冬季开放时间调",
              "整为每天9:00至17:30，每周一闭馆。", "石门镇举办农民丰收趣味运动会 日",
              "前，石门镇在青茅村文化广场举办农", "民丰收趣味运动会，200余名村民参加。",
              "县税务局开展“税惠进园区”活动", "近日，县税务局组织业务骨干走进县",
              "工业园，为48家企业上门讲解政策。", "建设美丽岑川 共享幸福家园"]
    raw = ["岑川日报", "2025年11月18日 星期二", "县城新增公交线路两条",
           "本报讯 （记者 黄 宁）11月17日，县城新开通公交线路两条，", "方便城郊群众出行。", *briefs]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(
        "\n\n".join(raw).split("\n"))))
    assert [s.headline for s in res.stories][1:] == [
        "县图书馆冬季开放时间调整", "石门镇举办农民丰收趣味运动会", "县税务局开展“税惠进园区”活动"]
    assert res.stories[2].paragraphs[0].startswith("日前，石门镇")
    assert "建设美丽岑川 共享幸福家园" in res.skipped  # a banner at the foot, no brief's head


def test_a_chinese_column_named_for_reminders_and_a_notice_named_for_its_subject() -> None:
    """Tight page: `健康提醒` heads a column of items (skipped, each item its own story);
    `停水公告` heads a paid notice, skipped with its lines."""
    raw = ["3 2026年1月20日 星期二 文体·社会", "县冬泳队在全省邀请赛上摘得两金",
           "本报讯（通讯员 蔡 宁）1月17日，全省冬泳邀请赛在凤溪湖举行，", "我县队员获得两枚金牌。",
           "健康提醒", "取暖谨防一氧化碳中毒", "冬季燃煤取暖、炭火烤火时要保持室内通风，",
           "不要在密闭房间内使用炭盆。", "节日聚餐莫贪杯贪食", "春节期间聚餐多，县疾控中心提醒，",
           "要避免暴饮暴食和过量饮酒。（通讯员 黎 华）", "停水公告", "因城区供水管网改造施工，",
           "1月22日城南片区将暂停供水。", "柘阳县自来水公司"]
    res = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == [
        "县冬泳队在全省邀请赛上摘得两金", "取暖谨防一氧化碳中毒", "节日聚餐莫贪杯贪食"]
    skipped = " ".join(res.skipped)
    assert "健康提醒" in skipped and "停水公告" in skipped and "暂停供水" in skipped


def test_an_english_weekly_front_page_with_a_blank_line_after_every_line() -> None:
    """Spaced shape: an index with dot leaders is furniture; a headline wrapped onto a line
    opening with a sum stays one; `Continued on A5` is a jump; a photo credit printed over the
    photo's label and caption makes one photo; `For The Ledger` under a byline joins it."""
    blocks = ["The Tolland Ledger", "Thursday, April 9, 2026 | Vol. 115, No. 15 | $1.00", "INSIDE",
              "Obituaries .......... A3", "Sports .............. B1", "SCHOOLS",
              "Voters to decide", "$18.5 million school bond in May", "By Nora Pruitt",
              "TOLLAND — Voters in the Tolland School District will decide May 19 whether",
              "to borrow $18.5 million to replace the oldest wing of the elementary school.",
              "Continued on A5", "DALE WHITFORD / Ledger photo", "ICE OUT",
              "Anglers line the bank of Marsh Lake on Saturday as the ice went out.",
              "COUNTY COMMISSION", "Commissioners approve burn-permit fee", "By Jim Hale",
              "For The Ledger", "Rural residents will pay $15 for a backyard burn permit from May 1,",
              "the commissioners decided Tuesday."]
    page = Page(source="a1.txt", lang="en", page_no=1, lines=tuple("\n\n".join(blocks).split("\n")))
    res = split_page(page)
    assert [(s.headline, s.byline, s.continued_to) for s in res.stories] == [
        ("Voters to decide $18.5 million school bond in May", "By Nora Pruitt", 5),
        ("ICE OUT", "DALE WHITFORD / Ledger photo", None),
        ("Commissioners approve burn-permit fee", "By Jim Hale For The Ledger", None)]
    assert "Sports .............. B1" in " ".join(res.skipped)


_BOXED = [
    # a data box's figures may carry a rise or fall arrow (`↑6.2%`)
    (["2 2025年11月18日 星期二 综合新闻", "", "全县消费市场稳中有升", "",
      "记者从县统计局获悉，前三季度全县社会消费品零售总额98.6亿元，同比增长6.2%。", "",
      "数读", "前三季度消费市场", "社会消费品零售总额 98.6亿元 ↑6.2%", "网络零售额 21.3亿元 ↑18.4%",
      "新能源汽车零售量 ↑46.2%", "数据来源：县统计局", "", "城区开展燃气安全检查", "",
      "本报讯 （记者 黄 宁）入冬以来，县城市管理局对城区餐饮场所开展燃气安全专项检查。"],
     ["全县消费市场稳中有升", "城区开展燃气安全检查"], "网络零售额 21.3亿元 ↑18.4%"),
    # a hotline's call in short phrases printed under it
    (["江屿晚报 2026年3月12日 星期四 A07 城事", "", "老街钟表铺迎来新学徒", "",
      "　　本报讯 （记者 苏 晴）打铁街的钟表铺近日迎来两名学徒，老师傅严伯年说手艺后继有人。", "",
      "新闻热线：0739-96128", "线索一经采用 即付报料费", "", "市图书馆城市书房延长开放至22点", "",
      "　　本报讯 （记者 周 扬）3月11日起，市图书馆城市书房夜间开放时间延长至22:00。"],
     ["老街钟表铺迎来新学徒", "市图书馆城市书房延长开放至22点"], "线索一经采用 即付报料费"),
]


@pytest.mark.parametrize(("raw", "heads", "skipped"), _BOXED)
def test_chinese_box_lines_between_stories_are_skipped(raw: list[str], heads: list[str],
                                                       skipped: str) -> None:
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == heads
    assert skipped in " ".join(res.skipped)


def test_every_line_printed_in_one_block_under_a_forecast_head_is_furniture() -> None:
    page = blocks_page("Harbor dredging to start next month",
                       "The Army Corps of Engineers will begin dredging the harbor\nchannel next "
                       "month, harbor officials said Monday.",
                       "The work will run through February and deepen the channel\nto 18 feet.",
                       "Apple festival moves indoors",
                       "With heavy rain in the forecast, the apple festival will move\ninto the "
                       "Grange hall on Saturday.",
                       "WEATHER\nToday: Sunny, breezy. High 68, low 51.\nWednesday: Clouds, showers "
                       "late.\nTides, Tolland Harbor: High 5:42\na.m., 6:11 p.m. Low 11:58 a.m.\n"
                       "Sunrise 7:08 a.m. Sunset 6:57 p.m.")
    res = split_page(page)
    assert measure(page.lines).style == "blocks"
    assert res.stories[1].paragraphs == [
        "With heavy rain in the forecast, the apple festival will move into the Grange hall on "
        "Saturday."]
    assert "Sunrise 7:08 a.m." in " ".join(res.skipped)


def test_a_chinese_column_head_alone_in_its_block_over_an_item() -> None:
    """Blank lines between blocks: `街巷新鲜事`, a block of one short line, over a block that
    opens with a headline and its body, heads a column; it is skipped, not taken as the
    headline of the text above it."""
    raw = ["江屿晚报 2026年3月12日 星期四 A07 城事", "", "全市12条背街小巷年内完成微更新", "",
           "　　本报讯 （记者 周 扬）昨天从市住建局获悉，今年全市将对12条背街小巷实施微更新。",
           "　　据介绍，12条街巷改造总投资约6800万元，将新增停车位420个。", "", "街巷新鲜事", "",
           "锦屏路菜市场设起公平秤", "　　晚报讯 （记者 苏 晴）锦屏路菜市场日前在入口处设置了两台公平秤。",
           "", "化肥厂宿舍4部电梯同时开工", "　　在东湖街道化肥厂宿舍，4个单元的加装电梯工程近日同时开工。"]
    res = split_page(Page(source="p7.txt", lang="zh", page_no=7, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == [
        "全市12条背街小巷年内完成微更新", "锦屏路菜市场设起公平秤", "化肥厂宿舍4部电梯同时开工"]
    assert "据介绍" in "".join(res.stories[0].paragraphs) and "街巷新鲜事" in res.skipped


def test_letters_signed_with_a_name_and_a_town() -> None:
    """Under `LETTERS TO THE EDITOR`, a writer's name and town on a line of their own under
    the letter's last sentence is its byline and closes it; the next letter's headline heads
    the next letter."""
    page = blocks_page("LETTERS TO THE EDITOR", "Keep the Dock Street crosswalk",
                       "The city's plan to remove the crosswalk at Dock Street will not stop\n"
                       "people from crossing there; it will only stop drivers from expecting them.\n"
                       "Ruth Calloway, Tolland",
                       "Thank you, Station 2",
                       "On Sept. 14 a kitchen fire started in our home, and the crew of Station 2\n"
                       "was there in six minutes. We are grateful.\nGerald and Anne Foss, Kestrel Falls")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Keep the Dock Street crosswalk", "Ruth Calloway, Tolland"),
        ("Thank you, Station 2", "Gerald and Anne Foss, Kestrel Falls")]
    assert res.stories[1].paragraphs[-1].endswith("We are grateful.")


def test_a_two_part_slogan_between_a_story_and_the_next_headline() -> None:
    """Seed shape: `奋战四季度 决胜全年红`, two phrases of five, after a text that ended and over a
    one-line headline whose body opens under it, is a slogan (skipped), not that headline's
    first line."""
    raw = ["芦源日报", "2025年10月16日 星期四", "城北新开通公交线路两条",
           "本报讯 （记者 罗 佳）10月15日，城北新开通公交线", "路两条，首末班时间为6:00至21:00，每天",
           "8:00至17:00每半小时发一班", "车。", "奋战四季度 决胜全年红", "县政府第48次常务会议召开",
           "本报讯 （记者 罗 佳）10", "月14日，县长林启明主持召开县政府第48次常务会议。"]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(
        "\n\n".join(raw).split("\n"))))
    assert [s.headline for s in res.stories] == ["城北新开通公交线路两条", "县政府第48次常务会议召开"]
    assert "奋战四季度 决胜全年红" in res.skipped


def test_an_english_sports_page_with_a_pull_quote_a_standings_box_and_dated_briefs() -> None:
    """Blocks shape: a quotation with its attribution (`— name, role`) between two paragraphs
    is a pull quote, though the paragraph above ends on a short line; a standings box under a
    story that ended is skipped with its titles and column heads; briefs with no byline start
    at their datelines (the line over each is its headline, one ending in an acronym too); a
    listing's items (`label: what, when`) are a box; a blank line after a sentence's end parts
    paragraphs, even after a full line; a word said twice keeps its hyphen at a line's end."""
    page = blocks_page(
        "Tigers edge Falcons in overtime", "By Rosa Lindqvist\nStaff Writer",
        "EASTON — The Easton Tigers needed an extra period on\nSaturday to beat the "
        "Falcons 3-2 and keep their\nplayoff hopes alive in front of a loud crowd.",
        "Forward Nils Hagen scored twice, including the\nwinner four minutes into "
        "overtime, his fourth double-\ndouble of goals and assists this season.",
        "\"We never stopped\nskating, not once.\"\n— Nils Hagen, Tigers forward",
        "Hagen said the team had talked about the Falcons\nall week. \"They beat us "
        "twice last year,\" he said.",
        "NORTH DIVISION\nStandings\nTeam W L OT Pts\nEaston 9 3 1 19\nFalcons 8 4 1 17\n"
        "Granby 5 7 1 11",
        "SPORTS BRIEFS",
        "Granby hires new AD",
        "GRANBY — Granby High named Lena Ostrow athletic\ndirector on Friday. She "
        "coached track there\nfor eleven years.",
        "Pool reopens Monday",
        "EASTON — The Easton municipal pool will reopen on\nMonday after repairs to "
        "its filter, the parks\ndepartment said.",
        "ON THE DIAL\nSaturday\nNHL: Boston at Toronto, 7 p.m., CBC\n"
        "College hockey: Easton St. at Granby, 5 p.m., WEZN 1410")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Tigers edge Falcons in overtime", "By Rosa Lindqvist Staff Writer"),
        ("Granby hires new AD", None), ("Pool reopens Monday", None)]
    lead = res.stories[0]
    assert [p.split()[0] for p in lead.paragraphs] == ["EASTON", "Forward", "Hagen"]
    assert "double-double" in lead.paragraphs[1]
    assert not any("never stopped" in p for p in lead.paragraphs)
    assert any(x.startswith("\"We never stopped") for x in res.skipped)
    assert any(x.startswith("NORTH DIVISION Standings Team W L OT Pts") for x in res.skipped)
    assert any("NHL: Boston" in x for x in res.skipped)
    assert res.stories[1].paragraphs[0].startswith("GRANBY — Granby High named")


def _every_line_spaced(lang: str, *lines: str) -> Page:
    """A page with a blank line after every line (the `lines` shape)."""
    return Page(source="p4.txt", lang=lang, page_no=4, lines=tuple("\n\n".join(lines).split("\n")))


def test_an_english_opinion_page_with_a_staff_box_a_cartoon_and_letters() -> None:
    """A blank line after every line: a headline broken at its comma over a short last part
    and a text that starts anew; the staff box between the masthead and its contact line is
    skipped; a cartoon's credit ends the cartoon; under a letter's signature (a name with a
    hyphen too) the next letter's headline."""
    page = _every_line_spaced(
        "en", "EDITORIALS", "The Kestrel Bay Courier • Friday, March 6, 2026 • A6",
        "The harbor plan is a start,", "not a finish",
        "When the harbor board voted on Tuesday to widen the", "north channel, it settled "
        "only the easy half of the", "question. Nobody has said who pays for the dredging.",
        "The Kestrel Bay Courier", "Founded 1898 • Published Fridays", "Ana Ruiz, Publisher",
        "Tom Osei, Editor", "9 Quay Street, Kestrel Bay", "news@kestrelcourier.example • 555-0100",
        "\"The tide tables say we", "have until Thursday.\"", "Cartoon by Bo Lind / For the Courier",
        "LETTERS TO THE EDITOR", "Fix the Quay Street lights",
        "Three of the four lamps on Quay Street have", "been dark since January. Somebody "
        "will fall.", "Hal Brandt-Ng, Kestrel Bay", "Thank you, ferry crew",
        "During the storm the crew of the night ferry", "stayed on to carry nine stranded "
        "nurses home.", "Ida Moss, North Kestrel")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("The harbor plan is a start, not a finish", None),
        (None, "Cartoon by Bo Lind / For the Courier"),
        ("Fix the Quay Street lights", "Hal Brandt-Ng, Kestrel Bay"),
        ("Thank you, ferry crew", "Ida Moss, North Kestrel")]
    box = next(x for x in res.skipped if x.startswith("The Kestrel Bay Courier Founded"))
    assert "Tom Osei, Editor" in box and "9 Quay Street" in box


def test_a_narrow_english_page_with_forecast_lines_a_long_caption_and_run_in_briefs() -> None:
    """No blank lines, a column of some 30 characters: forecast lines (`Friday: Showers,
    61/48`) are the weather box; a caption of seven lines under its credit is still the photo's;
    under `AROUND TOWN` each brief's head runs into its first line, ending at a capitalised
    function word or at a capitalised last word the next line goes on from."""
    page = tight(["CLEAN SWEEP", "ADA QUILL / The Gazette",
                  "Volunteers Rosa Lind, 12, and", "her brother Tomas, 9, haul a", "bag of "
                  "litter from the bank", "of Mill Creek on Saturday", "during the spring "
                  "cleanup. More", "than 300 people took part", "across the county.",
                  "WEATHER", "Today: Sunny, high 64, low 45", "Friday: Showers, 61/48",
                  "Saturday: Cloudy, 58/44", "AROUND TOWN", "Trail closed Monday The",
                  "Ridge Loop trail will close", "for bridge repairs.",
                  "Blood drive set Donors", "can give blood at the", "Grange Hall on May 9."])
    page = Page(source="p2.txt", lang="en", page_no=2, lines=page.lines)
    res = split_page(page)
    stories = {s.headline: s for s in res.stories}
    assert sorted((s.headline or "", s.byline or "") for s in res.stories) == [
        ("Blood drive set", ""), ("CLEAN SWEEP", "ADA QUILL / The Gazette"),
        ("Trail closed Monday", "")]
    assert stories["CLEAN SWEEP"].paragraphs[0].endswith("across the county.")
    assert stories["Blood drive set"].paragraphs == [
        "Donors can give blood at the Grange Hall on May 9."]
    assert any("Friday: Showers, 61/48" in x for x in res.skipped)


def test_a_chinese_page_with_a_results_box_and_a_line_over_a_last_line_without_pause() -> None:
    """A blank line after every line, no indents: a results box (`青川联 1:0 北关队`) with its
    titles over it and its next-round line under it is skipped; a column line without punctuation
    over a line that ends the sentence with no pause before it is running text, not the next
    story's headline."""
    def wrap(text: str) -> list[str]:
        return column(text, 24, 0)  # a column of twelve characters, no indent
    page = _every_line_spaced(
        "zh", "青川晚报", "2026年4月5日 星期日", "县乒乓球赛落幕",
        *wrap("本报讯（记者 叶 舟）4月4日，全县职工乒乓球赛在县体育馆落幕，来自各乡镇的36支队伍参赛。"),
        *wrap("本次比赛设“男团”“女团”“混双”三个项目。"),
        *wrap("县总工会还为获奖队伍颁发了奖杯和证书，并组织参赛队员合影留念。"),
        "赛果", "县城市足球联赛第3轮", "青川联 1:0 北关队", "南门竞技 2:2 东湖队",
        "下一轮 4月12日 15:00", "城西新建口袋公园三处",
        *wrap("本报讯（记者 叶 舟）近日，城西街道新建的三处口袋公园向市民开放，每处配有健身器材和休息座椅。"))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["县乒乓球赛落幕", "城西新建口袋公园三处"]
    assert "本次比赛设“男团”“女团”“混双”三个项目。" in res.stories[0].paragraphs
    box = next(x for x in res.skipped if "青川联 1:0 北关队" in x)
    assert "赛果" in box and "下一轮 4月12日 15:00" in box


def test_a_chinese_blocks_page_with_a_figures_box_a_column_and_an_ad_after_the_last_story() -> None:
    """Blank lines between blocks: a `数读` box of labels and figures (`3.6万人 同比增长8.1%`)
    is skipped whole; a column's logo over a headline over its `□` byline heads the column
    (the headline is no title of the logo); a blank line after a sentence's end parts
    paragraphs; an ad's lines over its price line are the ad's, not a headline printed after
    the story above."""
    raw = ["6 2026年5月8日 星期五 民生", "",
           "老旧小区加装电梯百部", "", "本报讯（记者 韦 岚）今年以来，全县老旧小区已加装电梯",
           "102部，惠及居民3600余户。", "",
           "县住建局有关负责人介绍，加装电梯实行“一梯一策”，",
           "居民可申请每部最高15万元的补助。", "",
           "数读", "全县老旧小区改造", "惠及居民", "3.6万人 同比增长8.1%", "改造小区", "58个",
           "数据来源：县住建局", "",
           "民生观察", "", "让“小事”不再难办", "", "□ 陶 然", "",
           "群众身边的小事，往往就是最难办的事。办好小事，要把群众的意见当作第一信号。", "",
           "小事办好了，群众的获得感才会实实在在。", "",
           "县文化馆", "5月16日 19:30", "《春之声》民乐专场", "票价：40元-120元",
           "购票热线：0771-5550123"]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(raw)))
    assert [(s.headline, "".join((s.byline or "").split())) for s in res.stories] == [
        ("老旧小区加装电梯百部", "本报讯（记者韦岚）"), ("让“小事”不再难办", "□陶然")]
    assert len(res.stories[0].paragraphs) == 2
    assert len(res.stories[1].paragraphs) == 2
    assert any(x.startswith("数读 全县老旧小区改造") and "58个" in x for x in res.skipped)
    assert any("《春之声》民乐专场" in x for x in res.skipped)


def test_an_english_deck_broken_at_its_semicolon_and_a_quoted_speaker_ending_a_paragraph() -> None:
    """No blank lines: a deck broken after a semicolon over a line that runs into the byline
    is display (running text never goes on into a byline); a paragraph ends with the
    attribution of a quotation (`…," Ames told the board.`) when the next line opens no
    quotation, even where the column left no room."""
    page = Page(source="p1.txt", lang="en", page_no=1, lines=(
        "LIBRARIES", "Council votes to keep branch",
        "library open on weekdays",
        "Library stays open five days a week;",
        "trustees will look for savings elsewhere",
        "By Ina Reyes Staff Writer LAKE",
        "FORD — The city council voted 6-1",
        "on Tuesday to keep the Elm Street",
        "branch library open.",
        "\"This branch is the only quiet place",
        "many of our students have after",
        "school,\" Ames told the board.",
        "Trustees will now look for savings",
        "in the budget for fuel, printing and",
        "overtime instead."))
    res = split_page(page)
    (s,) = res.stories
    assert (s.kicker, s.headline) == ("LIBRARIES", "Council votes to keep branch library open "
                                      "on weekdays")
    assert s.subheadline == ("Library stays open five days a week; trustees will look for "
                             "savings elsewhere")
    assert [p.split()[0] for p in s.paragraphs] == ["LAKE", "\"This", "Trustees"]


def test_a_letter_signature_the_column_wrapped_after_the_name() -> None:
    """Under `LETTERS`, a signature wrapped after the writers' names (`Gerald and Anne Foss,`
    / `Kestrel Falls`) is one byline and closes the letter."""
    page = blocks_page("LETTERS", "Keep the ferry running late",
                       "The 9 p.m. ferry is the only way home for the night shift at the\n"
                       "mill. Cutting it would cost the island more than it saves.\n"
                       "Gerald and Anne Foss,\nKestrel Falls",
                       "Fix the school crossing",
                       "Cars speed past the school on Bay Road every morning.\nMara Lindqvist, Portville")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Keep the ferry running late", "Gerald and Anne Foss, Kestrel Falls"),
        ("Fix the school crossing", "Mara Lindqvist, Portville")]


def test_an_english_community_page_with_standings_a_photo_and_dashed_run_in_briefs() -> None:
    """Blank lines between blocks: two section names in the header (`COMMUNITY & SPORTS`); a
    standings box (a percentage, a dash for none, a result with its innings) under a story that
    ended, with its titles and column heads; a photo credited to a one-word paper; a byline's
    role `Community Editor`; under `AROUND THE …` each brief's head parted from its text by a
    dash, which belongs to neither."""
    page = blocks_page(
        "B2 | MILLRACE VALLEY NEWS | FRIDAY, MAY 8, 2026", "COMMUNITY & SPORTS",
        "Falcons win in extra innings", "By Ada Brenner\nNews Sports Writer",
        "MILLRACE — The Falcons beat Orland 5-4 in nine innings on Thursday when Jo Pike\n"
        "singled home the winning run.",
        "VALLEY BASEBALL\nStandings through May 7\n        W    L    Pct    GB\n"
        "Millrace    12    3   .800     -\nOrland      10    5   .667     2\n"
        "Dunbar       4   11   .267    10\nThursday's results\nMillrace 5, Orland 4 (9 inn.)\n"
        "Dunbar 7, Keel 2",
        "NEW SEATS\nVolunteers bolt the last of the new bleachers into place at Pike Field on\n"
        "Saturday. The old stands were removed in April.\nNORA VELL / News",
        "Park trail gets new bridge", "By Lars Ekdahl\nCommunity Editor",
        "MILLRACE — A new footbridge over Bell Creek opened on Saturday, the parks\n"
        "department said.",
        "AROUND THE VALLEY",
        "Library hours — The Millrace library will open at noon on Saturdays through\nAugust.",
        "Pool passes — Season passes for the town pool go on sale June 1 at Town\nHall.")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Falcons win in extra innings", "By Ada Brenner News Sports Writer"),
        ("NEW SEATS", "NORA VELL / News"),
        ("Park trail gets new bridge", "By Lars Ekdahl Community Editor"),
        ("Library hours", None), ("Pool passes", None)]
    assert res.stories[0].kicker is None
    assert res.stories[3].paragraphs == [
        "The Millrace library will open at noon on Saturdays through August."]
    assert any(x.startswith("VALLEY BASEBALL Standings") and "Dunbar 7, Keel 2" in x
               for x in res.skipped)


def test_a_chinese_interview_whose_questions_wrap_and_a_forum_column() -> None:
    """Blank lines after every paragraph: a question the column wrapped (`记者：…主要解决什` /
    `么问题？`) and a one-line question after others are the interview's turns, not
    headlines; `…论坛` over a commentary's headline is the column's logo."""
    raw = ["让群众办事“只进一扇门”", "——访县政务服务中心主任方晓", "本报记者 葛 青", "",
           "今年以来，县政务服务中心推出", "“一件事一次办”改革，群众办事更", "加便捷。", "",
           "记者：“一件事一次办”主要解决什", "么问题？", "",
           "方晓：过去开一家餐馆要跑多个部", "门，现在只需到一个窗口。", "",
           "记者：下一步还有什么打算？", "",
           "方晓：我们将把服务延伸到乡镇，", "让群众就近办事。", "",
           "桐川论坛", "", "让乡村球场热起来", "□ 申 远", "",
           "乡村篮球赛办得红火，说明群众对文", "体生活有真需求。"]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == ["让群众办事“只进一扇门”", "让乡村球场热起来"]
    assert [p[:3] for p in res.stories[0].paragraphs] == ["今年以", "记者：", "方晓：", "记者：",
                                                         "方晓："]
    assert "桐川论坛" in res.skipped


def test_an_english_page_in_capitals_header_with_an_ad_and_bylines_naming_the_role_first() -> None:
    """No blank lines: the paper's name in capitals and `LOCAL NEWS` in the header are
    furniture; an ad over its street address and telephone is skipped whole; `From staff
    reports` and `By Gazette correspondent X` are bylines."""
    page = Page(source="p3.txt", lang="en", page_no=3, lines=(
        "A3 | MONDAY, MARCH 2, 2026", "THE KEEL HARBOR GAZETTE", "LOCAL NEWS",
        "Ferry dock repairs finish early",
        "From staff reports",
        "   Crews finished the ferry dock repairs on Friday, two weeks",
        "ahead of schedule, the harbor office said.",
        "SPRING BOAT SALE",
        "Buy now, pay in June",
        "Harbor Marine Supply",
        "18 Quay Road | 555-0188",
        "Library adds Sunday hours",
        "By Gazette correspondent Ella Stroud",
        "   The Keel Harbor library will open from 1 to 5 p.m. on",
        "Sundays starting in April."))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Ferry dock repairs finish early", "From staff reports"),
        ("Library adds Sunday hours", "By Gazette correspondent Ella Stroud")]
    joined = " ".join(res.skipped)
    assert "SPRING BOAT SALE Buy now, pay in June Harbor Marine Supply" in joined
    assert "18 Quay Road | 555-0188" in joined and "THE KEEL HARBOR GAZETTE" in joined


def test_a_chinese_front_page_header_a_price_table_and_brief_heads_wrapped_before_the_text() -> None:
    """The owner's line under the masthead (`…机关报　…主办`) is whole furniture, not a head
    run into text; `第01版：要闻` and an app prompt ending `扫码下载` are furniture; a price
    table's title, unit note and column heads go with its rows; a brief's head ending in an
    ideographic space heads the text the column wrapped onto the next line; a heading over a
    line opening with its day heads that story; a line the next one finishes with `的` runs
    on."""
    raw = ["青 川 日 报", "中共青川县委机关报　青川县融媒体中心主办", "第01版：要闻", "",
           "县城新增两处口袋公园", "本报讯（记者 韦 岚）近日，县城新增两处口袋公园，",
           "在这里散步的市民把刚买回来的新鲜蔬菜", "的袋子挂在长椅边上，和邻居聊起了家常。", "",
           "青川融媒APP 扫码下载", "",
           "县图书馆分馆开进工业园区", "5月7日，县图书馆工业园区分馆正式",
           "对外开放，藏书1.5万余册。", "",
           "本周菜价", "主城区部分蔬菜零售均价（单位：元/500克）", "品种　本周　上周", "大白菜　1.35　1.50",
           "西红柿　3.80　4.20", "黄瓜　2.60　2.45", "",
           "县域快讯", "县市场监管局开展春季农资打假　", "4月以来，县市场监管局检查农资门店136家次，",
           "立案查处案件3起。", "白沙街道新增3处充电站　日前，白沙街道新建", "3处电动自行车充电站。"]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == [
        "县城新增两处口袋公园", "县图书馆分馆开进工业园区", "县市场监管局开展春季农资打假",
        "白沙街道新增3处充电站"]
    assert res.stories[0].paragraphs[-1].endswith("和邻居聊起了家常。")
    assert res.stories[2].paragraphs == ["4月以来，县市场监管局检查农资门店136家次，立案查处案件3起。"]
    joined = " ".join(res.skipped)
    assert "青川县融媒体中心主办" in joined and "第01版：要闻" in joined and "扫码下载" in joined
    assert any(x.startswith("本周菜价") and "黄瓜" in x for x in res.skipped)


def test_an_english_headline_ending_in_an_abbreviation_and_a_credit_parted_by_a_bar() -> None:
    """Blank lines between blocks: a photo credit parted by `|` (`NAME | Herald photo`) ends
    the photo; a headline ending in `a.m.` over its byline is a headline (an abbreviation's
    stop is no running-text punctuation)."""
    page = blocks_page(
        "HIGH TIDE", "Waves break over the sea wall on Front Street on Sunday as the tide\n"
        "peaked at 11 feet, the harbor office said.\nLENA ORTIZ | Herald photo",
        "SCHOOLS", "Board votes to push high\nschool start to 8:30 a.m.",
        "By Desmond Pryce / Staff Writer",
        "The Alder Point School Board voted 5-2 Monday night to move the start of the high\n"
        "school day to 8:30 a.m. next fall.")
    res = split_page(page)
    assert sorted((s.kicker or "", s.headline, s.byline) for s in res.stories) == [
        ("", "HIGH TIDE", "LENA ORTIZ | Herald photo"),
        ("SCHOOLS", "Board votes to push high school start to 8:30 a.m.",
         "By Desmond Pryce / Staff Writer")]


def test_a_tight_english_front_page_header_with_forecast_words_and_an_index_two_to_a_line() -> None:
    """No blank lines: a forecast's words between its head and its `High 54, low 38.` line
    and an index of two sections to a line (`Business A7  Classifieds B5`) are furniture,
    not the lead's headline stack."""
    page = Page(source="p1.txt", lang="en", page_no=1, lines=(
        "THE KEEL HARBOR GAZETTE", "Tuesday, March 17, 2026  |  Vol. 124, No. 76  |  $2.00",
        "WEATHER", "Rain early, then clearing.", "High 54, low 38.", "INSIDE",
        "Business A7  Classifieds B5", "Opinion A4  Sports B1",
        "RIVER CRESTS ABOVE FLOOD STAGE", "By Nora Lind", "Herald Staff Writer",
        "KEEL HARBOR — The Keel River crested at 24 feet early Monday, about",
        "6 feet above flood stage, and 41 homes were evacuated before dawn."))
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("RIVER CRESTS ABOVE FLOOD STAGE", None)]
    joined = " ".join(res.skipped)
    assert "Rain early, then clearing. High 54, low 38." in joined
    assert "Business A7 Classifieds B5" in " ".join(joined.split())


def test_a_chinese_line_ending_on_a_bound_character_runs_on() -> None:
    """A brief's text whose first line repeats its head's words and ends on `于` (`2026年
    青川马拉松将于` / `11月8日鸣枪开跑，…`) goes on in the next line: it is text, not a second
    headline line over a first line opening with its day."""
    raw = ["简讯", "县图书馆延长开放时间 自10", "月15日起，县图书馆周二至周",
           "日开放时间延长至21时，周一", "闭馆。读者可凭身份证免费办理", "借阅证，每证可借图书5册。",
           "2026年青川马拉松开始报名", " 2026年青川马拉松将于", "11月8日鸣枪开跑，设全程",
           "、半程和5公里健康跑3个项目", "，共5000个名额。报名截止", "时间为10月31日。"]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == ["县图书馆延长开放时间", "2026年青川马拉松开始报名"]
    assert res.stories[1].paragraphs[0].startswith("2026年青川马拉松将于11月8日")


def test_a_chinese_run_in_head_parted_by_an_ideographic_space_in_a_justified_column() -> None:
    """Spaced shape: plain spaces a justified column put inside a brief's head (`西湾公园下月开
    放`) are no gap; the ideographic space after it is."""
    assert run_in_head("西湾公园下月开   放\u3000记者从市体育局获悉，占") == "西湾公园下月开   放"
    lines, _ = page_lines(["简讯", "", "西湾公园下月开   放\u3000记者从市体育局获悉，占",
                           "地8万平方米的西湾公园将于4月开放。"])
    assert [(x.s, x.run_in) for x in lines[1:3]] == [("西湾公园下月开放", True),
                                                      ("记者从市体育局获悉，占", False)]



def test_english_brief_heads_printed_with_their_text_and_an_ad_over_its_address_line() -> None:
    """Blank lines between blocks: under `AROUND THE REGION` each brief's headline opens the
    block of its text; a block of display lines ending on an ad's address and telephone line
    is the ad, not part of the headline under it."""
    page = blocks_page(
        "AROUND THE REGION",
        "Westport opens warming center early\nWESTPORT — The city will open its warming "
        "center\non Friday, two weeks earlier than usual.",
        "Library card drive sets record\nThe Harbor City library signed up 1,200 new "
        "card\nholders in October, a record.",
        "HOLIDAY SAVINGS EVENT\nHARBORVIEW FURNITURE\n30% OFF ALL SOFAS\n"
        "1420 Dock St. • Open daily 10-8 • 555-0133",
        "Schools chief to hold budget forums", "By Sentinel Staff",
        "Superintendent Wendell Park will hold four budget forums before the January vote.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Westport opens warming center early", "Library card drive sets record",
        "Schools chief to hold budget forums"]
    assert any(x.startswith("HOLIDAY SAVINGS EVENT") for x in res.skipped)


def test_a_chinese_notice_ends_with_its_date_line_and_the_next_headline_is_read() -> None:
    """No blank lines: a notice runs on under its head until its issuer's date line; the
    headline under that date heads the next story, not the notice."""
    raw = ["停水公告", "　　因供水管网改造施工需要，定于11月22日8:00至18:00", "暂停供水，请用户提前储水。",
           "　　特此公告。", "苇湾区自来水有限公司", "2026年11月20日", "区图书馆推出“夜读”服务",
           "　　为满足上班族和学生的阅读需求，", "区图书馆自11月15日起推出“夜读”",
           "服务，每周二至周五开放至21:30。"]
    res = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == ["区图书馆推出“夜读”服务"]
    assert any(x.startswith("停水公告") and "2026年11月20日" in x for x in res.skipped)


def lines_page(*blocks: str) -> Page:
    """An English page with a blank line after every printed line (the OCR shape)."""
    lines = [x for b in blocks for x in b.split("\n")]
    return Page(source="p5.txt", lang="en", page_no=5, lines=tuple(y for x in lines for y in (x, "")))


def test_a_byline_with_its_role_after_a_bar_and_a_page_header_with_its_full_date() -> None:
    """`By Ann Lee | Courier Staff` is a byline like `By Ann Lee / Courier Staff`; a page
    header whose words all open in a capital or a figure around a full date is furniture, not
    the first headline."""
    page = blocks_page(
        "B4  REGION        The Harbor Courier   Friday, March 6, 2026",
        "Ferry adds a late sailing\nfor the spring season",
        "By Ann Lee | Courier Staff",
        "PORT ELLIS — The island ferry will add a 10 p.m. sailing\non weekends starting "
        "March 20, the operator said.",
        "Tickets for the new sailing go on sale next week.")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Ferry adds a late sailing for the spring season", "By Ann Lee | Courier Staff")]
    assert res.skipped[0].startswith("B4 REGION")


def test_a_chinese_page_header_naming_its_editors_a_numbered_series_tag_and_a_notice() -> None:
    """Furniture by shape: editors named inside a page header after its section, a series tag
    with its circled number, a notice headed `停电通知` or `诚 聘`, a folio whose space the justified
    header lost (`要闻3`)."""
    assert furniture_kind("要闻  责编 王芳  美编 李青", "zh") == "editor"
    assert furniture_kind("乡村振兴·新画卷 系列报道③", "zh") == "logo"
    assert furniture_kind("停电通知", "zh") == "notice"
    assert furniture_kind("诚 聘", "zh") == "notice"  # a hiring ad's head
    assert furniture_kind("要闻3", "zh", True) == "top"
    assert furniture_kind("他说校对工作很重要，要做好。", "zh") is None


def test_a_brief_column_head_spread_out_and_heads_with_little_text_after_them() -> None:
    """`简  讯` (a column head the justified header spread) opens a column of briefs; a head
    run into its line leaves only a few characters of text in a narrow column (`本周起，县`,
    `12月1`), also after a closing byline the column broke after its bracket."""
    raw = ["简  讯", "", "县文化馆开设“周末课堂”  本周起，县", "文化馆每周六开设书法、剪纸公益课堂，",
           "市民可电话报名。（", "记者 蓝溪）", "",
           "城区启动冬季道路保洁专项行动  12月1", "日起，县城管局对城区主次干道开展为期",
           "一个月的保洁专项行动。"]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == ["县文化馆开设“周末课堂”", "城区启动冬季道路保洁专项行动"]
    assert (res.stories[0].byline or "").replace(" ", "") == "（记者蓝溪）"
    assert run_in_head("新闻热线   ：0817-6623110", True) is None


def test_a_listing_ends_over_a_headline_stack_with_its_byline() -> None:
    """A blank line after every line: a calendar runs on under its head, but a headline's lines
    over a byline, none ending a sentence, start a story (the headline is not listed)."""
    page = lines_page(
        "COMMUNITY CALENDAR",
        "Mon., May 4 — Garden club, 6 p.m., Grange Hall",
        "Wed., May 6 — Blood drive, 1-5 p.m., fire station",
        "After 40 years, the mill",
        "whistle falls silent",
        "By Rosa Mendel | Correspondent",
        "The whistle at the Lowry paper mill sounded for the",
        "last time on Friday, ending a noon tradition that",
        "began in 1986. The mill closed in March.")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("After 40 years, the mill whistle falls silent", "By Rosa Mendel | Correspondent")]


def test_a_photo_and_a_pull_quote_set_into_the_lead_and_its_jump_line() -> None:
    """Blank lines between blocks: a photo (title, caption, credit) breaks the lead in the
    middle of a sentence, which resumes in lower case under the credit; a pull quote with its
    attribution stands between two paragraphs; the jump line at the end is the lead's, not
    the photo's."""
    page = blocks_page(
        "BRIDGE TO CLOSE\nFOR REPAIRS",
        "By Mara Quint\nHerald Staff Writer",
        "LINDEN — The Mill Street bridge will close on\nMonday for six weeks of repairs, "
        "the county\nengineer said.",
        "Crews will replace the deck and repaint the\nsteel railings, and the county "
        "expects the\ndetour around the river to add about",
        "SPRING MELT",
        "Water rushes under the Mill Street bridge on\nSunday after a week of warm weather.",
        "TOM BRANDT / Herald photo",
        "four minutes to most trips across town. The\nwork will cost $2.1 million, most of it "
        "paid\nby the state.",
        "\"We know it is a hassle\nfor everyone who drives\nthrough here.\"\n"
        "— County engineer Lila Moss",
        "Businesses on Mill Street said they were\nworried about losing customers while the\n"
        "bridge is closed.",
        "See BRIDGE, Page A8")
    res = split_page(page)
    lead, photo = res.stories
    assert (lead.headline, photo.headline) == ("BRIDGE TO CLOSE FOR REPAIRS", "SPRING MELT")
    assert lead.continued_to == 8 and photo.continued_to is None
    text = " ".join(lead.paragraphs)
    assert "to add about four minutes" in text and "worried about losing" in text
    assert any(x.startswith("\"We know it is a hassle") for x in res.skipped)


def test_a_compound_broken_at_a_line_end_that_the_story_prints_as_two_words() -> None:
    """`regular-` / `season` keeps its hyphen when the story prints `the regular season`
    elsewhere: the halves are words of their own, not a word split by the column."""
    page = blocks_page(
        "Hawks win first league title",
        "By Ned Olin",
        "The Hawks won their last game of the\nregular season on Sunday and clinched the "
        "first\nregular-\nseason title in club history, coach Amy Roe\nsaid.")
    text = split_page(page).stories[0].paragraphs[0]
    assert "first regular-season title" in text


def test_an_ad_over_its_address_line_and_a_columns_note_over_its_email_line() -> None:
    """A blank line after every line: the lines between a story's last sentence and an ad's
    address line (`Open daily · 9 Pier Rd. · 555-0177`) are the ad's.  Blank lines between
    blocks: one sentence in a block with an email line under it is the column's note."""
    page = lines_page(
        "Library adds a reading garden", "By Courier Staff",
        "The library opened a reading garden behind the",
        "building on Saturday, with benches and shade trees.",
        "PIER STREET BAIT & TACKLE", "Live bait, ice, charts",
        "Open daily · 9 Pier Rd. · 555-0177")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Library adds a reading garden"]
    assert any(x.startswith("PIER STREET BAIT") for x in res.skipped)
    letters = blocks_page(
        "LETTERS TO THE EDITOR",
        "Keep the ferry running",
        "The winter ferry schedule leaves island families\nwith one boat a day. The county "
        "should add a\nsecond sailing before the holidays.",
        "— Ida Marsh, Port Ellis",
        "Letters should be 200 words or fewer and include a town.\nEmail letters@courier.example")
    res = split_page(letters)
    assert [s.headline for s in res.stories] == ["Keep the ferry running"]
    assert not any("200 words" in p for s in res.stories for p in s.paragraphs)


def tight_en(*lines: str) -> Page:
    """An English page with no blank lines at all."""
    return Page(source="p1.txt", lang="en", page_no=1, lines=tuple(lines))


def test_a_tight_page_a_banner_in_capitals_over_its_deck_and_a_photo_set_into_the_lead() -> None:
    """No blank lines: a banner in capitals broken after `TO` goes on in capitals, and the
    mixed-case line under it (even one opening with `$`) is the deck; a photo's title in
    capitals set into an open sentence, its caption and credit come out as a photo, and the
    lead resumes in lower case under the credit."""
    page = tight_en(
        "CITY HALL MOVES TO", "OLD TRAIN DEPOT",
        "$4.2 million purchase approved 6-1; move set for next summer",
        "By Lena Ortiz", "Gazette Staff Writer",
        "RIVERTON — The city council voted 6-1 on Monday to buy the old train",
        "depot on Front Street and move City Hall into it by next summer.",
        "Mayor Tom Reyes said the move would save about $90,000 a year in rent",
        "and bring city offices back downtown, where they were until",
        "STEAM DAYS", "Volunteers polish the bell of the depot's old steam engine on",
        "Saturday. The engine will stay on display outside the building.",
        "KIM BELL / Gazette photo",
        "the 1970s. Work on the depot's roof will start in the fall.")
    res = split_page(page)
    lead, photo = res.stories
    assert (lead.kicker, lead.headline) == (None, "CITY HALL MOVES TO OLD TRAIN DEPOT")
    assert lead.subheadline == "$4.2 million purchase approved 6-1; move set for next summer"
    assert (photo.headline, photo.byline) == ("STEAM DAYS", "KIM BELL / Gazette photo")
    assert "downtown, where they were until the 1970s." in " ".join(lead.paragraphs)


def test_a_headline_block_in_capitals_broken_at_commas_heads_the_next_report() -> None:
    """Blank lines between blocks (an OCR'd broadsheet): a block of three lines all in capitals,
    with the stops of abbreviations and a line ending on a comma (`…, OF THE COUNTY BENCH,`), is
    the next report's headline, not more of the report above."""
    page = blocks_page(
        "THE RIVER BOARD.",
        "The monthly meeting of the River Board was held on Tuesday, Mr. ASKEW\n"
        "presiding. The Clerk read the accounts, which were passed, and the\n"
        "Board adjourned after a short discussion on the weirs.",
        "DR. J. H. PARRY AND MR. T. W. LANE,\nOF THE COUNTY BENCH,\nAT KESWICK.",
        "A crowded meeting was held at Keswick on Thursday evening, when the\n"
        "question of the new bridge was discussed at some length by the speakers.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "THE RIVER BOARD.", "DR. J. H. PARRY AND MR. T. W. LANE, OF THE COUNTY BENCH, AT KESWICK."]


def test_a_caption_of_one_sentence_over_its_credit_and_a_credit_naming_a_long_paper() -> None:
    """Blank lines between blocks: a photo's title, a caption of one sentence over two lines
    and its credit: the caption is the photo's text, not a headline under the title as a
    kicker; a credit naming a paper of three words (44 characters) is still a credit."""
    page = blocks_page(
        "Bridge repairs to start Monday", "By Ann Lee",
        "The county will start repairs on the Mill Street bridge on Monday.",
        "ICE OUT",
        "Kayakers paddle past ice floes on the Wren River near Mill\nStreet on "
        "Wednesday afternoon.",
        "COLETTE LINDQVIST / Granite Crossing Courier",
        "Library adds hours", "By Ben Ortiz",
        "The library will open on Sundays from noon to 4 p.m. this summer.")
    res = split_page(page)
    photo = res.stories[1]
    assert (photo.kicker, photo.headline) == (None, "ICE OUT")
    assert photo.byline == "COLETTE LINDQVIST / Granite Crossing Courier"
    assert photo.paragraphs[0].startswith("Kayakers paddle")
    assert [s.headline for s in res.stories][2] == "Library adds hours"
    assert byline_kind("COLETTE LINDQVIST / Granite Crossing Courier", "en") == "credit"


def test_an_english_headline_printed_after_its_body_over_an_ad_and_a_quote_in_a_brief_column() -> None:
    """Blank lines between blocks: a story with a byline but no headline above its body takes
    the headline printed after its body, where an ad parts that headline from the next
    story's stack; and a paragraph opening with a quotation that ends a sentence and goes
    on (`"Nobody asked for this. We` / `wanted …`) is no brief's run-in head, even in a
    column of briefs."""
    page = blocks_page(
        "AROUND THE COUNTY",
        "Library adds hours\nThe library will open on Sundays from noon to 4 p.m.\nthis "
        "summer, the director said.",
        "By Ruth Okafor\nCourier Staff Writer",
        "Tenants at the Elm Court apartments will get new boilers under\na settlement "
        "approved Monday in housing court.",
        "\"Nobody asked for this. We\nwanted heat,\" said tenant Mara Fitch, who has lived "
        "there\nfor nine years.",
        "Elm Court tenants win\nrepairs in settlement",
        "SPRING SALE\nHARBOR FURNITURE\n1420 Dock St. • Open daily 10-8 • 555-0133",
        "Schools chief to hold forums", "By Courier Staff",
        "Superintendent Wendell Price will hold four budget forums this month.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "Library adds hours", "Elm Court tenants win repairs in settlement",
        "Schools chief to hold forums"]
    assert res.stories[1].paragraphs[1].startswith("\"Nobody asked for this. We wanted heat,\"")


def test_a_page_header_in_capitals_after_its_folio_and_an_editors_note_over_a_dateline() -> None:
    """`4 MILLBROOK EVENING NEWS` (the folio and the paper's name, no `The`) is the page header,
    not the first headline; an editor's note opening a story keeps the dateline paragraph
    under it in the same story."""
    page = blocks_page(
        "4 MILLBROOK EVENING NEWS",
        "A bakery that feeds a town", "By Ines Marr",
        "Editor's note: This is the first of two stories on small\nbusinesses in the valley.",
        "DUNMORE — Every morning at 4 a.m. the lights come on at the\nCorner Bakery on Main "
        "Street, as they have since 1961.",
        "The bakery sells about 600 loaves a day.")
    res = split_page(page)
    assert [(s.headline, len(s.paragraphs)) for s in res.stories] == [
        ("A bakery that feeds a town", 3)]
    assert res.skipped == ["4 MILLBROOK EVENING NEWS"]


def test_a_writers_name_on_its_own_line_over_the_roles_line_is_the_byline() -> None:
    """A writer's name on a line of its own over the role's line (`Grace Tolliver` / `Staff
    Writer`) is the byline, not a line of the headline stack (obituaries under it too)."""
    page = blocks_page(
        "Mill reopens after flood", "Grace Tolliver\nStaff Writer",
        "The Brill Township feed mill reopened Monday, six weeks after the creek\nflooded "
        "its ground floor.",
        "OBITUARIES",
        "Marisol Ayala-Brandt, 54",
        "Marisol Ayala-Brandt, 54, of Brill Township died Nov. 19 at home. She\ntaught "
        "Spanish at Ashgrove High School for 25 years.",
        "Everett \"Bud\" Lindqvist, 92",
        "Everett \"Bud\" Lindqvist, 92, formerly of Ashgrove, died Nov. 21. He farmed\n"
        "on Quarry Road for 60 years.")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Mill reopens after flood", "Grace Tolliver Staff Writer"),
        ("Marisol Ayala-Brandt, 54", None), ("Everett \"Bud\" Lindqvist, 92", None)]


def test_obituary_heads_in_the_ocr_shape() -> None:
    """A blank line after every line: a head naming the dead with a hyphenated name or a
    nickname in quotes, and the age, heads the next obituary, not more of the one above."""
    page = lines_page(
        "OBITUARIES",
        "Marisol Ayala-Brandt, 54",
        "Marisol Ayala-Brandt, 54, of Brill",
        "Township died Nov. 19 at home. She",
        "taught Spanish for 25 years.",
        "Everett \"Bud\" Lindqvist, 92",
        "Everett \"Bud\" Lindqvist, 92, of",
        "Ashgrove died Nov. 21. He farmed on",
        "Quarry Road for 60 years.")
    assert [s.headline for s in split_page(page).stories] == [
        "Marisol Ayala-Brandt, 54", "Everett \"Bud\" Lindqvist, 92"]


def test_one_paragraph_to_a_line_and_a_byline_spaced_with_ideographic_spaces() -> None:
    """A page extracted one paragraph to a line, each indented with two ideographic spaces:
    every line of running text is a paragraph (an indent on every line says so here, the
    lines being wider than any column); `本报记者　陶然　通讯员　林溪` is a byline, not a run-in
    head `本报记者` over its text."""
    long_a = ("　　12月1日，县城东片区老旧小区改造工程全面完工，共涉及小区14个、居民2300余户，"
              "改造内容包括外墙保温、雨污分流、加装电梯和增设充电桩等。")
    long_b = ("　　县住建局负责人介绍，改造过程中坚持“居民点单、政府接单”，先后召开居民议事会"
              "46场，收集意见建议320余条，做到一小区一方案。")
    long_c = ("　　下一步，县里将建立长效管护机制，引导成立业主委员会，推动小区由“一次改”"
              "向“长久管”转变，让居民住得更舒心。")
    raw = ["老旧小区换新颜", "本报记者　陶然　通讯员　林溪", "", long_a, long_b, long_c]
    res = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(raw)))
    story = res.stories[0]
    assert (story.headline, (story.byline or "").replace(" ", "").replace("\u3000", "")) == (
        "老旧小区换新颜", "本报记者陶然通讯员林溪")
    assert len(story.paragraphs) == 3


def test_a_page_opening_with_a_commentary_leads_with_it() -> None:
    """Listening order: a speech-verb kicker (a leader's meeting) makes its story the lead of a
    front page, but a page that opens with the paper's commentary leads with the commentary."""
    raw = ["让群众办事更便捷", "本报评论员", "",
           "　　便民服务做得好不好，群众最有发言权。各地各部门要把群众的急难愁盼放在心上，"
           "把每一件小事办实办好。", "",
           "县长邬承泽在全县安全生产会议上强调", "压紧压实责任 守牢安全底线", "",
           "　　本报讯（记者 季南星）12月1日，全县安全生产工作会议召开，部署冬春安全生产工作。"]
    res = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(raw)))
    assert [s.headline for s in res.stories] == ["让群众办事更便捷", "压紧压实责任 守牢安全底线"]


def test_a_credit_shaped_byline_and_a_caption_ending_in_its_credit_in_brackets() -> None:
    """One paragraph to a line: `ANN LEE | The Courier` under a headline and over running
    text is the story's byline; a paragraph ending in a credit in brackets (`… (TOM BELL /
    Courier photo)`) after the story's last paragraph is a photo of its own."""
    para = ("The county commission on Monday approved a $640,000 contract to run an overnight "
            "warming shelter in the former armory on Dock Street this winter, officials said.")
    more = ("The shelter will have 60 cots and will open whenever the overnight low is forecast "
            "at or below 34 degrees, and meals and showers will be offered every night.")
    caption = ("Volunteers sort donated coats Saturday at the Grange Hall. The club collected "
               "1,140 coats this year, a record. (TOM BELL / Courier photo)")
    page = blocks_page("County approves winter shelter", "ANN LEE | The Courier", para, more,
                       caption, "Library adds Sunday hours", "By Courier Staff", para)
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories][:2] == [
        ("County approves winter shelter", "ANN LEE | The Courier"),
        (None, "(TOM BELL / Courier photo)")]
    assert res.stories[0].paragraphs == [para, more]


def test_a_pull_quote_whose_speaker_has_a_title_or_is_named_in_capitals() -> None:
    """A quotation set into a sentence that goes on after it is a pull quote whether its
    attribution carries an abbreviated title (`— Dr. Ines Marlow`) or names the speaker in
    capitals with the role after a comma (`INES MARLOW, clinic director`)."""
    for credit in ("— Dr. Ines Marlow", "INES MARLOW, clinic director"):
        lines = ["Clinic to stay open on weekends", "By Paul Serrat", "Staff Writer",
                 "The Riverside clinic will open on", "Saturdays and Sundays from next",
                 "month, its board decided on Monday", "after a year in which the waiting",
                 "\"Nobody should wait a week", "for a doctor in a town",
                 "this size.\"", credit, "list grew to more than 900 names.",
                 "The change will cost about $80,000", "a year, paid from a county grant."]
        res = split_page(Page(source="p1.txt", lang="en", page_no=1, lines=tuple(lines)))
        story = res.stories[0]
        text = " ".join(story.paragraphs)
        assert "Nobody should wait" not in text and "waiting list grew" in text, credit
        assert story.byline == "By Paul Serrat Staff Writer"


def test_jump_lines_with_chinese_numerals_or_a_polite_see() -> None:
    """`（下转第三版）` names page 3 in Chinese numerals; `Please see BRIDGE, Page A4` is the
    English jump line `See BRIDGE, Page A4` with a courtesy before it."""
    zh = ["老街改造启动", "", "　　本报讯（记者 林舟）3月2日，老街改造工程启动，计划年底前完成沿街",
          "", "立面整治和管线入地，涉及商户120户。改造期间老街（下转第三版）"]
    story = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(zh))).stories[0]
    assert story.continued_to == 3 and story.paragraphs[-1].endswith("改造期间老街")
    en = blocks_page("Bridge repairs to start in May", "By Lia Dorne",
                     "Crews will close the Elm Street bridge for eight weeks\nstarting in May, "
                     "the county said on Monday, while\nthe deck is",
                     "Please see BRIDGE, Page A4")
    story = split_page(en).stories[0]
    assert story.continued_to == 4 and story.paragraphs[-1].endswith("the deck is")


def test_photo_credits_with_a_bar_before_the_paper_or_the_paper_before_photo_by() -> None:
    """`NAME NAME | THE PAPER` (a paper's name in capitals) and `Sentinel photo by Ann Lee`
    are photo credits: the caption over them is a photo, not the next story's text."""
    for credit in ("MARA ODUYA | THE HERALD", "Herald photo by Mara Oduya"):
        page = blocks_page("SNOW DAY", "Children sled down Miller Hill on Tuesday after eight "
                           "inches of snow\nclosed schools across the county.", credit,
                           "Council passes budget", "By Tom Ash",
                           "The city council passed a $48 million budget on Monday\nafter two "
                           "hours of debate, with one member voting no.")
        res = split_page(page)
        assert sorted((s.headline, s.byline) for s in res.stories) == [
            ("Council passes budget", "By Tom Ash"), ("SNOW DAY", credit)]


def test_a_column_head_printed_letter_spaced_is_skipped() -> None:
    """`简　讯` is the brief column's head `简讯` printed letter-spaced: skipped, and the
    briefs under it read as they do under `简讯`."""
    def page(head: str) -> list[tuple[str | None, str]]:
        raw = ["全县秋冬种工作有序推进", "", "本报记者　陶然", "", *column(A_BODY), *column(A_MORE),
               "", head, "", "县城新建停车场投用", "",
               *column("本月起，县城新建的两处公共停车场投入使用，新增车位三百余个，前两小时免费。"),
               "", "青河镇完成冬小麦播种", "",
               *column("连日来，青河镇抢抓农时播种冬小麦，全镇共播种一万二千亩，播种任务已全面完成。")]
        res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
        assert res.skipped == [head]
        return [(s.headline, s.kind) for s in res.stories]

    assert page("简　讯") == page("简讯")
    assert page("简　讯")[1:] == [("县城新建停车场投用", "brief"), ("青河镇完成冬小麦播种", "brief")]


def test_a_chinese_byline_spaced_with_ideographic_spaces_stays_whole() -> None:
    """An ideographic space between a byline's role and names (`晚报记者　林青　文/图`, and
    inside `本报讯（晚报记者　林青　通讯员　陈默）`) is no run-in head's gap: the byline stays
    whole and the body keeps none of it."""
    body = "　　昨天上午，城西街道的社区食堂正式开张，六十岁以上老人凭卡就餐可享受八折优惠。"
    raw = ["社区食堂开张了", "", "晚报记者　林青　文/图", "", body, "", "地铁站新增两个出入口", "",
           "本报讯（晚报记者　林青　通讯员　陈默）记者昨日获悉，地铁1号线城西站新增两个出入口，"
           "下周一起开放。"]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(raw)))
    got = {s.headline: ((s.byline or "").replace(" ", "").replace("\u3000", ""),
                        s.paragraphs[0][:4]) for s in res.stories}
    assert got == {"社区食堂开张了": ("晚报记者林青文/图", "昨天上午"),
                   "地铁站新增两个出入口": ("本报讯（晚报记者林青通讯员陈默）", "记者昨日")}


def test_a_chinese_letter_signed_under_its_text_on_a_tight_page() -> None:
    """`读者　王小川` under a letter that ended is the letter's byline, and the headline printed
    under the signature belongs to the next letter, not to the one above (no blank lines)."""
    raw = ["小区门口的路灯该修了",
           "编辑同志：我家住在河西街道柳岸小区，小区",
           "门口的三盏路灯坏了快两个月，晚上出门黑漆",
           "漆的，老人孩子走路很不安全。",
           "希望有关部门尽快派人来修一修。",
           "读者　王小川",
           "为公交司机的耐心点赞",
           "上周五下午，我在9路公交车上把钱包落在了",
           "座位上，司机师傅一直帮我保管到终点站，还",
           "打电话联系到了我。",
           "市民　赵晓雯（河东街道）"]
    res = split_page(Page(source="p5.txt", lang="zh", page_no=5, lines=tuple(raw)))
    got = [(s.headline, (s.byline or "").replace(" ", "").replace("\u3000", ""),
            s.paragraphs[-1][-4:]) for s in res.stories]
    assert got == [("小区门口的路灯该修了", "读者王小川", "修一修。"),
                   ("为公交司机的耐心点赞", "市民赵晓雯（河东街道）", "到了我。")]


def test_price_rows_and_showing_times_are_a_data_box_with_its_note() -> None:
    """Rows of a name, a price and its change (`Birch Mills 12.40 +0.15`), with the box's
    note printed under them, and a cinema's rows of showing times are data boxes: skipped,
    neither a story nor a headline."""
    en = blocks_page("Mill reopens after fire", "By Ada Voss",
                     "The Birch Mills sawmill reopened on Monday, four months after\na fire "
                     "destroyed its drying kilns, and rehired 80 workers.",
                     "MARKET WATCH\nCompany Close Chg\nBirch Mills 12.40 +0.15\n"
                     "Harbor Rail 33.08 -0.41\nNorth Ore 7.92 +0.02\nPrices as of 4 p.m. Monday",
                     "Council adds bus route", "By Tom Ash",
                     "The city council on Tuesday added a bus route to the east side,\nwith "
                     "buses every 30 minutes from 6 a.m. to 9 p.m.")
    res = split_page(en)
    assert sorted(s.headline or "" for s in res.stories) == [
        "Council adds bus route", "Mill reopens after fire"]
    assert "Prices as of 4 p.m. Monday" in " ".join(res.skipped)
    zh = ["城西公园新添健身步道", "", "本报记者　陶然", "", *column(A_BODY), "",
          "今日影讯", "星光影城　《山海之间》10:30　14:15　19:40", "《归途》13:00　20:50", "",
          "青河镇完成冬小麦播种", "",
          *column("连日来，青河镇抢抓农时播种冬小麦，全镇共播种一万二千亩，播种任务已全面完成。")]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(zh)))
    assert sorted(s.headline or "" for s in res.stories) == ["城西公园新添健身步道", "青河镇完成冬小麦播种"]


def test_a_byline_role_in_lower_case_or_for_the_paper_under_the_name() -> None:
    """`Mark Doyle` over `Herald columnist` (the role's noun in lower case) and `By Ann Lee`
    over `For the Herald` are bylines of two lines, not a deck under the headline."""
    body = ["The council voted on Monday to close the", "old pool on Fifth Street for good and",
            "to build a splash pad in its place."]
    for name, role in (("Mark Doyle", "Herald columnist"), ("By Ann Lee", "For the Herald")):
        lines = ["Pool vote ends a long summer", name, role, *body]
        story = split_page(Page(source="p1.txt", lang="en", page_no=1,
                                lines=tuple(lines))).stories[0]
        assert (story.headline, story.subheadline, story.byline) == (
            "Pool vote ends a long summer", None, f"{name} {role}")


def test_a_page_top_over_its_date_line_and_a_titled_box_of_figures() -> None:
    """Lines that open a page over its date line are the masthead whatever their face
    (`MERRIN VALLEY BEACON` / `Merrin's own paper` / `FRIDAY, MAY 8, 2026 • $1.50`); a title
    printed in one block over rows of labels and figures (`LOTTERY` / `Pick 3: 1-2-3`) is the
    box's; a two-word beat before a byline's role noun (`City Hall Reporter`) is the byline's."""
    page = blocks_page("MERRIN VALLEY BEACON\nMerrin's own paper", "FRIDAY, MAY 8, 2026 • $1.50",
                       "LOTTERY\nPick 3: 1-2-3\nPick 4: 5-0-9-2\nCash Pop: 7",
                       "Dam repair bill\ndoubles to $9 million", "By Lena Fry\nCity Hall Reporter",
                       "Repairs to the Merrin Creek dam will cost $9 million, twice the\nfigure "
                       "the county gave in March, engineers said on Thursday.")
    res = split_page(page)
    story = res.stories[0]
    assert (len(res.stories), story.kicker, story.headline, story.byline) == (
        1, None, "Dam repair bill doubles to $9 million", "By Lena Fry City Hall Reporter")
    assert "Pick 3: 1-2-3" in " ".join(res.skipped) and "LOTTERY" in " ".join(res.skipped)


def test_a_staff_credit_wrapped_under_a_story_and_a_scan_prompt_over_the_next() -> None:
    """`— Beacon` / `staff` closing a story is its byline wrapped, not the next headline; a
    `Scan for …` prompt going on in lower case in its block (`sailing times`) is skipped."""
    page = blocks_page("Fire closes Mill Road bakery", "A fire early Tuesday closed the Mill Road "
                       "bakery for at least\na month, the owner said. No one was hurt. — Beacon"
                       "\nstaff", "Scan for live ferry\nsailing times",
                       "Library adds Sunday hours", "By Tom Ash",
                       "The Merrin library will open on Sundays from noon to 5 p.m.\nstarting "
                       "next month, the library board decided on Monday.")
    res = split_page(page)
    got = sorted((s.headline, s.byline) for s in res.stories)
    assert got == [("Fire closes Mill Road bakery", "— Beacon staff"),
                   ("Library adds Sunday hours", "By Tom Ash")]
    assert "Scan for live ferry sailing times" in res.skipped


def test_a_chinese_page_header_with_its_issue_and_page_lines() -> None:
    """`2026年5月8日 第18期 本期8版` (a date with the issue) and `第3版 市场·行情` (the page
    and its section, parted by a space) are the page header, not the first story's stack."""
    raw = ["霁川茶讯", "2026年5月8日 第18期 本期8版", "第3版 市场·行情", "春茶交易会闭幕",
           "本报记者　柏舟", *column(A_BODY), *column(A_MORE)]
    res = split_page(Page(source="p3.txt", lang="zh", page_no=3, lines=tuple(raw)))
    assert [(s.kicker, s.headline) for s in res.stories] == [(None, "春茶交易会闭幕")]


def test_a_line_score_and_scoring_plays_set_into_a_sentence_are_a_data_box() -> None:
    """No blank lines: a line score with its totals (`Alder 7 3 0 14 — 24`) and scoring plays
    (`AL — Moss 12 pass from Kerr (Tate kick)`) set into a sentence are a box; the sentence
    goes on after them."""
    lines = ["Alder tops Birch in opener", "By Jo Hale", "Sports Writer",
             "Alder scored twice in the fourth quarter to beat", "Birch 24-17 in the season",
             "opener on Friday night, and the Hawks came from", "ten points down at the half behind",
             "Alder 7 3 0 14 — 24", "Birch 0 10 7 0 — 17", "AL — Moss 12 pass from Kerr (Tate kick)",
             "BI — FG Lund 28", "AL — Kerr 3 run (Tate kick)",
             "two touchdown passes from quarterback Eli Kerr.",
             "Alder plays at Cedar next Friday at 7 p.m."]
    res = split_page(Page(source="p1.txt", lang="en", page_no=1, lines=tuple(lines)))
    assert len(res.stories) == 1
    text = " ".join(res.stories[0].paragraphs)
    assert "behind two touchdown passes" in text and "Moss 12" not in text


def test_chinese_page_furniture_a_commentary_and_a_hotline() -> None:
    """Blocks between blank lines: a QR prompt's block (`扫码看现场` / `活动全程视频`) between two
    halves of a sentence is skipped and the sentence goes on; `■ 林岚` under a headline signs
    a commentary (not an index item); `晚报热线 96128` with its call (`新闻线索 一经采用 即付
    酬金`) is skipped, not the next story's headline."""
    raw = ["银杏大道迎来观赏期", "", "晚报记者　韦一鸣", "",
           "　　11月18日，市人民公园银杏大道的银杏叶陆续变黄，不少市民前来",
           "拍照。公园管理处介绍，今年最佳观赏期预计持续到", "", "扫码看现场", "活动全程视频", "",
           "11月底，周末将增派人员维护秩序。", "", "晚报快评", "",
           "赏秋也要守规矩", "■ 林岚", "　　银杏叶黄，游人如织。赏秋是好事，但踩踏草坪、攀折",
           "树枝的行为不可取，文明赏秋才能让美景长留。", "", "晚报热线 96128",
           "新闻线索 一经采用 即付酬金", "", "城西新增三处停车场", "",
           "　　本报讯（记者 蓝朵）城西片区新建的三处公共停车场本周投用，共",
           "提供车位620个，前两小时免费。"]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(raw)))
    got = [(s.headline, (s.byline or "").replace(" ", "").replace("\u3000", ""), s.kind)
           for s in res.stories]
    assert got == [("银杏大道迎来观赏期", "晚报记者韦一鸣", "news"),
                   ("赏秋也要守规矩", "■林岚", "commentary"),
                   ("城西新增三处停车场", "本报讯（记者蓝朵）", "news")]
    assert "预计持续到11月底" in res.stories[0].paragraphs[0]


def test_chinese_bylines_after_a_mark_a_signature_with_its_street_and_range_rows() -> None:
    """`■本报记者 X 通讯员 Y` is a byline with its mark; `河西街道居民 王小川` under a letter
    that ended signs it, and the letter goes on past no box after it; rows of a price range (`红茶 一级 620-700 二级 380-450`) and a
    programme's times (`18:30 新闻联播`) are box rows, not text."""
    raw = ["港口吞吐量创新高", "■本报记者 聂远 通讯员 孔伶", *column(A_BODY),
           "本周参考价（元/公斤）", "红茶 一级 620-700 二级 380-450", "绿茶 炒青 95-130 毛峰 210-260",
           "小区门口的路灯该修了",
           "编辑同志：我家住在河西街道柳岸小区，小区",
           "门口的三盏路灯坏了快两个月，晚上出门很不",
           "安全，希望有关部门尽快派人来修一修。",
           "河西街道居民 王小川",
           "今晚荧屏", "18:30 新闻联播", "19:40 电视剧：江城往事",
           "县图书馆延长开放时间", *column(A_MORE)]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    got = [(s.headline, (s.byline or "").replace(" ", "")) for s in res.stories]
    assert got[:2] == [("港口吞吐量创新高", "■本报记者聂远通讯员孔伶"),
                       ("小区门口的路灯该修了", "河西街道居民王小川")]
    assert res.stories[1].paragraphs[-1].endswith("来修一修。")
    assert not any("620-700" in p or "18:30" in p for s in res.stories for p in s.paragraphs)


def test_a_front_page_leads_with_its_jumping_story_and_a_credited_caption_is_a_photo() -> None:
    """The first story that jumps to another page leads, even with a leader's meeting (a
    speech-verb kicker) under it; a caption closed by its credit in brackets (`…。（晚报记者
    X 摄）`) is a photo; a mark before a reporter's byline (`■本报记者 X`) is no commentary."""
    raw = ["银杏叶黄秋意浓", "", *column("11月18日，人民公园的银杏大道迎来最佳观赏期，吸引不少市民前来"
                                          "拍照。（晚报记者 岑朗 摄）"), "",
           "地铁3号线南延段开通", "", "■本报记者　韦一鸣", "",
           *column("11月19日6时30分，地铁3号线南延段首班列车从龙潭站驶出，沿线6座新站同步启用，"
                   "市民乘车去市中心的时间缩短近一半，早高峰客流超过4万人次，运营（下转第6版）"), "",
           "覃文远在全市冬季供暖工作会议上强调", "提前谋划 确保群众温暖过冬", "",
           *column("晚报讯（记者 韦一鸣）11月18日，全市冬季供暖工作会议召开，部署今冬供暖工作。")]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(raw)))
    assert [(s.headline, s.kind) for s in res.stories] == [
        ("地铁3号线南延段开通", "news"), ("银杏叶黄秋意浓", "photo"),
        ("提前谋划 确保群众温暖过冬", "news")]


def test_a_chinese_headline_set_tight_over_its_indented_text_in_a_narrow_column() -> None:
    """Blank lines part blocks; a narrow column's headline fills the column and sits in one
    block with its indented text (`路口红绿灯该调一调` / `　　我每天送孩子…`).  Under furniture
    or a letter that ended, a line with no indent of its own over an indented first line goes
    on from no text: it is the next letter's headline."""
    def letter(head: str, text: str, sign: str) -> list[str]:
        first, *rest = column(text, width=20)
        return ["", head, "\u3000\u3000" + first, *rest, sign]
    raw = ["读者来信", "", "来信请寄：晚报社城事部 电子邮箱：dz@wb.example",
           *letter("路口红绿灯该调一调", "我每天送孩子上学都要经过城东路口，这里的绿灯只有十五秒，老人"
                   "和孩子常常走到一半就变灯，希望有关部门调一调。", "读者 罗建平"),
           *letter("社区工具箱方便了大家", "前几天家里水龙头坏了，我去社区服务站借了扳手，自己"
                   "动手修好了。这样的小举措值得推广。", "居民 何秀英")]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(raw)))
    assert [(s.headline, (s.byline or "").replace(" ", "")) for s in res.stories] == [
        ("路口红绿灯该调一调", "读者罗建平"), ("社区工具箱方便了大家", "居民何秀英")]


def test_a_bulleted_byline_under_a_headline_and_bulleted_figures_in_a_box() -> None:
    """No blank lines, one paragraph to a line: `■本报记者 X 通讯员 Y` under a two-line headline
    is the byline (not an index item that fences the headline in with the page header), and
    `■新建水厂 2座` rows are a box's figures, not a byline."""
    raw = ["B2 公司·产业 2026年11月24日 星期二", "临澜港前10月吞吐量突破300万标箱",
           "外贸航线增至46条", "■本报记者 聂远 通讯员 孔伶", A_BODY, A_MORE,
           "■新建泊位 2个", "■年吞吐能力 60万标箱", "县图书馆延长开放时间", "（记者 蓝朵）" + B_BODY]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    got = [(s.headline, (s.byline or "").replace(" ", "")) for s in res.stories]
    assert got[0] == ("临澜港前10月吞吐量突破300万标箱 外贸航线增至46条", "■本报记者聂远通讯员孔伶")
    assert not any("新建泊位" in (s.byline or "") for s in res.stories)


def test_a_series_name_and_its_column_parted_by_a_middle_dot_is_skipped() -> None:
    """`乡村振兴进行时·田野新景` over a story names the series and its column: skipped, not
    the story's kicker or part of its headline."""
    raw = ["乡村振兴进行时·田野新景", "", "青河镇的冬闲田种上了油菜", "", "本报记者　陶然", "",
           *column(A_BODY), *column(A_MORE)]
    res = split_page(Page(source="p2.txt", lang="zh", page_no=2, lines=tuple(raw)))
    assert [(s.kicker, s.headline) for s in res.stories] == [(None, "青河镇的冬闲田种上了油菜")]
    assert res.skipped == ["乡村振兴进行时·田野新景"]


def test_classified_lines_and_a_forecast_after_its_label_are_skipped() -> None:
    """A classified line opens with its label (`YARD SALE Sat 8-2, …`, `出租：…`) and a
    forecast with its (`WEEK AHEAD: …`, `下周天气：…`): skipped, not the brief above's text
    (a line of several sentences stays text whatever its label: the safety rule)."""
    en = ["Library closed Monday", "The Merrin library will be closed on Monday for the holiday "
          "and will reopen on Tuesday at 9 a.m.",
          "YARD SALE Sat 8-2, 14 Elm Ct., tools and books",
          "WEEK AHEAD: Rain Thursday, highs near 50.", "Council adds bus route",
          "The city council on Tuesday added a bus route to the east side, with buses every "
          "30 minutes from 6 a.m. to 9 p.m."]
    res = split_page(Page(source="p4.txt", lang="en", page_no=4, lines=tuple(en)))
    assert [s.paragraphs[-1][-9:] for s in res.stories] == ["at 9 a.m.", "to 9 p.m."]
    zh = ["县图书馆延长开放时间", "", *column(B_BODY), "", "出租：城南小区三室两厅，拎包入住。电话13812345678",
          "", "下周天气：周五有中雨，气温7～15℃", "", "青河镇农贸市场完工", "", *column(A_BODY)]
    res = split_page(Page(source="p4.txt", lang="zh", page_no=4, lines=tuple(zh)))
    assert [s.headline for s in res.stories] == ["县图书馆延长开放时间", "青河镇农贸市场完工"]
    assert not any("出租" in p or "天气" in p for s in res.stories for p in s.paragraphs)


def test_death_notices_a_chinese_line_score_and_a_spaced_weather_head_are_skipped() -> None:
    """`DEATH NOTICES` and `讣告` head paid notices; a Chinese line score (`东关队 18 21 18 27 —
    84`) and standings rows (`1 县一中队 7 0 14`) are a box; `天　气` is a forecast box's
    head printed letter-spaced: none of them is read as a story."""
    en = blocks_page("Bridge reopens after repairs", "By Tom Ash",
                     "The Elm Street bridge reopened on Monday after eight weeks\nof repairs, "
                     "the county said.",
                     "DEATH NOTICES\nKELLER, Ruth A., 88, of Merrin, Nov. 2. Services 10 a.m.\n"
                     "Saturday. Arrangements by Fry Funeral Home.")
    res = split_page(en)
    assert [s.headline for s in res.stories] == ["Bridge reopens after repairs"]
    zh = ["县篮球联赛决赛落幕", "", "本报记者　陶然", "", *column(A_BODY), "",
          "东关队 18 21 18 27 — 84", "一中队 19 17 12 14 — 62", "1 县一中队 7 0 14",
          "2 河西镇队 6 1 13", "", "天　气", "今天 多云 8℃～15℃", "", "讣告", "",
          *column("余某同志因病于2026年6月14日逝世，享年88岁，定于6月16日举行告别仪式。特此讣告。"),
          "", "青河镇农贸市场完工", "", *column(B_BODY)]
    res = split_page(Page(source="p4.txt", lang="zh", page_no=4, lines=tuple(zh)))
    assert [s.headline for s in res.stories] == ["县篮球联赛决赛落幕", "青河镇农贸市场完工"]
    assert not any(re.search(r"\d — \d|逝世", p) for s in res.stories for p in s.paragraphs)


def test_bylines_in_capitals_or_by_interview_and_a_market_box() -> None:
    """`BY ANA ROOS, NEWS EDITOR` and `Interview by Petra Lind` are bylines; a market box's
    rows of a price, a change and a percentage (`Gold (oz) $2,684.50 -9.30 -0.35%`) are not
    text nor a headline."""
    page = blocks_page("Port hires new finance chief", "BY ANA ROOS, NEWS EDITOR",
                       "The port authority on Monday named Nadia Holt its chief\nfinancial "
                       "officer, the board said.",
                       "MARKET SNAPSHOT\nHalden 200 8,412.36 +57.21 +0.68%\n"
                       "Gold (oz) $2,684.50 -9.30 -0.35%\nCrude oil (bbl) $71.86 +0.94 +1.33%",
                       "Five questions for the port's new money chief",
                       "Interview by Petra Lind",
                       "Nadia Holt took over as chief financial officer on Monday.\nShe spoke "
                       "with the Post about the port's budget.")
    res = split_page(page)
    assert sorted((s.headline, s.byline) for s in res.stories) == [
        ("Five questions for the port's new money chief", "Interview by Petra Lind"),
        ("Port hires new finance chief", "BY ANA ROOS, NEWS EDITOR")]


def test_a_provincial_dateline_credit_an_editorial_label_and_a_contents_head() -> None:
    """`本报澜州11月18日讯（记者 X）` opens a body as `本报讯` does; `社论` over an editorial is
    the column's label; `本期导读` heads the contents box: neither is part of a headline."""
    raw = ["本期导读", "A02 地铁5号线南延段今日起试运行", "A06 老城区停车场错峰共享", "",
           "民营经济发展大会召开", "", "本报澜州11月18日讯（记者 欧晴川）" + A_BODY, "", "社论", "",
           "为民营经济发展营造更好环境", "", *column(B_BODY)]
    res = split_page(Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(raw)))
    got = [(s.headline, (s.byline or "").replace(" ", "")) for s in res.stories]
    assert got == [("民营经济发展大会召开", "本报澜州11月18日讯（记者欧晴川）"),
                   ("为民营经济发展营造更好环境", "")]


def test_a_section_with_its_editors_and_a_byline_whose_names_ran_together() -> None:
    """A blank line after every line (the seed's shape), where runs of spaces close up: the
    section and its editors (`以案说法  责任编辑：鲁砚  美编：程一苇` read as one run) are the
    page header, and `□本报记者 蔺东篱  通讯员 韦思齐` is the byline though its name and the
    next role now touch."""
    lines = ["5", "2026年11月20日  星期五", "以案说法  责任编辑：鲁砚  美编：程一苇",
             "明知他人实施诈骗仍出租银行卡", "一男子犯帮助信息网络犯罪活动罪获刑",
             "□本报记者 蔺东篱  通讯员 韦思齐", *column(A_BODY), *column(A_MORE)]
    raw = [x for line in lines for x in (line, "")]
    story = split_page(Page(source="p5.txt", lang="zh", page_no=5, lines=tuple(raw))).stories[0]
    assert (story.headline, (story.byline or "").replace(" ", "")) == (
        "明知他人实施诈骗仍出租银行卡 一男子犯帮助信息网络犯罪活动罪获刑", "□本报记者蔺东篱通讯员韦思齐")
