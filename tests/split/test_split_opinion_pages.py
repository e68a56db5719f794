"""Cues added in session 18's second and third rounds for opinion and feature pages, each on
invented text and checked to fail on the code before it: a staff box's `Opinion editor: …`
line is furniture, a British letter signed with a street that has no number is signed, and
the next letter's headline may ask its question; a quotation left open goes on past what
cut it; a Chinese column's name over one story is a logo, and a letter's headline under it
may pause; a forecast by dates is the weather box's."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from audiopaper.split.lines import Line
from audiopaper.split.paragraphs import split_paragraphs
from audiopaper.split.text import joined_paragraphs, width
from tests.split.build import tight

en = partial(tight, "en", page_no=8)

LETTERS = ("LETTERS TO THE EDITOR",
           "Bins and gulls",
           "Since the switch to fortnightly collections, the gulls have torn open every bag",
           "on our street, and the pavement is covered with rubbish by Tuesday morning.",
           "Could the council not at least provide gull-proof sacks, as other towns do?",
           "Ruth Penrose, Quay Row, Hollowmouth",
           "Crossing or car park?",
           "The zebra crossing by the school has been blocked by parked vans three times",
           "this week. Somebody will be hurt before the council paints a yellow line.",
           "Owen Treharne, Mill Close, Penwithy",
           "A thank-you from the choir",
           "On behalf of the Hollowmouth Male Voice Choir, may I thank everyone who came",
           "to our summer concert and helped us raise more than £1,200 for the hospice.",
           "Alun Davey, Hollowmouth Male Voice Choir")


def test_a_staff_box_line_is_furniture() -> None:
    """`Opinion editor: Desmond Pike` over the paper's own view: a post and who holds it, the
    staff box's, not the editorial's headline."""
    res = split_page(en("THE HOLLOWMOUTH PACKET", "Saturday, August 17, 2024", "A8 OPINION",
                        "Founded 1911", "Editor: Harriet Quayle", "Opinion editor: Desmond Pike",
                        "OUR VIEW", "The ferry is not", "a luxury",
                        "When the county council meets on Tuesday to set next year's transport",
                        "budget, it should remember that the island ferry is how forty families",
                        "get to work, to school and to the doctor.", "-- The Packet", *LETTERS))
    editorial = res.stories[0]
    assert (editorial.kicker, editorial.headline) == ("OUR VIEW", "The ferry is not a luxury")
    assert "Opinion editor: Desmond Pike" in " ".join(res.skipped)


def test_letters_signed_with_a_street_and_a_question_for_a_headline() -> None:
    res = split_page(en(*LETTERS))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Bins and gulls", "Ruth Penrose, Quay Row, Hollowmouth"),
        ("Crossing or car park?", "Owen Treharne, Mill Close, Penwithy"),
        ("A thank-you from the choir", "Alun Davey, Hollowmouth Male Voice Choir")]


def test_a_quotation_goes_on_past_what_cut_it() -> None:
    """A story's text going on past a pull quote, a picture or a jump after a quotation that
    is still open goes on in its paragraph until the quotation closes; a quotation of several
    paragraphs opens each with its mark again, and there the paragraph ends."""
    head = ["The line nearly closed in 1974.", "“They ask the wrong question."]
    assert joined_paragraphs(head, ["Nobody rides it to get somewhere.”", "It was built in 1889."],
                             "en") == [
        "The line nearly closed in 1974.",
        "“They ask the wrong question. Nobody rides it to get somewhere.”", "It was built in 1889."]
    assert joined_paragraphs(head, ["“Nobody rides it to get somewhere.”"], "en") == [
        *head, "“Nobody rides it to get somewhere.”"]


def test_chinese_column_names_over_one_story() -> None:
    """A column's name over one story (`田间地头`, `“百村千户话变迁”蹲点日记`) is skipped as a
    logo; a headline that ends on such a word (`“共享农机”开进田间地头`) stays a headline."""
    page = tight("zh", "田间地头", "柳溪村300亩油茶喜获丰收",
                 "本报讯（通讯员 谭琳）近日，柳溪村油茶基地迎来采摘季，300亩油茶预计产值达180万元，带动周边40余名村民就近务工。",
                 "“百村千户话变迁”蹲点日记", "石塘村的“稻鱼经”",
                 "清晨六点，石塘村的稻田里已经有人在忙活。村民们一边查看稻苗长势，一边把鱼苗放进田间的沟渠。",
                 "“共享农机”开进田间地头",
                 "本报讯（记者 龙晓峰）连日来，全县12个“共享农机”服务站的农机手分赴各村，为农户提供代耕代收服务。",
                 page_no=2)
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "柳溪村300亩油茶喜获丰收", "石塘村的“稻鱼经”", "“共享农机”开进田间地头"]
    assert {"田间地头", "“百村千户话变迁”蹲点日记"} <= set(res.skipped)


def test_a_letter_s_headline_may_pause() -> None:
    """Under a column's logo and over a letter's salutation, a line that pauses on a comma is
    the letter's headline (`村口路灯亮了，心里也亮堂了` / `编辑同志：…`)."""
    res = split_page(tight("zh", "读 者 来 信", "桥头路灯亮了，夜路也好走了",
                           "编辑同志：我是石门乡桥头村的一名村民。我们村口到集镇的那段路，过去一到晚上就黑漆漆的，",
                           "老人孩子走夜路总是提心吊胆。今年夏天，乡里在这段路上装了32盏太阳能路灯。",
                           "（石门乡桥头村 杨秀芬）", page_no=4))
    (letter,) = res.stories
    assert letter.headline == "桥头路灯亮了，夜路也好走了"
    assert letter.paragraphs[0].startswith("编辑同志：")


def test_a_forecast_by_dates_is_the_weather_box_s() -> None:
    res = split_page(tight("zh", "本周天气", "6日 多云 19～28℃\u30007日 小雨 18～24℃",
                           "8日 阴转晴 17～26℃\u3000石门县气象局提供", "县政务服务中心推出周末延时服务",
                           "即日起，县政务服务中心在每周六9:00至17:00提供社保、医保、户籍等36项高频事项办理服务。",
                           page_no=4))
    assert [s.headline for s in res.stories] == ["县政务服务中心推出周末延时服务"]


def test_a_paragraph_does_not_end_inside_its_quotation() -> None:
    """A short line that ends a sentence inside a quotation still open, over a capital, goes
    on in its paragraph (a column of one text, no interruption); once the quotation closes, a
    short line ends the paragraph as before."""
    texts = ["The conductor smiled at the question. “They",
             "ask the wrong question.",
             "Nobody rides this train just to get to the",
             "other end of the line,” he said.",
             "The line was built in 1889 to carry salt and",
             "oysters to the city markets."]
    lines = [Line(k, t, width(t), 0) for k, t in enumerate(texts)]
    paragraphs = [[x.s for x in p] for p in split_paragraphs(lines, "en")]
    assert paragraphs == [texts[:4], texts[4:]]
