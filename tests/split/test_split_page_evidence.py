"""Cues added in session 12, each on invented text and each checked to fail on the code
before it: shapes that unseen pages shared.  Columns of briefs (heads run in with one space,
set off by marks, spread by a justified column), pull quotes (said again, breaking a sentence,
their speakers wrapped), boxes (tables in cells, label-colon lists, dot leaders, showings),
notes and ads round an address or a number, bylines that close a text or wrap, decks and
headlines printed with their pauses, and the lead."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.lines import Line
from audiopaper.split.stack import label_stack
from audiopaper.split.tokens import Token


def zh(*lines: str, no: int = 3) -> Page:
    return Page(source=f"p{no}.txt", lang="zh", page_no=no, lines=tuple(lines))


def in_blocks(blocks: list[list[str]], no: int = 3) -> Page:
    """A Chinese page with a blank line after each printed block."""
    return zh(*[x for b in blocks for x in (*b, "")], no=no)


LEAD = ["东岭水库除险加固工程完工", "本报记者 车万里",
        "11月2日，东岭水库除险加固工程通过竣工验收，",
        "大坝防渗、溢洪道和放空设施全部完成改造。"]


def test_briefs_whose_heads_run_in_with_one_space_under_a_head_no_table_names() -> None:
    """Under a column head in no table (`乡 里 新 闻`, spaced out), each block opens with a
    headline, one plain space and its text (`…开通 即日起，…`): each block is a brief with
    that headline, not more lines of the story above."""
    page = in_blocks([LEAD, ["乡 里 新 闻"],
                      ["石桥镇至县城公交专线开通 即日起，", "石桥镇至县城公交专线每天发车", "二十班，票价三元。"],
                      ["青山村百亩油茶基地挂果 今年", "油茶基地首次挂果，预计产", "油茶籽四万斤。"]])
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "东岭水库除险加固工程完工", "石桥镇至县城公交专线开通", "青山村百亩油茶基地挂果"]
    assert res.stories[1].paragraphs[0].startswith("即日起，")


def test_a_two_part_headline_over_an_inline_byline_stays_whole() -> None:
    """A headline of two parts parted by one space (`寒潮来袭 周末最低气温降至零下`) over
    a paragraph that opens with its inline byline is one headline, even next to briefs
    whose heads run in with one space."""
    page = in_blocks([["镇 村 动 态"],
                      ["石桥镇至县城公交专线开通 即日起，", "石桥镇至县城公交专线每天发车", "二十班，票价三元。"],
                      ["青山村百亩油茶基地挂果 今年", "油茶基地首次挂果，预计产", "油茶籽四万斤。"],
                      ["寒潮来袭 周末最低气温降至零下"],
                      ["本报讯（记者 汪晓）记者从县气象台获悉，", "本周末我县将出现大风降温天气。"]])
    res = split_page(page)
    assert res.stories[-1].headline == "寒潮来袭 周末最低气温降至零下"


def en(*blocks: str) -> Page:
    """An English page with blank lines between blocks only."""
    return Page(source="p3.txt", lang="en", page_no=3, lines=tuple("\n\n".join(blocks).split("\n")))


MILL = ("Mill to reopen\nwith 80 jobs", "By Ada Voss",
        "The Riverside mill will reopen\nin March with 80 jobs, its new\nowners said Monday.")


def test_english_brief_heads_ending_on_a_day_or_before_a_name() -> None:
    """In a column of briefs, a head in sentence case may end on a day (`…begins Monday`) before
    a text that opens with a name (`City crews…`), or before a name that ends the line when the
    text says the head again (`Gomez second at state Lake` / `Forest junior Ana Gomez…`)."""
    page = en(*MILL, "AROUND TOWN",
              "Leaf pickup begins Monday City crews\nwill collect leaves raked to the\ncurb through Dec. 6.",
              "Gomez second at state Lake\nForest junior Ana Gomez took second\nat the state meet in Calder.")
    res = split_page(page)
    assert [s.headline for s in res.stories][1:] == ["Leaf pickup begins Monday", "Gomez second at state"]
    assert res.stories[2].paragraphs[0].startswith("Lake Forest junior")


def test_a_letters_line_breaking_at_a_name_is_no_brief_head() -> None:
    """A letter's sentence that breaks at a name (`My children spent last Labor Day` /
    `weekend…`) after a sentence end stays running text, under a column of briefs or not."""
    page = en(*MILL, "AROUND TOWN",
              "Pool opens early The town pool\nwill open June 1 this year.",
              "Keep the pool open\nEvery year the pool closes the week\nbefore the heat arrives.\n"
              "My children spent last Labor Day\nweekend sitting in front of a fan.\nJoan Reed, Corliss")
    res = split_page(page)
    assert [s.headline for s in res.stories][1:] == ["Pool opens early", "Keep the pool open"]


def test_a_justified_brief_column_spreads_its_heads_too() -> None:
    """A justified column spreads a brief head's words with runs of spaces as it does the
    text's (`Boosters plan  fish fry The`): the head still ends before `The`, and the next
    line's spread-out words (`Cedar Bend  Baseball…`) are the text's, not the head's."""
    page = en("Board sets  later start  time", "By Renee Sato",
              "Students will start school  35 minutes\nlater next fall after the board voted\n"
              "5-2  on Monday  to push the first bell\nback to 8:30 a.m.  from 7:55 a.m.",
              "SPORTS SHORTS",
              "Boosters plan  fish fry The\nCedar Bend  Baseball Boosters will\nhold a fish  fry March 29 at the\n"
              "Legion hall.  Tickets  are  $12.",
              "Track opens  April 2 The Cougar\nteams open  their season at the\nNorthwood  Relays.")
    res = split_page(page)
    assert [s.headline for s in res.stories][1:] == ["Boosters plan fish fry", "Track opens April 2"]


# English pull quotes set into a sentence they break off: (the story's blocks, text the body
# keeps across the quote, text it never holds)
PULL_QUOTES = {
    # the speaker's name the column wrapped under the role
    "speaker_wrapped": (("Water rates could climb 14%", "By Lee Park",
                         "The city recorded 163 main breaks\nlast year, according to a report presented at",
                         '"We can keep patching, or\nwe can start replacing."\n— Public Works Director\nSandra Okoye',
                         "the meeting. The worst flooded a\nschool basement in February."),
                        "presented at the meeting", "Okoye"),
    # a quotation in a block of its own, no attribution
    "no_attribution": (("Bus drivers wanted", "By Ana Ruiz",
                        "Her day starts at 5:50 a.m. and\nends at 5:30 p.m., with a split\nshift in between that",
                        '"Some riders spend more than\nan hour on the bus each way."',
                        "pays nothing. Starting pay is\n$17.40 an hour."),
                       "in between that pays nothing.", "Some riders"),
    # the attribution wrapped after the speaker's name and a comma
    "role_after_comma": (("Dredging plan would close channel", "By Lee Park",
                          "The channel is 9.5 feet deep at low\nwater. Under the plan, a dredge would\n"
                          "remove sand and silt between March 3",
                          '"We have a harbor that is\nslowly closing itself."\n— Odile Prentiss,\nHarbor Commission chair',
                          "and May 9. The federal government\nwould pay 65% of the cost."),
                         "March 3 and May 9", "Harbor Commission chair"),
    # the speaker's role and company after two commas
    "two_commas": (("Tool maker adds 40 jobs", "By Lee Park",
                    "The company is holding two hiring\nsessions at the community college workforce",
                    '"For the first time I could say yes and mean it."\n— Gail Pellham, owner, Pellham Tool & Die',
                    "center, on March 27 and April 3."),
                   "workforce center, on March 27", "Pellham Tool"),
}


@pytest.mark.parametrize("case", sorted(PULL_QUOTES))
def test_a_pull_quote_set_into_a_broken_sentence_is_skipped(case: str) -> None:
    """A pull quote between the two halves of a sentence, however its attribution is set (the
    speaker wrapped under the role, none at all, the role wrapped after a comma, a role and a
    company after two commas), is skipped whole, and the sentence is joined across it."""
    blocks, kept, dropped = PULL_QUOTES[case]
    body = " ".join(split_page(en(*blocks)).stories[0].paragraphs)
    assert kept in body and dropped not in body


def test_a_quotation_between_paragraphs_that_the_story_says_again_is_a_pull_quote() -> None:
    """On a page one paragraph to a line, a quotation alone between two paragraphs whose words
    the story says again a few paragraphs on (a little reworded) is a pull quote."""
    page = zh("老楼加装电梯有了新办法", "本报记者 韦达",
              "今年以来，全市既有住宅加装电梯开工数量明显增加，协商难的问题正在逐步破解。",
              "“有了测算报告和明细账，大家心里就踏实了。”",
              "一楼住户可不出资，并可获得一次性补偿，其他楼层按比例分摊费用。",
              "“有了专业测算和明细账，大家心里都有底。”居民代表老周说。")
    res = split_page(page)
    assert "“有了测算报告和明细账，大家心里就踏实了。”" in res.skipped
    assert "一楼住户可不出资" in "".join(res.stories[0].paragraphs)


def test_a_quotation_a_sentence_leads_into_stays_running_text() -> None:
    """A quotation under `…刘大爷说，` is the sentence's own, however it was broken: text."""
    page = zh("社区食堂开进小区", "本报记者 韦达",
              "    食堂开办两年来，累计为老人提供",
              "午餐三万多份。82岁的刘大爷说，",
              "“现在天天来食堂，饭菜可口。”",
              "    食堂还为行动不便的老人送餐上门。")
    res = split_page(page)
    assert "饭菜可口" in "".join(res.stories[0].paragraphs)


def test_column_names_section_labels_and_refer_lines_are_skipped() -> None:
    """A column's name ending in a column's noun (`市场点评`, `养殖小课堂`), a section label
    parted by a middle dot (`民生·城建`) and a pointer to another page (`▶详见第4版`) are
    furniture, not the first words of the headline under them."""
    page = in_blocks([["民生·城建"], ["北门菜市场完成改造"], ["本报记者 车万里"],
                      ["11月2日，北门菜市场改造完工，", "新增摊位80个。"],
                      ["▶相关报道详见第4版"],
                      ["养殖小课堂"], ["冬季养羊要注意保暖"],
                      ["入冬以后，羊舍要做好防风保暖，", "饮水不宜过凉。"]])
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["北门菜市场完成改造", "冬季养羊要注意保暖"]
    skipped = " ".join(res.skipped)
    assert all(x in skipped for x in ("民生·城建", "▶相关报道详见第4版", "养殖小课堂"))


def test_an_english_table_kept_in_cells_is_skipped_with_its_title() -> None:
    """Rows of cells parted by runs of spaces, with figures (`Ridgeline       9-2      12-3`)
    and the head row (`Team  Region  Overall`), under their title in capitals, are a table:
    skipped, the story before it and the one after it whole."""
    page = en(*MILL, "DISTRICT 4 SOFTBALL STANDINGS\nTeam            Region   Overall\n"
              "Ridgeline       9-2      12-3\nCedar Flats     8-2      13-1\nPioneer         6-5      8-7",
              "Pool to open early", "The town pool will open June 1,\na week early, the parks board said.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Mill to reopen with 80 jobs", "Pool to open early"]
    assert not any("Ridgeline" in p for s in res.stories for p in s.paragraphs)


def test_a_list_of_label_colon_rows_is_skipped() -> None:
    """Three rows or more, each a short label, a colon and what it names, with no sentence's
    end (`Mon.: Chicken patty on bun, green beans`), are a list box: skipped."""
    page = en(*MILL, "LUNCH MENU\nMon.: Chicken patty on bun, green beans\nTue.: Tacos, corn, apple slices\n"
              "Wed.: Spaghetti, salad, garlic bread\nThu.: Turkey sandwich, carrots",
              "Pool to open early", "The town pool will open June 1,\na week early, the parks board said.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Mill to reopen with 80 jobs", "Pool to open early"]
    assert not any("Tacos" in p for s in res.stories for p in s.paragraphs)


def test_a_price_box_with_dot_leaders_and_a_note_under_its_title() -> None:
    """A price box: its title in capitals, a note on what the prices are (`Co-op cash bids,
    Aug. 26`) and rows of a label, dot leaders and a figure, is skipped whole: neither title
    nor note heads the story under it."""
    page = en(*MILL, "GRAIN MARKETS\nFarmers Co-op cash bids, Aug. 26\nWheat ............ $5.12  (-0.04)\n"
              "Corn ............. $3.71  (+0.02)\nSoybeans ......... $9.48  (-0.11)",
              "Co-op members to vote\non merger in November", "By Ray Kilbride",
              "Members of the Farmers Co-op will\nvote Nov. 12 on a merger with the\nRiverton elevator.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories][1:] == [
        (None, "Co-op members to vote on merger in November")]
    assert not any("Wheat" in p for s in res.stories for p in s.paragraphs)


def test_a_note_round_an_email_address_is_skipped_whole() -> None:
    """A note telling readers how to reach the paper, its sentence wrapped over lines round an
    e-mail address (`To place a notice, email` / `notices@….example or call` / `555-0110.
    Deadline is noon.`), under a letter's signature, is skipped whole: no line of it joins
    the letter."""
    page = Page(source="p6.txt", lang="en", page_no=6, lines=(
        "Keep the pool open", "Every year the pool closes the week", "before the heat arrives.",
        "— Joan Reed, rural Corliss", "To place a notice, email",
        "notices@corlissherald.example or call", "555-0110. Deadline is noon the day",
        "before publication."))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [("Keep the pool open", "— Joan Reed, rural Corliss")]
    assert res.stories[0].paragraphs[-1].endswith("before the heat arrives.")


def test_a_signature_with_a_role_in_lower_case_closes_the_letter() -> None:
    """`— Marta Gill, Booster Club president` under a letter is its byline, and the next
    letter's headline stays a headline."""
    page = en("LETTERS TO THE EDITOR", "Thank you for the scoreboard",
              "On behalf of the Booster Club, I want\nto thank the families who gave.\n"
              "— Marta Gill, Booster Club president\nLater start is the wrong call\n"
              "I was disappointed to see the board\nmove the start time to 8:30.\n— Greg Thorsen, rural Cedar Bend")
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Thank you for the scoreboard", "— Marta Gill, Booster Club president"),
        ("Later start is the wrong call", "— Greg Thorsen, rural Cedar Bend")]


def test_an_advertisement_from_its_name_in_capitals_to_its_telephone() -> None:
    """An ad on a page without blank lines: a name in capitals over two lines, a slogan and
    its number (`KETTERING-BRAGG` / `FUNERAL HOME` / … / `555-0121`), after a brief whose
    sentence ends on a number with a stop (`…call 555-0199.`), is skipped; the brief keeps
    its text."""
    page = Page(source="p6.txt", lang="en", page_no=6, lines=(
        "SHERIFF'S LOG", "Mailbox damage  Deputies responded Oct.", "19 to reports that several mailboxes",
        "had been knocked down. Anyone with", "information is asked to call 555-0199.",
        "KETTERING-BRAGG", "FUNERAL HOME", "Serving Orrick County families", "since 1921",
        "Pre-planning available", "555-0121"))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Mailbox damage"]
    assert res.stories[0].paragraphs[-1].endswith("call 555-0199.")
    assert "Pre-planning" in " ".join(res.skipped)


def test_a_headline_of_two_lines_broken_at_its_comma() -> None:
    """A printed block of two lines, the first ending on a comma and the second on no mark
    (`A levy worth renewing,` / `with strings attached`), under a label in capitals, is the
    headline: running text never leaves a block of its own unended."""
    page = en("OPINION", "OUR VIEW", "A levy worth renewing,\nwith strings attached",
              "Harwick voters will find a\nfamiliar question on their\nballots next month.")
    res = split_page(page)
    assert [(s.kicker, s.headline) for s in res.stories] == [("OUR VIEW", "A levy worth renewing, with strings attached")]


def test_a_deck_in_one_block_with_its_headline_opens_with_a_capital() -> None:
    """Headline and deck printed in one block of like lines: the deck starts at a line that
    opens with a capital on a word the story writes in lower case (`north channel for 10
    weeks` / `Crabbers warn of lost spring`); a name opening a line is no such word."""
    def stack(texts: list[str], body: list[str]) -> tuple[str | None, str | None]:
        tokens = [Token("D", [Line(k, t, len(t), 1 if k == 0 else 0)]) for k, t in enumerate(texts)]
        st = label_stack(tokens, "en", body)
        return st.headline, st.subheadline
    body = ["TAMSIN BAY — The north channel would close for 10", "weeks, and commercial crabbers say",
            "it could cost them the season."]
    assert stack(["Dredging plan would close", "north channel for 10 weeks", "Crabbers warn of lost spring",
                  "catch; vote set for Nov. 12"], body) == (
        "Dredging plan would close north channel for 10 weeks", "Crabbers warn of lost spring catch; vote set for Nov. 12")
    assert stack(["Dredging plan would close", "north channel for 10 weeks", "Tamsin Bay crabbers warn",
                  "of lost spring catch"], body)[1] is None


def test_a_name_in_brackets_closing_a_text_without_a_role_word() -> None:
    """A name in brackets after the last sentence, with who the writer is before it
    (`（读者 蒙德顺）`) or a surname opening it (`（覃立夏）`), is the byline; an editor's
    note in brackets (`（有删节）`) stays text."""
    page = in_blocks([LEAD, ["晒谷场被占怎么办"],
                      ["每到秋收，村里的晒谷场就被车辆占用，希望有关部门管一管。（读者 蒙德顺）"],
                      ["秋播注意事项"], ["秋播前要做好种子处理，播后及时镇压保墒。（覃立夏）"],
                      ["一封家书"], ["父亲的信写在一张旧烟盒纸上，字迹歪斜。（有删节）"]])
    res = split_page(page)
    # (joined into its paragraph, the name's space goes as a Chinese line's spaces do)
    assert [(s.byline or "").replace(" ", "") for s in res.stories[1:]] == ["（读者蒙德顺）", "（覃立夏）", ""]
    assert res.stories[3].paragraphs[-1].endswith("（有删节）")


def test_a_role_line_that_says_who_without_where_is_the_subheadline() -> None:
    """`副市长聂秋原出席并讲话` under a two-line headline is the subheadline (who, with a role
    verb); `在…推进会上讲话` would say where, and be a kicker's."""
    page = in_blocks([["全市秋冬种现场推进会在石桥镇召开", "抢抓农时种足种好", "副市长聂秋原出席并讲话"],
                      ["本报讯（记者 汪晓）11月6日，全市秋冬种现场推进会在石桥镇召开。"]])
    st = split_page(page).stories[0]
    assert (st.kicker, st.headline, st.subheadline) == (
        "全市秋冬种现场推进会在石桥镇召开", "抢抓农时种足种好", "副市长聂秋原出席并讲话")


def test_a_quoted_headline_under_a_quotation_that_ends_a_sentence() -> None:
    """A sentence closing on a quotation (`…让群众` / `“少跑腿、快办事”。`) over a headline that
    ends on a quotation mark (`一张欠条引出的“兄弟官司”`), its `——` line and a byline: the
    quotation ends the story above, the three lines head the next story (no pull quote)."""
    page = zh(*[x for line in (
        "县法院推出便民诉讼服务", "本报记者 汪晓", "县法院将进一步畅通诉讼服务“绿色通道”，让群众",
        "“少跑腿、快办事”。", "一张欠条引出的“兄弟官司”", "——县法院巡回法庭调解一起民间借贷纠纷",
        "本报记者 闫书", "3月8日上午，桐溪镇党群服务中心的会议室临时变成了法庭。") for x in (line, "")])
    res = split_page(page)
    assert [(s.headline, s.subheadline) for s in res.stories] == [
        ("县法院推出便民诉讼服务", None), ("一张欠条引出的“兄弟官司”", "——县法院巡回法庭调解一起民间借贷纠纷")]
    assert res.stories[0].paragraphs[-1].endswith("“少跑腿、快办事”。")


def test_a_hyphen_at_a_line_end_kept_where_the_halves_are_two_words() -> None:
    """A compound broken at its hyphen keeps it where both halves are English words and the
    two together are none (`cast-` / `iron`, `ninth-` / `grader`); a word split by the column
    closes up where it is one word and a half is none (`propo-` / `sals`)."""
    page = en("Water rates could climb", "By Lee Park",
              "The plan would replace 11 miles of cast-\niron pipe and pair every ninth-\n"
              "grader with a mentor, and two firms\nhave submitted propo-\nsals for the work.")
    text = " ".join(split_page(page).stories[0].paragraphs)
    assert "cast-iron pipe" in text and "ninth-grader" in text and "proposals" in text


def test_the_first_story_leads_though_a_meeting_below_it_has_a_speech_kicker() -> None:
    """On an inside page a feature opens the page over a leader's meeting (`…会上强调`): the
    feature is the lead, the meeting follows in page order."""
    page = in_blocks([["一株“高山菜心”的“出山记”"], ["本报记者 覃立夏"],
                      ["10月19日凌晨4点，石滩镇岜楼村的菜地里亮起一片头灯，", "村民们正忙着采收菜心。"],
                      ["邓岳在全县秋冬种生产现场推进会上强调", "抢抓农时扩面积 稳粮增油保供给"],
                      ["本报讯（记者 覃立夏）10月18日，全县秋冬种生产现场推进会召开。"]])
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["一株“高山菜心”的“出山记”", "抢抓农时扩面积 稳粮增油保供给"]


def test_a_table_named_as_one_cuts_no_story() -> None:
    """A table set into a story's sentence, its title named as a table (`表：2024年主产区…收购均价`)
    over its rows and source: the title heads no story; the sentence goes on after it."""
    page = in_blocks([["春茶收购进入尾声"], ["本报记者 俞晓岚"],
                      ["从监测点的数据看，名优绿茶收购均价普遍上涨，涨幅"],
                      ["表：2024年主产区名优绿茶春季收购均价"],
                      ["产区    2024年（元/公斤）   2023年（元/公斤）   同比", "皖南        142.6              134.0          +6.4%",
                       "浙西        168.3              153.6          +9.6%", "黔北         96.8               94.8          +2.1%"],
                      ["数据来源：本报茶叶市场监测点"],
                      ["在2.1%至9.6%之间，其中浙西产区涨幅最大。"]])
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["春茶收购进入尾声"]
    assert "涨幅在2.1%至9.6%之间" in "".join(res.stories[0].paragraphs)


def test_a_photo_caption_of_two_paragraphs_over_its_credit() -> None:
    """A photo's title, a caption of two paragraphs and the credit, above the lead: one photo
    (both paragraphs its caption, the second showing no story of its own), and the story
    under it keeps its headline."""
    page = in_blocks([["6", "2024年10月15日 星期二", "健康周刊", "秋日义诊进社区",
                       "10月12日，市中医院专家团队走进江湾街道枫林社区，",
                       "为居民提供免费血压血糖测量、中医体质辨识等服务。",
                       "当天共接诊居民300余人次，发放健康宣传资料800余", "份。", "本报记者 黎 晟 摄",
                       "全市秋冬季重点传染病防控工作会议召开", "关口前移 多病共防", "筑牢秋冬季群众健康防线",
                       "本报讯（记者 沈一苇）10 月 14 日，全市秋", "冬季重点传染病防控工作会议", "召开。会议通报了今年以来全",
                       "市传染病疫情形势，对流感等", "秋冬季高发疾病防控工作作出", "部署。"],
                      ["据市疾控中心监测，9月下旬", "以来，全市流感样病例比例呈", "缓慢上升趋势。"]])
    res = split_page(page)
    photo = next(s for s in res.stories if s.kind == "photo")
    caption = "".join(photo.paragraphs)
    assert photo.headline == "秋日义诊进社区" and "10月12日" in caption and "当天共接诊" in caption
    assert any(s.headline == "关口前移 多病共防 筑牢秋冬季群众健康防线" for s in res.stories)


def test_a_pull_quote_with_its_speaker_on_its_last_line() -> None:
    """A quotation whose speaker follows it on its last line (`…a degree.” — Senator Ilse
    Brannigan`), saying again what the paragraph above it said, is a pull quote."""
    page = Page(source="p1.txt", lang="en", page_no=1, lines=(
        "Senate backs activity-fee increase", "", "By Reuben Acheampong", "",
        "The student senate voted 14-9 on Tuesday to raise the activity fee by $40 a term, "
        "with the money going to an emergency fund for students. “Nobody should be forced to pick "
        "between paying rent and finishing their degree,” said Sen. Ilse Brannigan.", "",
        "“Nobody should have to choose between", "rent and a degree.” — Senator Ilse Brannigan", "",
        "Opponents argued the increase would fall hardest on part-time students, who pay the full "
        "fee but rarely use the shuttle or attend events on campus."))
    res = split_page(page)
    assert "Nobody should have to choose" not in " ".join(res.stories[0].paragraphs)
    assert len(res.stories) == 1


def test_a_column_named_for_its_people_is_a_logo() -> None:
    """A column's name ending in a column's noun (`企业风采`) over one story's headline is
    skipped, not the headline."""
    page = in_blocks([LEAD, ["企业风采"], ["一家县城配件厂的“出海”路"], ["本报记者 孔令一"],
                      ["5月20日，县农机配件厂的第一批出口订单装箱发往东南亚。"]])
    res = split_page(page)
    assert res.stories[-1].headline == "一家县城配件厂的“出海”路" and "企业风采" in res.skipped


def test_a_question_headline_with_its_pause_over_a_dash_line_and_byline() -> None:
    """On a page without blank lines, a short line with a pause that asks (`作业少了，学习质量
    怎么保？`) between a text that ended and a `——对话…` line over a byline is a headline."""
    page = zh("市教育局将在9月底前完成对全市学校开学工作的", "专项督导，督导结果将向社会公开。",
              "作业少了，学习质量怎么保？", "——对话汀阳市第二实验小学校长何书澜", "本报记者 柯 蔓",
              "新学期伊始，如何在减轻学生负担的同时保证学习", "质量？记者走进汀阳市第二实验小学。")
    res = split_page(page)
    st = res.stories[-1]
    assert (st.headline, st.subheadline) == ("作业少了，学习质量怎么保？", "——对话汀阳市第二实验小学校长何书澜")


def test_a_box_title_in_capitals_with_a_note_in_brackets_and_a_compiled_by_line() -> None:
    """`Compiled by Producer staff` under a story closes it as its byline; the box under it,
    its title in capitals with a note in brackets (`CASH GRAIN BIDS (Monday close, $/bu.)`)
    over rows of cells, is skipped whole; the next story keeps its headline."""
    page = Page(source="p4.txt", lang="en", page_no=4, lines=(
        "Harvest pressure weighs on wheat", "Wheat futures fell for a fourth straight week as harvest moved north",
        "and export demand stayed soft, traders said on Monday.", "Compiled by Producer staff",
        "CASH GRAIN BIDS (Monday close, $/bu.)", "Elevator              Wheat    Corn    Soybeans",
        "Wexford Co-op          5.62    3.91     10.84", "Dorrance Grain         5.58    3.88     10.79",
        "Feeder cattle hold near record at Wexford sale",
        "Feeder cattle sold steady to $4 higher at the Wexford sale on Saturday, with 1,846 head",
        "on offer and buyers from four states in the seats."))
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Harvest pressure weighs on wheat", "Compiled by Producer staff"),
        ("Feeder cattle hold near record at Wexford sale", None)]
    assert any("CASH GRAIN BIDS" in x for x in res.skipped)


def test_a_listing_of_showings_is_skipped() -> None:
    """A cinema listing under its label, rows of clock times (`Lakeshore 8: "Inside Out 2" (PG)
    12:15, 2:40, 5:05`, `"The Bikeriders" (R) 4:45, 7:40`), is skipped, not a story."""
    page = en(*MILL, "AT THE MOVIES",
              'Lakeshore 8: "Inside Out 2" (PG) 12:15, 2:40, 5:05, 7:30; "Bad Boys" (R) 1:00, 4:10;',
              '"The Bikeriders" (R) 4:45, 7:40',
              'Wick Street Cinema: "Kinds of Kindness" (R) 6:30; Thursday classic, "Roman Holiday" 8 p.m.',
              "Pool to open early", "The town pool will open June 1,\na week early, the parks board said.")
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Mill to reopen with 80 jobs", "Pool to open early"]
    assert not any("Bikeriders" in p for s in res.stories for p in s.paragraphs)


def test_brief_heads_in_lenticular_brackets_or_after_a_square() -> None:
    """Briefs whose heads are set off by a mark, run into their text: in lenticular brackets
    with no gap (`【市民卡可刷乘城际公交】即日起，…`) or after a square with a gap (`■县图书馆
    新增自助借阅点   日前，…`); each is a brief with that head, mark kept as printed."""
    page = in_blocks([LEAD, ["要闻速递"],
                      ["【市民卡可刷乘城际公交】即日起，澄阳", "市民卡在两条城际公交线路上开通刷卡功能。"],
                      ["【东湖公园停车场改造完工】经过两个月", "施工，停车泊位由120个增加到260个。"],
                      ["文旅简讯"],
                      ["■县图书馆新增自助借阅点   日前，县", "图书馆在古城新设3处24小时自助借阅点。"],
                      ["■花灯入选市级非遗名录   近日，筠坪", "花灯制作技艺入选第六批市级非遗名录。"]])
    res = split_page(page)
    assert [s.headline for s in res.stories][1:] == [
        "【市民卡可刷乘城际公交】", "【东湖公园停车场改造完工】", "■县图书馆新增自助借阅点", "■花灯入选市级非遗名录"]
    assert res.stories[1].paragraphs[0].startswith("即日起")


def test_a_credit_and_a_closing_byline_wrapped_after_their_by() -> None:
    """A photo's credit and a brief's closing byline that the column wrapped after their `by`
    (`Photo courtesy of` / `Aldermoor Rotary Club`, `— Submitted by the` / `Aldermoor Garden
    Club`) are one credit and one byline, not the next story's headline."""
    page = Page(source="p2.txt", lang="en", page_no=2, lines=(
        "Ribbons and shovels", "Rotary Club members break ground June", "20 on the Millpond Trail extension.",
        "Photo courtesy of", "Aldermoor Rotary Club",
        "Garden tour tickets on sale", "Tickets for the garden club's annual", "tour are $15 at the public library.",
        "— Submitted by the", "Aldermoor Garden Club",
        "Pool to open early", "The town pool will open June 1, a week", "early, the parks board said."))
    res = split_page(page)
    # (the photo is read after the lead, the first story that is not one)
    assert sorted((s.headline or "", s.byline or "") for s in res.stories) == [
        ("Garden tour tickets on sale", "— Submitted by the Aldermoor Garden Club"),
        ("Pool to open early", ""), ("Ribbons and shovels", "Photo courtesy of Aldermoor Rotary Club")]


def test_a_column_head_with_a_note_of_where_its_items_come_from() -> None:
    """A label in capitals over a note of where the items come from (`From Aldermoor Police
    Department` / `reports, June 18-24.`) and briefs whose heads run into their text: label and
    note are the column's head, skipped; each brief keeps its head."""
    page = Page(source="p2.txt", lang="en", page_no=2, lines=(
        "Pool to open early", "The town pool will open June 1, a week", "early, the parks board said.",
        "POLICE BLOTTER", "From Aldermoor Police Department", "reports, June 18-24.",
        "Bicycle stolen   A resident of the", "400 block of Elm Street reported a", "stolen bike June 18.",
        "Mailboxes damaged   Three mail-", "boxes on Ridge Road were knocked", "down overnight June 21."))
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["Pool to open early", "Bicycle stolen", "Mailboxes damaged"]
    assert any("reports, June 18-24." in x for x in res.skipped)


def test_two_equal_phrases_over_a_dash_line_are_a_headline() -> None:
    """Two phrases of four characters (`一片林子 三代守护`), slogan-shaped, between a text that
    ended and a `——记…` line over a byline, are the headline the dash line hangs under."""
    page = in_blocks([LEAD, ["一片林子 三代守护"], ["——记石坎国有林场护林员龚德旺一家"], ["本报记者 蒙小禾"],
                      ["清晨五点，石坎国有林场的护林员龚德旺已经背上水壶，", "沿着熟悉的山路开始巡山。"]])
    res = split_page(page)
    assert (res.stories[-1].headline, res.stories[-1].subheadline) == ("一片林子 三代守护", "——记石坎国有林场护林员龚德旺一家")
