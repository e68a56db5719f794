"""Cues added in session 16's third round, each on invented text and each checked to fail on
the code before it: a text's first line under a byline that says the headline again, a pull
quote's attribution wrapped onto a second line, an ad's footnote under its call to act, an
obituary's headline opening on the name and the age; in Chinese a weather item of two parts
and column lines of running text that a furniture table's words would claim."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, heard, tight

en = partial(blocks, "en", page_no=4)
en_tight = partial(tight, "en", page_no=4)
zh = partial(tight, "zh", page_no=4)
words = heard


def test_the_first_line_under_a_byline_is_text_though_it_says_the_headline() -> None:
    """In a narrow column, a brief's first line under its `From staff reports` line has words
    the next lines say again, and breaks at a name: it opens the text, it is no deck."""
    page = en("Library lifts Sunday hours",
              "By Ana Pruitt",
              "The Dunmore Public Library will\nopen from 1 to 5 p.m. on Sundays\nstarting in June, the library\n"
              "board decided Tuesday night.",
              "Ferry fares to rise 8% on April 1",
              "From staff reports",
              "Round-trip fares on the Elm\nBay–Saxby Point ferry will rise\n8% on April 1, the county’s\n"
              "Marine Transit Authority decided\nMonday in a 4-1 vote.",
              "An adult round trip will cost\n$13.50, up from $12.50. Fares for\nseniors and students will rise\n"
              "by 50 cents.")
    res = split_page(page)
    assert res.stories[-1].subheadline is None
    assert res.stories[-1].paragraphs[0].startswith("Round-trip fares on the Elm Bay–Saxby Point")


def test_a_pull_quotes_attribution_wrapped_onto_a_second_line_is_all_skipped() -> None:
    """`— Tomas Ferreira, Harborview` / `Apartments resident`: the speaker's description the
    column wrapped ends the quote's block; none of it is read in the story."""
    page = en("Fire empties apartments",
              "By Lee Marsh",
              "Residents of the Harbor Apartments, a 52-unit building across the",
              "“I grabbed my pills\nand my cat. That’s it.”\n— Tomas Ferreira, Harborview\nApartments resident",
              "street, were told to leave at about 5:15 a.m. Most spent the morning at the community center.")
    res = split_page(page)
    assert "Apartments resident" not in words(res)
    assert res.stories[0].paragraphs[0] == (
        "Residents of the Harbor Apartments, a 52-unit building across the street, were told to "
        "leave at about 5:15 a.m. Most spent the morning at the community center.")


def test_an_ads_footnote_under_its_call_to_act_is_the_ads() -> None:
    """The starred note sits a line under the starred offer, past the ad's call to act: it is
    the ad's, not the end of the story above."""
    page = en("Board delays school vote",
              "The school board put off its vote on closing Harbor Street School until April 15.",
              "DUNMORE CREDIT UNION\n12-month certificate 4.15% APY*\nOpen one today at any branch or dunmorecu.example\n"
              "*Annual percentage yield. $500 minimum. Federally insured by NCUA.",
              "Ferry fares to rise",
              "Ferry fares will rise 8% on April 1, the county's transit board decided Monday.")
    res = split_page(page)
    assert "Annual percentage yield" not in words(res)
    assert [s.headline for s in res.stories] == ["Board delays school vote", "Ferry fares to rise"]


def test_an_obituarys_headline_opens_on_the_name_and_the_age() -> None:
    """No blank lines: under an obituary that ended, a short line opening on a name and an
    age and going on with what they did (`Dorothy Pruneau, 93, taught`) heads the next one."""
    page = en_tight(
        "OBITUARIES",
        "Edwin Tallow, 88, ran hardware store",
        "Edwin “Ed” Tallow, who sold nails, paint",
        "and advice on Harbor Street for 41 years,",
        "died Friday at his home in Port Alder.",
        "A funeral will be held at 11 a.m.",
        "Saturday at First Congregational Church.",
        "Dorothy Pruneau, 93, taught",
        "generations of children to swim",
        "Dorothy “Dot” Pruneau, who taught swim-",
        "ming lessons at the Alder Bay YMCA for",
        "more than 50 years, died Sunday at the",
        "Harbor View nursing home. She was 93.")
    res = split_page(page)
    assert res.stories[-1].headline == "Dorothy Pruneau, 93, taught generations of children to swim"
    assert res.stories[-2].paragraphs[-1].endswith("First Congregational Church.")


def test_a_weather_item_of_two_parts_keeps_the_line_in_the_box() -> None:
    """`北风3-4级 空气质量 良`: the air quality and its grade are one item, the wind another:
    the whole line is the weather box's, not the next headline's first words."""
    page = zh("县政府召开常务会议",
              "本报讯（记者 陈默）10月14日，县政府召开常务会议，研究部署秋冬季安全生产和森林防火工作。",
              "县城天气",
              "10月15日 晴转多云",
              "13℃～22℃",
              "北风3-4级 空气质量 良",
              "城市更新既要“面子”更要“里子”",
              "本报评论员",
              "城市是有记忆的。一条老街、一棵古树、一间老铺子，承载的是一座城市的文脉。")
    res = split_page(page)
    assert res.stories[-1].headline == "城市更新既要“面子”更要“里子”"
    assert "空气质量" in " ".join(res.skipped)


def test_a_column_line_ending_on_a_pause_is_never_a_slogan() -> None:
    """A line that fills the column and breaks off on a comma is running text, whatever
    words a slogan's table names in it (`共建共享`)."""
    page = zh("城市更新要多听居民意见",
              "本报评论员",
              "　　城市是有记忆的。一条老街、一棵古树、一间老铺子，承载",
              "的是一座城市的文脉，也寄托着几代人的乡愁。老街还是那条",
              "老街，日子却越过越舒坦，这是城市更新最好的样子。",
              "城市更新，既要政府主导，也要共建共享。改什么、怎么改，",
              "多问问居民的意见；建成后怎么管、怎么用，也要让居民多参",
              "与。群众参与得越多，更新的成果就越经得起时间的检验。")
    res = split_page(page)
    assert len(res.stories) == 1
    assert "城市更新，既要政府主导，也要共建共享。" in "".join(res.stories[0].paragraphs)


def test_a_line_going_on_from_a_broken_sentence_is_never_furniture() -> None:
    """In a narrow column, under a line that broke off mid-sentence (`…可拨打市民热线或`) and
    over the sentence's last character (`案。`), a line a furniture table would name (it ends
    on `报`, as a paper's name does) is the sentence's middle: never lost."""
    page = zh("县图书馆延长周末开放时间",
              "本报讯（通讯员 周宁）从本月起，县图书馆周末开放时间延长至晚上9点。",
              "市民政局提醒：谨防非法集资",
              "近期，一些不法分子打着“养老",
              "服务”“以房养老”等旗号，以",
              "高额回报为诱饵向老年人非法集",
              "资。市民政局提醒，正规养老机",
              "构不会收取高额费用，老年人如",
              "遇可疑情况，可拨打市民热线或",
              "12345热线咨询或向公安机关报",
              "案。（通讯员 邱 敏）")
    res = split_page(page)
    assert "可拨打市民热线或12345热线咨询或向公安机关报案。" in words(res)
    assert res.skipped == []
