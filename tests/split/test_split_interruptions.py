"""Cues added in session 25 (fourth round) on invented text, each checked to fail on the code
before it: pages with hard interruptions (a notice set into an open sentence, a scan's specks
on lines of their own, a columnist's note under the bare name; and, after it, a photo's title
in capitals under its credit over the next story's own label)."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, heard


def test_a_notice_set_into_an_open_sentence_ends_at_the_blank_line() -> None:
    # the notice is set into a sentence the text above left open; the block of text under it
    # goes on with that sentence and is the story's, not the notice's
    res = split_page(blocks(
        "zh",
        "第二届岚溪金秋消费季开幕",
        "本报讯（记者 汤 颖）9月24日晚，第二届岚溪金秋消费季\n在县城滨江广场开幕。开幕当晚，"
        "滨江广场人头攒\n动。38家本地商家现场设摊。“今晚营业额比",
        "遗失声明\n岚溪县白沙镇杨柳湾村股份经济合作社不慎遗\n失公章一枚，编号：5123001002317，声明作\n废。",
        "平时翻了一番多。”经营米粉店的店主罗秀英一\n边忙着招呼顾客一边说。据统计，今年1-8月，\n"
        "全县社会消费品零售总额同比增长5.7%。"))
    story = res.stories[0]
    assert story.paragraphs[-1].endswith("同比增长5.7%。")
    assert "“今晚营业额比平时翻了一番多。”" in "".join(story.paragraphs)
    assert "遗失公章" not in "".join(story.paragraphs) and "声明作废" not in "".join(story.paragraphs)


def test_a_scans_specks_alone_on_a_line_are_never_read() -> None:
    # `~ ^` and `» ¦` between two stories: no headline, no text
    res = split_page(blocks(
        "en",
        "Mill pond dredging set",
        "The village will dredge the mill pond in August, the board said\nMonday. The work "
        "will take three weeks.",
        "~ ^",
        "Fire hall gets new roof",
        "Crews finished the new roof on the Pellham fire hall on Friday,\nahead of the fall "
        "rains.",
        "» ¦"))
    assert [s.headline for s in res.stories] == ["Mill pond dredging set", "Fire hall gets new roof"]
    assert "~" not in heard(res) and "¦" not in heard(res)


def test_a_columnists_note_under_the_bare_name() -> None:
    # `Gus Lamb` / `Gus Lamb's column appears Sundays. Reach him at gus@….example.`: a note on
    # the writer with an address, not the column's text nor a story of its own
    # (here the column's headline and the name are printed after its text)
    res = split_page(blocks(
        "en",
        "AT LARGE",
        "There is a four-way stop at the corner of Mill and Prospect that I have driven "
        "through\ntwice a day for 30 years. Now the city wants a traffic light there.",
        "I will not fight it. But I will miss the wave.",
        "Ode to the four-way stop\nGus Lamb",
        "Gus Lamb’s column appears Sundays. Reach him at gus@harwickledger.example.",
        "Pool hours shortchange swimmers",
        "The new schedule at the Lakeview pool cuts lap swimming to two hours a day."))
    assert "column appears Sundays" not in heard(res)
    assert "I will miss the wave." in heard(res)


def test_a_photos_title_under_its_credit_over_the_next_stacks_label() -> None:
    # `SPLASH DOWN` under the credit, then `COUNTY BOARD` over the next headline: a stack has
    # one kicker, so the first label in capitals is the photo's title
    res = split_page(blocks(
        "en",
        "Four-year-old Ezra Lind races through the fountains at the new splash\npad on "
        "Tuesday afternoon.\nNOOR HADD / The Courier",
        "SPLASH DOWN",
        "COUNTY BOARD\nCommissioners back plan\nto replace Mill St. bridge",
        "By Delia Strand | Courier Staff Writer",
        "HARWICK — County commissioners voted 4-1 Tuesday to replace the Mill\nStreet "
        "bridge, the 96-year-old span that carries 9,000 cars a day."))
    heads = {s.headline: s for s in res.stories}
    assert heads["SPLASH DOWN"].byline == "NOOR HADD / The Courier"
    board = heads["Commissioners back plan to replace Mill St. bridge"]
    assert board.kicker == "COUNTY BOARD"
