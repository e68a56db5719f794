"""Cues added in session 22, each on invented text and each checked to fail on the code before
it: display lines printed under a body whose story has its stack already (a data box's title
and rows) are left to no story rather than joined to that story's headline as a second stack.
(Unless their words belong to text after a paragraph break above them: then they head a story
that began there; sets 40 and 59, `wangchuan-20240905-p6` and `heting-chenbao-20241202-p10`,
hold that case, and their floors in test_split_heldout.py guard it.)"""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, tight

# a story with its stack over its body, one paragraph to a line
LEAD = ("全力冲刺四季度 确保完成全年目标",
        "本报讯（记者 石晓岚）11月4日，市政府召开全市经济运行调度会，分析前三季度经济形势，部署四季度重点工作。",
        "会议要求，各地各部门要盯紧全年目标，抓好项目建设、消费提振和稳岗就业，确保经济运行稳中向好。")
# a data box printed under it: a title and rows of figures, then its source
BOX = ("国庆假期文旅数据（10月1日—10月7日）",
       "接待游客 312.6万人次",
       "旅游收入 24.8亿元  同比增长 9.6%",
       "热门景区：古城 46万人次  湿地公园 31万人次",
       "数据来源：市文化广电旅游局")
# the next story, its headline printed after its body
NEXT = ("11月3日，市图书馆新馆正式开放，首日接待读者1.2万人次，新馆藏书达到120万册。",
        "新馆设有少儿阅览区、古籍阅览室和24小时自助借阅区，市民可凭身份证免费办理借阅证。",
        "市图书馆新馆开放首日迎客1.2万人次")


def test_a_data_box_under_a_stacked_story_is_no_part_of_its_headline() -> None:
    """`全力冲刺四季度…` / body / `国庆假期文旅数据（…）` / `接待游客 312.6万人次` / … / the next story's body
    and its after-body headline, no blank lines: the box's title and rows are not added to the
    lead's headline; the lead keeps its own, the next story its own."""
    res = split_page(tight("zh", *LEAD, *BOX, *NEXT))
    assert [s.headline for s in res.stories] == ["全力冲刺四季度 确保完成全年目标",
                                                 "市图书馆新馆开放首日迎客1.2万人次"]
    heard = " ".join(s.headline or "" for s in res.stories)
    assert "文旅数据" not in heard and "接待游客" not in heard


def test_the_box_is_skipped_in_blocks_too() -> None:
    """The same page with blank lines between blocks: the box is skipped, not a headline."""
    res = split_page(blocks("zh", "\n".join(LEAD[:1]), *LEAD[1:], "\n".join(BOX), *NEXT))
    assert res.stories[0].headline == "全力冲刺四季度 确保完成全年目标"
    assert any("文旅数据" in s for s in res.skipped)



def test_an_item_sent_in_by_a_body_closes_on_its_credit() -> None:
    """Two briefs under a column's head, one printed line to a column line with a blank line
    after each: `…（县农技推广站 供稿）` closes the first (its byline), and the short line under
    it heads the second rather than running on in the first one's text."""
    res = split_page(every_line(
        "zh", "社区动态",
        "社区书屋周末开放",
        "即日起，城南社区书屋每周六、",
        "周日上午9时至下午5时开放，藏书",
        "3000余册，居民可凭身份证免费借阅。",
        "（城南社区居委会 供稿）",
        "果树修剪培训班开课",
        "11月5日，县农技推广站在柑橘",
        "示范园举办果树冬季修剪培训班，来",
        "自6个乡镇的80余名果农参加。（县",
        "农技推广站 供稿）"))
    assert [s.headline for s in res.stories] == ["社区书屋周末开放", "果树修剪培训班开课"]
    assert [(s.byline or "").replace(" ", "") for s in res.stories] == [
        "（城南社区居委会供稿）", "（县农技推广站供稿）"]


def test_an_english_box_title_over_its_rows_is_no_headline_of_the_text_above() -> None:
    """A story with its stack over paragraphs one to a line, then a box's title in capitals
    over its rows of figures and its source, then the next story, no blank lines: the title is
    not made the headline of a story begun at one of the paragraphs above it; the story keeps
    its last paragraph."""
    res = split_page(tight(
        "en", "Ferry fares to rise in April",
        "By Nora Quill / Staff Writer",
        "MARLOW — Fares on the Eastfield ferry will rise by 40 cents in April, the operator said.",
        "Regular passenger Ted Fanshawe said the rise adds up over a year of daily crossings.",
        "The company blamed fuel costs and the new berth at Marlow Quay, which opened in June.",
        "Season tickets will stay at this year's price until the end of March, it said.",
        "HARBOR TIDES — OCT. 2",
        "High: 6:14 a.m. (8.9 ft) 6:41 p.m. (9.3 ft)",
        "Low: 12:02 a.m. (0.4 ft) 12:29 p.m. (0.1 ft)",
        "Source: Marlow Harbor Authority",
        "School board delays vote on later start",
        "By Ann Lee / Staff Writer",
        "The Marlow school board on Monday put off a vote on starting high school classes later."))
    assert [s.headline for s in res.stories] == ["Ferry fares to rise in April",
                                                 "School board delays vote on later start"]
    assert "Season tickets" in " ".join(res.stories[0].paragraphs)


def test_a_taiwanese_byline_in_tortoise_shell_brackets_opens_the_text() -> None:
    """Traditional script, a Taiwanese paper's byline run into the first line
    (`〔記者…／…報導〕…`): taken out of the text as the byline; an interview's `問：` turns
    stay paragraphs of the one story."""
    res = split_page(tight(
        "zh", "港區自行車道明年全線貫通",
        "〔記者許雅文／北港報導〕北港市港區自行車道第三期工程昨日動工，預計明年六月完工，屆時全長18公里的車道將全線貫通。",
        "工務局表示，第三期將新設4處休憩站與2座自行車維修站，並同步改善沿線照明。",
        "騎車的人變多了",
        "〔記者蘇晉宏／北港報導〕週末到港區騎車的市民越來越多，工務局長葉明達接受本報專訪。",
        "問：為什麼優先做港區路段？",
        "答：港區風景最好，也最多人騎，先做這段，效益最大。",
        "問：明年還有哪些計畫？",
        "答：我們會把車道延伸到火車站，讓通勤族也能騎車上班。"))
    assert [s.headline for s in res.stories] == ["港區自行車道明年全線貫通", "騎車的人變多了"]
    assert [(s.byline or "").replace(" ", "") for s in res.stories] == [
        "〔記者許雅文／北港報導〕", "〔記者蘇晉宏／北港報導〕"]
    assert res.stories[1].paragraphs[-1].startswith("答：我們會把車道")
